// What a digest says: the news in a subscriber's window, on their topics, filtered by their
// keywords. Plain data, stored in the outbox and rendered in the subscriber's language when sent.
//
// A fact is news when it is new to the knowledge base (entered in the window, not seeded or
// imported: see newsBetween) AND recent by its own date: a price whose period ended at most
// NEWS_RECENT_DAYS before the digest time (or has not ended), a policy change or threshold taking
// effect at most NEWS_RECENT_DAYS before it or later (an announced future rule is news), a
// briefing published within NEWS_RECENT_DAYS (or of unknown date). An old figure found in an
// article today is knowledge, not news: it shows in answers, not in digests.
import type { LatestFacts, News } from "../../db/queries/digests.ts";
import { gistOf } from "../briefings/records.ts";
import { type Granularity, periodEnd } from "../period.ts";
import { normalize } from "../text.ts";

/** How old, by its own date, a fact may be and still be news. */
export const NEWS_RECENT_DAYS = 60;

export const TOPICS = ["prices", "localization", "policy", "briefings"] as const;
export type Topic = (typeof TOPICS)[number];

export type DigestItem =
  | {
      kind: "price";
      seriesKey: string;
      nameEn: string;
      nameRu: string;
      /** Button-sized names (absent in digests stored before they were added). */
      shortEn?: string;
      shortRu?: string;
      periodStart: string;
      granularity: string;
      value: number;
      currency: string;
    }
  | {
      kind: "policy";
      key: string;
      effectiveOn: string;
      datePrecision: string;
      jurisdiction: string;
      topic: string;
      titleEn: string;
      titleRu: string;
    }
  | {
      kind: "threshold";
      purpose: string;
      /** The purpose's names (absent in digests stored before purposes were rows). */
      purposeEn?: string;
      purposeRu?: string;
      category: string;
      effectiveFrom: string;
      threshold: number;
      status: string;
      /** Every threshold stored for this purpose, category and date; more than one: sources disagree. */
      options?: number[];
    }
  | {
      kind: "article";
      publisher: string;
      title: string;
      publisherRu: string | null;
      titleRu: string | null;
      url: string | null;
      /** The briefing's one-line gist (absent in digests stored before briefings were records). */
      gistEn?: string;
      gistRu?: string;
    };

export interface Digest {
  since: string;
  until: string;
  sections: { topic: Topic; items: DigestItem[] }[];
}

export interface DigestPreferences {
  topics: string[];
  includeKeywords: string[];
  excludeKeywords: string[];
}

/** Words of an item in both languages, for keyword filters. */
function wordsOf(item: DigestItem): string {
  switch (item.kind) {
    case "price":
      return `${item.nameEn} ${item.nameRu} ${item.seriesKey}`;
    case "policy":
      return `${item.titleEn} ${item.titleRu} ${item.jurisdiction} ${item.topic}`;
    case "threshold":
      return `localization локализация ${item.purpose} ${item.purposeEn ?? ""} ${item.purposeRu ?? ""} ${item.category}`;
    case "article":
      return `${item.publisher} ${item.title} ${item.publisherRu ?? ""} ${item.titleRu ?? ""} ${item.gistEn ?? ""} ${item.gistRu ?? ""}`;
  }
}

function keep(item: DigestItem, prefs: DigestPreferences): boolean {
  const text = normalize(wordsOf(item));
  const has = (k: string) => text.includes(normalize(k));
  if (prefs.excludeKeywords.some(has)) return false;
  return prefs.includeKeywords.length === 0 || prefs.includeKeywords.some(has);
}

const inWindow = (createdAt: Date | undefined, since: Date, until: Date) =>
  createdAt === undefined || (createdAt > since && createdAt <= until);

const DAY = 24 * 3600_000;

/** The first day that is still recent at `until`, as an ISO date. */
export function recentFrom(until: Date): string {
  return new Date(until.getTime() - NEWS_RECENT_DAYS * DAY).toISOString().slice(0, 10);
}

function isGranularity(g: string): g is Granularity {
  return g === "month" || g === "half_year" || g === "year" || g === "mid_year";
}

/** A price is recent when its period ended on or after `from`. */
function recentPeriod(start: string, granularity: string, from: string): boolean {
  const end = isGranularity(granularity) ? periodEnd({ start, granularity }) : start;
  return end >= from;
}

