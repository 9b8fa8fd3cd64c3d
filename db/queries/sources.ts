import { inArray } from "drizzle-orm";
import { cached } from "../cache.ts";
import type { Db } from "../client.ts";
import { sources } from "../schema/index.ts";

export interface SourceRow {
  id: number;
  key: string;
  publisher: string;
  title: string;
  publisherRu: string | null;
  titleRu: string | null;
  url: string | null;
  publishedOn: string | null;
  dateNoteEn: string | null;
  dateNoteRu: string | null;
}

export function sourcesByIds(db: Db, ids: Iterable<number>): Promise<SourceRow[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return Promise.resolve([]);
  return cached(db, `sources:${unique.join(",")}`, () => loadSources(db, unique));
}

async function loadSources(db: Db, unique: number[]): Promise<SourceRow[]> {
  return db
    .select({
      id: sources.id,
      key: sources.key,
      publisher: sources.publisher,
      title: sources.title,
      publisherRu: sources.publisherRu,
      titleRu: sources.titleRu,
      url: sources.url,
      publishedOn: sources.publishedOn,
      dateNoteEn: sources.dateNoteEn,
      dateNoteRu: sources.dateNoteRu,
    })
    .from(sources)
    .where(inArray(sources.id, unique));
}

/** Groups join-table rows into owner id -> source ids, e.g. `groupSourceIds(links, "pointId")`. */
export function groupSourceIds<K extends string>(
  rows: (Record<K, number> & { sourceId: number })[],
  owner: K,
): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const row of rows) {
    const list = map.get(row[owner]) ?? [];
    list.push(row.sourceId);
    map.set(row[owner], list);
  }
  return map;
}
