// Alert rules, the chats they belong to, and the outbox rows they queue. A fact finds its rules
// in one indexed query per kind of fact; the rows go into the digest outbox with a unique
// (rule, fact) key, so a rule fires at most once per fact however many processes publish it.
import { and, asc, count, eq, inArray, type SQL, sql } from "drizzle-orm";
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

/** Which rules a fact may fire: a condition over alert_rules (`r`), built by the functions below. */
export type RuleFilter = SQL;

const r = alertRules;

/** Price rules of the series whose condition the new value meets (a level crossed, a move big enough, any price). */
export function priceRules(
  seriesKey: string,
  price: { value: number; previous: number | null; changePct: number | null },
): RuleFilter {
  const v = sql`${price.value}::numeric`;
  const prev = sql`${price.previous}::numeric`;
  const pct = sql`${price.changePct}::numeric`;
  return sql`${r.seriesKey} = ${seriesKey} and (
    ${r.kind} = 'price_new'
    or (${r.kind} = 'price_level' and ${r.direction} = 'above' and ${v} > ${r.level} and (${prev} is null or ${prev} <= ${r.level}))
    or (${r.kind} = 'price_level' and ${r.direction} = 'below' and ${v} < ${r.level} and (${prev} is null or ${prev} >= ${r.level}))
    or (${r.kind} = 'price_change' and ${pct} is not null and (
          (${r.direction} = 'up' and ${pct} >= ${r.percent} and ${pct} > 0)
       or (${r.direction} = 'down' and ${pct} <= -${r.percent} and ${pct} < 0)
       or (${r.direction} = 'any' and abs(${pct}) >= ${r.percent} and ${pct} <> 0))))`;
}

/** Policy rules whose topic and country fit (or are open) and whose keyword the text holds. */
export function policyRules(topic: string, jurisdiction: string, text: string): RuleFilter {
  return sql`(${r.kind} = 'policy'
    and (${r.topic} is null or ${r.topic} = ${topic})
    and (${r.jurisdiction} is null or ${r.jurisdiction} = ${jurisdiction})
    and (${r.keywordLexemes} is null or ${holds(text)}))`;
}

/**
 * Localization rules: for a purpose's threshold, that purpose's and the open ones; for what every
 * purpose's score uses (item points, the maximum score) all of them; for a model's score, the
 * open ones only.
 */
export function localizationRules(purpose: string | "every" | "open"): RuleFilter {
  if (purpose === "every") return sql`(${r.kind} = 'localization')`;
  if (purpose === "open") return sql`(${r.kind} = 'localization' and ${r.purpose} is null)`;
  return sql`(${r.kind} = 'localization' and (${r.purpose} is null or ${r.purpose} = ${purpose}))`;
}

/** Keyword rules whose stems all occur in the text (GIN: the rule's stems contained in the text's). */
export function keywordRules(text: string): RuleFilter {
  return sql`(${r.kind} = 'keyword' and ${holds(text)})`;
}

/**
 * The rule's stems all occur in the text. `&&` (some stem in common) is what the GIN index can
 * answer by looking up the text's stems; `<@` alone would make it visit every entry.
 */
function holds(text: string): SQL {
  const stems = sql`tsvector_to_array(to_tsvector('russian', ${text}))`;
  return sql`(${r.keywordLexemes} && ${stems} and ${r.keywordLexemes} <@ ${stems})`;
}

export function anyOf(...filters: RuleFilter[]): RuleFilter {
  return sql`(${sql.join(filters, sql` or `)})`;
}

/** What every alert of one fact shares; names are those of what the fact is about, in both languages. */
export interface FactAlert {
  factRef: string;
  /** The outbox row's content without the rule (the rule is added per row). */
  content: Record<string, unknown>;
  /** The names a rule of this fact shows for its series, topic, country or purpose. */
  names: Record<string, unknown>;
  now: Date;
}

/**
 * Queues, in one statement, an alert for each active chat with an unmuted rule the fact fires
 * (one per chat: its first rule, keyword rules last), held to the end of the chat's quiet hours.
 * A (rule, fact) already queued stays as it is, except one cancelled by a retraction, which a
 * restored fact queues again. Returns how many rows are now waiting.
 */
export async function queueMatching(db: Db, filter: RuleFilter, alert: FactAlert): Promise<number> {
  const now = alert.now.toISOString();
  const d = digestDeliveries;
  const names = JSON.stringify(alert.names);
  const result = await db.execute(sql`
    with f as (select ${JSON.stringify(alert.content)}::jsonb as content, ${names}::jsonb as names)
    insert into ${d} (kind, alert_rule_id, fact_ref, chat_id, chat_type, lang, status, content,
                      since, until, next_attempt_at, created_at)
    select distinct on (c.chat_id) 'alert', alert_rules.id, ${alert.factRef}, c.chat_id, c.chat_type, c.lang, 'pending',
           f.content || jsonb_build_object('rule', jsonb_strip_nulls(jsonb_build_object(
             'id', alert_rules.id, 'kind', alert_rules.kind, 'muted', false,
             'direction', alert_rules.direction, 'level', alert_rules.level,
             'percent', alert_rules.percent, 'keyword', alert_rules.keyword,
             'series', case when alert_rules.series_key is not null then f.names -> 'series' end,
             'topic', case when alert_rules.topic is not null then f.names -> 'topic' end,
             'jurisdiction', case when alert_rules.jurisdiction is not null then f.names -> 'jurisdiction' end,
             'purpose', case when alert_rules.purpose is not null then f.names -> 'purpose' end))),
           ${now}::timestamptz, ${now}::timestamptz,
           ${quietRelease(sql`${now}::timestamptz`)}, ${now}::timestamptz
      from f, ${alertRules} join ${alertChats} c on c.chat_id = alert_rules.chat_id
     where not alert_rules.muted and c.active and ${filter}
     order by c.chat_id, (alert_rules.kind = 'keyword'), alert_rules.id
    on conflict (alert_rule_id, fact_ref, kind) do update
       set status = 'pending', content = excluded.content, next_attempt_at = excluded.next_attempt_at
     where ${d}.status = 'cancelled'
    returning 1`);
  return Array.isArray(result) ? result.length : ((result as { rows?: unknown[] }).rows?.length ?? 0);
}

/**
 * When an alert queued at `at` may go to chat `c`: at once, or at the end of its quiet hours
 * (local minutes in its zone; hours may wrap midnight, 22:00–08:00).
 */
function quietRelease(at: SQL): SQL {
  const minute = sql`(extract(hour from (${at} at time zone c.time_zone)) * 60 + extract(minute from (${at} at time zone c.time_zone)))::int`;
  const inside = sql`(case when c.quiet_from < c.quiet_to then ${minute} >= c.quiet_from and ${minute} < c.quiet_to
                           else ${minute} >= c.quiet_from or ${minute} < c.quiet_to end)`;
  return sql`case when c.quiet_from is null or c.quiet_to is null or c.quiet_from = c.quiet_to or not ${inside}
                  then ${at}
                  else date_trunc('minute', ${at}) + (((c.quiet_to - ${minute} + 1440) % 1440) * interval '1 minute') end`;
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

/** Whether a rule still exists, is not muted, and its chat still takes messages. */
export async function ruleLive(db: Db, id: number): Promise<boolean> {
  const rows = await db
    .select({ id: alertRules.id })
    .from(alertRules)
    .innerJoin(alertChats, eq(alertChats.chatId, alertRules.chatId))
    .where(and(eq(alertRules.id, id), eq(alertRules.muted, false), eq(alertChats.active, true)));
  return rows.length > 0;
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
