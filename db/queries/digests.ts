// Subscribers, the digest outbox and the news a digest reports. Claims use one UPDATE ...
// RETURNING over a FOR UPDATE SKIP LOCKED subquery, so senders on one PostgreSQL never take the
// same row; no transaction is held while a sender talks to Telegram.
import { and, asc, desc, eq, gt, gte, inArray, isNull, lt, lte, or, sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import {
  briefings,
  digestDeliveries,
  digestSenders,
  localizationPurposes,
  localizationRuleSets,
  policyChanges,
  pricePoints,
  priceSeries,
  sources,
  subscribers,
} from "../schema/index.ts";

export type SubscriberRow = typeof subscribers.$inferSelect;
export type SubscriberInsert = typeof subscribers.$inferInsert;
export type DeliveryRow = typeof digestDeliveries.$inferSelect;
export type DeliveryInsert = typeof digestDeliveries.$inferInsert;

export async function findSubscriber(db: Db, chatId: number): Promise<SubscriberRow | undefined> {
  const [row] = await db.select().from(subscribers).where(eq(subscribers.chatId, chatId));
  return row;
}

/** Creates or reactivates the chat's subscription; returns the row. */
export async function upsertSubscriber(db: Db, values: SubscriberInsert): Promise<SubscriberRow> {
  const { chatId: _chat, createdAt: _created, ...update } = values;
  const [row] = await db
    .insert(subscribers)
    .values(values)
    .onConflictDoUpdate({ target: subscribers.chatId, set: { ...update, updatedAt: sql`now()` } })
    .returning();
  if (!row) throw new Error("upsert returned no row");
  return row;
}

export async function updateSubscriber(
  db: Db,
  chatId: number,
  values: Partial<SubscriberInsert>,
): Promise<SubscriberRow | undefined> {
  const [row] = await db
    .update(subscribers)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(subscribers.chatId, chatId))
    .returning();
  return row;
}

export function dueSubscribers(db: Db, now: Date, limit: number): Promise<SubscriberRow[]> {
  return db
    .select()
    .from(subscribers)
    .where(and(eq(subscribers.active, true), lte(subscribers.nextDueAt, now)))
    .orderBy(asc(subscribers.nextDueAt), asc(subscribers.id))
    .limit(limit);
}

/** Inserts outbox rows; a row for a (subscriber, local date) that exists is left as it is. Returns the new ones. */
export async function insertDeliveries(db: Db, rows: DeliveryInsert[]): Promise<{ subscriberId: number }[]> {
  if (rows.length === 0) return [];
  const inserted = await db
    .insert(digestDeliveries)
    .values(rows)
    .onConflictDoNothing({ target: [digestDeliveries.subscriberId, digestDeliveries.localDate] })
    .returning({ subscriberId: digestDeliveries.subscriberId });
  return inserted.flatMap((r) => (r.subscriberId === null ? [] : [{ subscriberId: r.subscriberId }]));
}

/**
 * Moves each subscriber's next due time and covered-until mark, in one statement, only forward
 * (so a slower process cannot undo a faster one).
 */
export async function advanceSubscribers(
  db: Db,
  updates: { id: number; nextDueAt: Date; coveredUntil: Date | null }[],
): Promise<void> {
  if (updates.length === 0) return;
  const values = sql.join(
    updates.map(
      (u) =>
        sql`(${u.id}::int, ${u.nextDueAt.toISOString()}::timestamptz, ${u.coveredUntil?.toISOString() ?? null}::timestamptz)`,
    ),
    sql`, `,
  );
  await db.execute(sql`
    update ${subscribers} as s
       set next_due_at = greatest(s.next_due_at, v.next_due_at),
           covered_until = case when v.covered_until is null then s.covered_until
                                else greatest(s.covered_until, v.covered_until) end
      from (values ${values}) as v(id, next_due_at, covered_until)
     where s.id = v.id`);
}

/**
 * Claims up to `limit` rows that are due, or whose sender's lease expired, for `owner` until
 * `leaseUntil`. SKIP LOCKED lets concurrent senders take disjoint rows without waiting.
 */
export async function claimDeliveries(
  db: Db,
  owner: string,
  now: Date,
  leaseUntil: Date,
  limit: number,
  /** Only this chat's rows (the terminal chat delivers to its own user). */
  chatId?: number,
): Promise<DeliveryRow[]> {
  const d = digestDeliveries;
  const due = db
    .select({ id: d.id })
    .from(d)
    .where(
      and(
        or(
          and(eq(d.status, "pending"), lte(d.nextAttemptAt, now)),
          and(eq(d.status, "sending"), lt(d.leaseUntil, now)),
        ),
        chatId === undefined ? undefined : eq(d.chatId, chatId),
      ),
    )
    .orderBy(asc(d.nextAttemptAt), asc(d.id))
    .limit(limit)
    .for("update", { skipLocked: true });
  const rows = await db
    .update(d)
    .set({ status: "sending", leaseOwner: owner, leaseUntil, attempts: sql`${d.attempts} + 1` })
    .where(inArray(d.id, due))
    .returning();
  return rows.sort((a, b) => a.id - b.id);
}

