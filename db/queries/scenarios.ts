import { and, desc, eq, isNotNull, isNull, notInArray, sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import { whatifScenarios } from "../schema/index.ts";

export type ScenarioRow = typeof whatifScenarios.$inferSelect;

export async function insertScenario(db: Db, userId: number, inputs: unknown): Promise<ScenarioRow> {
  const [row] = await db.insert(whatifScenarios).values({ userId, inputs }).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}

export async function findScenario(db: Db, userId: number, id: number): Promise<ScenarioRow | undefined> {
  const [row] = await db
    .select()
    .from(whatifScenarios)
    .where(and(eq(whatifScenarios.id, id), eq(whatifScenarios.userId, userId)));
  return row;
}

export async function findScenarioByName(
  db: Db,
  userId: number,
  nameKey: string,
): Promise<ScenarioRow | undefined> {
  const [row] = await db
    .select()
    .from(whatifScenarios)
    .where(and(eq(whatifScenarios.userId, userId), eq(whatifScenarios.nameKey, nameKey)));
  return row;
}

export function listNamedScenarios(db: Db, userId: number): Promise<ScenarioRow[]> {
  return db
    .select()
    .from(whatifScenarios)
    .where(and(eq(whatifScenarios.userId, userId), isNotNull(whatifScenarios.name)))
    .orderBy(desc(whatifScenarios.updatedAt), desc(whatifScenarios.id));
}

/** Names a row; the unique (user, name key) index rejects a second row with the same name. */
export async function nameScenario(
  db: Db,
  userId: number,
  id: number,
  name: string,
  nameKey: string,
): Promise<ScenarioRow | undefined> {
  const [row] = await db
    .update(whatifScenarios)
    .set({ name, nameKey, updatedAt: sql`now()` })
    .where(and(eq(whatifScenarios.id, id), eq(whatifScenarios.userId, userId)))
    .returning();
  return row;
}

/** Gives a row a name held by another row of the user, in one transaction so no name is lost midway. */
export async function replaceNamedScenario(
  db: Db,
  userId: number,
  id: number,
  name: string,
  nameKey: string,
): Promise<ScenarioRow | undefined> {
  return db.transaction(async (tx) => {
    await tx
      .delete(whatifScenarios)
      .where(
        and(
          eq(whatifScenarios.userId, userId),
          eq(whatifScenarios.nameKey, nameKey),
          sql`${whatifScenarios.id} <> ${id}`,
        ),
      );
    const [row] = await tx
      .update(whatifScenarios)
      .set({ name, nameKey, updatedAt: sql`now()` })
      .where(and(eq(whatifScenarios.id, id), eq(whatifScenarios.userId, userId)))
      .returning();
    return row;
  });
}

export async function deleteScenario(db: Db, userId: number, id: number): Promise<boolean> {
  const rows = await db
    .delete(whatifScenarios)
    .where(and(eq(whatifScenarios.id, id), eq(whatifScenarios.userId, userId)))
    .returning({ id: whatifScenarios.id });
  return rows.length > 0;
}

/** Keeps a user's newest `keep` unnamed rows (the cards they may still press) and drops older ones. */
export async function pruneDrafts(db: Db, userId: number, keep: number): Promise<void> {
  const recent = db
    .select({ id: whatifScenarios.id })
    .from(whatifScenarios)
    .where(and(eq(whatifScenarios.userId, userId), isNull(whatifScenarios.name)))
    .orderBy(desc(whatifScenarios.id))
    .limit(keep);
  await db
    .delete(whatifScenarios)
    .where(
      and(
        eq(whatifScenarios.userId, userId),
        isNull(whatifScenarios.name),
        notInArray(whatifScenarios.id, recent),
      ),
    );
}
