import type { Db } from "../db/client.ts";
import {
  type ItemRow,
  listItems,
  listModelScores,
  listParameters,
  listPurposes,
  listRuleSets,
  type RuleSetRow,
} from "../db/queries/localization.ts";
import { DomainError, type UserName } from "./errors.ts";
import { citedSources, type Source } from "./sources.ts";
import { extractAliases, normalize } from "./text.ts";

/** The localization regime for motor vehicles: Government Decree No. 719 of 17 July 2015. */
export const REGIME = "decree-719";

/** The purpose whose threshold is the special investment contract level (the `spik_target_points` parameters). */
export const SPIC_PURPOSE = "spic";

/** A key of the purposes table (`procurement`, `spic`): internal, never shown. */
export type Purpose = string;
export const CATEGORIES = ["passenger_car", "lcv"] as const;
export type Category = (typeof CATEGORIES)[number];

/** A purpose as users meet it: its names, and every word that names it (names and aliases). */
export interface PurposeInfo {
  key: Purpose;
  name: UserName;
  /** What users type for it (the first English and the first Russian are what the bot offers). */
  aliases: string[];
}

/** The purposes the database holds, in their display order (kept with the knowledge cache). */
export async function loadPurposes(db: Db): Promise<PurposeInfo[]> {
  return (await listPurposes(db)).map((p) => ({
    key: p.key,
    name: { en: p.nameEn, ru: p.nameRu },
    aliases: p.aliases,
  }));
}

/** Alias entries for matching: the aliases, both names, and the key in its typed forms. */
export function purposeEntries(purposes: PurposeInfo[]): { value: Purpose; aliases: string[] }[] {
  return purposes.map((p) => ({
    value: p.key,
    aliases: [...p.aliases, p.name.en, p.name.ru, p.key, p.key.replace(/_/g, " ")],
  }));
}

/** The name of a purpose in both languages; a purpose not in the table (never expected) gets a neutral word. */
export function purposeName(purposes: PurposeInfo[], key: string): UserName {
  return purposes.find((p) => p.key === key)?.name ?? { en: "Other purpose", ru: "Другая цель" };
}

/** Words users type for categories. Codes are fixed because calculators rely on them. */
export const CATEGORY_ALIASES: { value: Category; aliases: string[] }[] = [
  {
    value: "lcv",
    aliases: [
      "lcv",
      "light commercial",
      "лёгкие коммерческие",
      "лкт",
      "коммерческие",
      "light commercial vehicles",
    ],
  },
  {
    value: "passenger_car",
    aliases: [
      "passenger",
      "passenger cars",
      "cars",
      "легковые",
      "легковых",
      "passenger_car",
      "passenger-car",
    ],
  },
];
const RD_WORDS = /^(rd|r&d|r\+d|research|ниокр|нир)$/u;

export interface LocalizationQuery {
  year: number;
  purpose: Purpose | null;
  category: Category | null;
  /** R&D spending as percent of revenue, when the user asked what it scores. */
  rdShare: number | null;
}

const MIN_YEAR = 2015;
const MAX_YEAR = 2100;

/** Reads a share of revenue in percent: `2.5`, `2,5`, `2.5%`, `2,5 %`. Null when it is not a number 0..100. */
export function parseShare(text: string): number | null {
  const m = /^(\d{1,3}(?:[.,]\d+)?)\s*%?$/u.exec(text.trim());
  if (!m?.[1]) return null;
  const value = Number(m[1].replace(",", "."));
  return Number.isFinite(value) && value >= 0 && value <= 100 ? value : null;
}

/**
 * Reads `/localization` arguments in any order: a year, a purpose, a vehicle category, and an
 * R&D share (`rd 2.5`, `ниокр 2,5%`, or a bare `2.5%`). The year defaults to the current one.
 */
export function parseLocalizationQuery(
  args: string,
  today: Date,
  purposeList: PurposeInfo[],
): LocalizationQuery {
  const purposes = extractAliases(args, purposeEntries(purposeList));
  const categories = extractAliases(purposes.rest, CATEGORY_ALIASES);
  const query: LocalizationQuery = {
    year: today.getUTCFullYear(),
    purpose: purposes.found[0] ?? null,
    category: categories.found[0] ?? null,
    rdShare: null,
  };
  if (purposes.found.length > 1 || categories.found.length > 1) throw unknownArgument(args, purposeList);
  // Join "2,5 %" into one token and split "rd=2.5" so every form reads the same.
  const tokens = normalize(categories.rest.replace(/=/g, " ").replace(/(\d)\s+%/g, "$1%"))
    .split(" ")
    .filter(Boolean);
  let expectShare = false;
  for (const token of tokens) {
    if (RD_WORDS.test(token)) {
      expectShare = true;
      continue;
    }
    if (/^\d{4}$/.test(token) && !expectShare) {
      const year = Number(token);
      if (year < MIN_YEAR || year > MAX_YEAR) throw new DomainError("invalid_year", { input: token });
      query.year = year;
      continue;
    }
    if (expectShare || token.endsWith("%")) {
      const share = parseShare(token);
      if (share === null) throw new DomainError("invalid_share", { input: token });
      query.rdShare = share;
      expectShare = false;
      continue;
    }
    throw unknownArgument(args, purposeList);
  }
  if (expectShare) throw new DomainError("invalid_share", { input: tokens.at(-1) ?? "" });
  return query;
}

