import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DomainError } from "../../domain/errors.ts";
import { getPrice, getPriceHistory, parsePriceQuery } from "../../domain/prices.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.destroy());

async function ask(args: string) {
  return getPrice(database.db, await parsePriceQuery(database.db, args));
}

describe("price answers", () => {
  it("gives the December 2023 used-car price with the reported changes, marked as reported", async () => {
    const answer = await ask("used");
    if (answer.kind !== "point") throw new Error("expected a point");
    expect(answer.series.key).toBe("used-car-avg");
    expect(answer.point.value).toBe(1_630_000);
    expect(answer.point.period).toEqual({ start: "2023-12-01", granularity: "month" });
    expect(answer.isLatest).toBe(true);
    const [mom, yoy] = answer.changes;
    expect(mom).toMatchObject({ basis: "previous_period", origin: "reported", pct: 2.6, abs: 41_700 });
    expect(mom?.against).toEqual({ start: "2023-11-01", granularity: "month" });
    expect(mom?.againstValue).toBe(1_588_300);
    expect(yoy).toMatchObject({ basis: "year_ago", origin: "reported", pct: 22.7, abs: 300_300 });
    expect(yoy?.againstValue).toBe(1_329_700);
    expect(answer.sources.map((s) => s.key)).toEqual(["briefing-000", "tass-24728109"]);
  });

  it("computes the change from stored points where the period just before is missing", async () => {
    const answer = await ask("new");
    if (answer.kind !== "point") throw new Error("expected a point");
    expect(answer.point.value).toBe(3_430_000);
    expect(answer.point.period.start).toBe("2025-10-01");
    const [since] = answer.changes;
    expect(since).toMatchObject({
      basis: "since_earlier",
      origin: "computed",
      againstValue: 3_030_000,
      abs: 400_000,
    });
    expect(since?.pct).toBeCloseTo(13.2, 1);
    expect(answer.sources.map((s) => s.key)).toContain("overclockers-141764");
    expect(answer.sources.map((s) => s.key)).toContain("avtovzglyad-62758");
  });

  it("computes year-on-year from two stored yearly values", async () => {
    const answer = await ask("new 2023");
    if (answer.kind !== "point") throw new Error("expected a point");
    expect(answer.point.value).toBe(2_960_000);
    expect(answer.isLatest).toBe(false);
    const yoy = answer.changes.find((c) => c.basis === "previous_period" || c.basis === "year_ago");
    expect(yoy).toMatchObject({ origin: "computed", againstValue: 2_330_000, abs: 630_000 });
    expect(yoy?.pct).toBeCloseTo(27.04, 1);
  });

  it("shows a half-year's reported change when the year-earlier half is not stored", async () => {
    const answer = await ask("new H1 2024");
    if (answer.kind !== "point") throw new Error("expected a point");
    expect(answer.point.value).toBe(3_160_000);
    expect(answer.changes).toContainEqual(
      expect.objectContaining({ basis: "year_ago", origin: "reported", pct: 14 }),
    );
  });

  it("answers a model's starting price and lists its other versions", async () => {
    const answer = await ask("moskvich 3");
    if (answer.kind !== "point") throw new Error("expected a point");
    expect(answer.point.value).toBe(1_970_000);
    expect(answer.variants.map((v) => [v.series.key, v.point.value])).toEqual([
      ["moskvich-3-cvt", 2_040_000],
    ]);
    expect(answer.sources.map((s) => s.key)).toEqual(["briefing-004", "motor-2023-02-09"]);
  });

  it("accepts Russian aliases and inflected months", async () => {
    const answer = await ask("подержанные декабрь 2023");
    expect(answer.kind).toBe("point");
    const cvt = await ask("москвич 3 вариатор");
    if (cvt.kind !== "point") throw new Error("expected a point");
    expect(cvt.point.value).toBe(2_040_000);
  });

  it("returns the history inside a year that has no yearly value", async () => {
    const answer = await ask("new 2024");
    if (answer.kind !== "history") throw new Error("expected a history");
    expect(answer.points.map((p) => p.value)).toEqual([3_400_000, 3_160_000, 3_030_000]);
  });

  it("returns a series' whole history, oldest first", async () => {
    const query = await parsePriceQuery(database.db, "new");
    const history = await getPriceHistory(database.db, query.series);
    expect(history.points).toHaveLength(9);
    expect(history.points[0]?.value).toBe(2_316_000);
    expect(history.points.at(-1)?.value).toBe(3_430_000);
  });

  it("names what exists when the series, period or data is unknown", async () => {
    await expect(parsePriceQuery(database.db, "trucks")).rejects.toMatchObject({
      code: "unknown_series",
      details: {
        available: [
          { en: "Used cars", ru: "Подержанные" },
          { en: "New cars", ru: "Новые" },
          { en: "Moskvich 3", ru: "Москвич 3" },
          { en: "Moskvich 3 CVT", ru: "Москвич 3 CVT" },
        ],
      },
    });
    await expect(parsePriceQuery(database.db, "used someday")).rejects.toMatchObject({
      code: "invalid_period",
    });
    await expect(ask("used 2019")).rejects.toBeInstanceOf(DomainError);
    await expect(ask("used 2019")).rejects.toMatchObject({
      code: "no_data_for_period",
      details: { first: "2023-12-01", last: "2023-12-01" },
    });
  });
});
