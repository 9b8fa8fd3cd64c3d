// Reading numbers as news writes them, in Russian and English, without a network or a model:
// digits with a decimal comma ("3,14 млн") or a thousands comma ("4,500 points"), groups split by
// spaces ("300 600 рублей"), scale words ("1.63 million", "750 thousands", "2 трлн"), mixed units
// ("2 млн 380 тыс.", "3 million 160 thousand"), numbers in words ("одного миллиона и пяти тысяч",
// "one million and five thousand"), the currency after them (or none), and the hedge before them
// ("около", "более", "превысила", "almost", "close to").
import { sentenceMemory } from "./sentence-memory.ts";

export type Hedge = "approx" | "more_than" | "less_than" | "up_to";
export type Currency = "rub" | "usd" | "eur" | "cny";

export interface Quantity {
  value: number;
  /** Offsets in the sentence (the hedge word is not included). */
  start: number;
  end: number;
  text: string;
  currency: Currency | null;
  /** A scale word was given ("млн", "thousand"): a figure of money even without a currency. */
  scaled: boolean;
  hedge: Hedge | null;
  /** Followed by "%" / "percent" / "процентов". */
  percent: boolean;
}

const SCALES: [RegExp, number][] = [
  [/^(трлн|триллион\p{L}*|trillions?|trln|tn)$/u, 1e12],
  [/^(млрд|миллиард\p{L}*|billions?|bln|bn)$/u, 1e9],
  [/^(млн|миллион\p{L}*|millions?|mln|mn|m)$/u, 1e6],
  [/^(тыс|тысяч\p{L}*|тысяч|тысячи|тысяча|thousands?|thous|k|т)$/u, 1e3],
];

function scaleOf(word: string): number | null {
  return remembered(scales, word, () => {
    const w = word.toLowerCase().replace(/\.$/, "");
    for (const [re, n] of SCALES) if (re.test(w)) return n;
    return null;
  });
}

// Every word of every sentence is tried against the stem tables below; news repeats its words, so
// each word's reading is kept once found. The tables are cleared when full, which bounds memory on a
// long feed round.
const scales = new Map<string, number | null>();
const units = new Map<string, number | null>();
function remembered(table: Map<string, number | null>, word: string, read: () => number | null) {
  const known = table.get(word);
  if (known !== undefined) return known;
  if (table.size >= 50_000) table.clear();
  const value = read();
  table.set(word, value);
  return value;
}

// Number words by stem: every case form of a Russian numeral starts with one of these.
const RU_UNITS: [RegExp, number][] = [
  // Compounds first: "одиннадцать" and "четыреста" open on the stems of one and four.
  [/^(одиннадцат[ьи])$/u, 11],
  [/^(двенадцат[ьи])$/u, 12],
  [/^(тринадцат[ьи])$/u, 13],
  [/^(четырнадцат[ьи])$/u, 14],
  [/^(шестнадцат[ьи])$/u, 16],
  [/^(семнадцат[ьи])$/u, 17],
  [/^(восемнадцат[ьи])$/u, 18],
  [/^(девятнадцат[ьи])$/u, 19],
  [/^(шестьдесят|шестидесяти)$/u, 60],
  [/^(семьдесят|семидесяти)$/u, 70],
  [/^(восемьдесят|восьмидесяти)$/u, 80],
  [/^(девяносто|девяноста)$/u, 90],
  [/^(четыреста|четыр[её]хсот)$/u, 400],
  [/^(шестьсот|шестисот)$/u, 600],
  [/^(семьсот|семисот)$/u, 700],
  [/^(восемьсот|восьмисот)$/u, 800],
  [/^(девятьсот|девятисот)$/u, 900],
  [/^(один|одн|одна|одно)/u, 1],
  [/^(два|две|двух|двум|двумя)$/u, 2],
  [/^(три|тр[её]х|тр[её]м|тремя)$/u, 3],
  [/^(четыр|четыр[её]х)/u, 4],
  [/^(пят[ьи]|пятью)$/u, 5],
  [/^(шест[ьи]|шестью)$/u, 6],
  [/^(сем[ьи]|семью)$/u, 7],
  [/^(восем[ьи]|восьми|восьмью)$/u, 8],
  [/^(девят[ьи]|девятью)$/u, 9],
  [/^(десят[ьи]|десятью)$/u, 10],
  [/^(пятнадцат[ьи])$/u, 15],
  [/^(двадцат[ьи])$/u, 20],
  [/^(тридцат[ьи])$/u, 30],
  [/^(сорок|сорока)$/u, 40],
  [/^(пятьдесят|пятидесяти)$/u, 50],
  [/^(сто|ста)$/u, 100],
  [/^(двести|двухсот)$/u, 200],
  [/^(триста|тр[её]хсот)$/u, 300],
  [/^(пятьсот|пятисот)$/u, 500],
];
const EN_UNITS: Record<string, number> = {
  one: 1,
  a: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
};

