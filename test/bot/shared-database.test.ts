// Several instances on one database, as on PostgreSQL in production: each update is claimed with
// its user's language and dialogue state read in the same statement. A dialogue moves between
// instances, a language chosen on one counts on the other from the next update, and an update
// delivered to both is answered once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callbackUpdate, textUpdate } from "../../bot/local-updates.ts";
import { writeStored } from "../../db/queries/storage.ts";
import { beginUpdate } from "../../db/queries/updates.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { createHarness, type Harness } from "../support/harness.ts";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.destroy());

/** An instance as npm start runs one on PostgreSQL: shared database, every update_id claimed. */
const instance = (): Harness =>
  createHarness(database.db, { deps: { exclusiveDatabase: false }, dedupe: true });
const text = (bot: Harness, calls: Awaited<ReturnType<Harness["send"]>>) => bot.texts(calls).join("\n");

/** Presses, on `bot`, a button with that label from a message any of the instances sent. */
async function press(bot: Harness, others: Harness[], label: string, user: { id: number }) {
  const data = [bot, ...others]
    .flatMap((h) => h.calls.flatMap((c) => h.buttons(c)))
    .reverse()
    .find((b) => b.text === label)?.data;
  if (!data) throw new Error(`no button ${label}`);
  const before = bot.calls.length;
  await bot.handle(callbackUpdate(user, data, { message_id: 1 }));
  return bot.calls.slice(before);
}

describe("the claim and the first reads in one statement", () => {
  it("claims an id once and reads the language and the stored value with it", async () => {
    await writeStored(database.db, "conversation:5:5", { step: "year", list: [1, 2] });
    const first = await beginUpdate(database.db, 77_000_001, 5, "conversation:5:5");
    expect(first).toEqual({ claimed: true, lang: null, state: { step: "year", list: [1, 2] } });
    const again = await beginUpdate(database.db, 77_000_001, null, null);
    expect(again).toEqual({ claimed: false, lang: null, state: undefined });
  });
});

describe("two instances sharing the database", () => {
  it("carries a what-if dialogue from one instance to the other at every step", async () => {
    const a = instance();
    const b = instance();
    const user = { id: 62_001, languageCode: "en" };
    await a.send("/whatif", user);
    await press(b, [a], "Public procurement, passenger cars", user);
    await press(a, [b], "2023", user);
    await press(b, [a], "▫️ Body welding · 400", user);
    await press(a, [b], "▫️ Body painting · 500", user);
    await press(b, [a], "✔ Done", user);
    expect(text(a, await a.send("2.5", user))).toContain("Licences to assemble foreign vehicles");
    const result = text(b, await b.send("0.5", user));
    expect(result).toContain("Public procurement, passenger cars · 2023");
    expect(result).toContain("Score: 2,100 points");
  });

  it("answers in a language chosen on the other instance from the next update on", async () => {
    const a = instance();
    const b = instance();
    const user = { id: 62_002, languageCode: "en" };
    expect(text(b, await b.send("/start", user))).toContain("Russian auto industry briefings");
    await a.send("/language", user);
    await press(a, [], "🇷🇺 Русский", user);
    expect(text(b, await b.send("/start", user))).toContain("Брифинги по автопрому");
    await b.send("/language", user);
    await press(b, [], "🇬🇧 English", user);
    expect(text(a, await a.send("/start", user))).toContain("Russian auto industry briefings");
  });

  it("answers an update delivered to both instances once", async () => {
    const a = instance();
    const b = instance();
    const user = { id: 62_003, languageCode: "en" };
    const update = textUpdate(user, "/help");
    const sent = (bot: Harness) => bot.calls.filter((c) => c.method === "sendMessage").length;
    await a.handle(update);
    // The same update (same update_id) handed to the other instance too, as a load balancer might.
    await b.handle(update);
    expect(sent(a) + sent(b)).toBe(1);
  });
});
