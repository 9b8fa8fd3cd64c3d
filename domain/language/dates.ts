// Periods and dates as news tells them, resolved against the article's own date: "в мае",
// "в декабре прошлого года", "in October", "the first half of 2024", "January–June", "с 1 декабря
// текущего года", "from October 1 this year", "в пятницу". A year that cannot be known (no article
// date, no year in the text) is left null and the reference is marked undated — never guessed.
import type { Period } from "../period.ts";
import { sentenceMemory } from "./sentence-memory.ts";

export interface PeriodRef {
  period: Period | null;
  /**
   * The period, or when its year cannot be known, the same words resolved against a stand-in date
   * (31 December 9999): enough to tell "August" from "July" or "last August", never to be stored.
   */
  shadow: Period | null;
  /** A month or half-year was named but its year could not be known. */
  undated: boolean;
  start: number;
  end: number;
  /** Told as a point of comparison ("than in July", "к августу прошлого года", "from a year earlier"). */
  comparison: boolean;
}

export interface DateRef {
  /** ISO date, or null when the year cannot be known. */
  date: string | null;
  undated: boolean;
  start: number;
  end: number;
}

const MONTH_STEMS: [string, number][] = [
  ["январ", 1],
  ["феврал", 2],
  ["март", 3],
  ["апрел", 4],
  // "к маю": the dative too.
  ["ма[йяею]", 5],
  ["июн", 6],
  ["июл", 7],
  ["август", 8],
  ["сентябр", 9],
  ["октябр", 10],
  ["ноябр", 11],
  ["декабр", 12],
];
export const EN_MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

export function monthOf(word: string): number | null {
  const w = word.toLowerCase();
  const en = EN_MONTHS.findIndex((m) => w === m || (w.length >= 3 && m.startsWith(w) && w !== "ma"));
  if (en >= 0 && (w.length >= 3 || w === "may")) return en + 1;
  // "январского", "майский уровень", "мартовского пика": a month told by its adjective.
  for (const [stem, n] of MONTH_STEMS)
    if (new RegExp(`^${stem}(?:\\p{L}{0,3}|(?:ов|ь)?ск\\p{L}{1,3})$`, "u").test(w)) return n;
  return null;
}

const RU_MONTH = String.raw`(?:январ|феврал|март|апрел|ма[йяею]|июн|июл|август|сентябр|октябр|ноябр|декабр)(?:(?:ов|ь)?ск\p{L}{1,3}|\p{L}{0,3})`;
const EN_MONTH = String.raw`(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?`;
const MONTH = `(?:${RU_MONTH}|${EN_MONTH})`;
const YEAR = String.raw`((?:19|20)\d{2})(?:-?(?:го|м|й))?\s*(?:года|году|год|г\.)?`;
const THIS_YEAR = String.raw`(?:этого|текущего|нынешнего|сего)\s+года|this\s+year|the\s+current\s+year|of\s+this\s+year`;
const LAST_YEAR = String.raw`(?:прошлого|предыдущего|минувшего)\s+года|last\s+year|the\s+previous\s+year|the\s+past\s+year|of\s+(?:the\s+)?last\s+year`;
const NEXT_YEAR = String.raw`(?:следующего|будущего|наступающего)\s+года|next\s+year|the\s+following\s+year`;
const REL = `(${THIS_YEAR})|(${LAST_YEAR})|(${NEXT_YEAR})`;

