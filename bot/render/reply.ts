import { InlineKeyboard } from "grammy";

export interface Button {
  text: string;
  data: string;
  /** A link button (opens the page) instead of a callback. */
  url?: string;
}

/** A rendered answer: HTML text and rows of callback buttons. */
export interface Reply {
  text: string;
  buttons: Button[][];
}

export function keyboard(reply: Reply): InlineKeyboard | undefined {
  if (reply.buttons.length === 0) return undefined;
  return InlineKeyboard.from(
    reply.buttons.map((row) =>
      row.map((b) => (b.url ? InlineKeyboard.url(b.text, b.url) : InlineKeyboard.text(b.text, b.data))),
    ),
  );
}

/** Telegram rejects messages over 4096 characters; split on line breaks, tags are closed per line. */
export const MESSAGE_LIMIT = 4096;

export function splitMessage(text: string, limit = MESSAGE_LIMIT): string[] {
  if (text.length <= limit) return [text];
  const chunks: string[] = [];
  let current = "";
  for (const line of text.split("\n")) {
    const piece = line.length > limit ? `${line.slice(0, limit - 1)}…` : line;
    if (current && current.length + 1 + piece.length > limit) {
      chunks.push(current);
      current = piece;
    } else {
      current = current ? `${current}\n${piece}` : piece;
    }
  }
  if (current) chunks.push(current);
  return chunks;
}
