import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { lockDataDir } from "./data-dir-lock.ts";
import * as schema from "./schema/index.ts";

export type Schema = typeof schema;
/** The database handle the domain works with; the same type for PGlite and PostgreSQL. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

// Both this file (db/) and the bundles `npm run build` writes (dist/) sit one level below the
// project root, so the folder is found from either.
export const migrationsFolder = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  "..",
  "db",
  "migrations",
);

/**
 * The embedded database runs inside this process, so its buffers are our memory. PostgreSQL's
 * 128 MB of shared buffers kept the process near 340 MB before any update; 8 MB is plenty for
 * the indexed lookups the bot does (the benchmark's million price points included) and leaves
 * it near 210 MB. Deployments with much more data belong on PostgreSQL (DATABASE_URL).
 */
export const EMBEDDED_SETTINGS = ["shared_buffers=8MB"];

export interface Database {
  db: Db;
  /**
   * The handle for the statement every update begins with (its claim and first reads). On
   * PostgreSQL it is a connection of its own: a pool hands its connections out in turn, so with
   * ten open each update met a backend idle for ten updates, and the round trip took about twice
   * as long as on a backend used a moment ago. Updates arriving together share it by pipelining.
   */
  updatesDb: Db;
  driver: "pglite" | "postgres";
  /** Connections this handle may hold open (the embedded database is one). */
  maxConnections: number;
  /** Applies committed migrations; safe to call on every start. */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** PostgreSQL connection string; when absent the embedded PGlite under dataDir is used. */
  databaseUrl?: string;
  dataDir: string;
  /** Max connections in the postgres.js pool. */
  poolSize?: number;
  onLockCompromised?: (err: Error) => void;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.poolSize ?? 10);
  const release = await lockDataDir(options.dataDir, options.onLockCompromised ?? (() => {}));
  try {
    const dir = path.join(options.dataDir, "pglite");
    mkdirSync(dir, { recursive: true });
    const client = await PGlite.create(dir, { postgresqlconf: EMBEDDED_SETTINGS });
    return wrapPglite(client, async () => {
      await client.close();
      await release();
    });
  } catch (err) {
    await release();
    throw err;
  }
}

const CONNECT_TIMEOUT_S = 10;

export function openPostgres(url: string, poolSize = 10): Database {
  // Notices (e.g. "relation already exists, skipping" from migrations) are not errors.
  // A user waits on every update: when the server cannot be reached, say so within seconds rather
  // than after the driver's default 30 s (the bot answers "temporarily unavailable" and recovers).
  const settings = { onnotice: () => {}, connect_timeout: CONNECT_TIMEOUT_S };
  const client = postgres(url, { ...settings, max: poolSize });
  const updates = postgres(url, { ...settings, max: 1 });
  const db = drizzlePostgres(client, { schema });
  return {
    db: db as unknown as Db,
    updatesDb: drizzlePostgres(updates, { schema }) as unknown as Db,
    driver: "postgres",
    maxConnections: poolSize + 1,
    migrate: () => migratePostgres(db, { migrationsFolder }),
    close: async () => {
      await Promise.all([client.end({ timeout: 5 }), updates.end({ timeout: 5 })]);
    },
  };
}

/** Wraps an already-open PGlite (a data dir, in-memory, or a clone in tests). */
export function wrapPglite(client: PGlite, close: () => Promise<void> = () => client.close()): Database {
  const db = drizzlePglite(client, { schema });
  return {
    db: db as unknown as Db,
    updatesDb: db as unknown as Db,
    driver: "pglite",
    maxConnections: 1,
    migrate: () => migratePglite(db, { migrationsFolder }),
    close,
  };
}
