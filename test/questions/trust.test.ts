// The trust set through the whole bot: right figures or an honest "not known", never another
// question's figure. Prints the accuracy; it must be 100 %.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { createHarness, type Harness } from "../support/harness.ts";
import { expectTelegramHtml } from "../support/html.ts";
import { TRUST_CASES } from "./trust-set.ts";

let database: TestDatabase;
let bot: Harness;
beforeAll(async () => {
  database = await createTestDatabase();
  bot = createHarness(database.db, { now: () => new Date("2026-11-21T09:00:00Z") });
});
afterAll(() => database.destroy());

describe("answering the question that was asked", () => {
  it("has cases in both languages", () => {
    expect(TRUST_CASES.filter((c) => c.lang === "ru").length).toBeGreaterThanOrEqual(20);
    expect(TRUST_CASES.filter((c) => c.lang === "en").length).toBeGreaterThanOrEqual(18);
  });

  it("answers every case with its figures and none of another question's", async () => {
    const failures: string[] = [];
    let user = 83_000;
    for (const c of TRUST_CASES) {
      const calls = await bot.send(c.q, { id: user++, languageCode: c.lang });
      const texts = bot.texts(calls);
      for (const t of texts) expectTelegramHtml(t);
      const text = texts.join("\n").replace(/\u00a0/g, " ");
      const missing = c.shows.filter((s) => !text.includes(s));
      const wrong = (c.hides ?? []).filter((s) => text.includes(s));
      if (text.trim() === "" || missing.length || wrong.length) {
        failures.push(
          `${c.q}\n   missing: ${JSON.stringify(missing)} wrong: ${JSON.stringify(wrong)}\n   answer: ${text.slice(0, 300).replace(/\n/g, " | ")}`,
        );
      }
    }
    const ok = TRUST_CASES.length - failures.length;
    console.log(`trust set: ${ok}/${TRUST_CASES.length} = ${((ok / TRUST_CASES.length) * 100).toFixed(1)} %`);
    if (failures.length) console.log(failures.join("\n"));
    expect(failures).toEqual([]);
  }, 120_000);
});
