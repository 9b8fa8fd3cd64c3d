// Who may feed and curate the knowledge base: ADMIN_IDS from the configuration plus users an
// admin added. Changes and refused attempts go to the audit log.
import { cached, invalidateKnowledge } from "../../db/cache.ts";
import type { Db } from "../../db/client.ts";
import { addAdmin, listAdminIds, removeAdmin, writeAudit } from "../../db/queries/articles.ts";

/** Admins added with /admins add, cached with the knowledge cache (checked on every admin message). */
export function addedAdmins(db: Db): Promise<number[]> {
  return cached(db, "admins", () => listAdminIds(db));
}

export async function isAdmin(db: Db, userId: number, configured: number[]): Promise<boolean> {
  return configured.includes(userId) || (await addedAdmins(db)).includes(userId);
}

export async function recordRefusal(db: Db, actor: number, what: string): Promise<void> {
  await writeAudit(db, { actor, action: "admin_refused", subject: what });
}

export async function setAdmin(db: Db, userId: number, admin: boolean, actor: number): Promise<void> {
  const changed = admin ? await addAdmin(db, userId, actor) : await removeAdmin(db, userId);
  await writeAudit(db, {
    actor,
    action: admin ? "admin_add" : "admin_remove",
    subject: `user:${userId}`,
    before: { admin: admin ? !changed : changed },
    after: { admin },
  });
  invalidateKnowledge(db);
}