function wordValue(word: string): number | null {
  return remembered(units, word, () => {
    const w = word.toLowerCase().replace(/ё/g, "е");
    if (/^(полтора|полторы|полутора)$/u.test(w)) return 1.5;
    if (w in EN_UNITS && w !== "a") return EN_UNITS[w] ?? null;
    for (const [re, n] of RU_UNITS) if (re.test(w)) return n;
    return null;
  });
}

const HEDGES: [RegExp, Hedge][] = [
  // "не менее 1,6 млн", "at least 1.6 million": a floor, told before "менее" is read as less.
  // "not less than 1.95 million", "not more than 2 million": the negated word is no "less than".
  [/(не менее|не меньше|at least|no less than|not less than)\s*$/iu, "more_than"],
  [/(не более|не больше|no more than|not more than|at most)\s*$/iu, "up_to"],
  [
    /(приблизил\p{L}* к|approached|neared|около|примерно|порядка|почти|приблизительно|где-то|about|around|approximately|roughly|nearly|almost|close to|some|circa|an estimated)\s*$/iu,
    "approx",
  ],
  [
    /(более|больше|свыше|выше|превысил\p{L}*|превышает|превысит|перевалил\p{L}*|above|over|more than|topped|exceeded|exceeds|surpassed|overcame|passed|in excess of)\s*$/iu,
    "more_than",
  ],
  [/(менее|меньше|ниже|less than|below|under)\s*$/iu, "less_than"],
  [/(вплоть до|up to|as much as)\s*$/iu, "up_to"],
];

export function hedgeBefore(before: string): Hedge | null {
  for (const [re, h] of HEDGES) if (re.test(before)) return h;
  return null;
}

const CURRENCY_AFTER =
  /^\s*(?:(руб\p{L}*\.?|р\.|₽|rubles?|roubles?|rub\b|RUB\b|RUR\b|rbl\b)|(долл\p{L}*\.?|dollars?|usd\b|\$)|(евро|euros?|eur\b|€)|(юан\p{L}*|yuan|cny\b))/iu;

function currencyAfter(rest: string): { currency: Currency | null; length: number } {
  // "750тыс.руб.": the scale's dot, left apart from its word, with the rouble's right after it.
  if (/^\.(?:руб|р\.)/u.test(rest)) {
    const glued = currencyAfter(rest.slice(1));
    return { currency: glued.currency, length: glued.length + 1 };
  }
  const m = CURRENCY_AFTER.exec(rest);
  if (!m) return { currency: null, length: 0 };
  const currency: Currency = m[1] ? "rub" : m[2] ? "usd" : m[3] ? "eur" : "cny";
  return { currency, length: m[0].length };
}

/** Roubles or points follow: units counted whole, so "750.000" before them cannot be a decimal. */
function wholeUnitAfter(rest: string): boolean {
  return currencyAfter(rest).currency === "rub" || /^\s*(?:балл|points?\b)/iu.test(rest);
}

