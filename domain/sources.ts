import type { Db } from "../db/client.ts";
import { type SourceRow, sourcesByIds } from "../db/queries/sources.ts";

export type Source = SourceRow;

/**
 * Collects the sources an answer cites, in the order they are first cited, so the front end
 * can number them [1], [2], ... next to the lines that use them.
 */
export async function citedSources(db: Db, idLists: number[][]): Promise<Source[]> {
  const order: number[] = [];
  for (const ids of idLists) for (const id of ids) if (!order.includes(id)) order.push(id);
  const rows = await sourcesByIds(db, order);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return order.map((id) => byId.get(id)).filter((s): s is Source => s !== undefined);
}
