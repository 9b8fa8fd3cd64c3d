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

/**
 * The case a Russian period or date takes after its preposition: «за ноябрь 2023» (accusative),
 * «с ноября 2023» (genitive), «к ноябрю 2023» (dative), «с ноябрём 2023» (instrumental),
 * «в ноябре 2023» (prepositional). English ignores it.
 */
export type GrammaticalCase =
  | "nominative"
  | "genitive"
  | "dative"
  | "accusative"
  | "instrumental"
  | "prepositional";

const RU_MONTHS: Record<Exclude<GrammaticalCase, "nominative" | "accusative">, readonly string[]> = {
  genitive: [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
  ],
  dative: [
    "январю",
    "февралю",
    "марту",
    "апрелю",
    "маю",
    "июню",
    "июлю",
    "августу",
    "сентябрю",
    "октябрю",
    "ноябрю",
    "декабрю",
  ],
  instrumental: [
    "январём",
    "февралём",
    "мартом",
    "апрелем",
    "маем",
    "июнем",
    "июлем",
    "августом",
    "сентябрём",
    "октябрём",
    "ноябрём",
    "декабрём",
  ],
  prepositional: [
    "январе",
    "феврале",
    "марте",
    "апреле",
    "мае",
    "июне",
    "июле",
    "августе",
    "сентябре",
    "октябре",
    "ноябре",
    "декабре",
  ],
};

/** «год» in each case; a bare year stays bare in the nominative (`2023: 1,5 млн ₽`). */
const RU_YEAR_WORD: Record<GrammaticalCase, string> = {
  nominative: "",
  accusative: " год",
  genitive: " года",
  dative: " году",
  instrumental: " годом",
  prepositional: " году",
};

/** `ноябрь 2023`, `ноября 2023`, `ноябрём 2023`…; in English `November 2023` whatever the case. */
function monthYear(month: number, year: number, lang: Lang, grammaticalCase: GrammaticalCase): string {
  if (lang !== "ru" || grammaticalCase === "nominative" || grammaticalCase === "accusative") {
    return `${monthName(month, lang)} ${year}`;
  }
  return `${RU_MONTHS[grammaticalCase][month - 1]} ${year}`;
}

function bareYear(year: number, lang: Lang, grammaticalCase: GrammaticalCase): string {
  return lang === "ru" ? `${year}${RU_YEAR_WORD[grammaticalCase]}` : String(year);
}

/**
 * `December 2023` / `декабрь 2023`, `H1 2024`, `2023`, `mid-2023`. Russian messages that put the
 * period after a preposition ask for its case: `genitive` gives `декабря 2023`, `2023 года`,
 * `1-го полугодия 2024`; `dative` gives `декабрю 2023`, `2023 году`; `accusative` gives
 * `декабрь 2023`, `2023 год`, `середину 2023`.
 */
export function formatPeriod(
  period: Period,
  lang: Lang,
  t: Translate,
  grammaticalCase: GrammaticalCase = "nominative",
): string {
  const { year, month } = parts(period.start);
  switch (period.granularity) {
    case "month":
      return monthYear(month, year, lang, grammaticalCase);
    case "half_year":
      return t(month <= 6 ? "period-half-1" : "period-half-2", { year: String(year), case: grammaticalCase });
    case "year":
      return bareYear(year, lang, grammaticalCase);
    case "mid_year":
      return t("period-mid", { year: String(year), case: grammaticalCase });
  }
}

/**
 * A date shown as precisely as it is known: `13 September 2023`, `May 2022`, `2023`. In Russian a
 * day is already in the genitive (`13 сентября 2023`); a month or a year takes the case asked for
 * (`с мая 2022`, `с 2023 года`).
 */
export function formatDate(
  iso: string,
  lang: Lang,
  precision: "day" | "month" | "year" = "day",
  grammaticalCase: GrammaticalCase = "nominative",
): string {
  const { year, month, day } = parts(iso);
  if (precision === "year") return bareYear(year, lang, grammaticalCase);
  if (precision === "month") return monthYear(month, year, lang, grammaticalCase);
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

/** City names of the zones offered as buttons (domain/digest/subscriptions.ts RUSSIAN_ZONES). */
const ZONE_NAMES: Record<string, { en: string; ru: string }> = {
  "Europe/Kaliningrad": { en: "Kaliningrad", ru: "Калининград" },
  "Europe/Moscow": { en: "Moscow", ru: "Москва" },
  "Europe/Samara": { en: "Samara", ru: "Самара" },
  "Asia/Yekaterinburg": { en: "Yekaterinburg", ru: "Екатеринбург" },
  "Asia/Omsk": { en: "Omsk", ru: "Омск" },
  "Asia/Novosibirsk": { en: "Novosibirsk", ru: "Новосибирск" },
  "Asia/Krasnoyarsk": { en: "Krasnoyarsk", ru: "Красноярск" },
  "Asia/Irkutsk": { en: "Irkutsk", ru: "Иркутск" },
  "Asia/Yakutsk": { en: "Yakutsk", ru: "Якутск" },
  "Asia/Vladivostok": { en: "Vladivostok", ru: "Владивосток" },
  "Asia/Magadan": { en: "Magadan", ru: "Магадан" },
  "Asia/Kamchatka": { en: "Kamchatka", ru: "Камчатка" },
};

/** `UTC+3`, `UTC+5:30`, `UTC` for the zone's offset at that moment. */
export function utcOffset(zone: string, at: Date = new Date()): string {
  const name = formatter(
    `z:${zone}`,
    () => new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "shortOffset" }),
  )
    .formatToParts(at)
    .find((p) => p.type === "timeZoneName")?.value;
  return (name ?? "GMT").replace(/^GMT/, "UTC").replace(/^UTC[+-]0$/, "UTC");
}

/**
 * A time zone as people name it: `Москва (UTC+3)` / `Moscow (UTC+3)`. Zones outside the offered
 * ones keep their IANA city (`Berlin (UTC+1)`); UTC is just `UTC`.
 */
export function formatTimeZone(zone: string, lang: Lang, at: Date = new Date()): string {
  const offset = utcOffset(zone, at);
  const known = ZONE_NAMES[zone];
  const city = known ? known[lang] : (zone.split("/").pop()?.replace(/_/g, " ") ?? zone);
  return city === offset || zone === "UTC" || zone === "Etc/UTC" ? offset : `${city} (${offset})`;
}

/** Footnote marks for an answer line: ` [1, 3]`. */
export function refs(sourceIds: number[], order: number[]): string {
  const marks = [...new Set(sourceIds.map((id) => order.indexOf(id) + 1).filter((n) => n > 0))].sort(
    (a, b) => a - b,
  );
  return marks.length ? ` [${marks.join(", ")}]` : "";
}

/**
 * A count for a message's plural forms («1 балл», «3 балла», «3 200 баллов», «2,5 балла»), rounded as
 * formatPoints shows it, so that 919.9999999 is read as 920 and not as a fraction.
 */
export function pluralCount(value: number): number {
  return Math.round(value * 100) / 100;
}
