// What a group shares (its digest subscription, its alert rules) only its admins change;
// Telegram says who they are.
import type { BotContext } from "../context.ts";

export async function mayManage(ctx: BotContext): Promise<boolean> {
  const type = ctx.chat?.type;
  if (type !== "group" && type !== "supergroup") return true;
  if (!ctx.from) return false;
  const member = await ctx.getChatMember(ctx.from.id);
  return member.status === "creator" || member.status === "administrator";
}

export async function refuse(ctx: BotContext, message = "digest-admins-only"): Promise<void> {
  if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: ctx.tr(message), show_alert: true });
  else await ctx.reply(ctx.tr(message), { parse_mode: "HTML" });
}
