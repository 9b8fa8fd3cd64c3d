// Runs the real bot on a real database with the Bot API answered in-process at the HTTP
// boundary (grammY's client `fetch`), feeding it updates as Telegram would.

import type { Update } from "grammy/types";
import type { BotDeps } from "../../bot/context.ts";
import { createBot } from "../../bot/create-bot.ts";
import { type ApiCall, createLocalApi, LOCAL_BOT_INFO, type LocalApiOptions } from "../../bot/local-api.ts";
import { callbackUpdate, textUpdate, type UserRef } from "../../bot/local-updates.ts";
import type { Db } from "../../db/client.ts";

export interface LogLine {
  level: "info" | "warn" | "error";
  obj: object;
  msg?: string;
}

export interface ChatRef {
  id: number;
  type: "private" | "group" | "supergroup";
  title?: string;
}

export interface Harness {
  calls: ApiCall[];
  logs: LogLine[];
  /** Sends a message from the user (in their private chat unless `chat` is given) and returns the Bot API calls it caused. */
  send(text: string, user?: Partial<UserRef>, chat?: ChatRef): Promise<ApiCall[]>;
  /** Presses the button with this label (or callback data) on the latest message in the chat that has it. */
  press(labelOrData: string, user?: Partial<UserRef>, chat?: ChatRef): Promise<ApiCall[]>;
  /** Feeds any update. */
  handle(update: Update): Promise<void>;
  /** Delivers the last update again, as Telegram does when a webhook answer was lost. */
  resend(): Promise<ApiCall[]>;
  /** Texts of the messages sent or edited in these calls. */
  texts(calls: ApiCall[]): string[];
  buttons(call: ApiCall | undefined): { text: string; data: string }[];
}

export function createHarness(
  db: Db,
  options: { now?: () => Date; api?: LocalApiOptions; deps?: Partial<BotDeps>; dedupe?: boolean } = {},
): Harness {
  const api = createLocalApi(options.api);
  const logs: LogLine[] = [];
  const logger = {
    info: (obj: object, msg?: string) => logs.push({ level: "info", obj, msg }),
    warn: (obj: object, msg?: string) => logs.push({ level: "warn", obj, msg }),
    error: (obj: object, msg?: string) => logs.push({ level: "error", obj, msg }),
  };
  const bot = createBot("123:test-token", {
    deps: { db, now: options.now ?? (() => new Date("2026-11-21T09:00:00Z")), ...options.deps },
    logger,
    botInfo: LOCAL_BOT_INFO,
    fetch: api.fetch,
    dedupeUpdates: options.dedupe,
  });
  const defaultUser: UserRef = { id: 7, languageCode: "en" };

  const buttons = (call: ApiCall | undefined) => {
    const markup = call?.payload.reply_markup as
      | { inline_keyboard?: { text: string; callback_data: string }[][] }
      | undefined;
    return (markup?.inline_keyboard ?? []).flat().map((b) => ({ text: b.text, data: b.callback_data }));
  };

  let last: Update | undefined;
  async function run(update: Update): Promise<ApiCall[]> {
    last = update;
    const before = api.calls.length;
    await bot.handleUpdate(update);
    return api.calls.slice(before);
  }

  return {
    calls: api.calls,
    logs,
    handle: (update) => bot.handleUpdate(update),
    resend: () => {
      if (!last) throw new Error("nothing sent yet");
      return run(last);
    },
    send: (text, user, chat) => {
      const who = { ...defaultUser, ...user };
      return run(textUpdate(who, text, new Date(), chat ?? { id: who.id, type: "private" }));
    },
    async press(labelOrData, user, chat) {
      const who = { ...defaultUser, ...user };
      const where = chat ?? { id: who.id, type: "private" as const };
      for (let i = api.calls.length - 1; i >= 0; i--) {
        const call = api.calls[i];
        if (chat && Number(call?.payload.chat_id) !== chat.id) continue;
        const button = buttons(call).find((b) => b.text === labelOrData || b.data === labelOrData);
        if (call && button) {
          const messageId = Number(call.payload.message_id ?? i + 1);
          return run(callbackUpdate(who, button.data, { message_id: messageId }, where));
        }
      }
      throw new Error(`no button ${labelOrData} in any message`);
    },
    texts: (calls) =>
      calls
        .filter((c) => c.method === "sendMessage" || c.method === "editMessageText")
        .map((c) => String(c.payload.text)),
    buttons,
  };
}
