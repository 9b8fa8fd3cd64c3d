// Opening the database from a command-line tool: a data directory in use by another process (or a
// database that cannot be opened) is one clear line on stderr and exit code 1, not a stack trace.
import type { Config } from "../config.ts";
import { openDatabase } from "../db/client.ts";
import { DataDirLockedError } from "../db/data-dir-lock.ts";
import { openReadyDatabase } from "../db/setup.ts";

function fail(err: unknown): never {
  process.stderr.write(
    `${err instanceof DataDirLockedError ? err.message : `Cannot open the database: ${(err as Error).message}`}\n`,
  );
  process.exit(1);
}

/** Migrated and seeded. */
export async function openReadyOrExit(config: Config) {
  try {
    return await openReadyDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  } catch (err) {
    fail(err);
  }
}

/** As it is (the import migrates what it needs itself). */
export async function openOrExit(config: Config) {
  try {
    return await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  } catch (err) {
    fail(err);
  }
}
