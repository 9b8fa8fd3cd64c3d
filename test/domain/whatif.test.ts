// The rules engine reads everything from the database: these tests change rules by changing
// rows (a new year, a cap, a prerequisite) and check the calculator follows with no code change.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { invalidateKnowledge } from "../../db/cache.ts";
import {
  localizationItems,
  localizationParameters,
  localizationRuleSetSources,
  localizationRuleSets,
  sources,
} from "../../db/schema/index.ts";
import { compareWhatifYears, loadWhatifChoices, runWhatif } from "../../domain/whatif/answer.ts";
import { parseWhatifLine } from "../../domain/whatif/one-line.ts";
import {
  createDraft,
  getScenario,
  listScenarios,
  saveScenario,
  sweepDrafts,
} from "../../domain/whatif/saved.ts";
import { canonicalScenario, type Scenario } from "../../domain/whatif/scenario.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.destroy());

const today = new Date("2026-11-21T00:00:00Z");
const base: Scenario = {
  purpose: "procurement",
  category: "passenger_car",
  year: 2023,
  operations: ["body_welding", "body_painting"],
  shares: { rd_spending: 2.5, licence_payments: 0.5 },
};

describe("what-if rules from the database", () => {
  it("computes the issue's example with a sourced line per input", async () => {
    const { calculation: c, sources: cited } = await runWhatif(database.db, base);
    expect(c.lines.map((l) => [l.code, l.points])).toEqual([
      ["body_welding", 400],
      ["body_painting", 500],
      ["rd_spending", 1000],
      ["licence_payments", 200],
    ]);
    expect(c.score).toBe(2100);
    expect(c.outcomes).toMatchObject([{ threshold: 3200, passes: false, gap: 1100 }]);
    expect(c.goal?.shares[0]).toMatchObject({ code: "rd_spending", additionalShare: 2.75, totalShare: 5.25 });
    expect(c.goal?.singles.map((s) => s.items[0]?.code)).toEqual(["powertrain_and_stamping"]);
    for (const line of c.lines) expect(line.sourceIds.length).toBeGreaterThan(0);
    expect(cited.map((s) => s.key)).toEqual(expect.arrayContaining(["bfm-536306", "lenta-2025-10-02"]));
  });

  it("compares years and keeps disagreeing 2028 thresholds", async () => {
    const cmp = await compareWhatifYears(database.db, base);
    expect(cmp.years.map((y) => [y.scenario.year, y.outcomes.map((o) => o.threshold)])).toEqual([
      [2023, [3200]],
      [2025, [3200]],
      [2027, [3500]],
      [2028, [3700, 3800]],
    ]);
    expect(cmp.years.find((y) => y.scenario.year === 2028)?.outcomes.map((o) => o.gap)).toEqual([1600, 1700]);
  });

  it("suggests the cheapest combination when no single operation closes the gap", async () => {
    const { calculation: c } = await runWhatif(database.db, {
      ...base,
      operations: ["body_welding", "body_painting", "powertrain_and_stamping"],
      shares: {},
    });
    // 3,200 − 3,200 = 0: passes exactly.
    expect(c.goal).toBeNull();
    const short = await runWhatif(database.db, {
      ...base,
      operations: ["powertrain_and_stamping"],
      shares: {},
    });
    expect(short.calculation.goal?.gap).toBe(900);
    expect(short.calculation.goal?.singles).toEqual([]);
    expect(short.calculation.goal?.combination?.points).toBe(900);
    expect(short.calculation.goal?.combination?.items.map((i) => i.code)).toEqual([
      "body_welding",
      "body_painting",
    ]);
  });

  it("follows a new year, a cap and a prerequisite added as data", async () => {
    const db = database.db;
    const [source] = await db
      .insert(sources)
      .values({ key: "test-2030", publisher: "Test", title: "A test amendment" })
      .returning();
    const [rule] = await db
      .insert(localizationRuleSets)
      .values({
        key: "test-pc-procurement-2030",
        regime: "decree-719",
        category: "passenger_car",
        purpose: "procurement",
        effectiveFrom: "2030-01-01",
        threshold: 4000,
      })
      .returning();
    if (!source || !rule) throw new Error("insert failed");
    await db.insert(localizationRuleSetSources).values({ ruleSetId: rule.id, sourceId: source.id });
    await db
      .update(localizationItems)
      .set({ maxPoints: 1600 })
      .where(eq(localizationItems.code, "rd_spending"));
    await db
      .update(localizationItems)
      .set({ requires: "body_welding" })
      .where(eq(localizationItems.code, "body_painting"));
    // Written behind the app's back: drop the 30-second knowledge cache as an importer would.
    invalidateKnowledge(db);
    try {
      const { calculation: c } = await runWhatif(db, {
        ...base,
        year: 2030,
        operations: ["body_painting"],
        shares: { rd_spending: 3.5, licence_payments: 1 },
      });
      expect(c.outcomes.map((o) => o.threshold)).toEqual([4000]);
      const byCode = Object.fromEntries(c.lines.map((l) => [l.code, l]));
      expect(byCode.body_painting).toMatchObject({
        points: 0,
        limit: { kind: "requires", code: "body_welding" },
      });
      // R&D 1,400 + licences 400 would be 1,800: the cap covers both.
      expect(byCode.rd_spending?.points).toBe(1400);
      expect(byCode.licence_payments).toMatchObject({
        points: 200,
        limit: { kind: "capped", maxPoints: 1600 },
      });
      expect(c.score).toBe(1600);
      // R&D cannot help past its cap, so it is offered as not feasible; welding unlocks painting.
      expect(c.goal?.shares[0]?.feasible).toBe(false);
      expect((await compareWhatifYears(db, { ...base, year: 2030 })).years.at(-1)?.scenario.year).toBe(2030);
    } finally {
      await db.update(localizationItems).set({ maxPoints: null, requires: null });
      await db.delete(localizationRuleSets).where(eq(localizationRuleSets.id, rule.id));
      invalidateKnowledge(db);
    }
  });
});

