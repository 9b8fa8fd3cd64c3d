// A briefing as answers show it: its source (publisher, title, date, link), summary, statements,
// the names it mentions and the facts its source gave.
import type { Db } from "../../db/client.ts";
import {
  type BriefingRow,
  briefingsByIds,
  entitiesOf,
  factsOfSource,
  latestBriefings,
  type StatementRow,
  statementsOf,
} from "../../db/queries/briefings.ts";
import { listSeries } from "../../db/queries/prices.ts";
import { sourcesByIds } from "../../db/queries/sources.ts";
import type { Period } from "../period.ts";
import type { Source } from "../sources.ts";
import { type Entity, loadCatalogue } from "./entities.ts";

export type Statement = StatementRow;

export interface Briefing extends BriefingRow {
  source: Source;
  statements: Statement[];
  entities: Entity[];
  /** The matching passage of a search, marked (db/queries/briefings.ts MARK_START). */
  fragment?: string | null;
}

export interface BriefingFact {
  kind: "price" | "policy";
  nameEn: string;
  nameRu: string;
  /** Price facts: the value in roubles and its period. */
  value?: number;
  period?: Period;
  /** Policy facts: when the change takes effect. */
  effectiveOn?: string;
  datePrecision?: "day" | "month" | "year";
}

/**
 * The briefings with these ids, in this order, complete with their sources and names, and their
 * statements unless `withStatements` is false (lists of search results show none).
 */
export async function briefingsOf(db: Db, ids: number[], withStatements = true): Promise<Briefing[]> {
  const rows = await briefingsByIds(db, ids);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const ordered = ids.map((id) => byId.get(id)).filter((r): r is BriefingRow => r !== undefined);
  const [srcs, said, links, catalogue] = await Promise.all([
    sourcesByIds(
      db,
      ordered.map((r) => r.sourceId),
    ),
    withStatements
      ? statementsOf(
          db,
          ordered.map((r) => r.id),
        )
      : Promise.resolve([]),
    entitiesOf(
      db,
      ordered.map((r) => r.id),
    ),
    loadCatalogue(db),
  ]);
  const out: Briefing[] = [];
  for (const r of ordered) {
    const source = srcs.find((s) => s.id === r.sourceId);
    if (!source) continue;
    const entityIds = new Set(links.filter((l) => l.briefingId === r.id).map((l) => l.entityId));
    out.push({
      ...r,
      source,
      statements: said.filter((s) => s.briefingId === r.id),
      entities: catalogue.entities.filter((e) => entityIds.has(e.id)),
    });
  }
  return out;
}

export async function getBriefing(
  db: Db,
  id: number,
): Promise<{ briefing: Briefing; facts: BriefingFact[] } | null> {
  const [briefing] = await briefingsOf(db, [id]);
  if (!briefing) return null;
  const [facts, series] = await Promise.all([factsOfSource(db, briefing.sourceId), listSeries(db)]);
  const out: BriefingFact[] = [];
  for (const p of facts.prices) {
    const s = series.find((x) => x.id === p.seriesId);
    if (!s) continue;
    out.push({
      kind: "price",
      nameEn: s.nameEn,
      nameRu: s.nameRu,
      value: p.value,
      period: { start: p.periodStart, granularity: p.granularity as Period["granularity"] },
    });
  }
  for (const p of facts.policies) {
    out.push({
      kind: "policy",
      nameEn: p.titleEn,
      nameRu: p.titleRu,
      effectiveOn: p.effectiveOn,
      datePrecision: p.datePrecision as "day" | "month" | "year",
    });
  }
  return { briefing, facts: out };
}

export const NEWS_PAGE = 5;

/** One page of the latest briefings, newest first. */
export async function newsPage(
  db: Db,
  offset: number,
): Promise<{ items: Briefing[]; offset: number; total: number }> {
  const { rows, total } = await latestBriefings(db, Math.max(0, offset), NEWS_PAGE);
  return {
    items: await briefingsOf(
      db,
      rows.map((r) => r.id),
    ),
    offset: Math.max(0, offset),
    total,
  };
}

/** The summary in the user's language where we have it; otherwise the one the story came in. */
export function summaryIn(b: Pick<BriefingRow, "summaryEn" | "summaryRu">, lang: "en" | "ru"): string {
  return (lang === "ru" ? (b.summaryRu ?? b.summaryEn) : (b.summaryEn ?? b.summaryRu)) ?? "";
}

/** The first sentence of the summary: the one-line gist of lists and digests. */
export function gistOf(b: Pick<BriefingRow, "summaryEn" | "summaryRu">, lang: "en" | "ru"): string {
  const text = summaryIn(b, lang);
  const m = /^.+?[.!?…](?=\s+[A-ZА-ЯЁ«"]|$)/su.exec(text);
  const first = (m?.[0] ?? text).trim();
  return first.length > 240 ? `${first.slice(0, 239)}…` : first;
}

/** A statement's gist in the user's language, else in the language it was read in, else its quote. */
export function statementGist(s: Statement, lang: "en" | "ru"): string {
  return (lang === "ru" ? (s.gistRu ?? s.gistEn) : (s.gistEn ?? s.gistRu)) ?? s.quote ?? "";
}
