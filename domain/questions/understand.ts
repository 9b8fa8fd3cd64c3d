// Questions in plain words, Russian or English: the intent and its entities, read
// deterministically from cue words and the knowledge base's own aliases (series, topics,
// countries, purposes, operations). When two readings score alike, both are returned so the
// bot can offer them as buttons; the answers themselves come from the same domain functions as
// the commands, so nothing here can invent a number.
import { cached } from "../../db/cache.ts";
import type { Db } from "../../db/client.ts";
import { listSeries } from "../../db/queries/prices.ts";
import { CAR_BRANDS, CAR_SEGMENTS } from "../catalogue/brands.ts";
import { asksFeeCategory, FEE_TOPIC, type FeeQuestion, feeQuestionOf } from "../fees.ts";
import { EN_MONTHS } from "../language/dates.ts";
import { loadPurposes, type Purpose, parseShare, purposeEntries } from "../localization.ts";
import type { Period } from "../period.ts";
import { vocabulary } from "../policy.ts";
import { loadWhatifChoices } from "../whatif/answer.ts";
import type { RuleItem } from "../whatif/rules.ts";
import { FILLER_WORDS } from "./lexicon.ts";
import { type QuestionPeriod, questionPeriod } from "./periods.ts";
import { findPhrases, type Phrase, phrases, stem, tokenize, wordsMatch } from "./words.ts";

export type Intent =
  | "price"
  | "price_change"
  | "price_history"
  | "chart"
  | "localization"
  | "whatif"
  | "policy"
  | "news"
  | "statements"
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
  /** Every series named, in the order typed: a comparison answers each. */
  seriesList?: string[];
  /** No series was named: the series are chosen by the data they hold for the period. */
  seriesImplied?: boolean;
  /** The question named a period no series is kept by (a quarter, a season) or one not understood. */
  periodUnread?: "quarter" | "season" | "other";
  /** "С начала года", "since March": the latest price, with its change since that month. */
  changeSince?: Period;
  /** Words naming something the knowledge base does not hold, as the user typed them. */
  unknown?: string;
  /** A localization question about one part of the rules rather than the whole card. */
  focus?: "ranking" | "item" | "maximum" | "timeline" | "model";
  /** A recycling-fee question's vehicle category ("новая машина до 2 литров"): answered by the rate held for it. */
  fee?: FeeQuestion;
  /** News: how far back "new" reaches (ISO date), with the window's name. */
  window?: { since: string; span: "day" | "week" | "month" | "year" };
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
  /** Every word the questions understand (cues, fillers, periods, names): the rest is unknown. */
  known: Phrase<string>[];
  /** The same words as typed, for telling a typo from another word spelled right. */
  knownSet: Set<string>;
  /** The stems of every word in `known`: most words are settled by a lookup, not a typo scan. */
  knownStems: Set<string>;
  /** Series that are one model's prices (not market averages). */
  modelSeries: Set<string>;
}

