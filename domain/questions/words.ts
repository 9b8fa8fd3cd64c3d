// Word-level tools for questions typed the way people type: lower case, ё folded, Russian
// endings cut off (so "подержанных" meets "подержанные"), and one typo forgiven in long words.

/** Russian endings, longest first; cutting them leaves a stem shared by the word's forms. */
const RU_ENDINGS = [
  "иями",
  "ями",
  "ами",
  "ого",
  "его",
  "ому",
  "ему",
  "ыми",
  "ими",
  "ией",
  "ая",
  "яя",
  "ое",
  "ее",
  "ые",
  "ие",
  "ый",
  "ий",
  "ой",
  "ых",
  "их",
  "ую",
  "юю",
  "ом",
  "ем",
  "ах",
  "ях",
  "ам",
  "ям",
  "ов",
  "ев",
  "ей",
  "ию",
  "ия",
  "ие",
  "ии",
  "а",
  "я",
  "ы",
  "и",
  "у",
  "ю",
  "е",
  "о",
  "ь",
  "й",
];

// Questions repeat the same few hundred words; stems are remembered (bounded) rather than recomputed.
const stems = new Map<string, string>();

export function stem(word: string): string {
  const known = stems.get(word);
  if (known !== undefined) return known;
  const result = stemOf(word);
  if (stems.size > 20_000) stems.clear();
  stems.set(word, result);
  return result;
}

function stemOf(word: string): string {
  if (/[а-я]/.test(word)) {
    if (word.length <= 4) return word;
    for (const end of RU_ENDINGS) {
      if (word.endsWith(end) && word.length - end.length >= 3) return word.slice(0, -end.length);
    }
    return word;
  }
  if (word.length > 3 && word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}

/** Lower case, ё → е, punctuation out (keeping `2,5`, `2.5`, `%`, `r&d`, `б/у`, `h1`), split into words. */
export function tokenize(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/ё/g, "е")
      .replace(/(\d)\s+%/g, "$1%")
      // A decimal comma or point between digits stays (as a point); other punctuation goes.
      .replace(/(\d)[,.](?=\d)/g, "$1·")
      .replace(/[?!.,;:"«»“”()[\]{}]/g, " ")
      .replace(/·/g, ".")
      .split(/\s+/)
      .filter(Boolean)
  );
}

/** Edit distance with transpositions, stopping early past `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      row[j] = Math.min((up[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (up[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j] ?? 0, ((d[i - 2] as number[])[j - 2] ?? 0) + 1);
      }
    }
  }
  return (d[a.length] as number[])[b.length] ?? max + 1;
}

/** Same word after stemming, or one slip in a word of six letters or more. */
export function wordsMatch(typed: string, known: string): boolean {
  const a = stem(typed);
  const b = stem(known);
  if (a === b) return true;
  if (/\d/.test(a) || /\d/.test(b)) return false;
  if (Math.min(a.length, b.length) >= 6) return distance(a, b, 1) <= 1;
  return false;
}

export interface Phrase<T> {
  value: T;
  /** Alias words. */
  words: string[];
}

export function phrases<T>(entries: { value: T; aliases: string[] }[]): Phrase<T>[] {
  return entries
    .flatMap((e) => e.aliases.map((a) => ({ value: e.value, words: tokenize(a) })))
    .filter((p) => p.words.length > 0)
    .sort((x, y) => y.words.length - x.words.length || y.words.join(" ").length - x.words.join(" ").length);
}

/**
 * Finds phrases in the words, longest first; each word is used once. Returns the values found
 * with the positions they took.
 */
export function findPhrases<T>(
  words: string[],
  list: Phrase<T>[],
  used: Set<number>,
): { value: T; at: number[] }[] {
  const found: { value: T; at: number[] }[] = [];
  // Exact spellings first ("paint" is painting, not "paints"), then word forms and typos.
  for (const same of [(a: string, b: string) => a === b, wordsMatch]) {
    for (const phrase of list) {
      const n = phrase.words.length;
      for (let i = 0; i + n <= words.length; i++) {
        const span = Array.from({ length: n }, (_, k) => i + k);
        if (span.some((k) => used.has(k))) continue;
        if (phrase.words.every((w, k) => same(words[i + k] ?? "", w))) {
          for (const k of span) used.add(k);
          found.push({ value: phrase.value, at: span });
        }
      }
    }
  }
  return found.sort((a, b) => (a.at[0] ?? 0) - (b.at[0] ?? 0));
}
