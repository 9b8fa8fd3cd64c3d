// What an alert needs to know about a fact that became visible: its value, the value before it,
// what it is about (by name, in both languages) and its sources. One read per fact.
import { and, desc, eq, gt, isNull, lt, max, ne, sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import {
  articles,
  briefings,
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

export async function pricePointView(db: Db, id: number) {
  const [row] = await db
    .select({ p: pricePoints, s: priceSeries })
    .from(pricePoints)
    .innerJoin(priceSeries, eq(priceSeries.id, pricePoints.seriesId))
    .where(and(eq(pricePoints.id, id), isNull(pricePoints.retractedAt)));
  if (!row) return undefined;
  const { p, s } = row;
  const same = and(
    eq(pricePoints.seriesId, p.seriesId),
    eq(pricePoints.granularity, p.granularity),
    isNull(pricePoints.retractedAt),
  );
  const [[previous], [later], links, reported] = await Promise.all([
    db
      .select({ value: pricePoints.value, periodStart: pricePoints.periodStart })
      .from(pricePoints)
      .where(and(same, lt(pricePoints.periodStart, p.periodStart)))
      .orderBy(desc(pricePoints.periodStart))
      .limit(1),
    db
      .select({ id: pricePoints.id })
      .from(pricePoints)
      .where(and(same, gt(pricePoints.periodStart, p.periodStart)))
      .limit(1),
    db
      .select({ id: pricePointSources.sourceId })
      .from(pricePointSources)
      .where(eq(pricePointSources.pointId, id)),
    db
      .select({ pct: priceReportedChanges.changePct })
      .from(priceReportedChanges)
      .where(and(eq(priceReportedChanges.pointId, id), eq(priceReportedChanges.basis, "previous_period"))),
  ]);
  return {
    point: p,
    series: s,
    previous: previous ?? null,
    /** A later period is stored: this point is history coming in late, not news. */
    superseded: later !== undefined,
    reportedPct: reported[0]?.pct ?? null,
    sourceIds: links.map((l) => l.id),
  };
}

export async function policyChangeView(db: Db, id: number) {
  const [row] = await db
    .select({ c: policyChanges, topic: policyTopics, j: jurisdictions })
    .from(policyChanges)
    .innerJoin(policyTopics, eq(policyTopics.key, policyChanges.topic))
    .innerJoin(jurisdictions, eq(jurisdictions.code, policyChanges.jurisdiction))
    .where(and(eq(policyChanges.id, id), isNull(policyChanges.retractedAt)));
  if (!row) return undefined;
  const links = await db
    .select({ id: policyChangeSources.sourceId })
    .from(policyChangeSources)
    .where(eq(policyChangeSources.policyChangeId, id));
  return { ...row, sourceIds: links.map((l) => l.id) };
}

export async function feeRateView(db: Db, id: number) {
  const [rate] = await db.select().from(recyclingFeeRates).where(eq(recyclingFeeRates.id, id));
  if (!rate) return undefined;
  const r = recyclingFeeRates;
  const sameCategory = and(
    eq(r.baseRate, rate.baseRate),
    sql`${r.vehicleAge} is not distinct from ${rate.vehicleAge}`,
    sql`${r.engineBand} is not distinct from ${rate.engineBand}`,
    sql`${r.powerBand} is not distinct from ${rate.powerBand}`,
    eq(r.personal, rate.personal),
    eq(r.unit, rate.unit),
    ne(r.id, rate.id),
  );
  const [previous] = await db
    .select({ value: r.value, effectiveFrom: r.effectiveFrom })
    .from(r)
    .where(and(sameCategory, sql`${r.effectiveFrom} <= ${rate.effectiveFrom}`))
    .orderBy(desc(r.effectiveFrom), desc(r.id))
    .limit(1);
  // Rates are Russia's recycling fee: the names a rule on that topic and country shows.
  const [[topic], [russia]] = await Promise.all([
    db.select().from(policyTopics).where(eq(policyTopics.key, "recycling_fee")),
    db.select().from(jurisdictions).where(eq(jurisdictions.code, "RU")),
  ]);
  return { rate, previous: previous ?? null, topic, russia, sourceIds: [rate.sourceId] };
}

export async function ruleSetView(db: Db, id: number) {
  const [row] = await db
    .select({ r: localizationRuleSets, purpose: localizationPurposes })
    .from(localizationRuleSets)
    .leftJoin(localizationPurposes, eq(localizationPurposes.key, localizationRuleSets.purpose))
    .where(eq(localizationRuleSets.id, id));
  if (!row) return undefined;
  const r = localizationRuleSets;
  const [[previous], links] = await Promise.all([
    db
      .select({ threshold: r.threshold, effectiveFrom: r.effectiveFrom })
      .from(r)
      .where(
        and(
          eq(r.purpose, row.r.purpose),
          eq(r.category, row.r.category),
          eq(r.effectiveFrom, row.r.effectiveFrom),
          ne(r.id, id),
        ),
      )
      .orderBy(desc(r.id))
      .limit(1),
    db
      .select({ id: localizationRuleSetSources.sourceId })
      .from(localizationRuleSetSources)
      .where(eq(localizationRuleSetSources.ruleSetId, id)),
  ]);
  return { ...row, previous: previous ?? null, sourceIds: links.map((l) => l.id) };
}

export async function itemView(db: Db, code: string) {
  const [item] = await db.select().from(localizationItems).where(eq(localizationItems.code, code));
  if (!item) return undefined;
  const links = await db
    .select({ id: localizationItemSources.sourceId })
    .from(localizationItemSources)
    .where(eq(localizationItemSources.itemId, item.id));
  return { item, sourceIds: links.map((l) => l.id) };
}

export async function parameterView(db: Db, id: number) {
  const [row] = await db.select().from(localizationParameters).where(eq(localizationParameters.id, id));
  return row;
}

export async function modelScoreView(db: Db, id: number) {
  const [row] = await db.select().from(localizationModelScores).where(eq(localizationModelScores.id, id));
  return row;
}

/** A source that is an ingested article (a briefing), with the text its keywords are looked for in. */
export async function articleSourceView(db: Db, sourceId: number) {
  const [row] = await db
    .select({
      s: sources,
      text: articles.text,
      summaryEn: briefings.summaryEn,
      summaryRu: briefings.summaryRu,
    })
    .from(sources)
    .leftJoin(articles, eq(articles.sourceId, sources.id))
    .leftJoin(briefings, eq(briefings.sourceId, sources.id))
    .where(eq(sources.id, sourceId));
  return row;
}

/** Whether the fact an alert speaks of is still in the knowledge base (not retracted). */
export async function factVisible(db: Db, factRef: string): Promise<boolean> {
  const m = /^(price|policy):(\d+)/.exec(factRef);
  if (!m) return true;
  const table = m[1] === "price" ? pricePoints : policyChanges;
  const rows = await db
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.id, Number(m[2])), isNull(table.retractedAt)));
  return rows.length > 0;
}

