// Reading an industry news article without any network or language model: the title, a short
// extractive summary, and candidate facts (prices with their changes and periods, localization
// rules, policy statements), each with the sentence it came from. English and Russian, numbers in
// both notations (`1.63 million rubles`, `1,97 млн руб.`, `300,3 тыс. рублей`).

import { CAR_BRANDS } from "../catalogue/brands.ts";
import {
  articleDateOf,
  findDates,
  findPeriods,
  isDateline,
  monthSpan,
  type PeriodRef,
} from "../language/dates.ts";
import { findQuantities, type Hedge, type Quantity } from "../language/numbers.ts";
import { forgetSentences } from "../language/sentence-memory.ts";
import { type Period, parsePeriod } from "../period.ts";
import { findPhrases, type Phrase, phrases, tokenize } from "../questions/words.ts";
import { withProvenance } from "./confidence.ts";
import { type FeePolicy, type FeeRate, readFees } from "./fees.ts";
import { type LocalizationCandidate, RD, readLocalization } from "./localization.ts";
import {
  FOREIGN,
  OPINION,
  type PolicyActor,
  PROCEDURE,
  readPolicyEvents,
  subjectCountry,
} from "./policy-events.ts";

export type { FeePolicy, FeeRate } from "./fees.ts";
export type { LocalizationCandidate } from "./localization.ts";
export { actorIn, type PolicyActor, subjectCountry } from "./policy-events.ts";

export interface Amount {
  /** Roubles. */
  value: number;
  text: string;
  /** Told as the size of a change ("…, or 41.7 thousand rubles", "на 41,7 тыс.") rather than a level. */
  isChange: boolean;
}

export interface Change {
  direction: "up" | "down";
  pct: number | null;
  abs: number | null;
  /** previous_period: month on month (or the period before); year_ago: year on year. */
  basis: "previous_period" | "year_ago" | null;
  /** A named period the change is told against ("60% above the 2021 level": `2021`; "с начала года": `2022-01`). */
  vs?: string | null;
}

/** Where a candidate came from and how sure the reader is: shown on the approval card. */
export interface Provenance {
  /** The words of the sentence the figure or decision was read from. */
  span?: string;
  /** 0–1: how much of what the fact needs the sentence stated itself (see confidence.ts). */
  confidence?: number;
}

export type Candidate = Provenance &
  (
    | {
        kind: "price";
        /** The series it is about, when a known alias names it. */
        series: string | null;
        subject: string;
        period: Period | null;
        /** A month was named but its year cannot be known (no article date): flag it, never guess. */
        undated?: boolean;
        value: number;
        approximate: boolean;
        hedge?: Hedge | null;
        /** The words the value came from. */
        span?: string;
        changes: Change[];
        agency: string | null;
        sentence: string;
      }
    | { kind: "rule"; code: "rd_spending"; perPercent: number; points: number; sentence: string }
    | { kind: "licence_rule"; sentence: string }
    | FeeRate
    | FeePolicy
    | LocalizationCandidate
    | {
        kind: "policy";
        who: string;
        jurisdiction: string | null;
        action: "restricts" | "keeps" | "counts" | "changes" | "duty";
        year: number | null;
        sentence: string;
        actor?: PolicyActor | null;
        status?: "draft" | "adopted" | "postponed" | "in_force";
        /** ISO date it takes effect, resolved against the article date; null when not told or undated. */
        effective?: string | null;
        undated?: boolean;
      }
  );

export interface ArticleReading {
  title: string;
  /** The article's date (given, or a first line `date: YYYY-MM-DD`); relative dates resolve against it. */
  articleDate: string | null;
  /** given: by the admin or a `date:` line; stated: found in the page; null: unknown (the card asks). */
  dateFrom: "given" | "stated" | null;
  language: "en" | "ru";
  summary: string[];
  facts: Candidate[];
}

export interface IngestVocabulary {
  series: Phrase<string>[];
}

const BOILERPLATE =
  /^(no time to read\??|get a summary|previous article|next article|читайте также|поделиться)$/i;

/**
 * "Read also: …", "Читайте также: …", "Previous Article: …": a link to another story, whose figures
 * and decisions are not this article's.
 */
const SIDEBAR =
  /^(read also|read more|read next|see also|related(?: (?:stories|articles|news|reading|coverage))?|more on the topic|also on the topic|on the same topic|also read|you may also like|также по теме|ещё по теме|еще по теме|most read|popular|(?:previous|next) (?:article|post|story)|читайте также|читайте по теме|смотрите также|см\. также|по теме|ранее по теме|рекомендуем|самое читаемое|самое популярное|популярное|популярные новости|(?:предыдущая|следующая) (?:статья|новость))(?![\p{L}])[:.\s-]*/iu;

/** Drops site furniture ("No time to read? Get a summary", "Previous Article" and what follows, sidebars). */
function cleanLines(text: string): string[] {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const end = lines.findIndex((l) => /^(previous article|next article)$/i.test(l));
  const kept: string[] = [];
  let afterSidebar = false;
  for (const l of end >= 0 ? lines.slice(0, end) : lines) {
    if (!l) continue;
    const sidebar = SIDEBAR.exec(l);
    // A sidebar heading alone takes the headline under it with it.
    if (sidebar) {
      afterSidebar = sidebar[0].length >= l.length - 1;
      continue;
    }
    if (afterSidebar && l.length < 160 && !/[.!?]$/.test(l)) {
      // A list of links under the heading ("Самое читаемое:" over headlines) goes on while its lines
      // open on a bullet ("— Какие машины …", an em dash too).
      afterSidebar = /^\s*[•▪·*—–-]\s/u.test(l);
      continue;
    }
    afterSidebar = false;
    if (!BOILERPLATE.test(l) && !isDateline(l)) kept.push(l);
  }
  return kept;
}

export function sentences(text: string): string[] {
  // "160–190 л. с. | 750 000 ₽ | 1 244 000 ₽": a row of a table is a sentence of its own, whatever
  // its first cell opens on; so is an item of a bulleted list ("• 160–190 л.с. — 900 000 ₽;", "- 2027 —
  // 1 035 000 ₽;", "— для машин старше трёх лет: …").
  if (/[^\n]\s\|\s[^\n]|(?:^|\n)\s*[•▪·*\-–—]\s/u.test(text)) {
    const out: string[] = [];
    let prose: string[] = [];
    for (const line of text.split(/\r?\n/)) {
      const bullet = /^\s*[•▪·*\-–—]\s+/u.exec(line);
      if (bullet) {
        out.push(...proseSentences(prose.join("\n")));
        prose = [];
        out.push(...proseSentences(line.slice(bullet[0].length)));
      } else if (/\S\s*\|\s*\S/u.test(line) && !/[.!?]\s+\p{Lu}/u.test(line)) {
        out.push(...proseSentences(prose.join("\n")));
        prose = [];
        const row = line.replace(/^\s*\|\s*|\s*\|\s*$/gu, "").trim();
        if (row) out.push(row);
      } else prose.push(line);
    }
    return [...out, ...proseSentences(prose.join("\n"))];
  }
  return proseSentences(text);
}

