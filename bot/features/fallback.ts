import { Composer } from "grammy";
import type { BotContext } from "../context.ts";
import { staleButton } from "./stale-button.ts";

/** Last in line: whatever no feature took. */
export const fallbackFeature = new Composer<BotContext>();

fallbackFeature.on("message:text", async (ctx) => {
  const isCommand = ctx.message.entities?.some((e) => e.type === "bot_command" && e.offset === 0);
  await ctx.reply(ctx.tr(isCommand ? "unknown-command" : "plain-text-hint"), { parse_mode: "HTML" });
});

fallbackFeature.on("callback_query:data", (ctx) => staleButton(ctx));
