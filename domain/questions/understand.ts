// Questions in plain words, Russian or English: the intent and its entities, read
// deterministically from cue words and the knowledge base's own aliases (series, topics,
// countries, purposes, operations). When two readings score alike, both are returned so the
// bot can offer them as buttons; the answers themselves come from the same domain functions as
// the commands, so nothing here can invent a number.
import { cached } from "../../db/cache.ts";
import type { Db } from "../../db/client.ts";
import { listSeries } from "../../db/queries/prices.ts";
import { PURPOSE_ALIASES, type Purpose, parseShare } from "../localization.ts";
import { type Period, parsePeriod } from "../period.ts";
import { vocabulary } from "../policy.ts";
import { loadWhatifChoices } from "../whatif/answer.ts";
import type { RuleItem } from "../whatif/rules.ts";
import { findPhrases, type Phrase, phrases, tokenize, wordsMatch } from "./words.ts";

export type Intent =
  | "price"
  | "price_change"
  | "price_history"
  | "chart"
  | "localization"
  | "whatif"
  | "policy"
  | "help";

export interface Entities {
  series?: string;
  /** null: the latest value. */
  period?: Period | null;
  year?: number;
  purpose?: Purpose;
  rdShare?: number;
  licenceShare?: number;
  operations?: string[];
  topic?: string;
  jurisdiction?: string;
  /** ISO dates a policy timeline covers. */
  since?: string;
  until?: string;
}

export interface Reading {
  intent: Intent;
  entities: Entities;
  score: number;
}

export interface Understanding {
  /** Best first; more than one means the question can be read several ways. */
  readings: Reading[];
}

export interface Vocabulary {
  series: Phrase<string>[];
  firstSeries: string | null;
  topics: Phrase<string>[];
  jurisdictions: Phrase<string>[];
  purposes: Phrase<Purpose>[];
  operations: Phrase<string>[];
  items: RuleItem[];
}

/** The words the knowledge base knows, kept with the knowledge cache (new aliases show up within it). */
export function loadVocabulary(db: Db): Promise<Vocabulary> {
  return cached(db, "vocabulary", async () => {
    const [series, policy, choices] = await Promise.all([
      listSeries(db),
      vocabulary(db),
      loadWhatifChoices(db),
    ]);
    return {
      series: phrases(series.map((s) => ({ value: s.key, aliases: [s.key, ...s.aliases] }))),
      firstSeries: series[0]?.key ?? null,
      topics: phrases(policy.topics.map((t) => ({ value: t.key, aliases: t.aliases }))),
      jurisdictions: phrases(policy.jurisdictions.map((j) => ({ value: j.key, aliases: j.aliases }))),
      purposes: phrases(PURPOSE_ALIASES),
      operations: phrases(
        choices.items.filter((i) => i.kind === "fixed").map((i) => ({ value: i.code, aliases: i.aliases })),
      ),
      items: choices.items,
    };
  });
}

/** Cue words per intent (stems and typos are matched by `wordsMatch`). */
const CUES: Record<Intent, string[]> = {
  chart: ["chart", "graph", "plot", "график", "графике", "диаграмма", "нарисуй", "draw"],
  price_history: ["history", "historical", "trend", "история", "историю", "динамика", "динамику"],
  price_change: [
    "change",
    "changed",
    "moved",
    "rise",
    "rose",
    "grew",
    "growth",
    "increase",
    "fell",
    "drop",
    "изменилась",
    "изменение",
    "вырос",
    "выросла",
    "выросли",
    "подорожал",
    "подорожали",
    "подешевел",
    "рост",
  ],
  price: [
    "price",
    "prices",
    "cost",
    "costs",
    "expensive",
    "average",
    "how much",
    "worth",
    "цена",
    "цены",
    "стоит",
    "стоимость",
    "сколько",
    "средняя",
    "почем",
    "почём",
    "ценник",
  ],
  localization: [
    "points",
    "point",
    "score",
    "threshold",
    "treshold",
    "r&d",
    "rd",
    "балл",
    "баллов",
    "баллы",
    "порог",
    "ниокр",
    "нир",
  ],
  whatif: [
    "what if",
    "if we",
    "enough",
    "do we pass",
    "would we",
    "что если",
    "если мы",
    "хватит",
    "пройдем",
    "наберем",
  ],
  policy: [
    "policy",
    "policies",
    "changed",
    "changes",
    "rules",
    "law",
    "ban",
    "banned",
    "restrict",
    "restricted",
    "did",
    "decree",
    "regulation",
    "timeline",
    "news",
    "изменилось",
    "изменения",
    "поменялось",
    "закон",
    "запрет",
    "запретила",
    "ограничила",
    "сделала",
    "постановление",
    "регулирование",
    "правила",
    "новости",
  ],
  help: [
    "help",
    "hello",
    "hi",
    "start",
    "what can you",
    "помощь",
    "привет",
    "умеешь",
    "команды",
    "здравствуйте",
  ],
};