function proseSentences(text: string): string[] {
  return (
    text
      // A line that ends without a stop before a capital (a subtitle, a list line) is a sentence.
      .replace(/([^\s.!?:;,—–-])[ \t]*\r?\n\s*(?=[A-ZА-ЯЁ"«“\d])/gu, "$1.\n")
      .replace(/\s+/g, " ")
      // "— Какой сейчас ценник? — По итогам ноября …": an interview's turn opens on a dash.
      .split(/(?<=[.!?])\s+(?=(?:[—–]\s+)?[A-ZА-ЯЁ"«“])/u)
      .map((s) => s.trim())
      .filter((s) => s.length > 0)
  );
}

const num = (s: string) => Number(s.replace(/\s/g, "").replace(",", "."));

const SCALE: [RegExp, number][] = [
  [/^(billion|bln|млрд)/i, 1e9],
  [/^(million|mln|млн|миллион)/i, 1e6],
  [/^(thousand|thous|тыс)/i, 1e3],
];

/** `1.63 million rubles`, `41.7 thousand rubles`, `1,97 млн руб.`, `300,3 тыс. рублей`, `556 200 ₽`. */
export function findAmounts(sentence: string): Amount[] {
  const re =
    /(\d{1,3}(?:[ \u00a0]\d{3})+|\d{1,3}(?:,\d{3})+(?![.,]?\d)|\d+(?:[.,]\d+)?)\s*(billion|bln|million|mln|thousand|млрд\.?|млн\.?|миллион\p{L}*|тыс\.?)?\s*(rubles|roubles|rub\b|руб\p{L}*\.?|₽)/giu;
  const out: Amount[] = [];
  for (const m of sentence.matchAll(re)) {
    const scale = SCALE.find(([r]) => r.test(m[2] ?? ""))?.[1] ?? 1;
    const digits = m[1] ?? "0";
    // "3,430,000" groups thousands with commas; "1,97" and "300,3" are decimal commas.
    const value =
      scale === 1 && /^\d{1,3}(,\d{3})+$/.test(digits) ? Number(digits.replace(/,/g, "")) : num(digits);
    const before = sentence.slice(Math.max(0, (m.index ?? 0) - 24), m.index ?? 0);
    const isChange =
      /(\bor|\bby|equating to|roughly|или|на)\s*(about|roughly|nearly|around|почти|около)?\s*$/iu.test(
        before,
      );
    out.push({ value: Math.round(value * scale), text: m[0], isChange });
  }
  return out;
}

const UP =
  /\b(up|rose|rise|increase|increased|uptick|grew|growth|higher)\b|вырос|подорожал|увеличил|рост|повысил/iu;
const DOWN =
  /\b(down|fell|fall|decrease|decreased|drop|dropped|lower|declined?)\b|снизил|подешевел|упал|сократил/iu;
const MONTH_ON_MONTH =
  /month[- ]on[- ]month|from \p{L}+ to \p{L}+|over the month|к предыдущему месяцу|за месяц|по сравнению с \p{L}+ем|с \p{L}+ по \p{L}+/iu;
const YEAR_ON_YEAR =
  /year[- ](over|on|to)[- ]year|over the year|looking back over the year|a year earlier|за год|в годовом|год к году|к \p{L}+ \d{4} года/iu;

/** Percent changes in a sentence, with the rouble change next to each when given. */
export function findChanges(sentence: string): Change[] {
  const direction: Change["direction"] | null = UP.test(sentence)
    ? "up"
    : DOWN.test(sentence)
      ? "down"
      : null;
  if (!direction) return [];
  const pcts = [...sentence.matchAll(/(\d+(?:[.,]\d+)?)\s*(percent|per cent|%|процент\p{L}*)/giu)];
  const amounts = findAmounts(sentence).filter((a) => a.isChange);
  const basis = YEAR_ON_YEAR.test(sentence)
    ? "year_ago"
    : MONTH_ON_MONTH.test(sentence)
      ? "previous_period"
      : null;
  return pcts.map((m, i) => ({
    direction,
    pct: num(m[1] ?? "0") * (direction === "down" ? -1 : 1),
    abs: amounts[i] ? amounts[i].value * (direction === "down" ? -1 : 1) : null,
    basis,
  }));
}

/** The first period a sentence names: `December 2023`, `в декабре 2023 года`, `for 2023`. */
export function findPeriod(sentence: string): Period | null {
  const words = sentence
    .replace(/[,.;:()]/g, " ")
    .split(/\s+/)
    .filter(Boolean);
  for (let len = 4; len >= 1; len--) {
    for (let i = 0; i + len <= words.length; i++) {
      const span = words.slice(i, i + len);
      if (!span.some((w) => /^\d{4}$/.test(w))) continue;
      if (len === 1 && i > 0 && !/^(for|in|за|в)$/i.test(words[i - 1] ?? "")) continue;
      const period = parsePeriod(span.join(" "));
      if (period) return period;
    }
  }
  return null;
}

const AGENCIES = ["Avtostat", "Автостат", "Autostat", "Rosstat", "Росстат", "AEB", "АЕБ"];
/** Who acts, found by its stems in any case, named whole in the nominative of the sentence's language. */
const JURISDICTIONS: { code: string; words: RegExp; en: string; ru: string }[] = [
  { code: "EE", words: /\bEstonia\b|Эстони/iu, en: "Estonia", ru: "Эстония" },
  { code: "LV", words: /\bLatvia\b|Латви/iu, en: "Latvia", ru: "Латвия" },
  { code: "LT", words: /\bLithuania\b|Литв/iu, en: "Lithuania", ru: "Литва" },
  {
    code: "RU",
    words:
      /Ministry of Industry and Trade|Minpromtorg|Минпромторг\p{L}*|Министерств\p{L}* промышленности и торговли/iu,
    en: "The Ministry of Industry and Trade",
    ru: "Минпромторг",
  },
  { code: "RU", words: /\bgovernment\b|правительств\p{L}*/iu, en: "The government", ru: "Правительство" },
];

function policyOf(sentence: string): Candidate | null {
  const j = JURISDICTIONS.find((x) => x.words.test(sentence));
  if (!j) return null;
  // "The Kyrgyz government …", "правительство Казахстана": another country's body is not Russia's.
  const at = sentence.search(j.words);
  if (FOREIGN.some((c) => c.words.test(sentence.slice(Math.max(0, at - 25), at + 40)))) return null;
  let action: "keeps" | "counts" | null = null;
  if (
    /(?<![\p{L}])(maintain(?!ing)\p{L}*|keeps?|kept|retain(?!ing)\p{L}*|сохрани\p{L}*|оставит\p{L}*|оставля\p{L}*)/iu.test(
      sentence,
    ) &&
    // "сохранится лишь для машин до 160 л. с." narrows a rule: it keeps it only for some.
    !/(?:сохрани\p{L}*|оста[её]тся|kept|retain\p{L}*|keeps?)\s+(?:лишь|только|only)/iu.test(sentence)
  )
    action = "keeps";
  // "методика расчёта, учитывающая мощность двигателя" is the fee's: what counts is told of points.
  else if (
    /will be weighed|count(s|ed)? (toward|within)|засчитыва|учитыва/iu.test(sentence) &&
    /балл|локализ|points|locali[sz]/iu.test(sentence)
  )
    action = "counts";
  if (!action) return null;
  const found = sentence.match(j.words)?.[0] ?? "";
  const who = /\p{Script=Cyrillic}/u.test(found) ? j.ru : j.en;
  const year = /\b(20\d{2})\b/.exec(sentence)?.[1];
  return { kind: "policy", who, jurisdiction: j.code, action, year: year ? Number(year) : null, sentence };
}

function ruleOf(sentence: string): Candidate | null {
  const en =
    /(\d+(?:[.,]\d+)?)\s*(?:percent|per cent|%)[^.]{0,80}?(?:research and development|r&d)[^.]{0,60}?(\d[\d\s]*)\s*(?:localization\s+)?points/iu.exec(
      sentence,
    );
  const ru = /(\d+(?:[.,]\d+)?)\s*%[^.]{0,80}?(?:ниокр|исследован)[^.]{0,60}?(\d[\d\s]*)\s*балл/iu.exec(
    sentence,
  );
  const m = en ?? ru;
  if (!m) {
    // "350 points for every 1% of revenue spent on R&D", "за каждый процент выручки на НИОКР — 400 баллов".
    if (!RD.test(sentence)) return null;
    if (!/(процент|percent|%)/iu.test(sentence)) return null;
    const qs = findQuantities(sentence);
    // "Russian metal adds 200 points, … and R&D is credited at 400 points for each 1%": the points
    // told nearest the percentage are the rule's, not an item's listed before it.
    const all = qs.filter(
      (q) =>
        !q.percent &&
        !q.currency &&
        /^\s*(?:(?:more|additional|extra|дополнительн\p{L}*)\s+)?(?:localization\s+)?(балл\p{L}*|points?)/iu.test(
          sentence.slice(q.end),
        ),
    );
    const firstPct = qs.find((q) => q.percent);
    // "An ECU adds 200 points, and for every percent of revenue spent on R&D the company gets 110
    // points": with the share told in words, the points are the ones in the clause that names R&D.
    const rdClause = (() => {
      const at = sentence.search(/ниокр|исследован|research|r&d/iu);
      const cuts = [...sentence.matchAll(/;|,\s*(?:and|а|и|while|but|но)\s/giu)].map((m) => m.index ?? 0);
      const lo = Math.max(0, ...cuts.filter((c) => c < at));
      const hi = Math.min(sentence.length, ...cuts.filter((c) => c > at));
      return all.filter((q) => q.start >= lo && q.start < hi);
    })();
    const pts = firstPct
      ? [...all].sort((a, b) => Math.abs(a.start - firstPct.start) - Math.abs(b.start - firstPct.start))[0]
      : (rdClause[0] ?? all[0]);
    if (!pts) return null;
    // "200 баллов за каждые 0,5% выручки": the percentage told with the points, not another one.
    const pct = qs
      .filter((q) => q.percent)
      .sort((a, b) => Math.abs(a.start - pts.start) - Math.abs(b.start - pts.start))[0];
    const perPercent = pct?.value ?? 1;
    return { kind: "rule", code: "rd_spending", perPercent, points: pts.value / perPercent, sentence };
  }
  const perPercent = num(m[1] ?? "1");
  const points = num((m[2] ?? "0").trim());
  return { kind: "rule", code: "rd_spending", perPercent, points: points / perPercent, sentence };
}

/**
 * "would earn 200 points instead of the current 100", "200 баллов вместо нынешних 100": the R&D rule a
 * change replaces is a rule told too, per the same share of revenue.
 */
function replacedRule(sentence: string, rule: Candidate): Candidate[] {
  if (rule.kind !== "rule" || rule.code !== "rd_spending") return [];
  const m =
    /(?:instead of|rather than|up from|down from|вместо|против)\s+(?:the\s+)?(?:(?:current|present|previous|former|existing|нынешних|текущих|прежних|действующих)\s+)?(\d[\d\s]*)(?!\s*%|[.,]\d|\d)/iu.exec(
      sentence,
    );
  const old = m ? num((m[1] ?? "").trim()) : 0;
  if (!old || old > 2000 || old === rule.points * rule.perPercent) return [];
  return [{ ...rule, points: old / rule.perPercent }];
}

function licenceOf(sentence: string): Candidate | null {
  const licence = /licen[cs]e|лицензи/iu.test(sentence);
  const localization = /locali[sz]ation|локализац/iu.test(sentence);
  const counted = /weighed|count|taken into account|included|засчитыва|учитыва|включ/iu.test(sentence);
  return licence && localization && counted ? { kind: "licence_rule", sentence } : null;
}

// ---- Prices ----------------------------------------------------------------------------------

type PriceCandidate = Extract<Candidate, { kind: "price" }>;

interface Mention {
  start: number;
  end: number;
  model?: string;
  /** "other": a part of the foreign brands ("европейские, корейские и японские"), no series of its own. */
  origin?: "foreign" | "russian" | "chinese" | "other";
  age?: "new" | "used";
  /** A brand named alone ("the average Lada", "автомобили Haval"): no series of its own. */
  brand?: string;
}

// Brands as articles write them ("Haval", "Хавал", "BYD", "АвтоВАЗ"), each read as its catalogue name.
const cap = (w: string) => w.replace(/(^|[\s-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
const BRAND_SPELLINGS = new Map<string, string>(
  CAR_BRANDS.flatMap((b) =>
    [b.name, ...b.aliases.flatMap((a) => [cap(a), a.toUpperCase()])].map(
      (w) => [w, b.name] as [string, string],
    ),
  ),
);
for (const w of [
  "Ford",
  "Kia",
  "Hyundai",
  "Toyota",
  "Volkswagen",
  "Skoda",
  "Renault",
  "Nissan",
  "Knewstar",
  "Sollers",
  "UAZ",
  "УАЗ",
  "ГАЗ",
  "GAZ",
])
  if (!BRAND_SPELLINGS.has(w)) BRAND_SPELLINGS.set(w, w);
const BRAND_NAMES = [...BRAND_SPELLINGS.keys()].sort((a, b) => b.length - a.length);
// A model's number runs to three digits ("Tank 300", "Peugeot 408"), unless a unit follows it
// ("Haval 300 тыс. рублей" is a sum after the brand).
const BRANDS = new RegExp(
  String.raw`(?<![\p{L}])(${BRAND_NAMES.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})(?![\p{L}])(?:['’]s(?=[ \u00a0]+[A-Z])(?![ \u00a0]+(?:Russian|Chinese|Korean|Japanese|European|American|German|Belarusian|New|Old|Best|Top|Cheapest)))?((?:[ \u00a0«»"]+(?:[A-ZА-Я][\p{L}\d]*(?:-[A-ZА-Я\d][\p{L}\d]*)*|[a-z]-[A-Z\d][\p{L}\d]*|\d[xXхХ×]\d(?![\p{L}\d])|\d{1,2}[A-Za-z]?(?![.,]\d|[\s\u00a0]\d{3}(?!\d)|\d)|\d{3}(?![.,]\d|[\s\u00a0]\d{3}(?!\d)|\d|[\s\u00a0]*(?:тыс|млн|млрд|thousand|million|mln|bn|руб|rub|₽|%|л\.|hp|сил|км|km|шт|units|cars|машин|автомоб))|[IVX]{1,3}))*)`,
  "gu",
);
/** Models written without their brand: "Vesta прибавила…", "the Jolion costs…". */
const BRANDLESS: [RegExp, string][] = [
  [/(?<![\p{L}])(Granta|Гранта)(?![\p{L}])/gu, "lada-granta"],
  [/(?<![\p{L}])(Vesta|Веста)(?![\p{L}])/gu, "lada-vesta"],
  [/(?<![\p{L}])(Niva Travel|Нива Тревел)(?![\p{L}])/gu, "lada-niva-travel"],
  [/(?<![\p{L}])(Niva Legend|Нива Легенд)(?![\p{L}])/gu, "lada-niva-legend"],
  [/(?<![\p{L}])(Largus|Ларгус)(?![\p{L}])/gu, "lada-largus"],
  [/(?<![\p{L}])(Iskra|Искра)(?![\p{L}])/gu, "lada-iskra"],
  [/(?<![\p{L}])(Aura|Аура)(?![\p{L}])/gu, "lada-aura"],
  [/(?<![\p{L}])(Jolion)(?![\p{L}])/gu, "haval-jolion"],
  [/(?<![\p{L}])(Monjaro)(?![\p{L}])/gu, "geely-monjaro"],
  // GAZ's vans are named without the maker as a rule ("ГАЗель NN", "the GAZelle Next").
  [/(?<![\p{L}])(GAZelle|Gazelle|ГАЗель|Газель)(?![\p{L}])/gu, "gaz-gazelle"],
  [/(?<![\p{L}])(Sobol|Соболь)(?![\p{L}])/gu, "gaz-sobol"],
];
const BRAND_WORD = new RegExp(`^(?:${BRAND_NAMES.join("|")})$`, "u");
const AGENCY_WORD =
  /^(Avtostat|Autostat|Rosstat|Reuters|Bloomberg|Interfax|Moscow|Russia|China|Tass|Ctrl|Enter|Telegram)$/;
const TRANSLIT: Record<string, string> = {
  лада: "lada",
  москвич: "moskvich",
  уаз: "uaz",
  газ: "gaz",
  хавал: "haval",
  джолион: "jolion",
  чери: "chery",
  джили: "geely",
  тигго: "tiggo",
  монжаро: "monjaro",
};

// Model names written in Cyrillic ("Веста", "Гранта", "Ларгус") read letter by letter.
const LETTERS: Record<string, string> = Object.fromEntries(
  "а:a б:b в:v г:g д:d е:e ё:e ж:zh з:z и:i й:y к:k л:l м:m н:n о:o п:p р:r с:s т:t у:u ф:f х:kh ц:ts ч:ch ш:sh щ:sch ъ: ы:y ь: э:e ю:yu я:ya"
    .split(" ")
    .map((pair) => pair.split(":") as [string, string]),
);
const translit = (w: string) =>
  /\p{Script=Cyrillic}/u.test(w) ? [...w].map((c) => LETTERS[c] ?? c).join("") : w;

export const slug = (s: string) =>
  s
    .toLowerCase()
    // "Lada 4×4", "Нива 4х4": the wheel formula is one token, written with a Latin x.
    .replace(/(\d)[xх×](\d)/gu, "$1x$2")
    .replace(/[«»"]/g, " ")
    .replace(/\p{L}+/gu, (w) => TRANSLIT[w] ?? translit(w))
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

// "the Russian car market", "на российском автомобильном рынке": the country's market, not its brands.
// "Российские — 1,9 млн", a table's first cell "Russian": the adjective alone, told before its figure
// or as the whole line's name, is the brands'.
const ORIGINS: [RegExp, NonNullable<Mention["origin"]>][] = [
  [
    /иномар\p{L}*|иностранн\p{L}*|зарубежн\p{L}*|импортн\p{L}*|(?<![\p{L}])foreign(?![\p{L}])(?![- ](?:currency|exchange|ministry|policy|trade))|imported cars?|(?<![\p{L}])imports(?![\p{L}])/giu,
    "foreign",
  ],
  [
    /отечествен\p{L}*|(?:собственного|российского|местного) производства|domestic\p{L}*|russian[- ](?:brand\p{L}*|made|cars?(?!\s+(?:market|industry|sector|prices?|sales|buyers|dealers|owners|loans?|production|output|imports?)(?![\p{L}]))|models?|vehicles?|marques?|makes?|carmakers?|ones)|российск\p{L}* (?:марк|марок|бренд|машин|автомобил(?!\p{L}*\s+рын)|легковуш|модел)\p{L}*|(?<![\p{L}])(?:российск\p{L}*|russian)(?=\s*(?:[—–(]|$))|local(?:ly)?[- ](?:brands?|made|produced|assembled)/giu,
    "russian",
  ],
  [
    /китайск\p{L}*|(?<![\p{L}])китайц(?:а|у|ем|е|ы|ев|ам|ами|ах)(?![\p{L}])|chinese|(?<![\p{L}])(?:из Китая|из Поднебесной|from China|made in China)(?![\p{L}])/giu,
    "chinese",
  ],
  [
    /(?<![\p{L}])(?:европейск|корейск|японск|американск|немецк|европ\p{L}*|european|korean|japanese|american|german)\p{L}*(?![\p{L}])(?!\s+(?:Business|Association|Ассоциац))/giu,
    "other",
  ],
];
const AGES: [RegExp, NonNullable<Mention["age"]>][] = [
  [
    /подержан\p{L}*|с пробегом|вторичн\p{L}*|вторичк\p{L}*|б\/у|with (?:a )?(?:mileage|run)(?![\p{L}])|(?<![\p{L}])mileage(?=\s+(?:cars?|vehicles?|autos?)(?![\p{L}]))|secondary market|(?<![\p{L}])(?:the\s+)?["«“]secondary["»”]|(?<![\p{L}])used(?![\p{L}])|second[- ]?hand|backing|pre-owned/giu,
    "used",
  ],
  // "на первичном рынке", "the primary market": the market of new cars.
  [/первичн\p{L}*(?=\s+(?:авто)?рын)|(?<![\p{L}])primary(?=\s+(?:car\s+)?market)/giu, "new"],
  // "новые", "новых машин", "новинки"; not "новости", "Новосибирск", "новшество".
  [/(?<![\p{L}])(?:нов(?:ый|ая|ое|ые|ого|ой|ому|ым|ыми|ых|ую|ом|ее|инк\p{L}*)|new)(?![\p{L}])/giu, "new"],
];

/** The brand last named in the article: "Tenet T4 …, T7 — …", "Haval … Старший Dargo …". */
export interface BrandContext {
  last: string | null;
  /** Models named with their brand so far, by the name alone ("tiggo-4" → "chery-tiggo-4"). */
  models?: Map<string, string>;
}

/** A model named without its brand: a code ("T7", "X50") or, in Russian text, a Latin name ("Dargo"). */
const MODEL_CODE = /(?<![\p{L}\d.-])([A-Z]{1,3}-?\d{1,3}[A-Za-z]?)(?![\p{L}\d])/gu;
// "Tiggo 7 Pro Max", "Dargo X": a Latin name with the words and numbers that follow it.
const LATIN_NAME =
  /(?<![\p{L}\d])([A-Z][a-z]{2,}(?:[ \u00a0](?:[A-Z][A-Za-z\d]*|\d{1,2}[A-Za-z]?(?![.,]\d|[\s\u00a0]\d{3}(?!\d)|\d)))*)(?![\p{L}\d])/gu;
const NOT_A_MODEL = /^(H[12]|Q[1-4]|G\d+|M1|N1|EU|CO2|COVID-19|Euro-?\d)$/;
/** "по информации Autonews", "пишет Kommersant", "according to Reuters": a source named, not a model. */
const SOURCE_BEFORE =
  /(?:по (?:информации|данным|сведениям|словам|подсчетам|подсчётам|оценке)|сообща\p{L}*|пиш(?:ет|ут)|переда(?:ет|ёт|ют)|(?:издани|газет|агентств|портал|телеканал|сайт)\p{L}*|according to|reports?|reported by|told)\s*[«"“]?$/iu;
/** Trim levels ("стартовая Enjoy и более дорогая Techno"): a version of a model, not a model. */
const TRIM =
  /^(?:Enjoy|Techno|Comfort|Luxe?|Lux|Prestige|Standard|Standart|Classic|Elite|Premium|Active|Style|Life|Family|Prime|Ultra|Flagship|Base|Basic|Optimum|Optima|Ambition|Supreme|Dream|Tech|Dynamic|Elegance|Exclusive|Platinum|Signature|Trend)$/;

/**
 * "the Atlas costs from …", "The Coolray kept its price", "and the Cityray from 2,289,990", "to the Tiggo 7
 * Pro Max, which is now listed from …": in English a
 * capitalised name after "the", told with a price, is a model of the brand last named.
 */
const THE_MODEL =
  /(?<![\p{L}])[Tt]he (?:(?:new|older|younger|updated|flagship|compact|smaller|larger|bigger|entry-level|cheapest)\s+)?([A-Z][a-z]{2,}(?: [A-Z\d][\w]*){0,3}?)(?=,\s+(?:which|whose)\s| (?:crossover|sedan|SUV|hatchback|wagon|minivan|pickup|liftback|\w+-seater|stayed|stays|held|holds|moved|climbed|dropped|costs?|kept its price|starts? at|is priced|is offered|is listed|is sold|now costs|now starts|sells for|retails|from \d|by \d|to \d|at \d|is now|was|got|has|rose|fell|went|remains|stays|is unchanged))/gu;
/**
 * "Coolray … by 2.5% (…), Monjaro by 1.8% (…) and Atlas by 2%", "the Tiggo 7 Pro Max (+3%, …)": in
 * English a capitalised name after a comma, "and" or "the", right before its change or its price, is
 * a model of the brand last named.
 */
const LISTED_MODEL =
  /(?:(?<=,\s)|(?<=(?<![\p{L}])(?:and|the)\s))([A-Z][a-z]{2,}(?:[ \u00a0](?:[A-Z][A-Za-z\d]*|\d{1,2}[A-Za-z]?(?![.,]\d|\d)))*)(?=\s*\(\s*[+−-]?\d|\s+[—–]\s+[+−-]?\d|\s+(?:by|at|to|from)\s+[+−-]?\d)/gu;
/**
 * "The Jolion scored 4,120 points, the Dargo 2,100", "Its Dargo received …", "gave the Dargo 2,100 points
 * and the M6 1,700": in English a capitalised name after "the" or "its", told with a score, is a model
 * of the brand last named.
 */
const SCORED_MODEL =
  /(?<![\p{L}])(?:[Tt]he|[Ii]ts|[Tt]heir)\s+([A-Z][A-Za-z]{2,}(?: [A-Z\d][\w-]*){0,2}?)(?=\s+(?:(?:crossover|sedan|SUV|hatchback|model|pickup|van|liftback)\s+)?(?:scor\p{L}*|received|receives|earned|earns|reached|reaches|got|gets|gained|gains|collected|collects|has|had|now has|stands at|\d))/gu;
/**
 * A model of a brand the catalogue lacks, told with its score: a Latin name with a code ("Eonyx M7",
 * "Amberavto A5"), or a name in quotes after the kind of car ("электромобиль «Атом»").
 */
const UNLISTED_MODEL =
  /(?<![\p{L}\d])([A-Z][a-z]{2,}[ \u00a0][A-Z]{1,3}-?\d{1,3}[A-Za-z]?)(?![\p{L}\d])|(?:[Ээ]лектромобил|[Кк]россовер|[Сс]едан|[Хх]этчбек|[Вв]недорожник|[Мм]одел|[Аа]втомобил|[Пп]икап|[Фф]ургон)\p{L}*[ \u00a0]+[«"“]([A-ZА-ЯЁ][\p{L}\d -]{1,20})[»"”]/gu;
const NOT_A_NAME =
  /^(Ministry|Government|Kremlin|Central|Association|Bank|State|Duma|Federation|Russian|Chinese|European|Average|Price|Cheapest|Base|Basic|New|Used|Same|Top|Entry|Industry|Trade|Finance|Economy|Market|Agency|Company|Plant|Rouble|Ruble|Dollar|January|February|March|April|June|July|August|September|October|November|December)/;

function mentionsOf(s: string, brands: BrandContext = { last: null }): Mention[] {
  const out: Mention[] = [];
  const named: { at: number; brand: string }[] = [];
  for (const m of s.matchAll(BRANDS)) {
    const start = m.index ?? 0;
    const brand = BRAND_SPELLINGS.get(m[1] ?? "") ?? m[1] ?? "";
    named.push({ at: start, brand: slug(brand) });
    let name = `${brand}${m[2] ?? ""}`.trim();
    // "Москвич 3" is a model; the bare plant ("завод «Москвич»") is not.
    if (!/[\s\u00a0«»"]/.test(name.replace(/[«»"]+$/, ""))) {
      out.push({ start, end: start + m[0].length, brand: slug(brand) });
      continue;
    }
    name = name.replace(/[«»"]+/g, " ").trim();
    const model = slug(name);
    const own = model.slice(slug(brand).length + 1);
    if (own && model.startsWith(`${slug(brand)}-`)) {
      brands.models ??= new Map();
      brands.models.set(own, model);
    }
    out.push({ start, end: start + m[0].length, model });
  }
  if (named.length > 0) brands.last = named[named.length - 1]?.brand ?? brands.last;
  for (const [re, model] of BRANDLESS)
    for (const m of s.matchAll(re)) {
      const start = m.index ?? 0;
      if (out.some((o) => o.start <= start && start < o.end)) continue;
      // "Vesta SW Cross", "Granta Classic": a version named after the model is part of its name.
      const version =
        /^(?:[ \u00a0]+(?:SW|CNG|Cross|Sport|Classic|Drive|NN|Next|City))+/u.exec(
          s.slice(start + m[0].length),
        )?.[0] ?? "";
      out.push({
        start,
        end: start + m[0].length + version.length,
        model: version ? `${model}-${slug(version)}` : model,
      });
    }
  const brandAt = (pos: number) => [...named].reverse().find((n) => n.at < pos)?.brand ?? brands.last;
  const free = (start: number) => !out.some((o) => o.start <= start && start < o.end);
  const russian = /\p{Script=Cyrillic}/u.test(s);
  for (const re of russian ? [MODEL_CODE, LATIN_NAME] : [MODEL_CODE]) {
    for (const m of s.matchAll(re)) {
      const start = m.index ?? 0;
      const word = m[1] ?? "";
      const head = word.split(/[ \u00a0]/)[0] ?? word;
      const brand = brandAt(start);
      if (
        !brand ||
        !free(start) ||
        NOT_A_MODEL.test(word) ||
        TRIM.test(head) ||
        BRAND_WORD.test(head) ||
        AGENCY_WORD.test(head) ||
        SOURCE_BEFORE.test(s.slice(Math.max(0, start - 30), start))
      )
        continue;
      out.push({
        start,
        end: start + word.length,
        model: brands.models?.get(slug(word)) ?? `${brand}-${slug(word)}`,
      });
    }
  }
  if (!russian)
    for (const m of s.matchAll(LISTED_MODEL)) {
      const word = m[1] ?? "";
      const start = m.index ?? 0;
      const head = word.split(/[ \u00a0]/)[0] ?? word;
      const brand = brandAt(start);
      if (
        !brand ||
        !free(start) ||
        TRIM.test(head) ||
        BRAND_WORD.test(head) ||
        AGENCY_WORD.test(head) ||
        NOT_A_NAME.test(head) ||
        ABROAD.test(`in ${head}`)
      )
        continue;
      out.push({
        start,
        end: start + word.length,
        model: brands.models?.get(slug(word)) ?? `${brand}-${slug(word)}`,
      });
    }
  if (!russian)
    for (const m of s.matchAll(THE_MODEL)) {
      const word = m[1] ?? "";
      const start = (m.index ?? 0) + m[0].indexOf(word);
      const brand = brandAt(start);
      if (!brand || !free(start) || BRAND_WORD.test(word) || AGENCY_WORD.test(word) || NOT_A_NAME.test(word))
        continue;
      // "For comparison, the Tiggo 4 was listed at …" after Tenet: a name told earlier with its brand is that model.
      out.push({
        start,
        end: start + word.length,
        model: brands.models?.get(slug(word)) ?? `${brand}-${slug(word)}`,
      });
    }
  if (/points|балл/iu.test(s))
    for (const m of s.matchAll(UNLISTED_MODEL)) {
      const word = m[1] ?? m[2] ?? "";
      const start = (m.index ?? 0) + m[0].indexOf(word);
      const head = word.split(/[ \u00a0]/)[0] ?? word;
      if (!free(start) || BRAND_WORD.test(head) || AGENCY_WORD.test(head) || NOT_A_NAME.test(head)) continue;
      out.push({ start, end: start + word.length, model: slug(word) });
    }
  if (!russian && /points|scor/iu.test(s))
    for (const m of s.matchAll(SCORED_MODEL)) {
      const word = m[1] ?? "";
      const start = (m.index ?? 0) + m[0].indexOf(word);
      const brand = brandAt(start);
      if (!brand || !free(start) || BRAND_WORD.test(word) || AGENCY_WORD.test(word) || NOT_A_NAME.test(word))
        continue;
      out.push({
        start,
        end: start + word.length,
        model: brands.models?.get(slug(word)) ?? `${brand}-${slug(word)}`,
      });
    }
  for (const [re, origin] of ORIGINS)
    for (const m of s.matchAll(re)) {
      // "Иномарки, включая китайские бренды, …": a part named inside is not the subject; nor one left
      // out ("иномарки (без учёта китайских марок)", "foreign cars excluding Chinese brands"), nor one
      // told as included after it ("All foreign brands (Chinese included)", "иномарки (китайские
      // тоже)"). A line that opens on the part ("в т.ч. китайские | 3 522 000") is that part's.
      const lead = s.slice(0, m.index ?? 0);
      const rest = s.slice((m.index ?? 0) + m[0].length);
      if (
        /(включая|в том числе|в т\.\s*ч\.|incl\.|excl\.|including|such as|among them|без уч[её]та|не считая|за исключением|кроме|excluding|except(?:\s+for)?|not counting|apart from|other than|leaving out)\s*$/iu.test(
          lead,
        ) &&
        !/^\s*\(?\s*(?:включая|в том числе|в т\.\s*ч\.|incl\.|including)\s*$/iu.test(lead)
      )
        continue;
      if (
        /\p{L}/u.test(lead) &&
        /^(?:\s+\p{L}+)?\s+(?:included|inclusive|включительно|тоже|too|as well)(?![\p{L}])/iu.test(rest)
      )
        continue;
      out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, origin });
    }
  for (const [re, age] of AGES)
    for (const m of s.matchAll(re)) out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, age });
  return out.sort((a, b) => a.start - b.start);
}

interface Subject {
  model?: string;
  origin?: Mention["origin"];
  age?: Mention["age"];
}

function subjectOf(ms: Mention[]): Subject | null {
  if (ms.length === 0) return null;
  const model = [...ms].reverse().find((m) => m.model)?.model;
  if (model) return { model };
  const origin = [...ms].reverse().find((m) => m.origin)?.origin;
  const age = [...ms].reverse().find((m) => m.age)?.age;
  return origin || age ? { origin, age } : null;
}

function seriesKey(sub: Subject): string {
  if (sub.model) return sub.model;
  const age = sub.age ?? "new";
  if (!sub.origin) return `${age}-car-avg`;
  // Used cars are averaged by origin only for foreign brands: a used Russian or Chinese car's average
  // is no series (nor the overall one), and neither is a part of the foreign brands.
  if (sub.origin === "other") return "";
  if (age === "used") return sub.origin === "foreign" ? "used-car-avg-foreign" : "";
  return `new-car-avg-${sub.origin}`;
}

const PRICE_WORDS =
  /цен\p{L}*|стои\p{L}*|стоил\p{L}*|обход\p{L}*|обойд\p{L}*|ценник\p{L}*|чек|плат\p{L}*|отдавал\p{L}*|подорожа\p{L}*|подешев\p{L}*|дороже|дешевле|прибавил\p{L}*|составит|составил\p{L}*|составивш\p{L}*|составля\p{L}*|прайс\p{L}*|прос(?:ят|ит|или)|запрашива\p{L}*|(?<![\p{L}])(?:asks?|asking)(?![\p{L}])|максимум\p{L}*|превыс\p{L}*|превыш\p{L}*|достиг\p{L}*|exceed\p{L}*|topped|price\p{L}*|cost\p{L}*|paid|pay|averag\p{L}*|sold for|starts? at|(?<![\p{L}])(?:offered|listed|retails?|retailing) (?:at|for|from)(?![\p{L}])|предлага\p{L}*|прода[её]тся|продают(?:ся)?|reached|went up|gained|rose|climbed|overcame|record/iu;
const FEE_SENTENCE =
  /утильсбор|утилизацион\p{L}*|recycling[- ]fee|scrappage|utilsbor|utilization fee|пошлин\p{L}*|customs duty|(?<![\p{L}])бюджет(?:а|у|ом|е|ы|ов|ам|ах|ами)?(?![\p{L}])|бюджетн\p{L}* (?:средств|деньг|ассигнован|расход|доход|дефицит|профицит|поступлен)\p{L}*|(?<![\p{L}])budget(?![\p{L}])(?![- ]\p{Lu})(?![- ](?:cars?|models?|segment|crossovers?|sedans?|brands?|versions?|class|option|SUVs?|vehicles?))|субсиди\p{L}*|subsid\p{L}*|(?<![\p{L}])ставк\p{L}*|(?<![\p{L}])налог\p{L}*|(?<![\p{L}])fees?(?![\p{L}])|платеж\p{L}*|платёж\p{L}*|(?<![\p{L}])сбор[аеуы]?(?![\p{L}])|(?<![\p{L}])collection(?![\p{L}])|coefficient\p{L}*|коэффициент\p{L}*|\d\s*(?:to|до|-|–)\s*\d\s*(?:liters?|litres?|литр\p{L}*|л(?![\p{L}]))|h\.p\.|л\.\s?с\.|\d{2,3}\s*(?:[-–]|to)\s*\d{2,3}\s*hp(?![\p{L}])|\d{2,3}\s*(?:[-–]|до)\s*\d{2,3}\s*(?:сил|лошадин)\p{L}*|(?:up to|over|above|under|below)\s+\d{2,3}\s*hp(?![\p{L}])|(?<![\p{L}])(?:car|one|vehicle)(?:\s+\S+){0,6}?\s+(?:now\s+)?(?:pays|will pay|must pay)(?![\p{L}])|older than (?:three|3) years|старше (?:тр[её]х|3) лет|для\s+(?:себя|личного\s+пользования)|for\s+(?:personal|(?:his|her|their)\s+own)\s+use|частник\p{L}*|физлиц\p{L}*/iu;
const NOT_A_PRICE_SENTENCE = /зарплат\p{L}*|salar\p{L}*|(?<![\p{L}])wages?(?![\p{L}])/iu;
/** A discount rules out its own clause, not the list price told beside it ("…from 1.9 million, while dealers give 200,000 off"). */
const DISCOUNT = /скидк\p{L}*|discount\p{L}*|cashback|кэшбэк/iu;
const NOT_MONEY_AFTER =
  /^\s*(?:тенге|tenge|сом\p{L}*|сум\p{L}*|драм\p{L}*|лари|BYN|белорусск\p{L}*|юан\p{L}*|yuan|долл\p{L}*|dollars?|евро|euros?)(?![\p{L}])|^\s*(?:(?:new|used|passenger|foreign|imported|легковых|новых|подержанных|иностранных)\s+)?(машин|автомобил|легков|cars?(?![\p{L}])|vehicles?|units?|штук|шт\.|экземпляр|единиц|человек|балл|points?|км|km|тонн|tons?|литр|litre|liter|подержанн|новых|copies|sales|продаж|авто|иномар|моделей|models|people|listings?|ads(?![\p{L}])|adverts?|объявлени)/iu;
const COUNTED_AFTER =
  /^\s+(?:(?!(?:а|и|но|and|but|or|или|to|до|from|от|on|in|в|на|for|за|at)\s)[\p{L}-]+\s+){1,2}(?:машин|автомобил\p{L}*|легковуш\p{L}*|cars?(?![\p{L}])|vehicles?|units?|drivers?|водител\p{L}*|таксист\p{L}*|people|человек|жител\p{L}*|residents?|buyers?|покупател\p{L}*|employees?|workers?|сотрудник\p{L}*)/iu;
// "^[^\p{L}\d]*": nothing but punctuation before the word (\W would take Cyrillic letters for none).
const BOUND_BEFORE =
  /(?<![\p{L}])(?:(?:a|the)\s+)?(?:price|cost)\s+(?:below|under|above|over|of up to|of under|of over|not exceeding)\s*$|(?<![\p{L}])priced\s+(?:below|under|above|over|at up to|up to)\s*$|(?<![\p{L}])(?:стоимостью|ценой)\s+(?:до|ниже|выше|свыше|не более|не выше)\s*$|(?:^[^\p{L}\d]*|(?<![\p{L}])(?:cars?|models?|vehicles?|crossovers?|sedans?|SUVs?|машин\p{L}*|автомобил\p{L}*|модел\p{L}*|кроссовер\p{L}*|иномар\p{L}*)\s+)(?:дороже|дешевле|свыше|under|below|over|above|pricier than|more expensive than|cheaper than|costing (?:over|under|more than|less than))\s*$/iu;
const THRESHOLD_NEAR =
  /(?<![\p{L}])(mark|line|threshold|barrier|level of|ceiling|cap)(?![\p{L}])|отметк\p{L}*|рубеж\p{L}*|порог\p{L}*|планк\p{L}*|потол\p{L}*/iu;
const RUN_OF_YEARS =
  /(второй|третий|четв[её]ртый|пятый|шестой|седьмой|восьмой|девятый|десятый|\d+-?й) (год|месяц)|(год|месяц)(а|ев)? подряд|(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)) (straight |consecutive )?(year|month)|(years?|months?) in a row/iu;
// "наоборот", "конкурс": the stems of turnover and of the exchange rate start a word.
const NOT_A_PRICE_NEAR =
  /доход(?!и[тл]|ят|ящ|ивш)\p{L}*|income|(?<![\p{L}])(spent|spend\p{L}*|revenue\p{L}*|turnover)(?![\p{L}])|потрат\p{L}*|потрачен\p{L}*|выручк\p{L}*|(?<![\p{L}])оборот\p{L}*|ёмкост\p{L}*|емкост\p{L}*|выгод\p{L}*|(?<![\p{L}])курс\p{L}*|exchange rate|вложен\p{L}*|инвестиц\p{L}*|investment/iu;
/** A percentage that is a share, a rate or inflation, not a change of a price. */
const NOT_A_CHANGE =
  /(?<![\p{L}])of (?:the|its|a car's) (?:price|cost|value)|(?<![\p{L}])от (?:цены|стоимости)|compensat\p{L}*|компенсир\p{L}*|компенсаци\p{L}*|дол[яиюей]\p{L}*|(?<![\p{L}])(НДС|VAT|tax\p{L}*|налог\p{L}*)(?![\p{L}])|(?<![\p{L}])share|(?<![\p{L}])sold(?![\p{L}])(?!\s+(?:in|on|at|through|via|by|for)(?![\p{L}]))|(?<![\p{L}])sales|продаж\p{L}*|продал\p{L}*|реализова\p{L}*|инфляц\p{L}*|inflation|(?<![\p{L}])ставк\p{L}*|(?<![\p{L}])rate(?![\p{L}])|скидк\p{L}*|discount/iu;
const CURRENCY_WORD =
  /доллар\p{L}*|(?<![\p{L}])евро(?![\p{L}])|юан\p{L}*|(?<![\p{L}])(?:dollars?|euros?|yuan)(?![\p{L}])/iu;
const CHANGE_MARK =
  /(?<![\p{L}])(на|by|or|или|plus|плюс|это|i\.e\.|that is|(?<!(?:made|makes|make|summed)\s)up|down|(?<=(?:up|down|rose|fell|grew|increased|decreased|lowered|raised)\s+)on|прибави\p{L}*|добави\p{L}*|потеря\p{L}*|gained|gaining|added|adding|lost|losing|shed|shedding|(?:cut|rise|increase|hike|reduction|drop|markdown)\s+of)(?:\s+(?:за|over|in)\s+(?:the\s+)?(?:месяц|год|month|year))?\s*(около|примерно|почти|about|roughly|nearly|around|some)?\s*[+−-]?\s*$/iu;

const UP_WORD =
  /(?<![\p{L}])(up|rose|rise|risen|rais(?:e|ed|es|ing)|increase\p{L}*|uptick|grew|growth|higher|more|gained|climbed|added|jumped|went up|above|pricier|expensive)(?![\p{L}])|(?<![\p{L}])(surg\p{L}*|soar\p{L}*|jump\p{L}*|advanc\p{L}*|climb\p{L}*|increas\p{L}*|spik\p{L}*|hike[ds]?|lift(?:s|ed|ing)?|boost(?:s|ed|ing)?|gain(?:s|ing)?|rising|rises|adding|grown|grows|growing|gone up)(?![\p{L}])|индексац\p{L}*|проиндексир\p{L}*|индексир\p{L}*|вырос\p{L}*|выраст\p{L}*|подорожа\p{L}*|увеличи\p{L}*|рост\p{L}*|прирост\p{L}*|повыси\p{L}*|поднял\p{L}*|подня\p{L}*|подрос\p{L}*|подскочи\p{L}*|взлетел\p{L}*|прибавил\p{L}*|прибави\p{L}*|добави\p{L}*|взлете\p{L}*|(?<![\p{L}])дорожа\p{L}*|больше|выше|дороже|плюс|(?<![\p{L}])plus(?![\p{L}])/iu;
const DOWN_WORD =
  /(?<![\p{L}])(down|fell|fall|fallen|cut|cuts|lowered|reduced|decrease\p{L}*|drop\p{L}*|lower|declin\p{L}*|less|cheaper|slipped|shed|below)(?![\p{L}])|удешев\p{L}*|(?<![\p{L}])дешеве(?:ют|ет|ли|л)(?![\p{L}])|(?<![\p{L}])(dipp?\p{L}*|slid|slump\p{L}*|plung\p{L}*|plummet\p{L}*|sank|eased|retreat\p{L}*|lost|losing|falls|falling|shedding|sliding|slips|slipping|eases|easing|sinks)(?![\p{L}])|снизи\p{L}*|сниже\p{L}*|подешев\p{L}*|упал\p{L}*|упад\p{L}*|(?<![\p{L}])упав(?![\p{L}])|рухну\p{L}*|падени\p{L}*|сократи\p{L}*|уменьши\p{L}*|уменьше\p{L}*|просел\p{L}*|просед\p{L}*|(?<![\p{L}])просев(?![\p{L}])|опусти\p{L}*|потеря\p{L}*|скати\p{L}*|меньше|ниже|дешевле|доступнее|минус|(?<![\p{L}])minus(?![\p{L}])|(?<![\p{L}])more affordable/iu;
const YOY =
  /(?:over|in|for) (?:the )?(?:past |last )?(?:twelve|12) months|(?:за|в течение) (?:последние )?(?:двенадцать|12) месяцев|(?<![\p{L}])(?:y\/y|yoy|y-o-y|г\/г)(?![\p{L}])|year[- ](over|on|to)[- ]year|over the year|on the year|for the year(?![- ](?:as a whole|overall))|in annual terms|on an annual basis|(?<![\p{L}])annual(?:ly)?(?![\p{L}])|(?:a|one) year (earlier|ago|before)|in a year|from a year|last year|за год|в годовом|год к году|годом ранее|год назад|(?:тот же|того же|том же|the same) (?:месяц\p{L}*|период\p{L}*|month|period) (?:of )?(?:прошлого года|last year|(?:19|20)\d\d)|аналогичн\p{L}* период\p{L}* (?:прошлого|минувшего|предыдущего) года|прошлогодн\p{L}*|(?:прошлого|минувшего) года/iu;
const MOM =
  /(?<![\p{L}])(?:m\/m|mom|m-o-m|м\/м)(?![\p{L}])|month[- ](?:on|over|to)[- ]month|в месячном|(?:on a|in) monthly (?:basis|terms)|(?<![\p{L}])monthly (?:increase|rise|growth|decline|decrease|drop|fall|change|gain)|from \p{L}+ to \p{L}+|с \p{L}+ по \p{L}+|over the month|for the month|on the month|in a month|per month|(?:a|one) month (earlier|ago|before)|previous month|к предыдущему месяцу|за месяц|месяцем ранее|по сравнению с предыдущим/iu;
const SINCE_START =
  /(?:с|к|по сравнению с) начал(?:а|у|ом) (?:текущего |этого )?года|since the (?:start|beginning) of the year|from the (?:start|beginning) of the year|(?:compared )?(?:to|with) the (?:start|beginning) of the year|since january|year to date|(?<![\p{L}])ytd(?![\p{L}])|(?<![\p{L}])(?:than|чем)\s+(?:at|в)\s+(?:the\s+)?(?:start|beginning|начале)\s+(?:of\s+)?(?:(?:the|this|текущего|этого)\s+)?(?:year|года|(?:19|20)\d\d)|(?<![\p{L}])(?:since|from|с|по сравнению с)\s+(?:the\s+)?(?:start|beginning|начала|началом)\s+(?:of\s+)?(?:19|20)\d\d|(?<![\p{L}])с января(?!\s+по)/iu;

function monthsBetween(a: string, b: string): number {
  const [ay, am] = a.split("-").map(Number);
  const [by, bm] = b.split("-").map(Number);
  return ((ay ?? 0) - (by ?? 0)) * 12 + ((am ?? 0) - (bm ?? 0));
}

/** "the same month of last year", "аналогичного периода прошлого года": a month or a period a year back. */
const SAME_OF_YEAR =
  /(?:the same|тот же|того же|том же|тем же|аналогичн\p{L}*)\s+(?:месяц\p{L}*|период\p{L}*|month|period|time)/iu;

/** Against what a change is told: the period before, a year earlier, or a named period. */
function versusOf(
  window: string,
  comparisons: PeriodRef[],
  level: Period | null,
): { basis: Change["basis"]; vs: string | null } {
  // "down 1.2% from the previous month": the month before the level's, not before the article's.
  if (/(?<![\p{L}])(?:previous|prior|preceding) month|предыдущ\p{L}* месяц\p{L}*/iu.test(window))
    return { basis: "previous_period", vs: null };
  const comp = comparisons.find((c) => c.period ?? c.shadow);
  let cp = comp?.period ?? null;
  if (!cp && comp?.shadow && level) {
    // "than in July" with no year: the July before the level (or "last August": a year before).
    const [sy, sm] = comp.shadow.start.split("-").map(Number);
    const [ly, lm] = level.start.split("-").map(Number);
    if ((ly ?? 0) >= 9000) cp = comp.shadow;
    else if (sy && sm && ly && lm) {
      const y = sy < 9999 ? ly - 1 : sm < lm ? ly : ly - 1;
      cp = { start: `${y}-${String(sm).padStart(2, "0")}-01`, granularity: comp.shadow.granularity };
    }
  }
  // "than in the same month of last year": a year named only to say which month is a year back.
  if (cp && cp.granularity === "year" && level && level.granularity !== "year" && SAME_OF_YEAR.test(window))
    return { basis: "year_ago", vs: null };
  // "9% more than at the start of 2025", "с начала 2024 года": the year named is the one whose January it is.
  if (cp && cp.granularity === "year" && SINCE_START.test(window))
    return { basis: null, vs: `${cp.start.slice(0, 4)}-01` };
  if (cp) {
    if (level && cp.granularity === level.granularity) {
      const gap = monthsBetween(level.start, cp.start);
      if (gap === 12) return { basis: "year_ago", vs: null };
      if ((level.granularity === "month" && gap === 1) || (level.granularity === "half_year" && gap === 6))
        return { basis: "previous_period", vs: null };
    }
    if (cp.start >= "9000") return { basis: null, vs: null };
    // "the level of the middle of 2021": a mid-year is named by its month, as a month is.
    return {
      basis: null,
      vs:
        cp.granularity === "month" || cp.granularity === "mid_year"
          ? cp.start.slice(0, 7)
          : cp.start.slice(0, 4),
    };
  }
  if (SINCE_START.test(window) && level) return { basis: null, vs: `${level.start.slice(0, 4)}-01` };
  if (YOY.test(window)) return { basis: "year_ago", vs: null };
  if (MOM.test(window)) return { basis: "previous_period", vs: null };
  return { basis: null, vs: null };
}

/** "50,000 rubles more than", "на 30 тыс. дороже, чем": a sum in roubles told as a difference. */
const ABS_COMPARATIVE =
  /^\s*(?:(more(?:\s+expensive)?|higher|dearer|pricier|больше|дороже|выше)|(less(?:\s+expensive)?|lower|cheaper|меньше|дешевле|ниже))(?:\s+than|,?\s+чем)(?![\p{L}])/iu;

/** "…than the Chery Tiggo 4", "чем у конкурентов": what a difference is set against is another car. */
const OTHER_CAR_AFTER =
  /^\s*(?:(?:the|at|у)\s+)?(?:[\p{Lu}«"]|(?:rivals?|competitors?|peers?|конкурент|аналог|соперник)\p{L}*)/u;

/** "150,000 rubles cheaper than the Tiggo 4", "на 150 тыс. дешевле, чем у конкурентов": a gap to another car. */
function againstOtherCar(after: string): boolean {
  const m = ABS_COMPARATIVE.exec(after);
  if (!m) return false;
  const rest = after.slice(m[0].length);
  return OTHER_CAR_AFTER.test(rest) && !MONTH_AHEAD.test(rest);
}

/**
 * "has become 50,000 rubles more expensive and now starts at …", "got 40 thousand rubles cheaper,
 * to …": a sum told as the difference the model became, with no "than" (a "than" names what else it
 * is set against, maybe another model).
 */
const ABS_BECAME =
  /^\s*(?:(more\s+expensive|pricier|dearer|дороже)|(less\s+expensive|cheaper|дешевле))(?!\s*,?\s*(?:than|чем)(?![\p{L}]))(?![\p{L}])/iu;
const BECAME_BEFORE = /(?<![\p{L}])(?:bec[oa]me|got|gets|grew|turned|is now|are now|стал[аио]?|станет)\s*$/iu;

/** "the market as a whole", "рынок в целом", "across the market": all kinds of car together. */
const WHOLE_MARKET =
  /(?<![\p{L}])(?:(?:the\s+)?(?:whole|overall|entire)\s+market|market\s+(?:as\s+a\s+whole|in\s+(?:the\s+)?whole|overall)|across\s+the\s+market|(?:по\s+)?рын(?:ок|ку|ка)\s+в\s+целом|в\s+целом\s+по\s+рынку|(?:весь|всего|всему)\s+рын\p{L}*)(?![\p{L}])/iu;

/** "the former … the latter", "первый … второй": the first or the second of two models told before. */
const ORDINAL =
  /(?<![\p{L}])(?:(the former|перв(?:ый|ая|ое)|у перв(?:ого|ой))|(the latter|втор(?:ой|ая|ое)|у втор(?:ого|ой)|последн(?:ий|яя)))(?![\p{L}])(?!.*(?<![\p{L}])(?:the former|the latter|перв(?:ый|ая|ое)|втор(?:ой|ая|ое)|последн(?:ий|яя))(?![\p{L}]))/iu;

/** "the first half", "первое полугодие", "for the first time": an ordinal of time, not of a model. */
const ORDINAL_OF_TIME =
  /^\s*(?:полугоди|квартал|месяц|раз|половин|half|quarter|month|time|week|недел)\p{L}*/iu;

/**
 * "…prices for the Granta and the Vesta: the former now costs …, the latter …": of the two models the
 * sentence named ahead of its figures, the one an ordinal in a figure's own run points to (when no
 * model is named after the ordinal).
 */
function ordinalOfPair(
  s: string,
  mentions: Mention[],
  from: number,
  to: number,
  firstLevel: number,
): string | undefined {
  const pair = [...new Set(mentions.filter((m) => m.model && m.end <= firstLevel).map((m) => m.model))];
  if (pair.length !== 2) return undefined;
  const run = s.slice(from, to);
  const o = ORDINAL.exec(run);
  if (!o || ORDINAL_OF_TIME.test(run.slice(o.index + o[0].length))) return undefined;
  const at = from + o.index;
  if (mentions.some((m) => m.model && m.start > at && m.end <= to)) return undefined;
  return pair[o[1] ? 0 : 1];
}

/** "5% more", "на 20 тыс. рублей дороже": the word right after a change's figure that tells its direction. */
const RIGHT_AFTER =
  /^\s*(?:(more|higher|up|above|dearer|больше|выше|дороже)|(less|lower|down|below|cheaper|меньше|ниже|дешевле))(?![\p{L}])/iu;

/** Where the words after a change stop being its own: the next clause ("…, а в годовом выражении"). */
const TRAIL_CUT = /,\s+(?:и|а|and|but|while|whereas)\s|;\s|\s(?:и|а|and)\s+(?:на|by|in|за|в)\s/u;

/**
 * The words after a percentage that are its own: up to the clause the next change opens; "за месяц
 * прибавил 1,1%, за год — 3,5%": a comma-run that heads the next percentage ("за год —") is its.
 */
function trailOf(trail: string, nextFollows: boolean): string {
  const own = trail.split(TRAIL_CUT)[0] ?? trail;
  if (!nextFollows) return own;
  const m =
    /^([^,;]*)[,;]\s+[^,;]{1,40}?(?:[—–:-]|(?<![\p{L}])(?:на|by|up|down|\+|плюс|минус))\s*[+−-]?\s*$/iu.exec(
      own,
    );
  return m ? (m[1] ?? own) : own;
}

/** "increased less noticeably", "выросли меньше всего": a degree of the change, not its direction. */
const DEGREE = /(?<![\p{L}])(?:less|more|меньше|больше)\s+(?:\p{L}+ly|всего|заметно|сильно)(?![\p{L}])/giu;

function directionOf(raw: string): Change["direction"] | null {
  const text = raw.replace(DEGREE, " ");
  const up = UP_WORD.exec(text);
  const down = DOWN_WORD.exec(text);
  if (up && down) return (up.index ?? 0) > (down.index ?? 0) ? "up" : "down";
  return up ? "up" : down ? "down" : null;
}

interface SentenceContext {
  articleDate: string | null;
  period: PeriodRef | null;
  subject: Subject | null;
  /** The period of the last price told ("за тот же месяц", "the same period"). */
  lastPeriod: PeriodRef | null;
  /** The basis of the last change told, for a change in the next sentence told without one. */
  lastBasis: { basis: Change["basis"]; vs: string | null } | null;
  previousHadPrice: boolean;
  /** The sentence before told only a round mark crossed ("впервые превысила 1 млн рублей"). */
  previousOnlyMark?: boolean;
  brands: BrandContext;
  /** The period of the article's first dated average: a digest's later figures are of it too. */
  articlePeriod: PeriodRef | null;
  /** The sentence before was about a segment ("массового сегмента"): "таких машин" goes on about it. */
  segment?: boolean;
  /** The last period the sentence before named, compared with or not ("…, чем в январе. Тогда …"). */
  previousNamed?: PeriodRef | null;
  /** The models the sentence before named, in its order ("на Tiggo 4 и Tiggo 7 Pro Max"). */
  previousModels?: string[];
  /** The sentence before told figures of a run of months ("January–October"), and no period of its own. */
  ofSpan?: boolean;
  /** The one model the headline names ("Lada Vesta подорожала на 3,1%"): what "седан" means in the body. */
  headlineModel?: string | null;
  /** The month (its stand-in shadow) of the article's first average whose year cannot be known. */
  reportShadow?: Period | null;
  /** The month a new price list told before takes effect ("новые цены действуют с 1 января"). */
  listFrom?: string | null;
}

/** "прайс-лист", "новые цены", "the new price lists", "prices from January 1": a list of prices as a whole. */
const PRICE_LIST =
  /прайс\p{L}*|(?<![\p{L}])цен[аыу]?(?![\p{L}])|ценник\p{L}*|(?<![\p{L}])price[- ]?lists?(?![\p{L}])|(?<![\p{L}])(?:new|recommended|list|retail)\s+(?:recommended\s+|retail\s+)?prices(?![\p{L}])|(?<![\p{L}])prices\s+(?:from|since|as of|effective)(?![\p{L}])/iu;
const FROM_BEFORE = /(?<![\p{L}])(?:с|со|from|starting|since|effective|as of)\s*$/iu;

/**
 * "Дистрибьюторы разослали новые прайс-листы, которые действуют с 1 января": the month a price list
 * takes effect, for the model prices told after it with no date of their own; null when none is told.
 */
function listFromOf(s: string, articleDate: string | null): string | null {
  if (!PRICE_LIST.test(s)) return null;
  const from = findDates(s, articleDate).find((d) =>
    FROM_BEFORE.test(s.slice(Math.max(0, d.start - 12), d.start)),
  );
  return from?.date ? `${from.date.slice(0, 7)}-01` : null;
}

/** A model's list price with no date of its own: the article's month, or the later one its list takes effect in. */
function listMonth(ctx: SentenceContext, s: string): string | null {
  const current = ctx.articleDate ? `${ctx.articleDate.slice(0, 7)}-01` : null;
  // "…, and now the Jolion costs …": a price told as it stands now is of the time of writing.
  if (!current || !ctx.listFrom || ctx.listFrom <= current || NOW.test(s)) return current;
  return ctx.listFrom;
}

/** "седан", "кроссовер", "the sedan": a model told by its kind of body, the one the headline named. */
const BODY_NOUN =
  /(?<![\p{L}])(?:седан|кроссовер|хэтчбек|хетчбэк|лифтбек|универсал|внедорожник|пикап|минивэн|новинк)\p{L}*|(?<![\p{L}])the (?:sedan|crossover|hatchback|liftback|wagon|SUV|pickup|minivan)(?![\p{L}])/iu;

/** "добавит к цене", "прибавит к стоимости", "will add … to the price": a sum on top of a price. */
const ADDED_BEFORE =
  /(?:добав|прибав)\p{L}*\s+(?:(?:к|в)\s+(?:цен|стоимост|ценник)\p{L}*(?:\s+\p{L}+){0,2}\s+)?(?:(?:ещё|еще|около|примерно|порядка|от)\s+)?$|(?<![\p{L}])(?:add|adds|added|adding)\s+(?:(?:another|an extra|some|about|around|roughly)\s+)?$/iu;
const ADDED_AFTER =
  /^\s*(?:тыс\.?|тысяч\p{L}*|млн|thousand|million)?\s*(?:руб\p{L}*\.?|rubles?|roubles?)?\s+(?:к\s+(?:цен|стоимост|ценник)\p{L}*|to\s+(?:the|its|their|a)\s+(?:\p{L}+\s+)?(?:price|cost))/iu;
/** "…, а для машин с 2,5-литровым — и все 600–700 тыс.": a clause whose verb a dash stands for. */
const ELIDED_BEFORE =
  /(?:[,;]\s*(?:а|и|но|and|while|but)\s|;\s)(?:[^,;.]|(?<=\d)[,.](?=\d))*?\s[—–]\s*(?:(?:и|ещё|еще|уже|все|всё|около|and|even|as much as)\s+){0,2}$/iu;

/**
 * "повышение добавит к цене 450–500 тыс. рублей", "подорожают на 450–500 тыс.", "а для машин с
 * 2,5-литровым — и все 600–700 тыс.": a sum told as the size of a rise — the top of a range whose
 * start is one, or the figure of a clause whose verb is left out after one — is no price.
 */
function toldAsChange(s: string, q: Quantity, depth = 0): boolean {
  const before = s.slice(Math.max(0, q.start - 40), q.start);
  if (ADDED_BEFORE.test(before) || ADDED_AFTER.test(s.slice(q.end, q.end + 40))) return true;
  if (CHANGE_MARK.test(before.replace(/[—–-]\s*$/, "")) && !/\d\s*[—–-]\s*$/.test(before)) return true;
  if (depth > 2) return false;
  const qs = findQuantities(s);
  // The top of a range ("450–500") is what its start is.
  const start = qs.find((r) => r.end <= q.start && /^\s*[—–-]\s*$/.test(s.slice(r.end, q.start)));
  if (start) return toldAsChange(s, start, depth + 1);
  // A clause with its verb left out tells what the clauses before told, when all their sums were rises.
  const elided = ELIDED_BEFORE.exec(s.slice(0, q.start));
  if (!elided) return false;
  const earlier = qs.filter((r) => !r.percent && (r.scaled || r.currency === "rub") && r.end <= elided.index);
  return earlier.length > 0 && earlier.every((r) => toldAsChange(s, r, depth + 1));
}

/** "превысил", "преодолела", "перешагнул", "topped", "went above": a verb of a mark crossed upwards. */
const MARK_CROSSED =
  /(?<![\p{L}])(?:превы[сш]\p{L}*|преодол\p{L}*|перешагн\p{L}*|перевали\p{L}*|пробил\p{L}*|пробит\p{L}*|взят[аоы]?|взял[аи]?|crossed|topped|exceeded|surpassed|passed|broke(?:\s+through)?|(?:went|rose|climbed|moved|got) (?:above|over|past|beyond))(?![\p{L}])/iu;
const MARK_BEFORE =
  /(?:отметк|рубеж|планк|барьер|порог|mark|line|threshold|barrier|milestone)\p{L}*\s*(?:в\s*|of\s*|at\s*|[—–:-]\s*)?$/iu;
const MARK_AFTER =
  /^\s*(?:(?:руб\p{L}*|rubles?|roubles?|rouble|ruble)\s+)?(?:отметк|рубеж|планк|барьер|порог|mark|line|threshold|barrier|milestone)/iu;

/**
 * "Отметку в два миллиона показатель превысил в августе", "трёхмиллионный рубеж взят в июле", "the
 * average topped the 3 million rouble mark in July": a round mark told as crossed is the level, above
 * that sum, of the time it was crossed (a mark held, "держится выше отметки", is none).
 */
function crossedMark(s: string, q: Quantity): boolean {
  const clause = clauseAt(s, q.start, q.end);
  const near =
    MARK_BEFORE.test(s.slice(Math.max(0, q.start - 30), q.start)) || MARK_AFTER.test(s.slice(q.end));
  // "…а отметку в два миллиона цена превысила позже": a mark crossed at no time told is no level.
  return (
    near &&
    MARK_CROSSED.test(clause) &&
    !RUN_OF_YEARS.test(clause) &&
    findPeriods(clause, null).some((p) => !p.comparison)
  );
}

function isLevel(s: string, q: Quantity): boolean {
  if (q.percent || q.value < 100_000 || q.value > 50_000_000) return false;
  // "подорожала почти на четверть миллиона", "by a quarter of a million": the number layer reads the
  // scale word alone; a part of it told before is no million.
  if (
    !/\d/.test(q.text) &&
    /(?<![\p{L}])(?:четверт\p{L}*|трет[ьи]|половин\p{L}*|quarter(?: of)?(?: an?)?|third(?: of)?(?: an?)?)\s*$/iu.test(
      s.slice(Math.max(0, q.start - 20), q.start),
    )
  )
    return false;
  if (toldAsChange(s, q)) return false;
  if (q.currency && q.currency !== "rub") return false;
  // "T7 — от 2 889 000, а T8 — от 3 519 000 рублей": a list's currency is told once, at its end;
  // "Monjaro from 4,699,990 rubles …, and the Jolion will go up … to 2,249,000": or at its start.
  const listed =
    !q.currency &&
    /^\d{1,3}(?:[ \u00a0\u202f]\d{3}){2}$|^\d{1,3}(?:,\d{3}){2}$/.test(q.text.trim()) &&
    findQuantities(s).some((r) => r !== q && r.currency === "rub" && !r.percent && r.value >= 100_000);
  // "at a cost of 495,000 to 600,000 rubles": a range's currency is told once, at its top.
  const top = findQuantities(s.slice(q.end))[0];
  const rangeStart =
    !q.currency &&
    q.value >= 100_000 &&
    top?.currency === "rub" &&
    top.value >= q.value &&
    top.value < q.value * 3 &&
    /^\s*(?:to|до|[–—-])\s*$/iu.test(s.slice(q.end, q.end + top.start));
  if (!q.currency && !q.scaled && !listed && !rangeStart) return false;
  if (!q.currency && NOT_MONEY_AFTER.test(s.slice(q.end))) return false;
  // "100 thousand taxi cars", "540 thousand backing cars": a count with the noun a word or two on.
  if (!q.currency && COUNTED_AFTER.test(s.slice(q.end))) return false;
  // "Дороже 10 млн рублей продаётся 11 моделей", "the only car under one million": a bound of a
  // class of cars, not a price told.
  if (BOUND_BEFORE.test(s.slice(Math.max(0, q.start - 40), q.start))) return false;
  // "an additional 795,000 rubles", "доплатить 300 тыс.": what comes on top of a price.
  if (
    /(additional|extra|дополнительн\p{L}*|доплат\p{L}*|переплат\p{L}*)\s*$/iu.test(
      s.slice(Math.max(0, q.start - 25), q.start),
    )
  )
    return false;
  // "машины стоимостью до 2 млн": a cap for a programme, not a price told.
  if (
    /(стоимост\p{L}*|ценой|цена которых|priced|costing|worth)\s+(до|не более|не выше|свыше|более|выше|дороже|up to|under|below|less than|above|over|more than)\s*$/iu.test(
      s.slice(Math.max(0, q.start - 40), q.start),
    )
  )
    return false;
  // "raised its sales forecast to 1.28 million units from 1.25 million": no currency, about units.
  if (
    !q.currency &&
    /(?<![\p{L}])(units|sales|sold|forecast)(?![\p{L}])|продаж\p{L}*|продан\p{L}*|штук|экземпляр\p{L}*/iu.test(
      clauseAt(s, q.start, q.end),
    )
  )
    return false;
  // "продано 118 тыс. новых машин, а за девять месяцев — 1,06 млн": a clause whose verb a dash stands
  // for counts what the figure before it counted.
  const elided = q.currency ? null : ELIDED_BEFORE.exec(s.slice(0, q.start));
  if (elided) {
    const last = findQuantities(s)
      .filter((r) => r.end <= elided.index && !r.percent)
      .pop();
    if (
      last &&
      !last.currency &&
      (NOT_MONEY_AFTER.test(s.slice(last.end)) || COUNTED_AFTER.test(s.slice(last.end)))
    )
      return false;
  }
  const before = s.slice(Math.max(0, q.start - 30), q.start);
  if (CHANGE_MARK.test(before.replace(/[—–-]\s*$/, ""))) return false;
  // "…, 100,000 rubles less than in January", "became 150,000 rubles cheaper": a difference.
  if (ABS_COMPARATIVE.test(s.slice(q.end, q.end + 30))) return false;
  if (BECAME_BEFORE.test(before) && ABS_BECAME.test(s.slice(q.end, q.end + 30))) return false;
  const around = s.slice(Math.max(0, q.start - 40), Math.min(s.length, q.end + 30));
  const crossed = crossedMark(s, q);
  if (
    !crossed &&
    (THRESHOLD_NEAR.test(s.slice(q.end, q.end + 25).split(/[,;]\s+(?:а|и|но|and|but|while)\s|;/u)[0] ?? "") ||
      // "достигла отметки 1,27 млн", "reached the mark of 1.34 million": a figure no mark is rounded
      // to is the level reached.
      (q.value % 100_000 === 0 &&
        /(отметк\p{L}*|рубеж\p{L}*|потол\p{L}*|mark of|line of|ceiling(?: of)?|cap of)\s*(?:[—–:-]\s*|в\s*|at\s*)?$/iu.test(
          before,
        )))
  )
    return false;
  if (NOT_A_PRICE_NEAR.test(around)) return false;
  // "Планка средневзвешенной цены до трех миллионов держалась …": a round sum in a clause about a
  // mark or a threshold is the mark.
  if (!crossed && q.value % 500_000 === 0 && THRESHOLD_NEAR.test(clauseAt(s, q.start, q.end))) return false;
  // "overcame 2 million", "превысила 3 млн": a round mark crossed, not the level itself.
  return true;
}

// "…to 1.21 million roubles, with sellers struggling … while bank loans remain expensive": an aside
// after "with" is a clause of its own; so is a conclusion drawn after "так что", "so".
const CLAUSE_CUTS =
  /[;:]\s|\s[—–]\s|\(|\)|,\s+(?:while|whereas|but|and|with|so|а|но|тогда как|при этом|так что)\s/giu;

/** The clause around a position: cut at ";", ":", a dash or a bracket ("…fee increases: in the second half …"). */
function clauseAt(s: string, start: number, end: number): string {
  const cuts = CLAUSE_CUTS;
  let from = 0;
  let to = s.length;
  for (const m of s.matchAll(cuts)) {
    const at = m.index ?? 0;
    if (at < start) from = at + m[0].length;
    else if (at >= end) {
      to = at;
      break;
    }
  }
  return s.slice(from, to);
}

/**
 * "spent 1.5 trillion rubles on cars (down 20% …)", "продажи — 100 тыс. машин (+5%)": a percentage in
 * brackets belongs to the figure the bracket follows; when that is no price, it is no price's change.
 */
function bracketedForOther(
  s: string,
  p: Quantity,
  qs: Quantity[],
  levels: Quantity[],
  mentions: Mention[],
): boolean {
  const open = s.lastIndexOf("(", p.start);
  if (open < 0 || s.lastIndexOf(")", p.start) > open) return false;
  // "Chery Tiggo 4 (+2%, до 2,1 млн рублей)": the number of a model's name is no figure of its own.
  const named = (q: Quantity) => mentions.some((m) => m.model && m.start <= q.start && q.end <= m.end);
  const figure = [...qs]
    .reverse()
    .find(
      (q) =>
        !q.percent &&
        q.end <= open &&
        !(q.value >= 1900 && q.value <= 2100 && !q.scaled && !q.currency) &&
        !named(q),
    );
  if (!figure || levels.includes(figure)) return false;
  return !/[,;]\s|\s[—–]\s/.test(s.slice(figure.end, open));
}

const BACK_THEN =
  /^(?:(?:при этом|ещё|еще|а|and|but)\s+)?(?:год назад|годом ранее|месяц назад|месяцем ранее|(?:a|one) year (?:ago|earlier|before)|(?:a|one) month (?:ago|earlier|before))(?![\p{L}])/iu;

function shiftPeriod(p: Period, months: number): Period {
  const [y, m] = p.start.split("-").map(Number);
  const total =
    (y ?? 0) * 12 + ((m ?? 1) - 1) - (p.granularity === "month" ? months : 12 * Math.ceil(months / 12));
  const start = `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, "0")}-01`;
  return { start, granularity: p.granularity };
}

/** Words that tell a figure is of another time than the report's ("раньше", "a year ago", "прогноз"). */
const SOME_OTHER_TIME =
  /(?<![\p{L}])(?:раньше|ранее|прежде|назад|когда-то|ago|earlier|previously|once|used to|will|would|expects?|forecasts?|прогноз\p{L}*|ожида\p{L}*|будет|станет|составит)(?![\p{L}])/iu;
const SEGMENT =
  /(?<![\p{L}])(?:(?:массов|бюджетн|mass|budget|entry|mid)\p{L}*[- ](?:market )?(?:сегмент|segment|класс)\p{L}*|премиальн\p{L}*|premium|luxury|сегмент\p{L}* (?:кроссовер|внедорожник|седан|SUV)\p{L}*|[A-DА-Д][- ](?:segment|сегмент\p{L}*))(?![\p{L}])/iu;
const SUCH_CARS =
  /(?<![\p{L}])(?:таких|этих|подобных|such|these)\s+(?:машин\p{L}*|автомобил\p{L}*|моделей|cars|vehicles|models)/iu;

/** A region of the country: an oblast, a krai, a republic, a city or "the regions". */
const REGION =
  /(?<![\p{L}])(?:област\p{L}*|кра[еюяй](?![\p{L}])|республик\p{L}*|округ\p{L}*|регион\p{L}*|regions?(?![\p{L}])|oblast|krai|province|Москв\p{L}*|Петербург\p{L}*|Moscow|St\.? Petersburg|Новосибирск\p{L}*|Екатеринбург\p{L}*|Казан[иь])(?![\p{L}])/u;

/** "в Москве", "in the Moscow region", "в регионах": a figure told for a part of the country. */
const IN_REGION = new RegExp(
  String.raw`(?<![\p{L}])(?:[вВ]|[вВ]о|[пП]о|[iI]n|[aA]cross)\s+(?:(?:the|a|\p{Ll}+(?:ой|ом|ых|ской|ском))\s+)?(?:${REGION.source})`,
  "u",
);
/**
 * Words that refer to a car price already told: "показатель", "средняя цена", "цены на новые машины";
 * cars told to get dearer, with a period or a figure between ("автомобили в ноябре подорожали").
 */
const CAR_PRICE_REF =
  /показател\p{L}*|(?<![\p{L}])(?:figure|indicator)(?![\p{L}])|средневзвешен\p{L}*|средн\p{L}* (?:цен|стоимост|чек)\p{L}*|(?:average|weighted) (?:price|cost)|(?:цен|стоимост|ценник)\p{L}* (?:на )?(?:нов|подержан|автомоб|машин|легков|иномар|отечествен|китайск)\p{L}*|(?:car|vehicle) prices|prices (?:of|for) (?:new |used )?(?:cars|vehicles)|(?:машин|автомобил|иномарк|легковушк)\p{L}*(?:\s+\S+){0,3}?\s+(?:подорожа|подешеве|(?<![\p{L}])дорожа|(?<![\p{L}])дешеве)\p{L}*|(?<![\p{L}])cars?(?:\s+\S+){0,3}?\s+(?:became|got|grew|have become|have got)\s+(?:\S+\s+)?(?:more expensive|cheaper|pricier|dearer)/iu;
/** Another country's figure: "в Китае", "in Kazakhstan", "в странах ЕАЭС". */
const ABROAD =
  /(?<![\p{L}])(?:[вВ]|[iI]n|[aA]cross)\s+(?:the\s+)?(?:Китае|Казахстане|Белоруссии|Беларуси|Киргизии|Кыргызстане|Армении|Грузии|Узбекистане|Европе|Германии|США|ОАЭ|Японии|Корее|странах\s+(?:ЕАЭС|ЕС|Европы)|ЕАЭС|China|Kazakhstan|Belarus|Kyrgyzstan|Armenia|Georgia|Uzbekistan|Europe|Germany|US|USA|UAE|Japan|Korea|EU|EAEU)(?![\p{L}])/u;
/** "средняя цена нового кроссовера", "the average used electric car": the average of a body or a powertrain, no series. */
const KIND_OF_BODY =
  /(?:средн\p{L}*|average)\s+(?:(?:цен\p{L}*|стоимост\p{L}*|price|cost)\s+(?:of\s+)?(?:an?\s+|the\s+)?)?(?:(?:нов|подержанн)\p{L}*\s+|(?:new|used|second-hand)\s+)?(?:электромобил\p{L}*|электрокар\p{L}*|кроссовер\p{L}*|внедорожник\p{L}*|седан\p{L}*|хэтчбек\p{L}*|хетчбэк\p{L}*|пикап\p{L}*|минивэн\p{L}*|гибрид\p{L}*|(?:electric|hybrid)\s+(?:cars?|vehicles?)|EVs?|crossovers?|SUVs?|sedans?|hatchbacks?|pickups?)(?![\p{L}])/iu;
/** A used copy of a model: "подержанный", "с пробегом", "second-hand", "used". */
const USED_COPY =
  /подержан\p{L}*|с пробегом|б\/у|(?<![\p{L}])(?:used|second[- ]?hand|pre-owned)(?![\p{L}])(?!\s+to\s)/iu;
/** "средняя", "средневзвешенная", "average": words of a market average. */
const AVERAGE_WORD = /средн\p{L}*|средневзвешен\p{L}*|(?<![\p{L}])(?:average\p{L}*|weighted)(?![\p{L}])/iu;

/** "в третьем квартале", "in Q3": a quarter, which no price series is kept by. */
const QUARTER = /(?<![\p{L}])(?:квартал\p{L}*|quarter\p{L}*|Q[1-4])(?![\p{L}\d])/iu;

const MONTH_WORD = String.raw`(?:январ|феврал|март|апрел|ма[йяею]|июн|июл|август|сентябр|октябр|ноябр|декабр|january|february|march|april|may|june|july|august|september|october|november|december)\p{L}*`;
/** "July–September", "в июле-сентябре", "between July and September": a run of months, no month of its own. */
/** A month named first in what follows ("than January"; "than in January" opens with no name). */
const MONTH_AHEAD = new RegExp(String.raw`^\s*${MONTH_WORD}`, "iu");

const MONTH_RUN = new RegExp(
  String.raw`(?<![\p{L}])(?:${MONTH_WORD}\s*[–—-]\s*${MONTH_WORD}|between\s+${MONTH_WORD}\s+and\s+${MONTH_WORD})`,
  "iu",
);
/** A run of months that no half-year is ("January–June" and "July–December" are). */
function ofMonthRun(clause: string): boolean {
  const m = MONTH_RUN.exec(clause);
  return (
    Boolean(m) &&
    !/^(?:between\s+)?(?:январ|january).*(?:июн|june)|^(?:between\s+)?(?:июл|july).*(?:декабр|december)/iu.test(
      m?.[0] ?? "",
    )
  );
}

/**
 * The clause a figure is told in; when it holds little but the figure ("…, and for a used car of the
 * same volume — 1.31 million rubles"), the clause before the dash it follows says what it is.
 */
function ownClause(s: string, q: Quantity): string {
  const c = clauseAt(s, q.start, q.end);
  const words = c.replace(q.text, " ").match(/\p{L}{3,}/gu) ?? [];
  const at = s.lastIndexOf(c, q.start);
  if (words.length > 2 || at <= 2 || !/[—–]\s*$/.test(s.slice(Math.max(0, at - 3), at))) return c;
  // "…will be 900 thousand, and for a used car of the same volume — 1.4 million": back to the
  // clause with a figure of its own, whose words the ellipsis repeats.
  const cuts = [...s.slice(0, at).matchAll(CLAUSE_CUTS)].map((m) => [
    m.index ?? 0,
    (m.index ?? 0) + m[0].length,
  ]);
  let told = c;
  let to = cuts[cuts.length - 1]?.[0] ?? at;
  for (let k = cuts.length - 2; k >= -1 && k >= cuts.length - 4; k--) {
    const before = s.slice(k >= 0 ? (cuts[k]?.[1] ?? 0) : 0, to);
    told = `${before} ${told}`;
    if (/\d/.test(before)) break;
    to = cuts[k]?.[0] ?? 0;
  }
  return told;
}

/** A figure is not a car price when its own clause is about a fee, a run of years, a salary or a discount. */
const notPriceClause = (clause: string, q?: Quantity) =>
  FEE_SENTENCE.test(clause.replace(CAUSE, "")) ||
  FORECAST.test(clause) ||
  // "выше 3 млн рублей второй год подряд": a round mark held for a run of years; "rose for the
  // third month in a row, to 3.1 million" is a level still.
  (RUN_OF_YEARS.test(clause) && (!q || q.value % 500_000 === 0 || !directionOf(clause))) ||
  NOT_A_PRICE_SENTENCE.test(clause) ||
  NOT_A_PRICE_CLAUSE.test(clause);
/**
 * "…the new car of 160-190 hp will pay 900 thousand rubles, and the backing car 1 492 800 rubles": a
 * clause that tells no price word of its own goes on with the fee its sentence is about.
 */
const elidedFee = (s: string, clause: string) =>
  FEE_SENTENCE.test(s.replace(CAUSE, "")) && !PRICE_WORDS.test(clause) && !AVERAGE_WORD.test(clause);
/** "…превысила 3,5 млн рублей на фоне спроса перед повышением утильсбора": the cause told after a
 * figure does not make it a fee. */
const CAUSE =
  /(?<![\p{L}])(?:на фоне|из-за|вслед за|в преддверии|перед|в ожидании|amid|ahead of|due to|because of|in anticipation of|on the back of)(?![\p{L}]).*$/isu;
/** "средний чек может подобраться к 3,6 млн", "could reach 2.6 million", "would add 3 million": a figure that may come, not one told. */
const FORECAST = /(?<![\p{L}])(?:[Мм]ожет|[Мм]огут|мог бы|могла бы|can|could|may|might|would)(?![\p{L}])/u;
const CONDITION =
  /(?<![\p{L}])(?:если|if|в случае|при условии|provided that)(?![\p{L}])(?!\s+(?:же\s+)?(?:сравнивать|сравнить|считать|посчитать|смотреть|говорить|compared?|comparing|any)(?![\p{L}]))/iu;
/**
 * "Если в сентябре цена составляла 3,39 млн, то в октябре — 3,43 млн": an "if …, then …" that sets
 * two times side by side is a comparison of figures told, not a supposition.
 */
function contrastOfTimes(s: string, at: number): boolean {
  const m = /^([^;]*?),\s+то\s+(?:\p{L}+\s+){0,3}?(?:в|во|к|на|сейчас|теперь|ныне|уже|за)(?![\p{L}])/iu.exec(
    s.slice(at),
  );
  if (!m) return false;
  return findPeriods(m[1] ?? "", null).length > 0 || /(?:19|20)\d\d/.test(m[1] ?? "");
}
/** "цены варьируются", "prices range from": a spread, not a level. */
const SPREAD =
  /варьиру\p{L}*|колебл\p{L}*|разброс\p{L}*|(?<![\p{L}])(?:range|ranges|ranged|ranging|vary|varies|varied)(?![\p{L}])/iu;
/** Words of a figure still to come: a forecast, an expectation, a verb in the future tense. */
const YET_TO_COME =
  /(?<![\p{L}])(?:ожида\p{L}*|прогноз\p{L}*|спрогнозир\p{L}*|предполага\p{L}*|expect\p{L}*|forecast\p{L}*|predict\p{L}*|projected|will|(?:is|are) (?:set|likely) to|вырастет|вырастут|достигнет|достигнут|увеличится|увеличатся|снизится|снизятся|подорожает|подорожают|подешевеет|подешевеют|превысит|превысят|опустится|поднимется|составит|будет|будут|станет|станут)(?![\p{L}])/iu;
/** A bonus, a loan, a down payment or a monthly instalment: money around a car, not its price. */
const NOT_A_PRICE_CLAUSE =
  /(?<![\p{L}])(?:gap|difference|spread)(?![\p{L}])|разрыв\p{L}*|разниц\p{L}*|наценк\p{L}*|надбавк\p{L}*|(?<![\p{L}])марж\p{L}*|markups?(?![\p{L}])|(?:dealer|dealers'|dealership) margins?|(?<![\p{L}])margins? (?:of|on)|trade-in|трейд-ин|бонус\p{L}*|(?<![\p{L}])bonus\p{L}*|(?<![\p{L}])loans?(?![\p{L}])|кредит\p{L}*|взнос\p{L}*|ипотек\p{L}*|ежемесячн\p{L}*(?!\s+(?:рост|прирост|снижени|подорожани|изменени))|monthly(?!\s+(?:increase|rise|growth|decline|decrease|drop|fall|change|gain|basis|terms))|(?:rubles|roubles|руб\p{L}*\.?|₽)\s+(?:a|per|в)\s+(?:month|месяц|year|год)|содержани\p{L}* (?:авто|машин)\p{L}*|(?<![\p{L}])(?:owning|ownership|running costs?)(?![\p{L}])|ремонт\p{L}*|(?<![\p{L}])repairs?(?![\p{L}])|страхов\p{L}*|ОСАГО|КАСКО|(?<![\p{L}])insurance(?![\p{L}])/iu;

/** A price told as it stands: "теперь стоит", "сейчас оценивается", "now costs", "starts at". */
const PRESENT_PRICE =
  /(?<![\p{L}])(?:теперь|сейчас|отныне|ныне|нынче|стоит|стоят|обходится|обходятся|оценива(?:ется|ются)|прода[её]тся|продаются|предлага(?:ется|ются)|начина(?:ется|ются)|now|currently|costs|is (?:priced|sold|offered|listed)|are (?:priced|sold|offered|listed)|starts? at|starts? from)(?![\p{L}])/iu;
/** A price still to come: "будет стоить", "обойдётся", "will cost", "will start at". */
const FUTURE_PRICE =
  /(?<![\p{L}])(?:(?:будет|будут|станет|станут)\s+(?:\p{L}+\s+)?(?:стоить|обходиться|продаваться|предлагаться)|обойд[её]тся|обойдутся|подорожа(?:ет|ют)|подешеве(?:ет|ют)|will\s+(?:\p{L}+\s+)?(?:cost|start|be))(?![\p{L}])/iu;
/** Words of the time of writing: "сейчас", "на данный момент", "now", "currently". */
const NOW =
  /(?<![\p{L}])(?:сейчас|теперь|ныне|в настоящее время|на данный момент|now|currently|today|at present)(?![\p{L}])/iu;
/** A price told in the past tense: "стоил", "обходилась", "was priced", "cost" (not "costs"). */
const PAST_PRICE =
  /(?<![\p{L}])(?:стоил[аио]?|обходил\p{L}*|оценивал\p{L}*|продавал\p{L}*|предлагал\p{L}*|был[аио]?|составлял\p{L}*|was|were|had been|used to|cost)(?![\p{L}])/iu;

/** "ранее", "раньше", "previously": a figure of a time before the one the article reports. */
const EARLIER =
  /(?<![\p{L}])(?<!(?:чем|than|с|with)\s+)(?<!(?:годом|месяцем|неделей|днём|днем|годами|месяцами|года|лет|месяца|месяцев|недели|недель|дня|дней)\s+)(?:ранее|раньше|прежде|ещё недавно|еще недавно|до этого|до повышения|до подорожания|previously|formerly|used to|before the (?:increase|rise|hike|change))(?![\p{L}])/iu;

/**
 * "now costs 2.8 million, down from 2.9 million", "подорожала с 750 тыс. до 800 тыс.", "Раньше Vesta
 * стоила 1,3 млн": the level a change started from, or one told as former, is no figure of the
 * article's time — unless a period of its own is named with it ("up from 3.27 million in July").
 */
function isFormerLevel(s: string, q: Quantity, next: Quantity | undefined, periods: PeriodRef[]): boolean {
  const namedWith = periods.some(
    (p) => p.start >= q.end && p.start - q.end <= 30 && (!next || p.start < next.start),
  );
  if (namedWith) return false;
  const lead = s.slice(Math.max(0, q.start - 40), q.start);
  if (
    /(?<![\p{L}])(?:up|down|rose|fell|risen|fallen|increased|decreased|climbed|dropped|jumped|slipped|went up|went down|raised|cut|lowered|reduced) from\s*$|(?<![\p{L}])(?:вместо|против)\s+(?:прежних|нынешних|былых|бывших)?\s*$/iu.test(
      lead,
    )
  )
    return true;
  // "выросла с 3,1 до 3,3 млн": the start of a change told with its end.
  if (
    next &&
    /(?<![\p{L}])с(?:о)?\s*$/iu.test(lead) &&
    directionOf(lead) &&
    /^\s*(?:(?:млн|тыс|million|thousand)\.?\s*)?(?:(?:руб\p{L}*|rubles|roubles)\.?\s*)?до\s*$/iu.test(
      s.slice(q.end, next.start),
    )
  )
    return true;
  return !periods.some((p) => !p.comparison) && EARLIER.test(clauseAt(s, q.start, q.end));
}

/**
 * "от 2,6 до 3,4 млн рублей": the start of a range told with the scale and currency of its top;
 * "от 2,1 и 2,9 млн рублей соответственно", "2.9 or 3.1 million": the first of a pair likewise,
 * in either order.
 */
function withSharedScale(s: string, qs: Quantity[]): Quantity[] {
  return qs.map((q, k) => {
    const top = qs[k + 1];
    if (q.percent || q.scaled || q.currency || !top || top.currency !== "rub" || !top.scaled) return q;
    const between = s.slice(q.end, top.start);
    const range = /^\s*(?:до|to|[–—-])\s*$/iu.test(between);
    // "in 2022 and 2.94 million": a pair's first is told in the same few digits as its second.
    if (!range && (q.value >= 1000 || !/^\s*(?:и|или|and|or)\s*$/iu.test(between))) return q;
    const fits = (x: number) =>
      q.value * x > top.value / 3 && (range ? q.value * x <= top.value : q.value * x < top.value * 3);
    const scale = [1e6, 1e3].find(fits);
    return scale ? { ...q, value: Math.round(q.value * scale), scaled: true, currency: "rub" as const } : q;
  });
}

/** Periods a level took from "Годом ранее", "A month earlier": its change is the later level's. */
/** "…, when the same indicator stood at 1.99 million and Chinese brands were still a niche": a kind of
 * car that opens a clause of its own after a figure, with its own verb, is what that clause is about. */
const CLAUSE_OPENER = /(?:,\s*|\s)(?:and|while|whereas|when|а|и|когда|тогда как)\s+(?:the\s+)?$/iu;
const CLAUSE_VERB =
  /^\s+(?:(?:brands?|cars?|models?|makes?|марк\p{L}*|бренд\p{L}*|машин\p{L}*|автомобил\p{L}*|модел\p{L}*)\s+)?(?:were|was|are|is|had|have|still|remained|made up|accounted|были|был|была|было|оставал\p{L}*|занимал\p{L}*|ещё|еще|тогда)(?![\p{L}])/iu;

function ownClauseSubject(s: string, m: Mention, levels: Quantity[]): boolean {
  if (m.model || m.brand || !levels.some((l) => l.end <= m.start)) return false;
  return CLAUSE_OPENER.test(s.slice(Math.max(0, m.start - 20), m.start)) && CLAUSE_VERB.test(s.slice(m.end));
}

function acrossSemicolon(s: string, p: PeriodRef, level: Quantity): boolean {
  const between = p.start >= level.end ? s.slice(level.end, p.start) : s.slice(p.end, level.start);
  return between.includes(";");
}

const backTold = new WeakSet<object>();

/** Periods a level took from a period compared with ("…, when a new car cost 1.9 million"): a look back, not carried on. */
const lookedBack = new WeakSet<object>();

function pricesOf(s: string, vocab: IngestVocabulary, ctx: SentenceContext): PriceCandidate[] {
  const qs = withSharedScale(s, findQuantities(s));
  // Salaries rule out the whole sentence (a bracket often carries the figure).
  if (NOT_A_PRICE_SENTENCE.test(s)) return [];
  // "если новая Веста стоит 1,5 млн, то станет 2 млн": a figure told after a condition opens is a
  // supposition ("от 1,5 млн, если не требовать опций" is a price with its terms; "если сравнивать
  // с …" is a comparison).
  const supposed = CONDITION.exec(s);
  const supposedFrom = supposed && !contrastOfTimes(s, supposed.index) ? supposed.index : s.length;
  // "скидка 20% от цены, но не более 900 тыс. рублей", "discounts reach 300,000, so it can be had for
  // 1.8 million": once a discount is told, the figures after it are of the discount; a list price
  // told ahead of it stands.
  const discountFrom = DISCOUNT.exec(s)?.index ?? s.length;
  // "в премиальном сегменте … 1,46 млн", "Средняя цена таких машин …" after one: a segment's average
  // is no series of its own (a model named in it still is).
  const ofSegment = SEGMENT.test(s) || (ctx.segment === true && SUCH_CARS.test(s));
  // "стоит от 2,19 до 2,79 млн рублей в зависимости от комплектации": a range of trims is told by
  // its start; unless a verb of change leads it ("выросла с 3,1 до 3,3 млн": old and new level).
  const rangeTops = new Set(
    qs.filter((q, k) => {
      const prev = qs[k - 1];
      if (!prev || prev.percent || q.percent) return false;
      const between = s.slice(prev.end, q.start);
      if (
        !/^\s*(?:(?:млн|тыс|million|thousand)\.?\s*)?(?:(?:руб\p{L}*|rubles|roubles)\.?\s*)?(?:до|to|[–—-])\s*$/iu.test(
          between,
        )
      )
        return false;
      const lead = s.slice(Math.max(0, prev.start - 40), prev.start);
      // "at a cost of 495,000 to 600,000 rubles": a range told without "from" is one too.
      const range =
        /(?:от|from)\s*$/iu.test(lead) ||
        (!/(?<![\p{L}])(?:с|со)\s*$/iu.test(lead) &&
          prev.value >= 100_000 &&
          q.value > prev.value &&
          q.value < prev.value * 3);
      return range && !directionOf(lead);
    }),
  );
  const candidates = qs
    .filter((q) => !rangeTops.has(q) && q.start < supposedFrom && q.start < discountFrom)
    .filter((q) => {
      const clause = ownClause(s, q);
      // "за 10 месяцев 2025 года средняя цена …": a run of months is no period a series is kept by.
      return (
        isLevel(s, q) &&
        !notPriceClause(clause, q) &&
        // "за 1,7 млн рублей с учётом скидки": a discount told right after the figure is what brings it.
        !DISCOUNT.test(s.slice(q.end).split(/[,;.]\s/u)[0] ?? "") &&
        !elidedFee(s, clause) &&
        !QUARTER.test(clause) &&
        !monthSpan().test(clause) &&
        !ofMonthRun(clause)
      );
    });
  const periods = findPeriods(s, ctx.articleDate);
  const levels = candidates.filter((q, k) => !isFormerLevel(s, q, candidates[k + 1], periods));
  if (levels.length === 0) return [];
  const mentions = mentionsOf(s, ctx.brands).filter((m) => !ownClauseSubject(s, m, levels));
  if (!PRICE_WORDS.test(s) && mentions.length === 0 && !ctx.previousHadPrice) return [];
  const same = /тот же (месяц|период)|том же (месяце|периоде)|the same (month|period)|that month/iu.test(s);
  const pcts = qs.filter((q) => q.percent);
  const abs = qs.filter(
    (q) =>
      !q.percent &&
      !levels.includes(q) &&
      (!q.currency || q.currency === "rub") &&
      q.value < 2_000_000 &&
      // "a discount of up to 250,000 rubles": what dealers take off is no change of the list price.
      !DISCOUNT.test(clauseAt(s, q.start, q.end)) &&
      // "…, 150,000 rubles cheaper than the Chery Tiggo 4": no change of the model's own price.
      !againstOtherCar(s.slice(q.end, q.end + 60)),
  );
  // Each percentage belongs to the level whose clause holds it: before a level when a new subject
  // is named ahead of it ("…, Vesta прибавила 1,5% — до 1,74 млн"), otherwise the level before it.
  const owner = (pos: number): number => {
    let i = levels.findIndex((l) => l.start > pos);
    if (i < 0) return levels.length - 1;
    if (i === 0) return 0;
    const prevEnd = levels[i - 1]?.end ?? 0;
    const named = mentions.some((m) => m.start >= prevEnd && m.start < pos);
    // "…, а иномарки потеряли 7,7% (до 2,3 млн)": a change told with its new level ("на N% до X")
    // is that level's.
    const next = levels[i];
    const toLevel =
      next &&
      /^[^,;.]{0,12}?(?:\(|[—–-]|,)?\s*(?:до|to|up to)\s*$/iu.test(
        s.slice(pos, next.start).replace(/^\S*%\S*/, ""),
      );
    if (!named && !toLevel) i -= 1;
    return i;
  };
  const out: PriceCandidate[] = [];
  let lastModel: string | undefined;
  let sentenceBasis: { basis: Change["basis"]; vs: string | null } | null = null;
  levels.forEach((level, i) => {
    const prevEnd = levels[i - 1]?.end ?? 0;
    const nextStart = levels[i + 1]?.start ?? s.length;
    const before = mentions.filter((m) => m.start >= prevEnd && m.end <= level.start);
    // "Russian brands went the other way. Their average slipped to 1.87 million …, as AvtoVAZ kept its
    // offers on the Vesta": "their", "its", "их" before the level name the kind the sentence before
    // was about, not a model a later clause names.
    const pointsBack =
      i === 0 &&
      before.length === 0 &&
      /(?<![\p{L}])(?:their|its|их|его|её|ее)(?![\p{L}])/iu.test(s.slice(0, level.start))
        ? ctx.subject
        : null;
    let subject =
      subjectOf(before) ??
      pointsBack ??
      subjectOf(mentions.filter((m) => m.start >= level.end && m.start < nextStart)) ??
      (i === 0 ? subjectOf(mentions) : null) ??
      (i > 0 && out[i - 1] ? { ...subjectFromSeries(out[i - 1]?.series ?? "") } : null) ??
      ctx.subject ??
      // "Lada Vesta подорожала на 3,1%" over "С 1 ноября седан стоит от 1 749 900 рублей".
      (ctx.headlineModel && !AVERAGE_WORD.test(s) && BODY_NOUN.test(s.slice(prevEnd, level.start))
        ? { model: ctx.headlineModel }
        : null);
    // "…Tiggo 4 … . Годом ранее средневзвешенная цена была 3,31 млн": a sentence on an average that
    // names no model of its own is about the market, not the model the sentence before named.
    if (
      subject?.model &&
      subject === ctx.subject &&
      !mentions.some((m) => m.model) &&
      AVERAGE_WORD.test(s) &&
      !/(?<![\p{L}])(?:его|её|ее|их|its|their)(?![\p{L}])/iu.test(s)
    )
      subject = { age: "new" };
    // "…на Tiggo 4 и Tiggo 7 Pro Max. Первый подорожал на 2%…, второй — на 3%": the first and the
    // second of the two models the sentence before named.
    const ordinal =
      ctx.previousModels?.length === 2 && !mentions.some((m) => m.model)
        ? ORDINAL.exec(s.slice(prevEnd, level.start))
        : null;
    if (ordinal) subject = { model: ctx.previousModels?.[ordinal[1] ? 0 : 1] };
    // "…prices for the Granta and the Vesta: the former now costs …": one of two models named ahead.
    const ordinalHere = ordinal
      ? undefined
      : ordinalOfPair(s, mentions, prevEnd, level.start, levels[0]?.start ?? 0);
    if (ordinalHere) subject = { model: ordinalHere };
    // "Средняя цена новой иномарки — 4,1 млн рублей, подержанной — 1,7 млн": an age told alone, right
    // before its figure, goes on with the kind of car the figure before was of.
    const ageAlone = before.find((m) => m.age && /^\s*[—–-]/u.test(s.slice(m.end, level.start)));
    const previousKind = i > 0 && out[i - 1] ? subjectFromSeries(out[i - 1]?.series ?? "") : null;
    if (
      ageAlone &&
      subject &&
      !subject.model &&
      !subject.origin &&
      previousKind?.origin &&
      seriesKey({ age: subject.age, origin: previousKind.origin }) !== ""
    )
      subject = { age: subject.age, origin: previousKind.origin };
    // "The market as a whole averaged about 3.4 million", "по рынку в целом — 3,4 млн": the whole
    // market's new cars, whatever kind the sentence before was about.
    if (!subject?.model && WHOLE_MARKET.test(s.slice(prevEnd, level.start)))
      subject = { age: subject?.age === "used" ? "used" : "new" };
    // "Niva Legend и Niva Travel предлагаются от 1 096 000 и 1 475 000 рублей соответственно": models
    // listed ahead of as many levels go with them in their order.
    const listed = mentions.filter((m) => m.model && m.end <= (levels[0]?.start ?? 0));
    if (
      /(?<![\p{L}])(?:соответственно|respectively)(?![\p{L}])/iu.test(s) &&
      levels.length >= 2 &&
      listed.length === levels.length &&
      new Set(listed.map((m) => m.model)).size === listed.length
    )
      subject = { model: listed[i]?.model };
    // "Иномарки тоже подорожали. Средняя цена на новые модели …": a sentence that only says "new"
    // goes on about the kind of car the sentence before introduced without a figure of its own.
    const introduced = ctx.subject;
    if (
      subject &&
      !subject.model &&
      !subject.origin &&
      introduced?.origin &&
      !introduced.model &&
      (!introduced.age || introduced.age === subject.age) &&
      // "…new domestic cars exceeded 1 million for the first time. Thus, prices for new cars rose
      // … to 1,005,000": a round mark crossed introduces the kind of car as a sentence without one.
      (!ctx.previousHadPrice || ctx.previousOnlyMark === true) &&
      i === 0 &&
      // "The market as a whole …": no kind of car goes on into it.
      !WHOLE_MARKET.test(s.slice(prevEnd, level.start)) &&
      seriesKey({ ...subject, origin: introduced.origin }) !== ""
    )
      subject = { ...subject, origin: introduced.origin };
    // "…на вторичном рынке: российские машины подешевели … Китайские автомобили потеряли 4%": a kind
    // of car named without its age goes on with the used market's kinds the sentence before listed.
    if (
      subject &&
      !subject.model &&
      subject.origin &&
      !subject.age &&
      ctx.subject?.age === "used" &&
      ctx.subject.origin &&
      !mentions.some((m) => m.age)
    )
      subject = { ...subject, age: "used" };
    const segment = s.slice(prevEnd, nextStart);
    // "the CVT version", "версия с вариатором": a variant of the model just named.
    const namedHere = mentions.some((m) => m.model && m.start >= prevEnd && m.start < nextStart);
    // "the Moskvich 3 with the CVT is listed at …": the variant told right after the model's name.
    const modelAhead = [...before].reverse().find((m) => m.model);
    if (
      subject?.model &&
      modelAhead &&
      !subject.model.endsWith("-cvt") &&
      /^[\s,«»"]*(?:(?:with|in)\s+(?:(?:a|the)\s+)?(?:CVT|variator)|CVT|с вариатором|с бесступенчат\p{L}* (?:коробк\p{L}*|трансмисси\p{L}*))(?![\p{L}])/iu.test(
        s.slice(modelAhead.end, level.start),
      )
    )
      subject = { model: `${subject.model}-cvt` };
    // "the version with the variator": machine-translated English keeps the Russian word for a CVT.
    if (!namedHere && /(?<![\p{L}])(?:CVT|variator)(?![\p{L}])|вариатор/iu.test(segment)) {
      const base = lastModel ?? subject?.model ?? ctx.subject?.model;
      if (base) subject = { model: `${base.replace(/-cvt$/, "")}-cvt` };
    }
    // "Подержанный Hyundai Solaris 2017 года продаётся за 1,1 млн", "a second-hand Vesta": a used
    // copy's price is no list price, and a model is kept by no used series.
    if (subject?.model && USED_COPY.test(s.slice(prevEnd, level.end))) return;
    // "Пакет опций для Jolion стоит 150 тыс.", "insurance for the Jolion": no new car costs so little.
    if (subject?.model && level.value < 300_000) return;
    if (subject?.model) lastModel = subject.model;
    const vocabSeries = findPhrases(tokenize(segment), vocab.series, new Set())[0]?.value ?? null;
    const series = subject ? seriesKey(subject) : vocabSeries;
    if (!series) return;
    // "the average Tenet cost 2.9 million": a brand's average is no series the reader keeps.
    if (!subject?.model && !subject?.origin && before.some((m) => m.brand) && !before.some((m) => m.model))
      return;
    if (ofSegment && !subject?.model) return;
    // "на вторичном рынке цены варьируются от 850 тысяч до 3 миллионов рублей": a spread of a
    // market is no average (a model's range is told by its start).
    if (
      !subject?.model &&
      (rangeTops.has(qs[qs.indexOf(level) + 1] as Quantity) || SPREAD.test(ownClause(s, level)))
    )
      return;
    // "Аналитики ожидают, что к концу года средняя цена достигнет 3,6 млн", "is expected to reach":
    // a market average still to come is a forecast, not a figure told (a model's announced list
    // price, "will start at 1.97 million", is one).
    if (!subject?.model && YET_TO_COME.test(ownClause(s, level))) return;
    // "Between January and October …, whereas the price of a car … came to 3.3m RUR on average": a
    // market average told in a sentence whose only time is a run of months is that run's.
    if (!subject?.model && periods.every((p) => p.comparison) && (monthSpan().test(s) || ctx.ofSpan)) return;
    // "В Новосибирской области … 1,05 млн", "самая высокая — в Вологодской области (1,63 млн)": a
    // region's average is no series of the country.
    if (
      !subject?.model &&
      (REGION.test(clauseAt(s, level.start, level.end)) ||
        IN_REGION.test(s.slice(prevEnd, level.start)) ||
        ABROAD.test(s.slice(prevEnd, level.end)) ||
        KIND_OF_BODY.test(s.slice(prevEnd, level.start)))
    )
      return;
    // The period: the nearest one in this level's clause, else the sentence's, else the one before.
    // "…составляет 1,53 млн рублей; не тронули и Largus, спрос на который в прошлом году упал": a
    // time told past a semicolon is the other clause's, not this figure's.
    const own = periods.filter((p) => !p.comparison && !acrossSemicolon(s, p, level));
    // A period goes to the level nearest to it ("1.99 million in the middle of 2021 and 2.96 million
    // at the end of 2023": 2021 is the first figure's, 2023 the second's).
    // Which period is whose: one in the figure's own clause first ("…3.37 million, and in December
    // alone it topped 3.5 million"), then one right after it ("1.99 million in the middle of 2021
    // and 2.96 million at the end of 2023"), then one before it in the clause, then the nearest.
    const clauseOfLevel = (l: Quantity) => {
      const c = clauseAt(s, l.start, l.end);
      const at = s.indexOf(c, Math.max(0, l.start - c.length));
      return [at, at + c.length] as const;
    };
    const rank = (p: PeriodRef, l: Quantity): number => {
      const [cs, ce] = clauseOfLevel(l);
      // "…, в ноябре — 3,2 млн": a period heading a figure's comma-run is in its clause, dash or not.
      const heads =
        p.end <= l.start &&
        !/[,;]\s/.test(s.slice(p.end, l.start)) &&
        !levels.some((o) => o !== l && o.start >= p.end && o.start < l.start);
      const inOwn = (p.start >= cs && p.end <= ce) || heads;
      // "в первом полугодии — 1,8 млн, в июле — 1,9 млн": a period after a comma that opens the
      // next figure's run is that figure's, not this one's.
      const opensNext =
        /[,;]\s/.test(s.slice(l.end, p.start)) &&
        levels.some((o) => o.start > p.end && !/[,;]\s/.test(s.slice(p.end, o.start)));
      const after =
        p.start >= l.end &&
        p.start - l.end <= 40 &&
        !opensNext &&
        !levels.some((o) => o.start > l.end && o.start < p.start);
      const before = p.end <= l.start;
      // "в первом полугодии — 1,8 млн, в июле — 1,9 млн": a period opening the figure's own
      // comma-run (no other figure between them) is that figure's before one that follows it.
      const distance = Math.min(Math.abs(p.start - l.end), Math.abs(l.start - p.end));
      return (inOwn ? 0 : 1000) + (after ? 0 : before ? 100 : 200) + distance / 1000;
    };
    const inClause = own.filter(
      (p) =>
        p.start >= prevEnd - 60 &&
        p.end <= nextStart + 60 &&
        levels.every((other) => other === level || rank(p, level) <= rank(p, other)),
    );
    // "…выросла на 14% по сравнению с январём. Тогда машина стоила 2,1 млн": "then" is that period.
    const then =
      own.length === 0 && /^(?:тогда|в то время|at that time|back then|then)(?![\p{L}])/iu.test(s)
        ? (ctx.previousNamed ?? null)
        : null;
    // A model's list price is quoted as it stands when the article is written ("теперь стоит",
    // "now starts at"): a period carried from earlier sentences (the month a market average was
    // for) is not its own.
    const carried = own.length === 0 && subject?.model ? null : undefined;
    // "по сравнению с январём, когда средний автомобиль обходился в 2,1 млн", "51% above the level of
    // the middle of 2021, when a new car cost 1.9 million": a level in a "when" clause after a period
    // compared with is of that period.
    const when = [...periods].reverse().find(
      (p) =>
        p.end <= level.start &&
        // "14% above the January level, when …": the level's word may stand between.
        /^\s*(?:(?:level|figure|mark|уровн\p{L}*|показател\p{L}*)\s*)?,?\s*(?:когда|when)(?![\p{L}])[^.;]*$/iu.test(
          s.slice(p.end, level.start),
        ) &&
        !levels.some((o) => o !== level && o.start > p.end && o.start < level.start),
    );
    const pick =
      when ??
      then ??
      inClause.sort((a, b) => rank(a, level) - rank(b, level))[0] ??
      // "3.32 million roubles, up from 3.27 million in July": a period that is another figure's
      // own leaves this one with the period carried from before.
      // "…3,52 млн рублей, тогда как в 2025 году она составляла 3,3 млн": a period told after this
      // figure, heading another figure's own clause, is that one's too (one opening the sentence is shared).
      own.find(
        (p) =>
          !levels.some(
            (other) =>
              other !== level && rank(p, other) < (p.start >= level.end && other.start > p.end ? 200 : 100),
          ),
      ) ??
      (ctx.period && own.length > 0 && levels.length > 1 ? ctx.period : null) ??
      own[0] ??
      (carried === null
        ? null
        : ((same ? ctx.lastPeriod : null) ??
          ctx.period ??
          (levels.length > 1 || ctx.previousHadPrice ? ctx.lastPeriod : null)));
    // "averaged 3.4 million roubles over the year": the year the article reports on.
    const overYear =
      own.length === 0 &&
      // "which took almost 60% of the market": a share is no change told for another period.
      !pcts.some((p) => !/^\s*(?:of|от|рынка|market)(?![\p{L}])/iu.test(s.slice(p.end, p.end + 12))) &&
      ctx.articlePeriod?.period?.granularity === "year" &&
      /over the (?:whole )?year|for the (?:whole )?year|за (?:весь )?год|по итогам года|in the year/iu.test(s)
        ? ctx.articlePeriod
        : null;
    const fallback =
      overYear ??
      (!pick &&
      !subject?.model &&
      ctx.articlePeriod &&
      (/(за месяц|за год|over the month|over the year|month on month|year on year)/iu.test(s) ||
        (periods.length === 0 && !SOME_OTHER_TIME.test(s)))
        ? ctx.articlePeriod
        : null);
    let period = (overYear ?? pick)?.period ?? fallback?.period ?? null;
    let undated = pick ? pick.undated : false;
    // "Если в январе машина обходилась в 1,1 млн, то сейчас — уже в 1,23 млн": "now" set against a
    // figure of another time in the same sentence is the article's month, not that figure's.
    if (
      i > 0 &&
      period &&
      ctx.articleDate &&
      NOW.test(s.slice(prevEnd, level.start)) &&
      !own.some((p) => p.start >= prevEnd && p.end <= level.start)
    ) {
      period = { start: `${ctx.articleDate.slice(0, 7)}-01`, granularity: "month" };
      undated = false;
    }
    if (!pick && subject?.model) {
      // A list price with no period of its own is the article's month; one told from a date ("С 1
      // июля Vesta будет стоить …", "From July 1, the Jolion costs …") is that date's month.
      const from = findDates(s, ctx.articleDate).find((d) =>
        FROM_BEFORE.test(s.slice(Math.max(0, d.start - 12), d.start)),
      );
      // "С 1 октября Jolion стоит …" in a November article: the price stands in the article's month.
      const since = from?.date ? `${from.date.slice(0, 7)}-01` : null;
      const current = ctx.articleDate ? `${ctx.articleDate.slice(0, 7)}-01` : null;
      if (since) period = { start: current && current > since ? current : since, granularity: "month" };
      else if (ctx.articleDate && !from)
        // "Новые цены действуют с 1 января. … Monjaro будет стоить от 4,7 млн": the list's month.
        period = { start: listMonth(ctx, s) ?? `${ctx.articleDate.slice(0, 7)}-01`, granularity: "month" };
      else undated = true;
    }
    // "В октябре Haval поднял цены, и Jolion теперь стоит …", "went up 2% in the past month and now
    // starts at …": a model's price told as it stands is of the article's month, whatever month the
    // change was made in; "с января будет стоить" is of the month it starts in. Only a price told in
    // the past tense ("в сентябре стоил") keeps an earlier month.
    if (pick && subject?.model && period && ctx.articleDate) {
      const month = `${ctx.articleDate.slice(0, 7)}-01`;
      const told = s.slice(prevEnd, Math.min(nextStart, level.end + 40));
      if (period.start < month && !PAST_PRICE.test(told.replace(FUTURE_PRICE, " "))) {
        if (FUTURE_PRICE.test(told) && period.granularity === "month") {
          const ahead = shiftPeriod(period, -12);
          if (ahead.start >= month) period = ahead;
        } else if (PRESENT_PRICE.test(told)) period = { start: month, granularity: "month" };
      }
    }
    // "Год назад средний автомобиль обходился в 3,19 млн": the period before, a year or a month back.
    const back = own.length === 0 ? BACK_THEN.exec(s) : null;
    if (back && period) {
      period = shiftPeriod(period, /месяц|month/iu.test(back[0]) ? 1 : 12);
      backTold.add(period);
    }
    const changes: Change[] = [];
    // "В апреле цена снизилась на 2,3%" with no year to be known: still a month's level, whose change
    // told with no basis is against the month before.
    const ownPeriod = period ?? (undated && pick?.shadow?.granularity === "month" ? pick.shadow : null);
    // "3,43 млн …, подержанная — 1,23 млн; за месяц они подорожали на 1,2% и 0,8% соответственно":
    // as many percentages after the last level as there are levels go with them in their order.
    const lastEnd = levels[levels.length - 1]?.end ?? 0;
    const respective =
      levels.length >= 2 &&
      /(?<![\p{L}])(?:соответственно|respectively)(?![\p{L}])/iu.test(s.slice(lastEnd)) &&
      pcts.length === levels.length &&
      pcts.every((p) => p.start > lastEnd);
    const mine = respective
      ? pcts.filter((_, k) => k === i)
      : pcts.filter(
          (p) =>
            owner(p.start) === i &&
            !bracketedForOther(s, p, qs, levels, mentions) &&
            !ofOtherKind(s, level, p, mentions, subject),
        );
    mine.forEach((p, k) => {
      const from = k > 0 ? (mine[k - 1]?.end ?? prevEnd) : prevEnd;
      const to = mine[k + 1]?.start ?? nextStart;
      const lead = s.slice(from, p.start);
      const trail = s.slice(p.end, to);
      const sign = /[+]\s*$/.test(lead)
        ? "up"
        : /[−-]\s*$/.test(lead) && !/\d\s*[−-]\s*$/.test(lead)
          ? "down"
          : null;
      // "5% more than a year earlier", "на 2% дешевле", "got 3% dearer": the word right after the figure says it.
      const right =
        /^\s*(?:(more|higher|up|above|dearer|pricier|больше|выше|дороже)|(less|lower|down|below|cheaper|меньше|ниже|дешевле))(?![\p{L}])/iu.exec(
          trail,
        );
      const direction =
        sign ??
        (right ? (right[1] ? "up" : "down") : null) ??
        directionOf(lead.slice(-60)) ??
        directionOf(trail.slice(0, 40)) ??
        directionOf(segment) ??
        directionOf(s.slice(0, p.start));
      if (!direction || NOT_A_CHANGE.test(`${lead.slice(-30)} ${trail.slice(0, 20)}`)) return;
      // What follows the percentage tells its basis first ("2.1% from July and 18% from a year
      // earlier"), then what precedes it ("к июлю +1,1%").
      // "In April the price … fell 2.3%. … The used foreign car … 0.8% more than in March": with no
      // year to be known, an average of no time of its own is of the month the article reports on.
      const level =
        pick?.shadow ??
        period ??
        (!subject?.model && own.length === 0 && !ctx.articleDate ? (ctx.reportShadow ?? null) : null);
      // "За месяц показатель снизился на 0,9%, а в годовом выражении вырос на 1,5%": the words after a
      // percentage tell its basis only up to the clause the next change opens.
      const ownTrail = trailOf(trail, Boolean(mine[k + 1]));
      const after = versusOf(
        ownTrail,
        periods.filter((c) => c.comparison && c.start >= p.end && c.start < p.end + ownTrail.length),
        level,
      );
      const near =
        after.basis || after.vs
          ? after
          : versusOf(
              lead.slice(-50),
              periods.filter((c) => c.comparison && c.start >= from && c.end <= p.start),
              level,
            );
      // "В годовом выражении российские автомобили подорожали на 12%": the basis may open the
      // sentence, further back than the words next to the figure.
      const told = near.basis || near.vs ? near : versusOf(lead, [], level);
      // "Chinese brands 3.2 million (+0.8% per month), Russian brands 1.55 million (+2.1%)": a change
      // with no basis takes the one told earlier in the same sentence before the sentence before's.
      const { basis, vs } = defaultBasis(
        told,
        sentenceBasis ? { ...ctx, lastBasis: sentenceBasis } : ctx,
        ownPeriod,
        Boolean(subject?.model),
      );
      if (told.basis || told.vs) sentenceBasis = { basis: told.basis, vs: told.vs };
      const a = abs.find(
        (x) =>
          x.start >= p.end &&
          x.start < to &&
          CHANGE_MARK.test(s.slice(Math.max(0, x.start - 30), x.start).replace(/[—–-]\s*$/, "")),
      );
      const signed = (x: number) => (direction === "down" ? -Math.abs(x) : Math.abs(x));
      changes.push({ direction, pct: signed(p.value), abs: a ? signed(a.value) : null, basis, vs });
    });
    if (mine.length === 0) {
      // "went up by 50,000 rubles to 2.2 million": a change in roubles alone.
      // "…starts at 1.85 million rubles, up 50 thousand rubles": after the level, before the next one.
      // "Granta from 799,000 rubles (plus 20,000 rubles), Vesta from 1,399,000 rubles (plus 45,000)":
      // a sum in a bracket right after a level is that level's change, not the next one's.
      const became = (x: Quantity) =>
        BECAME_BEFORE.test(s.slice(Math.max(0, x.start - 20), x.start)) &&
        ABS_BECAME.test(s.slice(x.end, x.end + 30));
      const bracketed = (x: Quantity, after: number) =>
        /^\s*\(\s*(?:\p{L}+\s+)?[+−-]?\s*$/u.test(s.slice(after, x.start));
      const a =
        abs.find(
          (x) =>
            x.start >= level.end &&
            x.end <= nextStart &&
            bracketed(x, level.end) &&
            (CHANGE_MARK.test(s.slice(Math.max(0, x.start - 30), x.start)) ||
              /[+−-]\s*$/u.test(s.slice(0, x.start))),
        ) ??
        abs.find(
          (x) =>
            x.end <= level.start &&
            x.start >= prevEnd &&
            !(i > 0 && bracketed(x, prevEnd)) &&
            (CHANGE_MARK.test(s.slice(Math.max(0, x.start - 30), x.start)) || became(x)),
        ) ??
        // "…the Tank 300 costs from 4.6 million, while the GAC GS8 got cheaper by 150,000 roubles to
        // 4.05 million": a sum after the level, past another model's name, is the next level's change.
        abs.find(
          (x) =>
            x.start >= level.end &&
            x.end <= nextStart &&
            owner(x.start) === i &&
            CHANGE_MARK.test(s.slice(Math.max(0, x.start - 30), x.start)),
        ) ??
        // "…starts at 2,190,000 rubles, 50,000 rubles more than in February": the comparative after it.
        abs.find(
          (x) =>
            x.start >= level.end &&
            x.end <= nextStart &&
            owner(x.start) === i &&
            ABS_COMPARATIVE.test(s.slice(x.end, x.end + 30)),
        );
      const comparative = a
        ? (ABS_COMPARATIVE.exec(s.slice(a.end, a.end + 30)) ??
          (became(a) ? ABS_BECAME.exec(s.slice(a.end, a.end + 30)) : null))
        : null;
      // "(+20 000 рублей)", "(на 20 тыс. рублей больше)": the sign before the sum, the word right after
      // the bracketed sum.
      const signed = a ? /([+−-])\s*$/u.exec(s.slice(Math.max(0, a.start - 3), a.start))?.[1] : undefined;
      // Not "…, но у дилеров его можно найти на 250 тыс. дешевле": a dealer's price set beside the list one.
      const right = a && bracketed(a, level.end) ? RIGHT_AFTER.exec(s.slice(a.end, a.end + 20)) : null;
      const direction = a
        ? ((comparative ? (comparative[1] ? "up" : "down") : null) ??
          (signed ? (signed === "+" ? "up" : "down") : null) ??
          (right ? (right[1] ? "up" : "down") : null) ??
          directionOf(s.slice(prevEnd, level.start)) ??
          directionOf(s.slice(Math.max(level.end, a.start - 30), a.start)) ??
          // "Granta подорожала на 20 тыс., до 750 тыс., Vesta — на 35 тыс., до 1,4 млн": the verb
          // the list shares is told once, before its first item.
          (a.end <= level.start ? directionOf(s.slice(0, a.start)) : null))
        : null;

      if (a && direction) {
        // "…, 90,000 rubles less than in January": the time the comparative right after the sum names.
        const against = comparative
          ? periods.filter(
              (c) => c.comparison && c.start >= a.end && c.start < Math.min(nextStart, a.end + 40),
            )
          : [];
        const { basis, vs } = defaultBasis(
          versusOf(segment, against, period),
          ctx,
          ownPeriod,
          Boolean(subject?.model),
        );
        changes.push({ direction, pct: null, abs: direction === "down" ? -a.value : a.value, basis, vs });
      }
    }
    if (when && !own.includes(when) && period) lookedBack.add(period);
    out.push({
      kind: "price",
      series,
      subject: series,
      period,
      undated: undated && !period,
      value: level.value,
      approximate: level.hedge === "approx",
      // "Vesta — не менее 1,95 млн", "must pay at least 1.95 million": a model's floor is its starting
      // price ("от 1,95 млн"), no hedge; a market average's stays above it.
      hedge:
        subject?.model &&
        level.hedge === "more_than" &&
        FLOOR_BEFORE.test(s.slice(Math.max(0, level.start - 20), level.start))
          ? null
          : (level.hedge ?? (crossedMark(s, level) ? "more_than" : null)),
      changes,
      agency: AGENCIES.find((a) => s.includes(a)) ?? null,
      sentence: s,
      span: level.text,
    });
  });
  return out;
}

/** ", while", "; ", ", а": a clause of its own opens after a figure. */
const NEW_CLAUSE = /[,;]\s*(?:while|whereas|but|and|а|но|и|тогда как|в то время как)\s|;\s|\s[—–]\s/giu;

/**
 * "…about 1.42 million rubles, 0.8% more than in March, while the Russian brands lost about 1%": a
 * percentage after a level whose own clause names another kind of car (or model) is that kind's,
 * not the level's.
 */
function ofOtherKind(
  s: string,
  level: Quantity,
  p: Quantity,
  mentions: Mention[],
  subject: Subject | null,
): boolean {
  if (!subject || p.start < level.end) return false;
  const gap = s.slice(level.end, p.start);
  const cuts = [...gap.matchAll(NEW_CLAUSE)];
  const cut = cuts[cuts.length - 1];
  if (!cut) return false;
  const from = level.end + (cut.index ?? 0);
  const other = subjectOf(mentions.filter((m) => m.start >= from && m.end <= p.start));
  if (!other) return false;
  if (other.model || subject.model) return other.model !== subject.model;
  return (other.origin ?? null) !== (subject.origin ?? null) || (!!other.age && other.age !== subject.age);
}

/** "не менее", "at least", "not less than": a floor told before a figure. */
const FLOOR_BEFORE = /(?<![\p{L}])(?:не менее|не меньше|at least|no less than|not less than)\s*$/iu;

/** A table's header cells: which holds the price, and which the change on the month or the year. */
interface TableHeader {
  /** How many cells a row of it has. */
  width: number;
  price: number;
  /** The column of the price before the change ("Было, руб."), if any. */
  former: number | null;
  /** Millions or thousands when the header says so ("Цена, млн руб."). */
  scale: number;
  /** The change columns: their basis (null when the header tells none) and scale ("Разница, тыс. руб."). */
  changes: { at: number; basis: Change["basis"]; scale: number; vs?: string | null }[];
}

/** "с 1 апреля", "from 1 February", "01.01.2026": a day a header names, no figure of a row. */
const DAY_IN_HEAD = new RegExp(
  String.raw`(?<![\d.])\d{1,2}(?:\s+${MONTH_WORD}|[./]\d{1,2}(?:[./]\d{2,4})?)|${MONTH_WORD}\s+\d{1,2}(?![\d.])`,
  "giu",
);

const PRICE_HEAD = /цен\p{L}*|стоимост\p{L}*|(?<![\p{L}])(?:price|cost)\p{L}*|руб\p{L}*|rub\p{L}*|₽/iu;
/** "Было", "old price", "до повышения": the column of the price before a change, not the one told. */
// "Цена до 01.03.2026 | Цена с 01.03.2026", "Price until March 1": the column of the list before a day.
const FORMER_HEAD = new RegExp(
  String.raw`(?<![\p{L}])(?:был[оа]?|прежн\p{L}*|стар\p{L}*|old|before|previous|was)(?![\p{L}])|до повышени|(?<![\p{L}])(?:до|по|until|till|through)\s+(?:\d|${MONTH_WORD})`,
  "iu",
);
/** "Разница, руб.", "Change", "+/−": the column of a price's change, though its head names rubles. */
const CHANGE_HEAD =
  /(?<![\p{L}])(?:разниц\p{L}*|изменени\p{L}*|прирост\p{L}*|рост|динамик\p{L}*|change[sd]?|difference|diff|delta)(?![\p{L}])|^\s*(?:[+±]\s*\/?\s*[−–-]|Δ)/iu;
const scaleOfHead = (head: string) =>
  /млн|million|mln/iu.test(head) ? 1e6 : /тыс|thousand/iu.test(head) ? 1e3 : 1;

/**
 * "Сегмент | Средняя цена, руб. | За месяц | За год": a header row gives the columns of a price table
 * — the one price column, and the change columns whose basis the header tells; null when it has none.
 */
function tableHeader(cells: string[], articleDate: string | null = null): TableHeader | null {
  if (
    cells.length < 2 ||
    cells.some((c) => /\d/.test(c.replace(DAY_IN_HEAD, "").replace(/[гмyм]\/[гмym]|\d{4}/giu, "")))
  )
    return null;
  // "Категория | Утильсбор, руб.": a table of fees or duties is no table of car prices.
  if (FEE_SENTENCE.test(cells.join(" "))) return null;
  const prices = cells.flatMap((c, i) =>
    i > 0 && PRICE_HEAD.test(c) && !FORMER_HEAD.test(c) && !CHANGE_HEAD.test(c) ? [i] : [],
  );
  if (prices.length !== 1 || prices[0] === undefined) return null;
  const scale = scaleOfHead(cells[prices[0]] ?? "");
  const changes = cells.flatMap((c, at): TableHeader["changes"] => {
    if (at === prices[0] || at === 0) return [];
    const yoy = YOY.test(c) || /(?<![\p{L}])(?:year|год\p{L}*)(?![\p{L}])/iu.test(c);
    const mom = MOM.test(c) || /(?<![\p{L}])(?:month|месяц\p{L}*)(?![\p{L}])/iu.test(c);
    if (yoy !== mom)
      return [
        { at, basis: yoy ? ("year_ago" as const) : ("previous_period" as const), scale: scaleOfHead(c) },
      ];
    // "К августу | К сентябрю 2025", "vs March | vs April 2025": a column told against a named month
    // (or year) holds the change against it; the row's own period tells whether that is the month
    // before or the year before.
    const against = findPeriods(c, articleDate).find((p) => p.comparison && p.period && !p.undated);
    if (against?.period)
      return [
        {
          at,
          basis: null,
          scale: scaleOfHead(c),
          vs:
            against.period.granularity === "year"
              ? against.period.start.slice(0, 4)
              : against.period.start.slice(0, 7),
        },
      ];
    // "Model | Price from | Change": a change column naming no basis is the step from the list before.
    return CHANGE_HEAD.test(c) ? [{ at, basis: null, scale: scaleOfHead(c) }] : [];
  });
  const formers = cells.flatMap((c, i) => (i > 0 && PRICE_HEAD.test(c) && FORMER_HEAD.test(c) ? [i] : []));
  const former = formers.length === 1 ? (formers[0] ?? null) : null;
  return { width: cells.length, price: prices[0], former, scale, changes };
}

/**
 * "Новые автомобили | 3 430 000 | +1,2% | +3,5%": a row under a price table's header is a level of
 * the kind its first cell names, with the changes its change columns hold. A row naming no kind of
 * car or model, or whose price cell holds no plain sum, is none.
 */
function tableRowPrice(
  cells: string[],
  head: TableHeader,
  period: Period | null,
  brands: BrandContext,
): PriceCandidate | null {
  if (FEE_SENTENCE.test(cells[0] ?? "")) return null;
  const sub = subjectOf(mentionsOf(cells[0] ?? "", brands));
  const series = sub ? seriesKey(sub) : "";
  if (!series) return null;
  const cell = cells[head.price] ?? "";
  const [q, ...more] = findQuantities(cell);
  if (!q || more.length > 0 || q.percent || (q.currency && q.currency !== "rub")) return null;
  const value = Math.round(q.scaled ? q.value : q.value * head.scale);
  if (value < 100_000 || value > 50_000_000) return null;
  const changes: Change[] = [];
  const [was, ...others] = head.former === null ? [] : findQuantities(cells[head.former] ?? "");
  const before =
    was && others.length === 0 && !was.percent
      ? Math.round(was.scaled ? was.value : was.value * head.scale)
      : 0;
  // A change column with no basis: a model's list step, or a month's, is against the period before.
  const fallback = !series.includes("-car-avg") || period?.granularity === "month" ? "previous_period" : null;
  for (const { at, basis: told, scale, vs: named } of head.changes) {
    // A column against a named month: the month before or the year before the row's, else that month.
    const against = named
      ? againstPeriodBefore({ direction: "up", pct: null, abs: null, basis: null, vs: named }, period)
      : null;
    const basis = against ? against.basis : (told ?? fallback);
    const vs = against?.vs ?? null;
    const m = /^\s*([+−–-])?\s*(\d+(?:[.,]\d+)?)\s*%\s*$/u.exec(cells[at] ?? "");
    if (m?.[2]) {
      const down = Boolean(m[1] && m[1] !== "+");
      const pct = Number(m[2].replace(",", ".")) * (down ? -1 : 1);
      changes.push({ direction: down ? "down" : "up", pct, abs: null, basis, vs });
      continue;
    }
    // "Lada Granta | 736 000 | +16 000": a signed sum in a change column is the change in rubles, a
    // step well under the price itself ("без изменений" holds none).
    const a = /^\s*([+−–-])\s*(\d{1,3}(?:[\s\u00a0]\d{3})*(?:[.,]\d+)?)\s*(?:\p{L}+\.?\s*)*$/u.exec(
      cells[at] ?? "",
    );
    if (!a?.[2]) continue;
    const [d] = findQuantities(cells[at] ?? "");
    if (!d || d.percent || (d.currency && d.currency !== "rub")) continue;
    const size = Math.round(d.scaled ? d.value : d.value * scale);
    if (size <= 0 || size >= value / 2) continue;
    const abs = a[1] === "+" ? size : -size;
    changes.push({ direction: abs > 0 ? "up" : "down", pct: null, abs, basis, vs });
  }
  // "Lada Granta | 980 000 | 1 002 000": the price before and after, the change their difference —
  // unless a change column already told it.
  if (
    before > value / 2 &&
    before < value * 2 &&
    before !== value &&
    !changes.some((c) => c.abs === value - before)
  ) {
    const abs = value - before;
    changes.push({ direction: abs > 0 ? "up" : "down", pct: null, abs, basis: "previous_period", vs: null });
  }
  const sentence = cells.join(" | ");
  return {
    kind: "price",
    series,
    subject: series,
    period,
    value,
    approximate: false,
    hedge: null,
    changes,
    agency: null,
    sentence,
    span: cell,
  };
}

/**
 * A change told with no basis takes the one told just before it ("…, чем в январе 2020-го. Иномарки
 * … (+14,1%)"); a model's list-price change, or a month's average, is against the period before.
 */
function defaultBasis(
  got: { basis: Change["basis"]; vs: string | null },
  ctx: SentenceContext,
  period: Period | null,
  model: boolean,
): { basis: Change["basis"]; vs: string | null } {
  if (got.basis || got.vs) return got;
  if (ctx.lastBasis) return ctx.lastBasis;
  if (model || period?.granularity === "month" || (!period && ctx.period?.undated))
    return { basis: "previous_period", vs: null };
  return got;
}

/** A change told against a named month ("2026-08") that is the month before the level's, or its year-ago month. */
function againstPeriodBefore(c: Change, level: Period | null): Change {
  if (!c.vs || !/^\d{4}-\d{2}$/.test(c.vs) || level?.granularity !== "month") return c;
  const gap = monthsBetween(level.start, `${c.vs}-01`);
  if (gap === 1) return { ...c, basis: "previous_period", vs: null };
  if (gap === 12) return { ...c, basis: "year_ago", vs: null };
  return c;
}

function subjectFromSeries(series: string): Subject {
  if (!series.includes("-car-avg")) return { model: series };
  const age = series.startsWith("used") ? "used" : "new";
  const origin = /-(foreign|russian|chinese)$/.exec(series)?.[1] as Subject["origin"];
  return { age, origin };
}

/** Where in its sentence each bare change was told: which kind of car its stretch names. */
const changeAt = new WeakMap<Change, number>();

/**
 * "За месяц новые машины подорожали на 1,4%, подержанные — на 0,6%": a sentence of changes that names
 * several kinds of car gives each change to the level of the kind named in its own stretch (a stretch
 * naming none goes on with the kind before, and with its basis), among the levels told for `period`.
 * A kind with no such level drops its change rather than lend it to another; null when the sentence
 * is no list of kinds.
 */
function byKind(
  s: string,
  told: Change[],
  facts: Candidate[],
  period: Period | null,
  brands: BrandContext,
): { target: PriceCandidate; change: Change }[] | null {
  if (told.length < 2) return null;
  const ms = mentionsOf(s, { last: brands.last });
  if (ms.some((m) => m.model || m.brand)) return null;
  let from = 0;
  let subject: Subject | null = null;
  let basis: { basis: Change["basis"]; vs: string | null } | null = null;
  const kinds: { series: string; change: Change }[] = [];
  for (const c of told) {
    const at = changeAt.get(c);
    if (at === undefined) return null;
    subject = subjectOf(ms.filter((m) => m.start >= from && m.start < at)) ?? subject;
    from = at;
    const series = subject ? seriesKey(subject) : "";
    if (!series) return null;
    if (c.basis || c.vs) basis = { basis: c.basis, vs: c.vs ?? null };
    kinds.push({ series, change: c.basis || c.vs || !basis ? c : { ...c, ...basis } });
  }
  if (new Set(kinds.map((k) => k.series)).size < 2) return null;
  const out: { target: PriceCandidate; change: Change }[] = [];
  for (const { series, change } of kinds) {
    const target = [...facts]
      .reverse()
      .find(
        (f): f is PriceCandidate =>
          f.kind === "price" && f.series === series && (f.period?.start ?? null) === (period?.start ?? null),
      );
    if (target && !target.changes.some((d) => Math.abs((d.pct ?? 0) - (change.pct ?? 0)) < 0.05))
      out.push({ target, change });
  }
  return out;
}

/** Changes told in a sentence with no level of its own ("Рост к аналогичному периоду — 23%."). */
/** "В среднем по модельному ряду индексация составила 2,8%", "across the range": a brand's whole lineup, no one model. */
const LINEUP =
  /(?<![\p{L}])(?:по|на)\s+(?:все(?:му|й|м)\s+)?(?:модельн\p{L}*\s+(?:ряд\p{L}*|линейк\p{L}*|гамм\p{L}*)|линейк\p{L}*|гамм\p{L}*)|(?<![\p{L}])across\s+(?:the|its|their)\s+(?:whole\s+|entire\s+)?(?:model\s+)?(?:range|line-?up)|(?<![\p{L}])(?:range|line-?up)-wide/iu;

function bareChanges(s: string, ctx: SentenceContext, level: Period | null): Change[] {
  if (SEGMENT.test(s) || LINEUP.test(s)) return [];
  const qs = findQuantities(s);
  if (qs.some((q) => isLevel(s, q))) return [];
  if (NOT_A_CHANGE.test(s)) return [];
  // "With a 20% down payment and a 19.9% loan, …": a loan's or a payment's percentages are no change.
  if (NOT_A_PRICE_CLAUSE.test(s)) return [];
  // Sales and units: "Dealers sold 165,702 cars, 35% more than in September".
  if (
    /(?<![\p{L}])(sold|sales|units|spent)(?![\p{L}])|продаж\p{L}*|продан\p{L}*|реализова\p{L}*|потрати\p{L}*|объ[её]м\p{L}*(?:\s+\p{L}+){0,2}\s+(?:авто)?рынк\p{L}*|объ[её]м\p{L}* предложени\p{L}*|предложени\p{L}* (?:машин|автомобил|моделей)\p{L}*|market(?:'s)? (?:volume|size)|(?:volume|size) of the (?:\p{L}+ )?market/iu.test(
      s,
    ) &&
    !/цен|price|cost|стоим/iu.test(s)
  )
    return [];
  // "Рынок в 2025 году вырос на 10%", "the market shrank 5%": the market grows by the cars sold; it
  // gets dearer only when told so ("вторичный рынок подорожал").
  if (
    /(?<![\p{L}])(?:рын(?:ок|ка|ку|ком)|авторын\p{L}*|market)(?![\p{L}])/iu.test(s) &&
    !/цен|price|cost|стоим|подорож|подешев|дорож|дешев|expensive|cheaper|pricier|dearer/iu.test(s)
  )
    return [];
  // "на вторичном рынке сменили владельцев 498 тыс. легковушек — на 6% больше": a change told
  // with a count of cars is the count's.
  if (
    !/цен|price|cost|стоим/iu.test(s) &&
    qs.some((q) => !q.percent && !q.currency && q.value >= 1000 && NOT_MONEY_AFTER.test(s.slice(q.end)))
  )
    return [];
  // "стоимость поездок может вырасти ещё на 10–15%": a range of percentages, or one that may come,
  // is no change told.
  const pcts = qs.filter(
    (q) =>
      q.percent &&
      !/\d\s*(?:%\s*)?[–—-]\s*$/u.test(s.slice(Math.max(0, q.start - 6), q.start)) &&
      // "to rise another 5-8%": the bottom of a range of percentages is none either.
      !/^\s*%?\s*[–—-]\s*\d/u.test(s.slice(q.end, q.end + 6)) &&
      !FORECAST.test(clauseAt(s, q.start, q.end)) &&
      // "Analysts expect used-car prices to rise another 5%": a change still to come is no change told.
      !YET_TO_COME.test(clauseAt(s, q.start, q.end)),
  );
  const periods = findPeriods(s, ctx.articleDate);
  const out: Change[] = [];
  const used = new Set<Quantity>();
  pcts.forEach((p, k) => {
    const from = pcts[k - 1]?.end ?? 0;
    const to = pcts[k + 1]?.start ?? s.length;
    const lead = s.slice(from, p.start);
    const trail = s.slice(p.end, to);
    // "+1.2% m/m", "(−0,5%)": a sign right before the figure tells the direction first.
    const sign = /[+]\s*$/.test(lead) ? "up" : /(?:^|[\s(:])[−–-]\s*$/u.test(lead) ? "down" : null;
    // "1.5% cheaper than in April, while new ones keep rising": the word right after the figure
    // says it before any verb further on.
    const right =
      /^\s*(?:(more|higher|up|above|больше|выше|дороже)|(less|lower|down|below|cheaper|меньше|ниже|дешевле))(?![\p{L}])/iu.exec(
        trail,
      );
    const told =
      sign ??
      directionOf(lead) ??
      (right ? (right[1] ? "up" : "down") : null) ??
      directionOf(trail) ??
      directionOf(s);
    // "Годом ранее она была на 5% дешевле", "A year ago it was 5% cheaper": the time before is the
    // subject, so the level of now is that much higher.
    // "В октябре она была на 1,4% ниже", "In November 2024 it was 3% cheaper": an earlier period than
    // the level's, opening the sentence, is the subject too — the change is from it.
    const base = level ?? ctx.lastPeriod?.shadow ?? null;
    const earlierNamed = periods.find(
      (c) =>
        !c.comparison &&
        c.end <= p.start &&
        c.period &&
        base &&
        c.period.granularity === base.granularity &&
        c.period.start < base.start &&
        /^[^\p{L}\d]*(?:(?:а|и|при этом|and|but|while)\s+)?(?:в|во|in)?\s*$/iu.test(s.slice(0, c.start)),
    );
    const earlierSubject =
      (BACK_THEN.test(s.slice(0, p.start).replace(/^[^\p{L}\d]+/u, "")) || earlierNamed !== undefined) &&
      /^\s*(?:дешевле|ниже|меньше|дороже|выше|больше|cheaper|lower|less|more expensive|higher|more)(?![\p{L}])/iu.test(
        trail,
      );
    const direction = earlierSubject && told ? (told === "up" ? "down" : "up") : told;
    if (!direction || NOT_A_CHANGE.test(`${lead.slice(-30)} ${trail.slice(0, 20)}`)) return;
    if (FEE_SENTENCE.test(lead)) return;
    // "на 2,6% больше, чем в октябре, и на 4% больше, чем годом ранее": the words after a
    // percentage tell its basis before a period named ahead of it.
    const ownTrail = trailOf(trail, Boolean(pcts[k + 1]));
    // What follows a percentage in its own clause tells its basis ("60% higher than in 2021"), else
    // what precedes it; "…на 3,5%, а относительно 2021-го — на 60%": 2021 is the next one's.
    const after = periods.filter(
      (c) => c.comparison && c.start >= p.end && c.start < Math.min(to, p.end + ownTrail.length),
    );
    const comps =
      earlierSubject && earlierNamed
        ? [{ ...earlierNamed, comparison: true }]
        : after.length > 0
          ? after
          : periods.filter((c) => c.comparison && c.start >= from && c.start < p.start).reverse();
    const own =
      after.length === 0 && !(earlierSubject && earlierNamed)
        ? versusOf(ownTrail, [], level ?? ctx.lastPeriod?.shadow ?? null)
        : null;
    const { basis, vs } =
      own && (own.basis || own.vs)
        ? own
        : versusOf(`${lead} ${ownTrail}`, comps, level ?? ctx.lastPeriod?.shadow ?? null);
    const a = qs.find((x) => !x.percent && x.start >= p.end && x.start < to && x.currency === "rub");
    if (a) used.add(a);
    const signed = (x: number) => (direction === "down" ? -Math.abs(x) : Math.abs(x));
    const change: Change = { direction, pct: signed(p.value), abs: a ? signed(a.value) : null, basis, vs };
    changeAt.set(change, p.start);
    out.push(change);
  });
  // "К январю она прибавила 48 тыс. рублей": a change in roubles alone, right after its verb.
  for (const q of qs) {
    if (used.has(q) || q.percent || q.currency !== "rub" || q.value >= 1_000_000) continue;
    const next = pcts.find((p) => p.start > q.end);
    if (next && next.start - q.end < 12) continue;
    const lead = s.slice(Math.max(0, q.start - 30), q.start);
    // "raised the price of the Tiggo 4 by 40,000 rubles": the verb may stand a few words before "by".
    const own = clauseAt(s, q.start, q.end);
    const ownStart = s.lastIndexOf(own, q.start);
    // "Подорожание за месяц составило 40 тыс. рублей": or the noun of a change heading its clause.
    const sign = /(?:^|[\s:(—–])([+−-])\s*$/u.exec(lead)?.[1];
    // "This is 58,000 rubles more than in September", "Это на 58 тыс. рублей больше": the comparative
    // after the sum — unless an earlier time is the subject ("Месяцем ранее она была на 58 тыс. дешевле").
    const comparative = ABS_COMPARATIVE.exec(s.slice(q.end, q.end + 20));
    const earlierFirst =
      BACK_THEN.test(s.replace(/^[^\p{L}\d]+/u, "")) ||
      periods.some((c) => !c.comparison && c.end <= q.start);
    const direction =
      (sign ? (sign === "+" ? "up" : "down") : null) ??
      (comparative && !earlierFirst ? (comparative[1] ? "up" : "down") : null) ??
      directionOf(lead) ??
      (ownStart >= 0
        ? directionOf(
            s.slice(
              Math.max(ownStart, q.start - (/(?<![\p{L}])(?:на|by)\s*$/iu.test(lead) ? 80 : 50)),
              q.start,
            ),
          )
        : null);
    if (!direction || (!sign && !/(\p{L}+)\s+(на|by|около|почти|about)?\s*$/iu.test(lead))) continue;
    const clause = clauseAt(s.replace(/,\s+(а|but|and|и)\s/giu, "; $1 "), q.start, q.end);
    // "доллар опускался ниже 57 рублей": an exchange rate, not a change of a price.
    if (CURRENCY_WORD.test(clause)) continue;
    const comps = periods.filter((c) => c.comparison && clause.includes(s.slice(c.start, c.end)));
    const { basis, vs } = versusOf(clause, comps, level ?? ctx.lastPeriod?.shadow ?? null);
    const change: Change = {
      direction,
      pct: null,
      abs: direction === "down" ? -q.value : q.value,
      basis,
      vs,
    };
    changeAt.set(change, q.start);
    out.push(change);
  }
  return out;
}

/** "…3.58 million in May. That is 80% more than in the middle of 2021, when the indicator stood at
 * 1.99 million", "В январе машина стоила 2,1 млн, так что с начала года цена выросла на 14%": a change
 * against the level's own period is no change of that level — it is the change of the figure the
 * article leads with (of that kind, of a later time), measured against this one. */
function handBack(prices: PriceCandidate[], facts: Candidate[]): void {
  for (const p of prices) {
    if (!p.period) continue;
    const own = p.period.start.slice(0, p.period.granularity === "year" ? 4 : 7);
    const back = p.changes.filter((c) => c.vs === own);
    const at = p.period.start;
    const target = facts.find(
      (f): f is PriceCandidate =>
        f.kind === "price" && f.series === p.series && f.period !== null && f.period.start > at,
    );
    if (back.length === 0 || !target?.period || target.changes.some((c) => c.vs === own)) continue;
    p.changes = p.changes.filter((c) => !back.includes(c));
    target.changes.push(...back.map((c) => rebased(c, target.period)));
  }
}

/** A change against a named month that is the one before the level's, or its year-ago one, says so. */
function rebased(c: Change, level: Period | null): Change {
  if (!c.vs || c.vs.length !== 7 || level?.granularity !== "month") return c;
  const gap = monthsBetween(level.start, `${c.vs}-01`);
  if (gap === 1) return { ...c, basis: "previous_period", vs: null };
  if (gap === 12) return { ...c, basis: "year_ago", vs: null };
  return c;
}

/** Two or three sentences that carry the most facts, in the article's order. */
function summarise(all: string[], facts: Candidate[]): string[] {
  const factSentences = new Set(facts.map((f) => f.sentence));
  const scored = all.map((s, i) => {
    let score = 0;
    if (factSentences.has(s)) score += 3;
    score += (s.match(/\d+(?:[.,]\d+)?/g) ?? []).length * 0.5;
    if (i === 0) score += 2;
    if (s.length < 40 || s.length > 400) score -= 2;
    return { s, i, score };
  });
  const best = [...scored].sort((a, b) => b.score - a.score || a.i - b.i).slice(0, 3);
  const chosen = best.filter((b, k) => k < 2 || b.score >= 3);
  return chosen.sort((a, b) => a.i - b.i).map((b) => b.s);
}

/** A site's name: up to four capitalised words with no figure ("Russia Business Today", "Коммерсантъ"). */
const MASTHEAD = /^(?:\p{Lu}[\p{L}'’.&-]*(?:\s+(?:of|the|and|on|и|в|за)\b)?\s*){1,4}$/u;

export interface ReadOptions {
  /** ISO date the article was published; overrides a first line `date: YYYY-MM-DD`. */
  articleDate?: string | null;
}

export function readArticle(
  text: string,
  vocab: IngestVocabulary,
  options: ReadOptions = {},
): ArticleReading {
  forgetSentences();
  const dated = articleDateOf(text);
  const articleDate = options.articleDate ?? dated.date;
  const dateFrom = options.articleDate ? "given" : dated.from;
  // Breadcrumbs and section bars ("АВТОСТАТ | Новости | Цены", "Home > Autos") are not the headline;
  // a table's rows are not breadcrumbs: a row has a neighbour split into as many cells.
  const pipes = (l: string | undefined) => (l ?? "").split("|").length - 1;
  const tableRow = (all: string[], i: number) =>
    pipes(all[i]) > 0 && (pipes(all[i - 1]) === pipes(all[i]) || pipes(all[i + 1]) === pipes(all[i]));
  const lines = cleanLines(dated.body).filter(
    (l, i, all) =>
      !(
        i < 3 &&
        all.length > 2 &&
        /^[^.!?]{0,80}$/.test(l) &&
        /\s[|>/»›]\s|^[|>/»›]|[|>/»›]$/.test(l) &&
        !tableRow(all, i)
      ),
  );
  // "Russia Business Today" over "Used cars 2% cheaper than in May": a masthead (a few capitalised
  // words, no figure) ahead of an unpunctuated line is the site's name, and that line the headline.
  if (
    lines.length > 2 &&
    MASTHEAD.test(lines[0] ?? "") &&
    /^[^.!?]{20,199}[^.!?:]$/u.test(lines[1] ?? "") &&
    (lines[1] ?? "").split(/\s+/).length >= 4
  )
    lines.shift();
  const first = lines[0] ?? "";
  const hasTitle = first.length < 160 && !/[.!?]$/.test(first) && lines.length > 1;
  const opening = sentences(first)[0] ?? "";
  const title = hasTitle
    ? first
    : opening.length <= 100
      ? opening
      : `${opening.slice(0, opening.lastIndexOf(" ", 100))}…`;
  const body = (hasTitle ? lines.slice(1) : lines).join("\n");
  const all = sentences(body);
  const language: "en" | "ru" = (body.match(/[а-яё]/giu) ?? []).length > body.length / 4 ? "ru" : "en";
  const facts: Candidate[] = [];
  // "Средняя цена новой машины опять превысила 3 млн" over "…средний прайс составил 3,03 млн": the
  // kind of car a headline is about is the one a body's first figures name no kind for.
  // "Китайские машины подешевели, отечественные — подорожали": a headline on several kinds is about none.
  // "Russian new car prices creep higher as buyers brace for costlier imports": what the headline
  // says of prices is told before its cause or its second clause.
  const titleKinds = hasTitle ? mentionsOf(title.split(HEADLINE_CUT)[0] ?? title) : [];
  const oneKind =
    new Set(titleKinds.map((m) => m.origin).filter(Boolean)).size <= 1 &&
    new Set(titleKinds.map((m) => m.age).filter(Boolean)).size <= 1;
  const headline = hasTitle && oneKind ? subjectOf(titleKinds) : null;
  // "Средняя цена нового автомобиля в ноябре обновила рекорд" over a body that names no month: the
  // month a headline on car prices names is the one the body's first figures are of.
  const headlinePeriod =
    hasTitle && CAR_PRICE_HEADLINE.test(title)
      ? (findPeriods(title, articleDate).find((p) => !p.comparison && p.period) ?? null)
      : null;
  const ctx: SentenceContext = {
    articleDate,
    period: headlinePeriod,
    subject:
      headline && !headline.model && (/средн|average/iu.test(title) || CAR_PRICE_HEADLINE.test(title))
        ? headline
        : null,
    lastPeriod: null,
    lastBasis: null,
    previousHadPrice: false,
    articlePeriod: null,
    brands: { last: null },
    headlineModel: hasTitle ? headlineModel(title) : null,
  };
  let previousPrices: PriceCandidate[] = [];
  let pending: Change[] = [];
  let pendingSeries: string | null = null;
  // The change told ahead was of a market average ("Цены на новые машины в октябре выросли на 1,5%"):
  // it waits past a sentence with no figure for the level, which must be an average too.
  let pendingAverage = false;
  // The header of the price table being read, while its rows go on.
  let table: TableHeader | null = null;
  let tablePeriod: Period | null = null;
  // How many sentences in a row told no figure and no time ("Об этом сообщил «Автостат».").
  let quietRun = 0;
  for (const s of all) {
    // A period carries over to the next sentence only ("In December … . The average was …"), or
    // past one sentence that tells no figure and no time.
    const named = findPeriods(s, articleDate);
    const own = named.filter((p) => !p.comparison);
    const quiet = named.length === 0 && findQuantities(s).length === 0;
    quietRun = quiet ? quietRun + 1 : 0;
    const rule = ruleOf(s);
    if (rule) facts.push(rule, ...replacedRule(s, rule));
    const licence = licenceOf(s);
    if (licence) facts.push(licence);
    const policy = policyOf(s);
    if (policy) facts.push(policy);
    const cells = / \| /.test(s) ? s.split(/\s*\|\s*/) : null;
    const header = cells ? tableHeader(cells, articleDate) : null;
    if (header || !cells) table = header;
    if (header) tablePeriod = ctx.period?.period ?? findPeriods(title, articleDate)[0]?.period ?? null;
    // A row of a price table: the period is the one the text above it told, else the article's
    // first dated average's; a model's list price, the article's month.
    const row =
      table && cells && cells.length === table.width
        ? tableRowPrice(cells, table, tablePeriod ?? ctx.articlePeriod?.period ?? null, ctx.brands)
        : null;
    // A list that takes effect later ("цены с 1 января, руб.:" over the table) dates its rows to that month.
    const listFrom = listFromOf(s, articleDate);
    if (listFrom) ctx.listFrom = listFrom;
    else if (own.length > 0) ctx.listFrom = null;
    if (row && !row.series?.includes("-car-avg")) {
      const month = listMonth(ctx, "");
      row.period = month ? { start: month, granularity: "month" } : null;
      if (!month) row.undated = true;
    }
    const prices = rule ? [] : row ? [row] : pricesOf(s, vocab, ctx);
    let told: Change[] = [];
    if (prices.length > 0) {
      if (
        pending.length > 0 &&
        prices[0] &&
        prices[0].changes.length === 0 &&
        (!pendingSeries || prices[0].series === pendingSeries) &&
        (!pendingAverage || (prices[0].series ?? "").includes("-car-avg"))
      ) {
        // "АвтоВАЗ повысил цены на Vesta на 3%. Теперь она стоит …": the change told ahead takes the
        // basis its level's own sentence would give it (a model's or a month's: the period before).
        const first = prices[0];
        first.changes.push(
          ...pending.map((c) => ({
            ...c,
            ...defaultBasis(
              { basis: c.basis, vs: c.vs ?? null },
              { ...ctx, lastBasis: null },
              first.period,
              !(first.series ?? "").includes("-car-avg"),
            ),
          })),
        );
      }
      pendingSeries = null;
      pendingAverage = false;
      pending = [];
      handBack(prices, facts);
      facts.push(...prices);
      told = prices.flatMap((p) => p.changes);
      previousPrices = prices;
    } else if (!rule) {
      // Changes told in the sentence after a price (no level of their own) belong to that price;
      // told before any price, to the next one.
      const last = previousPrices[previousPrices.length - 1];
      told = bareChanges(s, ctx, last?.period ?? own[0]?.period ?? ctx.period?.period ?? null);
      // "Подержанные автомобили за месяц подешевели на 0,8%" after a new-car price: a change whose
      // sentence names another kind of car waits for that kind's level in the next sentence.
      const sub = subjectOf(mentionsOf(s, { last: ctx.brands.last }));
      const other = sub && last?.series && seriesKey(sub) !== last.series ? seriesKey(sub) : null;
      const kinds = last && told.length > 0 ? byKind(s, told, facts, last.period, ctx.brands) : null;
      if (kinds) for (const { target, change } of kinds) target.changes.push(change);
      else if (told.length > 0) {
        if (last && !other)
          // "Chery raised the Tiggo 7 Pro Max by 60,000 rubles last month": a model's (or a month's)
          // change told with no basis is against the period before, as in the level's own sentence.
          last.changes.push(
            ...told.map((c) =>
              (last.series ?? "").includes("-car-avg")
                ? c
                : {
                    ...c,
                    ...defaultBasis(
                      { basis: c.basis, vs: c.vs ?? null },
                      { ...ctx, lastBasis: null },
                      null,
                      true,
                    ),
                  },
            ),
          );
        else if (other) {
          // "Подержанный … 1,23 млн. С начала года средняя цена новой машины выросла на 9%": a kind
          // of car already given a level of the same period takes the change it had not been told.
          const given = [...facts]
            .reverse()
            .find(
              (f): f is PriceCandidate =>
                f.kind === "price" && f.series === other && f.period?.start === last?.period?.start,
            );
          const fresh = told.filter(
            (c) =>
              given && !given.changes.some((d) => (d.basis === c.basis && d.vs === c.vs) || d.pct === c.pct),
          );
          if (given && fresh.length === told.length) given.changes.push(...fresh);
          else {
            pending = [...told];
            pendingSeries = other;
          }
        } else if (facts.every((f) => f.kind !== "price")) {
          pending.push(...told);
          pendingAverage =
            CAR_PRICE_REF.test(s) && !mentionsOf(s, { last: null }).some((m) => m.model || m.brand);
          // Its month is the one the article reports on, for a level told after with none.
          if (pendingAverage && !ctx.articlePeriod && own[0]?.period) ctx.articlePeriod = own[0];
        } else if (
          (/цен|стоим|price|cost/iu.test(s) && told.every((c) => c.vs)) ||
          (CAR_PRICE_REF.test(s) && !mentionsOf(s, { last: null }).some((m) => m.model || m.brand))
        ) {
          // "Тем не менее, по сравнению с январем средневзвешенная цена выросла на 14%" paragraphs
          // after the level, "По сравнению с сентябрем показатель вырос на 1,5%" a sentence on: a
          // change told of the car price the article is about is its lead figure's of that kind.
          const want = sub ? seriesKey(sub) : null;
          const lead = facts.find(
            (f): f is PriceCandidate =>
              f.kind === "price" && f.series !== null && (!want || f.series === want),
          );
          // Its basis is told against the lead's own period ("по сравнению с сентябрем": the month before).
          const again = lead?.period ? bareChanges(s, ctx, lead.period) : told;
          const fresh = (again.length === told.length ? again : told).filter(
            (c) =>
              lead &&
              !lead.changes.some(
                (d) =>
                  (d.vs && d.vs === c.vs) ||
                  (d.basis && d.basis === c.basis) ||
                  Math.abs((d.pct ?? 0) - (c.pct ?? 0)) < 0.05,
              ),
          );
          if (lead && (!sub || seriesKey(sub) === lead.series)) lead.changes.push(...fresh);
        }
      } else {
        // "…3,52 млн рублей. Агентство связывает это с ослаблением рубля. Рост за месяц составил 1,8%": one
        // sentence with no figure and no time between a level and its change leaves the level to it.
        if (!quiet || quietRun > 1) previousPrices = [];
        // "Lada raises all its prices by 9%. The rouble lost … . Its cheapest model now costs …":
        // a change told ahead waits for the next sentence only; a market average's waits past
        // sentences with no figure ("Агентство учитывает рекомендованные цены …").
        // "Аналитики изучили продажи 165 тыс. машин": a count between them is no figure of a price.
        const figures = findQuantities(s).filter((q) => q.percent || q.currency === "rub" || isLevel(s, q));
        if (!pendingAverage || figures.length > 0) {
          pending = [];
          pendingAverage = false;
        }
      }
    }
    const based = told.find((c) => c.basis || c.vs);
    ctx.lastBasis = based ? { basis: based.basis, vs: based.vs ?? null } : null;
    ctx.previousHadPrice = prices.length > 0;
    ctx.previousOnlyMark =
      prices.length > 0 &&
      prices.every((p) => (p.hedge === "more_than" || p.hedge === "less_than") && p.value % 1_000_000 === 0);
    const shadowed = own.find((o) => o.undated && o.shadow?.granularity === "month");
    if (
      !ctx.reportShadow &&
      shadowed?.shadow &&
      prices.some((x) => !x.period && x.undated && x.series?.includes("-car-avg"))
    )
      ctx.reportShadow = shadowed.shadow;
    if (prices.length > 0) {
      const p = prices[prices.length - 1];
      const ref =
        own.find((o) => o.period && p && o.period.start === p.period?.start) ?? own[0] ?? ctx.period;
      ctx.lastPeriod = ref ?? ctx.lastPeriod;
      const dated = prices.find((x) => x.period && x.series?.includes("-car-avg"));
      if (!ctx.articlePeriod && dated?.period)
        ctx.articlePeriod = {
          period: dated.period,
          shadow: dated.period,
          undated: false,
          start: 0,
          end: 0,
          comparison: false,
        };
    }
    // "Год назад … 3,19 млн": a look back is not the period the next sentences go on about.
    const usedPeriod =
      BACK_THEN.test(s) || lookedBack.has(prices[prices.length - 1]?.period ?? {})
        ? undefined
        : prices[prices.length - 1]?.period;
    // "…3.32 million, up from 3.27 million in July": what goes on is the first figure's period.
    const lead = prices[0]?.period;
    const leadRef = lead && !BACK_THEN.test(s) ? own.find((o) => o.period?.start === lead.start) : undefined;
    ctx.period =
      leadRef ??
      (lead && own.length > 0 && !BACK_THEN.test(s) && !own.some((o) => o.period?.start === lead.start)
        ? ctx.period
        : null) ??
      own[0] ??
      (usedPeriod && usedPeriod.start !== ctx.period?.period?.start
        ? { period: usedPeriod, shadow: usedPeriod, undated: false, start: 0, end: 0, comparison: false }
        : null) ??
      (prices.length > 0 || told.length > 0 || (quiet && quietRun === 1) ? ctx.period : null);
    // "В первом полугодии 2024-го показатель был на уровне 3,2 млн. … Вторичный рынок … за полугодие
    // снизился … до 1,14 млн": a look back at an earlier period of the report's kind is not what the
    // report goes on about.
    const reported = ctx.articlePeriod?.period;
    if (
      reported &&
      ctx.period?.period &&
      ctx.period.period.granularity === reported.granularity &&
      ctx.period.period.start < reported.start
    )
      ctx.period = ctx.articlePeriod;
    // A brand named in a sentence with no figure ("Geely raised its prices …") is the one later
    // model names without it belong to.
    const subject = subjectOf(mentionsOf(s, ctx.brands));
    if (subject) ctx.subject = subject;
    ctx.segment = SEGMENT.test(s) || (ctx.segment === true && SUCH_CARS.test(s));
    ctx.previousNamed = named[named.length - 1] ?? null;
    ctx.previousModels = [
      ...new Set(mentionsOf(s, { last: ctx.brands.last }).flatMap((m) => (m.model ? [m.model] : []))),
    ];
    // "Between January and October … came to 3.3m RUR. The price of foreign cars rose … to 3.7m RUR":
    // the figures that go on with no period of their own are of the same run of months.
    ctx.ofSpan =
      own.length === 0 && (monthSpan().test(s) || ctx.ofSpan === true) && findQuantities(s).length > 0;
  }
  // A change told against the level's own period ("в январе … 2,1 млн, так что с начала года ценник
  // вырос на 14%") is the change of the article's lead figure of that series, not of this level.
  // "впервые стоила больше миллиона. Ценник поднялся до 1 005 000 рублей": a round mark crossed,
  // then the level itself told for the same series and period: the mark is no figure of its own.
  // "упала ниже двух миллионов рублей. … она составила 1,99 миллиона": the same, a mark crossed downwards.
  const restated = (p: PriceCandidate) =>
    (p.hedge === "more_than" || p.hedge === "less_than") &&
    p.value % 1_000_000 === 0 &&
    facts.some(
      (q) =>
        q.kind === "price" &&
        q !== p &&
        !q.hedge &&
        q.series === p.series &&
        (!p.period || (q.period?.start ?? null) === p.period.start) &&
        (p.hedge === "more_than"
          ? q.value > p.value && q.value < p.value * 1.1
          : q.value < p.value && q.value > p.value * 0.9),
    );
  // A lead or subtitle repeating the body's figure ("…будет начинаться от 229 тыс. рублей" twice):
  // the same figure of the same series and period is one fact, with the changes either told.
  const seen = new Map<string, PriceCandidate>();
  for (const f of [...facts]) {
    if (f.kind !== "price") continue;
    const key = `${f.series}|${f.period?.start ?? ""}|${f.period?.granularity ?? ""}|${f.value}|${f.hedge ?? ""}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, f);
      continue;
    }
    const extra = f.changes.filter(
      (c) =>
        !first.changes.some(
          (d) => d.pct === c.pct && d.abs === c.abs && d.basis === c.basis && d.vs === c.vs,
        ),
    );
    if (extra.length > 0 && first.changes.length > 0) continue;
    first.changes.push(...extra);
    facts.splice(facts.indexOf(f), 1);
  }
  // "…на 3,5% выше, чем в октябре прошлого года. В годовом исчислении рост составил 3,5%": a change
  // told again is one change.
  for (const f of facts)
    if (f.kind === "price")
      f.changes = f.changes.filter(
        (c, k) =>
          f.changes.findIndex(
            (d) =>
              d.pct === c.pct && d.abs === c.abs && d.basis === c.basis && (d.vs ?? null) === (c.vs ?? null),
          ) === k,
      );
  const marks = new Set(facts.filter((f): f is PriceCandidate => f.kind === "price" && restated(f)));
  if (marks.size > 0) facts.splice(0, facts.length, ...facts.filter((f) => !marks.has(f as PriceCandidate)));
  const pricesSoFar = facts.filter((f): f is PriceCandidate => f.kind === "price");
  for (const p of pricesSoFar) {
    const own =
      p.period?.granularity === "month" || p.period?.granularity === "mid_year"
        ? p.period.start.slice(0, 7)
        : p.period?.start.slice(0, 4);
    // "По сравнению с августом, когда показатель находился на отметке 3,57 млн, она выросла на 1,4%, а
    // в годовом выражении — на 6%": every change told with a level looked back on is the later level's.
    const back = p.period !== null && lookedBack.has(p.period);
    const wrong = p.changes.filter((c) => back || (c.vs && c.vs === own));
    if (wrong.length === 0) continue;
    const lead = pricesSoFar.find(
      (q) => q !== p && q.series === p.series && q.period && p.period && q.period.start > p.period.start,
    );
    if (back && !lead) continue;
    p.changes = p.changes.filter((c) => !wrong.includes(c));
    if (lead) lead.changes.push(...wrong.map((c) => againstPeriodBefore(c, lead.period)));
  }
  // "…3,43 млн рублей. Годом ранее показатель составлял 3,31 млн рублей, то есть рост — 3,6%": the
  // change told with a level looked back on is of the level it is looked back from.
  for (const p of pricesSoFar) {
    if (!p.period || !backTold.has(p.period)) continue;
    const later = pricesSoFar.find(
      (q) => q !== p && q.series === p.series && q.period && p.period && q.period.start > p.period.start,
    );
    if (!later?.period) continue;
    const gap = monthsBetween(later.period.start, p.period.start);
    const basis = gap === 12 ? "year_ago" : gap === 1 ? "previous_period" : null;
    const moved = p.changes.filter((c) => c.basis === basis && !later.changes.some((d) => d.basis === basis));
    if (moved.length === 0 || !basis) continue;
    p.changes = p.changes.filter((c) => !moved.includes(c));
    later.changes.push(...moved);
  }
  // "In both segments the growth is 49%: 1.99 million in the middle of 2021 and 2.96 million at the end
  // of 2023": a change told ahead of two levels of one series is the later one's, from the earlier.
  for (const p of pricesSoFar) {
    const loose = p.changes.filter((c) => !c.basis && !c.vs);
    const pctAt = p.sentence.search(/\d\s?%/u);
    if (loose.length === 0 || !p.period || pctAt < 0 || pctAt > p.sentence.indexOf(p.span ?? "")) continue;
    const later = pricesSoFar.find(
      (q) =>
        q !== p &&
        q.sentence === p.sentence &&
        q.series === p.series &&
        q.changes.length === 0 &&
        q.period &&
        p.period &&
        q.period.start > p.period.start,
    );
    if (!later) continue;
    p.changes = p.changes.filter((c) => !loose.includes(c));
    const from =
      p.period.granularity === "month" || p.period.granularity === "mid_year"
        ? p.period.start.slice(0, 7)
        : p.period.start.slice(0, 4);
    later.changes.push(...loose.map((c) => ({ ...c, vs: from })));
  }
  // "Подорожание составило 49%: 2,96 млн на конец 2023 года … в середине 2021 года — 1,99 млн": a
  // change told with no basis is against the one earlier level of its series the article gives.
  for (const p of pricesSoFar) {
    const loose = p.changes.filter((c) => !c.basis && !c.vs);
    if (loose.length === 0 || !p.period) continue;
    const earlier = pricesSoFar.filter(
      (q) => q !== p && q.series === p.series && q.period && p.period && q.period.start < p.period.start,
    );
    const q = earlier.length === 1 ? earlier[0] : undefined;
    if (!q?.period) continue;
    const vs =
      q.period.granularity === "month" || q.period.granularity === "mid_year"
        ? q.period.start.slice(0, 7)
        : q.period.start.slice(0, 4);
    for (const c of loose) c.vs = vs;
  }
  // "The average price of new cars sold in 2022 surged by 17%": a year's or a half-year's change
  // told with no basis and no earlier level of its own is against the same period a year before.
  for (const p of pricesSoFar)
    if (p.period?.granularity === "year" || p.period?.granularity === "half_year")
      for (const c of p.changes) if (!c.basis && !c.vs) c.basis = "year_ago";
  // "Средняя цена нового автомобиля за месяц выросла на 1,7%" over a body that gives the level
  // alone: the headline's change is that level's.
  if (hasTitle) {
    // "Used cars 2% cheaper than in May, while new ones hold at record levels": the kind of car the
    // change's own clause names.
    const pct = findQuantities(title).find((q) => q.percent);
    const sub =
      (pct ? subjectOf(mentionsOf(clauseAt(title, pct.start, pct.end))) : null) ??
      subjectOf(mentionsOf(title));
    // "Chery raises Tiggo 4 price by 2%": a model the headline names by its own name, the brand
    // apart, is the body's model of that name.
    const titleSlug = `-${slug(title)}-`;
    const byName = sub?.model
      ? undefined
      : pricesSoFar.find((p) => {
          const own = (p.series ?? "").split("-").slice(1).join("-");
          return !(p.series ?? "").includes("-car-avg") && own.length > 2 && titleSlug.includes(`-${own}-`);
        });
    const headSeries =
      byName?.series ?? (sub ? seriesKey(sub) : CAR_PRICE_HEADLINE.test(title) ? "new-car-avg" : null);
    const target = pricesSoFar.find((p) => p.series === headSeries);
    const fresh: SentenceContext = {
      ...ctx,
      lastBasis: null,
      lastPeriod: null,
      period: null,
      brands: { last: null },
    };
    // A body that gives the level with a change on another basis ("+28% к сентябрю прошлого года")
    // leaves the headline's month-on-month change to be that level's second change.
    const noLevel = findQuantities(title).every((q) => !isLevel(title, q));
    // "Новые автомобили подорожали на 1,2% за месяц, подержанные — на 0,8%": a headline listing the
    // changes of several kinds gives each to its kind's level of the body's first dated average.
    const firstAverage = pricesSoFar.find((p) => (p.series ?? "").includes("-car-avg") && p.period);
    const kinds =
      noLevel && firstAverage
        ? byKind(title, bareChanges(title, fresh, firstAverage.period), pricesSoFar, firstAverage.period, {
            last: null,
          })
        : null;
    if (kinds)
      for (const { target: t, change } of kinds) {
        const { basis, vs } = defaultBasis(
          { basis: change.basis, vs: change.vs ?? null },
          fresh,
          t.period,
          false,
        );
        if (t.changes.every((d) => d.basis !== basis || (d.vs ?? null) !== vs))
          t.changes.push({ ...change, basis, vs });
      }
    else if (target && noLevel) {
      const told = bareChanges(title, fresh, target.period);
      // "Средняя цена выросла на 1,2% за месяц и на 3,5% за год": two changes, each with its own basis.
      const distinct =
        told.length > 1 &&
        told.every((c) => c.basis || c.vs) &&
        new Set(told.map((c) => `${c.basis}|${c.vs}`)).size === told.length;
      if ((told.length === 1 && told[0]) || distinct) {
        const before = target.changes.length;
        for (const c of told) {
          const { basis, vs } = defaultBasis(
            { basis: c.basis, vs: c.vs ?? null },
            fresh,
            target.period,
            Boolean(sub?.model),
          );
          const other = target.changes.every(
            (t) =>
              (t.basis !== basis || (t.vs ?? null) !== vs) && Math.abs((t.pct ?? 0) - (c.pct ?? 0)) > 0.05,
          );
          if (before === 0 || (other && (basis || vs))) target.changes.push({ ...c, basis, vs });
        }
      }
    }
  }
  // "Kaiyi … . the ministry gave the E5 2,150 points": a code after its brand, sentences apart.
  const scoreBrands: BrandContext = { last: null };
  const localization = readLocalization(
    all,
    articleDate,
    (s) => mentionsOf(s, scoreBrands).flatMap((m) => (m.model ? [{ start: m.start, model: m.model }] : [])),
    headlineModel(title),
    title,
  );
  facts.push(...localization);
  const fees = readFees(title, all, articleDate, subjectCountry);
  facts.push(...fees.rates);
  const licensed = facts.some((f) => f.kind === "licence_rule");
  const decisions = readPolicyEvents(title, all, articleDate, fees);
  // Rates that change tell a fee decision even when no sentence names who decided it.
  // Not when the rates are a forecast ("Эксперты ожидают, что утильсбор повысят …").
  // Not when the sentence was read as another decision (a change of the fee's payment procedure).
  const feePolicy = fees.policy;
  // A headline over a change of the payment procedure, with no rates read, retells that change.
  const procedure = fees.rates.length === 0 && decisions.some((p) => PROCEDURE.test(p.sentence));
  if (
    feePolicy &&
    !procedure &&
    !decisions.some((p) => p.kind === "fee_policy" || p.sentence === feePolicy.sentence) &&
    !OPINION.test(feePolicy.sentence)
  )
    decisions.push(feePolicy);
  // A rule kept that the decision reader read with its status and date replaces the bare one.
  if (decisions.some((p) => p.kind === "policy" && p.action === "keeps")) {
    const kept = new Set(
      decisions.flatMap((p) => (p.kind === "policy" && p.action === "keeps" ? [p.jurisdiction] : [])),
    );
    for (let i = facts.length - 1; i >= 0; i--) {
      const f = facts[i];
      if (f?.kind === "policy" && f.action === "keeps" && kept.has(f.jurisdiction)) facts.splice(i, 1);
    }
  }
  const thresholds = facts.filter((f) => f.kind === "threshold");
  for (const p of decisions) {
    // "licence costs now count toward localization" is that rule change already.
    if (licensed && p.kind === "policy" && p.action === "changes" && p.status === "adopted") continue;
    if (p.kind === "policy" && p.action === "changes" && toldByThresholds(p.sentence, thresholds, all)) {
      lendStatus(p.status, thresholds, articleDate);
      continue;
    }
    facts.push(p);
  }
  return {
    title,
    articleDate,
    dateFrom,
    language,
    summary: summarise(all, facts),
    facts: facts.map(withProvenance),
  };
}

/**
 * A localization decision told by its thresholds ("from 2026 cars for taxis need 3,000 points; the
 * decree was signed"): the thresholds carry its status and start, so it is no policy card of its
 * own (test/fixtures/extract-eval/README.md). It is when a threshold is told in the decision's
 * sentence or the next, or a threshold of the article is itself a draft, adopted or postponed, or
 * the article tells a threshold and the decision speaks of no way of counting points (how points
 * are counted is a rule change no threshold tells).
 */
function toldByThresholds(sentence: string, thresholds: Candidate[], all: string[]): boolean {
  const at = all.indexOf(sentence);
  const near = new Set([sentence, ...(at >= 0 ? [all[at + 1] ?? ""] : [])]);
  const bars = thresholds.filter((t) => t.kind === "threshold");
  if (bars.length > 0 && !COUNTING.test(sentence)) return true;
  return bars.some(
    (t) => near.has(t.sentence) || t.status === "draft" || t.status === "adopted" || t.status === "postponed",
  );
}

/**
 * The thresholds that tell a decision carry its status: when none has a status of its own ("с 1
 * марта машина для такси должна набрать 3 000 баллов" under "Правительство изменило правила"), they
 * are what the decision decided, except a bar of the years before the article. (When some has one,
 * the others were told as what stands or as where a change starts from.)
 */
function lendStatus(status: string | null, thresholds: Candidate[], articleDate: string | null): void {
  if (status !== "draft" && status !== "adopted" && status !== "postponed") return;
  if (thresholds.some((t) => t.kind === "threshold" && t.status !== null)) return;
  const year = articleDate?.slice(0, 4) ?? "";
  for (const t of thresholds)
    if (t.kind === "threshold" && t.status === null && (!t.from || t.from.slice(0, 4) >= year))
      t.status = status;
}

/**
 * "требования к подсчёту баллов", "порядок подтверждения производства", "licences will count toward
 * localization": how points are counted or checked.
 */
const COUNTING =
  /подсч[её]т\p{L}*|засчитыва\p{L}*|учитыва\p{L}*|начисл\p{L}*|подтвержд\p{L}*|провер\p{L}*|(?<![\p{L}])(?:counted|calculated|awarded|count(?:s|ed)? (?:toward|towards|in)|taken into account|how points|checked|verif\p{L}*|confirm\p{L}*|inspect\p{L}*)(?![\p{L}])/iu;

/** Where a headline's first clause ends: its cause ("amid", "на фоне") or a second clause ("as", "while"). */
const HEADLINE_CUT =
  /\s(?:as|while|after|amid|ahead of|due to|because of|despite|на фоне|из-за|в преддверии|в ожидании|после|несмотря на)\s/iu;

/** "Автомобили подорожали на 1,2%", "Cars got 1.2% more expensive": a headline on what cars cost. */
const CAR_PRICE_HEADLINE =
  /цен|price|cost|стоим|подорожа\p{L}*|подешеве\p{L}*|(?<![\p{L}])(?:дорожа|дешевею|дешевеет)\p{L}*|more expensive|cheaper|pricier/iu;

/** The one model a headline names ("Haval Jolion became more Russian"), or null. */
function headlineModel(title: string): string | null {
  const models = [...new Set(mentionsOf(title).flatMap((m) => (m.model ? [m.model] : [])))];
  return models.length === 1 ? (models[0] ?? null) : null;
}

export function ingestVocabulary(series: { key: string; aliases: string[] }[]): IngestVocabulary {
  return { series: phrases(series.map((s) => ({ value: s.key, aliases: [s.key, ...s.aliases] }))) };
}
