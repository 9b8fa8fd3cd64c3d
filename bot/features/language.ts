// /language: Russian or English for every message, stored per user (and for a private chat's digest).
import { Composer } from "grammy";
import type { BotContext } from "../context.ts";
import type { Lang } from "../i18n.ts";
import { replaceWith, reply } from "../respond.ts";
import { staleButton } from "./stale-button.ts";

export const languageFeature = new Composer<BotContext>();

const choices = () => [
  [
    { text: "🇷🇺 Русский", data: "lang:ru" },
    { text: "🇬🇧 English", data: "lang:en" },
  ],
];

languageFeature.command("language", (ctx) =>
  reply(ctx, { text: ctx.tr("language-choose"), buttons: choices() }),
);

languageFeature.callbackQuery(/^lang:(ru|en)$/, async (ctx) => {
  const lang = ctx.match[1] as Lang;
  if (!ctx.deps.languages) return staleButton(ctx);
  await ctx.deps.languages.set(ctx.from.id, lang);
  ctx.lang = lang;
  ctx.i18n.useLocale(lang);
  await ctx.answerCallbackQuery();
  await replaceWith(ctx, { text: ctx.tr("language-set"), buttons: [] });
});
