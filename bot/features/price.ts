import { Composer } from "grammy";
import {
  findSeries,
  getPrice,
  getPriceHistory,
  type PriceAnswer,
  type PriceHistory,
  parsePriceQuery,
} from "../../domain/prices.ts";
import type { BotContext } from "../context.ts";
import { renderHistory, renderPrice } from "../render/price.ts";
import { replaceWith, reply } from "../respond.ts";
import { staleButton } from "./stale-button.ts";

export const priceFeature = new Composer<BotContext>();

/** A trailing "history" asks for every stored value instead of one. */
const HISTORY_WORD = /(^|\s)(history|история|динамика)$/iu;

function render(ctx: BotContext, result: PriceAnswer | PriceHistory) {
  return result.kind === "point"
    ? renderPrice(result, ctx.lang, ctx.tr)
    : renderHistory(result, ctx.lang, ctx.tr);
}

priceFeature.command("price", async (ctx) => {
  const args = ctx.match.trim();
  const wantsHistory = HISTORY_WORD.test(args);
  const query = await parsePriceQuery(ctx.deps.db, args.replace(HISTORY_WORD, ""));
  const result = wantsHistory
    ? await getPriceHistory(ctx.deps.db, query.series)
    : await getPrice(ctx.deps.db, query);
  await reply(ctx, render(ctx, result));
});

priceFeature.callbackQuery(/^(p|ph):([a-z0-9-]{1,40})$/, async (ctx) => {
  const [, view, key] = ctx.match;
  const series = await findSeries(ctx.deps.db, key ?? "");
  if (!series) return staleButton(ctx);
  await ctx.answerCallbackQuery();
  const result =
    view === "ph"
      ? await getPriceHistory(ctx.deps.db, series)
      : await getPrice(ctx.deps.db, { series, period: null });
  await replaceWith(ctx, render(ctx, result));
});
