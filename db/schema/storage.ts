import { jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Key-value state the bot keeps between updates: conversation (dialogue) state and sessions.
 * Living in the database, it survives restarts and is shared by every bot process.
 */
export const botStorage = pgTable("bot_storage", {
  key: text("key").primaryKey(),
  value: jsonb("value").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