export async function markSent(db: Db, ids: number[], owner: string, at: Date): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(digestDeliveries)
    .set({ status: "sent", sentAt: at, leaseOwner: null, leaseUntil: null, lastError: null })
    .where(and(inArray(digestDeliveries.id, ids), eq(digestDeliveries.leaseOwner, owner)));
}

/** Gives a claimed row back for another attempt at `at` (429, 5xx, network). */
export async function releaseForRetry(
  db: Db,
  id: number,
  owner: string,
  at: Date,
  error: string,
  countAttempt: boolean,
): Promise<void> {
  await db
    .update(digestDeliveries)
    .set({
      status: "pending",
      nextAttemptAt: at,
      leaseOwner: null,
      leaseUntil: null,
      lastError: error,
      // A 429 is Telegram pacing us, not a failure of this message.
      ...(countAttempt ? {} : { attempts: sql`${digestDeliveries.attempts} - 1` }),
    })
    .where(and(eq(digestDeliveries.id, id), eq(digestDeliveries.leaseOwner, owner)));
}

export async function markFailed(
  db: Db,
  id: number,
  owner: string,
  error: string,
): Promise<DeliveryRow | undefined> {
  const [row] = await db
    .update(digestDeliveries)
    .set({ status: "failed", leaseOwner: null, leaseUntil: null, lastError: error })
    .where(and(eq(digestDeliveries.id, id), eq(digestDeliveries.leaseOwner, owner)))
    .returning();
  return row;
}

/** A failed digest's news goes into the next one: move the covered mark back to where it began. */
export async function uncover(db: Db, subscriberId: number, since: Date, until: Date): Promise<void> {
  await db
    .update(subscribers)
    .set({ coveredUntil: since })
    .where(and(eq(subscribers.id, subscriberId), eq(subscribers.coveredUntil, until)));
}

export async function deactivateByChat(db: Db, chatId: number, reason: string, at: Date): Promise<void> {
  await db
    .update(subscribers)
    .set({ active: false, deactivatedAt: at, deactivatedReason: reason, updatedAt: sql`now()` })
    .where(and(eq(subscribers.chatId, chatId), eq(subscribers.active, true)));
}

export interface DigestCounts {
  pending: number;
  sending: number;
  sent: number;
  failed: number;
  skipped: number;
  deactivated: number;
  sentLastMinute: number;
}

/** Outbox rows created since `from`, by status; subscribers deactivated since `from`. */
export async function digestCounts(db: Db, from: Date, now: Date): Promise<DigestCounts> {
  const rows = await db
    .select({ status: digestDeliveries.status, n: sql<number>`count(*)::int` })
    .from(digestDeliveries)
    .where(gte(digestDeliveries.createdAt, from))
    .groupBy(digestDeliveries.status);
  const [deactivated] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(subscribers)
    .where(and(eq(subscribers.active, false), gte(subscribers.deactivatedAt, from)));
  const [recent] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(digestDeliveries)
    .where(
      and(eq(digestDeliveries.status, "sent"), gt(digestDeliveries.sentAt, new Date(now.getTime() - 60_000))),
    );
  const by = Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
  return {
    pending: by.pending ?? 0,
    sending: by.sending ?? 0,
    sent: by.sent ?? 0,
    failed: by.failed ?? 0,
    skipped: by.skipped ?? 0,
    deactivated: Number(deactivated?.n ?? 0),
    sentLastMinute: Number(recent?.n ?? 0),
  };
}

/** A price point as digests show it: the value with its series' names. */
const PRICE_COLUMNS = {
  id: pricePoints.id,
  seriesKey: priceSeries.key,
  nameEn: priceSeries.nameEn,
  nameRu: priceSeries.nameRu,
  shortEn: priceSeries.shortEn,
  shortRu: priceSeries.shortRu,
  periodStart: pricePoints.periodStart,
  granularity: pricePoints.granularity,
  value: pricePoints.value,
  currency: priceSeries.currency,
};

/**
 * What entered the knowledge base in (since, until] and is not history: seeded and imported rows
 * (`origin` seed | import) never count. Whether a fact is recent by its own date is the
 * composer's call (domain/digest/compose.ts). `ruleOptions` holds every stored threshold, so a
 * new one is shown beside the ones it disagrees with.
 */
