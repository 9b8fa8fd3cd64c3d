// Periods are a start date plus a granularity, as stored in the database.

export type Granularity = "month" | "half_year" | "year" | "mid_year";

export interface Period {
  /** ISO date of the first day (for mid_year: 1 July, a conventional point). */
  start: string;
  granularity: Granularity;
}

const GRANULARITIES: readonly string[] = ["month", "half_year", "year", "mid_year"];

export function isGranularity(value: string): value is Granularity {
  return GRANULARITIES.includes(value);
}

function ymd(year: number, month: number, day = 1): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function parts(iso: string): { year: number; month: number; day: number } {
  const [y, m, d] = iso.split("-").map(Number);
  return { year: y ?? 0, month: m ?? 1, day: d ?? 1 };
}

function addMonths(iso: string, months: number): string {
  const { year, month } = parts(iso);
  const index = year * 12 + (month - 1) + months;
  return ymd(Math.floor(index / 12), (index % 12) + 1);
}

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Last day covered by the period (inclusive). */
export function periodEnd(p: Period): string {
  const { year, month } = parts(p.start);
  switch (p.granularity) {
    case "month":
      return ymd(year, month, lastDayOfMonth(year, month));
    case "half_year": {
      const endMonth = month + 5;
      return ymd(year, endMonth, lastDayOfMonth(year, endMonth));
    }
    case "year":
      return ymd(year, 12, 31);
    case "mid_year":
      return p.start;
  }
}

/** The period just before this one, or null where that has no meaning (mid-year readings). */
export function previousPeriod(p: Period): Period | null {
  switch (p.granularity) {
    case "month":
      return { start: addMonths(p.start, -1), granularity: "month" };
    case "half_year":
      return { start: addMonths(p.start, -6), granularity: "half_year" };
    case "year":
      return { start: addMonths(p.start, -12), granularity: "year" };
    case "mid_year":
      return null;
  }
}

export function yearEarlier(p: Period): Period {
  return { start: addMonths(p.start, -12), granularity: p.granularity };
}

export function samePeriod(a: Period, b: Period): boolean {
  return a.start === b.start && a.granularity === b.granularity;
}

/** Orders periods by their end, then the shorter first (a month before the year it closes). */
export function comparePeriods(a: Period, b: Period): number {
  const byEnd = periodEnd(a).localeCompare(periodEnd(b));
  if (byEnd !== 0) return byEnd;
  return b.start.localeCompare(a.start);
}

const MONTHS: [RegExp, number][] = [
  [/^(jan(uary)?|январ\p{L}*)$/u, 1],
  [/^(feb(ruary)?|феврал\p{L}*)$/u, 2],
  [/^(mar(ch)?|март\p{L}*)$/u, 3],
  [/^(apr(il)?|апрел\p{L}*)$/u, 4],
  [/^(may|ма[йяе])$/u, 5],
  [/^(june?|июн\p{L}*)$/u, 6],
  [/^(july?|июл\p{L}*)$/u, 7],
  [/^(aug(ust)?|август\p{L}*)$/u, 8],
  [/^(sep(t(ember)?)?|сентябр\p{L}*)$/u, 9],
  [/^(oct(ober)?|октябр\p{L}*)$/u, 10],
  [/^(nov(ember)?|ноябр\p{L}*)$/u, 11],
  [/^(dec(ember)?|декабр\p{L}*)$/u, 12],
];

function monthNumber(word: string): number | null {
  for (const [re, n] of MONTHS) if (re.test(word)) return n;
  return null;
}

const FIRST_HALF = /^(h1|1h|first half|1st half|1 полугодие|первое полугодие|1п|i полугодие)$/u;
const SECOND_HALF = /^(h2|2h|second half|2nd half|2 полугодие|второе полугодие|2п|ii полугодие)$/u;

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

function validYear(text: string): number | null {
  if (!/^\d{4}$/.test(text)) return null;
  const year = Number(text);
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : null;
}

/**
 * Reads a period typed by a user: `2023`, `2023-12`, `12.2023`, `December 2023`,
 * `в декабре 2023 года`, `H1 2024`, `первое полугодие 2024`. Returns null when it is not one.
 */
export function parsePeriod(input: string): Period | null {
  const text = input
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[,]/g, " ")
    .replace(/\b(in|for|of)\b/g, " ")
    .replace(/(^|\s)(в|во|за)(?=\s)/gu, " ")
    .replace(/\s+(года?|г\.?|год)$/u, "")
    .replace(/\s+/g, " ")
    .trim();
  if (!text) return null;

  const year = validYear(text);
  if (year !== null) return { start: ymd(year, 1), granularity: "year" };

  let m = /^(\d{4})[-/.](\d{1,2})$/.exec(text) ?? null;
  if (m) return monthPeriod(m[1], m[2]);
  m = /^(\d{1,2})[-/.](\d{4})$/.exec(text);
  if (m) return monthPeriod(m[2], m[1]);

  const words = text.split(" ");
  const yearWordFirst = validYear(words[0] ?? "");
  const yearWordLast = validYear(words[words.length - 1] ?? "");
  const y = yearWordLast ?? yearWordFirst;
  if (y === null || words.length < 2) return null;
  const rest = (yearWordLast !== null ? words.slice(0, -1) : words.slice(1)).join(" ");
  const month = monthNumber(rest);
  if (month !== null) return { start: ymd(y, month), granularity: "month" };
  if (FIRST_HALF.test(rest)) return { start: ymd(y, 1), granularity: "half_year" };
  if (SECOND_HALF.test(rest)) return { start: ymd(y, 7), granularity: "half_year" };
  return null;
}

function monthPeriod(yearText: string | undefined, monthText: string | undefined): Period | null {
  const year = validYear(yearText ?? "");
  const month = Number(monthText);
  if (year === null || !Number.isInteger(month) || month < 1 || month > 12) return null;
  return { start: ymd(year, month), granularity: "month" };
}

/** Does the point's period lie within the range [from, to] (inclusive ISO dates)? */
export function periodWithin(p: Period, from: string, to: string): boolean {
  return p.start >= from && periodEnd(p) <= to;
}
