// The question set through the parser and through the whole bot (updates in, messages out).
// Prints the accuracy; it must be 100 %.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadVocabulary, understandWith, type Vocabulary } from "../../domain/questions/understand.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { createHarness, type Harness } from "../support/harness.ts";
import { expectTelegramHtml } from "../support/html.ts";
import { QUESTIONS } from "./question-set.ts";

let database: TestDatabase;
let bot: Harness;
let vocab: Vocabulary;
const today = new Date("2026-11-21T09:00:00Z");
beforeAll(async () => {
  database = await createTestDatabase();
  bot = createHarness(database.db, { now: () => today });
  vocab = await loadVocabulary(database.db);
});
afterAll(() => database.destroy());

describe("questions in plain words", () => {
  it("has at least 80 questions, half of them Russian", () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(80);
    const ru = QUESTIONS.filter((q) => /[а-я]/i.test(q.q)).length;
    expect(ru).toBeGreaterThanOrEqual(40);
    expect(QUESTIONS.length - ru).toBeGreaterThanOrEqual(38);
  });

  it("reads and answers every question of the set", async () => {
    const failures: string[] = [];
    let user = 80_000;
    for (const c of QUESTIONS) {
      const [best] = understandWith(vocab, c.q, today).readings;
      const readingOk =
        best?.intent === c.intent &&
        Object.entries(c.entities ?? {}).every(
          ([k, v]) => JSON.stringify((best.entities as Record<string, unknown>)[k]) === JSON.stringify(v),
        );
      const calls = await bot.send(c.q, { id: user++, languageCode: c.lang });
      const texts = bot.texts(calls);
      for (const t of texts) expectTelegramHtml(t);
      const text = texts.join("\n").replace(/\u00a0/g, " ");
      // A chart question gets a photo, or, for a series with too few values, the values in words.
      const photo =
        calls.some((call) => call.method === "sendPhoto") || /too few values|слишком мало данных/.test(text);
      const answerOk = (c.intent !== "chart" || photo) && c.shows.every((s) => text.includes(s));
      if (!readingOk || !answerOk) {
        failures.push(
          `${c.q}\n   read: ${best?.intent} ${JSON.stringify(best?.entities)}\n   answer: ${text.slice(0, 300).replace(/\n/g, " | ")}`,
        );
      }
    }
    const accuracy = ((QUESTIONS.length - failures.length) / QUESTIONS.length) * 100;
    console.log(
      `question set: ${QUESTIONS.length - failures.length}/${QUESTIONS.length} = ${accuracy.toFixed(1)} %`,
    );
    if (failures.length) console.log(failures.join("\n"));
    expect(failures).toEqual([]);
  }, 120_000);
});

describe("question edge cases", () => {
  it("offers the likeliest readings as buttons when a question can be read several ways", async () => {
    const calls = await bot.send("локализация 2023", { id: 81_001, languageCode: "ru" });
    expect(bot.texts(calls).join("\n")).toContain("Что вы имели в виду?");
    const labels = bot.buttons(calls.find((c) => c.method === "sendMessage")).map((b) => b.text);
    expect(labels).toEqual(
      expect.arrayContaining(["Правила локализации на 2023 год", "Изменения регулирования"]),
    );
    const pressed = await bot.press("Правила локализации на 2023 год", { id: 81_001, languageCode: "ru" });
    expect(
      bot
        .texts(pressed)
        .join("\n")
        .replace(/\u00a0/g, " "),
    ).toContain("3 200");
  });

  it("says what it can answer, with examples, when nothing matches, and never a number", async () => {
    const text = bot
      .texts(await bot.send("расскажи анекдот про кота", { id: 81_002, languageCode: "ru" }))
      .join("\n");
    expect(text).toContain("На такой вопрос я пока не отвечу");
    expect(text).not.toMatch(/млн|баллов/);
  });

  it("answers in groups only when mentioned", async () => {
    const group = { id: -5001, type: "group" as const };
    const user = { id: 81_003, languageCode: "en" };
    const { textUpdate } = await import("../../bot/local-updates.ts");
    let before = bot.calls.length;
    await bot.handle(textUpdate(user, "used car price", new Date(), group));
    expect(bot.calls.slice(before).filter((c) => c.method === "sendMessage")).toEqual([]);
    before = bot.calls.length;
    await bot.handle(textUpdate(user, "@auto_briefing_bot used car price", new Date(), group));
    expect(bot.texts(bot.calls.slice(before)).join("\n")).toContain("RUB 1.63 mln");
  });
});
