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
  const text = ctx.tr("help", {
    series: series.map((s) => `<code>${escapeHtml(s.key)}</code>`).join(", "),
    topics: vocab.topics.map((t) => `<code>${escapeHtml(t.key)}</code>`).join(", "),
    purposes: PURPOSES.map((p) => `<code>${p}</code>`).join(", "),
  });
  await ctx.reply(text, { parse_mode: "HTML" });
});
