import type { BotContext } from "../context.ts";

/** Buttons from old messages may point at data that no longer exists. */
export function staleButton(ctx: BotContext) {
  return ctx.answerCallbackQuery({ text: ctx.tr("error-stale-button"), show_alert: false });
}
