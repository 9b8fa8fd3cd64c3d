// /news (the latest briefings, paged), /briefings <words> (search), and the button that opens one.
import { Composer } from "grammy";
import { getBriefing, newsPage } from "../../domain/briefings/records.ts";
import { searchBriefings } from "../../domain/briefings/search.ts";
import type { BotContext } from "../context.ts";
import { renderBriefing, renderFound, renderNewsPage, renderNothing } from "../render/briefings.ts";
import { replaceWith, reply } from "../respond.ts";
import { staleButton } from "./stale-button.ts";

export const briefingsFeature = new Composer<BotContext>();

briefingsFeature.command("news", async (ctx) => {
  await reply(ctx, renderNewsPage(await newsPage(ctx.deps.db, 0), ctx.lang, ctx.tr));
});

briefingsFeature.command("briefings", async (ctx) => {
  const words = ctx.match.trim();
  if (!words) return reply(ctx, { text: ctx.tr("briefing-search-usage"), buttons: [] });
  const found = await searchBriefings(ctx.deps.db, words, ctx.lang);
  await reply(
    ctx,
    found.items.length ? renderFound(found.items, ctx.lang, ctx.tr) : renderNothing(words, ctx.tr),
  );
});

briefingsFeature.callbackQuery(/^bn:(\d{1,6})$/, async (ctx) => {
  await ctx.answerCallbackQuery();
  // A page past the end (briefings removed since the buttons were drawn) starts over from the first.
  let page = await newsPage(ctx.deps.db, Number(ctx.match[1]));
  if (page.items.length === 0 && page.offset > 0) page = await newsPage(ctx.deps.db, 0);
  await replaceWith(ctx, renderNewsPage(page, ctx.lang, ctx.tr));
});

briefingsFeature.callbackQuery(/^bo:(\d{1,9})$/, async (ctx) => {
  const card = await getBriefing(ctx.deps.db, Number(ctx.match[1]));
  if (!card) return staleButton(ctx);
  await ctx.answerCallbackQuery();
  // A new message: the list it was opened from stays for the next one.
  await reply(ctx, renderBriefing(card, ctx.lang, ctx.tr));
});