/** The words the knowledge base knows, kept with the knowledge cache (new aliases show up within it). */
export function loadVocabulary(db: Db): Promise<Vocabulary> {
  return cached(db, "vocabulary", async () => {
    const [series, policy, choices, purposeList] = await Promise.all([
      listSeries(db),
      vocabulary(db),
      loadWhatifChoices(db),
      loadPurposes(db),
    ]);
    const purposes = purposeEntries(purposeList);
    const knownWords = [
      ...FILLER_WORDS,
      ...Object.values(CUES).flat(),
      ...EXTRA_CUES,
      ...PERIOD_WORDS,
      ...series.flatMap((s) => s.aliases),
      ...policy.topics.flatMap((t) => t.aliases),
      ...policy.jurisdictions.flatMap((j) => j.aliases),
      ...purposes.flatMap((p) => p.aliases),
      ...choices.items.flatMap((i) => i.aliases),
    ].flatMap((a) => tokenize(a));
    return {
      series: phrases(series.map((s) => ({ value: s.key, aliases: [s.key, ...s.aliases] }))),
      firstSeries: series[0]?.key ?? null,
      topics: phrases(policy.topics.map((t) => ({ value: t.key, aliases: t.aliases }))),
      jurisdictions: phrases(policy.jurisdictions.map((j) => ({ value: j.key, aliases: j.aliases }))),
      purposes: phrases(purposes),
      operations: phrases(
        choices.items.filter((i) => i.kind === "fixed").map((i) => ({ value: i.code, aliases: i.aliases })),
      ),
      items: choices.items,
      modelSeries: new Set(series.filter((s) => s.model !== null).map((s) => s.key)),
      knownSet: new Set(
        [...FILLER_WORDS, ...Object.values(CUES).flat(), ...EXTRA_CUES, ...PERIOD_WORDS].flatMap((a) =>
          tokenize(a),
        ),
      ),
      knownStems: new Set(knownWords.map(stem)),
      known: phrases([{ value: "known", aliases: knownWords }]),
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
  // Read from their own phrase lists below (they must take words before series do).
  news: [],
  statements: [],
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

function periodOf(words: string[], text: string, today: Date): QuestionPeriod {
  const asked = questionPeriod(text, words, today);
  if (asked.period !== undefined || asked.unread) return asked;
  const y = today.getUTCFullYear();
  const m = today.getUTCMonth() + 1;
  // Typed with a slip ("прошлм году") the date layer misses them; the fuzzy word match does not.
  if (hasSequence(words, LAST_MONTH)) {
    const month = m === 1 ? 12 : m - 1;
    const year = m === 1 ? y - 1 : y;
    return { period: { start: `${year}-${String(month).padStart(2, "0")}-01`, granularity: "month" } };
  }
  if (hasSequence(words, LAST_YEAR)) return { period: { start: `${y - 1}-01-01`, granularity: "year" } };
  if (hasSequence(words, THIS_YEAR)) return { period: { start: `${y}-01-01`, granularity: "year" } };
  if (words.some((w) => LATEST.some((l) => wordsMatch(w, l)))) return { period: null };
  return { period: undefined };
}

function yearOf(words: string[], today: Date, period: Period | null | undefined): number | undefined {
  const found = words.map((w) => /^(20\d{2}|2100)$/.exec(w)?.[1]).find(Boolean);
  if (found) return Number(found);
  if (period) return Number(period.start.slice(0, 4));
  if (hasSequence(words, THIS_YEAR)) return today.getUTCFullYear();
  return undefined;
}

/** "What's new", "что нового": asked about news, not about new cars. Taken before any series. */
const NEWS_PHRASES = phrases([
  {
    value: "news",
    aliases: [
      "what's new",
      "whats new",
      "what is new",
      "anything new",
      "что нового",
      "что новенького",
      "что новое",
      "какие новости",
      "последние новости",
      "latest news",
      "news",
      "новости",
      "новостей",
      "новость",
      "новостях",
      "новостям",
      "headlines",
      "what is new",
      "что новенького",
    ],
  },
]);
const WINDOWS: { span: "day" | "week" | "month" | "year"; days: number; words: string[][] }[] = [
  { span: "day", days: 1, words: [["today"], ["сегодня"], ["за", "день"], ["за", "сутки"]] },
  { span: "week", days: 7, words: [["week"], ["неделю"], ["неделе"], ["неделя"], ["недели"]] },
  { span: "month", days: 31, words: [["month"], ["месяц"], ["месяца"]] },
];
/** Who said what: a person's or an organisation's words, not a number. */
const STATEMENT_CUES = phrases([
  {
    value: "statements",
    aliases: [
      "say",
      "said",
      "says",
      "saying",
      "think",
      "thinks",
      "opinion",
      "quote",
      "quotes",
      "statement",
      "statements",
      "claim",
      "claimed",
      "сказал",
      "сказала",
      "сказали",
      "говорит",
      "говорил",
      "говорят",
      "заявил",
      "заявила",
      "заявление",
      "заявления",
      "считает",
      "думает",
      "мнение",
      "пишут",
      "писали",
      "цитата",
      "высказывания",
      "отметил",
    ],
  },
]);
const RANKING_CUES = phrases([
  {
    value: "ranking",
    aliases: [
      "most",
      "highest",
      "top",
      "biggest",
      "ranked",
      "rank",
      "ranking",
      "best",
      "больше всего",
      "больше",
      "самые",
      "самая",
      "самое",
      "наибольшее",
      "наибольший",
      "рейтинг",
      "какие операции",
      "which operations",
      "what operations",
      "all operations",
      "list of operations",
      "список операций",
      "перечень операций",
    ],
  },
]);
const MAXIMUM_CUES = phrases([
  {
    value: "maximum",
    aliases: [
      "maximum",
      "max",
      "максимальный",
      "максимум",
      "максимальное",
      "максимально",
      "предел",
      "top of the scale",
      "highest possible",
      "ceiling",
    ],
  },
]);
/** Words of periods, so they never read as unknown names. */
const PERIOD_WORDS = [
  "year",
  "years",
  "month",
  "months",
  "half",
  "first",
  "second",
  "h1",
  "h2",
  "quarter",
  "week",
  "ago",
  "last",
  "this",
  "previous",
  "next",
  "mid",
  ...EN_MONTHS,
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "год",
  "года",
  "году",
  "годы",
  "лет",
  "месяц",
  "месяце",
  "полугодие",
  "полугодии",
  "полугодия",
  "половина",
  "половине",
  "первое",
  "первом",
  "первой",
  "второе",
  "втором",
  "второй",
  "прошлый",
  "прошлом",
  "прошлого",
  "этот",
  "этом",
  "текущий",
  "текущем",
  "январь",
  "январе",
  "февраль",
  "феврале",
  "март",
  "марте",
  "апрель",
  "апреле",
  "май",
  "мае",
  "июнь",
  "июне",
  "июль",
  "июле",
  "август",
  "августе",
  "сентябрь",
  "сентябре",
  "октябрь",
  "октябре",
  "ноябрь",
  "ноябре",
  "декабрь",
  "декабре",
  "неделя",
  "неделю",
  "неделе",
  "середина",
  "середине",
  "начало",
  "начале",
  "конец",
  "конце",
  "итогам",
  "итоги",
];
/** Cue words of the readings added here, known so they never read as unknown names. */
const EXTRA_CUES = [
  ...NEWS_PHRASES.flatMap((p) => p.words),
  ...STATEMENT_CUES.flatMap((p) => p.words),
  ...RANKING_CUES.flatMap((p) => p.words),
  ...MAXIMUM_CUES.flatMap((p) => p.words),
  ...["when", "start", "starts", "begin", "begins", "effective", "from", "until", "rule", "rules"],
  ...["когда", "начнет", "начинается", "вступает", "действует", "силу", "правило", "правила"],
  ...["operation", "operations", "операции", "операция", "операций", "дает", "дают", "give"],
  ...["localization", "localisation", "локализация", "локализации", "локализацию"],
  ...["percent", "percentage", "процент", "процента", "процентов", "share", "доля", "revenue", "выручки"],
];
/** Asking when a rule starts or changes: the threshold's steps over time, not one year's card. */
const WHEN_WORDS = [
  ["when"],
  ["когда"],
  ["since", "when"],
  ["с", "какого"],
  ["с", "какой"],
  ["from", "what", "date"],
  ["какой", "даты"],
  ["which", "year"],
  ["what", "year"],
  ["в", "каком", "году"],
];
const BRANDS = phrases(CAR_BRANDS.map((b) => ({ value: b.name, aliases: b.aliases })));
const SEGMENTS = phrases(CAR_SEGMENTS.map((b) => ({ value: b.name, aliases: b.aliases })));
const CAR_WORDS = [
  "машина",
  "машины",
  "авто",
  "автомобиль",
  "автомобили",
  "car",
  "cars",
  "тачка",
  "vehicle",
  "vehicles",
];

/** "первом полугодии 2024", "first half of 2024", "1-е полугодие": one token the period reader knows. */
function joinHalves(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? "";
    const next = words[i + 1] ?? "";
    const after = words[i + 2] ?? "";
    const half = (x: string) => /^(полугод|половин|half)/.test(x);
    const first =
      /^(перв|1|1-?[еомй]|first|1st|i)$/.test(w.replace(/(ое|ом|ой|ого|ая|ую)$/, "")) || /^перв/.test(w);
    const second = /^втор/.test(w) || /^(2|2-?[еомй]|second|2nd|ii)$/.test(w);
    if ((first || second) && half(next)) {
      out.push(first ? "h1" : "h2");
      i += next === "half" && after === "of" ? 2 : 1;
      continue;
    }
    out.push(w);
  }
  return out;
}

function newsWindow(words: string[], today: Date): Entities["window"] {
  for (const w of WINDOWS) {
    if (hasSequence(words, w.words)) {
      const since = new Date(today.getTime() - w.days * 86_400_000).toISOString().slice(0, 10);
      return { since, span: w.span };
    }
  }
  return undefined;
}

/**
 * What the question names that the knowledge base does not hold. A brand with the words after it
 * ("Lada Vesta", "Haval Jolion"); a model number after a held model's name ("Moskvich 6"); or,
 * in a price question that names nothing the bot holds and no car at all, the leftover words
 * ("бензин", "gold"). Returned as the user typed them.
 */
function unknownName(
  words: string[],
  shown: string[],
  used: Set<number>,
  vocab: Vocabulary,
  seriesAt: number[][],
  priceAsked: boolean,
  aboutCars: boolean,
): string | undefined {
  const isKnown = (i: number) => {
    const w = words[i] ?? "";
    return (
      used.has(i) ||
      /^[\d.,%+-]+$/.test(w) ||
      vocab.knownStems.has(stem(w)) ||
      findPhrases([w], vocab.known, new Set()).length > 0
    );
  };
  const spanFrom = (i: number) => {
    let end = i + 1;
    // Model words and short model numbers belong to the name: "Chery Tiggo 7 Pro", "Lada 4x4".
    const partOfName = (k: number) => !isKnown(k) || /^\d{1,2}$|^\d+x\d+$/.test(words[k] ?? "");
    while (end < words.length && partOfName(end) && end - i < 5) end++;
    return shown.slice(i, end).join(" ");
  };
  for (const b of findPhrases(words, BRANDS, new Set())) {
    const [start] = b.at;
    if (start === undefined) continue;
    const last = b.at.at(-1) ?? start;
    const next = words[last + 1] ?? "";
    // The brand heads a series the bot holds, and no other model name follows it.
    const held = seriesAt.find((at) => at.includes(start));
    if (held) {
      const afterHeld = (held.at(-1) ?? start) + 1;
      const following = words[afterHeld] ?? "";
      if (afterHeld > last && /^\d{1,2}$/.test(following) && !used.has(afterHeld)) {
        return shown.slice(start, afterHeld + 1).join(" ");
      }
      continue;
    }
    if (/^\d{4}$/.test(next)) return shown.slice(start, last + 1).join(" ");
    return spanFrom(start).trim() || shown.slice(start, last + 1).join(" ");
  }
  // "Chinese cars", "электромобили": a kind of car no held series averages.
  if (priceAsked) {
    for (const seg of findPhrases(words, SEGMENTS, new Set(used), { exactOnly: true })) {
      const [start] = seg.at;
      if (start === undefined) continue;
      const last = seg.at.at(-1) ?? start;
      const next = words[last + 1] ?? "";
      const withNoun = CAR_WORDS.some((c) => wordsMatch(next, c));
      return shown.slice(start, withNoun ? last + 2 : last + 1).join(" ");
    }
  }
  if (!priceAsked || seriesAt.length > 0 || aboutCars) return undefined;
  const first = words.findIndex((w, i) => !isKnown(i) && w.length > 1);
  if (first < 0) return undefined;
  let end = first + 1;
  while (end < words.length && !isKnown(end)) end++;
  return shown.slice(first, end).join(" ");
}

/** The words as typed (case kept), aligned with `tokenize`'s words. */
function shownWords(text: string): string[] {
  return text
    .replace(/(\d)\s+%/g, "$1%")
    .replace(/(\d)[,.](?=\d)/g, "$1·")
    .replace(/[?!.,;:"«»“”()[\]{}]/g, " ")
    .replace(/·/g, ".")
    .split(/\s+/)
    .filter(Boolean);
}

export async function understand(db: Db, text: string, today: Date): Promise<Understanding> {
  const vocab = await loadVocabulary(db);
  return understandWith(vocab, text, today);
}

/** The pure part, for tests and the inline mode's cache. */
export function understandWith(vocab: Vocabulary, text: string, today: Date): Understanding {
  const shown = joinShown(shownWords(text), tokenize(text));
  const words = joinHalves(tokenize(text));
  const used = new Set<number>();
  // Exact forms only: "news" must not take "new" (cars), nor "новости" take "новые".
  const news = findPhrases(words, NEWS_PHRASES, used, { exactOnly: true }).length > 0;
  const opts = { known: vocab.knownSet };
  // "новый москвич", "new Moskvich": the adjective describes the model, not the new-car average.
  const seriesFound = findPhrases(words, vocab.series, used, opts).filter(
    (f, _, all) =>
      vocab.modelSeries.has(f.value) ||
      f.at.length > 1 ||
      !all.some((m) => vocab.modelSeries.has(m.value) && m.at[0] === (f.at[0] ?? -9) + 1),
  );
  const seriesList = [...new Set(seriesFound.map((f) => f.value))];
  const series = seriesList[0];
  const topic = findPhrases(words, vocab.topics, new Set(used), opts)[0]?.value;
  const jurisdiction = findPhrases(words, vocab.jurisdictions, new Set(used), opts)[0]?.value;
  const purpose = findPhrases(words, vocab.purposes, new Set(used), opts)[0]?.value;
  const operations = [
    ...new Set(findPhrases(words, vocab.operations, new Set(used), opts).map((f) => f.value)),
  ];
  const rdShare =
    shareAfter(words, RD_WORDS) ??
    (() => {
      const pct = words.find((w) => /^\d{1,3}(\.\d+)?%$/.test(w));
      return pct && hasCue(words, "localization") ? (parseShare(pct) ?? undefined) : undefined;
    })();
  const licenceShare = shareAfter(words, LICENCE_WORDS);
  const { period, unread: periodUnread, since: changeSince } = periodOf(words, text, today);
  const year = yearOf(words, today, period);
  const statements = findPhrases(words, STATEMENT_CUES, new Set()).length > 0;
  const ranking = findPhrases(words, RANKING_CUES, new Set()).length > 0;
  const maximum = findPhrases(words, MAXIMUM_CUES, new Set()).length > 0;

  const cue = (i: Intent) => (hasCue(words, i) > 0 ? 1 : 0);
  const readings: Reading[] = [];
  const add = (intent: Intent, score: number, entities: Entities) => {
    if (score > 0) readings.push({ intent, score, entities });
  };

  const aboutCars = words.some((w) =>
    ["машина", "авто", "автомобиль", "car", "cars", "тачка", "vehicle", "vehicles"].some((c) =>
      wordsMatch(w, c),
    ),
  );
  // Leftover words name an unknown thing only in a question that is plainly about a price.
  const priceAsked =
    cue("price") + cue("price_change") + cue("price_history") + cue("chart") > 0 &&
    !cue("localization") &&
    !cue("whatif") &&
    !cue("policy") &&
    !purpose &&
    operations.length === 0 &&
    rdShare === undefined;
  const unknown = unknownName(
    words,
    shown,
    used,
    vocab,
    seriesFound.map((f) => f.at),
    priceAsked || statements,
    aboutCars && !statements,
  );
  // No series named: a period picks the series that hold it; otherwise the headline series.
  const seriesImplied = !series && !unknown;
  const priceEntities: Entities = {
    series: series ?? (unknown ? undefined : (vocab.firstSeries ?? undefined)),
    period: period ?? null,
    ...(seriesList.length > 1 ? { seriesList } : {}),
    ...(seriesImplied ? { seriesImplied: true } : {}),
    ...(unknown ? { unknown } : {}),
    ...(periodUnread ? { periodUnread } : {}),
    ...(changeSince ? { changeSince } : {}),
  };
  const seriesScore = series || unknown ? 4 : aboutCars ? 1 : 0;
  const historyEntities: Entities = {
    ...(priceEntities.series ? { series: priceEntities.series } : {}),
    ...(seriesList.length > 1 ? { seriesList } : {}),
    ...(unknown ? { unknown } : {}),
  };
  add("chart", cue("chart") * 9 + (cue("chart") ? seriesScore : 0), historyEntities);
  add("price_history", cue("price_history") * 8 + (cue("price_history") ? seriesScore : 0), historyEntities);
  const changeCue = cue("price_change");
  add(
    "price_change",
    changeCue && (series || unknown || aboutCars || cue("price")) ? 5 + seriesScore + cue("price") * 2 : 0,
    priceEntities,
  );
  add("price", seriesScore + cue("price") * 3, priceEntities);

  // "Localization" alone names the topic; points, thresholds and R&D ask for the rules. A named
  // purpose ("rules for taxis", "when does the taxi rule start") is about its threshold.
  const locCue = cue("localization");
  const when = hasSequence(words, WHEN_WORDS);
  const focus: Entities["focus"] =
    unknown && (locCue || topic === "localization")
      ? "model"
      : maximum && (locCue || topic === "localization")
        ? "maximum"
        : when && (purpose || hasSequence(words, [["threshold"], ["порог"]])) && !cue("whatif")
          ? "timeline"
          : ranking && (locCue || operations.length > 0)
            ? "ranking"
            : locCue && operations.length === 1 && !cue("whatif") && rdShare === undefined
              ? "item"
              : undefined;
  const locScore =
    locCue * 5 +
    (rdShare !== undefined ? 3 : 0) +
    (purpose ? (operations.length > 0 ? 2 : 4) : 0) +
    (topic === "localization" ? 2 : 0) +
    (focus ? 4 : 0);
  add("localization", locScore, {
    year: year ?? today.getUTCFullYear(),
    ...(purpose ? { purpose } : {}),
    ...(rdShare !== undefined ? { rdShare } : {}),
    ...(focus ? { focus } : {}),
    ...(focus === "item" ? { operations } : {}),
    ...(focus === "model" && unknown ? { unknown } : {}),
  });
  const whatifScore =
    cue("whatif") * 6 +
    (operations.length > 0 && !focus ? 4 : 0) +
    (operations.length > 0 && rdShare !== undefined ? 2 : 0);
  add("whatif", (operations.length > 0 && !focus) || cue("whatif") ? whatifScore : 0, {
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
    (jurisdiction && jurisdiction !== "RU" ? 5 : jurisdiction ? 1 : 0) -
    (purpose && !topic && !jurisdiction ? 4 : 0) -
    (statements && !topic && !jurisdiction ? 4 : 0) +
    (news && (topic || jurisdiction) ? 4 : 0);
  // The recycling fee with a vehicle category ("утильсбор на новую машину до 2 литров") asks for a
  // rate: the car words there describe the category, not a price series.
  const feeAsked = topic === FEE_TOPIC && !purpose;
  const fee = feeAsked ? feeQuestionOf(text) : {};
  add("policy", policyScore >= 3 ? policyScore + (feeAsked ? 6 : 0) : 0, {
    ...(asksFeeCategory(fee) ? { fee } : {}),
    ...(topic ? { topic } : {}),
    ...(jurisdiction ? { jurisdiction } : {}),
    ...(year ? { since: `${year}-01-01`, until: `${year}-12-31` } : {}),
  });
  // Who said what: the knowledge base holds no statements yet, so this reading says so by name.
  add("statements", statements && !series && !purpose ? 9 : 0, {
    ...(unknown ? { unknown } : {}),
    ...(topic ? { topic } : {}),
  });
  const window = newsWindow(words, today);
  add("news", news && !topic && !jurisdiction && !series ? 10 : 0, window ? { window } : {});
  // "start" and "hi" ask for help only when the question names nothing else.
  const namesSomething = series || purpose || topic || jurisdiction || operations.length > 0 || unknown;
  add("help", namesSomething ? 0 : cue("help") * 5, {});

  readings.sort((a, b) => b.score - a.score);
  const best = readings[0];
  if (!best || best.score < 2) return { readings: [] };
  // Keep only readings nearly as likely as the best; then the bot asks which one was meant.
  return { readings: readings.filter((r) => r.score >= best.score - 1).slice(0, 3) };
}

/** `shownWords` with the halves joined as `joinHalves` joins them, so indices stay aligned. */
function joinShown(shown: string[], lower: string[]): string[] {
  const joined = joinHalves(lower);
  if (joined.length === lower.length) return shown;
  const out: string[] = [];
  let k = 0;
  for (const w of joined) {
    if (w === "h1" || w === "h2") {
      const skip = lower[k + 1] === "half" && lower[k + 2] === "of" ? 3 : 2;
      if (lower[k] !== w) {
        out.push(shown.slice(k, k + skip).join(" "));
        k += skip;
        continue;
      }
    }
    out.push(shown[k] ?? w);
    k++;
  }
  return out;
}
