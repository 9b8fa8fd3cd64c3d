import { eq, inArray, sql } from "drizzle-orm";
import { invalidateKnowledge } from "../cache.ts";
import type { Db } from "../client.ts";
import { upsertEntity, writeBriefing } from "../queries/briefings.ts";
import { upsertByKey } from "../queries/keyed.ts";
import {
  appMeta,
  jurisdictions,
  localizationItemSources,
  localizationItems,
  localizationModelScores,
  localizationParameters,
  localizationPurposes,
  localizationRuleSetSources,
  localizationRuleSets,
  policyChangeSources,
  policyChanges,
  policyTopics,
  pricePointSources,
  pricePoints,
  priceReportedChanges,
  priceSeries,
  recyclingFeeRates,
  sources,
} from "../schema/index.ts";
import { seedBriefings, seedEntities } from "./briefings.ts";
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
    await replaceSources(tx, seed.replacedSources, sourceIds);
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
        // The seed's own wording of a point (its note) follows the seed.
        await tx
          .update(pricePoints)
          .set({
            approximate: point.approximate ?? false,
            noteEn: point.noteEn ?? null,
            noteRu: point.noteRu ?? null,
          })
          .where(eq(pricePoints.id, row.id));
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
    // Purposes follow the seed (names and aliases are the seed's wording).
    for (const p of seed.seedPurposes) {
      await tx
        .insert(localizationPurposes)
        .values(p)
        .onConflictDoUpdate({
          target: localizationPurposes.key,
          set: { nameEn: p.nameEn, nameRu: p.nameRu, aliases: p.aliases, sortOrder: p.sortOrder },
        });
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
    // Parameters follow the seed on upgrade (a corrected value or source replaces the old one),
    // and rows an earlier seed got wrong are removed.
    for (const { source, ...p } of seed.seedParameters) {
      await upsertByKey(tx, localizationParameters, { ...p, regime: seed.REGIME, sourceId: src(source) });
    }
    if (seed.retiredParameterKeys.length > 0) {
      await tx
        .delete(localizationParameters)
        .where(inArray(localizationParameters.key, seed.retiredParameterKeys));
    }
    await tx
      .insert(localizationModelScores)
      .values(
        seed.seedModelScores.map(({ source, ...m }) => ({ ...m, sourceId: src(source), origin: "seed" })),
      )
      .onConflictDoNothing();
    await tx
      .insert(recyclingFeeRates)
      .values(seed.seedFeeRates.map(({ source, ...r }) => ({ ...r, sourceId: src(source), origin: "seed" })))
      .onConflictDoNothing();

    // Names and briefings follow the seed (their wording is the seed's), after the policy changes
    // they are searched with.
    const entityIds = new Map<string, number>();
    for (const e of seedEntities) {
      entityIds.set(e.key, await upsertEntity(tx, { roleEn: null, roleRu: null, ...e }));
    }
    const entity = (key: string) => entityIds.get(key) ?? null;
    for (const b of seedBriefings) {
      await writeBriefing(tx, {
        sourceId: src(b.source),
        language: b.language,
        summaryEn: b.summaryEn,
        summaryRu: b.summaryRu,
        reportedOn: b.reportedOn,
        origin: "seed",
        entityIds: b.entities.map((k) => entity(k)).filter((id): id is number => id !== null),
        statements: b.statements.map((s) => {
          const who = seedEntities.find((e) => e.key === s.speaker);
          return {
            speakerEntityId: entity(s.speaker),
            speaker: who?.nameEn ?? s.speaker,
            roleEn: who?.roleEn ?? null,
            roleRu: who?.roleRu ?? null,
            gistEn: s.gistEn,
            gistRu: s.gistRu,
          };
        }),
      });
    }

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

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** Moves every citation of a replaced source to its replacement, then deletes the old source. */
async function replaceSources(
  tx: Tx,
  replaced: Record<string, string>,
  ids: Map<string, number>,
): Promise<void> {
  const oldKeys = Object.keys(replaced);
  if (oldKeys.length === 0) return;
  const old = await tx
    .select({ id: sources.id, key: sources.key })
    .from(sources)
    .where(inArray(sources.key, oldKeys));
  for (const { id: from, key } of old) {
    const to = ids.get(replaced[key] ?? "");
    if (to === undefined) throw new Error(`replacement of source ${key} is not in the seed`);
    for (const [table, owner] of [
      ["price_point_sources", "point_id"],
      ["policy_change_sources", "policy_change_id"],
      ["localization_item_sources", "item_id"],
      ["localization_rule_set_sources", "rule_set_id"],
    ] as const) {
      await tx.execute(
        sql`insert into ${sql.identifier(table)} (${sql.identifier(owner)}, source_id)
          select ${sql.identifier(owner)}, ${to} from ${sql.identifier(table)} where source_id = ${from}
          on conflict do nothing`,
      );
      await tx.execute(sql`delete from ${sql.identifier(table)} where source_id = ${from}`);
    }
    await tx.execute(
      sql`update price_reported_changes c set source_id = ${to} where source_id = ${from} and not exists (
        select 1 from price_reported_changes d where d.point_id = c.point_id and d.basis = c.basis and d.source_id = ${to})`,
    );
    await tx.execute(sql`delete from price_reported_changes where source_id = ${from}`);
    await tx.execute(sql`update price_series set method_source_id = ${to} where method_source_id = ${from}`);
    await tx.execute(sql`update localization_parameters set source_id = ${to} where source_id = ${from}`);
    await tx.execute(sql`update localization_model_scores set source_id = ${to} where source_id = ${from}`);
    await tx.execute(sql`update recycling_fee_rates set source_id = ${to} where source_id = ${from}`);
    await tx.execute(sql`update articles set source_id = ${to} where source_id = ${from}`);
    await tx.delete(sources).where(eq(sources.id, from));
  }
}
