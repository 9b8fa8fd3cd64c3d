// The period a question asks about, read by the same date layer the article reader uses ("в мае
// прошлого года", "in October", "первое полугодие 2024"), plus the forms people type rather than
// write in news: "к началу года", "в конце 2023 года", "два года назад", "the year before last".
// A question that names a period the bot cannot read is flagged, so the answer says so instead of
// quietly showing the latest figure as if it were the one asked for.
import { findPeriods, monthOf } from "../language/dates.ts";
import { type Period, parsePeriod } from "../period.ts";

export interface QuestionPeriod {
  /** The period asked; null: "now", the latest; undefined: none named. */
  period: Period | null | undefined;
  /**
   * Period words the bot could not turn into a period it keeps figures by: a quarter, a season, a
   * week. The answer names the miss; with a quarter or season of a named year, `period` is that year.
   */
  unread?: "quarter" | "season" | "other";
  /**
   * "С начала года", "since March", "year to date": the latest figure is asked, with how it moved
   * since the start of that period (its first month).
   */
  since?: Period;
}

const month = (y: number, m: number): Period => ({
  start: `${y}-${String(m).padStart(2, "0")}-01`,
  granularity: "month",
});
const year = (y: number): Period => ({ start: `${y}-01-01`, granularity: "year" });

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  один: 1,
  одна: 1,
  два: 2,
  две: 2,
  три: 3,
  четыре: 4,
  пять: 5,
  шесть: 6,
};

/** The year a phrase points at: a written year, the year before last, last year, else this one. */
function yearWord(words: string, thisYear: number): number {
  const written = /((?:19|20)\d{2})/.exec(words);
  if (written) return Number(written[1]);
  if (/позапрошл|year before last/u.test(words)) return thisYear - 2;
  if (/прошл|минувш|предыдущ|last|previous|past/u.test(words)) return thisYear - 1;
  return thisYear;
}

