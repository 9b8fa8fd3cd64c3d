// When one process owns the database (the embedded PGlite), conversation state, languages and
// update ids are kept in memory. These tests hold that mode to the same promises as the shared
// one: a repeated update is handled once, also after a restart; stored state is never reported
// written when the write failed; a value read cannot be changed behind the store's back.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseStorage } from "../../bot/storage.ts";
import { localClaims } from "../../bot/update-claims.ts";
import { recentUpdateIds } from "../../db/queries/updates.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { createHarness } from "../support/harness.ts";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.destroy());

const silent = { info() {}, warn() {}, error() {} };
const dayAgo = () => new Date(Date.now() - 24 * 3600_000);

describe("update ids kept in memory", () => {
  it("handles a repeated id once, writes the ids in a batch, and a restarted process still knows them", async () => {
    const claims = localClaims(database.db, silent);
    expect(await claims.claim(9_001)).toBe(true);
    expect(await claims.claim(9_002)).toBe(true);
    expect(await claims.claim(9_001)).toBe(false);
    // Not written yet: the batch goes out after a second, or at shutdown.
    expect(await recentUpdateIds(database.db, dayAgo(), 1000)).not.toContain(9_002);
    await claims.flush();
    expect(await recentUpdateIds(database.db, dayAgo(), 1000)).toEqual(
      expect.arrayContaining([9_001, 9_002]),
    );

    const restarted = localClaims(database.db, silent);
    expect(await restarted.claim(9_002)).toBe(false);
    expect(await restarted.claim(9_003)).toBe(true);
    await restarted.flush();
  });

  it("keeps ids it could not write and writes them at the next flush", async () => {
    const claims = localClaims(database.db, silent);
    expect(await claims.claim(9_100)).toBe(true);
    await database.db.execute(sql`alter table processed_updates rename to processed_updates_away`);
    try {
      await claims.flush();
      expect(await claims.claim(9_100)).toBe(false);
    } finally {
      await database.db.execute(sql`alter table processed_updates_away rename to processed_updates`);
    }
    await claims.flush();
    expect(await recentUpdateIds(database.db, dayAgo(), 1000)).toContain(9_100);
  });

  it("answers a message delivered twice once, through the whole bot", async () => {
    const bot = createHarness(database.db, { deps: { exclusiveDatabase: true }, dedupe: true });
    const calls = await bot.send("/price used", { id: 501 });
    expect(calls.filter((c) => c.method === "sendMessage")).toHaveLength(1);
    const again = await bot.resend();
    expect(again).toHaveLength(0);
  });
});

describe("stored state kept in memory", () => {
  it("reads what was written, including nothing, and a caller cannot change the kept copy", async () => {
    const store = databaseStorage<{ step: string; list: number[] }>(database.db, "t1:", { exclusive: true });
    expect(await store.read("a")).toBeUndefined();
    await store.write("a", { step: "year", list: [1] });
    const read = await store.read("a");
    expect(read).toEqual({ step: "year", list: [1] });
    read?.list.push(2);
    expect(await store.read("a")).toEqual({ step: "year", list: [1] });
    // The table holds the same, for the next start.
    const fresh = databaseStorage<{ step: string }>(database.db, "t1:");
    expect(await fresh.read("a")).toEqual({ step: "year", list: [1] });
    await store.delete("a");
    expect(await store.read("a")).toBeUndefined();
    expect(await fresh.read("a")).toBeUndefined();
  });

  it("never reports a failed write as written", async () => {
    const store = databaseStorage<{ step: string }>(database.db, "t2:", { exclusive: true });
    await store.write("b", { step: "purpose" });
    await database.db.execute(sql`alter table bot_storage rename to bot_storage_away`);
    try {
      await expect(store.write("b", { step: "year" })).rejects.toThrow();
    } finally {
      await database.db.execute(sql`alter table bot_storage_away rename to bot_storage`);
    }
    expect(await store.read("b")).toEqual({ step: "purpose" });
  });
});