const CUE_PHRASES = Object.fromEntries(
  Object.entries(CUES).map(([intent, words]) => [intent, phrases([{ value: intent, aliases: words }])]),
) as Record<Intent, Phrase<string>[]>;

const RD_WORDS = ["r&d", "rd", "research", "ниокр", "нир"];
const LICENCE_WORDS = ["licence", "licences", "license", "licenses", "лицензии", "лицензий", "лицензия"];
const LATEST = [
  "now",
  "current",
  "currently",
  "latest",
  "today",
  "сейчас",
  "текущая",
  "сегодня",
  "последняя",
  "актуальная",
];
const LAST_MONTH = [
  ["last", "month"],
  ["прошлом", "месяце"],
  ["прошлый", "месяц"],
];
const LAST_YEAR = [
  ["last", "year"],
  ["прошлом", "году"],
  ["прошлый", "год"],
];
const THIS_YEAR = [
  ["this", "year"],
  ["этом", "году"],
  ["текущем", "году"],
];

function hasCue(words: string[], intent: Intent): number {
  return findPhrases(words, CUE_PHRASES[intent], new Set()).length;
}

function hasSequence(words: string[], seqs: string[][]): boolean {
  return seqs.some((seq) => words.some((_, i) => seq.every((w, k) => wordsMatch(words[i + k] ?? "", w))));
}

/** A share typed as `2%`, `2,5 %`, or a number right after an R&D or licence word. */
function shareAfter(words: string[], cue: string[]): number | undefined {
  for (let i = 0; i < words.length; i++) {
    if (!cue.some((c) => wordsMatch(words[i] ?? "", c))) continue;
    for (const k of [i + 1, i + 2, i - 1]) {
      const w = words[k]?.replace(/^=/, "");
      if (!w || /^\d{4}$/.test(w)) continue;
      const share = parseShare(w);
      if (share !== null) return share;
    }
  }
  return undefined;
}

function periodOf(words: string[], today: Date): Period | null | undefined {
  const y = today.getUTCFullYear();
  const m = today.getUTCMonth() + 1;
  if (hasSequence(words, LAST_MONTH)) {
    const month = m === 1 ? 12 : m - 1;
    const year = m === 1 ? y - 1 : y;
    return { start: `${year}-${String(month).padStart(2, "0")}-01`, granularity: "month" };
  }
  if (hasSequence(words, LAST_YEAR)) return { start: `${y - 1}-01-01`, granularity: "year" };
  if (hasSequence(words, THIS_YEAR)) return { start: `${y}-01-01`, granularity: "year" };
  // The longest run of words that reads as a period: "первое полугодие 2024", "december 2023".
  for (let len = 4; len >= 1; len--) {
    for (let i = 0; i + len <= words.length; i++) {
      const span = words.slice(i, i + len);
      if (!span.some((w) => /\d{4}/.test(w) || /^\d{4}-\d{2}$/.test(w))) continue;
      const period = parsePeriod(span.join(" "));
      if (period) return period;
    }
  }
  if (words.some((w) => LATEST.some((l) => wordsMatch(w, l)))) return null;
  return undefined;
}

function yearOf(words: string[], today: Date, period: Period | null | undefined): number | undefined {
  const found = words.map((w) => /^(20\d{2}|2100)$/.exec(w)?.[1]).find(Boolean);
  if (found) return Number(found);
  if (period) return Number(period.start.slice(0, 4));
  if (hasSequence(words, THIS_YEAR)) return today.getUTCFullYear();
  return undefined;
}

