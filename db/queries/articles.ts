import { and, asc, count, eq, sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import {
  admins,
  articleFacts,
  articles,
  auditLog,
  jurisdictions,
  localizationItemSources,
  localizationItems,
  policyChangeSources,
  policyChanges,
  pricePointSources,
  pricePoints,
  priceReportedChanges,
  priceSeries,
  sources,
} from "../schema/index.ts";

export type ArticleFactRow = typeof articleFacts.$inferSelect;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export async function listAdminIds(db: Db): Promise<number[]> {
  return (await db.select({ id: admins.userId }).from(admins)).map((r) => r.id);
}

export async function addAdmin(db: Db, userId: number, by: number): Promise<boolean> {
  const rows = await db.insert(admins).values({ userId, addedBy: by }).onConflictDoNothing().returning();
  return rows.length > 0;
}

export async function removeAdmin(db: Db, userId: number): Promise<boolean> {
  return (await db.delete(admins).where(eq(admins.userId, userId)).returning()).length > 0;
}

export async function writeAudit(
  db: Db | Tx,
  entry: { actor: number; action: string; subject: string; before?: unknown; after?: unknown },
): Promise<void> {
  await db.insert(auditLog).values({ ...entry, before: entry.before ?? null, after: entry.after ?? null });
}

/** Stores an article as a source with its candidate facts, in one transaction. */
export async function insertArticle(
  db: Db,
  a: {
    title: string;
    publisher: string;
    /** The publisher's name in Russian, where it differs. */
    publisherRu?: string | null;
    language: string;
    text: string;
    summary: string[];
    createdBy: number;
    /** Where it was read (a feed item's page) and the date it was published, when known. */
    url?: string | null;
    publishedOn?: string | null;
  },
  candidates: { candidate: unknown; status: string; note: string | null }[],
): Promise<{ articleId: number; sourceId: number }> {
  return db.transaction(async (tx) => {
    const [source] = await tx
      .insert(sources)
      .values({
        key: `article-pending-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`,
        publisher: a.publisher,
        publisherRu: a.publisherRu ?? null,
        title: a.title,
        url: a.url ?? null,
        publishedOn: a.publishedOn ?? null,
      })
      .returning();
    if (!source) throw new Error("source insert failed");
    const [article] = await tx
      .insert(articles)
      .values({
        sourceId: source.id,
        language: a.language,
        text: a.text,
        summary: a.summary,
        createdBy: a.createdBy,
      })
      .returning();
    if (!article) throw new Error("article insert failed");
    await tx
      .update(sources)
      .set({ key: `article-${article.id}` })
      .where(eq(sources.id, source.id));
    if (candidates.length > 0) {
      await tx
        .insert(articleFacts)
        .values(candidates.map((c, i) => ({ articleId: article.id, position: i + 1, ...c })));
    }
    return { articleId: article.id, sourceId: source.id };
  });
}

export async function listArticleFacts(db: Db, articleId: number): Promise<ArticleFactRow[]> {
  return db
    .select()
    .from(articleFacts)
    .where(eq(articleFacts.articleId, articleId))
    .orderBy(asc(articleFacts.position));
}

export async function findArticle(db: Db, articleId: number) {
  const [row] = await db.select().from(articles).where(eq(articles.id, articleId));
  return row;
}

export async function seriesIdByKey(db: Db | Tx, key: string): Promise<number | undefined> {
  const [row] = await db.select({ id: priceSeries.id }).from(priceSeries).where(eq(priceSeries.key, key));
  return row?.id;
}

export async function pointsFor(db: Db | Tx, seriesId: number, start: string, granularity: string) {
  return db
    .select()
    .from(pricePoints)
    .where(
      and(
        eq(pricePoints.seriesId, seriesId),
        eq(pricePoints.periodStart, start),
        eq(pricePoints.granularity, granularity),
      ),
    );
}

export async function itemByCode(db: Db | Tx, code: string) {
  const [row] = await db.select().from(localizationItems).where(eq(localizationItems.code, code));
  return row;
}

export async function findFact(db: Db, id: number): Promise<ArticleFactRow | undefined> {
  const [row] = await db.select().from(articleFacts).where(eq(articleFacts.id, id));
  return row;
}

/** Moves a fact from `from` to a decided status; undefined when another admin decided first. */
export async function decideFactRow(
  tx: Db | Tx,
  id: number,
  from: string,
  status: "approved" | "rejected",
  actor: number,
): Promise<ArticleFactRow | undefined> {
  const [row] = await tx
    .update(articleFacts)
    .set({ status, decidedBy: actor, decidedAt: new Date() })
    .where(and(eq(articleFacts.id, id), eq(articleFacts.status, from)))
    .returning();
  return row;
}

export async function updateCandidate(
  db: Db,
  id: number,
  candidate: unknown,
  status: string,
  note: string | null,
): Promise<ArticleFactRow | undefined> {
  const [row] = await db
    .update(articleFacts)
    .set({ candidate, status, note })
    .where(eq(articleFacts.id, id))
    .returning();
  return row;
}

/** The article with its source's title. */
export async function articleWithTitle(db: Db, articleId: number) {
  const [row] = await db
    .select({ article: articles, title: sources.title, publishedOn: sources.publishedOn })
    .from(articles)
    .innerJoin(sources, eq(sources.id, articles.sourceId))
    .where(eq(articles.id, articleId));
  return row;
}

/** Stores a price point (once), links the source and the changes it reported; returns the point id. */
export async function storePricePoint(
  tx: Tx,
  p: {
    seriesId: number;
    periodStart: string;
    granularity: string;
    value: number;
    approximate: boolean;
    sourceId: number;
    changes: { basis: string; changePct: number | null; changeAbs: number | null }[];
  },
): Promise<number> {
  await tx
    .insert(pricePoints)
    .values({
      seriesId: p.seriesId,
      periodStart: p.periodStart,
      granularity: p.granularity,
      value: p.value,
      approximate: p.approximate,
    })
    .onConflictDoNothing();
  const [point] = (await pointsFor(tx, p.seriesId, p.periodStart, p.granularity)).filter(
    (x) => x.value === p.value,
  );
  if (!point) throw new Error("price point missing after insert");
  await tx
    .insert(pricePointSources)
    .values({ pointId: point.id, sourceId: p.sourceId })
    .onConflictDoNothing();
  for (const change of p.changes) {
    await tx
      .insert(priceReportedChanges)
      .values({ pointId: point.id, ...change, sourceId: p.sourceId })
      .onConflictDoNothing();
  }
  return point.id;
}

/** Cites a source for a rule item, setting its points first when they differ. */
export async function citeItem(tx: Tx, itemId: number, sourceId: number, points?: number): Promise<void> {
  if (points !== undefined) {
    await tx.update(localizationItems).set({ points }).where(eq(localizationItems.id, itemId));
  }
  await tx.insert(localizationItemSources).values({ itemId, sourceId }).onConflictDoNothing();
}

export async function jurisdictionExists(db: Db | Tx, code: string): Promise<boolean> {
  const rows = await db
    .select({ code: jurisdictions.code })
    .from(jurisdictions)
    .where(eq(jurisdictions.code, code));
  return rows.length > 0;
}

/** Policy changes of a country on a topic, in one year when given. */
export async function countPolicyChanges(
  db: Db,
  jurisdiction: string,
  topic: string,
  year: number | null,
): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(policyChanges)
    .where(
      and(
        eq(policyChanges.jurisdiction, jurisdiction),
        eq(policyChanges.topic, topic),
        year ? sql`extract(year from ${policyChanges.effectiveOn}) = ${year}` : undefined,
      ),
    );
  return row?.n ?? 0;
}

