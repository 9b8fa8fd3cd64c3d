// From an article to the knowledge base: store it as a source with its candidate facts, say which
// are already known or contradict a stored fact, and turn approved ones into price points (with
// reported changes), policy changes or rule links, each citing the article. Every decision is
// audited with what it changed.
import { and, eq, sql } from "drizzle-orm";
import { invalidateKnowledge } from "../../db/cache.ts";
import type { Db } from "../../db/client.ts";
import {
  type ArticleFactRow,
  articleFacts,
  findArticle,
  insertArticle,
  itemByCode,
  listArticleFacts,
  localizationItemSources,
  localizationItems,
  pointsFor,
  policyChangeSources,
  policyChanges,
  pricePointSources,
  pricePoints,
  priceReportedChanges,
  seriesIdByKey,
  writeAudit,
} from "../../db/queries/articles.ts";
import { listSeries } from "../../db/queries/prices.ts";
import { DomainError } from "../errors.ts";
import { parsePeriod } from "../period.ts";
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

/** Known or contradicting, from what the database holds. */
async function assess(db: Db, c: Candidate): Promise<{ status: string; note: string | null }> {
  if (c.kind === "price") {
    if (!c.series)
      return { status: "pending", note: "no known series: approve is not possible until it names one" };
    if (!c.period) return { status: "pending", note: "no period in the article" };
    const seriesId = await seriesIdByKey(db, c.series);
    if (!seriesId) return { status: "pending", note: `series ${c.series} is not stored` };
    const stored = await pointsFor(db, seriesId, c.period.start, c.period.granularity);
    if (stored.some((p) => p.value === c.value)) return { status: "known", note: null };
    if (stored.length > 0) {
      return {
        status: "pending",
        note: `contradicts the stored value ${stored.map((p) => p.value).join(", ")}`,
      };
    }
    return { status: "pending", note: null };
  }
  if (c.kind === "rule") {
    const item = await itemByCode(db, c.code);
    if (item && item.points === c.points) return { status: "known", note: null };
    return { status: "pending", note: item ? `contradicts the stored ${item.points} points per 1 %` : null };
  }
  if (c.kind === "licence_rule") {
    return (await itemByCode(db, "licence_payments"))
      ? { status: "known", note: null }
      : { status: "pending", note: null };
  }
  // A policy statement is known when the same country already has a change on that topic that year.
  const { topic, jurisdiction } = policyTarget(c);
  const year = c.year;
  const rows = await db.execute<{ n: number }>(sql`
    select count(*)::int as n from policy_changes
     where jurisdiction = ${jurisdiction} and topic = ${topic}
       ${year ? sql`and extract(year from effective_on) = ${year}` : sql``}`);
  const n = Number((Array.isArray(rows) ? rows[0] : (rows as { rows: { n: number }[] }).rows[0])?.n ?? 0);
  return n > 0 ? { status: "known", note: null } : { status: "pending", note: null };
}

function policyTarget(c: Extract<Candidate, { kind: "policy" }>): { topic: string; jurisdiction: string } {
  const jurisdiction = c.jurisdiction ?? "RU";
  return {
    jurisdiction,
    topic: c.action === "restricts" && jurisdiction !== "RU" ? "cross_border" : "localization",
  };
}

export async function ingestArticle(db: Db, text: string, actor: number): Promise<IngestResult> {
  const clean = text.trim();
  if (clean.length < 80) throw new DomainError("article_too_short", { min: 80 });
  if (clean.length > 50_000) throw new DomainError("article_too_long", { max: 50_000 });
  const reading = readArticle(clean, ingestVocabulary(await listSeries(db)));
  const assessed = [];
  for (const candidate of reading.facts) assessed.push({ candidate, ...(await assess(db, candidate)) });
  const { articleId, sourceId } = await insertArticle(
    db,
    {
      title: reading.title,
      publisher: publisherOf(clean),
      language: reading.language,
      text: clean,
      summary: reading.summary,
      createdBy: actor,
    },
    assessed,
  );
  await writeAudit(db, {
    actor,
    action: "ingest",
    subject: `article:${articleId}`,
    after: { sourceId, facts: assessed.length },
  });
  invalidateKnowledge(db);
  return { articleId, reading, facts: await listArticleFacts(db, articleId) };
}

export async function articleFactsOf(
  db: Db,
  articleId: number,
): Promise<{ title: string; facts: ArticleFactRow[] }> {
  const article = await findArticle(db, articleId);
  if (!article) throw new DomainError("fact_not_found", { id: articleId });
  return {
    title: String((article.summary as string[])[0] ?? ""),
    facts: await listArticleFacts(db, articleId),
  };
}

async function factById(db: Db, id: number): Promise<ArticleFactRow> {
  const [row] = await db.select().from(articleFacts).where(eq(articleFacts.id, id));
  if (!row) throw new DomainError("fact_not_found", { id });
  return row;
}