const cyrillic = (word: string) => /[а-яё]/iu.test(word);

/** Each entry by the first English and the first Russian word users type for it: what the bot offers them. */
export function typedNames(entries: { aliases: string[] }[]): UserName[] {
  return entries.map(({ aliases }) => {
    const en = aliases.find((a) => !cyrillic(a)) ?? aliases[0] ?? "";
    return { en, ru: aliases.find(cyrillic) ?? en };
  });
}

function unknownArgument(input: string, purposes: PurposeInfo[]): DomainError {
  return new DomainError("unknown_localization_argument", {
    input,
    purposes: typedNames(purposes),
    categories: typedNames(CATEGORY_ALIASES),
  });
}

export interface ThresholdOption {
  threshold: number;
  noteEn: string | null;
  noteRu: string | null;
  sourceIds: number[];
}

/** The threshold in force for a purpose and category; several options mean the sources disagree. */
export interface ThresholdView {
  category: Category;
  purpose: Purpose;
  purposeName: UserName;
  effectiveFrom: string;
  status: "in_force" | "draft";
  options: ThresholdOption[];
  disagreement: boolean;
}

export interface ItemView {
  code: string;
  nameEn: string;
  nameRu: string;
  kind: "fixed" | "per_percent" | "within";
  points: number;
  /** For `within` items: the item whose budget it counts within, and that item's rate. */
  countsWithin: { code: string; nameEn: string; nameRu: string; points: number } | null;
  validFrom: string | null;
  noteEn: string | null;
  noteRu: string | null;
  sourceIds: number[];
}

export interface RdPoints {
  share: number;
  perPercent: number;
  /** share × perPercent, derived. */
  points: number;
  sourceIds: number[];
}

export interface ParameterValue {
  value: number;
  sourceIds: number[];
}

export interface LocalizationAnswer {
  query: LocalizationQuery;
  thresholds: ThresholdView[];
  /** The first year any threshold is known, for "nothing known yet" answers. */
  firstKnownYear: number | null;
  /** The purpose asked about, by name, so an answer without its threshold still says which. */
  purposeAsked: UserName | null;
  items: ItemView[];
  /** The maximum of the scale: no score exceeds it. Several rows would be disagreeing sources. */
  maxTotal: ParameterValue[];
  /**
   * The level a carmaker commits to under a special investment contract (СПИК): a target, not a
   * maximum; with the lower level proposed in its place, when one is reported.
   */
  spikTarget: { target: ParameterValue; proposed: ParameterValue | null } | null;
  /** The answer's thresholds show the special investment contract level already. */
  spikInThresholds: boolean;
  modelScores: { model: string; year: number; points: number; sourceIds: number[] }[];
  rd: RdPoints | null;
  sources: Source[];
}

/** Items valid at some time during the year (open ends mean "not known to start or end"). */
export function validInYear<T extends { validFrom: string | null; validTo: string | null }>(
  items: T[],
  year: number,
): T[] {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  return items.filter(
    (i) => (i.validFrom === null || i.validFrom <= to) && (i.validTo === null || i.validTo >= from),
  );
}

/**
 * The rule sets in force in a year: those with the latest effective date not after its end.
 * Several rows with that date are sources that disagree; all are returned.
 */
export function inForceInYear<T extends { effectiveFrom: string }>(rows: T[], year: number): T[] {
  const inForce = rows.filter((r) => r.effectiveFrom <= `${year}-12-31`);
  const latest = inForce
    .map((r) => r.effectiveFrom)
    .sort()
    .at(-1);
  return inForce.filter((r) => r.effectiveFrom === latest);
}

function itemsForYear(items: ItemRow[], year: number): ItemView[] {
  const valid = validInYear(items, year);
  return valid.map((i) => {
    const parent = i.countsWithin ? valid.find((p) => p.code === i.countsWithin) : undefined;
    return {
      code: i.code,
      nameEn: i.nameEn,
      nameRu: i.nameRu,
      kind: i.kind === "per_percent" || i.kind === "within" ? i.kind : "fixed",
      points: i.points,
      countsWithin: parent
        ? { code: parent.code, nameEn: parent.nameEn, nameRu: parent.nameRu, points: parent.points }
        : null,
      validFrom: i.validFrom,
      noteEn: i.noteEn,
      noteRu: i.noteRu,
      sourceIds: parent ? [...new Set([...i.sourceIds, ...parent.sourceIds])] : i.sourceIds,
    };
  });
}

