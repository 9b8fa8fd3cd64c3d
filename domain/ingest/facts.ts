// Curating stored facts: the latest price points and policy changes, retracting one (it leaves
// answers and digests but stays in the history), restoring it, or correcting a price value.
// Every change goes to the audit log with what it was before and after.
import type { Db } from "../../db/client.ts";
import { writeAudit } from "../../db/queries/articles.ts";
import { markRetracted, newestFacts, setPointValue } from "../../db/queries/facts.ts";
import { DomainError } from "../errors.ts";
import { publishKnowledge } from "../knowledge.ts";

export interface StoredFact {
  /** `p12` for a price point, `c7` for a policy change. */
  ref: string;
  kind: "price" | "policy";
  /** What it is about, by name: the series or the policy change's title. */
  label: string;
  labelRu: string;
  value: number | null;
  date: string;
  createdAt: Date;
  retracted: boolean;
}

export async function recentFacts(db: Db, limit = 10): Promise<StoredFact[]> {
  const { points, changes } = await newestFacts(db, limit);
  const facts: StoredFact[] = [
    ...points.map(({ p, seriesEn, seriesRu }) => ({
      ref: `p${p.id}`,
      kind: "price" as const,
      label: seriesEn,
      labelRu: seriesRu,
      value: p.value,
      date: p.periodStart,
      createdAt: p.createdAt,
      retracted: p.retractedAt !== null,
    })),
    ...changes.map((c) => ({
      ref: `c${c.id}`,
      kind: "policy" as const,
      label: c.titleEn,
      labelRu: c.titleRu,
      value: null,
      date: c.effectiveOn,
      createdAt: c.createdAt,
      retracted: c.retractedAt !== null,
    })),
  ];
  return facts
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.ref.localeCompare(a.ref))
    .slice(0, limit);
}

function parseRef(ref: string): { table: "price" | "policy"; id: number } {
  const m = /^([pc])(\d{1,9})$/.exec(ref.trim());
  if (!m) throw new DomainError("fact_not_found", { id: ref.slice(0, 20) });
  return { table: m[1] === "p" ? "price" : "policy", id: Number(m[2]) };
}

export async function setRetracted(db: Db, ref: string, retracted: boolean, actor: number): Promise<void> {
  const { table, id } = parseRef(ref);
  const at = retracted ? new Date() : null;
  const found = await markRetracted(db, table, id, at);
  if (!found) throw new DomainError("fact_not_found", { id: ref });
  await writeAudit(db, {
    actor,
    action: retracted ? "retract_fact" : "restore_fact",
    subject: ref,
    before: { retracted: !retracted },
    after: { retracted },
  });
  const fact = `${table}:${id}`;
  await publishKnowledge(db, retracted ? { retracted: [fact] } : { visible: [fact] });
}

export async function editPriceValue(db: Db, ref: string, value: number, actor: number): Promise<void> {
  const { table, id } = parseRef(ref);
  if (table !== "price" || !(value > 0)) throw new DomainError("fact_not_found", { id: ref });
  const before = await setPointValue(db, id, value);
  if (before === undefined) throw new DomainError("fact_not_found", { id: ref });
  await writeAudit(db, {
    actor,
    action: "edit_fact",
    subject: ref,
    before: { value: before },
    after: { value },
  });
  await publishKnowledge(db, { visible: [`price:${id}@${value}`] });
}
