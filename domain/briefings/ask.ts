// Questions about briefings rather than numbers: "what did X say (about Y)" lists X's statements,
// "who is X" says who X is and what X said, anything else about a subject is a search. Nothing
// found is said plainly; nothing here writes text of its own, it only picks stored statements.
import type { Db } from "../../db/client.ts";
import { statementsBySpeaker } from "../../db/queries/briefings.ts";
import type { Reading } from "../questions/understand.ts";
import { stem, tokenize } from "../questions/words.ts";
import { type Catalogue, type Entity, entitiesIn, loadCatalogue } from "./entities.ts";
import { type Briefing, briefingsOf, type Statement } from "./records.ts";
import { contentWords, searchBriefings } from "./search.ts";

export interface SaidItem {
  statement: Statement;
  briefing: Briefing;
}

export type BriefingAnswer =
  | { kind: "said"; speaker: Entity; about: string[]; onTopic: boolean; items: SaidItem[] }
  | { kind: "who"; entity: Entity; items: SaidItem[]; briefings: Briefing[] }
  | { kind: "found"; items: Briefing[]; matched: string[] }
  | { kind: "nothing"; query: string };

export interface BriefingQuestion {
  asks: "who" | "said" | "about" | null;
  named: Entity[];
  words: string[];
  /** "news", "пишут": asked about what was reported. */
  newsCue: boolean;
  /** "policy", "правила": asked about rules, which the policy timeline answers. */
  policyCue: boolean;
}

const SAID = ["say", "said", "says", "saying", "think", "thinks", "believe", "believes", "opinion", "view"];
const SAID_RU = ["сказал", "сказала", "говорил", "говорила", "говорит", "заявил", "заявила", "считает"];
const SAID_MORE = ["думает", "мнение", "отметил", "quote", "statement", "statements", "высказывания"];
const NEWS = ["news", "writes", "written", "reports", "reported", "новости", "новостей", "пишут", "писали"];
const POLICY = ["policy", "policies", "rules", "regulation", "политика", "правила", "регулирование"];
const SAID_WORDS = new Set([...SAID, ...SAID_RU, ...SAID_MORE]);

export function readBriefingQuestion(catalogue: Catalogue, text: string): BriefingQuestion {
  const tokens = tokenize(text);
  const lower = tokens.join(" ");
  const who = /^(who is|who's|whos|who was|кто такой|кто такая|кто такие|кто это|кто)(?=\s|$)/.test(lower);
  const said = tokens.some((t) => SAID_WORDS.has(t));
  const newsCue = tokens.some((t) => NEWS.includes(t));
  return {
    asks: who ? "who" : said ? "said" : newsCue ? "about" : null,
    named: entitiesIn(catalogue, text).map((n) => n.entity),
    words: contentWords(text),
    newsCue,
    policyCue: tokens.some((t) => POLICY.includes(t)),
  };
}

/**
 * A cheap first look, before the names are matched: most questions are read as prices or rules
 * and never concern briefings, and they should not pay for the entity scan.
 */
export function mayConcernBriefings(reading: Reading | undefined, text: string): boolean {
  if (!reading) return true;
  switch (reading.intent) {
    case "statements":
    case "news":
      return true;
    case "policy":
      return tokenize(text).some((t) => NEWS.includes(t));
    case "whatif":
      return reading.score < 6;
    default:
      return false;
  }
}

/** Whether the question is about briefings rather than what the number readings answer. */
export function prefersBriefings(reading: Reading | undefined, q: BriefingQuestion): boolean {
  if (q.asks === "who" && q.named.length > 0) return true;
  if (!reading) return q.words.length > 0 || q.named.length > 0;
  if (reading.intent === "statements") return true;
  if (reading.intent === "news") return q.named.length > 0;
  if (reading.intent === "policy") return q.newsCue && !q.policyCue && q.named.length > 0;
  // "licences to assemble foreign cars": a briefing topic, not a what-if with an operation named.
  if (reading.intent === "whatif") return reading.score < 6 && q.named.some((e) => e.kind === "topic");
  return false;
}

/** Stems of a text's words, for telling which statements are about what was asked. */
function stemsOf(text: string): Set<string> {
  return new Set(tokenize(text).map(stem));
}

async function saidBy(db: Db, speaker: Entity): Promise<SaidItem[]> {
  const said = await statementsBySpeaker(db, speaker.id);
  const briefings = await briefingsOf(db, [...new Set(said.map((s) => s.briefingId))]);
  return said
    .map((statement) => ({ statement, briefing: briefings.find((b) => b.id === statement.briefingId) }))
    .filter((i): i is SaidItem => i.briefing !== undefined);
}

export async function answerBriefingQuestion(
  db: Db,
  text: string,
  lang: "en" | "ru",
): Promise<BriefingAnswer> {
  const catalogue = await loadCatalogue(db);
  const q = readBriefingQuestion(catalogue, text);
  const people = q.named.filter((e) => e.kind === "person" || e.kind === "organisation");
  const name = (e: Entity) => (lang === "ru" ? e.nameRu : e.nameEn);

  if (q.asks === "who" && q.named[0]) {
    const entity = q.named[0];
    const [items, found] = await Promise.all([saidBy(db, entity), searchBriefings(db, name(entity), lang)]);
    const briefings = found.items.filter((b) => b.entities.some((e) => e.id === entity.id));
    if (items.length > 0 || briefings.length > 0 || entity.roleEn)
      return { kind: "who", entity, items, briefings };
  }

  const speaker = q.asks === "said" ? people[0] : undefined;
  if (speaker) {
    const items = await saidBy(db, speaker);
    if (items.length > 0) {
      // "about Y": the other names and words of the question.
      const speakerWords = stemsOf([speaker.nameEn, speaker.nameRu, ...speaker.aliases].join(" "));
      const others = q.named.filter((e) => e.id !== speaker.id);
      const topicStems = new Set(
        [...q.words, ...others.flatMap((e) => [e.nameEn, e.nameRu, ...e.aliases].flatMap((a) => tokenize(a)))]
          .map(stem)
          .filter((s) => !speakerWords.has(s) && !SAID_WORDS.has(s)),
      );
      const onTopic = items.filter((i) => {
        const said = stemsOf([i.statement.gistEn, i.statement.gistRu, i.statement.quote].join(" "));
        return [...topicStems].some((s) => said.has(s));
      });
      const about = others.map(name);
      return onTopic.length > 0 && topicStems.size > 0
        ? { kind: "said", speaker, about, onTopic: true, items: onTopic }
        : { kind: "said", speaker, about, onTopic: topicStems.size === 0, items };
    }
  }

  const found = await searchBriefings(db, text, lang);
  if (found.items.length === 0) return { kind: "nothing", query: text };
  return { kind: "found", items: found.items, matched: found.matched };
}
