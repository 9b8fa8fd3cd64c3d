import type { Db } from "../db/client.ts";
import { listPoints, listSeries, type PointRow, type SeriesRow } from "../db/queries/prices.ts";
import { DomainError } from "./errors.ts";
import {
  comparePeriods,
  type Granularity,
  isGranularity,
  type Period,
  parsePeriod,
  periodEnd,
  periodWithin,
  previousPeriod,
  samePeriod,
  yearEarlier,
} from "./period.ts";
import { citedSources, type Source } from "./sources.ts";
import { matchAliasPrefix } from "./text.ts";

export interface SeriesInfo {
  key: string;
  kind: string;
  nameEn: string;
  nameRu: string;
  shortEn: string;
  shortRu: string;
  currency: string;
  methodEn: string | null;
  methodRu: string | null;
  methodSourceIds: number[];
  model: string | null;
}

export interface PricePoint {
  period: Period;
  value: number;
  approximate: boolean;
  noteEn: string | null;
  noteRu: string | null;
  sourceIds: number[];
}

/**
 * How the value moved. `computed` changes come from two stored points; `reported` ones are the
 * source's own figure, with the earlier value it implies (value - change) labelled as derived.
 */
export interface PriceChange {
  /** previous_period: the period just before; year_ago: same period a year earlier;
   *  since_earlier: the latest earlier stored point, where the period just before is missing. */
  basis: "previous_period" | "year_ago" | "since_earlier";
  origin: "computed" | "reported";
  against: Period | null;
  againstValue: number | null;
  abs: number | null;
  pct: number | null;
  sourceIds: number[];
}

export interface PriceAnswer {
  kind: "point";
  series: SeriesInfo;
  point: PricePoint;
  isLatest: boolean;
  changes: PriceChange[];
  /**
   * A change since a period was asked and cannot be counted: no value is held from then on yet
   * (`none_yet`), or this value is the only one since then (`only_this`).
   */
  sinceMissing?: { period: Period; reason: "none_yet" | "only_this" };
  /** Every series, for offering the others next to this answer. */
  allSeries: SeriesInfo[];
  /** Other trims of the same model, at their latest value. */
  variants: { series: SeriesInfo; point: PricePoint }[];
  /** Other reports of the same series and period that give another value (sources disagree). */
  disagreeing: { point: PricePoint; changes: PriceChange[] }[];
  sources: Source[];
}

export interface PriceHistory {
  kind: "history";
  series: SeriesInfo;
  from: string | null;
  to: string | null;
  points: PricePoint[];
  allSeries: SeriesInfo[];
  sources: Source[];
}

function toInfo(s: SeriesRow): SeriesInfo {
  return {
    key: s.key,
    kind: s.kind,
    nameEn: s.nameEn,
    nameRu: s.nameRu,
    shortEn: s.shortEn,
    shortRu: s.shortRu,
    currency: s.currency,
    methodEn: s.methodEn,
    methodRu: s.methodRu,
    methodSourceIds: s.methodSourceId === null ? [] : [s.methodSourceId],
    model: s.model,
  };
}

function toPoint(p: PointRow): PricePoint {
  if (!isGranularity(p.granularity))
    throw new Error(`price point ${p.id} has unknown granularity ${p.granularity}`);
  return {
    period: { start: p.periodStart, granularity: p.granularity },
    value: p.value,
    approximate: p.approximate,
    noteEn: p.noteEn,
    noteRu: p.noteRu,
    sourceIds: p.sourceIds,
  };
}

export async function listPriceSeries(db: Db): Promise<SeriesInfo[]> {
  return (await listSeries(db)).map(toInfo);
}

export interface PriceQuery {
  series: SeriesInfo;
  period: Period | null;
  /** Also the change since this period ("с начала года": January), counted from stored values. */
  since?: Period;
}

/**
 * Reads `/price` arguments: a series alias (any of those stored) followed by an optional period.
 * No arguments means the first series (the used-car average).
 */
export async function parsePriceQuery(db: Db, args: string): Promise<PriceQuery> {
  const rows = await listSeries(db);
  const all = rows.map(toInfo);
  const first = all[0];
  if (!first) throw new DomainError("unknown_series", { input: args, available: [] });
  // Codes, names as the bot shows them, and the words people type all name a series.
  const entries = rows.map((r, i) => ({
    value: all[i] as SeriesInfo,
    aliases: [r.key, r.shortEn, r.shortRu, r.nameEn, r.nameRu, ...r.aliases],
  }));
  const text = args.trim();
  if (!text) return { series: first, period: null };
  const match = matchAliasPrefix(text, entries);
  if (!match) {
    // A bare period ("/price 2023-12") asks about the headline series.
    const period = parsePeriod(text);
    if (period) return { series: first, period };
    throw new DomainError("unknown_series", {
      input: text,
      available: all.map((s) => ({ en: s.shortEn, ru: s.shortRu })),
    });
  }
  if (!match.rest) return { series: match.value, period: null };
  const period = parsePeriod(match.rest);
  if (!period) throw new DomainError("invalid_period", { input: match.rest });
  return { series: match.value, period };
}

