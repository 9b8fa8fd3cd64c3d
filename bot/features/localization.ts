import { Composer } from "grammy";
import {
  CATEGORIES,
  type Category,
  getLocalization,
  type LocalizationQuery,
  loadPurposes,
  type PurposeInfo,
  parseLocalizationQuery,
} from "../../domain/localization.ts";
import { modelScores } from "../../domain/questions/answers.ts";
import type { BotContext } from "../context.ts";
import { renderLocalization } from "../render/localization.ts";
import { renderModelScores } from "../render/questions.ts";
import { replaceWith, reply } from "../respond.ts";
import { withFollow } from "./alerts.ts";
import { staleButton } from "./stale-button.ts";

export const localizationFeature = new Composer<BotContext>();

/** `/localization model haval jolion`, `/localization модель lada vesta`: a model's reported scores. */
const MODEL = /^(?:model|модель|модели)\s+(.+)$/iu;

localizationFeature.command(["localization", "localisation", "loc"], async (ctx) => {
  const model = MODEL.exec(ctx.match.trim());
  if (model?.[1]) {
    await reply(ctx, renderModelScores(await modelScores(ctx.deps.db, model[1].trim()), ctx.lang, ctx.tr));
    return;
  }
  const query = parseLocalizationQuery(ctx.match, ctx.deps.now(), await loadPurposes(ctx.deps.db));
  const answer = renderLocalization(await getLocalization(ctx.deps.db, query), ctx.lang, ctx.tr);
  await reply(ctx, withFollow(ctx, answer, { kind: "localization", purpose: query.purpose }));
});

/** `lc:<year>:<purpose>:<category>:<rd share>` from the year buttons. */
function parseData(data: string, purposes: PurposeInfo[]): LocalizationQuery | null {
  const [tag, year, purpose, category, share] = data.split(":");
  if (tag !== "lc" || !year || !/^\d{4}$/.test(year)) return null;
  if (purpose && !purposes.some((p) => p.key === purpose)) return null;
  if (category && !CATEGORIES.includes(category as Category)) return null;
  const rdShare = share ? Number(share) : null;
  if (rdShare !== null && !(rdShare >= 0 && rdShare <= 100)) return null;
  return {
    year: Number(year),
    purpose: purpose || null,
    category: (category || null) as Category | null,
    rdShare,
  };
}

localizationFeature.callbackQuery(/^lc:/, async (ctx) => {
  const query = parseData(ctx.callbackQuery.data, await loadPurposes(ctx.deps.db));
  if (!query || query.year < 2015 || query.year > 2100) return staleButton(ctx);
  await ctx.answerCallbackQuery();
  await replaceWith(ctx, renderLocalization(await getLocalization(ctx.deps.db, query), ctx.lang, ctx.tr));
});
