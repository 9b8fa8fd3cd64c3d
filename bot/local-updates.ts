// Builders for the updates a Telegram user produces, for the terminal chat and the tests.
import type { Message, Update } from "grammy/types";

export interface UserRef {
  id: number;
  languageCode?: string;
  firstName?: string;
}

let nextUpdateId = 1;
let nextMessageId = 100_000;

function from(user: UserRef) {
  return {
    id: user.id,
    is_bot: false,
    first_name: user.firstName ?? "User",
    language_code: user.languageCode,
  };
}

/** A text message in the user's private chat; a leading /command gets its bot_command entity. */
export function textUpdate(
  user: UserRef,
  text: string,
  date = new Date(),
  chat: { id: number; type: "private" | "group" | "supergroup"; title?: string } = {
    id: user.id,
    type: "private",
  },
): Update {
  const command = /^\/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?/.exec(text);
  const message = {
    message_id: nextMessageId++,
    date: Math.floor(date.getTime() / 1000),
    chat:
      chat.type === "private"
        ? { id: chat.id, type: "private", first_name: user.firstName ?? "User" }
        : { id: chat.id, type: chat.type, title: chat.title ?? "Group" },
    from: from(user),
    text,
    ...(command ? { entities: [{ type: "bot_command", offset: 0, length: command[0].length }] } : {}),
  } as Update["message"];
  return { update_id: nextUpdateId++, message };
}

/** A press on an inline button under a message the bot sent. */
export function callbackUpdate(
  user: UserRef,
  data: string,
  message: { message_id: number; text?: string },
  chat: { id: number; type: "private" | "group" | "supergroup"; title?: string } = {
    id: user.id,
    type: "private",
  },
): Update {
  return {
    update_id: nextUpdateId++,
    callback_query: {
      id: String(nextUpdateId),
      from: from(user),
      chat_instance: String(user.id),
      data,
      message: {
        message_id: message.message_id,
        date: Math.floor(Date.now() / 1000),
        chat:
          chat.type === "private"
            ? { id: chat.id, type: "private", first_name: user.firstName ?? "User" }
            : { id: chat.id, type: chat.type, title: chat.title ?? "Group" },
        text: message.text ?? "",
      } as Message.TextMessage,
    },
  };
}