type FactTable =
  | typeof pricePoints
  | typeof policyChanges
  | typeof localizationRuleSets
  | typeof localizationModelScores;

async function highest(db: Db, t: FactTable): Promise<number> {
  const [row] = await db.select({ n: max(t.id) }).from(t);
  return Number(row?.n ?? 0);
}

/** The highest id of each table that holds facts: what an import or a seed adds is above it. */
export async function factWatermarks(db: Db) {
  const [price, policy, ruleSet, modelScore] = await Promise.all([
    highest(db, pricePoints),
    highest(db, policyChanges),
    highest(db, localizationRuleSets),
    highest(db, localizationModelScores),
  ]);
  return { price, policy, ruleSet, modelScore };
}

/** Ids of the facts above the marks: what an import or a seed just made visible. */
export async function factsAbove(db: Db, marks: Awaited<ReturnType<typeof factWatermarks>>) {
  const ids = async (t: FactTable, mark: number) =>
    (await db.select({ id: t.id }).from(t).where(gt(t.id, mark))).map((r) => r.id);
  const [price, policy, ruleSet, modelScore] = await Promise.all([
    ids(pricePoints, marks.price),
    ids(policyChanges, marks.policy),
    ids(localizationRuleSets, marks.ruleSet),
    ids(localizationModelScores, marks.modelScore),
  ]);
  return { price, policy, ruleSet, modelScore };
}
