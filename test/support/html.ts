import { expect } from "vitest";

const ALLOWED = new Set(["b", "strong", "i", "em", "u", "s", "code", "pre", "a", "blockquote", "tg-spoiler"]);

/** Fails unless the text is HTML Telegram accepts: known tags, balanced, entities escaped, within 4096. */
export function expectTelegramHtml(text: string): void {
  expect(text.length).toBeLessThanOrEqual(4096);
  const stack: string[] = [];
  const tag = /<(\/?)([a-z-]+)(\s[^>]*)?>/g;
  let last = 0;
  for (const m of text.matchAll(tag)) {
    const between = text.slice(last, m.index);
    expect(between, `raw < or > in: ${between}`).not.toMatch(/[<>]/);
    last = (m.index ?? 0) + m[0].length;
    const [, closing, name] = m;
    expect(ALLOWED.has(name ?? ""), `tag <${name}> is not allowed`).toBe(true);
    if (closing) expect(stack.pop(), `unbalanced </${name}>`).toBe(name);
    else stack.push(name ?? "");
  }
  expect(text.slice(last)).not.toMatch(/[<>]/);
  expect(stack, "unclosed tags").toEqual([]);
  for (const amp of text.matchAll(/&[^;\s]*;?/g)) expect(amp[0]).toMatch(/^&(amp|lt|gt|quot|#\d+);$/);
}
