// Alerts through the whole bot: rules set by command, by button and in plain words (both
// languages); each rule fires exactly once when a fact becomes visible through /ingest approval,
// through a trusted feed and through an import, never on an unrelated fact; the outbox delivers
// them (two senders deliver once); a retraction before delivery cancels, one after sends a
// correction; quiet hours hold an alert and release it.
import { and, eq, isNotNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDigestSender } from "../../bot/digest/service.ts";
import { type ApiCall, createLocalApi } from "../../bot/local-api.ts";
import { alertRules, digestDeliveries, pricePoints } from "../../db/schema/index.ts";
import { setRetracted } from "../../domain/ingest/facts.ts";
import { importAndPublish } from "../../domain/knowledge.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { articlePage, type FeedServer, rss, startFeedServer } from "../support/feed-server.ts";
import { createHarness, type Harness } from "../support/harness.ts";
import { expectTelegramHtml } from "../support/html.ts";

let database: TestDatabase;
let server: FeedServer;
let bot: Harness;
const admin = { id: 8100, languageCode: "en" };
const anna = { id: 8101, languageCode: "en" };
const boris = { id: 8102, languageCode: "ru" };
const quiet = { info() {}, warn() {}, error() {} };

beforeAll(async () => {
  [database, server] = await Promise.all([createTestDatabase(), startFeedServer()]);
  bot = createHarness(database.db, {
    now: () => new Date(),
    deps: {
      adminIds: [admin.id],
      feeds: { settings: { timeoutMs: 2000, maxBytes: 200_000, intervalMinutes: 15 }, allowPrivate: true },
    },
  });
});
afterAll(async () => {
  await server.close();
  await database.destroy();
});

async function say(text: string, user: { id: number; languageCode: string } = admin) {
  const texts = bot.texts(await bot.send(text, user));
  for (const t of texts) expectTelegramHtml(t);
  return texts.join("\n").replace(/\u00a0/g, " ");
}
async function press(label: string, user: { id: number; languageCode: string } = admin) {
  const texts = bot.texts(await bot.press(label, user));
  for (const t of texts) expectTelegramHtml(t);
  return texts.join("\n").replace(/\u00a0/g, " ");
}

/** Delivers what the outbox holds at `at`; returns the messages sent, by chat. */
async function deliver(at = new Date(), senders = 1): Promise<Map<number, string[]>> {
  const local = createLocalApi();
  const make = () =>
    createDigestSender({
      db: database.db,
      token: "1:test",
      fetch: local.fetch,
      logger: quiet,
      now: () => at,
      perSecond: 1000,
      paidBroadcast: true,
      maxAttempts: 3,
      leaseSeconds: 60,
    });
  await Promise.all(Array.from({ length: senders }, () => make().drain()));
  return byChat(local.calls);
}
function byChat(calls: ApiCall[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const c of calls.filter((c) => c.method === "sendMessage")) {
    const text = String(c.payload.text).replace(/\u00a0/g, " ");
    expectTelegramHtml(text);
    out.set(Number(c.payload.chat_id), [...(out.get(Number(c.payload.chat_id)) ?? []), text]);
  }
  return out;
}

const ingest = async (text: string) => {
  const card = await say(`/ingest date: 2026-11-20\n${text}`);
  const id = /Article #(\d+)/.exec(card)?.[1];
  const facts = [...card.matchAll(/⏳ (\d+)\./g)].length;
  expect(facts).toBeGreaterThan(0);
  // One fact gets its own buttons; several get "Approve all".
  if (facts > 1) await press(`aa:${id}`);
  else {
    const approve = bot.buttons(bot.calls.at(-1)).find((b) => /^af:\d+:a$/.test(b.data));
    await press(approve?.data ?? "no approve button");
  }
  return card;
};

