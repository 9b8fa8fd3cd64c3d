import { and, desc, eq, isNotNull, isNull, notInArray, sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import { whatifScenarios } from "../schema/index.ts";

export type ScenarioRow = typeof whatifScenarios.$inferSelect;

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

/**
 * Stores a new unnamed row and drops the user's unnamed rows beyond the newest `keep`, in one
 * statement: every what-if answer makes a draft, so this is on the path of each of them.
 */
export async function insertDraft(
  db: Db,
  userId: number,
  inputs: unknown,
  keep: number,
): Promise<ScenarioRow> {
  // The delete sees the rows as they were before the insert, so it keeps keep - 1 older ones.
  const older = db
    .select({ id: whatifScenarios.id })
    .from(whatifScenarios)
    .where(and(eq(whatifScenarios.userId, userId), isNull(whatifScenarios.name)))
    .orderBy(desc(whatifScenarios.id))
    .limit(Math.max(0, keep - 1));
  const pruned = db.$with("pruned").as(
    db
      .delete(whatifScenarios)
      .where(
        and(
          eq(whatifScenarios.userId, userId),
          isNull(whatifScenarios.name),
          notInArray(whatifScenarios.id, older),
        ),
      )
      .returning({ id: whatifScenarios.id }),
  );
  const [row] = await db.with(pruned).insert(whatifScenarios).values({ userId, inputs }).returning();
  if (!row) throw new Error("insert returned no row");
  return row;
}
