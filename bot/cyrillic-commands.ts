// Telegram marks only Latin commands as commands: "/цена подержанные" arrives as plain text with
// no bot_command entity, and no handler would take it. Here a Cyrillic command word becomes the
// command it names (with the entity Telegram would have sent), and an unknown one becomes a
// question in words, so such a message always gets an answer.
import type { MiddlewareFn } from "grammy";
import type { BotContext } from "./context.ts";

const COMMANDS: Record<string, string> = {
  цена: "price",
  цены: "price",
  стоимость: "price",
  график: "chart",
  графики: "chart",
  политика: "policy",
  регулирование: "policy",
  изменения: "policy",
  локализация: "localization",
  баллы: "localization",
  чтоесли: "whatif",
  расчет: "whatif",
  калькулятор: "whatif",
  сценарии: "scenarios",
  язык: "language",
  помощь: "help",
  справка: "help",
  старт: "start",
  начать: "start",
  подписка: "subscribe",
  подписаться: "subscribe",
  отписаться: "unsubscribe",
  оповещение: "alert",
  оповести: "alert",
  алерт: "alert",
  следить: "alert",
  оповещения: "alerts",
  алерты: "alerts",
  тишина: "quiet",
  тихиечасы: "quiet",
  дайджест: "digest",
  настройки: "settings",
  отмена: "cancel",
  отменить: "cancel",
  факты: "facts",
  админы: "admins",
  статья: "ingest",
  новости: "news",
  брифинги: "briefings",
  поиск: "briefings",
  найти: "briefings",
};

export function cyrillicCommands(botUsername: () => string): MiddlewareFn<BotContext> {
  return (ctx, next) => {
    const message = ctx.message;
    const text = message?.text;
    if (!message || !text || message.entities?.some((e) => e.type === "bot_command" && e.offset === 0)) {
      return next();
    }
    const m = /^\/([а-яё_]+)(@\w+)?(?=\s|$)/iu.exec(text);
    if (!m) return next();
    const mention = m[2];
    // "/цена@other_bot" is another bot's command in a group.
    if (mention && mention.slice(1).toLowerCase() !== botUsername().toLowerCase()) return next();
    const word = (m[1] ?? "").toLowerCase().replace(/ё/g, "е");
    const command = COMMANDS[word];
    const rest = text.slice(m[0].length);
    if (command) {
      const head = `/${command}${mention ?? ""}`;
      message.text = head + rest;
      message.entities = [{ type: "bot_command", offset: 0, length: head.length }];
    } else {
      // Not a command we know: read it as a question ("/сколько стоит москвич").
      message.text = `${word}${rest}`.trim();
      message.entities = undefined;
    }
    return next();
  };
}
