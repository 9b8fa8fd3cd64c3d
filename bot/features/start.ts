import { Composer } from "grammy";
import { loadPurposes } from "../../domain/localization.ts";
import { listPolicyVocabulary } from "../../domain/policy.ts";
import { listPriceSeries } from "../../domain/prices.ts";
import type { BotContext } from "../context.ts";
import { escapeHtml } from "../render/format.ts";

export const startFeature = new Composer<BotContext>();

startFeature.command("start", (ctx) => ctx.reply(ctx.tr("start"), { parse_mode: "HTML" }));

startFeature.command("help", async (ctx) => {
  const [series, vocab, purposes] = await Promise.all([
    listPriceSeries(ctx.deps.db),
    listPolicyVocabulary(ctx.deps.db),
    loadPurposes(ctx.deps.db),
  ]);
  // By the names users see and can type back (`/price used cars`, `/policy утильсбор`), never by key.
  const ru = ctx.lang === "ru";
  const text = ctx.tr("help", {
    series: series.map((s) => escapeHtml(ru ? s.shortRu : s.shortEn)).join(", "),
    topics: vocab.topics.map((t) => escapeHtml(ru ? t.nameRu : t.nameEn)).join(", "),
    purposes: purposes.map((p) => escapeHtml(ru ? p.name.ru : p.name.en)).join(", "),
  });
  await ctx.reply(text, { parse_mode: "HTML" });
});
