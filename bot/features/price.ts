import { Composer, InputFile } from "grammy";
import type { Granularity } from "../../domain/period.ts";
import {
  chartPlan,
  findSeries,
  getPrice,
  getPriceHistory,
  type PriceAnswer,
  type PriceHistory,
  parsePriceQuery,
} from "../../domain/prices.ts";
import type { BotContext } from "../context.ts";
import { allowExpensive } from "../expensive.ts";
import { renderChart, renderTooFewForChart } from "../render/chart.ts";
import { renderHistory, renderPrice } from "../render/price.ts";
import { replaceWith, reply } from "../respond.ts";
import { withFollow } from "./alerts.ts";
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
  await reply(ctx, withFollow(ctx, render(ctx, result), { kind: "price_new", seriesKey: query.series.key }));
});

/** Sends a series' history as a PNG chart; the photo is a Buffer, so a retried upload is whole. */
export async function sendChart(ctx: BotContext, history: PriceHistory): Promise<void> {
  if (!(await allowExpensive(ctx))) return;
  if (history.points.length === 0) {
    await ctx.reply(ctx.tr("chart-empty"), { parse_mode: "HTML" });
    return;
  }
  if (!chartPlan(history).chartable) {
    await ctx.reply(renderTooFewForChart(history, ctx.lang, ctx.tr), { parse_mode: "HTML" });
    return;
  }
  const chart = await renderChart(history, ctx.lang, ctx.tr);
  await ctx.replyWithPhoto(new InputFile(chart.png, `${history.series.key}.png`), {
    caption: chart.caption,
    parse_mode: "HTML",
  });
}

priceFeature.command("chart", async (ctx) => {
  const query = await parsePriceQuery(ctx.deps.db, ctx.match.trim());
  await sendChart(ctx, await getPriceHistory(ctx.deps.db, query.series));
});

priceFeature.callbackQuery(/^pc:([a-z0-9-]{1,40})$/, async (ctx) => {
  const series = await findSeries(ctx.deps.db, ctx.match[1] ?? "");
  if (!series) return staleButton(ctx);
  await ctx.answerCallbackQuery();
  await sendChart(ctx, await getPriceHistory(ctx.deps.db, series));
});

/** `pp:<series>:<period start>:<granularity>`: a series for one period (from question readings). */
priceFeature.callbackQuery(
  /^pp:([a-z0-9-]{1,40}):(\d{4}-\d{2}-\d{2}):(month|half_year|year|mid_year)$/,
  async (ctx) => {
    const [, key, start, granularity] = ctx.match;
    const series = await findSeries(ctx.deps.db, key ?? "");
    if (!series || !start || !granularity) return staleButton(ctx);
    await ctx.answerCallbackQuery();
    const period = { start, granularity: granularity as Granularity };
    await reply(ctx, render(ctx, await getPrice(ctx.deps.db, { series, period })));
  },
);

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
