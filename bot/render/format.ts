import type { Period } from "../../domain/period.ts";
import { parts } from "../../domain/period.ts";
import type { Lang, Translate } from "../i18n.ts";

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

const locale = (lang: Lang) => (lang === "ru" ? "ru-RU" : "en-US");

// Building an Intl formatter costs far more than formatting with it (it dominated the answer
// time in the benchmark), so each one is built once.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function formatter<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let f = formatters.get(key);
  if (!f) {
    f = make();
    formatters.set(key, f);
  }
  return f as T;
}

function num(value: number, lang: Lang, maxFraction: number, sign = false): string {
  return formatter(
    `n:${lang}:${maxFraction}:${sign}`,
    () =>
      new Intl.NumberFormat(locale(lang), {
        maximumFractionDigits: maxFraction,
        signDisplay: sign ? "exceptZero" : "auto",
      }),
  ).format(value);
}

/** `1,63 млн ₽` / `RUB 1.63 mln`; thousands as `41,7 тыс. ₽` / `RUB 41.7 thousand`. */
export function formatRub(value: number, lang: Lang, options: { sign?: boolean } = {}): string {
  const abs = Math.abs(value);
  const sign = options.sign ? (value > 0 ? "+" : value < 0 ? "−" : "") : value < 0 ? "−" : "";
  let amount: string;
  if (abs >= 1_000_000) {
    amount = lang === "ru" ? `${num(abs / 1_000_000, lang, 3)} млн` : `${num(abs / 1_000_000, lang, 3)} mln`;
  } else if (abs >= 1_000) {
    amount = lang === "ru" ? `${num(abs / 1_000, lang, 1)} тыс.` : `${num(abs / 1_000, lang, 1)} thousand`;
  } else {
    amount = num(abs, lang, 0);
  }
  return lang === "ru" ? `${sign}${amount} ₽` : `${sign}RUB ${amount}`;
}

/** `+2.6 %` / `+2,6 %`. */
export function formatPct(value: number, lang: Lang): string {
  return `${num(value, lang, 1, true).replace("-", "−")} %`;
}

/** A share of revenue: `2.5 %` / `2,5 %`. */
export function formatShare(value: number, lang: Lang): string {
  return `${num(value, lang, 2)} %`;
}

/** Points: `3,200` / `3 200`. */
export function formatPoints(value: number, lang: Lang): string {
  return num(value, lang, 2);
}

function monthName(month: number, lang: Lang): string {
  return formatter(
    `m:${lang}`,
    () => new Intl.DateTimeFormat(locale(lang), { month: "long", timeZone: "UTC" }),
  ).format(new Date(Date.UTC(2000, month - 1, 1)));
}

/** `December 2023` / `декабрь 2023`, `H1 2024`, `2023`, `mid-2023`. */
export function formatPeriod(period: Period, lang: Lang, t: Translate): string {
  const { year, month } = parts(period.start);
  switch (period.granularity) {
    case "month":
      return `${monthName(month, lang)} ${year}`;
    case "half_year":
      return t(month <= 6 ? "period-half-1" : "period-half-2", { year: String(year) });
    case "year":
      return String(year);
    case "mid_year":
      return t("period-mid", { year: String(year) });
  }
}

/** A date shown as precisely as it is known: `13 September 2023`, `May 2022`, `2023`. */
export function formatDate(iso: string, lang: Lang, precision: "day" | "month" | "year" = "day"): string {
  const { year, month, day } = parts(iso);
  if (precision === "year") return String(year);
  if (precision === "month") return `${monthName(month, lang)} ${year}`;
  return formatter(
    `d:${lang}`,
    () =>
      new Intl.DateTimeFormat(locale(lang), {
        day: "numeric",
        month: "long",
        year: "numeric",
        timeZone: "UTC",
      }),
  )
    .format(new Date(Date.UTC(year, month - 1, day)))
    .replace(/\s*г\.$/u, "");
}

/** Footnote marks for an answer line: ` [1, 3]`. */
export function refs(sourceIds: number[], order: number[]): string {
  const marks = [...new Set(sourceIds.map((id) => order.indexOf(id) + 1).filter((n) => n > 0))].sort(
    (a, b) => a - b,
  );
  return marks.length ? ` [${marks.join(", ")}]` : "";
}
