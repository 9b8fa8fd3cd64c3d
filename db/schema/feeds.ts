import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  index,
  integer,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { articles } from "./articles.ts";

/** A news feed admins follow: polled every FEED_INTERVAL, its new items read as articles. */
export const feeds = pgTable(
  "feeds",
  {
    id: serial("id").primaryKey(),
    /** The address as added (after validation); unique so a feed is followed once. */
    url: text("url").notNull().unique(),
    /** The feed's own title, from its last good fetch (untrusted text: escape before showing). */
    title: text("title"),
    /** new | ok | error: the outcome of the last poll. */
    status: text("status").notNull().default("new"),
    /** The last error in words an admin can act on (a code, rendered by the front end). */
    lastError: text("last_error"),
    etag: text("etag"),
    lastModified: text("last_modified"),
    lastSuccessAt: timestamp("last_success_at", { withTimezone: true }),
    lastErrorAt: timestamp("last_error_at", { withTimezone: true }),
    /** Errors since the last success; the backoff grows with them. */
    errorCount: integer("error_count").notNull().default(0),
    /** The first error since the last success: a feed failing for a day is reported once. */
    failingSince: timestamp("failing_since", { withTimezone: true }),
    failureReportedAt: timestamp("failure_reported_at", { withTimezone: true }),
    /** Due when this has passed; a round claims a feed by moving it forward (the backoff too). */
    nextPollAt: timestamp("next_poll_at", { withTimezone: true }).notNull().defaultNow(),
    /** Who claimed it last and until when (a crashed poller's feed comes back after it). */
    leaseOwner: text("lease_owner"),
    leaseUntil: timestamp("lease_until", { withTimezone: true }),
    paused: boolean("paused").notNull().default(false),
    /** Telegram user id of the admin who added it; 0 for the command line. */
    addedBy: bigint("added_by", { mode: "number" }).notNull(),
    /** Whether private and loopback addresses were allowed when it was added: its pages keep that rule. */
    allowPrivate: boolean("allow_private").notNull().default(false),
    /** Fact kinds approved without review (prices | policy | rules). */
    trustedKinds: text("trusted_kinds").array().notNull().default(sql`'{}'::text[]`),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("feeds_due").on(t.paused, t.nextPollAt)],
);

/**
 * Every item seen in any feed, claimed before it is read: the same GUID in a feed, the same
 * canonical address or the same text in any feed is read once.
 */
export const feedItems = pgTable(
  "feed_items",
  {
    id: serial("id").primaryKey(),
    feedId: integer("feed_id")
      .notNull()
      .references(() => feeds.id, { onDelete: "cascade" }),
    guid: text("guid").notNull(),
    /** The item's link without fragment, tracking parameters or a trailing slash. */
    canonicalUrl: text("canonical_url"),
    /** sha256 of the article's normalised text, once read. */
    contentHash: text("content_hash"),
    title: text("title"),
    /** reading | ingested | duplicate | skipped */
    status: text("status").notNull().default("reading"),
    articleId: integer("article_id").references(() => articles.id, { onDelete: "set null" }),
    publishedOn: text("published_on"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("feed_items_guid").on(t.feedId, t.guid),
    uniqueIndex("feed_items_url").on(t.canonicalUrl),
    index("feed_items_hash").on(t.contentHash),
  ],
);
