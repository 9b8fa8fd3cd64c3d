import { eq, sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import { preparedPerDb } from "../prepared.ts";
import { userSettings } from "../schema/index.ts";

// Read for every update of a user whose language the session does not hold yet.
const langStatement = preparedPerDb((db) =>
  db
    .select({ lang: userSettings.lang })
    .from(userSettings)
    .where(eq(userSettings.userId, sql.placeholder("id")))
    .prepare("read_user_lang"),
);

export async function readUserLang(db: Db, userId: number): Promise<string | null> {
  const [row] = await langStatement(db).execute({ id: userId });
  return row?.lang ?? null;
}

export async function writeUserLang(db: Db, userId: number, lang: string): Promise<void> {
  await db
    .insert(userSettings)
    .values({ userId, lang })
    .onConflictDoUpdate({ target: userSettings.userId, set: { lang, updatedAt: sql`now()` } });
}
