// One polling round: claim the due feeds through the database (so any number of processes can
// poll together and each feed is polled once), fetch each with a conditional GET, read every item
// no feed had before (by GUID, canonical address or text), fetch its page and take its main text,
// and store it as an article with its candidate facts. A trusted feed's chosen kinds are
// approved at once, audited with the feed as their origin. Errors back off per feed.
import { createHash, randomUUID } from "node:crypto";
import type { Db } from "../../db/client.ts";
import type { ArticleFactRow } from "../../db/queries/articles.ts";
import {
  claimContentHash,
  claimDueFeeds,
  claimItem,
  type FeedRow,
  finishItem,
  makeAllDue,
  markUnchanged,
  seenItems,
  updateFeed,
} from "../../db/queries/feeds.ts";
import { DomainError } from "../errors.ts";
import { decideFact, ingestArticle } from "../ingest/curate.ts";
import type { Candidate } from "../ingest/extract.ts";
import { FeedFetchError, type FetchLimits, fetchLimited } from "./fetch.ts";
import { readPage } from "./page.ts";
import { type FeedEntry, parseFeedText } from "./parse.ts";

/** What `/feeds trust <id> prices` names, and the candidate kinds each word covers. */
export const TRUST_KINDS: Record<string, Candidate["kind"][]> = {
  prices: ["price"],
  policy: ["policy"],
  rules: ["rule", "licence_rule"],
};

export interface PollSettings {
  timeoutMs: number;
  maxBytes: number;
  /** Minutes between polls of one feed (FEED_INTERVAL). */
  intervalMinutes: number;
  userAgent?: string;
  fetch?: typeof fetch;
  resolve?: FetchLimits["resolve"];
  now?: () => Date;
  /** Feeds fetched at once (8). */
  concurrency?: number;
  /** New items read from one feed in one round; the rest wait for the next round. */
  maxNewPerFeed?: number;
  /** Names this poller in the feeds it claims. */
  owner?: string;
}

export interface NewArticle {
  feedId: number;
  feedTitle: string | null;
  articleId: number;
  title: string;
  url: string | null;
  published: string | null;
  facts: ArticleFactRow[];
}

export interface FeedFailure {
  feedId: number;
  url: string;
  /** A fetch error code (see FetchErrorCode) or `internal`. */
  code: string;
  detail: string;
}

export interface RoundResult {
  /** Feeds this round fetched (claimed). */
  polled: number;
  notModified: number;
  failed: FeedFailure[];
  articles: NewArticle[];
  /** Items already stored from another feed or under another address (the same text). */
  duplicates: number;
  /** Items with too little text to read. */
  skipped: number;
  facts: { found: number; approved: number; pending: number; known: number };
}

const TRACKING = /^(utm_[a-z]+|fbclid|gclid|yclid|mc_cid|mc_eid|_openstat|from|ref)$/i;

/** An address as the same article's address: no fragment, no tracking parameters, no trailing slash. */
export function canonicalUrl(link: string | null): string | null {
  if (!link) return null;
  try {
    const url = new URL(link);
    url.hash = "";
    for (const key of [...url.searchParams.keys()]) if (TRACKING.test(key)) url.searchParams.delete(key);
    if (url.pathname.length > 1) url.pathname = url.pathname.replace(/\/+$/, "");
    return url.href.slice(0, 2000);
  } catch {
    return null;
  }
}

function contentHash(text: string): string {
  const normal = text.toLowerCase().replace(/\s+/g, " ").trim();
  return createHash("sha256").update(normal).digest("hex");
}

const MAX_TEXT = 50_000;

function articleText(title: string, body: string): string {
  let text = body.trim();
  if (text.length > MAX_TEXT - title.length - 10) {
    const cut = text.slice(0, MAX_TEXT - title.length - 10);
    const at = cut.lastIndexOf("\n");
    text = at > cut.length / 2 ? cut.slice(0, at) : cut;
  }
  // A title ending in punctuation would be read as the first sentence; it stays the title.
  const heading = title.replace(/[.!?]+$/, "").trim();
  return heading && !text.startsWith(heading) ? `${heading}\n\n${text}` : text;
}

function failureOf(err: unknown): { code: string; detail: string } {
  if (err instanceof FeedFetchError) return { code: err.code, detail: err.detail };
  return { code: "internal", detail: ((err as Error).message ?? String(err)).slice(0, 120) };
}

export class FeedPoller {
  readonly owner: string;
  private readonly now: () => Date;

  constructor(
    private readonly db: Db,
    private readonly settings: PollSettings,
  ) {
    this.owner = settings.owner ?? `feeds-${randomUUID().slice(0, 8)}`;
    this.now = settings.now ?? (() => new Date());
  }

