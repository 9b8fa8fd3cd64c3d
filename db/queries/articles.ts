import { and, asc, eq, sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import {
  admins,
  articleFacts,
  articles,
  auditLog,
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
type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

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

export async function listAudit(db: Db, limit = 20) {
  return db.select().from(auditLog).orderBy(sql`${auditLog.id} desc`).limit(limit);
}

/** Stores an article as a source with its candidate facts, in one transaction. */
export async function insertArticle(
  db: Db,
  a: {
    title: string;
    publisher: string;
    language: string;
    text: string;
    summary: string[];
    createdBy: number;
  },
  candidates: { candidate: unknown; status: string; note: string | null }[],
): Promise<{ articleId: number; sourceId: number }> {
  return db.transaction(async (tx) => {
    const [source] = await tx
      .insert(sources)
      .values({
        key: `article-pending-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`,
        publisher: a.publisher,
        title: a.title,
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

export {
  articleFacts,
  localizationItemSources,
  localizationItems,
  policyChangeSources,
  policyChanges,
  pricePointSources,
  pricePoints,
  priceReportedChanges,
};
