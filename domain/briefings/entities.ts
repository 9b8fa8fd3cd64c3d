// The names briefings mention, read from the database with their aliases in both languages:
// the one place where "Мантурова", "Manturov" or "китайские" becomes the entity a question means.
import { cached } from "../../db/cache.ts";
import type { Db } from "../../db/client.ts";
import { type EntityRow, listEntities } from "../../db/queries/briefings.ts";
import { findPhrases, type Phrase, phrases, tokenize } from "../questions/words.ts";

export type Entity = EntityRow;

export interface Catalogue {
  entities: Entity[];
  phrases: Phrase<number>[];
  /** Every word of every alias, so a question's leftover words can be told from names. */
  words: Set<string>;
}

export function loadCatalogue(db: Db): Promise<Catalogue> {
  return cached(db, "entity-catalogue", async () => catalogueOf(await listEntities(db)));
}

export function catalogueOf(list: Entity[]): Catalogue {
  const entries = list.map((e) => ({ value: e.id, aliases: [e.nameEn, e.nameRu, ...e.aliases] }));
  const all = phrases(entries);
  return { entities: list, phrases: all, words: new Set(all.flatMap((p) => p.words)) };
}

/** The entities a text names, in the order it names them (word forms and one typo forgiven). */
export function entitiesIn(catalogue: Catalogue, text: string): { entity: Entity; at: number[] }[] {
  const words = tokenize(text);
  const found = findPhrases(words, catalogue.phrases, new Set());
  const seen = new Set<number>();
  const out: { entity: Entity; at: number[] }[] = [];
  for (const f of found) {
    const entity = catalogue.entities.find((e) => e.id === f.value);
    if (!entity || seen.has(entity.id)) continue;
    seen.add(entity.id);
    out.push({ entity, at: f.at });
  }
  return out;
}

/** The entity's name in the user's language. */
export function entityName(e: Pick<Entity, "nameEn" | "nameRu">, lang: "en" | "ru"): string {
  return lang === "ru" ? e.nameRu : e.nameEn;
}