  private limits(feed: FeedRow): FetchLimits {
    return {
      timeoutMs: this.settings.timeoutMs,
      maxBytes: this.settings.maxBytes,
      allowPrivate: feed.allowPrivate,
      userAgent: this.settings.userAgent,
      fetch: this.settings.fetch,
      resolve: this.settings.resolve,
    };
  }

  private get intervalMs(): number {
    return this.settings.intervalMinutes * 60_000;
  }

  /** Polls every due feed once (all active feeds with `all`). */
  async round(options: { all?: boolean } = {}): Promise<RoundResult> {
    if (options.all) await makeAllDue(this.db, this.now());
    const result: RoundResult = {
      polled: 0,
      notModified: 0,
      failed: [],
      articles: [],
      duplicates: 0,
      skipped: 0,
      facts: { found: 0, approved: 0, pending: 0, known: 0 },
    };
    const concurrency = this.settings.concurrency ?? 8;
    // Claimed a few batches at a time: one query for many feeds, few left waiting if this process dies.
    const batch = Math.max(concurrency, 32);
    // The next round starts a little before a whole interval, so a tick that fires a moment
    // early (or another instance's) still finds the feed due.
    const slack = Math.min(60_000, this.intervalMs / 10);
    const claim = async () => {
      const now = this.now();
      return claimDueFeeds(
        this.db,
        this.owner,
        now,
        new Date(now.getTime() + this.intervalMs - slack),
        new Date(now.getTime() + this.intervalMs),
        batch,
      );
    };
    const queue: FeedRow[] = [];
    const unchanged: number[] = [];
    let exhausted = false;
    let claiming: Promise<void> | null = null;
    const worker = async () => {
      for (;;) {
        if (queue.length === 0 && !exhausted) {
          claiming ??= claim()
            .then((rows) => {
              if (rows.length === 0) exhausted = true;
              queue.push(...rows);
            })
            .finally(() => {
              claiming = null;
            });
          await claiming;
          continue;
        }
        const feed = queue.shift();
        if (!feed) return;
        result.polled++;
        await this.pollFeed(feed, result, unchanged);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    await markUnchanged(this.db, unchanged, this.now());
    result.articles.sort((a, b) => a.articleId - b.articleId);
    return result;
  }

  private async pollFeed(feed: FeedRow, result: RoundResult, unchanged: number[]): Promise<void> {
    let fetched: Awaited<ReturnType<typeof fetchLimited>>;
    let entries: FeedEntry[];
    let title: string;
    try {
      fetched = await fetchLimited(feed.url, this.limits(feed), {
        etag: feed.etag,
        lastModified: feed.lastModified,
      });
      if (fetched.status === 304) {
        // Recorded for all such feeds at once at the end of the round: one write instead of one each.
        result.notModified++;
        unchanged.push(feed.id);
        return;
      }
      const parsed = parseFeedText(fetched.text, fetched.url);
      entries = parsed.entries;
      title = parsed.title;
    } catch (err) {
      await this.failed(feed, err, result);
      return;
    }
    try {
      await this.readEntries(feed, title || feed.title, entries, result);
    } catch (err) {
      // The items read so far are stored whole; the others wait for the next round.
      await this.failed(feed, err, result);
      return;
    }
    await this.succeeded(feed, {
      title: title || feed.title,
      etag: fetched.etag,
      lastModified: fetched.lastModified,
    });
  }

  private async readEntries(
    feed: FeedRow,
    feedTitle: string | null,
    entries: FeedEntry[],
    result: RoundResult,
  ): Promise<void> {
    const withUrls = entries.map((e) => ({ entry: e, url: canonicalUrl(e.link) }));
    const seen = await seenItems(
      this.db,
      feed.id,
      withUrls.map((e) => e.entry.guid),
      withUrls.flatMap((e) => (e.url ? [e.url] : [])),
    );
    const fresh = withUrls.filter((e) => !seen.guids.has(e.entry.guid) && !(e.url && seen.urls.has(e.url)));
    // Oldest first (feeds list the newest first), so articles are numbered as they were published.
    const batch = fresh
      .slice(0, this.settings.maxNewPerFeed ?? 100)
      .reverse()
      .map((e, order) => ({ ...e, order }))
      .sort(
        (a, b) =>
          (a.entry.published && b.entry.published ? a.entry.published.localeCompare(b.entry.published) : 0) ||
          a.order - b.order,
      );
    for (const { entry, url } of batch) {
      const item = await claimItem(this.db, {
        feedId: feed.id,
        guid: entry.guid,
        canonicalUrl: url,
        title: entry.title.slice(0, 500),
        publishedOn: entry.published,
      });
      if (!item) {
        result.duplicates++;
        continue;
      }
      const article = await this.readItem(feed, feedTitle, entry, item.id, result);
      if (article) result.articles.push(article);
    }
  }

  private async readItem(
    feed: FeedRow,
    feedTitle: string | null,
    entry: FeedEntry,
    itemId: number,
    result: RoundResult,
  ): Promise<NewArticle | null> {
    let body = entry.text;
    let title = entry.title;
    let published = entry.published;
    if (entry.link) {
      // The page is held to its feed's address rule; when it cannot be had, the item's text is used.
      try {
        const page = await fetchLimited(
          entry.link,
          this.limits(feed),
          {},
          "text/html, application/xhtml+xml;q=0.9, */*;q=0.5",
        );
        if (/html|xml/i.test(page.contentType) || /^\s*</.test(page.text)) {
          const read = readPage(page.text, page.url);
          if (read.text && read.text.length >= body.length) body = read.text;
          title ||= read.title ?? "";
          published ??= read.published;
        }
      } catch {
        // The item's own text stands in.
      }
    }
    const text = articleText(title, body);
    if (!(await claimContentHash(this.db, itemId, contentHash(body || title)))) {
      result.duplicates++;
      await finishItem(this.db, itemId, { status: "duplicate" });
      return null;
    }
    let ingested: Awaited<ReturnType<typeof ingestArticle>>;
    try {
      ingested = await ingestArticle(this.db, text, 0, {
        articleDate: published,
        url: entry.link,
        publisher: feedTitle,
        origin: { feed: feed.id, feedUrl: feed.url, item: entry.guid },
      });
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      result.skipped++;
      await finishItem(this.db, itemId, { status: "skipped" });
      return null;
    }
    await finishItem(this.db, itemId, { status: "ingested", articleId: ingested.articleId });
    let facts = ingested.facts;
    const trusted = new Set(feed.trustedKinds.flatMap((k) => TRUST_KINDS[k] ?? []));
    if (trusted.size > 0) {
      facts = [];
      for (const fact of ingested.facts) {
        const kind = (fact.candidate as Candidate).kind;
        if (fact.status !== "pending" || !trusted.has(kind)) {
          facts.push(fact);
          continue;
        }
        try {
          facts.push(
            await decideFact(this.db, fact.id, "approve", 0, {
              feed: feed.id,
              feedUrl: feed.url,
              trusted: kind,
            }),
          );
        } catch (err) {
          if (!(err instanceof DomainError)) throw err;
          facts.push(fact);
        }
      }
    }
    result.facts.found += facts.length;
    for (const f of facts) {
      if (f.status === "approved") result.facts.approved++;
      else if (f.status === "known") result.facts.known++;
      else if (f.status === "pending") result.facts.pending++;
    }
    return {
      feedId: feed.id,
      feedTitle,
      articleId: ingested.articleId,
      title: ingested.reading.title,
      url: entry.link,
      published,
      facts,
    };
  }

  private async succeeded(
    feed: FeedRow,
    values: { title?: string | null; etag?: string | null; lastModified?: string | null },
  ): Promise<void> {
    await updateFeed(this.db, feed.id, {
      status: "ok",
      lastSuccessAt: this.now(),
      errorCount: 0,
      failingSince: null,
      failureReportedAt: null,
      leaseOwner: null,
      leaseUntil: null,
      ...(values.title ? { title: values.title.slice(0, 200) } : {}),
      // A 304 keeps the validators it answered; a 200 without them clears the old ones.
      ...("etag" in values ? { etag: values.etag ?? null, lastModified: values.lastModified ?? null } : {}),
    });
  }

  private async failed(feed: FeedRow, err: unknown, result: RoundResult): Promise<void> {
    const { code, detail } = failureOf(err);
    const now = this.now();
    const errors = feed.errorCount + 1;
    // The interval, then twice, four times … as long, at most six hours (or the interval, if longer).
    const backoff = Math.min(this.intervalMs * 2 ** (errors - 1), Math.max(6 * 3600_000, this.intervalMs));
    await updateFeed(this.db, feed.id, {
      status: "error",
      lastError: detail ? `${code}:${detail}` : code,
      lastErrorAt: now,
      errorCount: errors,
      failingSince: feed.failingSince ?? now,
      nextPollAt: new Date(now.getTime() + backoff),
      leaseOwner: null,
      leaseUntil: null,
    });
    result.failed.push({ feedId: feed.id, url: feed.url, code, detail });
  }
}
