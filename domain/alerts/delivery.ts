// Just before an alert goes out: an alert whose fact was retracted meanwhile, or whose rule was
// muted or deleted while it waited (quiet hours, a busy outbox), is not sent; a correction waits
// for the alert it corrects and is dropped when that alert never went out. A correction goes out
// even for a muted rule: it takes back something the chat was told.
import type { Db } from "../../db/client.ts";
import { factVisible } from "../../db/queries/alert-facts.ts";
import { alertStatus, ruleLive } from "../../db/queries/alerts.ts";

export type AlertGate = "send" | "later" | "cancelled" | "skipped";

export async function alertGate(
  db: Db,
  row: { kind: string; alertRuleId: number | null; factRef: string | null },
): Promise<AlertGate> {
  if (row.kind === "digest" || !row.factRef) return "send";
  if (row.kind === "alert") {
    if (row.alertRuleId === null || !(await ruleLive(db, row.alertRuleId))) return "skipped";
    return (await factVisible(db, row.factRef)) ? "send" : "cancelled";
  }
  if (row.alertRuleId === null) return "skipped";
  const original = await alertStatus(db, row.alertRuleId, row.factRef);
  if (original === "sent") return "send";
  if (original === "pending" || original === "sending") return "later";
  return "skipped";
}