/** The digest for (since, until]: `news` may cover a wider window (shared by a batch of subscribers). */
export function composeDigest(news: News, prefs: DigestPreferences, since: Date, until: Date): Digest {
  const topics = new Set(prefs.topics);
  const from = recentFrom(until);
  const within = <T extends { createdAt?: Date }>(rows: T[]) =>
    rows.filter((r) => inWindow(r.createdAt, since, until));
  const thresholds = new Map<string, DigestItem & { kind: "threshold" }>();
  for (const r of within(news.rules)) {
    if (r.effectiveFrom < from) continue;
    const key = `${r.purpose}|${r.category}|${r.effectiveFrom}`;
    const item = thresholds.get(key);
    if (item) {
      if (r.status === "draft") item.status = "draft";
      continue;
    }
    const options = [
      ...new Set(
        (news.ruleOptions ?? [])
          .filter(
            (o) =>
              o.purpose === r.purpose && o.category === r.category && o.effectiveFrom === r.effectiveFrom,
          )
          .map((o) => o.threshold)
          .concat(r.threshold),
      ),
    ].sort((x, y) => x - y);
    thresholds.set(key, {
      kind: "threshold",
      purpose: r.purpose,
      ...(r.purposeEn && r.purposeRu ? { purposeEn: r.purposeEn, purposeRu: r.purposeRu } : {}),
      category: r.category,
      effectiveFrom: r.effectiveFrom,
      threshold: r.threshold,
      status: r.status,
      options,
    });
  }
  const candidates: Record<Topic, DigestItem[]> = {
    prices: within(news.prices)
      .filter((p) => recentPeriod(p.periodStart, p.granularity, from))
      .map(priceItem),
    localization: [...thresholds.values()],
    policy: within(news.policy)
      .filter((p) => p.effectiveOn >= from)
      .map(policyItem),
    briefings: within(news.articles)
      .filter((a) => a.publishedOn === null || a.publishedOn === undefined || a.publishedOn >= from)
      .map((a) => ({
        kind: "article",
        publisher: a.publisher,
        title: a.title,
        publisherRu: a.publisherRu,
        titleRu: a.titleRu,
        url: a.url,
        ...gists(a),
      })),
  };
  const sections = TOPICS.filter((t) => topics.has(t))
    .map((topic) => ({ topic, items: candidates[topic].filter((i) => keep(i, prefs)) }))
    .filter((s) => s.items.length > 0);
  return { since: since.toISOString(), until: until.toISOString(), sections };
}

/** The briefing's first summary sentence in each language it has one in. */
function gists(a: { summaryEn?: string | null; summaryRu?: string | null }): {
  gistEn?: string;
  gistRu?: string;
} {
  if (!a.summaryEn && !a.summaryRu) return {};
  const b = { summaryEn: a.summaryEn ?? null, summaryRu: a.summaryRu ?? null };
  return { gistEn: gistOf(b, "en"), gistRu: gistOf(b, "ru") };
}

function priceItem(p: News["prices"][number] | LatestFacts["prices"][number]): DigestItem {
  return {
    kind: "price",
    seriesKey: p.seriesKey,
    nameEn: p.nameEn,
    nameRu: p.nameRu,
    shortEn: p.shortEn,
    shortRu: p.shortRu,
    periodStart: p.periodStart,
    granularity: p.granularity,
    value: p.value,
    currency: p.currency,
  };
}

function policyItem(p: News["policy"][number] | LatestFacts["policy"][number]): DigestItem {
  return {
    kind: "policy",
    key: p.key,
    effectiveOn: p.effectiveOn,
    datePrecision: p.datePrecision,
    jurisdiction: p.jurisdiction,
    topic: p.topic,
    titleEn: p.titleEn,
    titleRu: p.titleRu,
  };
}

/** A short sample of the latest facts by their own dates (one price per series), not news. */
export function latestSample(facts: LatestFacts, prefs: DigestPreferences, limit = 3): DigestItem[] {
  const seen = new Set<string>();
  const prices = facts.prices.filter((p) => !seen.has(p.seriesKey) && seen.add(p.seriesKey));
  const topics = new Set(prefs.topics);
  return [
    ...(topics.has("prices") ? prices.slice(0, limit).map(priceItem) : []),
    ...(topics.has("policy") ? facts.policy.slice(0, 2).map(policyItem) : []),
  ];
}

export function isEmptyDigest(d: Digest): boolean {
  return d.sections.length === 0;
}
