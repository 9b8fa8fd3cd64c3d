// What a digest says: the news in a subscriber's window, on their topics, filtered by their
// keywords. Plain data, stored in the outbox and rendered in the subscriber's language when sent.
import type { News } from "../../db/queries/digests.ts";
import { normalize } from "../text.ts";

export const TOPICS = ["prices", "localization", "policy", "briefings"] as const;
export type Topic = (typeof TOPICS)[number];

export type DigestItem =
  | {
      kind: "price";
      seriesKey: string;
      nameEn: string;
      nameRu: string;
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
      category: string;
      effectiveFrom: string;
      threshold: number;
      status: string;
    }
  | {
      kind: "article";
      publisher: string;
      title: string;
      publisherRu: string | null;
      titleRu: string | null;
      url: string | null;
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
      return `localization локализация ${item.purpose} ${item.category}`;
    case "article":
      return `${item.publisher} ${item.title} ${item.publisherRu ?? ""} ${item.titleRu ?? ""}`;
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

/** The digest for (since, until]: `news` may cover a wider window (shared by a batch of subscribers). */
export function composeDigest(news: News, prefs: DigestPreferences, since: Date, until: Date): Digest {
  const topics = new Set(prefs.topics);
  const within = <T extends { createdAt?: Date }>(rows: T[]) =>
    rows.filter((r) => inWindow(r.createdAt, since, until));
  const candidates: Record<Topic, DigestItem[]> = {
    prices: within(news.prices).map((p) => ({
      kind: "price",
      seriesKey: p.seriesKey,
      nameEn: p.nameEn,
      nameRu: p.nameRu,
      periodStart: p.periodStart,
      granularity: p.granularity,
      value: p.value,
      currency: p.currency,
    })),
    localization: within(news.rules).map((r) => ({
      kind: "threshold",
      purpose: r.purpose,
      category: r.category,
      effectiveFrom: r.effectiveFrom,
      threshold: r.threshold,
      status: r.status,
    })),
    policy: within(news.policy).map((p) => ({
      kind: "policy",
      key: p.key,
      effectiveOn: p.effectiveOn,
      datePrecision: p.datePrecision,
      jurisdiction: p.jurisdiction,
      topic: p.topic,
      titleEn: p.titleEn,
      titleRu: p.titleRu,
    })),
    briefings: within(news.articles).map((a) => ({
      kind: "article",
      publisher: a.publisher,
      title: a.title,
      publisherRu: a.publisherRu,
      titleRu: a.titleRu,
      url: a.url,
    })),
  };
  const sections = TOPICS.filter((t) => topics.has(t))
    .map((topic) => ({ topic, items: candidates[topic].filter((i) => keep(i, prefs)) }))
    .filter((s) => s.items.length > 0);
  return { since: since.toISOString(), until: until.toISOString(), sections };
}

export function isEmptyDigest(d: Digest): boolean {
  return d.sections.length === 0;
}
