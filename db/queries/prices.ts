import { and, asc, inArray, isNull } from "drizzle-orm";
import { cached } from "../cache.ts";
import type { Db } from "../client.ts";
import { pricePointSources, pricePoints, priceReportedChanges, priceSeries } from "../schema/index.ts";
import { groupSourceIds } from "./sources.ts";

export type SeriesRow = typeof priceSeries.$inferSelect;

export interface PointRow {
  id: number;
  seriesId: number;
  periodStart: string;
  granularity: string;
  value: number;
  approximate: boolean;
  noteEn: string | null;
  noteRu: string | null;
  sourceIds: number[];
  reported: ReportedChangeRow[];
}

export interface ReportedChangeRow {
  basis: string;
  changePct: number | null;
  changeAbs: number | null;
  sourceId: number;
}

export function listSeries(db: Db): Promise<SeriesRow[]> {
  return cached(db, "series", () => loadListSeries(db));
}

async function loadListSeries(db: Db): Promise<SeriesRow[]> {
  return db.select().from(priceSeries).orderBy(asc(priceSeries.sortOrder), asc(priceSeries.id));
}

/** All points of the given series with their sources and reported changes. */
export function listPoints(db: Db, seriesIds: number[]): Promise<PointRow[]> {
  return cached(db, `points:${seriesIds.join(",")}`, () => loadListPoints(db, seriesIds));
}

async function loadListPoints(db: Db, seriesIds: number[]): Promise<PointRow[]> {
  if (seriesIds.length === 0) return [];
  const points = await db
    .select()
    .from(pricePoints)
    .where(and(inArray(pricePoints.seriesId, seriesIds), isNull(pricePoints.retractedAt)))
    .orderBy(asc(pricePoints.periodStart));
  if (points.length === 0) return [];
  const ids = points.map((p) => p.id);
  const [links, reported] = await Promise.all([
    db
      .select({ pointId: pricePointSources.pointId, sourceId: pricePointSources.sourceId })
      .from(pricePointSources)
      .where(inArray(pricePointSources.pointId, ids)),
    db.select().from(priceReportedChanges).where(inArray(priceReportedChanges.pointId, ids)),
  ]);
  const sourceIds = groupSourceIds(links, "pointId");
  return points.map((p) => ({
    id: p.id,
    seriesId: p.seriesId,
    periodStart: p.periodStart,
    granularity: p.granularity,
    value: p.value,
    approximate: p.approximate,
    noteEn: p.noteEn,
    noteRu: p.noteRu,
    sourceIds: (sourceIds.get(p.id) ?? []).sort((a, b) => a - b),
    reported: reported
      .filter((r) => r.pointId === p.id)
      .map((r) => ({ basis: r.basis, changePct: r.changePct, changeAbs: r.changeAbs, sourceId: r.sourceId })),
  }));
}
