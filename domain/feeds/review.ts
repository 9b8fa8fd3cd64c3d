// The review queue: articles (from feeds or pasted) with facts waiting for an admin, oldest
// first. Approving and rejecting go through the same decisions as the /ingest card.
import type { Db } from "../../db/client.ts";
import { listArticleFacts } from "../../db/queries/articles.ts";
import { articleOrigin, pendingArticles } from "../../db/queries/feeds.ts";
import { decideFact } from "../ingest/curate.ts";

export interface ReviewPosition {
  articleId: number;
  /** Articles waiting, this one included. */
  waiting: number;
  origin: { feedId: number; feedTitle: string | null; url: string | null } | null;
}

/** The first waiting article after `afterId` (from the start again when none is after it). */
export async function nextForReview(db: Db, afterId = 0): Promise<ReviewPosition | null> {
  const waiting = await pendingArticles(db);
  if (waiting.length === 0) return null;
  const next = waiting.find((a) => a.articleId > afterId) ?? waiting[0];
  if (!next) return null;
  return {
    articleId: next.articleId,
    waiting: waiting.length,
    origin: (await articleOrigin(db, next.articleId)) ?? null,
  };
}

/** Rejects every waiting fact of an article; returns how many. */
export async function rejectAll(db: Db, articleId: number, actor: number): Promise<number> {
  let rejected = 0;
  for (const fact of await listArticleFacts(db, articleId)) {
    if (fact.status !== "pending") continue;
    await decideFact(db, fact.id, "reject", actor);
    rejected++;
  }
  return rejected;
}