describe("setting alerts", () => {
  it("sets every kind by command, lists them with their buttons, and refuses what it cannot read", async () => {
    expect(await say("/alert used > 1.7m", anna)).toContain("Alert set: Used cars above RUB 1.7 mln");
    expect(await say("/alert new down 5%", anna)).toContain(
      "Alert set: New cars down 5 % or more on the previous period",
    );
    expect(await say("/alert new > 3.5m", anna)).toContain("New cars above RUB 3.5 mln");
    expect(await say("/alert policy recycling", anna)).toContain("policy changes: Recycling fee");
    expect(await say("/alert localization special investment contract", anna)).toContain(
      "localization thresholds and points for",
    );
    expect(await say("/alert keyword Tenet", anna)).toContain("news mentioning “tenet”");
    expect(await say("/alert keyword Tenet", anna)).toContain("You already have this alert");

    const list = await say("/alerts", anna);
    expect(list).toContain("<b>Your alerts</b>");
    expect(list).toMatch(/1\. Used cars above RUB 1\.7 mln\n2\. New cars down 5 %/);
    expect(list).toContain("No quiet hours");
    const buttons = bot.buttons(bot.calls.at(-1));
    expect(buttons.map((b) => b.text)).toContain("🔕 1");
    expect(buttons.map((b) => b.text)).toContain("✖ 6");

    const bad = await say("/alert used > 5", anna);
    expect(bad).toContain("I could not read that alert: “used &gt; 5”");
    expect(bad).toContain("<code>/alert keyword Haval</code>");
    expect(await say("/alert что-то странное", boris)).toContain("Не удалось понять оповещение");
    expect(await say("/alert", boris)).toContain("Я понимаю такие формы");
  });

  it("reads requests in plain words in both languages and answers in the user's language", async () => {
    expect(await say("сообщи, если утильсбор изменится", boris)).toContain(
      "Оповещение включено: изменения регулирования: Утильсбор",
    );
    expect(await say("/оповещение москвич 3", boris)).toContain("каждая новая цена: Москвич 3");
    expect(await say("предупреди, если будут новые решения по Эстонии", boris)).toContain("Эстония");
    const list = await say("/alerts", boris);
    expect(list).toContain("<b>Ваши оповещения</b>");
    expect(list).toContain("Тихих часов нет");
  });

  it("follows a price answer with its 🔔 button", async () => {
    const carol = { id: 8103, languageCode: "en" };
    await say("/price moskvich 3", carol);
    expect(await press("🔔 Alert me", carol)).toContain("Alert set: every new price of Moskvich 3");
  });

  it("follows a plain-word answer with the same button, in the user's language", async () => {
    const dora = { id: 8105, languageCode: "ru" };
    await say("какие изменения по утильсбору", dora);
    expect(await press("🔔 Сообщать об изменениях", dora)).toContain(
      "Оповещение включено: изменения регулирования: Утильсбор",
    );
  });

  it("lets only a group's admins set its alerts", async () => {
    const group = { id: -8200, type: "group" as const, title: "Board" };
    const texts = bot.texts(
      await bot.send("/alert policy recycling", { id: 8104, languageCode: "en" }, group),
    );
    // The fake Bot API answers getChatMember as a plain member.
    expect(texts.join("\n")).toContain("Only the group's admins can change its alerts.");
  });
});

