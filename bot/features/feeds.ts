// News feeds for admins: /feeds lists them with their status; add, remove, pause, resume, trust
// and poll manage them; /review walks the articles waiting for a decision with Approve all,
// Reject all and Next (single facts with the /ingest card's own buttons). Everyone else gets
// the polite refusal, logged.
import { Composer } from "grammy";
import { DomainError } from "../../domain/errors.ts";
import { addFeed, listFeeds, removeFeed, setFeedPaused, trustFeed } from "../../domain/feeds/manage.ts";
import { FeedPoller, type PollSettings } from "../../domain/feeds/poll.ts";
import { nextForReview, rejectAll } from "../../domain/feeds/review.ts";
import { approveAll, articleFactsOf } from "../../domain/ingest/curate.ts";
import type { BotContext } from "../context.ts";
import { feedTitle, kindsText, renderFeedList, renderRound } from "../render/feeds.ts";
import { escapeHtml } from "../render/format.ts";
import { replaceWith, reply } from "../respond.ts";
import { articleCard, isAdmin, refuse } from "./ingest.ts";

export const feedsFeature = new Composer<BotContext>();

const DEFAULT_SETTINGS: PollSettings = { timeoutMs: 15_000, maxBytes: 5_000_000, intervalMinutes: 15 };

function feedSettings(ctx: BotContext): { settings: PollSettings; allowPrivate: boolean } {
  return ctx.deps.feeds ?? { settings: DEFAULT_SETTINGS, allowPrivate: false };
}

const html = { parse_mode: "HTML" as const, link_preview_options: { is_disabled: true } };

function feedId(text: string | undefined): number {
  if (!text || !/^\d{1,9}$/.test(text))
    throw new DomainError("feed_not_found", { id: (text ?? "").slice(0, 20) });
  return Number(text);
}

feedsFeature.command("feeds", async (ctx) => {
  if (!(await isAdmin(ctx))) return refuse(ctx, "feeds");
  const [action = "", first, ...rest] = ctx.match.trim().split(/\s+/);
  const db = ctx.deps.db;
  const actor = ctx.from?.id ?? 0;
  const { settings, allowPrivate } = feedSettings(ctx);
  switch (action.toLowerCase()) {
    case "": {
      await ctx.reply(renderFeedList(await listFeeds(db), ctx.tr, ctx.lang), html);
      return;
    }
    case "add": {
      if (!first) throw new DomainError("feed_invalid_url", { detail: "" });
      const { feed, items } = await addFeed(db, first, {
        actor,
        allowPrivate,
        limits: settings,
        now: ctx.deps.now(),
      });
      await ctx.reply(
        ctx.tr("feeds-added", {
          id: feed.id,
          title: feedTitle(feed),
          items,
          minutes: settings.intervalMinutes,
        }),
        html,
      );
      return;
    }
    case "remove": {
      const feed = await removeFeed(db, feedId(first), actor);
      await ctx.reply(ctx.tr("feeds-removed", { id: feed.id, title: feedTitle(feed) }), html);
      return;
    }
    case "pause":
    case "resume": {
      const feed = await setFeedPaused(db, feedId(first), action.toLowerCase() === "pause", actor);
      await ctx.reply(ctx.tr(feed.paused ? "feeds-paused" : "feeds-resumed", { id: feed.id }), html);
      return;
    }
    case "trust": {
      const feed = await trustFeed(db, feedId(first), rest, actor);
      await ctx.reply(
        feed.trustedKinds.length
          ? ctx.tr("feeds-trust-set", { id: feed.id, kinds: kindsText(feed.trustedKinds, ctx.tr) })
          : ctx.tr("feeds-trust-none", { id: feed.id }),
        html,
      );
      return;
    }
    case "poll": {
      await ctx.reply(ctx.tr("feeds-polling"), html);
      const result = await new FeedPoller(db, { ...settings, now: ctx.deps.now }).round({ all: true });
      await ctx.reply(renderRound(result, ctx.tr), html);
      return;
    }
    default:
      await ctx.reply(ctx.tr("feeds-help"), html);
  }
});

async function reviewCard(ctx: BotContext, afterId: number, edit: boolean): Promise<void> {
  const next = await nextForReview(ctx.deps.db, afterId);
  if (!next) {
    const none = { text: ctx.tr("review-none"), buttons: [] };
    return edit ? replaceWith(ctx, none) : reply(ctx, none);
  }
  const { title, summary, facts, publishedOn } = await articleFactsOf(ctx.deps.db, next.articleId);
  const card = await articleCard(next.articleId, title, summary, facts, ctx, publishedOn);
  const from = next.origin
    ? ctx.tr("review-from", {
        feed: feedTitle({ title: next.origin.feedTitle, url: next.origin.url ?? "http://feed" }),
        url: next.origin.url ? `<code>${escapeHtml(next.origin.url)}</code>` : "—",
      })
    : ctx.tr("review-from-admin");
  const id = next.articleId;
  const answer = {
    text: `${ctx.tr("review-heading", { count: next.waiting })}\n${from}\n\n${card.text}`,
    buttons: [
      ...card.buttons.filter((row) => !row.some((b) => b.data.startsWith("aa:"))),
      [
        { text: `✅ ${ctx.tr("review-approve-all")}`, data: `rv:${id}:a` },
        { text: `❌ ${ctx.tr("review-reject-all")}`, data: `rv:${id}:r` },
      ],
      ...(next.waiting > 1 ? [[{ text: `⏭ ${ctx.tr("review-next")}`, data: `rv:${id}:n` }]] : []),
    ],
  };
  return edit ? replaceWith(ctx, answer) : reply(ctx, answer);
}

feedsFeature.command("review", async (ctx) => {
  if (!(await isAdmin(ctx))) return refuse(ctx, "review");
  await reviewCard(ctx, 0, false);
});

feedsFeature.callbackQuery(/^rv:(\d{1,9}):(a|r|n)$/, async (ctx) => {
  if (!(await isAdmin(ctx))) return refuse(ctx, "review");
  const articleId = Number(ctx.match[1]);
  const action = ctx.match[2];
  if (action === "a") {
    const { approved, left } = await approveAll(ctx.deps.db, articleId, ctx.from.id);
    await ctx.answerCallbackQuery({ text: ctx.tr("ingest-approved-all", { approved, left }) });
    // What could not be approved stays waiting; the walk goes on past it.
    return reviewCard(ctx, articleId, true);
  }
  if (action === "r") {
    const count = await rejectAll(ctx.deps.db, articleId, ctx.from.id);
    await ctx.answerCallbackQuery({ text: ctx.tr("review-rejected-all", { count }) });
    return reviewCard(ctx, articleId, true);
  }
  await ctx.answerCallbackQuery();
  return reviewCard(ctx, articleId, true);
});
