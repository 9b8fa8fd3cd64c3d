import { eq, sql } from "drizzle-orm";
import { invalidateKnowledge } from "../cache.ts";
import type { Db } from "../client.ts";
import { upsertByKey } from "../queries/keyed.ts";
import {
  appMeta,
  jurisdictions,
  localizationItemSources,
  localizationItems,
  localizationModelScores,
  localizationParameters,
  localizationRuleSetSources,
  localizationRuleSets,
  policyChangeSources,
  policyChanges,
  policyTopics,
  pricePointSources,
  pricePoints,
  priceReportedChanges,
  priceSeries,
  sources,
} from "../schema/index.ts";
import * as seed from "./data.ts";

export interface SeedResult {
  applied: boolean;
  version: number;
}

/**
 * Loads the seed knowledge. Idempotent: rows are matched by their stable keys and existing
 * rows are left as they are, so facts edited by admins are not overwritten.
 * Without `force`, does nothing when the database already holds this seed version.
 */
export async function loadSeed(db: Db, options: { force?: boolean } = {}): Promise<SeedResult> {
  if (!options.force) {
    const [row] = await db.select().from(appMeta).where(eq(appMeta.key, "seed_version"));
    if (row && Number(row.value) >= seed.SEED_VERSION) return { applied: false, version: Number(row.value) };
  }
  await db.transaction(async (tx) => {
    const sourceIds = new Map<string, number>();
    for (const s of seed.seedSources) {
      sourceIds.set(s.key, await upsertByKey(tx, sources, { ...s, origin: "seed" }));
    }
    const src = (key: string): number => {
      const id = sourceIds.get(key);
      if (id === undefined) throw new Error(`seed refers to unknown source ${key}`);
      return id;
    };

    for (const { points, methodSource, ...series } of seed.seedSeries) {
      const seriesId = await upsertByKey(tx, priceSeries, {
        ...series,
        methodSourceId: methodSource ? src(methodSource) : null,
      });
      for (const { sources: pointSources, reported, ...point } of points) {
        await tx
          .insert(pricePoints)
          .values({ ...point, seriesId, origin: "seed" })
          .onConflictDoNothing();
        const [row] = await tx
          .select({ id: pricePoints.id })
          .from(pricePoints)
          .where(
            sql`${pricePoints.seriesId} = ${seriesId} and ${pricePoints.periodStart} = ${point.periodStart}
              and ${pricePoints.granularity} = ${point.granularity} and ${pricePoints.value} = ${point.value}`,
          );
        if (!row) throw new Error("seeded price point not found");
        await tx
          .insert(pricePointSources)
          .values(pointSources.map((s) => ({ pointId: row.id, sourceId: src(s) })))
          .onConflictDoNothing();
        for (const r of reported ?? []) {
          await tx
            .insert(priceReportedChanges)
            .values({
              pointId: row.id,
              basis: r.basis,
              changePct: r.changePct ?? null,
              changeAbs: r.changeAbs ?? null,
              sourceId: src(r.source),
            })
            .onConflictDoNothing();
        }
      }
    }

    await tx.insert(jurisdictions).values(seed.seedJurisdictions).onConflictDoNothing();
    await tx.insert(policyTopics).values(seed.seedTopics).onConflictDoNothing();
    for (const { sources: changeSources, ...change } of seed.seedPolicyChanges) {
      const id = await upsertByKey(tx, policyChanges, { ...change, origin: "seed" });
      await tx
        .insert(policyChangeSources)
        .values(changeSources.map((s) => ({ policyChangeId: id, sourceId: src(s) })))
        .onConflictDoNothing();
    }

    for (const { sources: itemSources, ...item } of seed.seedItems) {
      const id = await upsertByKey(tx, localizationItems, { ...item, regime: seed.REGIME });
      await tx
        .insert(localizationItemSources)
        .values(itemSources.map((s) => ({ itemId: id, sourceId: src(s) })))
        .onConflictDoNothing();
    }
    for (const { sources: ruleSources, ...rule } of seed.seedRuleSets) {
      const id = await upsertByKey(tx, localizationRuleSets, {
        ...rule,
        regime: seed.REGIME,
        origin: "seed",
      });
      await tx
        .insert(localizationRuleSetSources)
        .values(ruleSources.map((s) => ({ ruleSetId: id, sourceId: src(s) })))
        .onConflictDoNothing();
    }
    await tx
      .insert(localizationParameters)
      .values(
        seed.seedParameters.map(({ source, ...p }) => ({ ...p, regime: seed.REGIME, sourceId: src(source) })),
      )
      .onConflictDoNothing();
    await tx
      .insert(localizationModelScores)
      .values(seed.seedModelScores.map(({ source, ...m }) => ({ ...m, sourceId: src(source) })))
      .onConflictDoNothing();

    await tx
      .insert(appMeta)
      .values({ key: "seed_version", value: String(seed.SEED_VERSION) })
      .onConflictDoUpdate({
        target: appMeta.key,
        set: { value: String(seed.SEED_VERSION), updatedAt: new Date() },
      });
  });
  invalidateKnowledge(db);
  return { applied: true, version: seed.SEED_VERSION };
}