describe("the maximum of the scale", () => {
  it("caps the score at the maximum stored in the database and flags R&D beyond what reaches it", async () => {
    const db = database.db;
    const scenario: Scenario = { ...base, operations: [], shares: { rd_spending: 100 } };
    const { calculation: c, sources: cited } = await runWhatif(db, scenario);
    expect(c.score).toBe(8800);
    expect(c.cap).toMatchObject({ max: 8800, raw: 40000, excess: 31200 });
    expect(c.lines[0]).toMatchObject({ points: 40000, overCap: { kind: "share", usefulShare: 22 } });
    expect(cited.map((s) => s.url)).toContain("https://gazeta.ru/business/2020/11/12/13358869.shtml");
    expect(c.goal).toBeNull();
    // Below the maximum nothing is flagged and the maximum is not cited.
    const below = await runWhatif(db, { ...scenario, shares: { rd_spending: 10 } });
    expect(below.calculation).toMatchObject({ score: 4000, cap: null });
    expect(below.sources.map((s) => s.url)).not.toContain(
      "https://gazeta.ru/business/2020/11/12/13358869.shtml",
    );
    // The maximum is data: a changed row changes the cap.
    await db
      .update(localizationParameters)
      .set({ value: 10000 })
      .where(eq(localizationParameters.key, "719-max-total-morozov"));
    invalidateKnowledge(db);
    try {
      const moved = (await runWhatif(db, scenario)).calculation;
      expect(moved.score).toBe(10000);
      expect(moved.lines[0]?.overCap).toEqual({ kind: "share", usefulShare: 25 });
    } finally {
      await db
        .update(localizationParameters)
        .set({ value: 8800 })
        .where(eq(localizationParameters.key, "719-max-total-morozov"));
      invalidateKnowledge(db);
    }
  });

  it("calls a threshold above the maximum unreachable and never goal-seeks towards it", async () => {
    const db = database.db;
    const [source] = await db
      .insert(sources)
      .values({ key: "test-2031", publisher: "Test", title: "A test threshold" })
      .returning();
    if (!source) throw new Error("insert failed");
    const rules = await db
      .insert(localizationRuleSets)
      .values(
        [
          { key: "test-2031-high", threshold: 9500, effectiveFrom: "2031-01-01" },
          { key: "test-2031-low", threshold: 4000, effectiveFrom: "2031-01-01" },
          { key: "test-2032-high", threshold: 9000, effectiveFrom: "2032-01-01" },
        ].map((r) => ({ ...r, regime: "decree-719", category: "passenger_car", purpose: "procurement" })),
      )
      .returning();
    await db
      .insert(localizationRuleSetSources)
      .values(rules.map((r) => ({ ruleSetId: r.id, sourceId: source.id })));
    invalidateKnowledge(db);
    try {
      const both = (await runWhatif(db, { ...base, year: 2031 })).calculation;
      expect(both.outcomes.map((o) => [o.threshold, o.reachable, o.passes])).toEqual(
        expect.arrayContaining([
          [9500, false, false],
          [4000, true, false],
        ]),
      );
      expect(both.goal?.target).toBe(4000);
      const capped = (await runWhatif(db, { ...base, year: 2031, shares: { rd_spending: 100 } })).calculation;
      expect(capped.score).toBe(8800);
      expect(capped.goal).toBeNull();
      const high = await runWhatif(db, { ...base, year: 2032 });
      expect(high.calculation.outcomes).toMatchObject([{ threshold: 9000, reachable: false, passes: false }]);
      expect(high.calculation.goal).toBeNull();
      expect(high.sources.map((s) => s.url)).toContain(
        "https://gazeta.ru/business/2020/11/12/13358869.shtml",
      );
    } finally {
      for (const r of rules) await db.delete(localizationRuleSets).where(eq(localizationRuleSets.id, r.id));
      invalidateKnowledge(db);
    }
  });
});

