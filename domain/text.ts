/** Lower-cases, folds ё, and collapses whitespace, so user text and aliases compare equal. */
export function normalize(text: string): string {
  return text.toLowerCase().replace(/ё/g, "е").replace(/\s+/g, " ").trim();
}

export interface AliasMatch<T> {
  value: T;
  rest: string;
}

/**
 * Finds the longest alias the text starts with, on word boundaries.
 * `moskvich 3 cvt 2023` -> the CVT series, rest `2023`.
 */
export function matchAliasPrefix<T>(
  text: string,
  entries: { value: T; aliases: string[] }[],
): AliasMatch<T> | null {
  const t = normalize(text);
  let best: { value: T; length: number } | null = null;
  for (const entry of entries) {
    for (const alias of entry.aliases) {
      const a = normalize(alias);
      if (!a) continue;
      if ((t === a || t.startsWith(`${a} `)) && (best === null || a.length > best.length)) {
        best = { value: entry.value, length: a.length };
      }
    }
  }
  return best ? { value: best.value, rest: t.slice(best.length).trim() } : null;
}

/** Finds and removes every alias that occurs in the text as whole words, longest first. */
export function extractAliases<T>(
  text: string,
  entries: { value: T; aliases: string[] }[],
): { found: T[]; rest: string } {
  let rest = ` ${normalize(text)} `;
  const all = entries
    .flatMap((e) => e.aliases.map((a) => ({ value: e.value, alias: normalize(a) })))
    .filter((x) => x.alias)
    .sort((a, b) => b.alias.length - a.alias.length);
  const found: T[] = [];
  for (const { value, alias } of all) {
    const needle = ` ${alias} `;
    if (rest.includes(needle)) {
      rest = rest.replace(needle, " ");
      if (!found.includes(value)) found.push(value);
    }
  }
  return { found, rest: rest.replace(/\s+/g, " ").trim() };
}
