// Subscribing through the whole bot: the menu, typed settings, group admin checks, /digest,
// /unsubscribe and /digeststats.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiCall } from "../../bot/local-api.ts";
import { textUpdate } from "../../bot/local-updates.ts";
import { getSubscriber } from "../../domain/digest/subscriptions.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { createHarness, type Harness } from "../support/harness.ts";
import { expectTelegramHtml } from "../support/html.ts";

let database: TestDatabase;
let bot: Harness;
let groupRole = "member";
beforeAll(async () => {
  database = await createTestDatabase();
  bot = createHarness(database.db, {
    deps: { adminIds: [42], defaultTimeZone: "Europe/Moscow" },
    api: {
      respond: (call) =>
        call.method === "getChatMember" && Number(call.payload.chat_id) < 0
          ? {
              ok: true,
              result: {
                status: groupRole,
                user: { id: Number(call.payload.user_id), is_bot: false, first_name: "U" },
              },
            }
          : undefined,
    },
  });
});
afterAll(() => database.destroy());

const text = (calls: ApiCall[]) => {
  const texts = bot.texts(calls);
  for (const t of texts) expectTelegramHtml(t);
  return texts.join("\n");
};

describe("digest subscriptions", () => {
  it("subscribes with defaults and changes topics, time, zone and days from the menu", async () => {
    const user = { id: 301, languageCode: "en" };
    let out = text(await bot.send("/subscribe", user));
    expect(out).toContain("Subscribed.");
    expect(out).toContain("Time: <b>08:00</b>, Moscow (UTC+3), every day");
    out = text(await bot.press("✅ Policy", user));
    expect(out).toContain("Topics: Prices, Localization, New briefings");
    await bot.press("⏰ 08:00", user);
    out = text(await bot.press("07:00", user));
    expect(out).toContain("Time: <b>07:00</b>");
    await bot.press("🌍 Moscow (UTC+3)", user);
    out = text(await bot.press("Vladivostok (UTC+10)", user));
    expect(out).toContain("Vladivostok (UTC+10)");
    out = text(await bot.press("📅 every day", user));
    expect(out).toContain("weekdays only");
    const sub = await getSubscriber(database.db, 301);
    expect(sub).toMatchObject({
      digestMinute: 420,
      timeZone: "Asia/Vladivostok",
      weekdaysOnly: true,
      active: true,
    });
    // The next digest is at 07:00 Vladivostok on a weekday (the clock is Saturday 21 Nov 2026).
    expect(sub?.nextDueAt.toISOString()).toBe("2026-11-22T21:00:00.000Z");
  });

  it("takes typed settings and explains bad ones, in Russian too", async () => {
    const user = { id: 302, languageCode: "ru" };
    await bot.send("/subscribe", user);
    expect(text(await bot.send("/settings время 6:45", user))).toContain("Время: <b>06:45</b>");
    expect(text(await bot.send("/settings пояс asia/novosibirsk", user))).toContain("Новосибирск (UTC+7)");
    expect(text(await bot.send("/settings включать москвич, такси", user))).toContain(
      "Только со словами: москвич, такси",
    );
    expect(text(await bot.send("/settings время 25:61", user))).toContain("«25:61» — не время суток");
    expect(text(await bot.send("/settings пояс Mars/Olympus", user))).toContain(
      "Не знаю часового пояса «Mars/Olympus»",
    );
    expect(text(await bot.send("/settings цвет синий", user))).toContain("Не знаю настройки «цвет»");
    expect((await getSubscriber(database.db, 302))?.digestMinute).toBe(405);
  });

  it("shows today's digest on /digest and stops on /unsubscribe", async () => {
    const user = { id: 303, languageCode: "en" };
    expect(text(await bot.send("/digest", user))).toContain("Daily digest");
    expect(text(await bot.send("/settings", user))).toContain("no digest subscription");
    await bot.send("/subscribe", user);
    expect(text(await bot.send("/digest", user))).toContain("No changes since");
    expect(text(await bot.send("/unsubscribe", user))).toContain("The daily digest is off");
    expect((await getSubscriber(database.db, 303))?.active).toBe(false);
    expect(text(await bot.send("/unsubscribe", user))).toContain("no digest subscription");
  });

  it("lets only a group's admins change the group's subscription", async () => {
    const group = { id: -1001, type: "supergroup" as const };
    const member = { id: 304, languageCode: "en" };
    const send = async (t: string) => {
      const before = bot.calls.length;
      await bot.handle(textUpdate(member, t, new Date(), group));
      return text(bot.calls.slice(before));
    };
    groupRole = "member";
    expect(await send("/subscribe")).toContain("Only the group's admins can change its digest");
    expect(await getSubscriber(database.db, -1001)).toBeUndefined();
    groupRole = "administrator";
    expect(await send("/subscribe")).toContain("Subscribed.");
    expect((await getSubscriber(database.db, -1001))?.chatType).toBe("supergroup");
    groupRole = "member";
    expect(await send("/settings time 09:00")).toContain("Only the group's admins");
    expect(await send("/unsubscribe")).toContain("Only the group's admins");
    expect((await getSubscriber(database.db, -1001))?.active).toBe(true);
  });

  it("shows /digeststats to admins only", async () => {
    expect(text(await bot.send("/digeststats", { id: 305, languageCode: "en" }))).toContain(
      "for the bot's admins",
    );
    const out = text(await bot.send("/digeststats", { id: 42, languageCode: "en" }));
    expect(out).toContain("Digests today");
    expect(out).toMatch(/Sent: \d+/);
  });
});
