import { desc, gt, lt, sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import { preparedPerDb } from "../prepared.ts";
import { processedUpdates } from "../schema/index.ts";

// Every update runs this claim when several instances share the database.
const claimStatement = preparedPerDb((db) =>
  db
    .insert(processedUpdates)
    .values({ updateId: sql.placeholder("id") })
    .onConflictDoNothing()
    .returning({ id: processedUpdates.updateId })
    .prepare("claim_update"),
);

/** Records an update id; false when it was already recorded (a second delivery). */
export async function claimUpdate(db: Db, updateId: number): Promise<boolean> {
  const rows = await claimStatement(db).execute({ id: updateId });
  return rows.length > 0;
}

/** Records many update ids in one statement; ids already recorded are left as they are. */
export async function recordUpdates(db: Db, updateIds: readonly number[]): Promise<void> {
  if (updateIds.length === 0) return;
  await db
    .insert(processedUpdates)
    .values(updateIds.map((updateId) => ({ updateId })))
    .onConflictDoNothing();
}

/** The newest recorded ids since a moment, at most `limit` of them. */
export async function recentUpdateIds(db: Db, since: Date, limit: number): Promise<number[]> {
  const rows = await db
    .select({ id: processedUpdates.updateId })
    .from(processedUpdates)
    .where(gt(processedUpdates.processedAt, sql`${since.toISOString()}::timestamptz`))
    .orderBy(desc(processedUpdates.processedAt))
    .limit(limit);
  return rows.map((r) => r.id);
}

/** Forgets ids older than `before`; Telegram keeps undelivered updates for 24 hours. */
export async function forgetUpdates(db: Db, before: Date): Promise<void> {
  await db
    .delete(processedUpdates)
    .where(lt(processedUpdates.processedAt, sql`${before.toISOString()}::timestamptz`));
}
