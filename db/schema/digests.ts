import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  serial,
  text,
  timestamp,
  unique,
} from "drizzle-orm/pg-core";

/** A chat (private or group) that receives the daily digest, with its choices. */
export const subscribers = pgTable(
  "subscribers",
  {
    id: serial("id").primaryKey(),
    chatId: bigint("chat_id", { mode: "number" }).notNull().unique(),
    /** private | group | supergroup | channel: groups have a lower Telegram rate limit. */
    chatType: text("chat_type").notNull(),
    /** ru | en */
    lang: text("lang").notNull(),
    /** prices | localization | policy | briefings */
    topics: text("topics").array().notNull(),
    includeKeywords: text("include_keywords").array().notNull().default(sql`'{}'::text[]`),
    excludeKeywords: text("exclude_keywords").array().notNull().default(sql`'{}'::text[]`),
    /** Local time of day, minutes after midnight. */
    digestMinute: integer("digest_minute").notNull(),
    timeZone: text("time_zone").notNull(),
    weekdaysOnly: boolean("weekdays_only").notNull().default(false),
    /** skip | notice: what to do on a day with nothing new. */
    whenEmpty: text("when_empty").notNull().default("skip"),
    active: boolean("active").notNull().default(true),
    deactivatedAt: timestamp("deactivated_at", { withTimezone: true }),
    deactivatedReason: text("deactivated_reason"),
    /** The next instant a digest is due, precomputed (DST included) so the tick is one indexed query. */
    nextDueAt: timestamp("next_due_at", { withTimezone: true }).notNull(),
    /** News up to this instant went into an earlier digest; the next one starts here. */
    coveredUntil: timestamp("covered_until", { withTimezone: true }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("subscribers_due").on(t.active, t.nextDueAt)],
);

/**
 * The outbox: one row per subscriber and local date for digests, one per alert rule and fact for
 * alerts (the unique keys make queueing idempotent across processes). Senders claim rows with a
 * lease; an expired lease is claimed again. Alerts share it for its pacing, 429 and 403 handling
 * and crash safety.
 */
export const digestDeliveries = pgTable(
  "digest_deliveries",
  {
    id: serial("id").primaryKey(),
    /** digest | alert | correction (an alert's fact was retracted after it was sent). */
    kind: text("kind").notNull().default("digest"),
    /** Digests only. */
    subscriberId: integer("subscriber_id").references(() => subscribers.id, { onDelete: "cascade" }),
    localDate: date("local_date", { mode: "string" }),
    /**
     * Alerts and corrections: the rule that fired and the fact it fired on (`price:12`). No
     * foreign key: a fact's alerts are queued by the thousand in one statement and a per-row
     * check would cost a fifth of it; the sender drops an alert whose rule is gone or muted.
     */
    alertRuleId: integer("alert_rule_id"),
    factRef: text("fact_ref"),
    chatId: bigint("chat_id", { mode: "number" }).notNull(),
    /** Copied from the subscriber when queued, so a sender needs no join. */
    chatType: text("chat_type").notNull(),
    lang: text("lang").notNull(),
    /** pending | sending | sent | failed | skipped | cancelled (an alert whose fact was retracted) */
    status: text("status").notNull(),
    /** The composed digest (plain data); rendered in the subscriber's language when sent. */
    content: jsonb("content").notNull(),
    since: timestamp("since", { withTimezone: true }).notNull(),
    until: timestamp("until", { withTimezone: true }).notNull(),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull(),
    leaseOwner: text("lease_owner"),
    leaseUntil: timestamp("lease_until", { withTimezone: true }),
    lastError: text("last_error"),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull(),
  },
  (t) => [
    unique("digest_deliveries_subscriber_day").on(t.subscriberId, t.localDate),
    unique("digest_deliveries_rule_fact").on(t.alertRuleId, t.factRef, t.kind),
    index("digest_deliveries_fact").on(t.factRef),
    index("digest_deliveries_claim").on(t.status, t.nextAttemptAt),
  ],
);

/**
 * Digest senders alive now: each running sender touches its row every few seconds, and the
 * senders divide DIGEST_RATE by how many rows are fresh, so several instances together keep
 * to the configured rate. A crashed sender's row goes stale and stops counting.
 */
export const digestSenders = pgTable("digest_senders", {
  owner: text("owner").primaryKey(),
  seenAt: timestamp("seen_at", { withTimezone: true }).notNull(),
});
