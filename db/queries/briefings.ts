// Briefings, their statements and the names they mention. Search is PostgreSQL full-text search
// (the `english` and `russian` configurations over stored tsvectors with GIN indexes) combined
// with entity links; the SQL is plain PostgreSQL that runs on PGlite and on PostgreSQL 15.
import { and, asc, count, desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import { cached } from "../cache.ts";
import type { Db } from "../client.ts";
import {
  briefingEntities,
  briefingStatements,
  briefings,
  entities,
  policyChangeSources,
  policyChanges,
  sources,
} from "../schema/index.ts";

export type EntityRow = typeof entities.$inferSelect;
type Tx = Pick<Db, "insert" | "select" | "update" | "delete" | "execute">;

export interface StatementInput {
  speakerEntityId: number | null;
  speaker: string;
  roleEn?: string | null;
  roleRu?: string | null;
  gistEn?: string | null;
  gistRu?: string | null;
  quote?: string | null;
}

export interface BriefingInput {
  sourceId: number;
  articleId?: number | null;
  language: string;
  summaryEn: string | null;
  summaryRu: string | null;
  reportedOn: string;
  origin: string;
  entityIds: number[];
  statements: StatementInput[];
}

export function listEntities(db: Db): Promise<EntityRow[]> {
  return cached(db, "entities", () => db.select().from(entities).orderBy(asc(entities.id)));
}

export async function upsertEntity(tx: Tx, e: Omit<EntityRow, "id">): Promise<number> {
  const { key: _key, ...rest } = e;
  await tx.insert(entities).values(e).onConflictDoUpdate({ target: entities.key, set: rest });
  const [row] = await tx.select({ id: entities.id }).from(entities).where(eq(entities.key, e.key));
  if (!row) throw new Error(`entity ${e.key} not found after insert`);
  return row.id;
}

/**
 * Writes a briefing (one per source: a second write replaces the first) with its statements and
 * names, and the text search reads in each language: the source's title, the summary, the
 * statements with their speakers, the names of what it mentions (both languages' aliases, so a
 * name typed in either finds it) and the policy changes the source is cited for.
 */
export async function writeBriefing(tx: Tx, b: BriefingInput): Promise<number> {
  const [source] = await tx.select().from(sources).where(eq(sources.id, b.sourceId));
  if (!source) throw new Error(`briefing of unknown source ${b.sourceId}`);
  const named = b.entityIds.length
    ? await tx.select().from(entities).where(inArray(entities.id, b.entityIds))
    : [];
  const policy = await tx
    .select({ titleEn: policyChanges.titleEn, titleRu: policyChanges.titleRu })
    .from(policyChangeSources)
    .innerJoin(policyChanges, eq(policyChanges.id, policyChangeSources.policyChangeId))
    .where(eq(policyChangeSources.sourceId, b.sourceId));
  const latin = (a: string) => !/[а-яё]/i.test(a);
  const searchEn = [
    source.title,
    b.summaryEn ?? "",
    ...b.statements.flatMap((s) => [
      s.speaker,
      s.gistEn ?? "",
      s.quote && b.language === "en" ? s.quote : "",
    ]),
    ...named.flatMap((e) => [e.nameEn, ...e.aliases.filter(latin)]),
    ...policy.map((p) => p.titleEn),
  ]
    .filter(Boolean)
    .join("\n");
  const searchRu = [
    source.titleRu ?? "",
    b.summaryRu ?? "",
    ...b.statements.flatMap((s) => [
      latin(s.speaker) ? "" : s.speaker,
      s.gistRu ?? "",
      s.quote && b.language === "ru" ? s.quote : "",
    ]),
    ...named.flatMap((e) => [e.nameRu, ...e.aliases.filter((a) => !latin(a))]),
    ...policy.map((p) => p.titleRu),
  ]
    .filter(Boolean)
    .join("\n");
  const values = {
    sourceId: b.sourceId,
    articleId: b.articleId ?? null,
    language: b.language,
    summaryEn: b.summaryEn,
    summaryRu: b.summaryRu,
    reportedOn: b.reportedOn,
    origin: b.origin,
    searchEn,
    searchRu,
  };
  const { sourceId: _s, ...update } = values;
  await tx.insert(briefings).values(values).onConflictDoUpdate({ target: briefings.sourceId, set: update });
  const [row] = await tx
    .select({ id: briefings.id })
    .from(briefings)
    .where(eq(briefings.sourceId, b.sourceId));
  if (!row) throw new Error("briefing not found after insert");
  await tx.delete(briefingStatements).where(eq(briefingStatements.briefingId, row.id));
  await tx.delete(briefingEntities).where(eq(briefingEntities.briefingId, row.id));
  if (b.statements.length > 0) {
    await tx
      .insert(briefingStatements)
      .values(b.statements.map((s, position) => ({ ...s, briefingId: row.id, position })));
  }
  if (b.entityIds.length > 0) {
    await tx
      .insert(briefingEntities)
      .values([...new Set(b.entityIds)].map((entityId) => ({ briefingId: row.id, entityId })))
      .onConflictDoNothing();
  }
  return row.id;
}

/** The day a briefing is news for, when an admin gives the date its article did not state. */
export async function redateBriefing(db: Db, sourceId: number, date: string): Promise<void> {
  await db.update(briefings).set({ reportedOn: date }).where(eq(briefings.sourceId, sourceId));
}

export interface BriefingRow {
  id: number;
  sourceId: number;
  language: string;
  summaryEn: string | null;
  summaryRu: string | null;
  reportedOn: string;
  origin: string;
  createdAt: Date;
}

const briefingColumns = {
  id: briefings.id,
  sourceId: briefings.sourceId,
  language: briefings.language,
  summaryEn: briefings.summaryEn,
  summaryRu: briefings.summaryRu,
  reportedOn: briefings.reportedOn,
  origin: briefings.origin,
  createdAt: briefings.createdAt,
};

/** Newest first, a page at a time, with the total for the page buttons. */
export async function latestBriefings(
  db: Db,
  offset: number,
  limit: number,
): Promise<{ rows: BriefingRow[]; total: number }> {
  const [rows, [total]] = await Promise.all([
    db
      .select(briefingColumns)
      .from(briefings)
      .orderBy(desc(briefings.reportedOn), desc(briefings.id))
      .offset(offset)
      .limit(limit),
    db.select({ n: count() }).from(briefings),
  ]);
  return { rows, total: Number(total?.n ?? 0) };
}

export async function briefingsByIds(db: Db, ids: number[]): Promise<BriefingRow[]> {
  if (ids.length === 0) return [];
  return db.select(briefingColumns).from(briefings).where(inArray(briefings.id, ids));
}

/** Live briefings that came in since a moment (the digest's "new" briefings). */
export async function briefingsSince(db: Db, since: Date, limit = 10): Promise<BriefingRow[]> {
  return db
    .select(briefingColumns)
    .from(briefings)
    .where(and(eq(briefings.origin, "live"), sql`${briefings.createdAt} > ${since.toISOString()}`))
    .orderBy(desc(briefings.createdAt))
    .limit(limit);
}

export type StatementRow = typeof briefingStatements.$inferSelect;

export async function statementsOf(db: Db, briefingIds: number[]): Promise<StatementRow[]> {
  if (briefingIds.length === 0) return [];
  return db
    .select()
    .from(briefingStatements)
    .where(inArray(briefingStatements.briefingId, briefingIds))
    .orderBy(asc(briefingStatements.briefingId), asc(briefingStatements.position));
}

/** What one speaker said, in the newest briefings first. */
export async function statementsBySpeaker(db: Db, entityId: number, limit = 20): Promise<StatementRow[]> {
  return db
    .select({ s: briefingStatements })
    .from(briefingStatements)
    .innerJoin(briefings, eq(briefings.id, briefingStatements.briefingId))
    .where(eq(briefingStatements.speakerEntityId, entityId))
    .orderBy(desc(briefings.reportedOn), asc(briefingStatements.position))
    .limit(limit)
    .then((rows) => rows.map((r) => r.s));
}

export async function entitiesOf(
  db: Db,
  briefingIds: number[],
): Promise<{ briefingId: number; entityId: number }[]> {
  if (briefingIds.length === 0) return [];
  return db.select().from(briefingEntities).where(inArray(briefingEntities.briefingId, briefingIds));
}

export interface SearchHit {
  id: number;
  rank: number;
  /** The best matching passage of the summary, matches between ⟦ and ⟧. */
  fragment: string | null;
}

/** Matches are marked with characters no summary holds, so the front end can escape, then bold them. */
export const MARK_START = "⟦";
export const MARK_STOP = "⟧";
const HEADLINE = `MaxFragments=1, MaxWords=28, MinWords=10, StartSel=${MARK_START}, StopSel=${MARK_STOP}`;

const CANDIDATES_PER_ARM = 50;

/** Any of the words (each stemmed by the configuration), rather than all of them: questions carry words no briefing has. */
function anyOf(config: "english" | "russian", words: string[]): SQL {
  return sql.join(
    words.map((w) => sql`plainto_tsquery(${config}::regconfig, ${w})`),
    sql` || `,
  );
}

type Raw = Record<string, unknown>;
/** PGlite's driver answers `execute` with `{ rows }`, postgres.js with the rows themselves. */
function rowsOf(result: unknown): Raw[] {
  return Array.isArray(result) ? (result as Raw[]) : ((result as { rows: Raw[] }).rows ?? []);
}

/**
 * Briefings that match any of the words (in English or Russian) or mention any of the entities,
 * best first: text rank plus a point per entity matched, then the newest.
 */
export async function searchBriefings(
  db: Db,
  query: { words: string[]; entityIds: number[]; lang: "en" | "ru"; limit: number; offset?: number },
): Promise<SearchHit[]> {
  const words = query.words.slice(0, 12);
  if (words.length === 0 && query.entityIds.length === 0) return [];
  const qe = words.length ? anyOf("english", words) : sql`''::tsquery`;
  const qr = words.length ? anyOf("russian", words) : sql`''::tsquery`;
  const ids = query.entityIds.length ? query.entityIds : [0];
  const idList = sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );
  const [summaryCol, config, q] =
    query.lang === "ru"
      ? [sql`coalesce(b.summary_ru, b.summary_en, '')`, sql`'russian'::regconfig`, sql`q.qr`]
      : [sql`coalesce(b.summary_en, b.summary_ru, '')`, sql`'english'::regconfig`, sql`q.qe`];
  // The queries are written out in each arm (not read from the CTE) so the planner sees
  // constants and uses the GIN indexes. Each arm takes its newest CANDIDATES_PER_ARM matches, so a word found in thousands of
  // briefings costs a bounded ranking; "newest and best first" is what the answers show anyway.
  const result = await db.execute(sql`
    with q as materialized (select (${qe}) as qe, (${qr}) as qr),
    named as (
      select be.briefing_id as id, count(*)::float4 as hits from briefing_entities be
      where be.entity_id in (${idList}) group by be.briefing_id
    ),
    candidates as (
      (select b.id from briefings b where b.tsv_en @@ (${qe})
        order by b.reported_on desc, b.id desc limit ${CANDIDATES_PER_ARM})
      union (select b.id from briefings b where b.tsv_ru @@ (${qr})
        order by b.reported_on desc, b.id desc limit ${CANDIDATES_PER_ARM})
      union (select n.id from named n join briefings b on b.id = n.id
        order by n.hits desc, b.reported_on desc, b.id desc limit ${CANDIDATES_PER_ARM})
    ),
    ranked as (
      select b.id, b.reported_on,
        ts_rank(b.tsv_en, q.qe) + ts_rank(b.tsv_ru, q.qr) + coalesce(n.hits, 0) as rank
      from candidates c join briefings b on b.id = c.id left join named n on n.id = c.id, q
      order by rank desc, b.reported_on desc, b.id desc
      limit ${query.limit} offset ${query.offset ?? 0}
    )
    select r.id, r.rank,
      case when numnode(${q}) > 0 then ts_headline(${config}, ${summaryCol}, ${q}, ${HEADLINE}) end as fragment
    from ranked r join briefings b on b.id = r.id, q
    order by r.rank desc, r.reported_on desc, r.id desc`);
  return rowsOf(result).map((r) => ({
    id: Number(r.id),
    rank: Number(r.rank),
    fragment: typeof r.fragment === "string" && r.fragment.includes(MARK_START) ? r.fragment : null,
  }));
}

