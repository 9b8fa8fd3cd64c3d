// The answers to readings that commands do not have: several series at once, series chosen by
// the period they hold, what a question named that the knowledge base lacks, and the latest news.
// Every number still comes from the price and policy functions the commands use.

import type { Db } from "../../db/client.ts";
import { listModelScores, listRuleSets } from "../../db/queries/localization.ts";
import { type Briefing, newsPage } from "../briefings/records.ts";
import { canonicalModel } from "../catalogue/brands.ts";
import { DomainError, type UserName } from "../errors.ts";
import { loadPurposes, purposeName } from "../localization.ts";
import type { Period } from "../period.ts";
import { getPolicyTimeline, type PolicyItem } from "../policy.ts";
import {
  getPrice,
  getPriceHistory,
  listPriceSeries,
  type PriceAnswer,
  type PriceHistory,
  type SeriesInfo,
} from "../prices.ts";
import { citedSources, type Source } from "../sources.ts";
import type { Entities } from "./understand.ts";

export type PriceQuestionAnswer =
  /** The question named something no series holds: say so, and list what is held. */
  | { kind: "unknown"; name: string; held: SeriesInfo[] }
  | {
      kind: "answers";
      answers: (PriceAnswer | PriceHistory)[];
      /** Series asked about that hold nothing for the period, with their latest value instead. */
      missing: { series: SeriesInfo; period: Period; latest: PriceAnswer | null }[];
      /** No series holds the period (and none was named). */
      nothingFor: Period | null;
      held: SeriesInfo[];
    };

/** Prices for a reading: each series named (a comparison), or the series that hold the period. */
export async function answerPriceQuestion(
  db: Db,
  e: Entities,
  view: "point" | "history",
): Promise<PriceQuestionAnswer> {
  const held = await listPriceSeries(db);
  if (e.unknown) return { kind: "unknown", name: e.unknown, held };
  const period = e.period ?? null;
  const named = (e.seriesList ?? (e.series ? [e.series] : []))
    .map((k) => held.find((s) => s.key === k))
    .filter((s): s is SeriesInfo => s !== undefined);
  const implied = e.seriesImplied === true && period !== null;
  const candidates = implied ? held.filter((s) => s.model === null) : named;
  const answers: (PriceAnswer | PriceHistory)[] = [];
  const missing: { series: SeriesInfo; period: Period; latest: PriceAnswer | null }[] = [];
  for (const series of candidates) {
    if (view === "history") {
      answers.push(await getPriceHistory(db, series));
      continue;
    }
    try {
      answers.push(
        await getPrice(db, { series, period, ...(e.changeSince ? { since: e.changeSince } : {}) }),
      );
    } catch (err) {
      if (!(err instanceof DomainError) || err.code !== "no_data_for_period" || !period) throw err;
      if (implied) continue;
      const latest = await getPrice(db, { series, period: null }).catch(() => null);
      missing.push({ series, period, latest: latest?.kind === "point" ? latest : null });
    }
  }
  return {
    kind: "answers",
    answers,
    missing,
    nothingFor: implied && answers.length === 0 ? period : null,
    held,
  };
}

export interface NewsItem {
  /** ISO date the fact is dated by (a policy change's effective date, a price's period start). */
  date: string;
  policy?: PolicyItem;
  price?: PriceAnswer;
}

export interface NewsAnswer {
  window: Entities["window"] | null;
  /** Facts dated within the window, newest first (the latest ones when there is no window). */
  items: NewsItem[];
  /** With a window and nothing in it: the latest facts, clearly not new. */
  latest: NewsItem[];
  /** The sources of the items shown, in the order their references are numbered. */
  sources: Source[];
  /** Briefings dated within the window (the latest few when there is none), newest first. */
  briefings: Briefing[];
}

