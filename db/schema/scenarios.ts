import { bigint, index, jsonb, pgTable, serial, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

/**
 * What-if localization scenarios, one row per calculation shown to a user. Rows without a name
 * are drafts behind a result card's buttons (old ones are pruned); named rows are saved by the user.
 */
export const whatifScenarios = pgTable(
  "whatif_scenarios",
  {
    id: serial("id").primaryKey(),
    userId: bigint("user_id", { mode: "number" }).notNull(),
    name: text("name"),
    /** Lower-cased name, so "Plan A" and "plan a" are one name for a user. */
    nameKey: text("name_key"),
    /** The inputs (purpose, category, year, operations, shares), validated by domain/ on read. */
    inputs: jsonb("inputs").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("whatif_scenarios_user_name").on(t.userId, t.nameKey),
    index("whatif_scenarios_user_created").on(t.userId, t.createdAt),
  ],
);