export async function understand(db: Db, text: string, today: Date): Promise<Understanding> {
  const vocab = await loadVocabulary(db);
  return understandWith(vocab, text, today);
}

/** The pure part, for tests and the inline mode's cache. */
export function understandWith(vocab: Vocabulary, text: string, today: Date): Understanding {
  const words = tokenize(text);
  const used = new Set<number>();
  const series = findPhrases(words, vocab.series, used)[0]?.value;
  const topic = findPhrases(words, vocab.topics, new Set(used))[0]?.value;
  const jurisdiction = findPhrases(words, vocab.jurisdictions, new Set(used))[0]?.value;
  const purpose = findPhrases(words, vocab.purposes, new Set(used))[0]?.value;
  const operations = [...new Set(findPhrases(words, vocab.operations, new Set(used)).map((f) => f.value))];
  const rdShare =
    shareAfter(words, RD_WORDS) ??
    (() => {
      const pct = words.find((w) => /^\d{1,3}(\.\d+)?%$/.test(w));
      return pct && hasCue(words, "localization") ? (parseShare(pct) ?? undefined) : undefined;
    })();
  const licenceShare = shareAfter(words, LICENCE_WORDS);
  const period = periodOf(words, today);
  const year = yearOf(words, today, period);

  const cue = (i: Intent) => (hasCue(words, i) > 0 ? 1 : 0);
  const readings: Reading[] = [];
  const add = (intent: Intent, score: number, entities: Entities) => {
    if (score > 0) readings.push({ intent, score, entities });
  };

  const priceEntities: Entities = {
    series: series ?? vocab.firstSeries ?? undefined,
    period: period ?? null,
  };
  const aboutCars = words.some((w) =>
    ["машина", "авто", "автомобиль", "car", "cars", "тачка"].some((c) => wordsMatch(w, c)),
  );
  const seriesScore = series ? 4 : aboutCars ? 1 : 0;
  add("chart", cue("chart") * 9 + (cue("chart") ? seriesScore : 0), { series: priceEntities.series });
  add("price_history", cue("price_history") * 8 + (cue("price_history") ? seriesScore : 0), {
    series: priceEntities.series,
  });
  const changeCue = cue("price_change");
  add(
    "price_change",
    changeCue && (series || aboutCars || cue("price")) ? 5 + seriesScore + cue("price") * 2 : 0,
    priceEntities,
  );
  add("price", seriesScore + cue("price") * 3, priceEntities);

  // "Localization" alone names the topic; points, thresholds and R&D ask for the rules.
  const locScore =
    cue("localization") * 5 +
    (rdShare !== undefined ? 3 : 0) +
    (purpose ? 2 : 0) +
    (topic === "localization" ? 2 : 0);
  add("localization", locScore, {
    year: year ?? today.getUTCFullYear(),
    ...(purpose ? { purpose } : {}),
    ...(rdShare !== undefined ? { rdShare } : {}),
  });
  const whatifScore =
    cue("whatif") * 6 +
    (operations.length > 0 ? 4 : 0) +
    (operations.length > 0 && rdShare !== undefined ? 2 : 0);
  add("whatif", operations.length > 0 || cue("whatif") ? whatifScore : 0, {
    year: year ?? today.getUTCFullYear(),
    purpose: purpose ?? "procurement",
    operations,
    rdShare: rdShare ?? 0,
    licenceShare: licenceShare ?? 0,
  });
  const policyScore =
    cue("policy") * 4 +
    (topic ? 3 : 0) +
    (topic && cue("policy") ? 2 : 0) +
    (jurisdiction && jurisdiction !== "RU" ? 5 : jurisdiction ? 1 : 0);
  add("policy", policyScore >= 3 ? policyScore : 0, {
    ...(topic ? { topic } : {}),
    ...(jurisdiction ? { jurisdiction } : {}),
    ...(year ? { since: `${year}-01-01`, until: `${year}-12-31` } : {}),
  });
  add("help", cue("help") * 5, {});

  readings.sort((a, b) => b.score - a.score);
  const best = readings[0];
  if (!best || best.score < 2) return { readings: [] };
  // Keep only readings nearly as likely as the best; then the bot asks which one was meant.
  return { readings: readings.filter((r) => r.score >= best.score - 1).slice(0, 3) };
}
