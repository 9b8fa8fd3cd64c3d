// Word-level tools for questions typed the way people type: lower case, ё folded, Russian
// endings cut off (so "подержанных" meets "подержанные"), one typo forgiven in words of six
// letters or more and two in words of nine or more ("падержаные" meets "подержанные") — the
// second only where no other known word is as close, so a typo never picks between two names.
import { distance } from "fastest-levenshtein";

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

/**
 * At most one edit apart (a letter changed, added, dropped, or two neighbours swapped). A
 * straight scan instead of an edit-distance table: it runs for every word pair of a question.
 */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const [long, short] = a.length >= b.length ? [a, b] : [b, a];
  if (long.length - short.length > 1) return false;
  let i = 0;
  while (i < short.length && long[i] === short[i]) i++;
  if (long.length !== short.length) return long.slice(i + 1) === short.slice(i);
  if (long.slice(i + 1) === short.slice(i + 1)) return true;
  return long[i] === short[i + 1] && long[i + 1] === short[i] && long.slice(i + 2) === short.slice(i + 2);
}

const DIGIT = /\d/;

/** Same stem, or one slip between stems of six letters or more; numbers must be exact. */
function stemsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 6 || b.length < 6 || DIGIT.test(a) || DIGIT.test(b)) return false;
  return withinOneEdit(a, b);
}

/** Edits forgiven between two whole words: none below six letters, one up to eight, two beyond. */
function editsAllowed(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  return n >= 9 ? 2 : n >= 6 ? 1 : 0;
}

/** How far a typed word is from a known one, or null when too far to be a slip. */
export function slip(typed: string, known: string): number | null {
  if (typed === known) return 0;
  if (DIGIT.test(typed) || DIGIT.test(known)) return null;
  if (stemsMatch(stem(typed), stem(known))) return stem(typed) === stem(known) ? 0 : 1;
  const allowed = editsAllowed(typed, known);
  if (allowed === 0 || Math.abs(typed.length - known.length) > allowed) return null;
  const d = distance(typed, known);
  return d <= allowed ? d : null;
}

/** Same word after stemming, one slip in a word of six letters or more, two from nine letters. */
export function wordsMatch(typed: string, known: string): boolean {
  return slip(typed, known) !== null;
}

export interface Phrase<T> {
  value: T;
  /** Alias words. */
  words: string[];
  /** Their stems, worked out once with the vocabulary. */
  stems: string[];
}

export function phrases<T>(entries: { value: T; aliases: string[] }[]): Phrase<T>[] {
  return entries
    .flatMap((e) =>
      e.aliases.map((a) => {
        const words = tokenize(a);
        return { value: e.value, words, stems: words.map(stem) };
      }),
    )
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
  options: { exactOnly?: boolean; known?: Set<string> } = {},
): { value: T; at: number[] }[] {
  const found: { value: T; at: number[] }[] = [];
  const scan: Scan<T> = { words, typedStems: words.map(stem), used, list, known: options.known };
  const typed = new Set(words);
  // Exact spellings first ("paint" is painting, not "paints"), then word forms, then typos.
  const passes = options.exactOnly ? (["exact"] as const) : (["exact", "stem", "slip"] as const);
  // No closures per phrase: this runs for every phrase of the vocabulary on every question.
  for (const pass of passes) {
    for (const phrase of list) {
      // An exact match starts with the phrase's first word spelled as it is.
      const n = phrase.words.length;
      if (pass === "exact" && n > 0 && !typed.has(phrase.words[0] ?? "")) continue;
      for (let i = 0; i + n <= words.length; i++) {
        const span = matchAt(scan, pass, phrase, i);
        if (!span) continue;
        for (const k of span) used.add(k);
        found.push({ value: phrase.value, at: span });
      }
    }
  }
  return found.sort((a, b) => (a.at[0] ?? 0) - (b.at[0] ?? 0));
}

type Pass = "exact" | "stem" | "slip";

interface Scan<T> {
  words: string[];
  typedStems: string[];
  used: Set<number>;
  list: Phrase<T>[];
  known?: Set<string>;
}

/** The positions the phrase takes from i, letting one little word sit inside it ("москвич 3 с вариатором"). */
function matchAt<T>(s: Scan<T>, pass: Pass, phrase: Phrase<T>, i: number): number[] | null {
  const n = phrase.words.length;
  const span: number[] = [];
  let at = i;
  let skipped = false;
  for (let k = 0; k < n; k++) {
    if (k > 0 && !skipped && INNER_WORDS.has(s.words[at] ?? "") && !same(s, pass, phrase, at, k)) {
      span.push(at);
      at++;
      skipped = true;
    }
    if (at >= s.words.length || s.used.has(at) || !same(s, pass, phrase, at, k)) return null;
    span.push(at);
    at++;
  }
  return span;
}

function same<T>(s: Scan<T>, pass: Pass, phrase: Phrase<T>, at: number, k: number): boolean {
  const typed = s.words[at] ?? "";
  return pass === "exact"
    ? typed === phrase.words[k]
    : pass === "stem"
      ? stemsMatch(s.typedStems[at] ?? "", phrase.stems[k] ?? "")
      : // A word spelled right is no typo of another: "points" is not "paints".
        !s.known?.has(typed) && slipUnambiguous(typed, phrase.words[k] ?? "", phrase.value, s.list);
}

/** Little words that may sit inside a name without changing it. */
const INNER_WORDS = new Set(["с", "со", "на", "with", "a", "the", "in", "в"]);

/** A slip that points at one value only: no word of another value of the list is as close. */
function slipUnambiguous<T>(typed: string, known: string, value: T, list: Phrase<T>[]): boolean {
  const d = slip(typed, known);
  if (d === null) return false;
  if (d <= 1) return true;
  return !list.some((p) => p.value !== value && p.words.some((w) => (slip(typed, w) ?? 99) <= d));
}