const YEAR_TAIL = String.raw`(?:\s+(?:the\s+|this\s+|last\s+|of\s+)*(?:(?:19|20)\d{2}|year)(?:\s+before\s+last)?|\s+(?:(?:этого|текущего|прошлого|позапрошлого|минувшего)\s+)?(?:(?:19|20)\d{2}\s*)?(?:года|г\.)?)`;
const START = new RegExp(
  String.raw`(?:(?:в|к|на)\s+начал\p{L}*|(?:at|by|in)\s+the\s+(?:start|beginning)\s+of|early(?=\s+(?:19|20)\d{2}))${YEAR_TAIL}`,
  "iu",
);
const END = new RegExp(
  String.raw`(?:(?:в|к|на)\s+(?:конц\p{L}*|конец)|(?:at|by|in)\s+the\s+end\s+of|late(?=\s+(?:19|20)\d{2}))${YEAR_TAIL}`,
  "iu",
);
const AGO = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(\d{1,2}|${Object.keys(NUMBER_WORDS).join("|")})\s+)?(год[ау]?|лет|месяц\p{L}*|years?|months?)\s+(?:тому\s+)?(?:назад|ago)`,
  "iu",
);
const HALF_YEAR_AGO = /(?<![\p{L}])(?:пол\s*года|half\s+a\s+year)\s+(?:тому\s+)?(?:назад|ago)/iu;
const QUARTER = /квартал|quarter|(?<![\p{L}])q[1-4](?![\p{L}])|(?<![\p{L}])[1-4]q(?![\p{L}])/iu;
const SEASON =
  /(?<![\p{L}])(весн|лет(?:ом|а|о)(?![\p{L}])|осен|зим|spring|summer|autumn|fall(?![\p{L}])|winter)/iu;
/** Words that name some period: when one is typed and no period is read, the answer says so. */
const PERIOD_HINT =
  /(?<![\p{L}])(недел|week|назад|ago|начал|конц|конец|середин|beginning|middle|(?:19|20)\d{2}(?!\d))/iu;

// "с начала (этого|2024) года", "since the start of the year", "year to date", "ytd"; "с марта",
// "since March 2024" — but never "с 1 марта", a day, which is a date a rule starts from.
const SINCE_YEAR_START = new RegExp(
  String.raw`(?:(?<![\p{L}])с\s+начала|since\s+the\s+(?:start|beginning)\s+of)${YEAR_TAIL}|(?<![\p{L}])(?:year[\s-]+to[\s-]+date|ytd)(?![\p{L}])`,
  "iu",
);
const SINCE_MONTH = /(?<![\p{L}\d])(?:с|since)\s+(\p{L}+)(?![\p{L}\d])/iu;

/** "С начала года", "since March": the first month the change is counted from, if asked. */
function sinceOf(lower: string, y: number, m: number): Period | undefined {
  const start = SINCE_YEAR_START.exec(lower);
  if (start) return month(yearWord(start[0], y), 1);
  const since = SINCE_MONTH.exec(lower);
  const named = since ? monthOf(since[1] ?? "") : null;
  if (!since || named === null) return undefined;
  // The year typed after the month ("с марта 2024", "since May last year"); with none, the latest
  // such month up to now: "с марта" asked in January is March of last year.
  const tail = lower.slice(since.index + since[0].length, since.index + since[0].length + 24);
  const yearTold = /^\s+(?:(?:19|20)\d{2}|(?:прошл|минувш|позапрошл|last|previous)\p{L}*)/u.test(tail);
  const year = yearTold ? yearWord(tail, y) : named <= m ? y : y - 1;
  return month(year, named);
}

/** The period of a question asked on `today`; `words` are its tokens, `text` as typed. */
export function questionPeriod(text: string, words: string[], today: Date): QuestionPeriod {
  const lower = text.toLowerCase().replace(/ё/g, "е");
  const y = today.getUTCFullYear();
  const m = today.getUTCMonth() + 1;
  const since = sinceOf(lower, y, m);
  if (since) return { period: null, since };
  const quarter = QUARTER.test(lower);
  const season = SEASON.test(lower);
  if (quarter || season) {
    // No series is kept by quarter or season: the year it falls in, said plainly, never one month.
    const written = /((?:19|20)\d{2})/.exec(lower);
    return { period: written ? year(Number(written[1])) : undefined, unread: quarter ? "quarter" : "season" };
  }
  const start = START.exec(lower);
  if (start) return { period: month(yearWord(start[0], y), 1) };
  const end = END.exec(lower);
  if (end) return { period: month(yearWord(end[0], y), 12) };
  const ago = HALF_YEAR_AGO.test(lower) ? ["", "6", "месяцев"] : AGO.exec(lower);
  if (ago) {
    const n = ago[1] ? (/^\d+$/.test(ago[1]) ? Number(ago[1]) : NUMBER_WORDS[ago[1]]) : 1;
    const unit = ago[2] ?? "";
    if (n !== undefined && n > 0) {
      const months = /^(год|лет|year)/u.test(unit) ? 12 * n : n;
      const back = y * 12 + (m - 1) - months;
      return { period: month(Math.floor(back / 12), (back % 12) + 1) };
    }
  }
  if (/позапрошл\p{L}*\s+год|year before last/u.test(lower)) return { period: year(y - 2) };
  if (/(?<![\p{L}])(?:in|for)\s+may(?![\p{L}])/u.test(lower) && !/(?:19|20)\d{2}/.test(lower))
    return { period: month(m >= 5 ? y : y - 1, 5) };
  const isoToday = today.toISOString().slice(0, 10);
  const read = findPeriods(lower, isoToday).filter((p) => p.period !== null);
  const asked = read.find((p) => !p.comparison) ?? read[0];
  if (asked?.period) return { period: asked.period };
  // The longest run of words that reads as a period ("цена москвич 3 2024", "2023-12").
  for (let len = 4; len >= 1; len--) {
    for (let i = 0; i + len <= words.length; i++) {
      const span = words.slice(i, i + len);
      if (!span.some((w) => /\d{4}/.test(w) || /^\d{4}-\d{2}$/.test(w))) continue;
      const period = parsePeriod(span.join(" "));
      if (period) return { period };
    }
  }
  return PERIOD_HINT.test(lower) ? { period: undefined, unread: "other" } : { period: undefined };
}
