// What a chat asks to be told about, read from `/alert` arguments or from plain words in either
// language ("сообщи, если утильсбор изменится", "tell me when the used car price goes above 1.7
// million"). The same reader serves both: a command's arguments are plain words without the
// request around them. Names come from the knowledge base's vocabulary (series, topics,
// countries, purposes), numbers from the language layer.

import type { Db } from "../../db/client.ts";
import { CAR_BRANDS } from "../catalogue/brands.ts";
import { DomainError } from "../errors.ts";
import { findQuantities } from "../language/numbers.ts";
import { loadVocabulary, type Vocabulary } from "../questions/understand.ts";
import { findPhrases, phrases, tokenize } from "../questions/words.ts";

export type AlertSpec =
  | { kind: "price_level"; seriesKey: string; direction: "above" | "below"; level: number }
  | { kind: "price_change"; seriesKey: string; direction: "up" | "down" | "any"; percent: number }
  | { kind: "price_new"; seriesKey: string }
  | { kind: "policy"; topic: string | null; jurisdiction: string | null; keyword: string | null }
  | { kind: "localization"; purpose: string | null }
  | { kind: "keyword"; keyword: string };

const cue = (list: string[]) => phrases([{ value: true, aliases: list }]);

/** Words that ask to be told later; "tell me"/"сообщи" need a condition after them (see below). */
const STRONG_REQUEST = cue([
  "notify me",
  "alert me",
  "ping me",
  "warn me",
  "set an alert",
  "set alert",
  "create an alert",
  "add an alert",
  "alert",
  "alerts",
  "уведоми",
  "уведомите",
  "уведомляй",
  "оповести",
  "оповестите",
  "оповещай",
  "предупреди",
  "предупредите",
  "алерт",
  "оповещение",
  "уведомление",
  "уведомления",
  "уведомлять",
  "оповещать",
  "be notified",
  "get notified",
  "notifications",
  "get alerts",
  "дай знать",
  "дайте знать",
  "следи за",
  "следите за",
  "подпиши на",
  "подпишите на",
  "подпишись на",
  // Imperfective "keep telling me": an ongoing request by itself.
  "сообщай",
  "сообщайте",
  "присылай",
  "присылайте",
  "keep me posted",
  "keep me updated",
  "keep me informed",
]);
const SOFT_REQUEST = cue([
  "tell me",
  "let me know",
  "inform me",
  "message me",
  "text me",
  "сообщи",
  "сообщите",
  "напиши",
  "напишите",
  "скажи",
  "скажите",
  "маякни",
  "напомни",
  "напомните",
  "remind me",
]);
const CONDITION = cue([
  "when",
  "whenever",
  "if",
  "once",
  "as soon as",
  "every time",
  "each time",
  "about any new",
  "about new",
  "of new",
  "of any new",
  "если",
  "когда",
  "как только",
  "каждый раз",
  "о новых",
  "о новой",
  "о новом",
  "о каждой",
  "о любых",
  "о новостях",
  "about news",
  "about any",
  "об изменении",
  "об изменениях",
  "о изменении",
]);

const ABOVE = cue([
  "above",
  "over",
  "exceeds",
  "exceed",
  "exceeded",
  "more than",
  "higher than",
  "greater than",
  "tops",
  "passes",
  "crosses",
  "выше",
  "больше",
  "превысит",
  "превысят",
  "превышает",
  "превысила",
  "перевалит за",
  "дороже",
  "more expensive than",
  "pricier than",
  "свыше",
  "более",
  "поднимется выше",
  "поднимется до",
  "вырастет до",
  "дорастет до",
  "rises to",
  "goes to",
  "reaches",
  "достигнет",
]);
const BELOW = cue([
  "below",
  "under",
  "less than",
  "lower than",
  "drops to",
  "falls to",
  "ниже",
  "меньше",
  "дешевле",
  "cheaper than",
  "cheaper",
  "опустится ниже",
  "опустится до",
  "упадет ниже",
  "упадет до",
  "снизится до",
  "менее",
]);
const UP = cue([
  "up",
  "rise",
  "rises",
  "rose",
  "grow",
  "grows",
  "increase",
  "increases",
  "jump",
  "jumps",
  "вырастет",
  "вырастут",
  "подорожает",
  "подорожают",
  "поднимется",
  "поднимутся",
  "рост",
  "растет",
  "вверх",
]);
const DOWN = cue([
  "down",
  "drop",
  "drops",
  "fall",
  "falls",
  "decrease",
  "decreases",
  "decline",
  "declines",
  "упадет",
  "упадут",
  "снизится",
  "снизятся",
  "подешевеет",
  "подешевеют",
  "cheaper",
  "дешевле",
  "падение",
  "снижение",
  "вниз",
  "опустится",
]);
const KEYWORD_CUE = cue([
  "keyword",
  "key word",
  "mentions of",
  "mentions",
  "mentioning",
  "mention of",
  "mention",
  "is mentioned",
  "news about",
  "news on",
  "news of",
  "briefings about",
  "briefing about",
  "articles about",
  "article about",
  "ключевое слово",
  "слово",
  "упоминание",
  "упоминания",
  "упомянут",
  "упомянуть",
  "упомянется",
  "новости о",
  "новости об",
  "новости про",
  "новость о",
  "новость про",
  "статьи о",
  "статьи про",
  "пишут о",
  "пишут про",
  "напишут о",
  "напишут про",
]);
const POLICY_CUE = cue([
  "policy",
  "policies",
  "regulation",
  "regulations",
  "rules",
  "law",
  "ban",
  "duty",
  "duties",
  "политика",
  "регулирование",
  "правила",
  "закон",
  "запрет",
  "пошлина",
  "пошлины",
  "decision",
  "decisions",
  "решение",
  "решения",
]);
const LOCALIZATION_CUE = cue([
  "localization",
  "localisation",
  "threshold",
  "thresholds",
  "points",
  "score",
  "локализация",
  "локализации",
  "порог",
  "пороги",
  "баллы",
  "баллов",
]);
/** Words a terse command may add to a topic without naming anything ("policy changes", "все изменения"). */
const GENERIC = cue([
  "change",
  "changes",
  "new",
  "any",
  "all",
  "изменения",
  "изменение",
  "новые",
  "любые",
  "все",
]);
const PRICE_CUE = cue(["price", "prices", "cost", "цена", "цены", "стоимость", "цену", "цен"]);
const NEW_PRICE_CUE = cue([
  "new price",
  "any new price",
  "новая цена",
  "новой цене",
  "новых ценах",
  "new prices",
]);
const BRANDS = phrases(CAR_BRANDS.map((b) => ({ value: b.name, aliases: b.aliases })));

