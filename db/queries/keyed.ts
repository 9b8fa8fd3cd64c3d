import { eq } from "drizzle-orm";
import type { Db } from "../client.ts";
import type {
  localizationItems,
  localizationParameters,
  localizationRuleSets,
  policyChanges,
  priceSeries,
  sources,
} from "../schema/index.ts";

/** Tables whose rows have a stable text `key` (seed data, imports). */
export type KeyedTable =
  | typeof sources
  | typeof priceSeries
  | typeof policyChanges
  | typeof localizationItems
  | typeof localizationParameters
  | typeof localizationRuleSets;

/** Inserts a row by its `key`, or updates the row holding that key; returns its id either way. */
export async function upsertByKey(
  tx: Pick<Db, "insert" | "select">,
  table: KeyedTable,
  values: { key: string; [column: string]: unknown },
): Promise<number> {
  // biome-ignore lint/suspicious/noExplicitAny: the union of keyed tables shares `id` and `key`.
  const t = table as any;
  const { key: _key, ...rest } = values;
  await tx.insert(t).values(values).onConflictDoUpdate({ target: t.key, set: rest });
  const [row] = await tx.select({ id: t.id }).from(t).where(eq(t.key, values.key));
  if (!row) throw new Error(`row ${values.key} not found after insert`);
  return row.id as number;
}