/** What is new by the facts' own dates: within the window asked for, or simply the latest. */
export async function latestNews(
  db: Db,
  window: Entities["window"] | undefined,
  limit = 5,
): Promise<NewsAnswer> {
  const [timeline, series] = await Promise.all([getPolicyTimeline(db, {}, 0, limit), listPriceSeries(db)]);
  const prices: NewsItem[] = [];
  for (const s of series) {
    const answer = await getPrice(db, { series: s, period: null }).catch(() => null);
    if (answer?.kind === "point") prices.push({ date: answer.point.period.start, price: answer });
  }
  const all: NewsItem[] = [
    ...timeline.items.map((p) => ({ date: p.effectiveOn, policy: p })),
    ...prices,
  ].sort((a, b) => b.date.localeCompare(a.date));
  const within = window ? all.filter((i) => i.date >= window.since) : all;
  const items = within.slice(0, limit);
  const latest = window && within.length === 0 ? all.slice(0, 3) : [];
  const sources = await citedSources(
    db,
    [...items, ...latest].map((i) => (i.policy ? i.policy.sourceIds : (i.price?.point.sourceIds ?? []))),
  );
  const page = await newsPage(db, 0);
  const briefings = window ? page.items.filter((b) => b.reportedOn >= window.since) : page.items.slice(0, 3);
  return { window: window ?? null, items, latest, sources, briefings };
}

export interface ThresholdStep {
  purpose: string;
  purposeName: UserName;
  category: string;
  effectiveFrom: string;
  status: "in_force" | "draft";
  /** Several options on one date: the sources disagree. */
  options: { threshold: number; noteEn: string | null; noteRu: string | null; sourceIds: number[] }[];
}

/** Every threshold step of a purpose (or of all), past and announced, oldest first: "when does it start". */
export async function thresholdTimeline(
  db: Db,
  purpose: string | null,
): Promise<{ steps: ThresholdStep[]; sources: Source[]; purposeName: UserName | null }> {
  const [all, purposes] = await Promise.all([listRuleSets(db), loadPurposes(db)]);
  const rows = all.filter((r) => !purpose || r.purpose === purpose);
  const steps = new Map<string, ThresholdStep>();
  for (const r of rows) {
    const key = `${r.category}|${r.purpose}|${r.effectiveFrom}`;
    const step = steps.get(key) ?? {
      purpose: r.purpose,
      purposeName: purposeName(purposes, r.purpose),
      category: r.category,
      effectiveFrom: r.effectiveFrom,
      status: r.status === "draft" ? "draft" : "in_force",
      options: [],
    };
    step.options.push({ threshold: r.threshold, noteEn: r.noteEn, noteRu: r.noteRu, sourceIds: r.sourceIds });
    steps.set(key, step);
  }
  const list = [...steps.values()].sort(
    (a, b) =>
      a.category.localeCompare(b.category) ||
      a.purpose.localeCompare(b.purpose) ||
      a.effectiveFrom.localeCompare(b.effectiveFrom),
  );
  const sources = await citedSources(
    db,
    list.flatMap((s) => s.options.map((o) => o.sourceIds)),
  );
  return { steps: list, sources, purposeName: purpose ? purposeName(purposes, purpose) : null };
}

export interface ModelScoreAnswer {
  name: string;
  scores: { model: string; year: number; points: number; sourceIds: number[] }[];
  sources: Source[];
}

/** A model's reported localization scores, found by its name in either spelling of the brand. */
export async function modelScores(db: Db, name: string): Promise<ModelScoreAnswer> {
  const wanted = canonicalModel(name);
  const rows = (await listModelScores(db)).filter((r) => {
    const model = canonicalModel(r.model);
    return model === wanted || model.startsWith(`${wanted} `) || wanted.startsWith(`${model} `);
  });
  const scores = rows.map((r) => ({
    model: r.model,
    year: r.year,
    points: r.points,
    sourceIds: [r.sourceId],
  }));
  return {
    name,
    scores,
    sources: await citedSources(
      db,
      scores.map((s) => s.sourceIds),
    ),
  };
}
