import { eq, sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import { botStorage } from "../schema/index.ts";

export async function readStored(db: Db, key: string): Promise<unknown | undefined> {
  const [row] = await db.select({ value: botStorage.value }).from(botStorage).where(eq(botStorage.key, key));
  return row?.value;
}

/** Insert or replace in one statement, so concurrent writers never see a missing row. */
export async function writeStored(db: Db, key: string, value: unknown): Promise<void> {
  await db
    .insert(botStorage)
    .values({ key, value })
    .onConflictDoUpdate({ target: botStorage.key, set: { value, updatedAt: sql`now()` } });
}

export async function deleteStored(db: Db, key: string): Promise<void> {
  await db.delete(botStorage).where(eq(botStorage.key, key));
}
