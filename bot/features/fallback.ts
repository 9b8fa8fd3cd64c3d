import { Composer } from "grammy";
import type { BotContext } from "../context.ts";
import { staleButton } from "./stale-button.ts";

/** Last in line: whatever no feature took. */
export const fallbackFeature = new Composer<BotContext>();

fallbackFeature.on("message:text", async (ctx) => {
  const isCommand = ctx.message.entities?.some((e) => e.type === "bot_command" && e.offset === 0);
  // Plain text was the questions feature's; what reaches here in groups was not meant for us.
  if (!isCommand) return;
  await ctx.reply(ctx.tr("unknown-command"), { parse_mode: "HTML" });
});

fallbackFeature.on("callback_query:data", (ctx) => staleButton(ctx));
