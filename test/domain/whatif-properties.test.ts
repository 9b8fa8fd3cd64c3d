// Properties of the calculator over random rules and scenarios (fast-check): more input never
// lowers the score, the breakdown always sums to the score (or, capped, to what the cap note
// says), the score never exceeds the maximum of the scale, and goal-seeking lands exactly on a
// threshold the scale can reach.
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
    max: fc.option(fc.integer({ min: 500, max: 9000 }), { nil: null }),
  })
  .map(
    ({ points, rate, cap, requiresFirst, threshold, second, max }): YearRules => ({
      year: 2023,
      purpose: "procurement",
      purposeName: { en: "Public procurement", ru: "Госзакупки" },
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
      maxScore: max === null ? null : { value: max, sourceIds: [3] },
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
  it("the breakdown sums to the score, or to what the cap note says the cap took away", () => {
    fc.assert(
      fc.property(rulesArb, scenarioArb, (rules, scenario) => {
        const c = calculate(rules, scenario);
        const raw = sumLines(c.lines);
        expect(roundPoints(c.lines.reduce((s, l) => s + l.points, 0))).toBe(raw);
        if (c.cap) {
          expect(rules.maxScore).not.toBeNull();
          expect(c.cap.raw).toBe(raw);
          expect(c.cap.max).toBe(rules.maxScore?.value);
          expect(c.score).toBe(c.cap.max);
          expect(c.cap.excess).toBe(roundPoints(raw - c.cap.max));
          expect(c.cap.excess).toBeGreaterThan(0);
          expect(c.cap.sourceIds).toEqual(rules.maxScore?.sourceIds);
        } else {
          expect(raw).toBe(c.score);
          expect(c.lines.every((l) => l.overCap === null)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("the score never exceeds the maximum of the scale", () => {
    fc.assert(
      fc.property(rulesArb, scenarioArb, (rules, scenario) => {
        const c = calculate(rules, scenario);
        if (rules.maxScore) expect(c.score).toBeLessThanOrEqual(rules.maxScore.value);
        expect(c.score).toBe(Math.min(sumLines(c.lines), rules.maxScore?.value ?? Number.POSITIVE_INFINITY));
      }),
      { numRuns: 2000 },
    );
  });

  it("an input flagged as useless under the cap is: without it (or beyond the useful share) the score stays at the maximum", () => {
    let flagged = 0;
    fc.assert(
      fc.property(rulesArb, scenarioArb, (rules, scenario) => {
        const c = calculate(rules, scenario);
        for (const l of c.lines) {
          if (!l.overCap || !c.cap) continue;
          flagged++;
          expect(l.points).toBeGreaterThan(0);
          const changed: Scenario =
            l.basis.kind === "fixed"
              ? { ...scenario, operations: scenario.operations.filter((o) => o !== l.code) }
              : {
                  ...scenario,
                  shares: {
                    ...scenario.shares,
                    [l.code]: l.overCap.kind === "share" ? l.overCap.usefulShare : 0,
                  },
                };
          if (l.overCap.kind === "share") {
            expect(l.overCap.usefulShare).toBeGreaterThan(0);
            expect(l.overCap.usefulShare).toBeLessThan(l.basis.kind === "fixed" ? 0 : l.basis.share);
          }
          expect(calculate(rules, changed).score).toBe(c.cap.max);
        }
      }),
      { numRuns: 2000 },
    );
    expect(flagged).toBeGreaterThan(50);
  });

  it("goal-seeking never aims above the maximum; a threshold above it is unreachable, never passed", () => {
    fc.assert(
      fc.property(rulesArb, scenarioArb, (rules, scenario) => {
        const c = calculate(rules, scenario);
        const max = rules.maxScore?.value ?? Number.POSITIVE_INFINITY;
        if (c.goal) expect(c.goal.target).toBeLessThanOrEqual(max);
        for (const o of c.outcomes) {
          expect(o.reachable).toBe(o.threshold <= max);
          if (!o.reachable) expect(o.passes).toBe(false);
        }
        if (c.outcomes.every((o) => !o.reachable)) expect(c.goal).toBeNull();
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
          expect(c.outcomes.every((o) => o.passes || !o.reachable)).toBe(true);
          return;
        }
        for (const option of c.goal.shares.filter((s) => s.feasible)) {
          const applied = { ...scenario, shares: { ...scenario.shares, [option.code]: option.totalShare } };
          const after = calculate(rules, applied);
          expect(after.score).toBe(c.goal.target);
          expect(after.outcomes.every((o) => o.passes || !o.reachable)).toBe(true);
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
