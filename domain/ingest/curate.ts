// From an article to the knowledge base: store it as a source with its candidate facts, say which
// are already known or contradict a stored fact, and turn approved ones into price points (with
// reported changes), policy changes or rule links, each citing the article. Every decision is
// audited with what it changed.
import { invalidateKnowledge } from "../../db/cache.ts";
import type { Db } from "../../db/client.ts";
import {
  type ArticleFactRow,
  articleWithTitle,
  citeItem,
  countPolicyChanges,
  decideFactRow,
  findArticle,
  findFact,
  insertArticle,
  itemByCode,
  jurisdictionExists,
  listArticleFacts,
  pointsFor,
  seriesIdByKey,
  storePolicyChange,
  storePricePoint,
  type Tx,
  updateCandidate,
  writeAudit,
} from "../../db/queries/articles.ts";
import { listSeries } from "../../db/queries/prices.ts";
import { DomainError } from "../errors.ts";
import { parsePeriod } from "../period.ts";
import { parsePriceQuery } from "../prices.ts";
import { type ArticleReading, type Candidate, ingestVocabulary, readArticle } from "./extract.ts";

export interface IngestResult {
  articleId: number;
  reading: ArticleReading;
  facts: ArticleFactRow[];
}

const PUBLISHERS = [
  "RIA Novosti",
  "RIA News",
  "TASS",
  "Interfax",
  "Kommersant",
  "Vedomosti",
  "Izvestia",
  "РИА Новости",
  "ТАСС",
  "Интерфакс",
  "Коммерсантъ",
  "Ведомости",
  "Известия",
  "Автостат",
  "Avtostat",
];

function publisherOf(text: string): string {
  return PUBLISHERS.find((p) => text.includes(p)) ?? "Article";
}

/**
 * Known or contradicting, from what the database holds. The note is a code the front end words
 * in the reader's language: no-series, no-period, series-not-stored:<key>,
 * contradicts-value:<v1,v2>, contradicts-rate:<points>.
 */
async function assess(db: Db, c: Candidate): Promise<{ status: string; note: string | null }> {
  if (c.kind === "price") {
    if (!c.series) return { status: "pending", note: "no-series" };
    if (!c.period) return { status: "pending", note: "no-period" };
    const seriesId = await seriesIdByKey(db, c.series);
    if (!seriesId) return { status: "pending", note: `series-not-stored:${c.series}` };
    const stored = await pointsFor(db, seriesId, c.period.start, c.period.granularity);
    if (stored.some((p) => p.value === c.value)) return { status: "known", note: null };
    if (stored.length > 0) {
      return {
        status: "pending",
        note: `contradicts-value:${stored.map((p) => p.value).join(",")}`,
      };
    }
    return { status: "pending", note: null };
  }
  if (c.kind === "rule") {
    const item = await itemByCode(db, c.code);
    if (item && item.points === c.points) return { status: "known", note: null };
    return { status: "pending", note: item ? `contradicts-rate:${item.points}` : null };
  }
  if (c.kind === "licence_rule") {
    return (await itemByCode(db, "licence_payments"))
      ? { status: "known", note: null }
      : { status: "pending", note: null };
  }
  // Recycling-fee rates, fee decisions and localization points have no storage yet: they wait for
  // an admin, flagged when their year is not known.
  if (c.kind !== "policy") {
    return {
      status: "pending",
      note: "undated" in c && c.undated ? "the year of its date is not known" : null,
    };
  }
  // A policy statement is known when the same country already has a change on that topic that year.
  const { topic, jurisdiction } = policyTarget(c);
  const n = await countPolicyChanges(db, jurisdiction, topic, c.year);
  return n > 0 ? { status: "known", note: null } : { status: "pending", note: null };
}

function policyTarget(c: Extract<Candidate, { kind: "policy" }>): { topic: string; jurisdiction: string } {
  const jurisdiction = c.jurisdiction ?? "RU";
  return {
    jurisdiction,
    topic: c.action === "restricts" && jurisdiction !== "RU" ? "cross_border" : "localization",
  };
}