const iso = (y: number, m: number, d = 1) =>
  `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;

function parseIso(date: string | null): { y: number; m: number; d: number } | null {
  if (!date) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}

export type Tense = "past" | "future" | "nearest";

/**
 * The year of a month named without one: in the article's year for "этого года", a year before for
 * "прошлого года"; with no word, the latest such month not after the article (a report) or the
 * nearest one (a rule's start). Null when the article's date is unknown.
 */
export function yearFor(
  month: number,
  rel: "this" | "last" | "next" | null,
  articleDate: string | null,
  tense: Tense,
): number | null {
  const a = parseIso(articleDate);
  if (!a) return null;
  if (rel === "this") return a.y;
  if (rel === "last") return a.y - 1;
  if (rel === "next") return a.y + 1;
  if (tense === "past") return month <= a.m ? a.y : a.y - 1;
  if (tense === "future") return month >= a.m ? a.y : a.y + 1;
  const diff = month - a.m;
  if (diff > 6) return a.y - 1;
  if (diff < -6) return a.y + 1;
  return a.y;
}

const relOf = (m: RegExpExecArray, at: number): "this" | "last" | "next" | null =>
  m[at] ? "this" : m[at + 1] ? "last" : m[at + 2] ? "next" : null;

// "58% above the average for 2021", "выше среднего за 2021 год": the period of an average compared with.
// "2% above the 2025 average": a period after "above"/"below" is one compared with.
const COMPARISON_BEFORE =
  /(?<![\p{L}])(чем|than|к|ко|(?<=%\)?\s?)(?:to|on)|против|относительно|по сравнению со?|в сравнении со?|сравнива\p{L}* со?|from|over|against|versus|vs\.?|compared with|compared to|in comparison with|in comparison to|in relation to|relative to|concerning|regarding|with respect to|as against|(?:the\s+)?same\s+(?:month|period|time)\s+(?:of|in)|since|уровн\p{L}*|(?:выше|ниже|больше|меньше|дороже|дешевле)\s+(?:показател|значени)\p{L}*|(?:выше|ниже|больше|меньше|дороже|дешевле)\s+средн\p{L}*(?:\s+(?:за|показател\p{L}*|значени\p{L}*|уровн\p{L}*))?|(?:above|below|over|under|than|against|versus|vs\.?|compared (?:to|with))\s+(?:the\s+)?(?:average|mean|level|figure)\s+(?:for|of|in)|(?:the\s+)?levels?\s+of|above|below|выше|ниже|дороже|дешевле|больше|меньше|сколько|same as)\s+(?:(?:в|во|in|at|the|of|start|beginning|начал[аеоу]м?)\s+){0,4}$/iu;
const COMPARISON_AFTER = /^\s*(level|уровн|figure|показател)/iu;

/** The periods a sentence names, each resolved against the article date. */
export function findPeriods(sentence: string, articleDate: string | null): PeriodRef[] {
  // Every caller gets its own copy of the article's one reading.
  const key = `${articleDate ?? ""}\u0000${sentence}`;
  return periodsRead(key, () => readPeriodsFor(sentence, articleDate)).map((p) => ({ ...p }));
}
const periodsRead = sentenceMemory<PeriodRef[]>();

function readPeriodsFor(sentence: string, articleDate: string | null): PeriodRef[] {
  if (!articleDate) {
    const shadows = readPeriods(sentence, "9999-12-31");
    return readPeriods(sentence, null).map((p, i) => ({
      ...p,
      shadow: p.period ?? shadows[i]?.period ?? null,
    }));
  }
  return readPeriods(sentence, articleDate);
}

/**
 * "за 10 месяцев 2025 года", "the first nine months", "January–October", "в январе-сентябре": a run of
 * months from the year's start that is no half-year, no year and no month.
 */
const N_MONTHS = String.raw`(?:[2-57-9]|1[01]|двух|тр[её]х|четыр[её]х|пяти|семи|восьми|девяти|десяти|одиннадцати|два|три|четыре|пять|семь|восемь|девять|десять|одиннадцать|two|three|four|five|seven|eight|nine|ten|eleven)\s+(?:месяц\p{L}*|months)`;
export const monthSpan = () =>
  new RegExp(
    String.raw`(?<![\p{L}\d])(?:(?:перв\p{L}*|first)\s+(?=${N_MONTHS})|(?=${N_MONTHS}\s+(?:of\s+)?(?:the\s+)?(?:(?:19|20)\d\d|${REL}|year(?![\p{L}]))))${N_MONTHS}(?:\s+(?:of\s+)?(?:the\s+)?(?:${YEAR}|(?:${REL})|year))?|(?:between\s+)?(?:январ\p{L}*|january)\s*(?:[–—-]|по|to|through|and)\s*(?:(?:феврал|март|апрел|ма[йяею]|июл|август|сентябр|октябр|ноябр)\p{L}*|february|march|april|may|july|august|september|october|november)(?![\p{L}])(?:\s+(?:of\s+)?${YEAR})?`,
    "giu",
  );

function readPeriods(sentence: string, articleDate: string | null): PeriodRef[] {
  const out: PeriodRef[] = [];
  const a = parseIso(articleDate);
  // "за 10 месяцев 2025 года", "January–October", "в январе-сентябре": a run of months from the
  // year's start that is no half-year, no year and no month — no period any series is kept by.
  const spans: [number, number][] = [];
  const push = (period: Period | null, undated: boolean, start: number, end: number, ahead = false) => {
    if (out.some((o) => start < o.end && o.start < end)) return;
    if (spans.some(([a, b]) => start < b && a < end)) return;
    const before = sentence.slice(Math.max(0, start - 30), start);
    // "Over January–June …" opening a sentence is the period told, not one compared with.
    // "В первом полугодии 2024-го показатель был …" too: the period told, though a level's word follows.
    const opening = /^[^\p{L}\d]*(?:over|in|during|в|во|за|по итогам)\s+(?:the\s+)?$/iu.test(
      sentence.slice(0, start),
    );
    out.push({
      period,
      shadow: period,
      undated,
      start,
      end,
      // A month still ahead ("from next January") is when something starts, not a comparison.
      comparison:
        !opening && !ahead && (COMPARISON_BEFORE.test(before) || COMPARISON_AFTER.test(sentence.slice(end))),
    });
  };
  const s = sentence;
  // Half-years: "первое полугодие 2025 года", "в первом полугодии", "H1 2024", "first half of 2024",
  // "January–June 2022", "с января по июнь".
  const half = new RegExp(
    String.raw`(?:(?<!(?:последн\p{L}*|прошедш\p{L}*|last|past)\s+)(?:(?:перв\p{L}*|first)\s+)?(?:шести|шесть|six|6)\s+(?:месяц\p{L}*|months)(?=\s+(?:of\s+)?(?:(?:19|20)\d\d|текущего|этого|прошлого|this|last))|(перв|втор|I{1,2}(?=\s)|[12](?=-?[ем]?\s))\p{L}*(?:-?[ем])?\s+полугоди\p{L}*|(first|second|1st|2nd)\s+half(?:-year)?|\b(H1|H2|1H|2H)\b|(январ\p{L}*|january)\s*(?:[–—-]|по|to|through)\s*(июн\p{L}*|june)|(июл\p{L}*|july)\s*(?:[–—-]|по|to|through)\s*(декабр\p{L}*|december))(?:\s+(?:of\s+)?(?:the\s+)?(?:year\s+)?)?(?:\s*${YEAR}|\s*(?:${REL}))?`,
    "giu",
  );
  for (const m of s.matchAll(monthSpan())) spans.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  for (const m of s.matchAll(half)) {
    const second = /втор|second|2nd|H2|2H|^II$|^2$/i.test(m[1] ?? m[2] ?? m[3] ?? "") || Boolean(m[6]);
    const explicit = m[8] ? Number(m[8]) : null;
    const rel = m[9] ? "this" : m[10] ? "last" : m[11] ? "next" : null;
    let y: number | null = explicit;
    if (y === null && a) {
      if (rel) y = rel === "this" ? a.y : rel === "last" ? a.y - 1 : a.y + 1;
      else if (/the\s+year\s*$/i.test(m[0])) y = a.y;
      else y = second ? (a.m >= 7 ? a.y : a.y - 1) : a.m >= 6 ? a.y : a.y - 1;
    }
    const start = m.index ?? 0;
    push(
      y !== null ? { start: iso(y, second ? 7 : 1), granularity: "half_year" } : null,
      y === null,
      start,
      start + m[0].length,
    );
  }
  // Mid-year: "в середине 2021 года", "the middle of 2021", "the middle of last summer".
  for (const m of s.matchAll(
    new RegExp(
      String.raw`(?:середин\p{L}*|middle\s+of|mid-)\s*(?:лета\s+)?(?:(?:the\s+)?${YEAR}|(last summer|прошлого лета|${LAST_YEAR}))`,
      "giu",
    ),
  )) {
    const y = m[1] ? Number(m[1]) : a ? a.y - 1 : null;
    const start = m.index ?? 0;
    push(
      y !== null ? { start: iso(y, 7), granularity: "mid_year" } : null,
      y === null,
      start,
      start + m[0].length,
    );
  }
  // "на 1,2% больше февральского уровня", "к январскому показателю": a month named by its adjective.
  for (const m of s.matchAll(
    /(?<![\p{L}])(январ|феврал|мартовск|апрел|майск|июньск|июльск|августовск|сентябр|октябр|ноябр|декабр)\p{L}*(?=\s+(?:уровн|показател|значени)\p{L}*)/giu,
  )) {
    const stem = (m[1] ?? "").toLowerCase();
    const n = [
      "январ",
      "феврал",
      "мартовск",
      "апрел",
      "майск",
      "июньск",
      "июльск",
      "августовск",
      "сентябр",
      "октябр",
      "ноябр",
      "декабр",
    ].indexOf(stem);
    if (n < 0 || !/ск\p{L}{2,3}$/u.test(m[0])) continue;
    const start = m.index ?? 0;
    const y = yearFor(n + 1, null, articleDate, "past");
    push(
      y !== null ? { start: iso(y, n + 1), granularity: "month" } : null,
      y === null,
      start,
      start + m[0].length,
    );
  }
  // A month: "в январе 2021 года", "January 2021", "August 2021", "в мае", "in October",
  // "в декабре прошлого года", "last August".
  const month = new RegExp(
    String.raw`(last\s+|прошл\p{L}*\s+|(?:next|the\s+following|следующ\p{L}*|будущ\p{L}*|грядущ\p{L}*)\s+)?(?<![\p{L}])(${MONTH})(?![\p{L}])(?:\s+(?:of\s+)?${YEAR}|\s+(?:${REL}))?`,
    "giu",
  );
  for (const m of s.matchAll(month)) {
    const word = (m[2] ?? "").replace(/\.$/, "");
    const n = monthOf(word);
    if (!n) continue;
    // "May" as a verb ("may rise") or "март" inside other words is not a month without a year.
    if (/^may$/.test(word) && !m[3]) continue;
    const start = m.index ?? 0;
    const end = start + m[0].length;
    // A day before it makes it a date, not a period: "1 октября".
    if (
      /\d\s*$/.test(s.slice(Math.max(0, start - 3), start)) ||
      (/^\s*\d{1,2}(?!\d)/.test(s.slice(end)) && !m[3])
    )
      continue;
    let y: number | null = m[3] ? Number(m[3]) : null;
    const before = m[1] ?? "";
    const ahead = before !== "" && !/^(last|прошл)/iu.test(before);
    if (y === null && a && ahead) {
      // "from next January", "со следующего января": the first such month after the article's.
      y = n > a.m ? a.y : a.y + 1;
    } else if (y === null) {
      const rel = before ? "last" : relOf(m as unknown as RegExpExecArray, 4);
      y = yearFor(n, rel, articleDate, "past");
    }
    // "в марте 2021 года …, а в июне того же года": the year of the period named before it.
    const same = !m[3] ? SAME_YEAR.exec(s.slice(end)) : null;
    const earlier = same
      ? out.filter((o) => o.end <= start && o.period).sort((x, z) => z.end - x.end)[0]
      : undefined;
    if (same && earlier?.period) {
      push(
        { start: iso(Number(earlier.period.start.slice(0, 4)), n), granularity: "month" },
        false,
        start,
        end + same[0].length,
      );
      continue;
    }
    push(y !== null ? { start: iso(y, n), granularity: "month" } : null, y === null, start, end, ahead);
  }
  // A year: "в 2023 году", "in 2021", "for 2023", "the 2021 level", "в прошлом году", "last year".
  for (const m of s.matchAll(
    /(?<![\d.,])((?:19|20)\d{2})(?![\d.,]\d)(?:-?(?:го|м|й))?(?:\s*(?:года|году|год|г\.))?/gu,
  )) {
    const start = m.index ?? 0;
    const before = s.slice(Math.max(0, start - 16), start);
    const after = s.slice(start + m[0].length);
    const yearish =
      /(в|во|за|in|for|of|the|since|с|к|чем|than|от|до|by|end of|конц\p{L}*|начал\p{L}*|относительно|против|against|versus|(?:того|тот|том|этого|этот|этом)\s+же|same)\s*$/iu.test(
        before,
      ) ||
      /^\s*(года|году|год|г\.)/u.test(m[0].slice(4)) ||
      /^\s*(level|уровн)/iu.test(after);
    // "2021–2023", "2024-25": a run of years; "по итогам 2023 года — 2,96 млн": a year told with its word
    // and a dash before the figure of that year.
    const run =
      !/\p{L}/u.test(m[0].slice(4)) && /^\s*[–—-]\s*(?:(?:19|20)\d{2}|\d{2})(?![\d.,]\d|\d)/u.test(after);
    if (!yearish || /[–—-]\s*$/.test(before) || run) continue;
    const y = Number(m[1]);
    push({ start: iso(y, 1), granularity: "year" }, false, start, start + m[0].length);
  }
  // "в середине 2021 года …, а по итогам того же года — …", "in mid-2021 …, and for the same year …":
  // the same year as the period named before it in the sentence, told whole.
  for (const m of s.matchAll(
    /(?<![\p{L}])(?:(?:в|во|за|по итогам)\s+)?(?:тот|того|том|этот|этого|этом)\s+же\s+(?:год|года|году)(?![\p{L}])|(?<![\p{L}])(?:for|in|of|over|during)\s+(?:the|that)\s+same\s+year(?![\p{L}])/giu,
  )) {
    const start = m.index ?? 0;
    // "в январе того же года": a month's year, not the year told whole.
    if (MONTH_BEFORE.test(s.slice(Math.max(0, start - 14), start))) continue;
    const earlier = out.filter((o) => o.end <= start && o.period).sort((x, y) => y.end - x.end)[0];
    if (!earlier?.period) continue;
    push(
      { start: iso(Number(earlier.period.start.slice(0, 4)), 1), granularity: "year" },
      false,
      start,
      start + m[0].length,
    );
  }
  // "в 2021 году …, а в минувшем — …": the year left out after another year is named.
  if (out.some((o) => o.period?.granularity === "year"))
    for (const m of s.matchAll(
      /(?<![\p{L}])(?:в|во|за)\s+(?:минувшем|прошлом|прошедшем|минувший|прошлый)(?![\p{L}])(?!\s+(?:году|год|месяц\p{L}*|квартал\p{L}*|полугоди\p{L}*))/giu,
    )) {
      if (!a) continue;
      const start = m.index ?? 0;
      push({ start: iso(a.y - 1, 1), granularity: "year" }, false, start, start + m[0].length);
    }
  // "в прошлом месяце", "по итогам минувшего месяца", "last month": the month before the article's.
  for (const m of s.matchAll(
    /(?<![\p{L}])(?:(?:в|за)\s+(?:прошлом|минувшем|прошедшем|прошлый|минувший)\s+месяц\p{L}?|(?:по\s+итогам|в\s+течение)\s+(?:прошлого|минувшего|прошедшего)\s+месяца|(?:in\s+)?last\s+month|(?:in\s+)?the\s+(?:past|previous|last)\s+month)(?![\p{L}])/giu,
  )) {
    if (!a) continue;
    const start = m.index ?? 0;
    const back = a.m === 1 ? iso(a.y - 1, 12) : iso(a.y, a.m - 1);
    push({ start: back, granularity: "month" }, false, start, start + m[0].length);
  }
  for (const m of s.matchAll(
    /(в\s+(?:прошлом|минувшем|прошедшем)\s+году|за\s+(?:прошлый|минувший|прошедший)\s+год|(?<=со?\s+)(?:прошлым|предыдущим|минувшим)\s+годом|(?:in\s+)?the\s+past\s+year|last\s+year|(?:in\s+)?the\s+previous\s+year)/giu,
  )) {
    if (!a) continue;
    const start = m.index ?? 0;
    push({ start: iso(a.y - 1, 1), granularity: "year" }, false, start, start + m[0].length);
  }
  return out.sort((x, y) => x.start - y.start);
}

const MONTH_BEFORE = new RegExp(String.raw`(?<![\p{L}])${MONTH}(?![\p{L}])[\s,]*$`, "iu");

const SAME_YEAR =
  /^(?:\s+(?:того же|этого же|того самого)\s+года|,?\s+(?:of\s+)?(?:the\s+same|that)\s+year)(?![\p{L}])/iu;

const WEEKDAYS: [RegExp, number][] = [
  [/^(понедельник|monday)/iu, 1],
  [/^(вторник|tuesday)/iu, 2],
  [/^(сред[уае]|wednesday)/iu, 3],
  [/^(четверг|thursday)/iu, 4],
  [/^(пятниц\p{L}|friday)/iu, 5],
  [/^(суббот\p{L}|saturday)/iu, 6],
  [/^(воскресень\p{L}|sunday)/iu, 0],
];

/**
 * Days a sentence names: "с 1 декабря текущего года", "1 октября 2025 года", "from October 1 this
 * year", "December 1, 2025", "01.12.2025", "в пятницу" (the last such day up to the article's).
 */
export function findDates(sentence: string, articleDate: string | null, tense: Tense = "nearest"): DateRef[] {
  const out: DateRef[] = [];
  const a = parseIso(articleDate);
  const push = (y: number | null, mo: number, d: number, start: number, end: number) => {
    if (mo < 1 || mo > 12 || d < 1 || d > 31) return;
    if (out.some((o) => start < o.end && o.start < end)) return;
    out.push({ date: y !== null ? iso(y, mo, d) : null, undated: y === null, start, end });
  };
  const tail = String.raw`(?:,?\s+${YEAR}|\s+(?:${REL}))?`;
  // "1 марта 2027 года, а на легковые — 1 июля того же года", "March 1 … and July 1 of the same
  // year": the year of the date told before it in the sentence.
  const sameYearTail = (end: number) => SAME_YEAR.exec(sentence.slice(end))?.[0].length ?? 0;
  const sameYearAs = (start: number, end: number): number | null => {
    if (!sameYearTail(end)) return null;
    const before = out.filter((o) => o.start < start && o.date).pop();
    return before?.date ? Number(before.date.slice(0, 4)) : null;
  };
  // "1 декабря", "1st December", "the 1st of December" (English ordinal told with "of").
  const dm = new RegExp(
    String.raw`(?:(?<![\p{L}])the\s+(?=\d{1,2}(?:st|nd|rd|th)))?(?<!\d)(\d{1,2})(?:-?(?:го|е|st|nd|rd|th))?(?:\s+(?:day\s+)?of)?\s+(${MONTH})(?![\p{L}])${tail}`,
    "giu",
  );
  for (const m of sentence.matchAll(dm)) {
    const mo = monthOf((m[2] ?? "").replace(/\.$/, ""));
    if (!mo) continue;
    const end = (m.index ?? 0) + m[0].length;
    const y = m[3]
      ? Number(m[3])
      : (sameYearAs(m.index ?? 0, end) ??
        yearFor(mo, relOf(m as unknown as RegExpExecArray, 4), articleDate, tense));
    push(y, mo, Number(m[1]), m.index ?? 0, end + sameYearTail(end));
  }
  const md = new RegExp(
    String.raw`(?<![\p{L}])(${EN_MONTH})\s+(\d{1,2})(?:st|nd|rd|th)?(?!\d)${tail}`,
    "giu",
  );
  for (const m of sentence.matchAll(md)) {
    const mo = monthOf((m[1] ?? "").replace(/\.$/, ""));
    if (!mo) continue;
    const end = (m.index ?? 0) + m[0].length;
    const y = m[3]
      ? Number(m[3])
      : (sameYearAs(m.index ?? 0, end) ??
        yearFor(mo, relOf(m as unknown as RegExpExecArray, 4), articleDate, tense));
    push(y, mo, Number(m[2]), m.index ?? 0, end + sameYearTail(end));
  }
  for (const m of sentence.matchAll(/(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?![\d])/g)) {
    push(Number(m[3]), Number(m[2]), Number(m[1]), m.index ?? 0, (m.index ?? 0) + m[0].length);
  }
  for (const m of sentence.matchAll(/(?<![\d-])((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)/g)) {
    push(Number(m[1]), Number(m[2]), Number(m[3]), m.index ?? 0, (m.index ?? 0) + m[0].length);
  }
  // "с начала следующего года", "from the start of 2026", "from next January"-less "from next year".
  for (const m of sentence.matchAll(
    /(?:(?:с|со)\s+)?(?:начала|начале)\s+(?:(следующего|будущего)|(этого|текущего|нынешнего)|((?:19|20)\d{2}))\s+года|(?:from|at)\s+the\s+(?:start|beginning)\s+of\s+(?:(next)|(this)|((?:19|20)\d{2}))(?:\s+year)?|from\s+(next)\s+year/giu,
  )) {
    const start = m.index ?? 0;
    const given = m[3] ?? m[6];
    const next = Boolean(m[1] ?? m[4] ?? m[7]);
    const y = given ? Number(given) : a ? a.y + (next ? 1 : 0) : null;
    push(y, 1, 1, start, start + m[0].length);
  }
  // "starting next month", "со следующего месяца": the first day of the month after the article's.
  for (const m of sentence.matchAll(
    /(?<![\p{L}])(?:(?:from|starting|as of|beginning)\s+(?:the\s+)?(?:next|following)\s+month|(?:с|со)\s+(?:следующего|будущего)\s+месяца)(?![\p{L}])/giu,
  )) {
    const start = m.index ?? 0;
    if (a) push(a.m === 12 ? a.y + 1 : a.y, a.m === 12 ? 1 : a.m + 1, 1, start, start + m[0].length);
    else push(null, 1, 1, start, start + m[0].length);
  }
  for (const m of sentence.matchAll(
    /(?:в|во|on|last|this|as of|(from|since|starting|с|со|starting on|from next|next))\s+(понедельник\p{L}?|вторник\p{L}?|сред[уаы]|четверг\p{L}?|пятниц[уы]|суббот[уы]|воскресень[яе]|monday|tuesday|wednesday|thursday|friday|saturday|sunday)/giu,
  )) {
    const wd = WEEKDAYS.find(([re]) => re.test(m[2] ?? ""))?.[1];
    // "from Wednesday", "с понедельника": the next such day (today counts); otherwise the last one.
    const ahead = Boolean(m[1]) && !/since/i.test(m[1] ?? "");
    if (wd === undefined) continue;
    const start = m.index ?? 0;
    if (!a) {
      push(null, 1, 1, start, start + m[0].length);
      continue;
    }
    const t = new Date(Date.UTC(a.y, a.m - 1, a.d));
    if (ahead) t.setUTCDate(t.getUTCDate() + ((wd - t.getUTCDay() + 7) % 7));
    else t.setUTCDate(t.getUTCDate() - ((t.getUTCDay() - wd + 7) % 7));
    push(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate(), start, start + m[0].length);
  }
  return out.sort((x, y) => x.start - y.start);
}

/** Words that may stand around a dateline: "Опубликовано 12 марта 2025, 14:30 МСК", "Published: 3 Dec 2025 at 10:15 GMT". */
const DATELINE_WORDS =
  /(?<![\p{L}])(опубликовано|опубликован[ао]?|дата публикации|обновлено|updated|published|posted|on|at|в|г\.|года?|мск|msk|gmt|utc|am|pm|сегодня|today)(?![\p{L}])/giu;
const UPDATED = /обновлен|updated/iu;
/** "MOSCOW, Nov 13, 2025 (Reuters) -", "МОСКВА, 13 ноября 2025. /ТАСС/." */
const WIRE_DATELINE = /^[A-ZА-ЯЁ][A-ZА-ЯЁ .-]{2,30},\s*(.{6,40}?)\s*(?:\(|\/|[-—–]|\.\s)/u;

/** A line that is only a date (with a time, a "published" word, a zone): that date. */
function datelineOf(line: string): { date: string; updated: boolean } | null {
  if (line.length > 80) return null;
  const found = findDates(line, null).filter((d) => d.date);
  const d = found[0];
  if (!d?.date || found.length > 1) return null;
  // "Утильсбор с 1 января 2026": a headline about a date, not the page's own.
  if (/(?<![\p{L}])(с|со|до|к|по|from|since|until|till|by|to)\s*$/iu.test(line.slice(0, d.start)))
    return null;
  const rest = `${line.slice(0, d.start)} ${line.slice(d.end)}`
    .replace(/\d{1,2}[:.]\d{2}/g, " ")
    .replace(DATELINE_WORDS, " ")
    .replace(/[\s,.:|·•—–()/-]+/g, " ")
    .trim();
  // A city, a byline or a category may stand beside the date; a sentence may not.
  if (rest.split(" ").filter(Boolean).length > 3) return null;
  return { date: d.date, updated: UPDATED.test(line) };
}

/** A line that is a dateline only: site furniture for the reader, a date for the article. */
export const isDateline = (line: string): boolean => datelineOf(line.trim()) !== null;

/** The date a page states near its top or at its foot: the published one before an update. */
export function statedDateOf(text: string): string | null {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const head = lines.slice(0, 8);
  const candidates = [...head, ...lines.slice(Math.max(8, lines.length - 5))].flatMap((l) => {
    const own = datelineOf(l);
    return own ? [own] : [];
  });
  const published = candidates.find((c) => !c.updated) ?? candidates[0];
  if (published) return published.date;
  for (const l of head) {
    const wire = WIRE_DATELINE.exec(l);
    const date = wire ? findDates(wire[1] ?? "", null).find((d) => d.date)?.date : null;
    if (date) return date;
  }
  return null;
}

export interface ArticleDate {
  date: string | null;
  /** given: by the admin or a `date:` first line; stated: found in the page; null: not known. */
  from: "given" | "stated" | null;
  body: string;
}

/** A first line `date: YYYY-MM-DD`, or else a date the page states (a dateline, "MOSCOW, Nov 13, 2025"). */
export function articleDateOf(text: string): ArticleDate {
  const m = /^\s*date:\s*(\d{4}-\d{2}-\d{2})\s*(?:\r?\n|$)/i.exec(text);
  if (m) return { date: m[1] ?? null, from: "given", body: text.slice(m[0].length) };
  const stated = statedDateOf(text);
  return { date: stated, from: stated ? "stated" : null, body: text };
}
