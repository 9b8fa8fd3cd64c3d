import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  index,
  integer,
  numeric,
  pgTable,
  serial,
  text,
  timestamp,
} from "drizzle-orm/pg-core";

/**
 * A chat that follows alerts (a user's private chat or a group whose admins set them), with what
 * its messages need: the language and the quiet hours in its own time zone.
 */
export const alertChats = pgTable("alert_chats", {
  chatId: bigint("chat_id", { mode: "number" }).primaryKey(),
  /** private | group | supergroup | channel: groups have a lower Telegram rate limit. */
  chatType: text("chat_type").notNull(),
  /** ru | en */
  lang: text("lang").notNull(),
  timeZone: text("time_zone").notNull().default("Europe/Moscow"),
  /** Local minutes after midnight; alerts that fall between them wait for the end. Null: none. */
  quietFrom: integer("quiet_from"),
  quietTo: integer("quiet_to"),
  /** False once Telegram said the chat is gone (blocked, kicked): nothing more is queued for it. */
  active: boolean("active").notNull().default(true),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * One thing a chat follows. Which columns matter depends on the kind:
 * price_level (series, direction above|below, level), price_change (series, direction up|down|any,
 * percent), price_new (series), policy (topic, jurisdiction and/or keyword; none: every change),
 * localization (purpose; none: every threshold and item), keyword (keyword: briefings, policy,
 * model scores that mention it).
 */
export const alertRules = pgTable(
  "alert_rules",
  {
    id: serial("id").primaryKey(),
    chatId: bigint("chat_id", { mode: "number" })
      .notNull()
      .references(() => alertChats.chatId, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    seriesKey: text("series_key"),
    direction: text("direction"),
    level: numeric("level", { precision: 16, scale: 2, mode: "number" }),
    percent: numeric("percent", { precision: 8, scale: 2, mode: "number" }),
    topic: text("topic"),
    jurisdiction: text("jurisdiction"),
    purpose: text("purpose"),
    /** Lower case, ё as е: compared with lower-cased text. */
    keyword: text("keyword"),
    /**
     * The keyword's stems (PostgreSQL `russian` configuration: Russian words by the Russian
     * stemmer, Latin ones by the English): the rule fires when a text's stems hold them all, so
     * "утильсбор" matches "утильсбора" and "Haval" matches "Haval's".
     */
    keywordLexemes: text("keyword_lexemes").array(),
    muted: boolean("muted").notNull().default(false),
    /** Who set it (a group's admin), for the audit of group rules. */
    createdBy: bigint("created_by", { mode: "number" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("alert_rules_chat").on(t.chatId),
    // A fact finds its rules by what it is about: a price by its series, a policy change by its
    // topic or country, the rest (keywords, any-policy, localization) by kind.
    index("alert_rules_series").on(t.seriesKey).where(sql`${t.seriesKey} is not null`),
    index("alert_rules_kind").on(t.kind, t.topic),
    index("alert_rules_lexemes").using("gin", t.keywordLexemes),
  ],
);
