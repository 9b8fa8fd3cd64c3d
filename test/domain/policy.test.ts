import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPolicyTimeline, parsePolicyFilter } from "../../domain/policy.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.destroy());

async function timeline(args: string, offset = 0, limit = 50) {
  return getPolicyTimeline(database.db, await parsePolicyFilter(database.db, args), offset, limit);
}

describe("policy timeline", () => {
  it("lists every seeded change newest first, each with sources", async () => {
    const t = await timeline("");
    expect(t.total).toBe(11);
    const dates = t.items.map((i) => i.effectiveOn);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(t.items[0]?.key).toBe("ru-2024-12-decree-719-amended");
    for (const item of t.items) expect(item.sourceIds.length).toBeGreaterThan(0);
    expect(t.sources.length).toBeGreaterThan(10);
  });

  it("filters by topic, jurisdiction and dates in either language", async () => {
    const loc = await timeline("localization");
    expect(loc.items.every((i) => i.topic.key === "localization")).toBe(true);
    expect(loc.total).toBe(5);
    const ee = await timeline("эстония");
    expect(ee.items.map((i) => i.key)).toEqual(["ee-2023-09-russian-plates"]);
    const since = await timeline("локализация с 2023");
    expect(since.items.map((i) => i.effectiveOn)).toEqual([
      "2024-12-11",
      "2023-11-02",
      "2023-01-01",
      "2023-01-01",
    ]);
    const range = await timeline("recycling fee 2023..2023");
    expect(range.items.map((i) => i.key)).toEqual(["ru-2023-08-recycling-fee"]);
    const day = await timeline("since 2023-09-13");
    expect(day.items.at(-1)?.effectiveOn).toBe("2023-09-13");
  });

  it("pages through the timeline", async () => {
    const first = await timeline("", 0, 5);
    const second = await timeline("", 5, 5);
    expect(first.items).toHaveLength(5);
    expect((second.items[0]?.effectiveOn ?? "") <= (first.items[4]?.effectiveOn ?? "")).toBe(true);
    expect(new Set([...first.items, ...second.items].map((i) => i.key)).size).toBe(10);
  });

  it("names the topics and countries when the filter is not understood", async () => {
    await expect(parsePolicyFilter(database.db, "weather")).rejects.toMatchObject({
      code: "unknown_policy_filter",
      details: {
        topics: expect.arrayContaining([
          { en: "Localization", ru: "Локализация" },
          { en: "Recycling fee", ru: "Утильсбор" },
        ]),
        jurisdictions: [
          { en: "Estonia", ru: "Эстония" },
          { en: "Russia", ru: "Россия" },
        ],
      },
    });
  });
});
