import type { Bot } from "grammy";
import type { BotContext, Logger } from "./context.ts";

/**
 * Waits until Telegram answers getMe, logging each failure and backing off up to a minute.
 * A bot that cannot reach Telegram keeps running (and keeps its database) instead of crash-looping.
 */
export async function waitForTelegram(
  bot: Bot<BotContext>,
  logger: Logger,
  signal: AbortSignal,
): Promise<boolean> {
  let delay = 1_000;
  while (!signal.aborted) {
    try {
      bot.botInfo = await bot.api.getMe();
      logger.info({ username: bot.botInfo.username }, "connected to Telegram");
      return true;
    } catch (err) {
      logger.warn({ err: (err as Error).message, retryInMs: delay }, "cannot reach Telegram; retrying");
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delay);
        signal.addEventListener("abort", () => {
          clearTimeout(timer);
          resolve();
        });
      });
      delay = Math.min(delay * 2, 60_000);
    }
  }
  return false;
}
