// Properties of the calculator over random rules and scenarios (fast-check): more input never
// lowers the score, the breakdown always sums to the score, and goal-seeking lands exactly.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calculate, roundPoints, scoreLines, sumLines } from "../../domain/whatif/calculate.ts";
import type { RuleItem, YearRules } from "../../domain/whatif/rules.ts";
import type { Scenario } from "../../domain/whatif/scenario.ts";

const item = (code: string, over: Partial<RuleItem>): RuleItem => ({
  code,
  nameEn: code,
  nameRu: code,
  kind: "fixed",
  points: 100,
  countsWithin: null,
  maxPoints: null,
  requires: null,
  aliases: [],
  validFrom: null,
  validTo: null,
  sourceIds: [1],
  ...over,
});

const OPS = ["op_a", "op_b", "op_c", "op_d", "op_e", "op_f"];

/** Rules shaped like Decree 719: fixed operations (some with a prerequisite), R&D per percent
 * (sometimes capped), licences within R&D. */
const rulesArb = fc
  .record({
    points: fc.array(fc.integer({ min: 1, max: 3000 }), { minLength: OPS.length, maxLength: OPS.length }),
    rate: fc.integer({ min: 1, max: 1000 }),
    cap: fc.option(fc.integer({ min: 100, max: 5000 }), { nil: null }),
    requiresFirst: fc.boolean(),
    threshold: fc.integer({ min: 100, max: 9000 }),
    second: fc.option(fc.integer({ min: 100, max: 9000 }), { nil: null }),
  })
  .map(
    ({ points, rate, cap, requiresFirst, threshold, second }): YearRules => ({
      year: 2023,
      purpose: "procurement",
      category: "passenger_car",
      effectiveFrom: "2023-01-01",
      status: "in_force",
      options: [threshold, ...(second === null ? [] : [second])].map((t) => ({
        threshold: t,
        noteEn: null,
        noteRu: null,
        sourceIds: [2],
      })),
      items: [
        ...OPS.map((code, i) =>
          item(code, { points: points[i] ?? 1, requires: requiresFirst && i === 1 ? "op_a" : null }),
        ),
        item("rd", { kind: "per_percent", points: rate, maxPoints: cap }),
        item("lic", { kind: "within", points: 0, countsWithin: "rd" }),
      ],
    }),
  );

const shareArb = fc.double({ min: 0, max: 40, noNaN: true }).map((x) => Math.round(x * 1000) / 1000);
const scenarioArb = fc.record({ ops: fc.subarray(OPS), rd: shareArb, lic: shareArb }).map(
  ({ ops, rd, lic }): Scenario => ({
    purpose: "procurement",
    category: "passenger_car",
    year: 2023,
    operations: ops,
    shares: { rd, lic },
  }),
);

describe("what-if calculator properties", () => {
  it("the breakdown always sums to the score", () => {
    fc.assert(
      fc.property(rulesArb, scenarioArb, (rules, scenario) => {
        const c = calculate(rules, scenario);
        expect(sumLines(c.lines)).toBe(c.score);
        expect(roundPoints(c.lines.reduce((s, l) => s + l.points, 0))).toBe(c.score);
      }),
      { numRuns: 2000 },
    );
  });

  it("the score never falls when the R&D share grows or an operation is added", () => {
    fc.assert(
      fc.property(rulesArb, scenarioArb, shareArb, fc.constantFrom(...OPS), (rules, scenario, more, op) => {
        const base = calculate(rules, scenario).score;
        const rd = (scenario.shares.rd ?? 0) + more;
        const moreRd = calculate(rules, { ...scenario, shares: { ...scenario.shares, rd } }).score;
        const moreOps = calculate(rules, {
          ...scenario,
          operations: [...new Set([...scenario.operations, op])],
        }).score;
        expect(moreRd).toBeGreaterThanOrEqual(base);
        expect(moreOps).toBeGreaterThanOrEqual(base);
      }),
      { numRuns: 2000 },
    );
  });

  it("the R&D share goal-seek, applied, reaches the strictest threshold exactly", () => {
    let checked = 0;
    fc.assert(
      fc.property(rulesArb, scenarioArb, (rules, scenario) => {
        const c = calculate(rules, scenario);
        if (!c.goal) {
          expect(c.outcomes.every((o) => o.passes)).toBe(true);
          return;
        }
        for (const option of c.goal.shares.filter((s) => s.feasible)) {
          const applied = { ...scenario, shares: { ...scenario.shares, [option.code]: option.totalShare } };
          const after = calculate(rules, applied);
          expect(after.score).toBe(c.goal.target);
          expect(after.outcomes.every((o) => o.passes)).toBe(true);
          checked++;
        }
      }),
      { numRuns: 2000 },
    );
    expect(checked).toBeGreaterThan(100);
  });

  it("every suggested operation, or combination, closes the gap, and singles come cheapest first", () => {
    fc.assert(
      fc.property(rulesArb, scenarioArb, (rules, scenario) => {
        const c = calculate(rules, scenario);
        if (!c.goal) return;
        const suggestions = [...c.goal.singles, ...(c.goal.combination ? [c.goal.combination] : [])];
        for (const s of suggestions) {
          const ops = [...scenario.operations, ...s.items.map((i) => i.code)];
          expect(sumLines(scoreLines(rules, { ...scenario, operations: ops }))).toBeGreaterThanOrEqual(
            c.goal.target,
          );
        }
        const points = c.goal.singles.map((s) => s.points);
        expect(points).toEqual([...points].sort((a, b) => a - b));
      }),
      { numRuns: 1000 },
    );
  });
});
