import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { invalidateKnowledge } from "../../db/cache.ts";
import { policyTopics } from "../../db/schema/index.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { createHarness } from "../support/harness.ts";
import { findInternalNames, internalNamesOf } from "../support/internal-names.ts";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.destroy());

describe("the check for internal names (run by the harness on every call)", () => {
  it("flags keys, codes and file names read from the database, and passes names", async () => {
    const names = await internalNamesOf(database.db);
    const flagged = (text: string) => findInternalNames(text, names);
    expect(flagged("Series: used-car-avg, new-car-avg")).toEqual(["used-car-avg", "new-car-avg"]);
    expect(flagged("Topics: cross_border, recycling_fee")).toEqual(
      expect.arrayContaining(["cross_border", "recycling_fee"]),
    );
    expect(flagged("Purposes: procurement, demand_support")).toEqual(["demand_support"]);
    expect(flagged("Countries: EE, RU").sort()).toEqual(["EE", "RU"]);
    expect(flagged("RIA Novosti (briefing 000_47d40e1316aa89b1)")).toHaveLength(1);
    expect(flagged("see 004_f9154d7ed7bf0e10.txt")).toEqual(expect.arrayContaining([".txt"]));
    expect(flagged("source kommersant-3984285")).toEqual(["kommersant-3984285"]);
    expect(flagged('<a href="https://www.kommersant.ru/amp/3984285">Kommersant</a>, RUB 1.63 mln')).toEqual(
      [],
    );
    expect(flagged("Used cars, Cross-border travel, Demand support, Estonia, Россия, /price used")).toEqual(
      [],
    );
    // What the user typed may be echoed back.
    expect(findInternalNames("I can't read “demand_support”", names, "/localization demand_support")).toEqual(
      [],
    );
  });

  it("fails a whole-bot test when a message shows a key, new keys included", async () => {
    const bot = createHarness(database.db);
    await bot.send("/help");
    await database.db
      .insert(policyTopics)
      .values({ key: "fuel_tax", nameEn: "fuel_tax", nameRu: "fuel_tax", aliases: [] });
    invalidateKnowledge(database.db);
    await expect(bot.send("/help")).rejects.toThrow(/internal names shown to users:\nsendMessage: fuel_tax/);
    await database.db
      .update(policyTopics)
      .set({ nameEn: "Fuel tax", nameRu: "Топливный налог" })
      .where(eq(policyTopics.key, "fuel_tax"));
    invalidateKnowledge(database.db);
    await bot.send("/help");
  });
});
