import type { Context } from "grammy";
import { GrammyError } from "grammy";
import { keyboard, type Reply, splitMessage } from "./render/reply.ts";

const HTML = { parse_mode: "HTML" as const, link_preview_options: { is_disabled: true } };

/** Sends a rendered answer; long text goes out in parts with the buttons under the last one. */
export async function reply(ctx: Context, answer: Reply): Promise<void> {
  const parts = splitMessage(answer.text);
  for (const [i, part] of parts.entries()) {
    const last = i === parts.length - 1;
    await ctx.reply(part, { ...HTML, reply_markup: last ? keyboard(answer) : undefined });
  }
}

const asNewMessage = new WeakSet<Context>();

/** This update's button answers in a new message instead of replacing its message (a digest's buttons). */
export function answerInNewMessage(ctx: Context): void {
  asNewMessage.add(ctx);
}

/** Replaces the message a button belongs to; falls back to a new message when it cannot be edited. */
export async function replaceWith(ctx: Context, answer: Reply): Promise<void> {
  const parts = splitMessage(answer.text);
  if (parts.length > 1 || !ctx.callbackQuery?.message || asNewMessage.has(ctx)) return reply(ctx, answer);
  try {
    await ctx.editMessageText(parts[0] ?? "", { ...HTML, reply_markup: keyboard(answer) });
  } catch (err) {
    // Pressing the same button twice asks for an identical edit; Telegram refuses, nothing is wrong.
    if (err instanceof GrammyError && err.description.includes("message is not modified")) return;
    throw err;
  }
}
