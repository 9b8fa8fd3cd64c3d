// Thousands of random updates through the whole bot (fast-check): text, commands with random
// arguments, questions, button data (random and forged variants of real prefixes), inline
// queries, edited messages and update types the bot does not handle. Nothing may throw past the
// error boundary, and everything sent must be Telegram HTML within Telegram's limits.
import fc from "fast-check";
import type { Update } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMMANDS } from "../../bot/commands.ts";
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

let updateId = 50_000_000;
const user = fc.record({
  id: fc.integer({ min: 1, max: 40 }),
  lang: fc.constantFrom("en", "ru", "de", undefined),
});
const from = (u: { id: number; lang?: string }) => ({
  id: u.id,
  is_bot: false,
  first_name: "F",
  language_code: u.lang,
});
const chat = (u: { id: number }) => ({ id: u.id, type: "private" as const, first_name: "F" });
const WORDS = [
  "price",
  "used",
  "new",
  "moskvich",
  "2023",
  "2027",
  "rd",
  "2,5%",
  "ниокр",
  "порог",
  "история",
  "график",
  "estonia",
  "welding",
  "сварка",
  "year=2023",
  "ops=welding,painting",
  "rd=2.5",
  "licence=0.5",
  "history",
  "<b>",
  "&",
  '"',
  "%",
  "=",
  "—",
  "💥",
];
const text = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: "grapheme", maxLength: 5000 }),
  fc.array(fc.constantFrom(...WORDS), { maxLength: 8 }).map((w) => w.join(" ")),
  fc
    .tuple(
      fc.constantFrom(...COMMANDS, "digeststats", "nonsense"),
      fc.array(fc.constantFrom(...WORDS), { maxLength: 6 }),
    )
    .map(([c, args]) => `/${c} ${args.join(" ")}`.trim()),
);
const PREFIXES = ["p:", "ph:", "pc:", "pp:", "lc:", "pl:", "wc:", "wd:", "wn:", "ds:", "lang:", "sc:"];
const data = fc.oneof(
  fc.string({ maxLength: 64 }),
  fc
    .tuple(fc.constantFrom(...PREFIXES), fc.string({ maxLength: 40 }))
    .map(([p, s]) => `${p}${s}`.slice(0, 64)),
  fc
    .tuple(
      fc.constantFrom(...PREFIXES),
      fc.array(fc.oneof(fc.integer({ min: -5, max: 3000 }).map(String), fc.constantFrom(...WORDS)), {
        maxLength: 5,
      }),
    )
    .map(([p, parts]) => `${p}${parts.join(":")}`.slice(0, 64)),
);

const update = fc.oneof(
  fc.tuple(user, text).map(
    ([u, t]): Update =>
      ({
        update_id: updateId++,
        message: { message_id: updateId, date: 1_700_000_000, chat: chat(u), from: from(u), text: t },
      }) as Update,
  ),
  fc.tuple(user, data).map(
    ([u, d]): Update =>
      ({
        update_id: updateId++,
        callback_query: {
          id: String(updateId),
          from: from(u),
          chat_instance: "1",
          data: d,
          message: { message_id: 1, date: 1_700_000_000, chat: chat(u), text: "" },
        },
      }) as Update,
  ),
  fc.tuple(user, fc.string({ maxLength: 256 })).map(
    ([u, q]): Update =>
      ({
        update_id: updateId++,
        inline_query: { id: String(updateId), from: from(u), query: q, offset: "" },
      }) as Update,
  ),
  fc.tuple(user, text).map(
    ([u, t]): Update =>
      ({
        update_id: updateId++,
        edited_message: {
          message_id: 5,
          date: 1_700_000_000,
          edit_date: 1_700_000_001,
          chat: chat(u),
          from: from(u),
          text: t,
        },
      }) as Update,
  ),
  fc.constant(null).map(
    (): Update =>
      ({
        update_id: updateId++,
        poll: {
          id: "p",
          question: "?",
          options: [],
          total_voter_count: 0,
          is_closed: false,
          is_anonymous: true,
          type: "regular",
          allows_multiple_answers: false,
        },
      }) as unknown as Update,
  ),
);

describe("fuzz: random updates through the whole bot", () => {
  it("never fails and only sends valid Telegram HTML within limits", async () => {
    let handled = 0;
    await fc.assert(
      fc.asyncProperty(update, async (u) => {
        const before = bot.calls.length;
        await bot.handle(u);
        handled++;
        for (const call of bot.calls.slice(before)) {
          const p = call.payload;
          if (call.method === "sendMessage" || call.method === "editMessageText")
            expectTelegramHtml(String(p.text));
          if (call.method === "answerCallbackQuery" && p.text)
            expect(String(p.text).length).toBeLessThanOrEqual(200);
          if (call.method === "answerInlineQuery") {
            for (const r of p.results as { input_message_content: { message_text: string } }[]) {
              expectTelegramHtml(r.input_message_content.message_text);
            }
          }
        }
        expect(bot.logs.filter((l) => l.level === "error")).toEqual([]);
      }),
      { numRuns: 2500, seed: 20261121 },
    );
    console.log(`fuzz: ${handled} random updates, ${bot.calls.length} Bot API calls, 0 errors`);
  }, 300_000);
});
