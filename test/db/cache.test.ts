// The knowledge cache answers from memory within its lifetime, also for reads that hand it a
// drizzle query as it is (a thenable that would run its statement again on every await).
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cached, invalidateKnowledge } from "../../db/cache.ts";
import { listPurposes } from "../../db/queries/localization.ts";
import { localizationPurposes } from "../../db/schema/index.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.destroy());

describe("knowledge cache", () => {
  it("runs a thenable load once however often it is awaited", async () => {
    let runs = 0;
    const thenable = {
      // biome-ignore lint/suspicious/noThenProperty: a stand-in for a drizzle query builder
      then(resolve: (v: number) => void) {
        runs++;
        resolve(runs);
      },
    } as unknown as Promise<number>;
    const db = {} as typeof database.db;
    const first = await cached(db, "k", () => thenable);
    const second = await cached(db, "k", () => thenable);
    expect([first, second, runs]).toEqual([1, 1, 1]);
  });

  it("keeps the purposes it read until the knowledge changes", async () => {
    const before = await listPurposes(database.db);
    expect(before.length).toBeGreaterThan(0);
    const key = before[0]?.key ?? "";
    const [row] = await database.db
      .select()
      .from(localizationPurposes)
      .where(eq(localizationPurposes.key, key));
    if (!row) throw new Error("purpose vanished");
    // Renamed behind the cache's back: the cached list still answers ...
    await database.db
      .update(localizationPurposes)
      .set({ nameEn: `${row.nameEn} (renamed)` })
      .where(eq(localizationPurposes.key, key));
    expect((await listPurposes(database.db)).find((p) => p.key === key)?.nameEn).toBe(row.nameEn);
    // ... until the write is announced.
    invalidateKnowledge(database.db);
    expect((await listPurposes(database.db)).find((p) => p.key === key)?.nameEn).toBe(
      `${row.nameEn} (renamed)`,
    );
    await database.db
      .update(localizationPurposes)
      .set({ nameEn: row.nameEn })
      .where(eq(localizationPurposes.key, key));
    invalidateKnowledge(database.db);
  });
});