const has = (words: string[], list: ReturnType<typeof cue>) => findPhrases(words, list, new Set()).length > 0;
const exact = (words: string[], list: ReturnType<typeof cue>) =>
  findPhrases(words, list, new Set(), { exactOnly: true });

/** "новые", "new": a series of its own, but also just an adjective ("new thresholds", "новые решения"). */
const WEAK_SERIES_WORDS = new Set([
  "new",
  "новые",
  "новых",
  "новый",
  "новая",
  "новое",
  "новой",
  "новым",
  "news",
]);

/** "3,000,000" and "3.000.000": digit groups, read before the tokens turn separators into decimals. */
function joinDigitGroups(text: string): string {
  return text.replace(/\b\d{1,3}(?:([,.])\d{3})(?:\1\d{3})+\b/g, (m) => m.replace(/[,.]/g, ""));
}

/** Whether plain words ask to be told about something later (rather than asking for it now). */
export function isAlertRequest(text: string): boolean {
  const words = tokenize(text);
  if (exact(words, STRONG_REQUEST).length > 0) return true;
  return exact(words, SOFT_REQUEST).length > 0 && exact(words, CONDITION).length > 0;
}

const TRAILING =
  /^(appears?|comes?|out|is|are|published|mentioned|there|появится|появятся|выйдет|выйдут|будет|будут|напишут|пишут|упомянут)[.!?]*$/iu;

