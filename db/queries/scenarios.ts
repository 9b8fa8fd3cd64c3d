import { and, desc, eq, gt, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import { preparedPerDb } from "../prepared.ts";
import { whatifScenarios } from "../schema/index.ts";

export type ScenarioRow = typeof whatifScenarios.$inferSelect;

// Every what-if card's button tap reads its scenario, and every card stores one: both are built once.
const findStatement = preparedPerDb((db) =>
  db
    .select()
    .from(whatifScenarios)
    .where(
      and(
        eq(whatifScenarios.id, sql.placeholder("id")),
        eq(whatifScenarios.userId, sql.placeholder("userId")),
      ),
    )
    .prepare("find_scenario"),
);

const insertDraftStatement = preparedPerDb((db) =>
  db
    .insert(whatifScenarios)
    .values({ userId: sql.placeholder("userId"), inputs: sql.placeholder("inputs") })
    .returning({ id: whatifScenarios.id })
    .prepare("insert_draft"),
);

export async function findScenario(db: Db, userId: number, id: number): Promise<ScenarioRow | undefined> {
  const [row] = await findStatement(db).execute({ id, userId });
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

/** Stores a new unnamed row (a draft: the card's buttons refer to it) and returns its id. */
export async function insertDraft(db: Db, userId: number, inputs: unknown): Promise<number> {
  const [row] = await insertDraftStatement(db).execute({ userId, inputs });
  if (!row) throw new Error("insert returned no row");
  return row.id;
}

/**
 * Drops every user's unnamed rows beyond their newest `keep`, in one statement. Run now and
 * then rather than after each draft: a draft is made with every what-if answer, and the
 * pruning cost more than the insert.
 */
export async function pruneDrafts(db: Db, keep: number): Promise<number> {
  const ranked = db
    .select({
      id: whatifScenarios.id,
      rank: sql<number>`row_number() over (partition by ${whatifScenarios.userId} order by ${whatifScenarios.id} desc)`.as(
        "rank",
      ),
    })
    .from(whatifScenarios)
    .where(isNull(whatifScenarios.name))
    .as("ranked");
  const older = db.select({ id: ranked.id }).from(ranked).where(gt(ranked.rank, keep));
  const gone = await db
    .delete(whatifScenarios)
    .where(and(isNull(whatifScenarios.name), inArray(whatifScenarios.id, older)))
    .returning({ id: whatifScenarios.id });
  return gone.length;
}
