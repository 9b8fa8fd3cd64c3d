// A user's chosen language, kept in the database and cached in memory: every update needs it.
// With several instances each update's claim reads it too (`prime`), and otherwise the cache lasts
// a minute so other instances' changes show up; when this process owns the database nobody else
// changes it, and the cache does not expire.
import { LRUCache } from "lru-cache";
import type { Db } from "../db/client.ts";
import { updateSubscriber } from "../db/queries/digests.ts";
import { readUserLang, writeUserLang } from "../db/queries/users.ts";

export type Lang = "en" | "ru";
const TTL_MS = 60_000;
const MAX = 50_000;

export class LanguagePreferences {
  private readonly cache: LRUCache<number, { lang: Lang | null }>;
  constructor(
    private readonly db: Db,
    options: { exclusive?: boolean } = {},
  ) {
    this.cache = new LRUCache({ max: MAX, ...(options.exclusive ? {} : { ttl: TTL_MS }) });
  }

  /** Reads in flight, so a prefetch and the read that follows it make one query. */
  private readonly reading = new Map<number, Promise<Lang | null>>();

  async get(userId: number): Promise<Lang | null> {
    const hit = this.cache.get(userId);
    if (hit) return hit.lang;
    let pending = this.reading.get(userId);
    if (!pending) {
      pending = this.read(userId).finally(() => this.reading.delete(userId));
      this.reading.set(userId, pending);
    }
    return pending;
  }

  /**
   * Takes the user's stored language read elsewhere (with the update's claim, in one round trip);
   * the next `get` answers from it. It replaces what the cache held, so a choice made on another
   * instance counts from the next update rather than when the cache expires.
   */
  prime(userId: number, stored: Promise<string | null>): void {
    if (this.reading.has(userId)) return;
    this.cache.delete(userId);
    const pending = this.read(userId, stored).finally(() => this.reading.delete(userId));
    this.reading.set(userId, pending);
  }

  private async read(userId: number, early?: Promise<string | null>): Promise<Lang | null> {
    let stored: string | null;
    try {
      stored = await (early ?? readUserLang(this.db, userId));
    } catch {
      // The language is a nicety: with the database away, answer (or apologise) in the app's language.
      return null;
    }
    const lang = stored === "en" || stored === "ru" ? stored : null;
    this.cache.set(userId, { lang });
    return lang;
  }

  /** Stores the choice; a private chat's digest subscription follows it. */
  async set(userId: number, lang: Lang): Promise<void> {
    await writeUserLang(this.db, userId, lang);
    await updateSubscriber(this.db, userId, { lang });
    this.cache.set(userId, { lang });
  }
}