/** The words after a keyword cue, as typed (case kept), up to the end of the clause. */
function keywordAfterCue(text: string, words: string[]): string | null {
  const found = findPhrases(words, KEYWORD_CUE, new Set());
  const last = found.at(-1);
  if (!last) return null;
  const after = words.slice((last.at.at(-1) ?? 0) + 1).filter((w) => !/^(the|a|an|any|о|об|про)$/.test(w));
  if (after.length === 0) return null;
  // Recover the user's spelling of those words from the original text.
  const typed = text.split(/[\s,;:!?«»"()]+/).filter(Boolean);
  const tail = typed.slice(-after.length);
  // "…about Geely appears", "…про Haval появятся": the verb after the name is not the name.
  while (tail.length > 1 && TRAILING.test(tail.at(-1) ?? "")) tail.pop();
  return (
    tail
      .join(" ")
      .replace(/[.!?]+$/, "")
      .trim() || null
  );
}

function numberIn(text: string): { value: number; percent: boolean } | null {
  // "1.7m", "1,7 млн", "1 700 000 рублей", "5%": the language layer reads them all.
  const q = findQuantities(text)[0];
  return q ? { value: q.value, percent: q.percent } : null;
}

/** Reads the alert a chat asks for; throws alert_invalid (with the forms accepted) otherwise. */
/** `command`: the text is /alert's arguments rather than a request in words. */
export async function readAlertSpec(
  db: Db,
  text: string,
  options: { command?: boolean } = {},
): Promise<AlertSpec> {
  return readAlertSpecWith(await loadVocabulary(db), text, options);
}

export function readAlertSpecWith(
  vocab: Vocabulary,
  text: string,
  options: { command?: boolean } = {},
): AlertSpec {
  const input = text.trim();
  const invalid = () => new DomainError("alert_invalid", { input: input.slice(0, 80) });
  if (!input) throw invalid();
  const symbols = joinDigitGroups(input).replace(/>/g, " above ").replace(/</g, " below ");
  const words = tokenize(symbols);
  const opts = { known: vocab.knownSet };

  const keyword = keywordAfterCue(input, words);
  // "новых ценах", "new prices" ask for any new price; their "new" is not the new-car average.
  const taken = new Set(exact(words, NEW_PRICE_CUE).flatMap((f) => f.at));
  const matched = findPhrases(words, vocab.series, taken, opts);
  const otherwiseAbout =
    has(words, KEYWORD_CUE) ||
    has(words, LOCALIZATION_CUE) ||
    has(words, POLICY_CUE) ||
    findPhrases(words, [...vocab.topics, ...vocab.jurisdictions, ...vocab.purposes], new Set(), opts).length >
      0;
  const weak = (f: { at: number[] }) =>
    f.at.length === 1 && WEAK_SERIES_WORDS.has(words[f.at[0] ?? -1] ?? "");
  const seriesFound = otherwiseAbout ? matched.filter((f) => !weak(f)) : matched;
  // A model named beside "new" ("новый Москвич 3") is the model.
  const series = (seriesFound.find((f) => vocab.modelSeries.has(f.value)) ?? seriesFound[0])?.value;
  const seriesAt = new Set(seriesFound.flatMap((f) => f.at));
  const rest = words.filter((_, i) => !seriesAt.has(i)).join(" ");
  const topic = findPhrases(words, vocab.topics, new Set(), opts)[0]?.value ?? null;
  const jurisdiction = findPhrases(words, vocab.jurisdictions, new Set(), opts)[0]?.value ?? null;
  const purpose = findPhrases(words, vocab.purposes, new Set(), opts)[0]?.value ?? null;
  const policyAsked = has(words, POLICY_CUE) || topic !== null;

  if (keyword && !series) {
    if (policyAsked || jurisdiction)
      return { kind: "policy", topic, jurisdiction, keyword: keyword.toLowerCase().replace(/ё/g, "е") };
    return { kind: "keyword", keyword: keyword.toLowerCase().replace(/ё/g, "е") };
  }
  if (series) {
    const n = numberIn(rest);
    const direction = has(words, ABOVE) ? "above" : has(words, BELOW) ? "below" : null;
    if (n?.percent) {
      if (!(n.value > 0 && n.value < 100)) throw invalid();
      // "+5%" and "-5%" / "−5%" say the direction by their sign.
      const sign = /([+−–-])\s*\d+(?:[.,]\d+)?\s*%/u.exec(symbols)?.[1];
      const dir =
        sign === "+" || (!sign && !has(words, DOWN) && has(words, UP))
          ? "up"
          : sign || has(words, DOWN)
            ? "down"
            : "any";
      return { kind: "price_change", seriesKey: series, direction: dir, percent: n.value };
    }
    if (n && n.value >= 1000) {
      // "выше"/"above" or a rise to a level: above; "ниже"/"below" or a fall to it: below.
      const dir = has(words, BELOW) || (has(words, DOWN) && !direction) ? "below" : "above";
      return { kind: "price_level", seriesKey: series, direction: dir, level: n.value };
    }
    // A level or a share without its number ("used > banana") is not a rule to guess at.
    if (n || direction) throw invalid();
    // "когда подешевеет", "when it goes up": a move of any size that way.
    if (has(words, DOWN)) return { kind: "price_change", seriesKey: series, direction: "down", percent: 0 };
    if (has(words, UP)) return { kind: "price_change", seriesKey: series, direction: "up", percent: 0 };
    return { kind: "price_new", seriesKey: series };
  }
  const localization = has(words, LOCALIZATION_CUE) || purpose !== null;
  // Command arguments are terse: a word there that names nothing we hold ("policy narnia") is a
  // mistake to point out, not something to drop and follow every change instead.
  if (options.command && (localization || policyAsked || jurisdiction)) {
    const named = new Set(
      [
        ...[POLICY_CUE, LOCALIZATION_CUE, GENERIC].flatMap((list) => findPhrases(words, list, new Set())),
        ...findPhrases(words, [...vocab.topics, ...vocab.jurisdictions, ...vocab.purposes], new Set(), opts),
      ].flatMap((f) => f.at),
    );
    if (words.some((_, i) => !named.has(i))) throw invalid();
  }
  if (localization) return { kind: "localization", purpose };
  if (policyAsked || jurisdiction) return { kind: "policy", topic, jurisdiction, keyword: null };
  if (has(words, PRICE_CUE) || has(words, NEW_PRICE_CUE)) throw invalid();
  // A brand we know but no series of its own: news that mention it.
  const brand = findPhrases(words, BRANDS, new Set(), { exactOnly: true })[0];
  if (brand) return { kind: "keyword", keyword: brand.value.toLowerCase() };
  throw invalid();
}
