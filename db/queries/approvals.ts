// Reads and writes for approving the newer candidate kinds from an article: recycling-fee rates,
// thresholds of a purpose, the scale's maximum and a model's score. Every write cites the source.
import { and, eq, isNull } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Db } from "../client.ts";
import {
  localizationModelScores,
  localizationParameters,
  localizationPurposes,
  localizationRuleSetSources,
  localizationRuleSets,
  policyChanges,
  recyclingFeeRates,
} from "../schema/index.ts";
import type { Tx } from "./articles.ts";

type Reader = Db | Tx;

export interface FeeCategoryFields {
  baseRate: boolean;
  personal: boolean;
  vehicleAge: string | null;
  engineBand: string | null;
  powerBand: string | null;
}

export async function purposeExists(db: Reader, key: string): Promise<boolean> {
  const rows = await db
    .select({ key: localizationPurposes.key })
    .from(localizationPurposes)
    .where(eq(localizationPurposes.key, key));
  return rows.length > 0;
}

/** Rates stored for exactly this category from this date. */
export async function feeRatesOf(db: Reader, c: FeeCategoryFields, effectiveFrom: string) {
  const nullable = (column: AnyPgColumn, v: string | null) => (v === null ? isNull(column) : eq(column, v));
  return db
    .select()
    .from(recyclingFeeRates)
    .where(
      and(
        eq(recyclingFeeRates.baseRate, c.baseRate),
        eq(recyclingFeeRates.personal, c.personal),
        nullable(recyclingFeeRates.vehicleAge, c.vehicleAge),
        nullable(recyclingFeeRates.engineBand, c.engineBand),
        nullable(recyclingFeeRates.powerBand, c.powerBand),
        eq(recyclingFeeRates.effectiveFrom, effectiveFrom),
      ),
    );
}

export async function storeFeeRate(
  tx: Tx,
  values: FeeCategoryFields & {
    key: string;
    value: number;
    unit: string;
    effectiveFrom: string;
    status: string;
    sourceId: number;
  },
): Promise<number | null> {
  const [row] = await tx
    .insert(recyclingFeeRates)
    .values({ ...values, origin: "live" })
    .onConflictDoNothing()
    .returning({ id: recyclingFeeRates.id });
  return row?.id ?? null;
}

/** Thresholds stored for a purpose and category from a date. */
export async function ruleSetsOn(db: Reader, purpose: string, category: string, effectiveFrom: string) {
  return db
    .select()
    .from(localizationRuleSets)
    .where(
      and(
        eq(localizationRuleSets.purpose, purpose),
        eq(localizationRuleSets.category, category),
        eq(localizationRuleSets.effectiveFrom, effectiveFrom),
      ),
    );
}

export async function storeRuleSet(
  tx: Tx,
  values: typeof localizationRuleSets.$inferInsert,
  sourceId: number,
): Promise<number | null> {
  const [row] = await tx
    .insert(localizationRuleSets)
    .values({ ...values, origin: "live" })
    .onConflictDoNothing()
    .returning({ id: localizationRuleSets.id });
  if (!row) return null;
  await tx.insert(localizationRuleSetSources).values({ ruleSetId: row.id, sourceId }).onConflictDoNothing();
  return row.id;
}

export async function parametersNamed(db: Reader, regime: string, name: string) {
  return db
    .select()
    .from(localizationParameters)
    .where(and(eq(localizationParameters.regime, regime), eq(localizationParameters.name, name)));
}

export async function storeParameter(
  tx: Tx,
  values: { key: string; regime: string; name: string; value: number; sourceId: number },
): Promise<number | null> {
  const [row] = await tx
    .insert(localizationParameters)
    .values(values)
    .onConflictDoNothing()
    .returning({ id: localizationParameters.id });
  return row?.id ?? null;
}

export async function modelScoresIn(db: Reader, year: number) {
  return db.select().from(localizationModelScores).where(eq(localizationModelScores.year, year));
}

export async function storeModelScore(
  tx: Tx,
  values: { key: string; model: string; year: number; points: number; sourceId: number },
): Promise<number | null> {
  const [row] = await tx
    .insert(localizationModelScores)
    .values({ ...values, origin: "live" })
    .onConflictDoNothing()
    .returning({ id: localizationModelScores.id });
  return row?.id ?? null;
}

/** Policy changes of a country on a topic taking effect on a date (retracted ones excluded). */
export async function policyChangesOn(db: Reader, jurisdiction: string, topic: string, effectiveOn: string) {
  return db
    .select()
    .from(policyChanges)
    .where(
      and(
        eq(policyChanges.jurisdiction, jurisdiction),
        eq(policyChanges.topic, topic),
        eq(policyChanges.effectiveOn, effectiveOn),
        isNull(policyChanges.retractedAt),
      ),
    );
}
