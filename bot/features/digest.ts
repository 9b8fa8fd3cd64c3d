// Daily digest subscriptions: /subscribe, /settings (menu and typed changes), /unsubscribe,
// /digest (today's digest now, or for a chat without a subscription what one would hold; its
// "more" and item buttons answer in new messages), and /digeststats for admins. In groups only chat admins change
// the subscription.
import { Composer } from "grammy";
import { TOPICS, type Topic } from "../../domain/digest/compose.ts";
import {
  changeSettings,
  digestBetween,
  digestNow,
  digestStats,
  getSubscriber,
  parseDigestTime,
  parseTimeZone,
  RUSSIAN_ZONES,
  type SettingsChange,
  subscribe,
  unsubscribe,
} from "../../domain/digest/subscriptions.ts";
import { DomainError } from "../../domain/errors.ts";
import { normalize } from "../../domain/text.ts";
import type { BotContext } from "../context.ts";
import {
  DIGEST_TIMES,
  OPEN_PREFIX,
  parseMoreData,
  renderDigest,
  renderDigestStats,
  renderSettings,
  renderTimeMenu,
  renderZoneMenu,
} from "../render/digest.ts";
import { answerInNewMessage, replaceWith, reply } from "../respond.ts";
import { mayManage, refuse } from "./group-admins.ts";
import { staleButton } from "./stale-button.ts";

export const digestFeature = new Composer<BotContext>();

function chatOf(ctx: BotContext): { chatId: number; chatType: string } {
  if (!ctx.chat) throw new Error("digest commands need a chat");
  return { chatId: ctx.chat.id, chatType: ctx.chat.type };
}

digestFeature.command("subscribe", async (ctx) => {
  if (!(await mayManage(ctx))) return refuse(ctx);
  const sub = await subscribe(
    ctx.deps.db,
    { ...chatOf(ctx), lang: ctx.lang },
    ctx.deps.now(),
    ctx.deps.defaultTimeZone ?? "Europe/Moscow",
  );
  await ctx.reply(ctx.tr("digest-subscribed"), { parse_mode: "HTML" });
  await reply(ctx, renderSettings(sub, ctx.tr, ctx.lang));
});

digestFeature.command("unsubscribe", async (ctx) => {
  if (!(await mayManage(ctx))) return refuse(ctx);
  await unsubscribe(ctx.deps.db, chatOf(ctx).chatId, ctx.deps.now());
  await ctx.reply(ctx.tr("digest-unsubscribed"), { parse_mode: "HTML" });
});

digestFeature.command("digest", async (ctx) => {
  const { digest, subscriber, latest } = await digestNow(ctx.deps.db, chatOf(ctx).chatId, ctx.deps.now());
  await reply(ctx, renderDigest(digest, ctx.lang, ctx.tr, { preview: !subscriber, latest }));
});

/** A digest's "more": the items after those already shown, in a new message. */
digestFeature.callbackQuery(/^dg:m:/, async (ctx) => {
  const more = parseMoreData(ctx.callbackQuery.data);
  if (!more) return staleButton(ctx);
  const { chatId } = chatOf(ctx);
  const digest = await digestBetween(ctx.deps.db, chatId, more.since, more.until);
  const subscriber = await getSubscriber(ctx.deps.db, chatId);
  await ctx.answerCallbackQuery();
  await reply(ctx, renderDigest(digest, ctx.lang, ctx.tr, { skip: more.skip, preview: !subscriber?.active }));
});

/** A digest's item buttons carry another feature's data behind OPEN_PREFIX: that feature answers in a new message. */
digestFeature.on("callback_query:data", (ctx, next) => {
  const data = ctx.callbackQuery.data;
  if (data.startsWith(OPEN_PREFIX)) {
    ctx.callbackQuery.data = data.slice(OPEN_PREFIX.length);
    answerInNewMessage(ctx);
  }
  return next();
});

