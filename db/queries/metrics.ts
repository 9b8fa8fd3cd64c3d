// What /metrics reads from the database when it is scraped: the digest outbox and, on
// PostgreSQL, the connections to this database. Both are index or catalogue reads.
import { sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import { digestDeliveries } from "../schema/index.ts";

export interface OutboxStats {
  /** Rows by status (pending, sending, sent, failed, skipped). */
  byStatus: Record<string, number>;
  /** Seconds the longest-waiting due row (pending, due) has waited; 0 when none is due. */
  oldestPendingSeconds: number;
}

export async function outboxStats(db: Db, now: Date): Promise<OutboxStats> {
  const d = digestDeliveries;
  const rows = await db.select({ status: d.status, n: sql<number>`count(*)::int` }).from(d).groupBy(d.status);
  const [oldest] = await db
    .select({ at: sql<string | null>`min(${d.nextAttemptAt})` })
    .from(d)
    .where(sql`${d.status} = 'pending' and ${d.nextAttemptAt} <= ${now.toISOString()}::timestamptz`);
  const at = oldest?.at ? new Date(oldest.at).getTime() : Number.NaN;
  return {
    byStatus: Object.fromEntries(rows.map((r) => [r.status, Number(r.n)])),
    oldestPendingSeconds: Number.isFinite(at) ? Math.max(0, (now.getTime() - at) / 1000) : 0,
  };
}

/** Connections to the current database by state, from pg_stat_activity (PostgreSQL only). */
export async function connectionStates(db: Db): Promise<Record<string, number>> {
  const result = await db.execute<{ state: string | null; n: number }>(
    sql`select coalesce(state, 'unknown') as state, count(*)::int as n from pg_stat_activity
         where datname = current_database() and backend_type = 'client backend' group by 1`,
  );
  const rows = Array.isArray(result)
    ? result
    : (result as unknown as { rows: { state: string; n: number }[] }).rows;
  return Object.fromEntries(rows.map((r) => [String(r.state), Number(r.n)]));
}
