// Search over briefings: the words that carry meaning (question words and cue words dropped) go to
// full-text search in both languages; the names the catalogue knows go as entity links.
import type { Db } from "../../db/client.ts";
import { searchBriefings as searchRows } from "../../db/queries/briefings.ts";
import { tokenize } from "../questions/words.ts";
import { entitiesIn, loadCatalogue } from "./entities.ts";
import { type Briefing, briefingsOf } from "./records.ts";

/** Words of asking, not of the subject: they would match every briefing that says "said". */
const ASKING_WORDS = new Set(
  [
    ...[
      "what",
      "whats",
      "what's",
      "did",
      "does",
      "do",
      "say",
      "said",
      "says",
      "saying",
      "tell",
      "me",
      "about",
    ],
    ...["who", "is", "was", "are", "the", "a", "an", "of", "on", "to", "in", "for", "any", "news", "latest"],
    ...[
      "think",
      "thinks",
      "thought",
      "believe",
      "believes",
      "opinion",
      "view",
      "views",
      "quote",
      "statement",
    ],
    ...["statements", "write", "writes", "written", "report", "reports", "briefing", "briefings", "there"],
    ...["anything", "new", "from", "with", "by", "and", "or", "it", "this", "that", "s"],
    ...[
      "что",
      "о",
      "об",
      "обо",
      "про",
      "по",
      "в",
      "на",
      "с",
      "и",
      "а",
      "ли",
      "кто",
      "такой",
      "такая",
      "такие",
    ],
    ...["это", "говорил", "говорит", "говорила", "говорят", "сказал", "сказала", "сказали", "заявил"],
    ...["заявила", "заявляет", "считает", "думает", "думают", "мнение", "пишут", "писали", "новости"],
    ...["новостей", "новость", "есть", "какие", "какое", "каких", "расскажи", "скажи", "покажи", "мне"],
    ...["насчет", "насчёт", "отметил", "сообщил", "сообщают", "у", "за", "для", "от", "его", "ее", "их"],
  ].map((w) => w.replace(/ё/g, "е")),
);

export function contentWords(text: string): string[] {
  return tokenize(text).filter((w) => !ASKING_WORDS.has(w) && w.length > 1 && !/^\d{1,2}$/.test(w));
}

export interface SearchResult {
  items: Briefing[];
  /** The names the question was matched by, for the reply's heading. */
  matched: string[];
}

/** Briefings about the text, best and newest first. */
export async function searchBriefings(
  db: Db,
  text: string,
  lang: "en" | "ru",
  options: { limit?: number; offset?: number } = {},
): Promise<SearchResult> {
  const catalogue = await loadCatalogue(db);
  const named = entitiesIn(catalogue, text);
  const words = contentWords(text);
  const hits = await searchRows(db, {
    words,
    entityIds: named.map((n) => n.entity.id),
    lang,
    limit: options.limit ?? 5,
    offset: options.offset ?? 0,
  });
  const items = await briefingsOf(
    db,
    hits.map((h) => h.id),
    false,
  );
  for (const item of items) item.fragment = hits.find((h) => h.id === item.id)?.fragment ?? null;
  return { items, matched: named.map((n) => (lang === "ru" ? n.entity.nameRu : n.entity.nameEn)) };
}
