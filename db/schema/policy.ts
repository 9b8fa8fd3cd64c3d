import { date, integer, pgTable, primaryKey, serial, text, timestamp } from "drizzle-orm/pg-core";
import { sources } from "./sources.ts";

export const jurisdictions = pgTable("jurisdictions", {
  code: text("code").primaryKey(),
  nameEn: text("name_en").notNull(),
  nameRu: text("name_ru").notNull(),
  aliases: text("aliases").array().notNull().default([]),
});

export const policyTopics = pgTable("policy_topics", {
  key: text("key").primaryKey(),
  nameEn: text("name_en").notNull(),
  nameRu: text("name_ru").notNull(),
  aliases: text("aliases").array().notNull().default([]),
});

export const policyChanges = pgTable("policy_changes", {
  id: serial("id").primaryKey(),
  key: text("key").notNull().unique(),
  /** First day of the period the change takes effect in. */
  effectiveOn: date("effective_on", { mode: "string" }).notNull(),
  /** day | month | year: how precisely the date is known. */
  datePrecision: text("date_precision").notNull().default("day"),
  jurisdiction: text("jurisdiction")
    .notNull()
    .references(() => jurisdictions.code),
  topic: text("topic")
    .notNull()
    .references(() => policyTopics.key),
  titleEn: text("title_en").notNull(),
  titleRu: text("title_ru").notNull(),
  summaryEn: text("summary_en").notNull(),
  summaryRu: text("summary_ru").notNull(),
  /** adopted | draft | postponed; null when the source does not say. */
  status: text("status"),
  /** How the row came in: seed | import (history, never news) | live (approved, corrected: digests may report it). */
  origin: text("origin").notNull().default("live"),
  /** When the fact entered the knowledge base: digests report what is new since the last one. */
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  /** Withdrawn by an admin: gone from answers and digests, kept for the history and the audit log. */
  retractedAt: timestamp("retracted_at", { withTimezone: true }),
});

export const policyChangeSources = pgTable(
  "policy_change_sources",
  {
    policyChangeId: integer("policy_change_id")
      .notNull()
      .references(() => policyChanges.id, { onDelete: "cascade" }),
    sourceId: integer("source_id")
      .notNull()
      .references(() => sources.id),
  },
  (t) => [primaryKey({ columns: [t.policyChangeId, t.sourceId] })],
);
