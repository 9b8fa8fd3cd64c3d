import { sql } from "drizzle-orm";
import {
  customType,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
} from "drizzle-orm/pg-core";
import { articles } from "./articles.ts";
import { sources } from "./sources.ts";

/** PostgreSQL's full-text document type; drizzle has no builder of its own for it. */
const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

/**
 * Every person, organisation, country, brand and model the briefings mention, with the names
 * people type for it in both languages: a Russian question finds an English briefing through it.
 */
export const entities = pgTable("entities", {
  id: serial("id").primaryKey(),
  key: text("key").notNull().unique(),
  /** person | organisation | country | brand | model */
  kind: text("kind").notNull(),
  nameEn: text("name_en").notNull(),
  nameRu: text("name_ru").notNull(),
  /** Who a person is ("Minister of Industry and Trade"): shown by "who is …". */
  roleEn: text("role_en"),
  roleRu: text("role_ru"),
  /** Word forms and spellings in both languages ("Мантурова", "китайские", "Chinese"). */
  aliases: text("aliases").array().notNull().default([]),
});

/**
 * A briefing: the story a source told, with its summary and who said what. Title, publisher,
 * date and link are the source's (one place for them, the same in every answer).
 */
export const briefings = pgTable(
  "briefings",
  {
    id: serial("id").primaryKey(),
    sourceId: integer("source_id")
      .notNull()
      .unique()
      .references(() => sources.id, { onDelete: "cascade" }),
    articleId: integer("article_id").references(() => articles.id, { onDelete: "set null" }),
    /** en | ru: the language the story was told in. */
    language: text("language").notNull(),
    /** Our own words for the seed; extractive (in the article's language) for ingested text. */
    summaryEn: text("summary_en"),
    summaryRu: text("summary_ru"),
    /** The day it is news for: the source's date, or the day it came in. */
    reportedOn: date("reported_on", { mode: "string" }).notNull(),
    /** seed | live, as for facts: digests report live briefings only. */
    origin: text("origin").notNull().default("live"),
    /** What full-text search reads, per language: title, summary, statements, names, policy changes. */
    searchEn: text("search_en").notNull().default(""),
    searchRu: text("search_ru").notNull().default(""),
    tsvEn: tsvector("tsv_en").generatedAlwaysAs(sql`to_tsvector('english'::regconfig, search_en)`),
    tsvRu: tsvector("tsv_ru").generatedAlwaysAs(sql`to_tsvector('russian'::regconfig, search_ru)`),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  // fastupdate off: new rows go straight into the index instead of a pending list that every
  // search scans until a vacuum (PGlite runs no autovacuum); briefings are written rarely.
  (t) => [
    index("briefings_tsv_en").using("gin", t.tsvEn).with({ fastupdate: false }),
    index("briefings_tsv_ru").using("gin", t.tsvRu).with({ fastupdate: false }),
    index("briefings_reported").on(t.reportedOn, t.id),
  ],
);

/** Who said what in a briefing. */
export const briefingStatements = pgTable(
  "briefing_statements",
  {
    id: serial("id").primaryKey(),
    briefingId: integer("briefing_id")
      .notNull()
      .references(() => briefings.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    speakerEntityId: integer("speaker_entity_id").references(() => entities.id),
    /** The speaker as named where no entity is known for them. */
    speaker: text("speaker").notNull(),
    roleEn: text("role_en"),
    roleRu: text("role_ru"),
    /** One sentence of what was said; ingested text has it in its own language only. */
    gistEn: text("gist_en"),
    gistRu: text("gist_ru"),
    /** The sentence of the ingested text the statement was read from. */
    quote: text("quote"),
  },
  (t) => [index("briefing_statements_briefing").on(t.briefingId, t.position)],
);

export const briefingEntities = pgTable(
  "briefing_entities",
  {
    briefingId: integer("briefing_id")
      .notNull()
      .references(() => briefings.id, { onDelete: "cascade" }),
    entityId: integer("entity_id")
      .notNull()
      .references(() => entities.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.briefingId, t.entityId] }),
    index("briefing_entities_entity").on(t.entityId),
  ],
);
