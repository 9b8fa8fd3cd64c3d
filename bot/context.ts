import type { ConversationFlavor } from "@grammyjs/conversations";
import type { I18nFlavor } from "@grammyjs/i18n";
import type { Context } from "grammy";
import type { Db } from "../db/client.ts";
import type { PollSettings } from "../domain/feeds/poll.ts";
import type { LanguagePreferences } from "../domain/preferences.ts";
import type { Lang, Translate } from "./i18n.ts";

/** What features need besides Telegram: the database and the clock (injected so tests can move time). */
export interface BotDeps {
  db: Db;
  /** Where each update's claim and first reads go (Database.updatesDb); `db` when not given. */
  updatesDb?: Db;
  now: () => Date;
  /** Telegram user ids allowed to run admin commands (ADMIN_IDS). */
  adminIds?: number[];
  /** Zone new digest subscriptions start with (DEFAULT_TIMEZONE). */
  defaultTimeZone?: string;
  /**
   * Only this process uses the database (the embedded PGlite locks its data directory): what it
   * last read or wrote is still true, so conversation state, languages and update ids are kept
   * in memory instead of read on every update. Never set it with several instances.
   */
  exclusiveDatabase?: boolean;
  /** News feeds: fetch limits and interval (FEED_*), and whether private addresses may be added (FEED_ALLOW_PRIVATE). */
  feeds?: { settings: PollSettings; allowPrivate: boolean };
  /** Languages users chose with /language; createBot makes one when not given. */
  languages?: LanguagePreferences;
}

export interface Logger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

interface AppFlavor {
  deps: BotDeps;
  /** The user's language, negotiated once per update. */
  lang: Lang;
  /** `ctx.t` bound to `lang`, in the shape the renderers take. */
  tr: Translate;
  /** Downloads a file users sent (by its getFile path) as text, through the same Bot API client settings. */
  downloadText: (filePath: string) => Promise<string>;
}

/** The context inside conversations: the same plugins, installed again by the conversations plugin. */
export type DialogueContext = Context & I18nFlavor & AppFlavor;

/** The context of ordinary middleware, which can also enter and leave conversations. */
export type BotContext = ConversationFlavor<DialogueContext>;
