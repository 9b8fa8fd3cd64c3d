import { and, asc, eq, inArray, isNotNull, isNull, lte, or, sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import { articleFacts, articles, feedItems, feeds, sources } from "../schema/index.ts";

export type FeedRow = typeof feeds.$inferSelect;
export type FeedItemRow = typeof feedItems.$inferSelect;

export async function insertFeed(
  db: Db,
  values: { url: string; title: string; addedBy: number; allowPrivate: boolean; now: Date },
): Promise<FeedRow | undefined> {
  const [row] = await db
    .insert(feeds)
    .values({
      url: values.url,
      title: values.title,
      addedBy: values.addedBy,
      allowPrivate: values.allowPrivate,
      nextPollAt: values.now,
      createdAt: values.now,
    })
    .onConflictDoNothing()
    .returning();
  return row;
}

export async function findFeed(db: Db, id: number): Promise<FeedRow | undefined> {
  const [row] = await db.select().from(feeds).where(eq(feeds.id, id));
  return row;
}

export async function findFeedByUrl(db: Db, url: string): Promise<FeedRow | undefined> {
  const [row] = await db.select().from(feeds).where(eq(feeds.url, url));
  return row;
}

export async function listFeeds(db: Db): Promise<FeedRow[]> {
  return db.select().from(feeds).orderBy(asc(feeds.id));
}

export async function deleteFeed(db: Db, id: number): Promise<FeedRow | undefined> {
  const [row] = await db.delete(feeds).where(eq(feeds.id, id)).returning();
  return row;
}

export async function updateFeed(
  db: Db,
  id: number,
  values: Partial<typeof feeds.$inferInsert>,
): Promise<FeedRow | undefined> {
  const [row] = await db.update(feeds).set(values).where(eq(feeds.id, id)).returning();
  return row;
}

/** Feeds that answered 304: a success, validators kept. */
export async function markUnchanged(db: Db, ids: number[], now: Date): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(feeds)
    .set({
      status: "ok",
      lastSuccessAt: now,
      errorCount: 0,
      failingSince: null,
      failureReportedAt: null,
      leaseOwner: null,
      leaseUntil: null,
    })
    .where(inArray(feeds.id, ids));
}

/** Makes every active feed due now (`/feeds poll`, `npm run feeds -- poll`). */
export async function makeAllDue(db: Db, now: Date): Promise<void> {
  await db.update(feeds).set({ nextPollAt: now }).where(eq(feeds.paused, false));
}

/**
 * Claims up to `limit` due feeds for `owner`: their next poll moves to `nextPollAt` at once, so
 * no other round (in this process or another) takes them. SKIP LOCKED lets concurrent rounds
 * take disjoint feeds without waiting on PostgreSQL; PGlite has one connection, so it never waits.
 */
export async function claimDueFeeds(
  db: Db,
  owner: string,
  now: Date,
  nextPollAt: Date,
  leaseUntil: Date,
  limit: number,
): Promise<FeedRow[]> {
  const due = db
    .select({ id: feeds.id })
    .from(feeds)
    .where(and(eq(feeds.paused, false), lte(feeds.nextPollAt, now)))
    .orderBy(asc(feeds.nextPollAt), asc(feeds.id))
    .limit(limit)
    .for("update", { skipLocked: true });
  const rows = await db
    .update(feeds)
    .set({ nextPollAt, leaseOwner: owner, leaseUntil })
    .where(and(inArray(feeds.id, due), lte(feeds.nextPollAt, now)))
    .returning();
  return rows.sort((a, b) => a.id - b.id);
}

/** Of these GUIDs (in this feed) and addresses (in any feed), those already seen. */
export async function seenItems(
  db: Db,
  feedId: number,
  guids: string[],
  urls: string[],
): Promise<{ guids: Set<string>; urls: Set<string> }> {
  if (guids.length === 0 && urls.length === 0) return { guids: new Set(), urls: new Set() };
  const conditions = [];
  if (guids.length) conditions.push(and(eq(feedItems.feedId, feedId), inArray(feedItems.guid, guids)));
  if (urls.length) conditions.push(inArray(feedItems.canonicalUrl, urls));
  const rows = await db
    .select({ feedId: feedItems.feedId, guid: feedItems.guid, url: feedItems.canonicalUrl })
    .from(feedItems)
    .where(or(...conditions));
  return {
    guids: new Set(rows.filter((r) => r.feedId === feedId).map((r) => r.guid)),
    urls: new Set(rows.flatMap((r) => (r.url ? [r.url] : []))),
  };
}

/** Claims an item for reading; undefined when any feed has it already (same GUID here, same address anywhere). */
export async function claimItem(
  db: Db,
  values: {
    feedId: number;
    guid: string;
    canonicalUrl: string | null;
    title: string;
    publishedOn: string | null;
  },
): Promise<FeedItemRow | undefined> {
  const [row] = await db.insert(feedItems).values(values).onConflictDoNothing().returning();
  return row;
}

/** Records the text's hash unless another item holds the same text; false when it does. */
export async function claimContentHash(db: Db, itemId: number, hash: string): Promise<boolean> {
  const rows = await db
    .update(feedItems)
    .set({ contentHash: hash })
    .where(
      and(
        eq(feedItems.id, itemId),
        sql`not exists (select 1 from ${feedItems} other where other.content_hash = ${hash} and other.id <> ${itemId})`,
      ),
    )
    .returning({ id: feedItems.id });
  return rows.length > 0;
}

export async function finishItem(
  db: Db,
  itemId: number,
  values: { status: string; articleId?: number | null },
): Promise<void> {
  await db
    .update(feedItems)
    .set({ status: values.status, articleId: values.articleId ?? null })
    .where(eq(feedItems.id, itemId));
}

/** Feeds failing since before `since` that nobody was told about yet: claimed for one report. */
export async function claimFailureReports(db: Db, since: Date, now: Date): Promise<FeedRow[]> {
  return db
    .update(feeds)
    .set({ failureReportedAt: now })
    .where(
      and(isNotNull(feeds.failingSince), lte(feeds.failingSince, since), isNull(feeds.failureReportedAt)),
    )
    .returning();
}

/** Articles with facts waiting for an admin, oldest first, with the feed they came from (if any). */
export async function pendingArticles(db: Db): Promise<{ articleId: number; pending: number }[]> {
  const rows = await db
    .select({ articleId: articleFacts.articleId, pending: sql<number>`count(*)::int` })
    .from(articleFacts)
    .where(eq(articleFacts.status, "pending"))
    .groupBy(articleFacts.articleId)
    .orderBy(asc(articleFacts.articleId));
  return rows.map((r) => ({ articleId: r.articleId, pending: Number(r.pending) }));
}

/** The feed and address an article was read from, when it came from a feed. */
export async function articleOrigin(
  db: Db,
  articleId: number,
): Promise<{ feedId: number; feedTitle: string | null; url: string | null } | undefined> {
  const [row] = await db
    .select({ feedId: feeds.id, feedTitle: feeds.title, url: sources.url })
    .from(feedItems)
    .innerJoin(feeds, eq(feeds.id, feedItems.feedId))
    .innerJoin(articles, eq(articles.id, feedItems.articleId))
    .innerJoin(sources, eq(sources.id, articles.sourceId))
    .where(eq(feedItems.articleId, articleId));
  return row;
}
