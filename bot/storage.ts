import type { StorageAdapter } from "grammy";
import { LRUCache } from "lru-cache";
import type { Db } from "../db/client.ts";
import { deleteStored, readStored, writeStored } from "../db/queries/storage.ts";

export interface StorageOptions {
  /**
   * Only this process uses the database (embedded PGlite), so what it last read or wrote is
   * what the table holds: keep it in memory, including "nothing stored", and skip the reads.
   */
  exclusive?: boolean;
}

/** Keys kept in memory when exclusive; a forgotten key is read from the table again. */
const REMEMBERED = 20_000;
const ABSENT = "";

/**
 * grammY storage backed by the bot_storage table: conversation state (and sessions) survive a
 * restart and are shared by every bot process on one PostgreSQL. Keys are namespaced by `prefix`.
 */
export interface DatabaseStorage<T> extends StorageAdapter<T> {
  /**
   * Starts reading `key` now, so the read overlaps other queries of the update (the update_id
   * claim); the next `read` of it takes the answer. A write or delete in between cancels it.
   * Nothing to do when exclusive (memory answers).
   */
  prefetch(key: string): void;
  /** As `prefetch`, with the value read elsewhere (with the update's claim); a failed one is read again. */
  prime(key: string, value: Promise<unknown>): void;
}

/** A prefetched read not taken within this long is stale and read again. */
const PREFETCH_MS = 1_000;

export function databaseStorage<T>(db: Db, prefix: string, options: StorageOptions = {}): DatabaseStorage<T> {
  if (!options.exclusive) {
    const early = new Map<string, { at: number; value: Promise<unknown>; again: boolean }>();
    const keep = (key: string, value: Promise<unknown>, again: boolean) => {
      value.catch(() => {}); // the read that takes it sees the error, or reads again
      if (early.size > 1_000) early.clear();
      early.set(key, { at: performance.now(), value, again });
    };
    return {
      prefetch(key) {
        keep(key, readStored(db, prefix + key), false);
      },
      prime(key, value) {
        keep(key, value, true);
      },
      async read(key) {
        const got = early.get(key);
        if (got) {
          early.delete(key);
          if (performance.now() - got.at < PREFETCH_MS) {
            if (!got.again) return (await got.value) as T | undefined;
            const value = await got.value.then(
              (v) => ({ v }),
              () => null,
            );
            if (value) return value.v as T | undefined;
          }
        }
        return (await readStored(db, prefix + key)) as T | undefined;
      },
      write: (key, value) => {
        early.delete(key);
        return writeStored(db, prefix + key, value);
      },
      delete: (key) => {
        early.delete(key);
        return deleteStored(db, prefix + key);
      },
    };
  }
  // Values are kept as JSON text so a caller changing a value it read cannot change the copy here.
  const memory = new LRUCache<string, string>({ max: REMEMBERED });
  return {
    prefetch() {},
    prime() {},
    async read(key) {
      let text = memory.get(key);
      if (text === undefined) {
        const value = await readStored(db, prefix + key);
        text = value === undefined ? ABSENT : JSON.stringify(value);
        memory.set(key, text);
      }
      return text === ABSENT ? undefined : (JSON.parse(text) as T);
    },
    async write(key, value) {
      // The table first: if the write fails, memory must not claim otherwise.
      memory.delete(key);
      await writeStored(db, prefix + key, value);
      memory.set(key, JSON.stringify(value));
    },
    async delete(key) {
      memory.delete(key);
      await deleteStored(db, prefix + key);
      memory.set(key, ABSENT);
    },
  };
}
