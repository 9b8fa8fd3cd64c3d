import { bigint, integer, jsonb, pgTable, serial, text, timestamp } from "drizzle-orm/pg-core";
import { sources } from "./sources.ts";

/** Telegram users made admins with /admins add (besides ADMIN_IDS from the configuration). */
export const admins = pgTable("admins", {
  userId: bigint("user_id", { mode: "number" }).primaryKey(),
  addedBy: bigint("added_by", { mode: "number" }).notNull(),
  addedAt: timestamp("added_at", { withTimezone: true }).notNull().defaultNow(),
});

/** An ingested article; it is also a source, so approved facts cite it. */
export const articles = pgTable("articles", {
  id: serial("id").primaryKey(),
  sourceId: integer("source_id")
    .notNull()
    .references(() => sources.id),
  /** en | ru */
  language: text("language").notNull(),
  text: text("text").notNull(),
  summary: jsonb("summary").notNull(),
  createdBy: bigint("created_by", { mode: "number" }).notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** A fact proposed from an article, waiting for an admin (or decided). */
export const articleFacts = pgTable("article_facts", {
  id: serial("id").primaryKey(),
  articleId: integer("article_id")
    .notNull()
    .references(() => articles.id, { onDelete: "cascade" }),
  position: integer("position").notNull(),
  candidate: jsonb("candidate").notNull(),
  /** pending | approved | rejected | known (already in the knowledge base) */
  status: text("status").notNull().default("pending"),
  /** Why it needs a look: a contradiction with a stored fact, a missing series or period. */
  note: text("note"),
  decidedBy: bigint("decided_by", { mode: "number" }),
  decidedAt: timestamp("decided_at", { withTimezone: true }),
});

/** Every admin change: who, when, what it was before and after. */
export const auditLog = pgTable("audit_log", {
  id: serial("id").primaryKey(),
  actor: bigint("actor", { mode: "number" }).notNull(),
  action: text("action").notNull(),
  subject: text("subject").notNull(),
  before: jsonb("before"),
  after: jsonb("after"),
  at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
});