/** Applies one candidate inside a transaction; returns what was written, for the audit log. */
async function apply(
  tx: Parameters<Parameters<Db["transaction"]>[0]>[0],
  fact: ArticleFactRow,
  sourceId: number,
) {
  const c = fact.candidate as Candidate;
  if (c.kind === "price") {
    if (!c.series || !c.period) throw new DomainError("fact_not_approvable", { id: fact.id });
    const seriesId = await seriesIdByKey(tx, c.series);
    if (!seriesId) throw new DomainError("fact_not_approvable", { id: fact.id });
    await tx
      .insert(pricePoints)
      .values({
        seriesId,
        periodStart: c.period.start,
        granularity: c.period.granularity,
        value: c.value,
        approximate: c.approximate,
      })
      .onConflictDoNothing();
    const [point] = (await pointsFor(tx, seriesId, c.period.start, c.period.granularity)).filter(
      (p) => p.value === c.value,
    );
    if (!point) throw new Error("price point missing after insert");
    await tx.insert(pricePointSources).values({ pointId: point.id, sourceId }).onConflictDoNothing();
    for (const change of c.changes) {
      if (!change.basis) continue;
      await tx
        .insert(priceReportedChanges)
        .values({
          pointId: point.id,
          basis: change.basis,
          changePct: change.pct,
          changeAbs: change.abs,
          sourceId,
        })
        .onConflictDoNothing();
    }
    return { pricePoint: point.id, series: c.series, period: c.period, value: c.value };
  }
  if (c.kind === "rule" || c.kind === "licence_rule") {
    const code = c.kind === "rule" ? c.code : "licence_payments";
    const item = await itemByCode(tx, code);
    if (!item) throw new DomainError("fact_not_approvable", { id: fact.id });
    if (c.kind === "rule" && item.points !== c.points) {
      await tx.update(localizationItems).set({ points: c.points }).where(eq(localizationItems.id, item.id));
    }
    await tx.insert(localizationItemSources).values({ itemId: item.id, sourceId }).onConflictDoNothing();
    return { item: code, points: c.kind === "rule" ? c.points : item.points, before: item.points };
  }
  const { topic, jurisdiction } = policyTarget(c);
  const exists = await tx.execute(sql`select 1 from jurisdictions where code = ${jurisdiction}`);
  const found = Array.isArray(exists) ? exists.length : ((exists as { rows: unknown[] }).rows ?? []).length;
  if (!found) throw new DomainError("fact_not_approvable", { id: fact.id });
  const title =
    c.sentence.length > 160 ? `${c.sentence.slice(0, c.sentence.lastIndexOf(" ", 160))}…` : c.sentence;
  const [row] = await tx
    .insert(policyChanges)
    .values({
      key: `article-fact-${fact.id}`,
      effectiveOn: c.year ? `${c.year}-01-01` : new Date().toISOString().slice(0, 8).concat("01"),
      datePrecision: c.year ? "year" : "month",
      jurisdiction,
      topic,
      titleEn: title,
      titleRu: title,
      summaryEn: c.sentence,
      summaryRu: c.sentence,
    })
    .onConflictDoNothing()
    .returning();
  if (row)
    await tx.insert(policyChangeSources).values({ policyChangeId: row.id, sourceId }).onConflictDoNothing();
  return { policyChange: row?.id ?? null, jurisdiction, topic };
}

export async function decideFact(
  db: Db,
  factId: number,
  decision: "approve" | "reject",
  actor: number,
): Promise<ArticleFactRow> {
  const fact = await factById(db, factId);
  if (fact.status === "approved" || fact.status === "rejected") return fact;
  const article = await findArticle(db, fact.articleId);
  if (!article) throw new DomainError("fact_not_found", { id: factId });
  const updated = await db.transaction(async (tx) => {
    const written = decision === "approve" ? await apply(tx, fact, article.sourceId) : null;
    const [row] = await tx
      .update(articleFacts)
      .set({
        status: decision === "approve" ? "approved" : "rejected",
        decidedBy: actor,
        decidedAt: new Date(),
      })
      .where(and(eq(articleFacts.id, factId), eq(articleFacts.status, fact.status)))
      .returning();
    await writeAudit(tx, {
      actor,
      action: decision === "approve" ? "approve_fact" : "reject_fact",
      subject: `fact:${factId}`,
      before: { status: fact.status, candidate: fact.candidate },
      after: { status: row?.status, written },
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
    if (key === "series") next.series = value;
    else if (key === "period") next.period = parsePeriod(value.replace(/_/g, " "));
    else if (key === "value") next.value = Number(value.replace(",", "."));
    else throw new DomainError("fact_edit_invalid", { input: pair.slice(0, 40) });
  }
  if (!next.period || !(next.value > 0) || !next.series || !(await seriesIdByKey(db, next.series))) {
    throw new DomainError("fact_edit_invalid", { input: patchText.slice(0, 80) });
  }
  const { status, note } = await assess(db, next);
  const [row] = await db
    .update(articleFacts)
    .set({ candidate: next, status, note })
    .where(eq(articleFacts.id, factId))
    .returning();
  await writeAudit(db, {
    actor,
    action: "edit_candidate",
    subject: `fact:${factId}`,
    before: c,
    after: next,
  });
  return row ?? fact;
}
