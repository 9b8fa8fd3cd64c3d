import { sql } from "drizzle-orm";
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
} from "drizzle-orm/pg-core";
import { sources } from "./sources.ts";

/**
 * What a threshold is for (public procurement, taxis, special investment contracts …): rows, so a
 * new purpose is data. Users see the names and type the names or aliases; the key stays internal.
 */
export const localizationPurposes = pgTable("localization_purposes", {
  key: text("key").primaryKey(),
  nameEn: text("name_en").notNull(),
  nameRu: text("name_ru").notNull(),
  /** Words users type for it (`tenders`, `госзакупки`); matched after normalising. */
  aliases: text("aliases").array().notNull().default(sql`'{}'::text[]`),
  sortOrder: integer("sort_order").notNull().default(0),
});

/**
 * A threshold in force from a date for a purpose and vehicle category. Two rows with the same
 * purpose, category and date but different thresholds are sources that disagree; both are kept.
 */
export const localizationRuleSets = pgTable("localization_rule_sets", {
  id: serial("id").primaryKey(),
  key: text("key").notNull().unique(),
  /** Legal regime, e.g. decree-719. */
  regime: text("regime").notNull(),
  /** passenger_car | lcv */
  category: text("category").notNull(),
  /** A key of localization_purposes. */
  purpose: text("purpose").notNull(),
  effectiveFrom: date("effective_from", { mode: "string" }).notNull(),
  threshold: integer("threshold").notNull(),
  /** in_force | draft */
  status: text("status").notNull().default("in_force"),
  noteEn: text("note_en"),
  noteRu: text("note_ru"),
  /** How the row came in: seed | import (history, never news) | live (approved, corrected: digests may report it). */
  origin: text("origin").notNull().default("live"),
  /** When the fact entered the knowledge base: digests report what is new since the last one. */
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const localizationRuleSetSources = pgTable(
  "localization_rule_set_sources",
  {
    ruleSetId: integer("rule_set_id")
      .notNull()
      .references(() => localizationRuleSets.id, { onDelete: "cascade" }),
    sourceId: integer("source_id")
      .notNull()
      .references(() => sources.id),
  },
  (t) => [primaryKey({ columns: [t.ruleSetId, t.sourceId] })],
);

/**
 * A scored operation, component or spending item of a regime, valid over a date range
 * (open ends mean "not known to start or end").
 */
export const localizationItems = pgTable("localization_items", {
  id: serial("id").primaryKey(),
  key: text("key").notNull().unique(),
  regime: text("regime").notNull(),
  /** Stable code used by calculators, e.g. body_welding, rd_spending. */
  code: text("code").notNull(),
  nameEn: text("name_en").notNull(),
  nameRu: text("name_ru").notNull(),
  /** fixed: points for doing it; per_percent: points per 1 % of revenue. */
  kind: text("kind").notNull(),
  points: numeric("points", { precision: 10, scale: 2, mode: "number" }).notNull(),
  /** Code of the item whose budget this one counts within (licences count within R&D). */
  countsWithin: text("counts_within"),
  /** Points this item can give at most (per-percent items, with what counts within them); null: no cap. */
  maxPoints: numeric("max_points", { precision: 10, scale: 2, mode: "number" }),
  /** Code of an item that must be in the scenario for this one to count; null: none. */
  requires: text("requires"),
  /** Words users type for it in calculators (`welding`, `сварка`); matched after normalising. */
  aliases: text("aliases").array().notNull().default(sql`'{}'::text[]`),
  validFrom: date("valid_from", { mode: "string" }),
  validTo: date("valid_to", { mode: "string" }),
  noteEn: text("note_en"),
  noteRu: text("note_ru"),
  sortOrder: integer("sort_order").notNull().default(0),
});

export const localizationItemSources = pgTable(
  "localization_item_sources",
  {
    itemId: integer("item_id")
      .notNull()
      .references(() => localizationItems.id, { onDelete: "cascade" }),
    sourceId: integer("source_id")
      .notNull()
      .references(() => sources.id),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.sourceId] })],
);

/** Regime-wide figures such as the maximum total score; one row per source, so disagreements stay visible. */
export const localizationParameters = pgTable("localization_parameters", {
  id: serial("id").primaryKey(),
  key: text("key").notNull().unique(),
  regime: text("regime").notNull(),
  /** e.g. max_total_points */
  name: text("name").notNull(),
  value: numeric("value", { precision: 12, scale: 2, mode: "number" }).notNull(),
  sourceId: integer("source_id")
    .notNull()
    .references(() => sources.id),
});

/** Scores reported for individual models. */
export const localizationModelScores = pgTable("localization_model_scores", {
  id: serial("id").primaryKey(),
  key: text("key").notNull().unique(),
  model: text("model").notNull(),
  year: integer("year").notNull(),
  points: integer("points").notNull(),
  sourceId: integer("source_id")
    .notNull()
    .references(() => sources.id),
  /** How the row came in: seed | import | live (approved from an article). */
  origin: text("origin").notNull().default("live"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A recycling-fee (утильсбор) rate for one category of vehicle from a date. The category is
 * structured: new (up to three years) or old, the engine and power bands, personal use or not, or
 * the base rate the coefficients multiply. Null bands mean "any". Two rows with the same category
 * and date but different values are sources that disagree; both are kept.
 */
export const recyclingFeeRates = pgTable("recycling_fee_rates", {
  id: serial("id").primaryKey(),
  key: text("key").notNull().unique(),
  /** The base rate the coefficients multiply (no other category fields then). */
  baseRate: boolean("base_rate").notNull().default(false),
  /** new (up to three years old) | old (over three years) | null: any. */
  vehicleAge: text("vehicle_age"),
  /** 1-2l | le3l | null: any engine. */
  engineBand: text("engine_band"),
  /** le160hp | 160-190hp | gt160hp | null: any power. */
  powerBand: text("power_band"),
  /** Imported for personal use (the lower rates) rather than by a company. */
  personal: boolean("personal").notNull().default(false),
  value: numeric("value", { precision: 14, scale: 2, mode: "number" }).notNull(),
  /** rub: the fee in roubles; coefficient: a multiplier of the base rate. */
  unit: text("unit").notNull().default("rub"),
  effectiveFrom: date("effective_from", { mode: "string" }).notNull(),
  /** in_force | draft */
  status: text("status").notNull().default("in_force"),
  sourceId: integer("source_id")
    .notNull()
    .references(() => sources.id),
  origin: text("origin").notNull().default("live"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
