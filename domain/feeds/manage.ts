// Following feeds: add (fetched and validated first: a bad address or a page that is no feed is
// refused and nothing is stored), remove, pause and resume, trust for chosen fact kinds. Every
// change is in the audit log. Fetch errors become domain errors the front ends word.
import type { Db } from "../../db/client.ts";
import { writeAudit } from "../../db/queries/articles.ts";
import {
  deleteFeed,
  type FeedRow,
  findFeed,
  findFeedByUrl,
  insertFeed,
  listFeeds,
  updateFeed,
} from "../../db/queries/feeds.ts";
import { DomainError, type DomainErrorCode } from "../errors.ts";
import { FeedFetchError, type FetchLimits, fetchLimited } from "./fetch.ts";
import { parseFeedText } from "./parse.ts";
import { TRUST_KINDS } from "./poll.ts";

export type { FeedRow } from "../../db/queries/feeds.ts";

/** A fetch error as the domain error users see (`feed_private_address`, `feed_not_a_feed`, …). */
export function feedError(err: FeedFetchError): DomainError {
  return new DomainError(`feed_${err.code}` as DomainErrorCode, { detail: err.detail });
}

export interface AddOptions {
  actor: number;
  /** Loopback and private addresses allowed: the command line, or FEED_ALLOW_PRIVATE=true. */
  allowPrivate: boolean;
  limits: Omit<FetchLimits, "allowPrivate">;
  now?: Date;
}

export async function addFeed(
  db: Db,
  address: string,
  o: AddOptions,
): Promise<{ feed: FeedRow; items: number; format: string }> {
  const limits = { ...o.limits, allowPrivate: o.allowPrivate };
  let parsed: ReturnType<typeof parseFeedText>;
  let url: string;
  try {
    const fetched = await fetchLimited(address, limits);
    parsed = parseFeedText(fetched.text, fetched.url);
    // The address as given, unless it redirected: then the one that answered.
    url = fetched.url;
  } catch (err) {
    if (err instanceof FeedFetchError) throw feedError(err);
    throw err;
  }
  if (await findFeedByUrl(db, url)) throw new DomainError("feed_exists", { url });
  const feed = await insertFeed(db, {
    url,
    title: parsed.title || new URL(url).hostname,
    addedBy: o.actor,
    allowPrivate: o.allowPrivate,
    now: o.now ?? new Date(),
  });
  if (!feed) throw new DomainError("feed_exists", { url });
  await writeAudit(db, {
    actor: o.actor,
    action: "feed_add",
    subject: `feed:${feed.id}`,
    after: { url, title: feed.title, allowPrivate: o.allowPrivate, format: parsed.format },
  });
  return { feed, items: parsed.entries.length, format: parsed.format };
}

async function feedById(db: Db, id: number): Promise<FeedRow> {
  const feed = Number.isSafeInteger(id) ? await findFeed(db, id) : undefined;
  if (!feed) throw new DomainError("feed_not_found", { id: String(id) });
  return feed;
}

export async function removeFeed(db: Db, id: number, actor: number): Promise<FeedRow> {
  const feed = await feedById(db, id);
  await deleteFeed(db, id);
  await writeAudit(db, {
    actor,
    action: "feed_remove",
    subject: `feed:${id}`,
    before: { url: feed.url, title: feed.title, trustedKinds: feed.trustedKinds },
  });
  return feed;
}

export async function setFeedPaused(db: Db, id: number, paused: boolean, actor: number): Promise<FeedRow> {
  const feed = await feedById(db, id);
  const row = (await updateFeed(db, id, { paused, ...(paused ? {} : { nextPollAt: new Date() }) })) ?? feed;
  await writeAudit(db, {
    actor,
    action: paused ? "feed_pause" : "feed_resume",
    subject: `feed:${id}`,
    before: { paused: feed.paused },
    after: { paused },
  });
  return row;
}

/** `prices`, `policy`, `rules` (several allowed), or `none` to review everything again. */
export async function trustFeed(db: Db, id: number, words: string[], actor: number): Promise<FeedRow> {
  const feed = await feedById(db, id);
  const kinds = words.map((w) => w.toLowerCase()).filter(Boolean);
  const unknown = kinds.filter((k) => k !== "none" && !(k in TRUST_KINDS));
  if (kinds.length === 0 || unknown.length > 0)
    throw new DomainError("feed_unknown_kind", {
      input: unknown.join(", "),
      kinds: [...Object.keys(TRUST_KINDS), "none"],
    });
  const trusted = kinds.includes("none") ? [] : [...new Set(kinds)].sort();
  const row = (await updateFeed(db, id, { trustedKinds: trusted })) ?? feed;
  await writeAudit(db, {
    actor,
    action: "feed_trust",
    subject: `feed:${id}`,
    before: { trustedKinds: feed.trustedKinds },
    after: { trustedKinds: trusted },
  });
  return row;
}

export { listFeeds };
