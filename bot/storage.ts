import type { StorageAdapter } from "grammy";
import type { Db } from "../db/client.ts";
import { deleteStored, readStored, writeStored } from "../db/queries/storage.ts";

/**
 * grammY storage backed by the bot_storage table: conversation state (and sessions) survive a
 * restart and are shared by every bot process on one PostgreSQL. Keys are namespaced by `prefix`.
 */
export function databaseStorage<T>(db: Db, prefix: string): StorageAdapter<T> {
  return {
    read: async (key) => (await readStored(db, prefix + key)) as T | undefined,
    write: (key, value) => writeStored(db, prefix + key, value),
    delete: (key) => deleteStored(db, prefix + key),
  };
}
