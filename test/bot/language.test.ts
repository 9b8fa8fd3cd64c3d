// /language: a stored choice that beats the Telegram app's language, survives a restart, and
// moves a private chat's digest to that language.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getSubscriber } from "../../domain/digest/subscriptions.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { createHarness } from "../support/harness.ts";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.destroy());

describe("/language", () => {
  it("switches a Russian-speaking user's answers to English, for good", async () => {
    const bot = createHarness(database.db);
    const user = { id: 61_001, languageCode: "ru" };
    expect(bot.texts(await bot.send("/start", user)).join("\n")).toContain("Брифинги по автопрому");
    await bot.send("/subscribe", user);
    expect(bot.texts(await bot.send("/language", user)).join("\n")).toContain("Выберите язык ответов");
    const set = bot.texts(await bot.press("🇬🇧 English", user)).join("\n");
    expect(set).toContain("I will answer in English");
    expect(bot.texts(await bot.send("/start", user)).join("\n")).toContain("Russian auto industry briefings");
    expect(bot.texts(await bot.send("used car price", user)).join("\n")).toContain("RUB 1.63 mln");
    expect((await getSubscriber(database.db, 61_001))?.lang).toBe("en");

    // Another process on the same database knows the choice too.
    const restarted = createHarness(database.db);
    expect(restarted.texts(await restarted.send("/help", user)).join("\n")).toContain("Commands");
    await restarted.send("/language", user);
    await restarted.press("🇷🇺 Русский", user);
    expect(restarted.texts(await restarted.send("/start", user)).join("\n")).toContain(
      "Брифинги по автопрому",
    );
  });
});