interface StoredPoint extends PricePoint {
  reported: PointRow["reported"];
}

async function pointsOf(
  db: Db,
  series: SeriesInfo,
): Promise<{ all: SeriesInfo[]; groups: { info: SeriesInfo; rows: StoredPoint[] }[] }> {
  const rows = await listSeries(db);
  const related = rows.filter(
    (r) => r.key === series.key || (series.model !== null && r.model === series.model),
  );
  const points = await listPoints(
    db,
    related.map((r) => r.id),
  );
  const groups = related.map((r) => ({
    info: toInfo(r),
    rows: points
      .filter((p) => p.seriesId === r.id)
      .map((p) => ({ ...toPoint(p), reported: p.reported }))
      .sort((a, b) => comparePeriods(a.period, b.period)),
  }));
  return { all: rows.map(toInfo), groups };
}

function plain({ reported: _, ...point }: StoredPoint): PricePoint {
  return point;
}

function change(basis: PriceChange["basis"], point: PricePoint, earlier: PricePoint): PriceChange {
  const abs = point.value - earlier.value;
  return {
    basis,
    origin: "computed",
    against: earlier.period,
    againstValue: earlier.value,
    abs,
    pct: earlier.value === 0 ? null : (abs / earlier.value) * 100,
    sourceIds: [...new Set([...point.sourceIds, ...earlier.sourceIds])],
  };
}

function changesFor(point: StoredPoint, all: StoredPoint[]): PriceChange[] {
  const out: PriceChange[] = [];
  const fromReport = (basis: "previous_period" | "year_ago", against: Period | null): PriceChange | null => {
    const r = point.reported.find((x) => x.basis === basis);
    if (!r) return null;
    return {
      basis,
      origin: "reported",
      against,
      againstValue: r.changeAbs === null ? null : point.value - r.changeAbs,
      abs: r.changeAbs,
      pct: r.changePct,
      sourceIds: [r.sourceId],
    };
  };

  const prev = previousPeriod(point.period);
  const prevPoint = prev ? all.find((p) => samePeriod(p.period, prev)) : undefined;
  if (prevPoint) out.push(change("previous_period", point, prevPoint));
  else {
    const reportedPrev = fromReport("previous_period", prev);
    if (reportedPrev) out.push(reportedPrev);
    else {
      const earlier = all
        .filter(
          (p) =>
            p.period.granularity === point.period.granularity && periodEnd(p.period) < point.period.start,
        )
        .at(-1);
      if (earlier) out.push(change("since_earlier", point, earlier));
    }
  }

  const ago = yearEarlier(point.period);
  const agoPoint = all.find((p) => samePeriod(p.period, ago));
  // A "since" comparison against the year-earlier point would say the same thing twice.
  const duplicate = out.some((c) => c.against !== null && samePeriod(c.against, ago));
  if (agoPoint && !duplicate) out.push(change("year_ago", point, agoPoint));
  else if (!agoPoint) {
    const reportedAgo = fromReport("year_ago", point.period.granularity === "mid_year" ? null : ago);
    if (reportedAgo) out.push(reportedAgo);
  }
  return out;
}

/**
 * The change since a period asked ("с начала года"): against the first value of the point's own
 * granularity that starts within it or after it, so "since January" counts from January's figure
 * when it is held and from the earliest one after it when not; none when nothing earlier is held.
 */
function sinceChange(point: StoredPoint, all: StoredPoint[], since: Period): PriceChange | undefined {
  const base = all.find(
    (p) =>
      p.period.granularity === point.period.granularity &&
      p.period.start >= since.start &&
      p.period.start < point.period.start,
  );
  return base ? change("since_earlier", point, base) : undefined;
}

/**
 * The value of a series for a period (or its latest), how it moved, and its sources.
 * A period that matches no single point but covers several returns their history instead.
 */
