import type { Db } from "../db/client.ts";
import { listJurisdictions, listPolicyChanges, listTopics, type PolicyFilter } from "../db/queries/policy.ts";
import { DomainError } from "./errors.ts";
import { FEE_TOPIC, type FeeRateView, feeRates } from "./fees.ts";
import { parsePeriod, periodEnd } from "./period.ts";
import { citedSources, type Source } from "./sources.ts";
import { extractAliases } from "./text.ts";

export type { PolicyFilter };

export interface Named {
  key: string;
  nameEn: string;
  nameRu: string;
}

export interface PolicyItem {
  key: string;
  effectiveOn: string;
  datePrecision: "day" | "month" | "year";
  jurisdiction: Named;
  topic: Named;
  titleEn: string;
  titleRu: string;
  summaryEn: string;
  summaryRu: string;
  /** adopted | draft | postponed, when the source says. */
  status: string | null;
  sourceIds: number[];
}

export interface PolicyTimeline {
  filter: PolicyFilter;
  /** Names of the filter values, for the heading. */
  topic: Named | null;
  jurisdiction: Named | null;
  items: PolicyItem[];
  /** On the recycling-fee topic's first page: the rates held by category, with their dates. */
  feeRates: FeeRateView[];
  total: number;
  offset: number;
  limit: number;
  sources: Source[];
}

export const POLICY_PAGE_SIZE = 5;

export async function vocabulary(db: Db) {
  const [topics, jurisdictions] = await Promise.all([listTopics(db), listJurisdictions(db)]);
  return {
    topics: topics.map((t) => ({
      key: t.key,
      nameEn: t.nameEn,
      nameRu: t.nameRu,
      aliases: [t.key, t.key.replace(/_/g, " "), t.nameEn, t.nameRu, ...t.aliases],
    })),
    jurisdictions: jurisdictions.map((j) => ({
      key: j.code,
      nameEn: j.nameEn,
      nameRu: j.nameRu,
      aliases: [j.code.toLowerCase(), j.nameEn, j.nameRu, ...j.aliases],
    })),
  };
}

/**
 * Reads `/policy` arguments in any order: a topic, a jurisdiction, and a period or date the
 * timeline starts from (`2023`, `2023-09`, `since 2023`, `с 2023`), or a range `2022..2023`.
 */
export async function parsePolicyFilter(db: Db, args: string): Promise<PolicyFilter> {
  const vocab = await vocabulary(db);
  const topics = extractAliases(
    args,
    vocab.topics.map((t) => ({ value: t.key, aliases: t.aliases })),
  );
  const juris = extractAliases(
    topics.rest,
    vocab.jurisdictions.map((j) => ({ value: j.key, aliases: j.aliases })),
  );
  const filter: PolicyFilter = {};
  if (topics.found.length > 1 || juris.found.length > 1) throw unknownFilter(args, vocab);
  if (topics.found[0]) filter.topic = topics.found[0];
  if (juris.found[0]) filter.jurisdiction = juris.found[0];

  const rest = juris.rest.replace(/^(since|from|after|с|со|после)\s+/u, "").trim();
  if (rest) {
    const whole = parseDate(rest);
    const range = whole ? null : /^(.+?)\s*(?:\.\.|–|—|-|\bto\b|по|до)\s*(.+)$/u.exec(rest);
    const from = whole ?? parseDate(range?.[1] ?? "");
    const to = range ? parseDate(range[2] ?? "") : null;
    if (!from || (range && !to)) throw unknownFilter(args, vocab);
    filter.since = from.start;
    if (to) filter.until = to.end;
  }
  return filter;
}

function parseDate(text: string): { start: string; end: string } | null {
  const t = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(t) && !Number.isNaN(Date.parse(t))) return { start: t, end: t };
  const period = parsePeriod(t);
  return period ? { start: period.start, end: periodEnd(period) } : null;
}

function unknownFilter(input: string, vocab: Awaited<ReturnType<typeof vocabulary>>): DomainError {
  return new DomainError("unknown_policy_filter", {
    input,
    topics: vocab.topics.map((t) => ({ en: t.nameEn, ru: t.nameRu })),
    jurisdictions: vocab.jurisdictions.map((j) => ({ en: j.nameEn, ru: j.nameRu })),
  });
}

/** The policy timeline under a filter, newest first, one page at a time. */
export async function getPolicyTimeline(
  db: Db,
  filter: PolicyFilter,
  offset = 0,
  limit = POLICY_PAGE_SIZE,
): Promise<PolicyTimeline> {
  const vocab = await vocabulary(db);
  const safeOffset = Math.max(0, Math.floor(offset));
  const { rows, total } = await listPolicyChanges(db, filter, { offset: safeOffset, limit });
  const rates =
    filter.topic === FEE_TOPIC && safeOffset === 0 && !filter.jurisdiction ? await feeRates(db) : [];
  const named = (list: Named[], key: string): Named =>
    list.find((x) => x.key === key) ?? { key, nameEn: key, nameRu: key };
  const items: PolicyItem[] = rows.map((r) => ({
    key: r.key,
    effectiveOn: r.effectiveOn,
    datePrecision: r.datePrecision === "month" || r.datePrecision === "year" ? r.datePrecision : "day",
    jurisdiction: named(vocab.jurisdictions, r.jurisdiction),
    topic: named(vocab.topics, r.topic),
    titleEn: r.titleEn,
    titleRu: r.titleRu,
    summaryEn: r.summaryEn,
    summaryRu: r.summaryRu,
    status: r.status,
    sourceIds: r.sourceIds,
  }));
  return {
    filter,
    topic: filter.topic ? named(vocab.topics, filter.topic) : null,
    jurisdiction: filter.jurisdiction ? named(vocab.jurisdictions, filter.jurisdiction) : null,
    items,
    feeRates: rates,
    total,
    offset: safeOffset,
    limit,
    sources: await citedSources(db, [...rates.map((r) => r.sourceIds), ...items.map((i) => i.sourceIds)]),
  };
}

export async function listPolicyVocabulary(db: Db): Promise<{ topics: Named[]; jurisdictions: Named[] }> {
  const vocab = await vocabulary(db);
  return {
    topics: vocab.topics.map(({ aliases: _, ...t }) => t),
    jurisdictions: vocab.jurisdictions.map(({ aliases: _, ...j }) => j),
  };
}
