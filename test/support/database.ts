// A fresh, migrated and seeded database per test file: PGlite by default, or a new database on
// the PostgreSQL server at TEST_DATABASE_URL (so the same suites run on both).
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import postgres from "postgres";
import { inject } from "vitest";
import { type Database, openPostgres, wrapPglite } from "../../db/client.ts";
import { loadSeed } from "../../db/seed/load.ts";

export const testDriver: "pglite" | "postgres" = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";

export interface TestDatabase extends Database {
  /** The connection string, on PostgreSQL (for child processes). */
  url?: string;
  /** Drops everything this database holds (PostgreSQL) or frees the PGlite instance. */
  destroy(): Promise<void>;
}

export async function createTestDatabase(options: { seed?: boolean } = {}): Promise<TestDatabase> {
  const seed = options.seed ?? true;
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const name = `briefing_test_${randomBytes(6).toString("hex")}`;
    const admin = postgres(url, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    const target = new URL(url);
    target.pathname = `/${name}`;
    const database = openPostgres(target.href, 4);
    await database.migrate();
    if (seed) await loadSeed(database.db);
    return {
      ...database,
      url: target.href,
      destroy: async () => {
        await database.close();
        await admin.unsafe(`drop database if exists ${name} with (force)`);
        await admin.end();
      },
    };
  }
  if (!seed) {
    const client = await PGlite.create();
    const database = wrapPglite(client);
    await database.migrate();
    return { ...database, destroy: () => client.close() };
  }
  const image = new Blob([readFileSync(inject("pgliteImage"))]);
  const client = await PGlite.create({ loadDataDir: image });
  const database = wrapPglite(client);
  return { ...database, destroy: () => client.close() };
}
