// The what-if calculator: pure functions over the rules of one year, so property tests can run
// them thousands of times without a database.
import type { RuleItem, ThresholdOption, YearRules } from "./rules.ts";
import type { Scenario } from "./scenario.ts";

/** Points are kept to a millionth so float noise (2.5 + 2.75 shares) never decides pass or fail. */
export function roundPoints(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

export type LineBasis =
  | { kind: "fixed" }
  | { kind: "percent"; share: number; rate: number }
  /** Counted within another item's budget at that item's rate (licences within R&D). */
  | { kind: "within"; share: number; rate: number; parentCode: string };

/** Why a line scores less than its basis promises. */
export type LineLimit =
  | { kind: "not_in_force" }
  | { kind: "requires"; code: string }
  | { kind: "capped"; maxPoints: number };

/**
 * An input that only the maximum of the scale makes useless: `share`, spending beyond
 * `usefulShare` adds nothing; `whole`, the score reaches the maximum without this input.
 */
export type OverCap = { kind: "share"; usefulShare: number } | { kind: "whole" };

export interface Line {
  code: string;
  nameEn: string;
  nameRu: string;
  basis: LineBasis;
  points: number;
  limit: LineLimit | null;
  /** Set only when the score is capped at the maximum of the scale. */
  overCap: OverCap | null;
  sourceIds: number[];
}

/** The lines add up to more than the maximum of the scale; the score is the maximum. */
export interface CapNote {
  max: number;
  /** What the lines add up to. */
  raw: number;
  /** raw − max: the points the cap takes away. */
  excess: number;
  sourceIds: number[];
}

export interface Outcome extends ThresholdOption {
  passes: boolean;
  /** False when the threshold is above the maximum of the scale: no score can reach it. */
  reachable: boolean;
  /** Points still missing; 0 when it passes. */
  gap: number;
}

export interface ShareOption {
  code: string;
  nameEn: string;
  nameRu: string;
  /** Percentage points of revenue to add to this item alone. */
  additionalShare: number;
  totalShare: number;
  rate: number;
  /** False when it would take spending over 100 % of revenue or past the item's cap. */
  feasible: boolean;
  sourceIds: number[];
}

export interface ItemOption {
  items: { code: string; nameEn: string; nameRu: string; points: number; sourceIds: number[] }[];
  points: number;
}

export interface GoalSeek {
  /** The threshold aimed at: the strictest reachable one when sources disagree (never above the maximum). */
  target: number;
  gap: number;
  shares: ShareOption[];
  /** Single operations or components that close the gap alone, fewest points first. */
  singles: ItemOption[];
  /** When no single item is enough: the combination with the fewest points that is. */
  combination: ItemOption | null;
}

export interface Calculation {
  scenario: Scenario;
  rules: YearRules;
  lines: Line[];
  /** The sum of the lines, capped at the maximum of the scale. */
  score: number;
  /** Set when the cap applies: the breakdown then sums to `cap.raw`, not to the score. */
  cap: CapNote | null;
  outcomes: Outcome[];
  goal: GoalSeek | null;
}

function line(item: RuleItem, basis: LineBasis, points: number, limit: LineLimit | null): Line {
  return {
    code: item.code,
    nameEn: item.nameEn,
    nameRu: item.nameRu,
    basis,
    points: roundPoints(points),
    limit,
    overCap: null,
    sourceIds: item.sourceIds,
  };
}

/** Lines of the breakdown, in the order the rules list their items. */
export function scoreLines(rules: YearRules, scenario: Scenario, allItems: RuleItem[] = rules.items): Line[] {
  const byCode = new Map(rules.items.map((i) => [i.code, i]));
  const ops = new Set(scenario.operations);
  const lines: Line[] = [];
  // Per-percent items first collect what counts within them, so a cap covers the whole budget.
  const usedOfCap = new Map<string, number>();
  const requested = new Set([
    ...ops,
    ...Object.keys(scenario.shares).filter((c) => (scenario.shares[c] ?? 0) > 0),
  ]);

  for (const item of rules.items) {
    if (!requested.has(item.code)) continue;
    const missing = item.requires && !ops.has(item.requires) ? item.requires : null;
    if (item.kind === "fixed") {
      lines.push(
        missing
          ? line(item, { kind: "fixed" }, 0, { kind: "requires", code: missing })
          : line(item, { kind: "fixed" }, item.points, null),
      );
      continue;
    }
    const share = scenario.shares[item.code] ?? 0;
    const budget = item.kind === "within" ? byCode.get(item.countsWithin ?? "") : item;
    if (budget?.kind !== "per_percent") {
      lines.push(line(item, { kind: "fixed" }, 0, { kind: "not_in_force" }));
      continue;
    }
    const basis: LineBasis =
      item.kind === "within"
        ? { kind: "within", share, rate: budget.points, parentCode: budget.code }
        : { kind: "percent", share, rate: budget.points };
    if (missing) {
      lines.push(line(item, basis, 0, { kind: "requires", code: missing }));
      continue;
    }
    const raw = share * budget.points;
    const used = usedOfCap.get(budget.code) ?? 0;
    if (budget.maxPoints !== null && used + raw > budget.maxPoints) {
      const points = Math.max(0, budget.maxPoints - used);
      usedOfCap.set(budget.code, budget.maxPoints);
      lines.push(line(item, basis, points, { kind: "capped", maxPoints: budget.maxPoints }));
    } else {
      usedOfCap.set(budget.code, used + raw);
      lines.push(line(item, basis, raw, null));
    }
  }
  // Inputs the year's rules do not know (licences before 2023) stay visible at zero.
  for (const code of requested) {
    if (byCode.has(code)) continue;
    const known = allItems.find((i) => i.code === code);
    if (!known) continue;
    const share = scenario.shares[code];
    const basis: LineBasis = share === undefined ? { kind: "fixed" } : { kind: "percent", share, rate: 0 };
    lines.push(line(known, basis, 0, { kind: "not_in_force" }));
  }
  return lines;
}

export function sumLines(lines: Line[]): number {
  return roundPoints(lines.reduce((sum, l) => sum + l.points, 0));
}

/** The sum of the lines, capped at the maximum of the scale when the rules know one. */
export function capScore(rules: YearRules, raw: number): number {
  return rules.maxScore === null ? raw : Math.min(raw, roundPoints(rules.maxScore.value));
}

function score(rules: YearRules, scenario: Scenario): number {
  return capScore(rules, sumLines(scoreLines(rules, scenario)));
}

/** What an input would be worth, the rest as it is, when the score sits at the maximum. */
function overCap(rules: YearRules, scenario: Scenario, l: Line, excess: number, max: number): OverCap | null {
  if (l.points <= 0 || l.limit !== null) return null;
  const b = l.basis;
  if (b.kind === "fixed") {
    const without = { ...scenario, operations: scenario.operations.filter((o) => o !== l.code) };
    return score(rules, without) >= max ? { kind: "whole" } : null;
  }
  if (b.rate <= 0) return null;
  const usefulShare = Math.max(0, b.share - excess / b.rate);
  const tried = { ...scenario, shares: { ...scenario.shares, [l.code]: usefulShare } };
  if (score(rules, tried) < max) return null;
  return usefulShare <= 1e-9 ? { kind: "whole" } : { kind: "share", usefulShare };
}

/** Each spending item that could close the gap alone, and how much more of revenue it takes. */
function shareOptions(rules: YearRules, scenario: Scenario, gap: number, current: number): ShareOption[] {
  const options: ShareOption[] = [];
  const spent = Object.values(scenario.shares).reduce((a, b) => a + b, 0);
  for (const item of rules.items) {
    if (item.kind !== "per_percent" || item.points <= 0) continue;
    if (item.requires && !scenario.operations.includes(item.requires)) continue;
    const additionalShare = gap / item.points;
    const totalShare = (scenario.shares[item.code] ?? 0) + additionalShare;
    const tried: Scenario = { ...scenario, shares: { ...scenario.shares, [item.code]: totalShare } };
    const feasible =
      spent + additionalShare <= 100 + 1e-9 && score(rules, tried) >= roundPoints(current + gap);
    options.push({
      code: item.code,
      nameEn: item.nameEn,
      nameRu: item.nameRu,
      additionalShare,
      totalShare,
      rate: item.points,
      feasible,
      sourceIds: item.sourceIds,
    });
  }
  return options;
}

/** Operations not yet in the scenario that would count if added (prerequisites met). */
function addableItems(rules: YearRules, scenario: Scenario): RuleItem[] {
  return rules.items.filter(
    (i) =>
      i.kind === "fixed" &&
      i.points > 0 &&
      !scenario.operations.includes(i.code) &&
      (!i.requires || scenario.operations.includes(i.requires)),
  );
}

const option = (items: RuleItem[]): ItemOption => ({
  items: items.map((i) => ({
    code: i.code,
    nameEn: i.nameEn,
    nameRu: i.nameRu,
    points: i.points,
    sourceIds: i.sourceIds,
  })),
  points: roundPoints(items.reduce((s, i) => s + i.points, 0)),
});

/** The subset with the fewest points (then fewest items) that reaches the gap; exhaustive, the lists are short. */
function cheapestCombination(items: RuleItem[], gap: number): ItemOption | null {
  if (items.length > 16) return null;
  let best: RuleItem[] | null = null;
  let bestPoints = Number.POSITIVE_INFINITY;
  for (let mask = 1; mask < 1 << items.length; mask++) {
    const chosen = items.filter((_, i) => mask & (1 << i));
    const points = chosen.reduce((s, i) => s + i.points, 0);
    if (points + 1e-9 < gap) continue;
    if (points < bestPoints || (points === bestPoints && best && chosen.length < best.length)) {
      best = chosen;
      bestPoints = points;
    }
  }
  return best ? option(best) : null;
}

export function calculate(rules: YearRules, scenario: Scenario, allItems?: RuleItem[]): Calculation {
  const scored = scoreLines(rules, scenario, allItems);
  const raw = sumLines(scored);
  const total = capScore(rules, raw);
  const max = rules.maxScore;
  let cap: CapNote | null = null;
  let lines = scored;
  if (max !== null && raw > total) {
    const excess = roundPoints(raw - total);
    cap = { max: total, raw, excess, sourceIds: max.sourceIds };
    lines = scored.map((l) => ({ ...l, overCap: overCap(rules, scenario, l, excess, total) }));
  }
  const outcomes = rules.options.map((o) => {
    const gap = roundPoints(Math.max(0, o.threshold - total));
    return { ...o, passes: gap === 0, reachable: max === null || o.threshold <= max.value, gap };
  });
  // Goal-seeking aims at the strictest threshold a score can reach; one above the maximum is
  // reported as unreachable instead.
  const reachable = outcomes.filter((o) => o.reachable).map((o) => o.threshold);
  const target = reachable.length > 0 ? Math.max(...reachable) : null;
  const gap = target === null ? 0 : roundPoints(target - total);
  let goal: GoalSeek | null = null;
  if (target !== null && gap > 0) {
    const addable = addableItems(rules, scenario);
    const singles = addable
      .filter((i) => i.points + 1e-9 >= gap)
      .sort((a, b) => a.points - b.points)
      .map((i) => option([i]));
    goal = {
      target,
      gap,
      shares: shareOptions(rules, scenario, gap, total),
      singles,
      combination: singles.length === 0 ? cheapestCombination(addable, gap) : null,
    };
  }
  return { scenario, rules, lines, score: total, cap, outcomes, goal };
}
