// Inline mode: `@bot used car price` in any chat offers the answer as an article; an empty query
// offers example questions, each already answered. Answers are cached for a minute here and by
// Telegram (cache_time), so typing a question letter by letter stays cheap.
import { Composer } from "grammy";
import type { InlineQueryResultArticle } from "grammy/types";
import { LRUCache } from "lru-cache";
import { understand } from "../../domain/questions/understand.ts";
import type { BotContext } from "../context.ts";
import { splitMessage } from "../render/reply.ts";
import { briefingReply, readingReply } from "./questions.ts";

export const inlineFeature = new Composer<BotContext>();

const CACHE_MS = 60_000;
const CACHE_MAX = 1000;
const cache = new LRUCache<string, InlineQueryResultArticle[]>({ max: CACHE_MAX, ttl: CACHE_MS });

/** A rendered answer as plain text for a result's description line. */
function preview(html: string): string {
  return html
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .split("\n")
    .filter(Boolean)
    .slice(1, 3)
    .join(" · ")
    .slice(0, 200);
}

async function answerFor(
  ctx: BotContext,
  question: string,
  id: string,
): Promise<InlineQueryResultArticle | null> {
  const { readings } = await understand(ctx.deps.db, question, ctx.deps.now());
  const best = readings[0];
  const answer =
    (await briefingReply(ctx, question, best)) ??
    (best ? await readingReply(ctx, best, { inline: true, question }) : null);
  if (!answer) return null;
  const text = splitMessage(answer.text)[0] ?? "";
  return {
    type: "article",
    id,
    title: question.slice(0, 100),
    description: preview(text),
    input_message_content: {
      message_text: text,
      parse_mode: "HTML",
      link_preview_options: { is_disabled: true },
    },
  };
}

inlineFeature.on("inline_query", async (ctx) => {
  const query = ctx.inlineQuery.query.trim().slice(0, 200);
  const key = `${ctx.lang}|${query.toLowerCase()}`;
  let results = cache.get(key);
  if (!results) {
    if (query) {
      const one = await answerFor(ctx, query, "answer");
      results = one ? [one] : [];
    } else {
      const examples = ctx.tr("inline-examples").split("\n").filter(Boolean);
      const answered = await Promise.all(examples.map((q, i) => answerFor(ctx, q, `example-${i}`)));
      results = answered.filter((r): r is InlineQueryResultArticle => r !== null);
    }
    cache.set(key, results);
  }
  await ctx.answerInlineQuery(results, {
    cache_time: 60,
    is_personal: false,
    ...(results.length === 0 && query
      ? { button: { text: ctx.tr("inline-no-answer"), start_parameter: "help" } }
      : {}),
  });
});
