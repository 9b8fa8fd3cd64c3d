// The one path by which a fact becomes visible or leaves the knowledge base (approved from an
// article or a feed, imported, corrected, retracted, restored, a new briefing): it tells the
// knowledge cache and the alert matcher. Digests read what is new on their own schedule.
import { invalidateKnowledge } from "../db/cache.ts";
import type { Db } from "../db/client.ts";
import { factsAbove, factWatermarks } from "../db/queries/alert-facts.ts";
import { importKnowledge } from "../db/transfer/transfer.ts";
import { fireAlerts, withdrawFact } from "./alerts/match.ts";

export interface KnowledgeChange {
  /** Facts that became visible, by reference (see domain/alerts/match.ts). */
  visible?: string[];
  /** Facts withdrawn. */
  retracted?: string[];
}

/** Returns how many alerts (and corrections) were queued. */
export async function publishKnowledge(db: Db, change: KnowledgeChange, now = new Date()): Promise<number> {
  invalidateKnowledge(db);
  let queued = 0;
  for (const ref of change.retracted ?? []) queued += await withdrawFact(db, ref, now);
  if (change.visible?.length) queued += await fireAlerts(db, change.visible, now);
  return queued;
}

/** The facts an approval wrote (the audit record of domain/ingest/curate.ts), as references. */
export function refsWritten(written: Record<string, unknown> | null): string[] {
  if (!written) return [];
  const w = written as Record<string, number | string | undefined>;
  if (typeof w.pricePoint === "number") return [`price:${w.pricePoint}`];
  if (typeof w.policyChange === "number") return [`policy:${w.policyChange}`];
  if (typeof w.feeRate === "number") return [`fee:${w.feeRate}`];
  if (typeof w.ruleSet === "number") return [`threshold:${w.ruleSet}`];
  if (typeof w.modelScore === "number") return [`model_score:${w.modelScore}`];
  if (typeof w.parameter === "number") return [`max_score:${w.parameter}`];
  // An item's points changed (a citation alone changes nothing a user follows).
  if (typeof w.item === "string" && w.points !== undefined && w.points !== w.before)
    return [`item:${w.item}@${w.points}@${w.before}`];
  return [];
}

/**
 * Imports a knowledge file (db/transfer) and publishes what it added: rows above the tables'
 * highest ids before the import are the new facts. Rows the file updated in place (same key) are
 * corrections of history and fire nothing.
 */
export async function importAndPublish(db: Db, input: unknown, now = new Date()) {
  const marks = await factWatermarks(db);
  const counts = await importKnowledge(db, input);
  const added = await factsAbove(db, marks);
  const alerts = await publishKnowledge(
    db,
    {
      visible: [
        ...added.price.map((id) => `price:${id}`),
        ...added.policy.map((id) => `policy:${id}`),
        ...added.ruleSet.map((id) => `threshold:${id}`),
        ...added.modelScore.map((id) => `model_score:${id}`),
      ],
    },
    now,
  );
  return { counts, alerts };
}
