import { eq, sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import { preparedPerDb } from "../prepared.ts";
import { botStorage } from "../schema/index.ts";

// Session and conversation state is read on every update and written on many.
const readStatement = preparedPerDb((db) =>
  db
    .select({ value: botStorage.value })
    .from(botStorage)
    .where(eq(botStorage.key, sql.placeholder("key")))
    .prepare("read_stored"),
);

const writeStatement = preparedPerDb((db) =>
  db
    .insert(botStorage)
    .values({ key: sql.placeholder("key"), value: sql.placeholder("value") })
    .onConflictDoUpdate({
      target: botStorage.key,
      set: { value: sql.placeholder("value"), updatedAt: sql`now()` },
    })
    .prepare("write_stored"),
);

export async function readStored(db: Db, key: string): Promise<unknown | undefined> {
  const [row] = await readStatement(db).execute({ key });
  return row?.value;
}

/** Insert or replace in one statement, so concurrent writers never see a missing row. */
export async function writeStored(db: Db, key: string, value: unknown): Promise<void> {
  await writeStatement(db).execute({ key, value });
}

export async function deleteStored(db: Db, key: string): Promise<void> {
  await db.delete(botStorage).where(eq(botStorage.key, key));
}
