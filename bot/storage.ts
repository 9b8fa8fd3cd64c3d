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
export function databaseStorage<T>(db: Db, prefix: string, options: StorageOptions = {}): StorageAdapter<T> {
  if (!options.exclusive) {
    return {
      read: async (key) => (await readStored(db, prefix + key)) as T | undefined,
      write: (key, value) => writeStored(db, prefix + key, value),
      delete: (key) => deleteStored(db, prefix + key),
    };
  }
  // Values are kept as JSON text so a caller changing a value it read cannot change the copy here.
  const memory = new LRUCache<string, string>({ max: REMEMBERED });
  return {
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
