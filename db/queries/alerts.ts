// Alert rules, the chats they belong to, and the outbox rows they queue. A fact finds its rules
// in one indexed query per kind of fact; the rows go into the digest outbox with a unique
// (rule, fact) key, so a rule fires at most once per fact however many processes publish it.
import { and, asc, count, eq, inArray, isNull, lt, sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import { alertChats, alertRules, digestDeliveries } from "../schema/index.ts";

export type AlertRuleRow = typeof alertRules.$inferSelect;
export type AlertRuleInsert = typeof alertRules.$inferInsert;
export type AlertChatRow = typeof alertChats.$inferSelect;

export async function upsertAlertChat(
  db: Db,
  values: { chatId: number; chatType: string; lang: string },
): Promise<AlertChatRow> {
  const [row] = await db
    .insert(alertChats)
    .values(values)
    .onConflictDoUpdate({
      target: alertChats.chatId,
      set: { chatType: values.chatType, lang: values.lang, active: true, updatedAt: sql`now()` },
    })
    .returning();
  if (!row) throw new Error("upsert returned no row");
  return row;
}

export async function findAlertChat(db: Db, chatId: number): Promise<AlertChatRow | undefined> {
  const [row] = await db.select().from(alertChats).where(eq(alertChats.chatId, chatId));
  return row;
}

export async function setQuietHours(
  db: Db,
  chatId: number,
  quiet: { from: number; to: number; timeZone: string } | null,
): Promise<void> {
  await db
    .update(alertChats)
    .set(
      quiet
        ? { quietFrom: quiet.from, quietTo: quiet.to, timeZone: quiet.timeZone, updatedAt: sql`now()` }
        : { quietFrom: null, quietTo: null, updatedAt: sql`now()` },
    )
    .where(eq(alertChats.chatId, chatId));
}

export async function deactivateAlertChat(db: Db, chatId: number): Promise<void> {
  await db
    .update(alertChats)
    .set({ active: false, updatedAt: sql`now()` })
    .where(eq(alertChats.chatId, chatId));
}

export async function countRules(db: Db, chatId: number): Promise<number> {
  const [row] = await db.select({ n: count() }).from(alertRules).where(eq(alertRules.chatId, chatId));
  return Number(row?.n ?? 0);
}

/** The same rule set twice is one rule: the existing one comes back (unmuted). */
export async function insertRule(
  db: Db,
  rule: AlertRuleInsert,
): Promise<{ row: AlertRuleRow; existed: boolean }> {
  const same = await db
    .select()
    .from(alertRules)
    .where(
      and(
        eq(alertRules.chatId, rule.chatId),
        eq(alertRules.kind, rule.kind),
        sql`${alertRules.seriesKey} is not distinct from ${rule.seriesKey ?? null}`,
        sql`${alertRules.direction} is not distinct from ${rule.direction ?? null}`,
        sql`${alertRules.level} is not distinct from ${rule.level ?? null}::numeric`,
        sql`${alertRules.percent} is not distinct from ${rule.percent ?? null}::numeric`,
        sql`${alertRules.topic} is not distinct from ${rule.topic ?? null}`,
        sql`${alertRules.jurisdiction} is not distinct from ${rule.jurisdiction ?? null}`,
        sql`${alertRules.purpose} is not distinct from ${rule.purpose ?? null}`,
        sql`${alertRules.keyword} is not distinct from ${rule.keyword ?? null}`,
      ),
    );
  const existing = same[0];
  if (existing) {
    if (existing.muted) await setMuted(db, existing.chatId, existing.id, false);
    return { row: { ...existing, muted: false }, existed: true };
  }
  const [row] = await db
    .insert(alertRules)
    .values({
      ...rule,
      keywordLexemes:
        rule.keyword == null ? null : sql`tsvector_to_array(to_tsvector('russian', ${rule.keyword}))`,
    })
    .returning();
  if (!row) throw new Error("insert returned no row");
  return { row, existed: false };
}

export function rulesOf(db: Db, chatId: number): Promise<AlertRuleRow[]> {
  return db.select().from(alertRules).where(eq(alertRules.chatId, chatId)).orderBy(asc(alertRules.id));
}

export async function ruleById(db: Db, id: number): Promise<AlertRuleRow | undefined> {
  const [row] = await db.select().from(alertRules).where(eq(alertRules.id, id));
  return row;
}

export async function setMuted(db: Db, chatId: number, id: number, muted: boolean): Promise<boolean> {
  const rows = await db
    .update(alertRules)
    .set({ muted })
    .where(and(eq(alertRules.id, id), eq(alertRules.chatId, chatId)))
    .returning({ id: alertRules.id });
  return rows.length > 0;
}

export async function deleteRule(db: Db, chatId: number, id: number): Promise<boolean> {
  const rows = await db
    .delete(alertRules)
    .where(and(eq(alertRules.id, id), eq(alertRules.chatId, chatId)))
    .returning({ id: alertRules.id });
  return rows.length > 0;
}

/** A rule that may fire, with what its message needs from its chat. */
export interface LiveRule {
  rule: AlertRuleRow;
  chat: AlertChatRow;
}

/**
 * Rules of active chats, not muted, that could fire on a fact: `where` narrows them by the
 * fact's subject; the caller decides on the values (a level crossed, a change big enough).
 */
async function liveRules(db: Db, where: ReturnType<typeof and>): Promise<LiveRule[]> {
  const rows = await db
    .select({ rule: alertRules, chat: alertChats })
    .from(alertRules)
    .innerJoin(alertChats, eq(alertChats.chatId, alertRules.chatId))
    .where(and(eq(alertRules.muted, false), eq(alertChats.active, true), where));
  return rows;
}

export function rulesForSeries(db: Db, seriesKey: string): Promise<LiveRule[]> {
  return liveRules(
    db,
    and(
      eq(alertRules.seriesKey, seriesKey),
      inArray(alertRules.kind, ["price_level", "price_change", "price_new"]),
    ),
  );
}

/** Policy rules whose topic and country fit (or are open) and whose keyword the text holds. */
export function rulesForPolicy(
  db: Db,
  topic: string,
  jurisdiction: string,
  text: string,
): Promise<LiveRule[]> {
  return liveRules(
    db,
    and(
      eq(alertRules.kind, "policy"),
      sql`(${alertRules.topic} is null or ${alertRules.topic} = ${topic})`,
      sql`(${alertRules.jurisdiction} is null or ${alertRules.jurisdiction} = ${jurisdiction})`,
      sql`(${alertRules.keywordLexemes} is null or ${alertRules.keywordLexemes} <@ tsvector_to_array(to_tsvector('russian', ${text})))`,
    ),
  );
}

/** Localization rules for a purpose (or for every purpose when `purpose` is null: items, the maximum score). */
export function rulesForLocalization(db: Db, purpose: string | null): Promise<LiveRule[]> {
  return liveRules(
    db,
    and(
      eq(alertRules.kind, "localization"),
      purpose === null
        ? sql`true`
        : sql`(${alertRules.purpose} is null or ${alertRules.purpose} = ${purpose})`,
    ),
  );
}

/** Keyword rules whose stems all occur in the text (GIN: the rule's stems contained in the text's). */
export function rulesForText(db: Db, text: string): Promise<LiveRule[]> {
  return liveRules(
    db,
    and(
      eq(alertRules.kind, "keyword"),
      sql`${alertRules.keywordLexemes} <@ tsvector_to_array(to_tsvector('russian', ${text}))`,
      sql`cardinality(${alertRules.keywordLexemes}) > 0`,
    ),
  );
}

export interface AlertDelivery {
  ruleId: number;
  chatId: number;
  chatType: string;
  lang: string;
  factRef: string;
  kind: "alert" | "correction";
  content: unknown;
  at: Date;
  nextAttemptAt: Date;
}

/**
 * Queues alert rows; a (rule, fact) already queued stays as it is, except one cancelled by a
 * retraction, which a restored fact queues again. Returns how many rows are now waiting.
 */
export async function queueAlerts(db: Db, rows: AlertDelivery[]): Promise<number> {
  if (rows.length === 0) return 0;
  let queued = 0;
  for (let i = 0; i < rows.length; i += 1000) {
    const inserted = await db
      .insert(digestDeliveries)
      .values(
        rows.slice(i, i + 1000).map((r) => ({
          kind: r.kind,
          alertRuleId: r.ruleId,
          factRef: r.factRef,
          chatId: r.chatId,
          chatType: r.chatType,
          lang: r.lang,
          status: "pending",
          content: r.content,
          since: r.at,
          until: r.at,
          nextAttemptAt: r.nextAttemptAt,
          createdAt: r.at,
        })),
      )
      .onConflictDoUpdate({
        target: [digestDeliveries.alertRuleId, digestDeliveries.factRef, digestDeliveries.kind],
        set: {
          status: "pending",
          content: sql`excluded.content`,
          nextAttemptAt: sql`excluded.next_attempt_at`,
        },
        setWhere: sql`${digestDeliveries.status} = 'cancelled'`,
      })
      .returning({ id: digestDeliveries.id });
    queued += inserted.length;
  }
  return queued;
}

/**
 * A fact was retracted: its alerts still waiting are cancelled; those sent (or being sent) are
 * returned, so each can be followed by a correction.
 */
export async function withdrawAlerts(db: Db, factRef: string) {
  const d = digestDeliveries;
  const refs = sql`(${d.factRef} = ${factRef} or ${d.factRef} like ${`${factRef}@%`})`;
  await db
    .update(d)
    .set({ status: "cancelled", leaseOwner: null, leaseUntil: null })
    .where(and(eq(d.kind, "alert"), eq(d.status, "pending"), refs));
  return db
    .select({
      ruleId: d.alertRuleId,
      factRef: d.factRef,
      chatId: d.chatId,
      chatType: d.chatType,
      lang: d.lang,
      content: d.content,
    })
    .from(d)
    .where(and(eq(d.kind, "alert"), inArray(d.status, ["sent", "sending"]), refs));
}

/** The status of the alert a correction follows up. */
export async function alertStatus(db: Db, ruleId: number, factRef: string): Promise<string | undefined> {
  const [row] = await db
    .select({ status: digestDeliveries.status })
    .from(digestDeliveries)
    .where(
      and(
        eq(digestDeliveries.alertRuleId, ruleId),
        eq(digestDeliveries.factRef, factRef),
        eq(digestDeliveries.kind, "alert"),
      ),
    );
  return row?.status;
}

/** Marks a claimed row as not to be sent (its fact is gone, or the alert it corrects never went). */
export async function markSkipped(
  db: Db,
  id: number,
  owner: string,
  status: "cancelled" | "skipped",
): Promise<void> {
  await db
    .update(digestDeliveries)
    .set({ status, leaseOwner: null, leaseUntil: null })
    .where(and(eq(digestDeliveries.id, id), eq(digestDeliveries.leaseOwner, owner)));
}

/** Outbox rows of one chat that are due (for `npm run chat`, which sends to its own user only). */
export function dueForChat(db: Db, chatId: number, now: Date) {
  return db
    .select()
    .from(digestDeliveries)
    .where(
      and(
        eq(digestDeliveries.chatId, chatId),
        eq(digestDeliveries.status, "pending"),
        lt(digestDeliveries.nextAttemptAt, new Date(now.getTime() + 1)),
        isNull(digestDeliveries.leaseOwner),
      ),
    )
    .orderBy(asc(digestDeliveries.id));
}
