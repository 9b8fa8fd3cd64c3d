// The update claim every update takes when instances share a database: the first to insert wins,
// and the table skips the write-ahead log (a claim need not outlive a server crash).
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readStored, writeStored } from "../../db/queries/storage.ts";
import { beginUpdate, claimUpdate } from "../../db/queries/updates.ts";
import { createTestDatabase, type TestDatabase, testDriver } from "../support/database.ts";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase({ seed: false });
});
afterAll(() => database.destroy());

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  const result = await database.db.execute(query);
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

describe("update claims", () => {
  it("lets the first claim of an update id win, however often the prepared claim runs", async () => {
    expect(await claimUpdate(database.db, 9_000_001)).toBe(true);
    expect(await claimUpdate(database.db, 9_000_001)).toBe(false);
    expect(await claimUpdate(database.db, 9_000_002)).toBe(true);
  });

  it("keeps the claims in an unlogged table and nothing else", async () => {
    const tables = await rows<{ relname: string }>(
      sql`select relname from pg_class where relkind = 'r' and relpersistence = 'u' order by relname`,
    );
    expect(tables.map((t) => t.relname)).toEqual(["processed_updates"]);
  });

  it("writes and reads stored state through its prepared statements", async () => {
    await writeStored(database.db, "claims-test", { step: 1 });
    await writeStored(database.db, "claims-test", { step: 2, note: "ёж" });
    expect(await readStored(database.db, "claims-test")).toEqual({ step: 2, note: "ёж" });
    expect(await readStored(database.db, "claims-absent")).toBeUndefined();
  });
});

describe.runIf(testDriver === "postgres")("the update path's connection", () => {
  const backend = async (db: TestDatabase["db"]) => {
    const result = await db.execute(sql`select pg_backend_pid() as pid`);
    const list = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { pid: number }[];
    return list[0]?.pid;
  };

  it("is one backend of its own, whatever the pool has opened, and updates arriving together share it", async () => {
    // The pool opens several connections when queries overlap, and hands them out in turn.
    const pool = new Set(await Promise.all(Array.from({ length: 4 }, () => backend(database.db))));
    expect(pool.size).toBeGreaterThan(1);
    const own = await backend(database.updatesDb);
    expect(pool.has(own)).toBe(false);
    const together = await Promise.all(
      Array.from({ length: 6 }, (_, i) => beginUpdate(database.updatesDb, 9_100_000 + i, null, null)),
    );
    expect(together.every((s) => s.claimed)).toBe(true);
    for (let i = 0; i < 3; i++) expect(await backend(database.updatesDb)).toBe(own);
    expect(database.maxConnections).toBe(5); // the test pool's 4 and this one
  });
});