/** `/settings time 07:30`, `zone Asia/Vladivostok`, `include ev, taxi`, `exclude -`, `weekdays`, `daily`. */
function parseSettingsArgs(args: string): SettingsChange {
  const [word = "", ...rest] = args.trim().split(/\s+/);
  const value = rest.join(" ");
  const key = normalize(word);
  const list = () => (value === "-" || value === "" ? [] : value.split(/\s*[,;]\s*/));
  if (["time", "время"].includes(key)) return { kind: "time", minute: parseDigestTime(value) };
  if (["zone", "timezone", "пояс", "зона"].includes(key)) return { kind: "zone", zone: parseTimeZone(value) };
  if (["include", "включать", "только"].includes(key)) return { kind: "include", keywords: list() };
  if (["exclude", "исключать", "кроме"].includes(key)) return { kind: "exclude", keywords: list() };
  if (["weekdays", "будни"].includes(key)) return { kind: "weekdays", weekdaysOnly: true };
  if (["daily", "ежедневно"].includes(key)) return { kind: "weekdays", weekdaysOnly: false };
  if (["language", "язык"].includes(key) && (value === "en" || value === "ru"))
    return { kind: "language", lang: value };
  throw new DomainError("unknown_setting", { input: word.slice(0, 30) });
}

digestFeature.command("settings", async (ctx) => {
  const { chatId } = chatOf(ctx);
  if (!ctx.match.trim()) {
    const sub = await getSubscriber(ctx.deps.db, chatId);
    if (!sub?.active) throw new DomainError("not_subscribed");
    return reply(ctx, renderSettings(sub, ctx.tr, ctx.lang));
  }
  if (!(await mayManage(ctx))) return refuse(ctx);
  const sub = await changeSettings(ctx.deps.db, chatId, parseSettingsArgs(ctx.match), ctx.deps.now());
  await reply(ctx, renderSettings(sub, ctx.tr, ctx.lang));
});

digestFeature.callbackQuery(/^ds:/, async (ctx) => {
  const [, action, value] = ctx.callbackQuery.data.split(":");
  const db = ctx.deps.db;
  const { chatId } = chatOf(ctx);
  const now = ctx.deps.now();
  if (action === "time") {
    await ctx.answerCallbackQuery();
    return replaceWith(ctx, renderTimeMenu(ctx.tr));
  }
  if (action === "zone") {
    await ctx.answerCallbackQuery();
    return replaceWith(ctx, renderZoneMenu(RUSSIAN_ZONES, ctx.tr, ctx.lang));
  }
  if (action === "sub") {
    if (!(await mayManage(ctx))) return refuse(ctx);
    const sub = await subscribe(
      db,
      { chatId, chatType: chatOf(ctx).chatType, lang: ctx.lang },
      now,
      ctx.deps.defaultTimeZone ?? "Europe/Moscow",
    );
    await ctx.answerCallbackQuery();
    await ctx.reply(ctx.tr("digest-subscribed"), { parse_mode: "HTML" });
    return reply(ctx, renderSettings(sub, ctx.tr));
  }
  if (action === "back") {
    const sub = await getSubscriber(db, chatId);
    if (!sub?.active) throw new DomainError("not_subscribed");
    await ctx.answerCallbackQuery();
    return replaceWith(ctx, renderSettings(sub, ctx.tr, ctx.lang));
  }
  let change: SettingsChange | null = null;
  if (action === "t" && TOPICS.includes(value as Topic)) change = { kind: "topic", topic: value as Topic };
  if (action === "tm" && DIGEST_TIMES.includes(Number(value)))
    change = { kind: "time", minute: Number(value) };
  const zone = RUSSIAN_ZONES[Number(value)];
  if (action === "z" && zone) change = { kind: "zone", zone };
  if (action === "wd" && (value === "0" || value === "1"))
    change = { kind: "weekdays", weekdaysOnly: value === "1" };
  if (action === "e" && (value === "skip" || value === "notice"))
    change = { kind: "empty", whenEmpty: value };
  if (action === "off") {
    if (!(await mayManage(ctx))) return refuse(ctx);
    await unsubscribe(db, chatId, now);
    await ctx.answerCallbackQuery();
    return replaceWith(ctx, { text: ctx.tr("digest-unsubscribed"), buttons: [] });
  }
  if (!change) return staleButton(ctx);
  if (!(await mayManage(ctx))) return refuse(ctx);
  const sub = await changeSettings(db, chatId, change, now);
  await ctx.answerCallbackQuery();
  await replaceWith(ctx, renderSettings(sub, ctx.tr, ctx.lang));
});

digestFeature.command("digeststats", async (ctx) => {
  if (!ctx.from || !(ctx.deps.adminIds ?? []).includes(ctx.from.id)) {
    throw new DomainError("admins_only");
  }
  await ctx.reply(renderDigestStats(await digestStats(ctx.deps.db, ctx.deps.now()), ctx.tr), {
    parse_mode: "HTML",
  });
});
