import {
  boolean,
  date,
  integer,
  numeric,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  unique,
} from "drizzle-orm/pg-core";
import { sources } from "./sources.ts";

/** A price series: a market average or a model's starting price. */
export const priceSeries = pgTable("price_series", {
  id: serial("id").primaryKey(),
  key: text("key").notNull().unique(),
  /** market_average | model_start */
  kind: text("kind").notNull(),
  nameEn: text("name_en").notNull(),
  nameRu: text("name_ru").notNull(),
  /** Button-sized names. */
  shortEn: text("short_en").notNull(),
  shortRu: text("short_ru").notNull(),
  region: text("region").notNull().default("RU"),
  currency: text("currency").notNull().default("RUB"),
  /** How the publisher computes the figure, in our own words. */
  methodEn: text("method_en"),
  methodRu: text("method_ru"),
  methodSourceId: integer("method_source_id").references(() => sources.id),
  /** Groups trims of one model (e.g. Moskvich 3 and Moskvich 3 CVT). */
  model: text("model"),
  /** Lower-case words users type for this series, both languages. */
  aliases: text("aliases").array().notNull().default([]),
  sortOrder: integer("sort_order").notNull().default(0),
});

/** One observation: a value for a period (start date + granularity). */
export const pricePoints = pgTable(
  "price_points",
  {
    id: serial("id").primaryKey(),
    seriesId: integer("series_id")
      .notNull()
      .references(() => priceSeries.id, { onDelete: "cascade" }),
    periodStart: date("period_start", { mode: "string" }).notNull(),
    /** month | half_year | year | mid_year */
    granularity: text("granularity").notNull(),
    value: numeric("value", { precision: 16, scale: 2, mode: "number" }).notNull(),
    /** The source gave the value as "about". */
    approximate: boolean("approximate").notNull().default(false),
    noteEn: text("note_en"),
    noteRu: text("note_ru"),
    /** How the row came in: seed | import (history, never news) | live (approved, corrected: digests may report it). */
    origin: text("origin").notNull().default("live"),
    /** When the fact entered the knowledge base: digests report what is new since the last one. */
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** Withdrawn by an admin: gone from answers and digests, kept for the history and the audit log. */
    retractedAt: timestamp("retracted_at", { withTimezone: true }),
  },
  (t) => [unique("price_points_period_uq").on(t.seriesId, t.periodStart, t.granularity, t.value)],
);

export const pricePointSources = pgTable(
  "price_point_sources",
  {
    pointId: integer("point_id")
      .notNull()
      .references(() => pricePoints.id, { onDelete: "cascade" }),
    sourceId: integer("source_id")
      .notNull()
      .references(() => sources.id),
  },
  (t) => [primaryKey({ columns: [t.pointId, t.sourceId] })],
);

/**
 * A change the source reported for a point, kept where the earlier value itself is not stored
 * (e.g. December 2023 used-car price: +2.6 % month on month).
 */
export const priceReportedChanges = pgTable(
  "price_reported_changes",
  {
    id: serial("id").primaryKey(),
    pointId: integer("point_id")
      .notNull()
      .references(() => pricePoints.id, { onDelete: "cascade" }),
    /** previous_period | year_ago */
    basis: text("basis").notNull(),
    changePct: numeric("change_pct", { precision: 8, scale: 2, mode: "number" }),
    changeAbs: numeric("change_abs", { precision: 16, scale: 2, mode: "number" }),
    sourceId: integer("source_id")
      .notNull()
      .references(() => sources.id),
  },
  (t) => [unique("price_reported_changes_uq").on(t.pointId, t.basis, t.sourceId)],
);