export async function getPrice(db: Db, query: PriceQuery): Promise<PriceAnswer | PriceHistory> {
  const { all, groups } = await pointsOf(db, query.series);
  const points = groups.find((g) => g.info.key === query.series.key)?.rows ?? [];
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last)
    throw new DomainError("no_data_for_period", { series: query.series.key, first: "", last: "" });

  let point = last;
  if (query.period) {
    const wanted = query.period;
    const exact = points.find((p) => samePeriod(p.period, wanted));
    if (!exact) {
      const from = wanted.start;
      const to = periodEnd(wanted);
      const within = points.filter((p) => periodWithin(p.period, from, to));
      if (within.length > 0) return history(db, query.series, all, within.map(plain), from, to);
      throw new DomainError("no_data_for_period", {
        series: query.series.key,
        first: first.period.start,
        last: last.period.start,
      });
    }
    point = exact;
  }

  const changes = changesFor(point, points);
  const since = query.since ? sinceChange(point, points, query.since) : undefined;
  if (since && !changes.some((c) => c.against && samePeriod(c.against, since.against as Period)))
    changes.unshift(since);
  const chosen = point;
  const disagreeing = points
    .filter((p) => p !== chosen && samePeriod(p.period, chosen.period))
    .map((p) => ({ point: plain(p), changes: changesFor(p, points).filter((c) => c.origin === "reported") }));
  const variants = groups
    .filter((g) => g.info.key !== query.series.key && g.rows.length > 0)
    .map((g) => ({ series: g.info, point: plain(g.rows.at(-1) as StoredPoint) }));
  const sources = await citedSources(db, [
    point.sourceIds,
    ...changes.map((c) => c.sourceIds),
    ...disagreeing.flatMap((d) => [d.point.sourceIds, ...d.changes.map((c) => c.sourceIds)]),
    ...variants.map((v) => v.point.sourceIds),
    query.series.methodSourceIds,
  ]);
  return {
    kind: "point",
    series: query.series,
    point: plain(point),
    isLatest: point === last,
    changes,
    ...(query.since && !since
      ? {
          sinceMissing: {
            period: query.since,
            reason: point.period.start < query.since.start ? ("none_yet" as const) : ("only_this" as const),
          },
        }
      : {}),
    allSeries: all,
    variants,
    disagreeing,
    sources,
  };
}

/** Every stored point of a series within [from, to] (inclusive ISO dates; null = open), oldest first. */
export async function getPriceHistory(
  db: Db,
  series: SeriesInfo,
  from: string | null = null,
  to: string | null = null,
): Promise<PriceHistory> {
  const { all, groups } = await pointsOf(db, series);
  const points = (groups.find((g) => g.info.key === series.key)?.rows ?? [])
    .filter((p) => periodWithin(p.period, from ?? "0000-01-01", to ?? "9999-12-31"))
    .map(plain);
  return history(db, series, all, points, from, to);
}

async function history(
  db: Db,
  series: SeriesInfo,
  allSeries: SeriesInfo[],
  points: PricePoint[],
  from: string | null,
  to: string | null,
): Promise<PriceHistory> {
  const sources = await citedSources(db, [...points.map((p) => p.sourceIds), series.methodSourceIds]);
  return { kind: "history", series, from, to, points, allSeries, sources };
}

export async function findSeries(db: Db, key: string): Promise<SeriesInfo | undefined> {
  return (await listPriceSeries(db)).find((s) => s.key === key);
}

/** One line of a chart: the points of one granularity, oldest first. */
export interface ChartLine {
  granularity: Granularity;
  points: PricePoint[];
}

/**
 * How a history is drawn: one line per granularity (months, half-years, years and mid-year
 * readings never join one line), expert estimates apart as their own markers. A chart needs a
 * line of at least two points; otherwise `chartable` is false and the values are told in words.
 */
export interface ChartPlan {
  lines: ChartLine[];
  estimates: PricePoint[];
  chartable: boolean;
}

const ORDER: Granularity[] = ["month", "half_year", "year", "mid_year"];

/** A value the source calls an estimate (expert estimates are not measured figures). */
export function isEstimate(p: PricePoint): boolean {
  return /estimate/i.test(p.noteEn ?? "") || /оценк/i.test(p.noteRu ?? "");
}

export function chartPlan(history: PriceHistory): ChartPlan {
  const estimates = history.points.filter(isEstimate);
  const measured = history.points.filter((p) => !isEstimate(p));
  const lines = ORDER.map((granularity) => ({
    granularity,
    points: measured
      .filter((p) => p.period.granularity === granularity)
      .sort((a, b) => a.period.start.localeCompare(b.period.start)),
  })).filter((l) => l.points.length > 0);
  return { lines, estimates, chartable: lines.some((l) => l.points.length >= 2) };
}