export interface BriefingFacts {
  prices: { seriesId: number; periodStart: string; granularity: string; value: number }[];
  policies: { id: number; titleEn: string; titleRu: string; effectiveOn: string; datePrecision: string }[];
}

/** The figures and policy changes the briefing's source is cited for (retracted ones left out). */
export async function factsOfSource(db: Db, sourceId: number): Promise<BriefingFacts> {
  const prices = rowsOf(
    await db.execute(sql`
      select p.series_id, p.period_start::text as period_start, p.granularity, p.value
      from price_point_sources ps join price_points p on p.id = ps.point_id
      where ps.source_id = ${sourceId} and p.retracted_at is null
      order by p.period_start`),
  ).map((r) => ({
    seriesId: Number(r.series_id),
    periodStart: String(r.period_start),
    granularity: String(r.granularity),
    value: Number(r.value),
  }));
  const policies = await db
    .select({
      id: policyChanges.id,
      titleEn: policyChanges.titleEn,
      titleRu: policyChanges.titleRu,
      effectiveOn: policyChanges.effectiveOn,
      datePrecision: policyChanges.datePrecision,
    })
    .from(policyChangeSources)
    .innerJoin(policyChanges, eq(policyChanges.id, policyChangeSources.policyChangeId))
    .where(and(eq(policyChangeSources.sourceId, sourceId), sql`${policyChanges.retractedAt} is null`))
    .orderBy(asc(policyChanges.effectiveOn));
  return { prices, policies };
}
