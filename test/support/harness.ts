// Runs the real bot on a real database with the Bot API answered in-process at the HTTP
// boundary (grammY's client `fetch`), feeding it updates as Telegram would.

import type { Update } from "grammy/types";
import type { BotDeps } from "../../bot/context.ts";
import { createBot } from "../../bot/create-bot.ts";
import { type ApiCall, createLocalApi, LOCAL_BOT_INFO, type LocalApiOptions } from "../../bot/local-api.ts";
import { callbackUpdate, textUpdate, type UserRef } from "../../bot/local-updates.ts";
import type { Db } from "../../db/client.ts";
import { type InternalNames, internalNamesOf, leaksIn } from "./internal-names.ts";

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
  /** Fails when a call not yet checked shows users an internal name (run after every update and after each test). */
  checkNames(allowed?: string): Promise<void>;
}

/** Every harness of this test file, for the check after each test (test/support/setup.ts reads it). */
const live = globalThis as { liveHarnesses?: Set<Pick<Harness, "checkNames">> };
live.liveHarnesses ??= new Set();

/** What the user typed in an update: echoing it back is not showing our names. */
function typedIn(update: Update): string {
  const m = update.message;
  return [m?.text, m?.caption, m?.document?.file_name, update.inline_query?.query]
    .filter((t): t is string => typeof t === "string")
    .join(" ");
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

  // Users never see keys, codes or file names: every call is checked against the database's own keys.
  let names: InternalNames | undefined;
  let checked = 0;
  async function checkNames(allowed = ""): Promise<void> {
    if (checked >= api.calls.length) return;
    const calls = api.calls.slice(checked);
    checked = api.calls.length;
    try {
      names = await internalNamesOf(db);
    } catch {
      // The database may be away (outage tests) or closed: the keys read last still hold.
    }
    if (!names) return;
    const leaks = leaksIn(calls, names, allowed);
    if (leaks.length > 0) throw new Error(`internal names shown to users:\n${leaks.join("\n")}`);
  }

  let last: Update | undefined;
  async function run(update: Update): Promise<ApiCall[]> {
    last = update;
    await checkNames();
    const before = api.calls.length;
    await bot.handleUpdate(update);
    await checkNames(typedIn(update));
    return api.calls.slice(before);
  }

  const harness: Harness = {
    calls: api.calls,
    logs,
    checkNames,
    handle: async (update) => {
      await run(update);
    },
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
  live.liveHarnesses?.add(harness);
  return harness;
}
