import type { Db } from "../../db/client.ts";
import { DomainError, type UserName } from "../errors.ts";
import { loadPurposes, type PurposeInfo } from "../localization.ts";
import { citedSources, type Source } from "../sources.ts";
import { type Calculation, calculate } from "./calculate.ts";
import {
  listRuleTargets,
  loadRuleBook,
  loadRuleItems,
  type RuleBook,
  type RuleItem,
  rulesForYear,
  ruleYears,
} from "./rules.ts";
import type { Scenario } from "./scenario.ts";

/** A calculation with the sources it cites, numbered in order of first use. */
export interface WhatifAnswer {
  calculation: Calculation;
  sources: Source[];
}

/** The same scenario in every year the rules change. */
export interface YearComparison {
  scenario: Scenario;
  purposeName: UserName;
  years: Calculation[];
  sources: Source[];
}

function noRules(book: RuleBook, scenario: Scenario): DomainError {
  const first = ruleYears(book)[0];
  return new DomainError("whatif_no_rules", {
    year: scenario.year,
    purpose: scenario.purpose,
    category: scenario.category,
    first: first ?? "",
  });
}

/** The maximum of the scale is cited when it caps the score or puts a threshold out of reach. */
function maxSources(c: Calculation): number[][] {
  const cited = c.cap !== null || c.outcomes.some((o) => !o.reachable);
  return cited && c.rules.maxScore ? [c.rules.maxScore.sourceIds] : [];
}

function calculationSources(c: Calculation): number[][] {
  return [...c.lines.map((l) => l.sourceIds), ...c.outcomes.map((o) => o.sourceIds), ...maxSources(c)];
}

export async function runWhatif(db: Db, scenario: Scenario): Promise<WhatifAnswer> {
  const book = await loadRuleBook(db, scenario.purpose, scenario.category);
  const rules = rulesForYear(book, scenario.year);
  if (!rules) throw noRules(book, scenario);
  const calculation = calculate(rules, scenario, book.items);
  const goalSources = calculation.goal
    ? [
        ...calculation.goal.shares.map((s) => s.sourceIds),
        ...calculation.goal.singles.flatMap((o) => o.items.map((i) => i.sourceIds)),
        ...(calculation.goal.combination?.items.map((i) => i.sourceIds) ?? []),
      ]
    : [];
  const sources = await citedSources(db, [...calculationSources(calculation), ...goalSources]);
  return { calculation, sources };
}

export async function compareWhatifYears(db: Db, scenario: Scenario): Promise<YearComparison> {
  const book = await loadRuleBook(db, scenario.purpose, scenario.category);
  const years = ruleYears(book, [scenario.year]).map((year) => {
    const rules = rulesForYear(book, year);
    if (!rules) throw noRules(book, scenario);
    return calculate(rules, { ...scenario, year }, book.items);
  });
  if (years.length === 0) throw noRules(book, scenario);
  // The comparison shows thresholds per year, so it cites their sources only.
  const sources = await citedSources(
    db,
    years.flatMap((c) => [...c.outcomes.map((o) => o.sourceIds), ...maxSources(c)]),
  );
  return { scenario, purposeName: book.purposeName, years, sources };
}

/** What the dialogue offers: purposes with rules, and every item (the year picks the valid ones). */
export interface WhatifChoices {
  targets: Awaited<ReturnType<typeof listRuleTargets>>;
  items: RuleItem[];
  /** Every purpose with its names and aliases, for typed answers. */
  purposes: PurposeInfo[];
}

export async function loadWhatifChoices(db: Db): Promise<WhatifChoices> {
  const [targets, items, purposes] = await Promise.all([
    listRuleTargets(db),
    loadRuleItems(db),
    loadPurposes(db),
  ]);
  return { targets, items, purposes };
}
