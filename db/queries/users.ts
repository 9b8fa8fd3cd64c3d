import { eq, sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import { userSettings } from "../schema/index.ts";

export async function readUserLang(db: Db, userId: number): Promise<string | null> {
  const [row] = await db
    .select({ lang: userSettings.lang })
    .from(userSettings)
    .where(eq(userSettings.userId, userId));
  return row?.lang ?? null;
}

export async function writeUserLang(db: Db, userId: number, lang: string): Promise<void> {
  await db
    .insert(userSettings)
    .values({ userId, lang })
    .onConflictDoUpdate({ target: userSettings.userId, set: { lang, updatedAt: sql`now()` } });
}