/** Where an article came from, when not pasted by an admin: a feed item's page and its date. */
export interface ArticleOrigin {
  /** ISO date the article was published; relative dates resolve against it. */
  articleDate?: string | null;
  url?: string | null;
  /** The outlet's name (the feed's title) when the text does not name a known one. */
  publisher?: string | null;
  /** Recorded in the audit log with the ingestion (e.g. the feed's id and address). */
  origin?: Record<string, unknown>;
}

export async function ingestArticle(
  db: Db,
  text: string,
  actor: number,
  from: ArticleOrigin = {},
): Promise<IngestResult> {
  const clean = text.trim();
  if (clean.length < 80) throw new DomainError("article_too_short", { min: 80 });
  if (clean.length > 50_000) throw new DomainError("article_too_long", { max: 50_000 });
  const reading = readArticle(clean, ingestVocabulary(await listSeries(db)), {
    ...(from.articleDate ? { articleDate: from.articleDate } : {}),
  });
  const assessed = [];
  for (const candidate of reading.facts) assessed.push({ candidate, ...(await assess(db, candidate)) });
  const { articleId, sourceId } = await insertArticle(
    db,
    {
      title: reading.title,
      publisher: publisherOf(clean) === "Article" && from.publisher ? from.publisher : publisherOf(clean),
      language: reading.language,
      text: clean,
      summary: reading.summary,
      createdBy: actor,
      url: from.url ?? null,
      publishedOn: from.articleDate ?? null,
    },
    assessed,
  );
  await writeAudit(db, {
    actor,
    action: "ingest",
    subject: `article:${articleId}`,
    after: { sourceId, facts: assessed.length, ...(from.origin ? { origin: from.origin } : {}) },
  });
  invalidateKnowledge(db);
  return { articleId, reading, facts: await listArticleFacts(db, articleId) };
}

/** The article's title, summary and facts, as stored. */
export async function articleFactsOf(
  db: Db,
  articleId: number,
): Promise<{ title: string; summary: string[]; facts: ArticleFactRow[] }> {
  const found = await articleWithTitle(db, articleId);
  if (!found) throw new DomainError("fact_not_found", { id: articleId });
  return {
    title: found.title,
    summary: found.article.summary as string[],
    facts: await listArticleFacts(db, articleId),
  };
}

async function factById(db: Db, id: number): Promise<ArticleFactRow> {
  const row = await findFact(db, id);
  if (!row) throw new DomainError("fact_not_found", { id });
  return row;
}

/** Applies one candidate inside a transaction; returns what was written, for the audit log. */
async function apply(tx: Tx, fact: ArticleFactRow, sourceId: number) {
  const c = fact.candidate as Candidate;
  const notApprovable = () => new DomainError("fact_not_approvable", { id: fact.id });
  if (c.kind === "price") {
    const seriesId = c.series && c.period ? await seriesIdByKey(tx, c.series) : undefined;
    if (!seriesId || !c.period) throw notApprovable();
    const pointId = await storePricePoint(tx, {
      seriesId,
      periodStart: c.period.start,
      granularity: c.period.granularity,
      value: c.value,
      approximate: c.approximate,
      sourceId,
      changes: c.changes.flatMap((ch) =>
        ch.basis ? [{ basis: ch.basis, changePct: ch.pct, changeAbs: ch.abs }] : [],
      ),
    });
    return { pricePoint: pointId, series: c.series, period: c.period, value: c.value };
  }
  if (c.kind === "rule" || c.kind === "licence_rule") {
    const code = c.kind === "rule" ? c.code : "licence_payments";
    const item = await itemByCode(tx, code);
    if (!item) throw notApprovable();
    const points = c.kind === "rule" && item.points !== c.points ? c.points : undefined;
    await citeItem(tx, item.id, sourceId, points);
    return { item: code, points: points ?? item.points, before: item.points };
  }
  if (c.kind !== "policy") throw notApprovable();
  const { topic, jurisdiction } = policyTarget(c);
  if (!(await jurisdictionExists(tx, jurisdiction))) throw notApprovable();
  const title =
    c.sentence.length > 160 ? `${c.sentence.slice(0, c.sentence.lastIndexOf(" ", 160))}…` : c.sentence;
  const policyChange = await storePolicyChange(
    tx,
    {
      key: `article-fact-${fact.id}`,
      effectiveOn: c.year ? `${c.year}-01-01` : `${new Date().toISOString().slice(0, 8)}01`,
      datePrecision: c.year ? "year" : "month",
      jurisdiction,
      topic,
      titleEn: title,
      titleRu: title,
      summaryEn: c.sentence,
      summaryRu: c.sentence,
    },
    sourceId,
  );
  return { policyChange, jurisdiction, topic };
}

