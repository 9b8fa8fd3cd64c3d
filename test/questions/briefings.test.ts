// The briefing question set through the whole bot; it must be 100 %.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { createHarness, type Harness } from "../support/harness.ts";
import { expectTelegramHtml } from "../support/html.ts";
import { BRIEFING_CASES } from "./briefing-set.ts";

let database: TestDatabase;
let bot: Harness;
beforeAll(async () => {
  database = await createTestDatabase();
  bot = createHarness(database.db, { now: () => new Date("2026-11-21T09:00:00Z") });
});
afterAll(() => database.destroy());

describe("questions about briefings", () => {
  it("has at least 40 questions, half of them Russian", () => {
    expect(BRIEFING_CASES.length).toBeGreaterThanOrEqual(40);
    expect(BRIEFING_CASES.filter((c) => c.lang === "ru").length).toBeGreaterThanOrEqual(20);
  });

  it("answers every question with the right briefing and its source", async () => {
    const failures: string[] = [];
    let user = 85_000;
    for (const c of BRIEFING_CASES) {
      const texts = bot.texts(await bot.send(c.q, { id: user++, languageCode: c.lang }));
      for (const t of texts) expectTelegramHtml(t);
      const text = texts.join("\n").replace(/\u00a0/g, " ");
      const missing = c.shows.filter((s) => !text.includes(s));
      const wrong = (c.hides ?? []).filter((s) => text.includes(s));
      if (missing.length || wrong.length)
        failures.push(
          `${c.q}\n   missing: ${JSON.stringify(missing)} wrong: ${JSON.stringify(wrong)}\n   answer: ${text.slice(0, 400).replace(/\n/g, " | ")}`,
        );
    }
    const ok = BRIEFING_CASES.length - failures.length;
    console.log(
      `briefing set: ${ok}/${BRIEFING_CASES.length} = ${((ok / BRIEFING_CASES.length) * 100).toFixed(1)} %`,
    );
    if (failures.length) console.log(failures.join("\n"));
    expect(failures).toEqual([]);
  }, 120_000);
});
