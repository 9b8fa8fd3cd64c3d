import path from "node:path";
import { fileURLToPath } from "node:url";
import { I18n } from "@grammyjs/i18n";
import type { Context } from "grammy";

export type Lang = "en" | "ru";
export const LANGS: readonly Lang[] = ["ru", "en"];

/** Translate for one language; every renderer takes one so it can run outside an update too. */
export type Translate = (key: string, vars?: Record<string, string | number>) => string;

// One level below the project root both as source (bot/) and bundled (dist/).
export const localesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "locales");

/** Russian for users whose Telegram speaks Russian (or a close language), English otherwise. */
export function langOf(languageCode: string | undefined): Lang {
  return languageCode && /^(ru|uk|be|kk)\b/i.test(languageCode) ? "ru" : "en";
}

export function createI18n<C extends Context>(): I18n<C> {
  const i18n = new I18n<C>({
    defaultLocale: "en",
    directory: localesDir,
    // Fluent wraps variables in Unicode isolation marks by default; they show up in Telegram as junk.
    fluentBundleOptions: { useIsolating: false },
    // The language chosen with /language (set on ctx before i18n runs), else Telegram's.
    localeNegotiator: (ctx) => (ctx as { lang?: Lang }).lang ?? langOf(ctx.from?.language_code),
  });
  return i18n;
}

export function translatorFor(i18n: I18n, lang: Lang): Translate {
  return (key, vars) => i18n.t(lang, key, vars);
}

/**
 * The language a question is written in, when it is written in one: a question that mixes both
 * ("порог localization 2027", "цена Geely Monjaro") or has no words says nothing (null), and the
 * Telegram app's language decides.
 */
export function langOfText(text: string | undefined): Lang | null {
  if (!text) return null;
  const ru = /[а-яё]{2,}/i.test(text);
  const en = /[a-z]{2,}/i.test(text);
  return ru === en ? null : ru ? "ru" : "en";
}

/**
 * The user's language: their /language choice; else, for a question in words, the language it is
 * written in; else their Telegram app's.
 */
export async function languageOf(
  deps: { languages?: { get(userId: number): Promise<Lang | null> } },
  from: { id: number; language_code?: string } | undefined,
  question?: string,
): Promise<Lang> {
  const chosen = from && deps.languages ? await deps.languages.get(from.id) : null;
  return chosen ?? langOfText(question) ?? langOf(from?.language_code);
}
