import type { Db } from "../../db/client.ts";
import {
  type ItemRow,
  listItems,
  listParameters,
  listRuleSets,
  type ParameterRow,
  type RuleSetRow,
} from "../../db/queries/localization.ts";
import type { UserName } from "../errors.ts";
import {
  CATEGORIES,
  type Category,
  inForceInYear,
  loadPurposes,
  type Purpose,
  purposeName,
  REGIME,
  validInYear,
} from "../localization.ts";

/** A scored item as the calculator sees it. */
export interface RuleItem {
  code: string;
  nameEn: string;
  nameRu: string;
  /** fixed: points for doing it; per_percent: points per 1 % of revenue; within: counts inside another item. */
  kind: "fixed" | "per_percent" | "within";
  points: number;
  countsWithin: string | null;
  maxPoints: number | null;
  requires: string | null;
  aliases: string[];
  validFrom: string | null;
  validTo: string | null;
  sourceIds: number[];
}

export interface ThresholdOption {
  threshold: number;
  noteEn: string | null;
  noteRu: string | null;
  sourceIds: number[];
}

/** The maximum of the scale, read from the database with its source: no score exceeds it. */
export interface ScaleMax {
  value: number;
  sourceIds: number[];
}

/**
 * The maximum from the `max_total_points` parameter rows; null when none is stored. Should
 * sources ever disagree, the highest value counts (a score above it is impossible by every source)
 * and every source of that value is cited.
 */
export function scaleMax(rows: Pick<ParameterRow, "value" | "sourceId">[]): ScaleMax | null {
  if (rows.length === 0) return null;
  const value = Math.max(...rows.map((r) => r.value));
  return { value, sourceIds: [...new Set(rows.filter((r) => r.value === value).map((r) => r.sourceId))] };
}

/** The rules in force in one year for one purpose and category. */
export interface YearRules {
  year: number;
  purpose: Purpose;
  purposeName: UserName;
  category: Category;
  effectiveFrom: string;
  status: "in_force" | "draft";
  /** More than one option with different thresholds means the sources disagree. */
  options: ThresholdOption[];
  /** Items valid at some time during the year. */
  items: RuleItem[];
  /** No score exceeds it; null when the database holds no maximum. */
  maxScore: ScaleMax | null;
}

/** Every rule set and item of a purpose and category; years are picked from it without more queries. */
export interface RuleBook {
  purpose: Purpose;
  purposeName: UserName;
  category: Category;
  ruleSets: RuleSetRow[];
  items: RuleItem[];
  maxScore: ScaleMax | null;
}

function toItem(i: ItemRow): RuleItem {
  return {
    code: i.code,
    nameEn: i.nameEn,
    nameRu: i.nameRu,
    kind: i.kind === "per_percent" || i.kind === "within" ? i.kind : "fixed",
    points: i.points,
    countsWithin: i.countsWithin,
    maxPoints: i.maxPoints,
    requires: i.requires,
    aliases: i.aliases,
    validFrom: i.validFrom,
    validTo: i.validTo,
    sourceIds: i.sourceIds,
  };
}

/** Every item of the regime, whatever its validity. */
export async function loadRuleItems(db: Db): Promise<RuleItem[]> {
  return (await listItems(db, REGIME)).map(toItem);
}

export async function loadRuleBook(db: Db, purpose: Purpose, category: Category): Promise<RuleBook> {
  const [rules, items, max, purposes] = await Promise.all([
    listRuleSets(db),
    loadRuleItems(db),
    listParameters(db, REGIME, "max_total_points"),
    loadPurposes(db),
  ]);
  return {
    purpose,
    purposeName: purposeName(purposes, purpose),
    category,
    ruleSets: rules.filter((r) => r.purpose === purpose && r.category === category),
    items,
    maxScore: scaleMax(max),
  };
}

/** Items valid at some time during the year. */
export function itemsInYear(items: RuleItem[], year: number): RuleItem[] {
  return validInYear(items, year);
}

/** The rule sets with the latest effective date not after the end of the year; null before the first. */
export function rulesForYear(book: RuleBook, year: number): YearRules | null {
  const current = inForceInYear(book.ruleSets, year);
  const head = current[0];
  if (!head) return null;
  return {
    year,
    purpose: book.purpose,
    purposeName: book.purposeName,
    category: book.category,
    effectiveFrom: head.effectiveFrom,
    status: head.status === "draft" ? "draft" : "in_force",
    options: current.map((r) => ({
      threshold: r.threshold,
      noteEn: r.noteEn,
      noteRu: r.noteRu,
      sourceIds: r.sourceIds,
    })),
    items: itemsInYear(book.items, year),
    maxScore: book.maxScore,
  };
}

/** Years in which the rules of the book change, plus any extra years asked for, ascending. */
export function ruleYears(book: RuleBook, extra: number[] = []): number[] {
  const years = new Set([...book.ruleSets.map((r) => Number(r.effectiveFrom.slice(0, 4))), ...extra]);
  return [...years].filter((y) => rulesForYear(book, y) !== null).sort((a, b) => a - b);
}

/** Purpose and category pairs that have rules, in a stable order. */
export async function listRuleTargets(
  db: Db,
): Promise<
  { purpose: Purpose; purposeName: UserName; category: Category; years: number[]; draft: boolean }[]
> {
  const [rules, purposes] = await Promise.all([listRuleSets(db), loadPurposes(db)]);
  const targets = new Map<
    string,
    { purpose: Purpose; purposeName: UserName; category: Category; years: Set<number>; draft: boolean }
  >();
  const rank = (key: string) => purposes.findIndex((p) => p.key === key);
  for (const r of rules) {
    // Only purposes the table holds: a rule set of another purpose has no name to offer.
    if (rank(r.purpose) < 0 || !CATEGORIES.includes(r.category as Category)) continue;
    const key = `${r.category}|${r.purpose}`;
    const t = targets.get(key) ?? {
      purpose: r.purpose,
      purposeName: purposeName(purposes, r.purpose),
      category: r.category as Category,
      years: new Set<number>(),
      draft: true,
    };
    t.years.add(Number(r.effectiveFrom.slice(0, 4)));
    if (r.status !== "draft") t.draft = false;
    targets.set(key, t);
  }
  const order = (t: { purpose: Purpose; category: Category }) =>
    CATEGORIES.indexOf(t.category) * 1000 + rank(t.purpose);
  return [...targets.values()]
    .sort((a, b) => order(a) - order(b))
    .map((t) => ({ ...t, years: [...t.years].sort((a, b) => a - b) }));
}
