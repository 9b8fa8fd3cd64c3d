// Reading an industry news article without any network or language model: the title, a short
// extractive summary, and candidate facts (prices with their changes and periods, localization
// rules, policy statements), each with the sentence it came from. English and Russian, numbers in
// both notations (`1.63 million rubles`, `1,97 млн руб.`, `300,3 тыс. рублей`).
import { type Period, parsePeriod } from "../period.ts";
import { findPhrases, type Phrase, phrases, tokenize } from "../questions/words.ts";

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
}

export type Candidate =
  | {
      kind: "price";
      /** The series it is about, when a known alias names it. */
      series: string | null;
      subject: string;
      period: Period | null;
      value: number;
      approximate: boolean;
      changes: Change[];
      agency: string | null;
      sentence: string;
    }
  | { kind: "rule"; code: "rd_spending"; perPercent: number; points: number; sentence: string }
  | { kind: "licence_rule"; sentence: string }
  | {
      kind: "policy";
      who: string;
      jurisdiction: string | null;
      action: "restricts" | "keeps" | "counts" | "changes";
      year: number | null;
      sentence: string;
    };

export interface ArticleReading {
  title: string;
  language: "en" | "ru";
  summary: string[];
  facts: Candidate[];
}

export interface IngestVocabulary {
  series: Phrase<string>[];
}

const BOILERPLATE =
  /^(no time to read\??|get a summary|previous article|next article|читайте также|поделиться)$/i;

/** Drops site furniture ("No time to read? Get a summary", "Previous Article" and what follows). */
function cleanLines(text: string): string[] {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const end = lines.findIndex((l) => /^(previous article|next article)$/i.test(l));
  return (end >= 0 ? lines.slice(0, end) : lines).filter((l) => l && !BOILERPLATE.test(l));
}

export function sentences(text: string): string[] {
  return text
    .replace(/\s+/g, " ")
    .split(/(?<=[.!?])\s+(?=[A-ZА-ЯЁ"«“])/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
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
  /year[- ](over|on)[- ]year|over the year|looking back over the year|a year earlier|за год|в годовом|год к году|к \p{L}+ \d{4} года/iu;

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
  let action: "restricts" | "keeps" | "counts" | "changes" | null = null;
  if (/restrict|\bban(s|ned)?\b|bar(s|red)?\b|prohibit|запрет|ограничи/iu.test(sentence))
    action = "restricts";
  else if (/maintain|keep|retain|сохрани|оставит/iu.test(sentence)) action = "keeps";
  else if (/will be weighed|count(s|ed)? (toward|within)|засчитыва|учитыва/iu.test(sentence))
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
  if (!m) return null;
  const perPercent = num(m[1] ?? "1");
  const points = num((m[2] ?? "0").trim());
  return { kind: "rule", code: "rd_spending", perPercent, points: points / perPercent, sentence };
}

function licenceOf(sentence: string): Candidate | null {
  const licence = /licen[cs]e|лицензи/iu.test(sentence);
  const localization = /locali[sz]ation|локализац/iu.test(sentence);
  const counted = /weighed|count|taken into account|included|засчитыва|учитыва|включ/iu.test(sentence);
  return licence && localization && counted ? { kind: "licence_rule", sentence } : null;
}

function priceOf(sentence: string, vocab: IngestVocabulary, context: Period | null): Candidate | null {
  // "an increase of 22.7 percent, or 300.3 thousand rubles" tells a change, not a price level.
  const first = findAmounts(sentence).find((a) => a.value >= 100_000 && !a.isChange);
  if (!first) return null;
  const words = tokenize(sentence);
  const series = findPhrases(words, vocab.series, new Set())[0]?.value ?? null;
  const model = /moskvich\s*\d|москвич\s*\d|lada \p{L}+|лада \p{L}+/iu.exec(sentence)?.[0];
  const subject =
    model ??
    (/used|подержан|с пробегом/iu.test(sentence)
      ? "used passenger car"
      : /new|нов/iu.test(sentence)
        ? "new passenger car"
        : "car");
  const agency = AGENCIES.find((a) => sentence.includes(a)) ?? null;
  return {
    kind: "price",
    series,
    subject,
    period: findPeriod(sentence) ?? context,
    value: first.value,
    approximate: /approximately|about|roughly|around|nearly|около|примерно|порядка/iu.test(sentence),
    changes: findChanges(sentence),
    agency,
    sentence,
  };
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

export function readArticle(text: string, vocab: IngestVocabulary): ArticleReading {
  const lines = cleanLines(text);
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
  let context: Period | null = null;
  for (const s of all) {
    // A period carries over to the next sentence only ("In December … . The average was …").
    const previous = context;
    const period = findPeriod(s);
    context = period;
    const rule = ruleOf(s);
    if (rule) facts.push(rule);
    const licence = licenceOf(s);
    if (licence) facts.push(licence);
    const policy = policyOf(s);
    if (policy) facts.push(policy);
    if (!rule) {
      const price = priceOf(s, vocab, period ?? previous);
      if (price) facts.push(price);
    }
  }
  // Changes told in the sentences after a price (no level of their own) belong to that price.
  mergeChanges(all, facts);
  return { title, language, summary: summarise(all, facts), facts };
}

function mergeChanges(all: string[], facts: Candidate[]): void {
  let last: Extract<Candidate, { kind: "price" }> | null = null;
  for (const s of all) {
    const own = facts.find(
      (f): f is Extract<Candidate, { kind: "price" }> => f.kind === "price" && f.sentence === s,
    );
    if (own) {
      last = own;
      continue;
    }
    if (!last) continue;
    const changes = findChanges(s);
    if (changes.length > 0 && findAmounts(s).every((a) => a.isChange)) last.changes.push(...changes);
  }
}

export function ingestVocabulary(series: { key: string; aliases: string[] }[]): IngestVocabulary {
  return { series: phrases(series.map((s) => ({ value: s.key, aliases: [s.key, ...s.aliases] }))) };
}
