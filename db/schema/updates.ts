import { bigint, pgTable, timestamp } from "drizzle-orm/pg-core";

/**
 * Update ids already handled. Telegram re-delivers a webhook update it got no answer for, and
 * behind a load balancer the second delivery may reach another instance: the first to insert wins.
 * The table is unlogged (migration 0014): a claim need not survive a server crash.
 */
export const processedUpdates = pgTable("processed_updates", {
  updateId: bigint("update_id", { mode: "number" }).primaryKey(),
  processedAt: timestamp("processed_at", { withTimezone: true }).notNull().defaultNow(),
});
