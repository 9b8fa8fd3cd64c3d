// Alerts: /alert sets one (by command or, through the questions feature, in plain words),
// /alerts lists them with mute, unmute and delete buttons, /quiet sets quiet hours, and the 🔔
// button under price, policy and localization answers follows what the answer was about. In
// groups only the chat's admins change its alerts; everyone may list them.
import { Composer } from "grammy";
import {
  deleteAlert,
  listAlerts,
  muteAlert,
  quietHoursOf,
  setAlert,
  setAlertQuietHours,
} from "../../domain/alerts/rules.ts";
import { type AlertSpec, readAlertSpec } from "../../domain/alerts/spec.ts";
import { formatDigestTime } from "../../domain/digest/subscriptions.ts";
import { DomainError } from "../../domain/errors.ts";
import type { BotContext } from "../context.ts";
import { renderAlertList, renderAlertSet } from "../render/alerts.ts";
import type { Reply } from "../render/reply.ts";
import { replaceWith, reply } from "../respond.ts";
import { mayManage, refuse } from "./group-admins.ts";

export const alertsFeature = new Composer<BotContext>();

function chatOf(ctx: BotContext) {
  if (!ctx.chat) throw new Error("alerts need a chat");
  return { chatId: ctx.chat.id, chatType: ctx.chat.type, lang: ctx.lang };
}

/** Sets the alert the words describe (command arguments or a plain-word request). */
export async function setAlertFrom(ctx: BotContext, words: string, command = false): Promise<void> {
  if (!words.trim()) {
    await ctx.reply(ctx.tr("alert-forms"), { parse_mode: "HTML" });
    return;
  }
  const spec = await readAlertSpec(ctx.deps.db, words, { command });
  await setAndConfirm(ctx, spec);
}

async function setAndConfirm(ctx: BotContext, spec: AlertSpec): Promise<void> {
  if (!(await mayManage(ctx))) return refuse(ctx, "alerts-admins-only");
  const { rule, existed } = await setAlert(ctx.deps.db, chatOf(ctx), spec, ctx.from?.id ?? 0);
  if (ctx.callbackQuery) await ctx.answerCallbackQuery();
  await reply(ctx, renderAlertSet(rule, existed, ctx.lang, ctx.tr));
}

async function listReply(ctx: BotContext) {
  const { chatId } = chatOf(ctx);
  const [rules, quiet] = await Promise.all([
    listAlerts(ctx.deps.db, chatId),
    quietHoursOf(ctx.deps.db, chatId),
  ]);
  return renderAlertList(rules, quiet, ctx.lang, ctx.tr);
}

alertsFeature.command("alert", (ctx) => setAlertFrom(ctx, ctx.match, true));

alertsFeature.command("alerts", async (ctx) => reply(ctx, await listReply(ctx)));

alertsFeature.command("quiet", async (ctx) => {
  if (!ctx.match.trim()) {
    const quiet = await quietHoursOf(ctx.deps.db, chatOf(ctx).chatId);
    const text = quiet
      ? ctx.tr("alerts-quiet", {
          from: formatDigestTime(quiet.from),
          to: formatDigestTime(quiet.to),
          zone: quiet.timeZone,
        })
      : ctx.tr("alerts-quiet-none");
    return void (await ctx.reply(text, { parse_mode: "HTML" }));
  }
  if (!(await mayManage(ctx))) return refuse(ctx, "alerts-admins-only");
  const quiet = await setAlertQuietHours(
    ctx.deps.db,
    chatOf(ctx),
    ctx.match,
    ctx.deps.defaultTimeZone ?? "Europe/Moscow",
  );
  await ctx.reply(
    quiet
      ? ctx.tr("quiet-set", {
          from: formatDigestTime(quiet.from),
          to: formatDigestTime(quiet.to),
          zone: quiet.timeZone,
        })
      : ctx.tr("quiet-off"),
    { parse_mode: "HTML" },
  );
});

alertsFeature.callbackQuery("al:l", async (ctx) => {
  await ctx.answerCallbackQuery();
  await reply(ctx, await listReply(ctx));
});

// Mute, unmute, delete: from the list (the list is redrawn) or from an alert (a short notice).
// `:l` marks the list's buttons.
alertsFeature.callbackQuery(/^al:(m|u|d):(\d{1,9})(:l)?$/, async (ctx) => {
  if (!(await mayManage(ctx))) return refuse(ctx, "alerts-admins-only");
  const [, action, id, fromList] = ctx.match;
  const { chatId } = chatOf(ctx);
  try {
    if (action === "d") await deleteAlert(ctx.deps.db, chatId, Number(id));
    else await muteAlert(ctx.deps.db, chatId, Number(id), action === "m");
  } catch (err) {
    if (!(err instanceof DomainError)) throw err;
    return void (await ctx.answerCallbackQuery({ text: ctx.tr("error-alert-not-found"), show_alert: true }));
  }
  const notice = action === "d" ? "alert-deleted" : action === "m" ? "alert-muted" : "alert-unmuted";
  await ctx.answerCallbackQuery({ text: ctx.tr(notice) });
  if (fromList) await replaceWith(ctx, await listReply(ctx));
});

/**
 * The 🔔 button under an answer: `al:f:s:<series>` (every new price), `al:f:p:<topic>:<country>`
 * (policy changes), `al:f:l:<purpose>` (localization thresholds and points).
 */
export function followData(spec: AlertSpec): string | null {
  switch (spec.kind) {
    case "price_new":
      return `al:f:s:${spec.seriesKey}`;
    case "policy":
      return `al:f:p:${spec.topic ?? ""}:${spec.jurisdiction ?? ""}`;
    case "localization":
      return `al:f:l:${spec.purpose ?? ""}`;
    default:
      return null;
  }
}

/** The answer with a 🔔 row under it that follows what it was about. */
export function withFollow(ctx: BotContext, answer: Reply, spec: AlertSpec): Reply {
  const data = followData(spec);
  if (!data) return answer;
  return { ...answer, buttons: [...answer.buttons, [{ text: ctx.tr("alert-button-follow"), data }]] };
}

alertsFeature.callbackQuery(/^al:f:(s|p|l):([a-z0-9_-]{0,40})(?::([A-Z]{0,3}))?$/, async (ctx) => {
  const [, kind, a = "", b = ""] = ctx.match;
  const spec: AlertSpec =
    kind === "s"
      ? { kind: "price_new", seriesKey: a }
      : kind === "p"
        ? { kind: "policy", topic: a || null, jurisdiction: b || null, keyword: null }
        : { kind: "localization", purpose: a || null };
  await setAndConfirm(ctx, spec);
});