/**
 * "3,14" → 3.14; "4,500" → 4500 (a thousands comma, when no scale word follows); "300 600" → 300600;
 * "750.000" → 750000 before a unit counted whole ("рублей", "баллов"), as European sites write it.
 */
export function readDigits(digits: string, scaled: boolean, whole = false): number {
  const d = digits.replace(/[\s\u00a0\u202f'’]/g, "");
  if (whole && /^\d{1,3}\.\d{3}$/.test(d)) return Number(d.replace(".", ""));
  if (/^\d{1,3}(,\d{3})+$/.test(d) && !scaled) return Number(d.replace(/,/g, ""));
  if (/^\d{1,3}(,\d{3}){2,}$/.test(d)) return Number(d.replace(/,/g, ""));
  if (/^\d{1,3}(\.\d{3}){2,}$/.test(d)) return Number(d.replace(/\./g, ""));
  return Number(d.replace(",", "."));
}

// "750'000", "1’250’000": Swiss-style apostrophes group thousands too; "1.250.000": so do two dots.
const DIGITS = String.raw`\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![.,]\d)|\d{1,3}(?:['’]\d{3})+(?![.,'’]?\d)|\d{1,3}(?:,\d{3})+(?![.,]?\d)|\d{1,3}(?:\.\d{3}){2,}(?![.,]?\d)|\d+(?:[.,]\d+)?`;
const WORD = String.raw`[\p{L}]+`;

// "1.181m", "2.3bn", "504k": a scale letter written onto the digits. "RUB750,000", "up to3.6m":
// a figure written onto the rouble's sign or onto "to" (a slip of typesetting) is read too.
// "750 т.р.", "750 т. р.": a thousand told by its letter, right before the rouble's.
const SCALE_WORD = String.raw`(?:(?:(?<=\d)(?:m|mn|bn|k)(?![\p{L}])|(?<=\d\s)mn(?![\p{L}])|трлн|триллион\p{L}*|млрд|миллиард\p{L}*|млн|миллион\p{L}*|тыс|тысяч\p{L}*|тысяч[аи]?|trillions?|billions?|bln|bn|millions?|mln|thousands?)\.?(?![\p{L}])|т\.?(?=\s?р\.?(?![\p{L}])))`;
const NUMBER_RE = new RegExp(
  String.raw`(?:(?<![\p{L}\d.,'’])|(?<=(?<![\p{L}])(?:Rb|Rbl|RUB|RUR|to|до)))(${DIGITS})(?:\s*-?\s*(${SCALE_WORD}))?(?:\s*(?:и\s+|and\s+)?(${DIGITS})\s*(${SCALE_WORD}))?`,
  "giu",
);

/** Every number in a sentence, in digits or in words, with its scale, currency and hedge. */
export function findQuantities(sentence: string): Quantity[] {
  // Every caller gets its own copy of the article's one reading.
  return quantitiesRead(sentence, () => readQuantities(sentence)).map((q) => ({ ...q }));
}
const quantitiesRead = sentenceMemory<Quantity[]>();

function readQuantities(sentence: string): Quantity[] {
  const out: Quantity[] = [];
  const re = new RegExp(NUMBER_RE.source, NUMBER_RE.flags);
  for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
    const start = m.index ?? 0;
    const scale1 = m[2] ? (scaleOf(m[2]) ?? 1) : 1;
    let end = start + m[0].length;
    const whole = !m[2] && wholeUnitAfter(sentence.slice(end));
    let value = readDigits(m[1] ?? "0", scale1 > 1, whole) * scale1;
    if (m[3] && m[4]) {
      const scale2 = scaleOf(m[4]) ?? 1;
      if (scale2 < scale1) value += readDigits(m[3], true) * scale2;
      else {
        // "1.3 thousand and 1.2 thousand": two figures, not one; read the second on its own.
        const second = start + m[0].lastIndexOf(m[3]);
        end =
          start +
          m[0]
            .slice(0, second - start)
            .trimEnd()
            .replace(/\s*(?:и|and)$/u, "").length;
        re.lastIndex = second;
      }
    }
    out.push(finish(sentence, start, end, Math.round(value * 1000) / 1000, Boolean(m[2])));
  }
  for (const q of wordNumbers(sentence)) {
    if (!out.some((o) => q.start < o.end && o.start < q.end)) out.push(q);
  }
  return out.sort((a, b) => a.start - b.start);
}

const RUB_BEFORE = /(?<![\p{L}])(?:RUB|RUR|Rb|Rbl|руб\.)\s*$|₽\s*$/u;

function finish(sentence: string, start: number, end: number, value: number, scaled: boolean): Quantity {
  const rest = sentence.slice(end);
  // "10–20%": the first figure of a range of percentages is a percentage too.
  const pct =
    /^\s*(%|percent|per cent|процент\p{L}*|п\.п\.)/iu.exec(rest) ??
    (/^\s*[–—-]\s*\d+(?:[.,]\d+)?\s*(%|percent|процент)/iu.test(rest) ? /^/.exec(rest) : null);
  let currency: Currency | null = null;
  let finalEnd = end;
  if (pct) finalEnd = end + pct[0].length;
  else {
    const c = currencyAfter(rest);
    currency = c.currency;
    finalEnd = end + c.length;
    if (!currency && /[$€]\s*$/.test(sentence.slice(0, start)))
      currency = sentence[start - 1] === "€" ? "eur" : "usd";
    // "RUB 750,000", "Rb1.24mn", "₽3400": the rouble told before the figure.
    if (!currency && RUB_BEFORE.test(sentence.slice(Math.max(0, start - 5), start))) currency = "rub";
  }
  const before = sentence
    .slice(Math.max(0, start - 30), start)
    .replace(/[$€]\s*$/, "")
    .replace(RUB_BEFORE, "");
  let hedge = hedgeBefore(before);
  // "increased by 1.1% - up to one million": after a change, "up to" names the new level.
  if (
    hedge === "up_to" &&
    /(%|percent|per cent)[^.;]{0,25}$/iu.test(sentence.slice(Math.max(0, start - 45), start))
  )
    hedge = null;
  return {
    value,
    start,
    end: finalEnd,
    text: sentence.slice(start, finalEnd),
    currency,
    scaled,
    hedge,
    percent: Boolean(pct),
  };
}

const MARK_ADJECTIVE =
  /(?<![\p{L}\d.,])(?:(\d+(?:[.,]\d+)?)-?|(двух|тр[её]х|четыр[её]х|пяти|шести|семи|восьми|девяти|десяти|полутора))?(миллионн|миллиардн)\p{L}*(?=\s+(?:отметк|рубеж|планк|барьер|порог)\p{L}*)/giu;

/** "одного миллиона и пяти тысяч рублей", "семи тысяч баллов", "one million and five thousand". */
function wordNumbers(sentence: string): Quantity[] {
  const out: Quantity[] = [];
  // "one and a half million", "half a million", "a million and a half".
  for (const m of sentence.matchAll(
    /(?<![\p{L}])(?:(?:one|a)[ -]and[ -]a[ -]half[ -](million|thousand|billion)|half[ -]a[ -](million|billion)|a (million|thousand|billion) and a half)(?![\p{L}])/giu,
  )) {
    const scale = scaleOf(m[1] ?? m[2] ?? m[3] ?? "") ?? 1;
    const start = m.index ?? 0;
    out.push(finish(sentence, start, start + m[0].length, (m[2] ? 0.5 : 1.5) * scale, true));
  }
  // "one and a half percent".
  for (const m of sentence.matchAll(
    /(?<![\p{L}])(?:one|a)[ -]and[ -]a[ -]half(?=\s+(?:percent|per cent)(?![\p{L}]))/giu,
  )) {
    const start = m.index ?? 0;
    out.push(finish(sentence, start, start + m[0].length, 1.5, false));
  }
  // "трёхмиллионную отметку", "3-миллионный рубеж", "миллионный барьер": a round mark written as one
  // adjective is the sum it names (only before a mark's noun: "миллионный автомобиль" is an ordinal).
  for (const m of sentence.matchAll(MARK_ADJECTIVE)) {
    const start = m.index ?? 0;
    const count = m[1] ? Number(m[1].replace(",", ".")) : m[2] ? (wordValue(m[2]) ?? 1) : 1;
    const scale = /^миллиард/iu.test(m[3] ?? "") ? 1e9 : 1e6;
    out.push(finish(sentence, start, start + m[0].length, count * scale, true));
  }
  const taken = (at: number) => out.some((o) => o.start <= at && at < o.end);
  const re = new RegExp(WORD, "gu");
  const tokens = [...sentence.matchAll(re)].map((m) => ({
    w: m[0],
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  }));
  let i = 0;
  while (i < tokens.length) {
    if (taken(tokens[i]?.start ?? 0)) {
      i++;
      continue;
    }
    let total = 0;
    let group = 0;
    let j = i;
    let sawScale = false;
    let last = -1;
    while (j < tokens.length) {
      const t = tokens[j];
      if (!t) break;
      const gap = j > i ? sentence.slice(tokens[j - 1]?.end ?? 0, t.start) : "";
      if (j > i && !/^[\s-]*$/.test(gap)) break;
      // "четыре-пять тысяч" is a range, not nine thousand.
      if (j > i && gap.includes("-") && group > 0 && wordValue(t.w) !== null) break;
      const scale = scaleOf(t.w);
      const unit = wordValue(t.w);
      // "миллионы рублей", "сотни тысяч", "millions of roubles": an order of size, not a figure.
      const vague =
        j === i &&
        /^(миллионы|миллионов|тысячи|тысяч|миллиарды|миллиардов|millions|thousands|billions)$/iu.test(t.w);
      if (vague) break;
      // "m/m", "y/y", "up to m": a scale letter alone is no number ("1.181m" is read with its digits);
      // nor is the Russian "т", which alone is tonnes ("массой до 3,5 т") or a thousand written onto
      // its digits ("750 т.р.").
      if (j === i && /^(?:m|mn|bn|k|bln|mln|т)$/iu.test(t.w)) break;
      if (scale && scale >= 1e3 && !/^k$/i.test(t.w) && (group > 0 || j === i)) {
        total += (group || 1) * scale;
        group = 0;
        sawScale = true;
        last = j;
      } else if (unit !== null) {
        // "two hundred thousand": a hundred multiplies the units before it.
        if (unit === 100 && group > 0 && group < 10 && /^hundred$/iu.test(t.w)) group *= 100;
        else group += unit;
        last = j;
      } else if (/^(и|and)$/iu.test(t.w) && last === j - 1 && sawScale) {
        // "миллиона и пяти тысяч": go on
      } else break;
      j++;
    }
    if (last >= 0 && sawScale) {
      const first = tokens[i];
      const lastTok = tokens[last];
      if (first && lastTok) {
        // "a million" alone starts with a scale word; "one million" with a unit.
        out.push(finish(sentence, first.start, lastTok.end, total + group, true));
      }
      i = last + 1;
    } else if (
      last >= 0 &&
      /^\s*(?:процент\p{L}*|percent|per cent)(?![\p{L}])/iu.test(sentence.slice(tokens[last]?.end ?? 0))
    ) {
      // "на три процента", "полтора процента", "three percent": a percentage in words.
      const first = tokens[i];
      const lastTok = tokens[last];
      if (first && lastTok) out.push(finish(sentence, first.start, lastTok.end, total + group, false));
      i = last + 1;
    } else i++;
  }
  return out;
}
