// Reading articles: the two sample briefings and articles written for the tests, in both
// languages and both number notations.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listSeries } from "../../db/queries/prices.ts";
import {
  findAmounts,
  findChanges,
  findPeriod,
  type IngestVocabulary,
  ingestVocabulary,
  readArticle,
} from "../../domain/ingest/extract.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";

let database: TestDatabase;
let vocab: IngestVocabulary;
beforeAll(async () => {
  database = await createTestDatabase();
  vocab = ingestVocabulary(await listSeries(database.db));
});
afterAll(() => database.destroy());

const briefing = (name: string) =>
  readFileSync(new URL(`../fixtures/briefings/${name}`, import.meta.url), "utf8");
const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/articles/${name}`, import.meta.url), "utf8");

describe("numbers in both notations", () => {
  it.each([
    ["1.63 million rubles", 1_630_000],
    ["41.7 thousand rubles", 41_700],
    ["1,97 млн руб.", 1_970_000],
    ["300,3 тыс. рублей", 300_300],
    ["556 200 ₽", 556_200],
    ["3,430,000 rubles", 3_430_000],
  ])("%s → %d RUB", (text, value) => {
    expect(findAmounts(`It was ${text} then`)[0]?.value).toBe(value);
  });

  it("reads changes with direction and base, and periods in both languages", () => {
    expect(findChanges("a price uptick of about 2.6 percent from November to December")).toEqual([
      { direction: "up", pct: 2.6, abs: null, basis: "previous_period" },
    ]);
    expect(findChanges("В годовом выражении рост составил 22,7%, или 300,3 тыс. рублей")).toEqual([
      { direction: "up", pct: 22.7, abs: 300_300, basis: "year_ago" },
    ]);
    expect(findPeriod("in December 2023 stood at")).toEqual({ start: "2023-12-01", granularity: "month" });
    expect(findPeriod("в декабре 2023 года составила")).toEqual({
      start: "2023-12-01",
      granularity: "month",
    });
    expect(findPeriod("the framework for 2023")).toEqual({ start: "2023-01-01", granularity: "year" });
  });
});

describe("the sample briefings", () => {
  it("000: the December 2023 used-car average with both changes, and Estonia's restriction", () => {
    const r = readArticle(briefing("000_47d40e1316aa89b1.txt"), vocab);
    expect(r.summary.length).toBeGreaterThanOrEqual(2);
    expect(r.summary.length).toBeLessThanOrEqual(3);
    const price = r.facts.find((f) => f.kind === "price");
    expect(price).toMatchObject({
      kind: "price",
      series: "used-car-avg",
      period: { start: "2023-12-01", granularity: "month" },
      value: 1_630_000,
      agency: "Avtostat",
      changes: [
        { direction: "up", pct: 2.6, abs: 41_700, basis: "previous_period" },
        { direction: "up", pct: 22.7, abs: 300_300, basis: "year_ago" },
      ],
    });
    expect(r.facts).toContainEqual(
      expect.objectContaining({ kind: "policy", jurisdiction: "EE", action: "restricts" }),
    );
  });

  it("004: Moskvich 3 at 1.97 mln, R&D 400 points per 1 %, licences counting, the ministry keeping the rule for 2023", () => {
    const r = readArticle(briefing("004_f9154d7ed7bf0e10.txt"), vocab);
    expect(r.title).toBe(
      "Russian automakers explore licenses to assemble foreign vehicles amid localization policy shifts",
    );
    expect(r.summary.length).toBeGreaterThanOrEqual(2);
    expect(r.summary.length).toBeLessThanOrEqual(3);
    expect(r.summary.join(" ")).not.toContain("No time to read");
    expect(r.facts).toContainEqual(
      expect.objectContaining({ kind: "price", series: "moskvich-3", value: 1_970_000 }),
    );
    expect(r.facts).toContainEqual(
      expect.objectContaining({ kind: "rule", code: "rd_spending", points: 400 }),
    );
    expect(r.facts).toContainEqual(expect.objectContaining({ kind: "licence_rule" }));
    expect(r.facts).toContainEqual(
      expect.objectContaining({
        kind: "policy",
        who: "The Ministry of Industry and Trade",
        action: "keeps",
        year: 2023,
      }),
    );
  });
});

describe("articles written for the tests", () => {
  it("reads a Russian price article with decimal commas", () => {
    const r = readArticle(fixture("ru-used-prices.txt"), vocab);
    expect(r.language).toBe("ru");
    expect(r.title).toBe("Цены на подержанные автомобили в декабре выросли");
    expect(r.facts.find((f) => f.kind === "price")).toMatchObject({
      series: "used-car-avg",
      period: { start: "2023-12-01", granularity: "month" },
      value: 1_630_000,
      agency: "Автостат",
      changes: [
        { pct: 2.6, abs: 41_700, basis: "previous_period" },
        { pct: 22.7, abs: 300_300, basis: "year_ago" },
      ],
    });
  });

  it("reads a Russian localization article: rule, licences, the ministry, Moskvich, Estonia", () => {
    const r = readArticle(fixture("ru-localization.txt"), vocab);
    expect(r.facts).toContainEqual(expect.objectContaining({ kind: "rule", points: 400 }));
    expect(r.facts).toContainEqual(expect.objectContaining({ kind: "licence_rule" }));
    expect(r.facts).toContainEqual(
      // "решило сохранить … на 2023 год": a keep decided, for the year it names.
      expect.objectContaining({
        kind: "policy",
        jurisdiction: "RU",
        action: "keeps",
        status: "adopted",
        effective: "2023-01-01",
      }),
    );
    expect(r.facts).toContainEqual(
      expect.objectContaining({ kind: "price", series: "moskvich-3", value: 1_970_000 }),
    );
    expect(r.facts).toContainEqual(
      expect.objectContaining({ kind: "policy", jurisdiction: "EE", action: "restricts" }),
    );
  });

  it("reads a Russian article with grouped digits and a yearly change in the next sentence", () => {
    const r = readArticle(fixture("ru-new-prices.txt"), vocab);
    expect(r.facts.find((f) => f.kind === "price")).toMatchObject({
      series: "new-car-avg",
      period: { start: "2025-10-01", granularity: "month" },
      value: 3_430_000,
      agency: "Автостат",
      changes: [{ direction: "up", pct: 12.5, abs: null, basis: "year_ago" }],
    });
  });

  it("reads a fall in English with thousands separators", () => {
    const r = readArticle(fixture("en-new-prices.txt"), vocab);
    expect(r.facts.find((f) => f.kind === "price")).toMatchObject({
      series: "new-car-avg",
      period: { start: "2025-10-01", granularity: "month" },
      value: 3_430_000,
      changes: [{ direction: "down", pct: -1.5, abs: -52_200, basis: "previous_period" }],
    });
  });
});
