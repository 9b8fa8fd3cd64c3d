import { and, asc, eq, inArray, lte } from "drizzle-orm";
import { cached } from "../cache.ts";
import type { Db } from "../client.ts";
import {
  localizationItemSources,
  localizationItems,
  localizationModelScores,
  localizationParameters,
  localizationPurposes,
  localizationRuleSetSources,
  localizationRuleSets,
} from "../schema/index.ts";
import { groupSourceIds } from "./sources.ts";

export type RuleSetRow = typeof localizationRuleSets.$inferSelect & { sourceIds: number[] };
export type ItemRow = typeof localizationItems.$inferSelect & { sourceIds: number[] };
export type ParameterRow = typeof localizationParameters.$inferSelect;
export type ModelScoreRow = typeof localizationModelScores.$inferSelect;
export type PurposeRow = typeof localizationPurposes.$inferSelect;

/** The purposes thresholds are for, in their display order. */
export function listPurposes(db: Db): Promise<PurposeRow[]> {
  return cached(db, "purposes", () =>
    db
      .select()
      .from(localizationPurposes)
      .orderBy(asc(localizationPurposes.sortOrder), asc(localizationPurposes.key)),
  );
}

/** Rule sets that took effect on or before `onOrBefore` (ISO date), oldest first. */
export function listRuleSets(db: Db, onOrBefore?: string): Promise<RuleSetRow[]> {
  return cached(db, `rule-sets:${onOrBefore ?? ""}`, () => loadListRuleSets(db, onOrBefore));
}

async function loadListRuleSets(db: Db, onOrBefore?: string): Promise<RuleSetRow[]> {
  const rows = await db
    .select()
    .from(localizationRuleSets)
    .where(onOrBefore ? lte(localizationRuleSets.effectiveFrom, onOrBefore) : undefined)
    .orderBy(asc(localizationRuleSets.effectiveFrom), asc(localizationRuleSets.threshold));
  if (rows.length === 0) return [];
  const links = await db
    .select({
      ruleSetId: localizationRuleSetSources.ruleSetId,
      sourceId: localizationRuleSetSources.sourceId,
    })
    .from(localizationRuleSetSources)
    .where(
      inArray(
        localizationRuleSetSources.ruleSetId,
        rows.map((r) => r.id),
      ),
    );
  const ids = groupSourceIds(links, "ruleSetId");
  return rows.map((r) => ({ ...r, sourceIds: (ids.get(r.id) ?? []).sort((a, b) => a - b) }));
}

/** Items of a regime; the caller picks those valid on a date. */
export function listItems(db: Db, regime: string): Promise<ItemRow[]> {
  return cached(db, `items:${regime}`, () => loadListItems(db, regime));
}

async function loadListItems(db: Db, regime: string): Promise<ItemRow[]> {
  const rows = await db
    .select()
    .from(localizationItems)
    .where(eq(localizationItems.regime, regime))
    .orderBy(asc(localizationItems.sortOrder), asc(localizationItems.id));
  if (rows.length === 0) return [];
  const links = await db
    .select({ itemId: localizationItemSources.itemId, sourceId: localizationItemSources.sourceId })
    .from(localizationItemSources)
    .where(
      inArray(
        localizationItemSources.itemId,
        rows.map((r) => r.id),
      ),
    );
  const ids = groupSourceIds(links, "itemId");
  return rows.map((r) => ({ ...r, sourceIds: (ids.get(r.id) ?? []).sort((a, b) => a - b) }));
}

export function listParameters(db: Db, regime: string, name: string): Promise<ParameterRow[]> {
  return cached(db, `parameters:${regime}:${name}`, () => loadListParameters(db, regime, name));
}

async function loadListParameters(db: Db, regime: string, name: string): Promise<ParameterRow[]> {
  return db
    .select()
    .from(localizationParameters)
    .where(and(eq(localizationParameters.regime, regime), eq(localizationParameters.name, name)))
    .orderBy(asc(localizationParameters.value));
}

export function listModelScores(db: Db, year?: number): Promise<ModelScoreRow[]> {
  return cached(db, `model-scores:${year ?? ""}`, () => loadListModelScores(db, year));
}

async function loadListModelScores(db: Db, year?: number): Promise<ModelScoreRow[]> {
  return db
    .select()
    .from(localizationModelScores)
    .where(year === undefined ? undefined : eq(localizationModelScores.year, year))
    .orderBy(asc(localizationModelScores.year), asc(localizationModelScores.id));
}
