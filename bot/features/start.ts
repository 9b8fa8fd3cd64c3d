import { Composer } from "grammy";
import { PURPOSES } from "../../domain/localization.ts";
import { listPolicyVocabulary } from "../../domain/policy.ts";
import { listPriceSeries } from "../../domain/prices.ts";
import type { BotContext } from "../context.ts";
import { escapeHtml } from "../render/format.ts";

export const startFeature = new Composer<BotContext>();

startFeature.command("start", (ctx) => ctx.reply(ctx.tr("start"), { parse_mode: "HTML" }));

startFeature.command("help", async (ctx) => {
  const [series, vocab] = await Promise.all([
    listPriceSeries(ctx.deps.db),
    listPolicyVocabulary(ctx.deps.db),
  ]);
  // By the names users see and can type back (`/price used cars`, `/policy утильсбор`), never by key.
  const ru = ctx.lang === "ru";
  const text = ctx.tr("help", {
    series: series.map((s) => escapeHtml(ru ? s.shortRu : s.shortEn)).join(", "),
    topics: vocab.topics.map((t) => escapeHtml(ru ? t.nameRu : t.nameEn)).join(", "),
    purposes: PURPOSES.map((p) => ctx.tr(`purpose-${p}`)).join(", "),
  });
  await ctx.reply(text, { parse_mode: "HTML" });
});
