// Digests are news: new to the knowledge base and recent by their own dates. The seed is never
// news; /digest without a subscription previews; "more" and item buttons open new messages.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiCall } from "../../bot/local-api.ts";
import { localizationRuleSets, pricePoints, priceSeries } from "../../db/schema/index.ts";
import { composeDigest, NEWS_RECENT_DAYS } from "../../domain/digest/compose.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { createHarness, type Harness } from "../support/harness.ts";
import { expectTelegramHtml } from "../support/html.ts";

const NOW = new Date("2026-11-21T09:00:00Z");
let database: TestDatabase;
let bot: Harness;
beforeAll(async () => {
  database = await createTestDatabase();
  bot = createHarness(database.db, { now: () => NOW });
});
afterAll(() => database.destroy());

const text = (calls: ApiCall[]) => {
  const texts = bot.texts(calls);
  for (const t of texts) expectTelegramHtml(t);
  return texts.join("\n");
};
const labels = (calls: ApiCall[]) => calls.flatMap((c) => bot.buttons(c)).map((b) => b.text);

async function seriesId(key: string): Promise<number> {
  const [row] = await database.db.select().from(priceSeries).where(eq(priceSeries.key, key));
  if (!row) throw new Error(`no series ${key}`);
  return row.id;
}

describe("digest news", () => {
  it("never reports the seed: /digest without a subscription says nothing is new and shows the latest facts", async () => {
    const en = await bot.send("/digest", { id: 401, languageCode: "en" });
    const out = text(en);
    expect(out).toContain("this is what a digest would bring now");
    expect(out).toContain("No changes since November 14, 2026");
    expect(out).toContain("<b>The latest facts</b> (not new");
    expect(out).not.toMatch(/more item|2019/);
    expect(labels(en)).toContain("🔔 Subscribe");
    const ru = text(await bot.send("/digest", { id: 402, languageCode: "ru" }));
    expect(ru).toContain("В этом чате нет подписки на дайджест: вот что он принёс бы сейчас.");
    expect(ru).toContain("<b>Последние данные</b> (не новое — самое свежее из базы):");
    // The Subscribe button subscribes this chat.
    expect(text(await bot.press("🔔 Подписаться", { id: 402, languageCode: "ru" }))).toContain(
      "Подписка оформлена",
    );
  });

  it("reports new and recent facts only, one row for disagreeing thresholds, drafts labelled, the rest behind a button", async () => {
    const db = database.db;
    const yesterday = new Date(NOW.getTime() - 24 * 3600_000);
    const series = ["used-car-avg", "new-car-avg", "moskvich-3", "moskvich-3-cvt"];
    for (const [i, key] of series.entries()) {
      const id = await seriesId(key);
      await db.insert(pricePoints).values([
        {
          seriesId: id,
          periodStart: "2026-09-01",
          granularity: "month",
          value: 1_000_000 + i,
          createdAt: yesterday,
        },
        {
          seriesId: id,
          periodStart: "2026-10-01",
          granularity: "month",
          value: 1_100_000 + i,
          createdAt: yesterday,
        },
        {
          seriesId: id,
          periodStart: "2026-07-01",
          granularity: "half_year",
          value: 1_050_000 + i,
          createdAt: yesterday,
        },
        // Old by its own date: knowledge, not news.
        {
          seriesId: id,
          periodStart: "2021-03-01",
          granularity: "month",
          value: 900_000 + i,
          createdAt: yesterday,
        },
      ]);
    }
    await db.insert(localizationRuleSets).values([
      {
        key: "t-taxi-2027-a",
        regime: "decree-719",
        category: "passenger_car",
        purpose: "taxi",
        effectiveFrom: "2027-03-01",
        threshold: 2600,
        createdAt: yesterday,
      },
      {
        key: "t-taxi-2027-b",
        regime: "decree-719",
        category: "passenger_car",
        purpose: "taxi",
        effectiveFrom: "2027-03-01",
        threshold: 2400,
        createdAt: yesterday,
      },
      {
        key: "t-loans-2027",
        regime: "decree-719",
        category: "passenger_car",
        purpose: "subsidised_loans",
        effectiveFrom: "2027-07-01",
        threshold: 2300,
        status: "draft",
        createdAt: yesterday,
      },
    ]);
    const user = { id: 403, languageCode: "en" };
    const first = await bot.send("/digest", user);
    const out = text(first);
    expect(out).toContain("new since November 14, 2026");
    expect(out).not.toContain("2021");
    expect(out).toContain("Average used passenger-car price, Russia, October 2026: <b>RUB 1.1 mln</b>");
    expect(out).toContain("…and 4 more items: the button below shows them.");
    const buttons = labels(first);
    expect(new Set(buttons).size).toBe(buttons.length);
    expect(buttons).toContain("📈 Used cars · October 2026");
    expect(buttons).toContain("➕ 4 more");
    // "More" sends the rest as a new message; the digest stays.
    const more = await bot.press("➕ 4 more", user);
    expect(more.map((c) => c.method)).not.toContain("editMessageText");
    const rest = text(more);
    expect(rest).toContain("<b>Daily digest</b>, continued");
    expect(rest).toContain(
      "Taxis, passenger cars, from March 1, 2027: sources disagree — <b>2,400</b> or <b>2,600</b>",
    );
    expect(rest).toContain("from July 1, 2027, draft");
    expect(rest.match(/Taxis/g)).toHaveLength(1);
    // An item button opens its answer in a new message, leaving the digest as it was.
    const opened = await bot.press("🏭 Taxis, passenger cars · 2027", user);
    expect(opened.map((c) => c.method)).toContain("sendMessage");
    expect(opened.map((c) => c.method)).not.toContain("editMessageText");
    expect(text(opened)).toContain("2027");
    const price = await bot.press("📈 Used cars · October 2026", user);
    expect(price.map((c) => c.method)).not.toContain("editMessageText");
    expect(text(price)).toContain("October 2026");
  });

  it("reads the same in Russian", async () => {
    const user = { id: 404, languageCode: "ru" };
    const first = await bot.send("/digest", user);
    const out = text(first);
    expect(out).toContain("<b>Дайджест</b> · новое с 14 ноября 2026");
    expect(out).toContain("…и ещё 4 пункта: их покажет кнопка ниже.");
    expect(labels(first)).toContain("➕ Ещё 4");
    const rest = text(await bot.press("➕ Ещё 4", user));
    expect(rest).toContain("<b>Дайджест</b>, продолжение");
    expect(rest).toContain("источники расходятся");
    expect(rest).toContain(", проект");
  });

  it(`counts a price as recent when its period ended within ${NEWS_RECENT_DAYS} days`, () => {
    const row = (periodStart: string, granularity: string) => ({
      id: 1,
      seriesKey: "s",
      nameEn: "S",
      nameRu: "С",
      shortEn: "S",
      shortRu: "С",
      periodStart,
      granularity,
      value: 1,
      currency: "RUB",
      createdAt: new Date("2026-11-20T00:00:00Z"),
    });
    const news = {
      prices: [row("2026-09-01", "month"), row("2026-08-01", "month"), row("2025-01-01", "year")],
      policy: [],
      rules: [],
      articles: [],
      ruleOptions: [],
    };
    const d = composeDigest(
      news,
      { topics: ["prices"], includeKeywords: [], excludeKeywords: [] },
      new Date("2026-11-14T00:00:00Z"),
      NOW,
    );
    expect(d.sections[0]?.items.map((i) => (i.kind === "price" ? i.periodStart : ""))).toEqual([
      "2026-09-01",
    ]);
  });
});
