// Each update id is handled once, even when Telegram delivers it again (a webhook answered too
// late, a restart) or a load balancer hands it to two instances.
import { LRUCache } from "lru-cache";
import type { Db } from "../db/client.ts";
import {
  beginUpdate,
  claimUpdate,
  recentUpdateIds,
  recordUpdates,
  type UpdateStart,
} from "../db/queries/updates.ts";
import type { Logger } from "./context.ts";

export interface UpdateClaims {
  /** True for the first delivery of this id; if it cannot be told, true (better twice than never). */
  claim(updateId: number): Promise<boolean>;
  /**
   * On a shared database: the claim together with the update's first reads (the user's language,
   * the dialogue state under `stateKey`) in one round trip. Reads are null when they could not be
   * made; the claim is then true, as for `claim`.
   */
  claimAndRead?(
    updateId: number,
    userId: number | null,
    stateKey: string | null,
  ): Promise<{ claimed: boolean; reads: UpdateStart | null }>;
  /** Writes claims still held in memory (before shutdown). */
  flush(): Promise<void>;
}

/** Telegram keeps an undelivered update for a day; older ids cannot come again. */
const DAY_MS = 24 * 3600_000;
const REMEMBERED = 200_000;
const FLUSH_MS = 1_000;
const FLUSH_BATCH = 1_000;

/** The claims that fit the database: in memory when this process owns it, else in the table. */
export function claimsFor(db: Db, logger: Logger, exclusiveDatabase: boolean | undefined): UpdateClaims {
  return exclusiveDatabase ? localClaims(db, logger) : sharedClaims(db, logger);
}

/**
 * Several instances on one PostgreSQL: the claim is a row in processed_updates, inserted before
 * the update is handled, so exactly one instance wins it.
 */
export function sharedClaims(db: Db, logger: Logger): UpdateClaims {
  return {
    async claim(updateId) {
      try {
        return await claimUpdate(db, updateId);
      } catch (err) {
        logger.warn({ updateId, err: (err as Error).message }, "cannot check for a repeated update");
        return true;
      }
    },
    async claimAndRead(updateId, userId, stateKey) {
      try {
        const reads = await beginUpdate(db, updateId, userId, stateKey);
        return { claimed: reads.claimed, reads };
      } catch (err) {
        logger.warn({ updateId, err: (err as Error).message }, "cannot check for a repeated update");
        return { claimed: true, reads: null };
      }
    },
    flush: async () => {},
  };
}

/**
 * One process owns the database (the embedded PGlite locks its data directory), so its memory
 * knows every claim: the check costs no query. Claims are written in batches so a restart still
 * knows the last day's ids; only those claimed in the last second before a crash can be handled
 * twice.
 */
export function localClaims(db: Db, logger: Logger, now: () => Date = () => new Date()): UpdateClaims {
  const seen = new LRUCache<number, true>({ max: REMEMBERED });
  let pending: number[] = [];
  let timer: NodeJS.Timeout | undefined;
  let loaded: Promise<void> | undefined;

  const load = async () => {
    try {
      const ids = await recentUpdateIds(db, new Date(now().getTime() - DAY_MS), REMEMBERED);
      for (const id of ids.reverse()) seen.set(id, true);
    } catch (err) {
      logger.warn({ err: (err as Error).message }, "cannot read recent update ids");
    }
  };
  const flush = async () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    const batch = pending;
    pending = [];
    try {
      await recordUpdates(db, batch);
    } catch (err) {
      // Kept for the next flush; memory still answers for them meanwhile.
      logger.warn({ count: batch.length, err: (err as Error).message }, "cannot record update ids");
      pending = batch.concat(pending).slice(-REMEMBERED);
    }
  };

  return {
    async claim(updateId) {
      loaded ??= load();
      await loaded;
      if (seen.has(updateId)) return false;
      seen.set(updateId, true);
      pending.push(updateId);
      if (pending.length >= FLUSH_BATCH) void flush();
      else if (!timer) {
        timer = setTimeout(() => void flush(), FLUSH_MS);
        timer.unref();
      }
      return true;
    },
    async flush() {
      if (pending.length > 0) await flush();
    },
  };
}
