import { date, pgTable, serial, text, timestamp } from "drizzle-orm/pg-core";

/** Where a fact was reported. Every fact row links to at least one source. */
export const sources = pgTable("sources", {
  id: serial("id").primaryKey(),
  /** Stable key so seeding and imports are idempotent. */
  key: text("key").notNull().unique(),
  publisher: text("publisher").notNull(),
  title: text("title").notNull(),
  url: text("url"),
  publishedOn: date("published_on", { mode: "string" }),
  /** How the row came in: seed | import (history, never news) | live (approved, corrected: digests may report it). */
  origin: text("origin").notNull().default("live"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