/** Inserts a policy change (once per key) citing a source; returns its id, or null when the key existed. */
export async function storePolicyChange(
  tx: Tx,
  values: typeof policyChanges.$inferInsert,
  sourceId: number,
): Promise<number | null> {
  const [row] = await tx.insert(policyChanges).values(values).onConflictDoNothing().returning();
  if (!row) return null;
  await tx.insert(policyChangeSources).values({ policyChangeId: row.id, sourceId }).onConflictDoNothing();
  return row.id;
}

/**
 * The article's date set by an admin: its undecided candidates are replaced by a new reading made
 * with that date (decided ones stay as they were), in one transaction.
 */
export async function replacePendingFacts(
  db: Db,
  articleId: number,
  publishedOn: string,
  candidates: { candidate: unknown; status: string; note: string | null }[],
): Promise<void> {
  await db.transaction(async (tx) => {
    const [article] = await tx.select().from(articles).where(eq(articles.id, articleId));
    if (!article) return;
    await tx.update(sources).set({ publishedOn }).where(eq(sources.id, article.sourceId));
    await tx
      .delete(articleFacts)
      .where(and(eq(articleFacts.articleId, articleId), eq(articleFacts.status, "pending")));
    const [last] = await tx
      .select({ n: sql<number>`coalesce(max(${articleFacts.position}), 0)` })
      .from(articleFacts)
      .where(eq(articleFacts.articleId, articleId));
    const from = Number(last?.n ?? 0);
    if (candidates.length > 0)
      await tx
        .insert(articleFacts)
        .values(candidates.map((c, i) => ({ articleId, position: from + i + 1, ...c })));
  });
}