export async function newsBetween(db: Db, since: Date, until: Date) {
  const [prices, policy, rules, articles, ruleOptions] = await Promise.all([
    db
      .select({ ...PRICE_COLUMNS, createdAt: pricePoints.createdAt })
      .from(pricePoints)
      .innerJoin(priceSeries, eq(priceSeries.id, pricePoints.seriesId))
      .where(
        and(
          gt(pricePoints.createdAt, since),
          lte(pricePoints.createdAt, until),
          isNull(pricePoints.retractedAt),
          eq(pricePoints.origin, "live"),
        ),
      )
      .orderBy(asc(pricePoints.createdAt), asc(pricePoints.id)),
    db
      .select({
        id: policyChanges.id,
        key: policyChanges.key,
        effectiveOn: policyChanges.effectiveOn,
        datePrecision: policyChanges.datePrecision,
        jurisdiction: policyChanges.jurisdiction,
        topic: policyChanges.topic,
        titleEn: policyChanges.titleEn,
        titleRu: policyChanges.titleRu,
        createdAt: policyChanges.createdAt,
      })
      .from(policyChanges)
      .where(
        and(
          gt(policyChanges.createdAt, since),
          lte(policyChanges.createdAt, until),
          isNull(policyChanges.retractedAt),
          eq(policyChanges.origin, "live"),
        ),
      )
      .orderBy(asc(policyChanges.effectiveOn), asc(policyChanges.id)),
    db
      .select({
        id: localizationRuleSets.id,
        purpose: localizationRuleSets.purpose,
        category: localizationRuleSets.category,
        effectiveFrom: localizationRuleSets.effectiveFrom,
        threshold: localizationRuleSets.threshold,
        status: localizationRuleSets.status,
        createdAt: localizationRuleSets.createdAt,
        purposeEn: localizationPurposes.nameEn,
        purposeRu: localizationPurposes.nameRu,
      })
      .from(localizationRuleSets)
      .leftJoin(localizationPurposes, eq(localizationPurposes.key, localizationRuleSets.purpose))
      .where(
        and(
          gt(localizationRuleSets.createdAt, since),
          lte(localizationRuleSets.createdAt, until),
          eq(localizationRuleSets.origin, "live"),
        ),
      )
      .orderBy(asc(localizationRuleSets.effectiveFrom), asc(localizationRuleSets.id)),
    db
      .select({
        id: sources.id,
        publisher: sources.publisher,
        title: sources.title,
        publisherRu: sources.publisherRu,
        titleRu: sources.titleRu,
        url: sources.url,
        publishedOn: sources.publishedOn,
        createdAt: sources.createdAt,
        summaryEn: briefings.summaryEn,
        summaryRu: briefings.summaryRu,
      })
      .from(sources)
      .leftJoin(briefings, eq(briefings.sourceId, sources.id))
      .where(and(gt(sources.createdAt, since), lte(sources.createdAt, until), eq(sources.origin, "live")))
      .orderBy(asc(sources.createdAt), asc(sources.id)),
    db
      .select({
        purpose: localizationRuleSets.purpose,
        category: localizationRuleSets.category,
        effectiveFrom: localizationRuleSets.effectiveFrom,
        threshold: localizationRuleSets.threshold,
        status: localizationRuleSets.status,
      })
      .from(localizationRuleSets)
      .where(lte(localizationRuleSets.createdAt, until))
      .orderBy(asc(localizationRuleSets.threshold)),
  ]);
  return { prices, policy, rules, articles, ruleOptions };
}
export type News = Awaited<ReturnType<typeof newsBetween>>;

/** Marks this sender alive at `at` and counts the senders seen since `freshSince` (itself included). */
export async function heartbeatSender(db: Db, owner: string, at: Date, freshSince: Date): Promise<number> {
  await db
    .insert(digestSenders)
    .values({ owner, seenAt: at })
    .onConflictDoUpdate({ target: digestSenders.owner, set: { seenAt: at } });
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(digestSenders)
    .where(gt(digestSenders.seenAt, freshSince));
  return Math.max(1, row?.n ?? 1);
}

/** A stopping sender leaves the count at once instead of going stale. */
export async function removeSender(db: Db, owner: string): Promise<void> {
  await db.delete(digestSenders).where(eq(digestSenders.owner, owner));
}

/** The latest stored facts by their own dates (any origin), for a "nothing new" answer. */
export async function latestFacts(db: Db, until: Date, limit: number) {
  const day = until.toISOString().slice(0, 10);
  const [prices, policy] = await Promise.all([
    db
      .select(PRICE_COLUMNS)
      .from(pricePoints)
      .innerJoin(priceSeries, eq(priceSeries.id, pricePoints.seriesId))
      .where(and(isNull(pricePoints.retractedAt), lte(pricePoints.periodStart, day)))
      .orderBy(desc(pricePoints.periodStart), asc(priceSeries.sortOrder), asc(pricePoints.id))
      .limit(limit * 10),
    db
      .select({
        id: policyChanges.id,
        key: policyChanges.key,
        effectiveOn: policyChanges.effectiveOn,
        datePrecision: policyChanges.datePrecision,
        jurisdiction: policyChanges.jurisdiction,
        topic: policyChanges.topic,
        titleEn: policyChanges.titleEn,
        titleRu: policyChanges.titleRu,
      })
      .from(policyChanges)
      .where(and(isNull(policyChanges.retractedAt), lte(policyChanges.effectiveOn, day)))
      .orderBy(desc(policyChanges.effectiveOn), desc(policyChanges.id))
      .limit(limit),
  ]);
  return { prices, policy };
}
export type LatestFacts = Awaited<ReturnType<typeof latestFacts>>;
