/** Telegram HTML as terminal text: tags removed, links kept as `title (url)`, entities decoded. */
export function htmlToPlain(html: string): string {
  return html
    .replace(/<a href="([^"]*)">(.*?)<\/a>/g, (_m, url: string, title: string) => `${title} (${url})`)
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

interface InlineKeyboardLike {
  inline_keyboard?: { text: string; callback_data?: string; url?: string }[][];
}

/** Buttons of a reply_markup in reading order. */
export function buttonsOf(markup: unknown): { text: string; data: string }[] {
  const rows = (markup as InlineKeyboardLike | undefined)?.inline_keyboard ?? [];
  // A link button opens its page in Telegram: here its address is shown instead.
  return rows
    .flat()
    .map((b) => ({ text: b.url ? `${b.text} (${b.url})` : b.text, data: b.callback_data ?? "" }));
}
