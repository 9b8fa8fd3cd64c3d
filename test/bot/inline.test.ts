// Inline mode through the whole bot: the same numbers as the commands, examples for an empty
// query, and a polite button when nothing can be answered.
import type { Update } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { createHarness, type Harness } from "../support/harness.ts";
import { expectTelegramHtml } from "../support/html.ts";

let database: TestDatabase;
let bot: Harness;
beforeAll(async () => {
  database = await createTestDatabase();
  bot = createHarness(database.db);
});
afterAll(() => database.destroy());

let nextId = 1;
async function inline(query: string, lang = "en") {
  const update = {
    update_id: 7_000_000 + nextId,
    inline_query: {
      id: `iq-${nextId++}`,
      from: { id: 90_001, is_bot: false, first_name: "U", language_code: lang },
      query,
      offset: "",
    },
  } as Update;
  const before = bot.calls.length;
  await bot.handle(update);
  const call = bot.calls.slice(before).find((c) => c.method === "answerInlineQuery");
  const results = (call?.payload.results ?? []) as {
    title: string;
    input_message_content: { message_text: string; parse_mode: string };
  }[];
  for (const r of results) expectTelegramHtml(r.input_message_content.message_text);
  return { call, results };
}

describe("inline mode", () => {
  it("answers a question about briefings from the briefings", async () => {
    const { results } = await inline("what did Manturov say about China");
    expect(results[0]?.input_message_content.message_text).toContain(
      "joint production with Chinese partners",
    );
    const ru = await inline("кадровый дефицит", "ru");
    expect(ru.results[0]?.input_message_content.message_text).toContain("Автопроизводителям разрешат");
  });

  it("answers with the same numbers as the command", async () => {
    const { results, call } = await inline("used car price");
    expect(results).toHaveLength(1);
    const text = results[0]?.input_message_content.message_text ?? "";
    expect(text).toContain("RUB 1.63 mln");
    expect(text).toContain("+2.6 %");
    const command = bot.texts(await bot.send("/price used")).join("\n");
    expect(command.split("\n")[1]).toBe(text.split("\n")[1]);
    expect(call?.payload.cache_time).toBe(60);
  });

  it("answers in Russian, including localization and what-if questions", async () => {
    const loc = await inline("порог госзакупки 2027", "ru");
    expect(loc.results[0]?.input_message_content.message_text.replace(/\u00a0/g, " ")).toContain("3 500");
    const whatif = await inline("что если сварка окраска ниокр 2,5% лицензии 0,5% 2023", "ru");
    expect(whatif.results[0]?.input_message_content.message_text.replace(/\u00a0/g, " ")).toContain(
      "Итого: 2 100",
    );
  });

  it("offers answered example questions for an empty query", async () => {
    const { results } = await inline("");
    expect(results.length).toBeGreaterThanOrEqual(3);
    expect(results.map((r) => r.title)).toContain("used car price");
    expect(
      results.find((r) => r.title === "localization threshold 2027")?.input_message_content.message_text,
    ).toContain("3,500");
  });

  it("returns no result, and a button to the bot, for a question it cannot answer", async () => {
    const { results, call } = await inline("weather in paris");
    expect(results).toEqual([]);
    expect(call?.payload.button).toMatchObject({ start_parameter: "help" });
  });
});