describe("firing", () => {
  it("fires each rule exactly once on approval through /ingest, and not on unrelated facts", async () => {
    await ingest(
      [
        "Recycling fee to rise in January as special investment contract rules change",
        "",
        "The government has signed a decree indexing the recycling fee. From January 1, 2027 the recycling fee for new passenger cars with 1-2 litre engines will rise from 667,400 to 745,600 rubles.",
        "From 2027, carmakers under special investment contracts will need at least 6,000 localization points.",
        "The Tenet T7 crossover now has 4,120 points.",
      ].join("\n"),
    );
    const sent = await deliver();
    const annaGot = sent.get(anna.id) ?? [];
    const borisGot = sent.get(boris.id) ?? [];
    // Anna: the article mentions Tenet, the fee decision and the fee rate (policy recycling),
    // the СПИК threshold (localization), the model score (keyword Tenet).
    const news = annaGot.find((t) => t.includes("News alert"));
    expect(news).toContain("Recycling fee to rise in January");
    // The briefing's gist, in italics.
    expect(news).toMatch(/<i>The government has signed a decree indexing the recycling fee\.<\/i>/);
    expect(annaGot.some((t) => t.includes("Recycling fee alert") && t.includes("RUB 745,600"))).toBe(true);
    expect(annaGot.some((t) => t.includes("Before: RUB 556,200 (from October 1, 2024)"))).toBe(true);
    expect(annaGot.some((t) => t.includes("Localization alert") && t.includes("<b>6,000</b> points"))).toBe(
      true,
    );
    expect(annaGot.some((t) => t.includes("Tenet T7") && t.includes("<b>4,120</b>"))).toBe(true);
    for (const t of annaGot) expect(t).toContain("Your alert:");
    // Boris follows the fee in Russian; his Moskvich and Estonia rules stay silent.
    expect(borisGot.length).toBeGreaterThan(0);
    expect(borisGot.every((t) => t.includes("Утильсбор") || t.includes("утильсбор"))).toBe(true);
    expect(borisGot.some((t) => t.includes("Ваше оповещение: изменения регулирования: Утильсбор"))).toBe(
      true,
    );
    expect(borisGot.join("\n")).not.toMatch(/Москвич|Эстония/);
    // Each (rule, fact) once: nothing is queued again, nothing is sent twice.
    await press(`aa:1`);
    expect((await deliver()).size).toBe(0);
  });

  it("fires a price level crossed and a fall of 5 % with the previous value, chart and mute buttons", async () => {
    await ingest(
      "Цены на подержанные автомобили в январе выросли\n\nПо данным агентства «Автостат», средняя цена подержанного легкового автомобиля в России в январе 2024 года составила 1,72 млн руб. Это на 5,5% больше, чем месяцем ранее.",
    );
    await ingest(
      "New car prices fell in November\n\nAccording to Autostat, the average price of a new passenger car in Russia in November 2025 was 3,200,000 rubles, down 6.7 percent on the month.",
    );
    const local = createLocalApi();
    const sender = createDigestSender({
      db: database.db,
      token: "1:test",
      fetch: local.fetch,
      logger: quiet,
      perSecond: 1000,
      paidBroadcast: true,
      maxAttempts: 3,
      leaseSeconds: 60,
    });
    await sender.drain();
    const sent = byChat(local.calls).get(anna.id) ?? [];
    const used = sent.find((t) => t.includes("Used cars, January 2024"));
    expect(used).toContain("<b>RUB 1.72 mln</b>");
    expect(used).toContain("Before: RUB 1.63 mln in December 2023");
    expect(used).toContain("Your alert: Used cars above RUB 1.7 mln");
    const fell = sent.find((t) => t.includes("New cars, November 2025"));
    expect(fell).toContain("Before: RUB 3.43 mln in October 2025, −6.7 %");
    expect(fell).toContain("Your alert: New cars down 5 % or more");
    // The 3.5 mln level was not crossed by a fall.
    expect(sent.filter((t) => t.includes("New cars above RUB 3.5 mln"))).toHaveLength(0);
    const call = local.calls.find((c) => String(c.payload.text).includes("Used cars, January 2024"));
    const markup = call?.payload.reply_markup as {
      inline_keyboard: { text: string; callback_data?: string }[][];
    };
    const labels = markup.inline_keyboard.flat().map((b) => b.text);
    expect(labels).toEqual(expect.arrayContaining(["🔕 Mute this alert", "📈 Chart"]));
  });

  it("fires through a trusted feed", async () => {
    server.routes.set("/a/1", {
      body: articlePage("New car prices up", [
        "The average price of a new passenger car in Russia in August 2026 was 3,560,000 rubles, according to market analysts.",
        "Dealers expect the market to stay tight through the winter.",
      ]),
    });
    server.routes.set("/news.xml", {
      body: rss("Auto News", [{ guid: "n1", title: "New car prices up", link: `${server.url}/a/1` }]),
    });
    await say(`/feeds add ${server.url}/news.xml`);
    await say("/feeds trust 1 prices");
    await say("/feeds poll");
    const sent = (await deliver()).get(anna.id) ?? [];
    expect(sent.some((t) => t.includes("New cars, August 2026") && t.includes("above RUB 3.5 mln"))).toBe(
      true,
    );
  });

  it("fires through an import, and two senders deliver it once", async () => {
    const { alerts } = await importAndPublish(database.db, {
      sources: [{ key: "test-import-1", publisher: "Autostat", title: "Used car prices, February 2024" }],
      pricePoints: [
        {
          series: "moskvich-3",
          periodStart: "2026-10-01",
          granularity: "month",
          value: 2_150_000,
          sources: ["test-import-1"],
        },
      ],
    });
    expect(alerts).toBeGreaterThanOrEqual(2);
    const sent = await deliver(new Date(), 2);
    expect(sent.get(boris.id)).toHaveLength(1);
    expect(sent.get(boris.id)?.[0]).toContain("Москвич 3, октябрь 2026: <b>2,15 млн ₽</b>");
    expect(sent.get(8103)).toHaveLength(1);
  });

  it("cancels an alert whose fact is retracted before delivery, and corrects one retracted after", async () => {
    const { alerts } = await importAndPublish(database.db, {
      sources: [{ key: "test-import-2", publisher: "Autostat", title: "Moskvich prices" }],
      pricePoints: [
        {
          series: "moskvich-3",
          periodStart: "2026-11-01",
          granularity: "month",
          value: 2_190_000,
          sources: ["test-import-2"],
        },
      ],
    });
    expect(alerts).toBeGreaterThan(0);
    const [point] = await database.db
      .select()
      .from(pricePoints)
      .where(and(eq(pricePoints.periodStart, "2026-11-01"), eq(pricePoints.value, 2_190_000)));
    await setRetracted(database.db, `p${point?.id}`, true, admin.id);
    expect((await deliver()).size).toBe(0);
    // Restored: it is visible again, and its alert goes out; retracted after: a correction follows.
    await setRetracted(database.db, `p${point?.id}`, false, admin.id);
    expect((await deliver()).get(boris.id)).toHaveLength(1);
    await setRetracted(database.db, `p${point?.id}`, true, admin.id);
    const corrections = await deliver();
    expect(corrections.get(boris.id)?.[0]).toContain("Поправка");
    expect(corrections.get(8103)?.[0]).toContain("Correction");
  });

  it("holds alerts through quiet hours and releases them when they end", async () => {
    const now = new Date();
    const minute = now.getUTCHours() * 60 + now.getUTCMinutes();
    const from = (minute + 1440 - 60) % 1440;
    const to = (minute + 120) % 1440;
    const hhmm = (m: number) =>
      `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
    expect(await say(`/quiet ${hhmm(from)}-${hhmm(to)} UTC`, boris)).toContain("Тихие часы:");
    await importAndPublish(database.db, {
      sources: [{ key: "test-import-3", publisher: "Autostat", title: "Moskvich prices" }],
      pricePoints: [
        {
          series: "moskvich-3",
          periodStart: "2026-12-01",
          granularity: "month",
          value: 2_210_000,
          sources: ["test-import-3"],
        },
      ],
    });
    const during = await deliver(new Date());
    expect(during.get(boris.id)).toBeUndefined();
    expect(during.get(8103)).toHaveLength(1);
    const after = await deliver(new Date(now.getTime() + 3 * 3600_000));
    expect(after.get(boris.id)?.[0]).toContain("2,21 млн ₽");
    expect(await say("/quiet off", boris)).toContain("Тихие часы отключены");
  });

  it("mutes a rule (the alert's button and the list's carry the same data): what waits is not sent, nothing more fires", async () => {
    const [rule] = await database.db
      .select()
      .from(alertRules)
      .where(and(eq(alertRules.chatId, 8103), isNotNull(alertRules.seriesKey)));
    const price = (key: string, periodStart: string, value: number) => ({
      sources: [{ key, publisher: "Autostat", title: "Moskvich prices" }],
      pricePoints: [{ series: "moskvich-3", periodStart, granularity: "month", value, sources: [key] }],
    });
    // Queued, then muted before the sender got to it.
    expect(
      (await importAndPublish(database.db, price("test-import-4", "2027-01-01", 2_230_000))).alerts,
    ).toBeGreaterThan(0);
    const carol = { id: 8103, languageCode: "en" };
    await say("/alerts", carol);
    const redrawn = await press(`al:m:${rule?.id}:l`, carol);
    expect(redrawn).toContain("every new price of Moskvich 3 — muted");
    expect(bot.buttons(bot.calls.at(-1)).map((b) => b.text)).toContain("🔔 1");
    await importAndPublish(database.db, price("test-import-5", "2027-02-01", 2_240_000));
    expect((await deliver()).get(8103)).toBeUndefined();
    const rows = await database.db
      .select()
      .from(digestDeliveries)
      .where(eq(digestDeliveries.alertRuleId, rule?.id ?? 0));
    expect(rows.filter((r) => r.factRef?.startsWith("price:")).map((r) => r.status)).toContain("skipped");
    expect(rows.every((r) => r.status !== "pending")).toBe(true);
  });
});
