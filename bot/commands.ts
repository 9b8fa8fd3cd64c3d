import type { Api } from "grammy";
import type { Logger } from "./context.ts";
import { LANGS, type Translate } from "./i18n.ts";

export const COMMANDS = [
  "start",
  "help",
  "price",
  "policy",
  "localization",
  "chart",
  "news",
  "briefings",
  "whatif",
  "scenarios",
  "subscribe",
  "settings",
  "digest",
  "unsubscribe",
  "alert",
  "alerts",
  "quiet",
  "language",
  "cancel",
] as const;

/**
 * Registers the command menu in each language. Optional: failures are logged and retried with
 * backoff in the background, and never stop the bot.
 */
export async function registerCommands(
  api: Api,
  translate: (lang: "en" | "ru") => Translate,
  logger: Logger,
  options: { attempts?: number; firstDelayMs?: number; signal?: AbortSignal } = {},
): Promise<boolean> {
  const attempts = options.attempts ?? 6;
  let delay = options.firstDelayMs ?? 2_000;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      for (const lang of [undefined, ...LANGS]) {
        const t = translate(lang ?? "en");
        const commands = COMMANDS.map((command) => ({ command, description: t(`commands-${command}`) }));
        await api.setMyCommands(commands, lang ? { language_code: lang } : {});
      }
      return true;
    } catch (err) {
      logger.warn(
        { attempt, err: (err as Error).message },
        "setMyCommands failed; the bot works without the menu",
      );
      if (attempt === attempts || options.signal?.aborted) return false;
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, 60_000);
    }
  }
  return false;
}
