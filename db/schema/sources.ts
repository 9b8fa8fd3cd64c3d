import { date, pgTable, serial, text, timestamp } from "drizzle-orm/pg-core";

/** Where a fact was reported. Every fact row links to at least one source. */
export const sources = pgTable("sources", {
  id: serial("id").primaryKey(),
  /** Stable key so seeding and imports are idempotent. */
  key: text("key").notNull().unique(),
  /** The outlet as English readers know it, e.g. "Kommersant" or "Reuters (reprinted by Big Life)". */
  publisher: text("publisher").notNull(),
  title: text("title").notNull(),
  /** The same in Russian; answers in Russian fall back to the English ones when these are empty. */
  publisherRu: text("publisher_ru"),
  titleRu: text("title_ru"),
  url: text("url"),
  publishedOn: date("published_on", { mode: "string" }),
  /** When only an approximate date is known ("late 2022"): shown instead of an exact date. */
  dateNoteEn: text("date_note_en"),
  dateNoteRu: text("date_note_ru"),
  /** How the row came in: seed | import (history, never news) | live (approved, corrected: digests may report it). */
  origin: text("origin").notNull().default("live"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