describe("one-line what-if", () => {
  it("reads English and Russian keys into the same scenario", async () => {
    const { items, purposes } = await loadWhatifChoices(database.db);
    const en = parseWhatifLine(
      "year=2023 purpose=procurement ops=welding,painting rd=2.5 licence=0.5",
      items,
      today,
      purposes,
    );
    const ru = parseWhatifLine(
      "лицензии = 0,5 ниокр=2,5% год=2023 операции=окраска + сварка цель=госзакупки",
      items,
      today,
      purposes,
    );
    expect(en).toEqual(canonicalScenario(base));
    expect(ru).toEqual(canonicalScenario(base));
    expect(parseWhatifLine("", items, today, purposes)).toMatchObject({
      year: 2026,
      operations: [],
      shares: {},
    });
    expect(
      parseWhatifLine("ops=body welding, engine assembly category=lcv", items, today, purposes),
    ).toMatchObject({
      category: "lcv",
      operations: ["body_welding", "engine_assembly"],
    });
  });
});

describe("saved scenarios", () => {
  it("are per user, named case-insensitively, and survive a change of rules", async () => {
    const db = database.db;
    const draft = await createDraft(db, 501, base);
    await saveScenario(db, 501, draft.id, "Plan A");
    await expect(
      saveScenario(db, 501, (await createDraft(db, 501, base)).id, "plan a"),
    ).rejects.toMatchObject({
      code: "scenario_name_taken",
    });
    await expect(getScenario(db, 502, draft.id)).rejects.toMatchObject({ code: "scenario_not_found" });
    expect((await listScenarios(db, 501)).map((s) => s.name)).toEqual(["Plan A"]);
    expect(await listScenarios(db, 502)).toEqual([]);
    await expect(saveScenario(db, 501, draft.id, "a\nb")).rejects.toMatchObject({
      code: "scenario_name_invalid",
    });
  });

  it("sweeps drafts beyond each user's newest 30, and leaves named scenarios and other users alone", async () => {
    const db = database.db;
    const first = await createDraft(db, 601, base);
    const second = await createDraft(db, 601, base);
    await saveScenario(db, 601, second.id, "Kept by name");
    const drafts = [];
    for (let i = 0; i < 30; i++) drafts.push(await createDraft(db, 601, base));
    const other = await createDraft(db, 602, base);
    // Until the sweep the old card still works.
    expect((await getScenario(db, 601, first.id)).id).toBe(first.id);
    expect(await sweepDrafts(db)).toBeGreaterThanOrEqual(1);
    await expect(getScenario(db, 601, first.id)).rejects.toMatchObject({ code: "scenario_not_found" });
    expect((await getScenario(db, 601, second.id)).name).toBe("Kept by name");
    for (const d of drafts) expect((await getScenario(db, 601, d.id)).id).toBe(d.id);
    expect((await getScenario(db, 602, other.id)).id).toBe(other.id);
    expect(await sweepDrafts(db)).toBe(0);
  });
});
