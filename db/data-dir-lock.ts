import { mkdirSync } from "node:fs";
import path from "node:path";
import lockfile from "proper-lockfile";

export class DataDirLockedError extends Error {
  constructor(readonly dataDir: string) {
    super(
      `The embedded database in DATA_DIR=${dataDir} is already used by another process. ` +
        "Stop that process, or point DATA_DIR at another directory, or set DATABASE_URL to use PostgreSQL.",
    );
    this.name = "DataDirLockedError";
  }
}

/**
 * PGlite has no lock of its own: two processes on one data directory silently lose writes.
 * proper-lockfile keeps a lock directory fresh while we run, so a crashed process's lock goes
 * stale (after `staleMs`) instead of blocking the directory forever. Opening PGlite compiles its
 * WebAssembly and can hold the event loop for many seconds on a busy machine, so the lock is
 * refreshed every 5 s but counts as stale only after 30 s: a live process never loses it to a
 * second opener, and a crashed one frees the directory half a minute later.
 */
export async function lockDataDir(
  dataDir: string,
  onCompromised: (err: Error) => void,
  staleMs = 30_000,
): Promise<() => Promise<void>> {
  mkdirSync(dataDir, { recursive: true });
  const target = path.join(dataDir, "pglite");
  try {
    return await lockfile.lock(target, {
      realpath: false,
      lockfilePath: `${target}.lock`,
      stale: staleMs,
      update: Math.min(5_000, Math.floor(staleMs / 2)),
      retries: 0,
      onCompromised,
    });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ELOCKED") throw new DataDirLockedError(dataDir);
    throw err;
  }
}