/**
 * For each purpose and category, the rule sets with the latest effective date not after the end
 * of the year. Several rows with that date are disagreeing sources; all are kept.
 */
function thresholdsForYear(
  rules: RuleSetRow[],
  year: number,
  query: LocalizationQuery,
  purposes: PurposeInfo[],
): ThresholdView[] {
  const groups = new Map<string, RuleSetRow[]>();
  for (const r of rules) {
    if (query.purpose && r.purpose !== query.purpose) continue;
    if (query.category && r.category !== query.category) continue;
    const key = `${r.category}|${r.purpose}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const views: ThresholdView[] = [];
  for (const rows of groups.values()) {
    const current = inForceInYear(rows, year);
    const head = current[0];
    if (!head) continue;
    const options = current.map((r) => ({
      threshold: r.threshold,
      noteEn: r.noteEn,
      noteRu: r.noteRu,
      sourceIds: r.sourceIds,
    }));
    views.push({
      category: head.category as Category,
      purpose: head.purpose,
      purposeName: purposeName(purposes, head.purpose),
      effectiveFrom: head.effectiveFrom,
      status: head.status === "draft" ? "draft" : "in_force",
      options,
      disagreement: new Set(options.map((o) => o.threshold)).size > 1,
    });
  }
  const rank = (key: string) => {
    const i = purposes.findIndex((p) => p.key === key);
    return i < 0 ? purposes.length : i;
  };
  const order = (v: ThresholdView) => CATEGORIES.indexOf(v.category) * 1000 + rank(v.purpose);
  return views.sort((a, b) => order(a) - order(b));
}

/** Threshold(s), scored items and known scores for a year, optionally for one purpose. */
export async function getLocalization(db: Db, query: LocalizationQuery): Promise<LocalizationAnswer> {
  const [rules, items, maxTotal, spikTargets, spikProposed, scores, purposes] = await Promise.all([
    listRuleSets(db, `${query.year}-12-31`),
    listItems(db, REGIME),
    listParameters(db, REGIME, "max_total_points"),
    listParameters(db, REGIME, "spik_target_points"),
    listParameters(db, REGIME, "spik_target_proposed_points"),
    listModelScores(db, query.year),
    loadPurposes(db),
  ]);
  const thresholds = thresholdsForYear(rules, query.year, query, purposes);
  const allRules = thresholds.length > 0 ? [] : await listRuleSets(db);
  // The earliest threshold of what was asked (its purpose and category), not of any purpose.
  const firstKnown =
    allRules.find(
      (r) =>
        (!query.purpose || r.purpose === query.purpose) && (!query.category || r.category === query.category),
    )?.effectiveFrom ?? null;
  const itemViews = itemsForYear(items, query.year);
  const rdItem = itemViews.find((i) => i.code === "rd_spending");
  const rd =
    query.rdShare === null || !rdItem
      ? null
      : {
          share: query.rdShare,
          perPercent: rdItem.points,
          points: query.rdShare * rdItem.points,
          sourceIds: rdItem.sourceIds,
        };
  const toValue = (p: { value: number; sourceId: number }): ParameterValue => ({
    value: p.value,
    sourceIds: [p.sourceId],
  });
  const max = maxTotal.map(toValue);
  const spikRow = spikTargets[0];
  const proposedRow = spikProposed[0];
  // Where the special investment contract level is a threshold of its purpose, the threshold line
  // says it; the target line is for years or questions that do not show that threshold.
  const spikInThresholds = thresholds.some((t) => t.purpose === SPIC_PURPOSE);
  const spikTarget =
    spikRow && (query.purpose === null || query.purpose === SPIC_PURPOSE)
      ? { target: toValue(spikRow), proposed: proposedRow ? toValue(proposedRow) : null }
      : null;
  const modelScores = scores.map((s) => ({
    model: s.model,
    year: s.year,
    points: s.points,
    sourceIds: [s.sourceId],
  }));
  const sources = await citedSources(db, [
    ...(rd ? [rd.sourceIds] : []),
    ...thresholds.flatMap((t) => t.options.map((o) => o.sourceIds)),
    ...itemViews.map((i) => i.sourceIds),
    ...max.map((m) => m.sourceIds),
    ...(spikTarget ? [spikTarget.target.sourceIds, spikTarget.proposed?.sourceIds ?? []] : []),
    ...modelScores.map((m) => m.sourceIds),
  ]);
  return {
    query,
    thresholds,
    firstKnownYear: firstKnown ? Number(firstKnown.slice(0, 4)) : null,
    purposeAsked: query.purpose ? purposeName(purposes, query.purpose) : null,
    items: itemViews,
    maxTotal: max,
    spikTarget,
    spikInThresholds,
    modelScores,
    rd,
    sources,
  };
}
