import { bigint, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** What a user chose for themselves, e.g. the language (/language) over Telegram's default. */
export const userSettings = pgTable("user_settings", {
  userId: bigint("user_id", { mode: "number" }).primaryKey(),
  /** ru | en */
  lang: text("lang"),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
