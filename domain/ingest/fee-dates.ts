// The dates a fee sentence tells, as the fee reader takes them (over the date layer's findDates).
import { findDates } from "../language/dates.ts";

type Found = ReturnType<typeof findDates>[number];

/**
 * The sentence's dates, a day named by its weekday and then by its date in apposition read once, by
 * the date: "С четверга, 1 января, действует …", "From Monday, December 1, the rates apply" — the
 * weekday alone would be read as the nearest such day to the article's (a week off when the article
 * came out after it).
 */
export function feeDates(s: string, articleDate: string | null): Found[] {
  const ds = findDates(s, articleDate, "nearest");
  const out: Found[] = [];
  for (let i = 0; i < ds.length; i++) {
    const d = ds[i];
    const next = ds[i + 1];
    if (!d) continue;
    if (
      next &&
      !/\d/u.test(s.slice(d.start, d.end)) &&
      /\d/u.test(s.slice(next.start, next.end)) &&
      /^\s*,\s*$/u.test(s.slice(d.end, next.start))
    ) {
      // One day told twice: the weekday's place (after its "с" / "from"), the date's day.
      out.push({ ...next, start: d.start, end: next.end });
      i++;
      continue;
    }
    out.push(withYearAfter(s, d, articleDate));
  }
  return out;
}

/** A year told after a day that the date layer leaves without it: "1 July of 2027", "July 1 of next year". */
const YEAR_AFTER = /^,?\s*(?:of\s+)?((?:19|20)\d{2})(?![\d\p{L}])/iu;
const NEXT_YEAR_AFTER =
  /^,?\s*(?:of\s+)?(?:the\s+)?(?:next|the coming|the following|(?:следующего|будущего|наступающего) года)(?:\s+year)?(?![\p{L}])/iu;

/**
 * "…is transferred from 1 January to 1 July of 2027": the day's year is the one told after it, not the
 * nearest to the article's day; "…to July 1 of next year", "на 1 июля следующего года": the article's year after.
 */
function withYearAfter(s: string, d: Found, articleDate: string | null): Found {
  if (!d.date || /(?:19|20)\d{2}/u.test(s.slice(d.start, d.end))) return d;
  const rest = s.slice(d.end);
  const told = YEAR_AFTER.exec(rest);
  const next = !told && articleDate ? NEXT_YEAR_AFTER.exec(rest) : null;
  const year = told?.[1] ?? (next && articleDate ? String(Number(articleDate.slice(0, 4)) + 1) : null);
  if (!year) return d;
  const m = told ?? next;
  return { ...d, date: `${year}${d.date.slice(4)}`, end: d.end + (m?.[0].length ?? 0) };
}
