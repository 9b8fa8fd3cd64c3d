import { and, asc, count, desc, eq, gte, inArray, isNull, lte, type SQL } from "drizzle-orm";
import { cached } from "../cache.ts";
import type { Db } from "../client.ts";
import { jurisdictions, policyChangeSources, policyChanges, policyTopics } from "../schema/index.ts";
import { groupSourceIds } from "./sources.ts";

export type TopicRow = typeof policyTopics.$inferSelect;
export type JurisdictionRow = typeof jurisdictions.$inferSelect;
export type PolicyChangeRow = typeof policyChanges.$inferSelect & { sourceIds: number[] };

export interface PolicyFilter {
  topic?: string;
  jurisdiction?: string;
  /** Inclusive ISO dates. */
  since?: string;
  until?: string;
}

export function listTopics(db: Db): Promise<TopicRow[]> {
  return cached(db, "topics", () => loadListTopics(db));
}

async function loadListTopics(db: Db): Promise<TopicRow[]> {
  return db.select().from(policyTopics).orderBy(asc(policyTopics.key));
}

export function listJurisdictions(db: Db): Promise<JurisdictionRow[]> {
  return cached(db, "jurisdictions", () => loadListJurisdictions(db));
}

async function loadListJurisdictions(db: Db): Promise<JurisdictionRow[]> {
  return db.select().from(jurisdictions).orderBy(asc(jurisdictions.code));
}

function where(filter: PolicyFilter): SQL | undefined {
  return and(
    isNull(policyChanges.retractedAt),
    filter.topic ? eq(policyChanges.topic, filter.topic) : undefined,
    filter.jurisdiction ? eq(policyChanges.jurisdiction, filter.jurisdiction) : undefined,
    filter.since ? gte(policyChanges.effectiveOn, filter.since) : undefined,
    filter.until ? lte(policyChanges.effectiveOn, filter.until) : undefined,
  );
}

/** One page of the timeline, newest first, and the total count under the filter. */
export function listPolicyChanges(
  db: Db,
  filter: PolicyFilter,
  page: { offset: number; limit: number },
): Promise<{ rows: PolicyChangeRow[]; total: number }> {
  return cached(db, `policy:${JSON.stringify([filter, page])}`, () => loadPolicyChanges(db, filter, page));
}

async function loadPolicyChanges(
  db: Db,
  filter: PolicyFilter,
  page: { offset: number; limit: number },
): Promise<{ rows: PolicyChangeRow[]; total: number }> {
  const [rows, [totalRow]] = await Promise.all([
    db
      .select()
      .from(policyChanges)
      .where(where(filter))
      .orderBy(desc(policyChanges.effectiveOn), desc(policyChanges.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ n: count() }).from(policyChanges).where(where(filter)),
  ]);
  if (rows.length === 0) return { rows: [], total: totalRow?.n ?? 0 };
  const links = await db
    .select({ policyChangeId: policyChangeSources.policyChangeId, sourceId: policyChangeSources.sourceId })
    .from(policyChangeSources)
    .where(
      inArray(
        policyChangeSources.policyChangeId,
        rows.map((r) => r.id),
      ),
    );
  const sourceIds = groupSourceIds(links, "policyChangeId");
  return {
    rows: rows.map((r) => ({ ...r, sourceIds: (sourceIds.get(r.id) ?? []).sort((a, b) => a - b) })),
    total: totalRow?.n ?? 0,
  };
}
