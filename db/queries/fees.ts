import { asc } from "drizzle-orm";
import { cached } from "../cache.ts";
import type { Db } from "../client.ts";
import { recyclingFeeRates } from "../schema/index.ts";

export type FeeRateRow = typeof recyclingFeeRates.$inferSelect;

/** Every recycling-fee rate, oldest first. */
export function listFeeRates(db: Db): Promise<FeeRateRow[]> {
  return cached(db, "fee-rates", () =>
    db
      .select()
      .from(recyclingFeeRates)
      .orderBy(asc(recyclingFeeRates.effectiveFrom), asc(recyclingFeeRates.id)),
  );
}
