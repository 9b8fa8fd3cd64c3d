import { lt, sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import { processedUpdates } from "../schema/index.ts";

/** Records an update id; false when it was already recorded (a second delivery). */
export async function claimUpdate(db: Db, updateId: number): Promise<boolean> {
  const rows = await db
    .insert(processedUpdates)
    .values({ updateId })
    .onConflictDoNothing()
    .returning({ id: processedUpdates.updateId });
  return rows.length > 0;
}

/** Forgets ids older than `before`; Telegram keeps undelivered updates for 24 hours. */
export async function forgetUpdates(db: Db, before: Date): Promise<void> {
  await db
    .delete(processedUpdates)
    .where(lt(processedUpdates.processedAt, sql`${before.toISOString()}::timestamptz`));
}
