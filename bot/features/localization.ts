import { Composer } from "grammy";
import {
  CATEGORIES,
  type Category,
  getLocalization,
  type LocalizationQuery,
  PURPOSES,
  type Purpose,
  parseLocalizationQuery,
} from "../../domain/localization.ts";
import type { BotContext } from "../context.ts";
import { renderLocalization } from "../render/localization.ts";
import { replaceWith, reply } from "../respond.ts";
import { staleButton } from "./stale-button.ts";

export const localizationFeature = new Composer<BotContext>();

localizationFeature.command(["localization", "localisation", "loc"], async (ctx) => {
  const query = parseLocalizationQuery(ctx.match, ctx.deps.now());
  await reply(ctx, renderLocalization(await getLocalization(ctx.deps.db, query), ctx.lang, ctx.tr));
});

/** `lc:<year>:<purpose>:<category>:<rd share>` from the year buttons. */
function parseData(data: string): LocalizationQuery | null {
  const [tag, year, purpose, category, share] = data.split(":");
  if (tag !== "lc" || !year || !/^\d{4}$/.test(year)) return null;
  if (purpose && !PURPOSES.includes(purpose as Purpose)) return null;
  if (category && !CATEGORIES.includes(category as Category)) return null;
  const rdShare = share ? Number(share) : null;
  if (rdShare !== null && !(rdShare >= 0 && rdShare <= 100)) return null;
  return {
    year: Number(year),
    purpose: (purpose || null) as Purpose | null,
    category: (category || null) as Category | null,
    rdShare,
  };
}

localizationFeature.callbackQuery(/^lc:/, async (ctx) => {
  const query = parseData(ctx.callbackQuery.data);
  if (!query || query.year < 2015 || query.year > 2100) return staleButton(ctx);
  await ctx.answerCallbackQuery();
  await replaceWith(ctx, renderLocalization(await getLocalization(ctx.deps.db, query), ctx.lang, ctx.tr));
});
