import { Composer } from "grammy";
import { getPolicyTimeline, parsePolicyFilter } from "../../domain/policy.ts";
import type { BotContext } from "../context.ts";
import { parsePolicyPageData, renderPolicy } from "../render/policy.ts";
import { replaceWith, reply } from "../respond.ts";
import { withFollow } from "./alerts.ts";
import { staleButton } from "./stale-button.ts";

export const policyFeature = new Composer<BotContext>();

policyFeature.command("policy", async (ctx) => {
  const filter = await parsePolicyFilter(ctx.deps.db, ctx.match);
  const answer = renderPolicy(await getPolicyTimeline(ctx.deps.db, filter), ctx.lang, ctx.tr);
  const follow = { topic: filter.topic ?? null, jurisdiction: filter.jurisdiction ?? null, keyword: null };
  await reply(ctx, withFollow(ctx, answer, { kind: "policy", ...follow }));
});

policyFeature.callbackQuery(/^pl:/, async (ctx) => {
  const page = parsePolicyPageData(ctx.callbackQuery.data);
  if (!page) return staleButton(ctx);
  await ctx.answerCallbackQuery();
  await replaceWith(
    ctx,
    renderPolicy(await getPolicyTimeline(ctx.deps.db, page.filter, page.offset), ctx.lang, ctx.tr),
  );
});
