// Knowledge-base reads (series, points, rules, policy, sources) change rarely and are read on
// almost every update, so they are kept in memory for 30 s per database handle. Code that
// writes the knowledge base calls `invalidateKnowledge`; other instances see a change within
// the 30 s. Cached values are shared: callers must not mutate them.
import { recordKnowledgeCache } from "../metrics.ts";
import type { Db } from "./client.ts";

export const KNOWLEDGE_TTL_MS = 30_000;
const MAX_ENTRIES = 5_000;
const stores = new WeakMap<object, Map<string, { at: number; value: Promise<unknown> }>>();

export function cached<T>(db: Db, key: string, load: () => Promise<T>): Promise<T> {
  let store = stores.get(db);
  if (!store) {
    store = new Map();
    stores.set(db, store);
  }
  const now = Date.now();
  const hit = store.get(key);
  if (hit && now - hit.at < KNOWLEDGE_TTL_MS) {
    recordKnowledgeCache(true);
    return hit.value as Promise<T>;
  }
  recordKnowledgeCache(false);
  // Promise.resolve takes a query builder's result once: a drizzle query is a thenable that runs
  // its statement again on every await, so keeping the builder would cache nothing.
  const value = Promise.resolve(load());
  if (store.size >= MAX_ENTRIES) store.clear();
  store.set(key, { at: now, value });
  // A failed read (database away) is not remembered.
  value.catch(() => store?.delete(key));
  return value;
}

export function invalidateKnowledge(db: Db): void {
  stores.delete(db);
}