export async function decideFact(
  db: Db,
  factId: number,
  decision: "approve" | "reject",
  actor: number,
  /** Recorded with the decision when it was not an admin's (a trusted feed). */
  origin?: Record<string, unknown>,
): Promise<ArticleFactRow> {
  const fact = await factById(db, factId);
  if (fact.status === "approved" || fact.status === "rejected") return fact;
  const article = await findArticle(db, fact.articleId);
  if (!article) throw new DomainError("fact_not_found", { id: factId });
  const updated = await db.transaction(async (tx) => {
    const written = decision === "approve" ? await apply(tx, fact, article.sourceId) : null;
    const row = await decideFactRow(
      tx,
      factId,
      fact.status,
      decision === "approve" ? "approved" : "rejected",
      actor,
    );
    await writeAudit(tx, {
      actor,
      action: decision === "approve" ? "approve_fact" : "reject_fact",
      subject: `fact:${factId}`,
      before: { status: fact.status, candidate: fact.candidate },
      after: { status: row?.status, written, ...(origin ? { origin } : {}) },
    });
    return row ?? fact;
  });
  invalidateKnowledge(db);
  return updated;
}

/** Approves every pending fact that can be approved; the others stay pending with their note. */
export async function approveAll(
  db: Db,
  articleId: number,
  actor: number,
): Promise<{ approved: number; left: number }> {
  let approved = 0;
  let left = 0;
  for (const fact of await listArticleFacts(db, articleId)) {
    if (fact.status !== "pending") continue;
    try {
      await decideFact(db, fact.id, "approve", actor);
      approved++;
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      left++;
    }
  }
  return { approved, left };
}

/**
 * Corrects a waiting price candidate before approval (`series=used-car-avg period=2023-12
 * value=1630000`), then checks it against the database again.
 */
export async function editCandidate(
  db: Db,
  factId: number,
  patchText: string,
  actor: number,
): Promise<ArticleFactRow> {
  const fact = await factById(db, factId);
  const c = fact.candidate as Candidate;
  if (fact.status !== "pending" || c.kind !== "price")
    throw new DomainError("fact_not_approvable", { id: factId });
  const next = { ...c };
  for (const pair of patchText.trim().split(/\s+/).filter(Boolean)) {
    const [key, value = ""] = pair.split("=");
    if (key === "series") next.series = await seriesKeyOf(db, value);
    else if (key === "period") next.period = parsePeriod(value.replace(/_/g, " "));
    else if (key === "value") next.value = Number(value.replace(",", "."));
    else throw new DomainError("fact_edit_invalid", { input: pair.slice(0, 40) });
  }
  if (!next.period || !(next.value > 0) || !next.series || !(await seriesIdByKey(db, next.series))) {
    throw new DomainError("fact_edit_invalid", { input: patchText.slice(0, 80) });
  }
  const { status, note } = await assess(db, next);
  const row = await updateCandidate(db, factId, next, status, note);
  await writeAudit(db, {
    actor,
    action: "edit_candidate",
    subject: `fact:${factId}`,
    before: c,
    after: next,
  });
  return row ?? fact;
}

/** The key of the series a word names (`used`, `new_cars`, `подержанные`, or the key itself). */
async function seriesKeyOf(db: Db, word: string): Promise<string> {
  try {
    const query = await parsePriceQuery(db, word.replace(/_/g, " "));
    return query.period === null ? query.series.key : word;
  } catch {
    return word;
  }
}
