// The process's metrics, in one Prometheus registry (prom-client) that every layer may import:
// it knows neither Telegram nor SQL. bot/ counts updates and Bot API calls, db/ counts
// knowledge-cache hits, and domain code (feeds, alerts) counts its rounds and sends through the
// small functions below. Values that live in the database (the digest outbox, connections) are
// read when /metrics is scraped, by hooks that front ends register with `onScrape`.
// README "Metrics" says what each one means.
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";

export const registry = new Registry();

let defaultsOn = false;
/** Node's own metrics (CPU, memory, event-loop lag, GC, handles); once per process. */
export function collectProcessMetrics(): void {
  if (defaultsOn) return;
  defaultsOn = true;
  collectDefaultMetrics({ register: registry });
}

// --- Updates (bot/create-bot.ts) ---

export type UpdateOutcome = "ok" | "error" | "duplicate";

export const updatesTotal = new Counter({
  name: "briefing_updates_total",
  help: "Telegram updates handled, by update type and outcome (ok, error: the user got an apology, duplicate: an update_id seen before).",
  labelNames: ["type", "outcome"] as const,
  registers: [registry],
});

export const updateSeconds = new Histogram({
  name: "briefing_update_duration_seconds",
  help: "Time from an update entering the bot to its last reply, by update type.",
  labelNames: ["type"] as const,
  buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [registry],
});

// Label lookups hash their values on every call; the handful of children are kept instead.
const latencyChildren = new Map<string, ReturnType<Histogram["labels"]>>();
const countChildren = new Map<string, ReturnType<Counter["labels"]>>();

/** One update done: its type, how it ended and how long it took. */
export function recordUpdate(type: string, outcome: UpdateOutcome, seconds: number): void {
  const key = `${type}\u0000${outcome}`;
  let count = countChildren.get(key);
  if (!count) {
    count = updatesTotal.labels(type, outcome);
    countChildren.set(key, count);
  }
  count.inc();
  if (outcome === "duplicate") return;
  let latency = latencyChildren.get(type);
  if (!latency) {
    latency = updateSeconds.labels(type);
    latencyChildren.set(type, latency);
  }
  latency.observe(seconds);
}

// --- Bot API (a grammY transformer in bot/api-metrics.ts) ---

export const botApiCalls = new Counter({
  name: "briefing_bot_api_calls_total",
  help: "Bot API calls made (each attempt, retries included), by method.",
  labelNames: ["method"] as const,
  registers: [registry],
});

export const botApiErrors = new Counter({
  name: "briefing_bot_api_errors_total",
  help: "Bot API calls that failed, by method and error code (the HTTP-level code Telegram answered, or 'network').",
  labelNames: ["method", "code"] as const,
  registers: [registry],
});

export const botApiThrottled = new Counter({
  name: "briefing_bot_api_throttled_total",
  help: "Bot API calls Telegram answered with 429 Too Many Requests, by method.",
  labelNames: ["method"] as const,
  registers: [registry],
});

// --- Digests, alerts, feeds (domain-level events) ---

export const digestsSent = new Counter({
  name: "briefing_digests_sent_total",
  help: "Digest messages Telegram accepted.",
  registers: [registry],
});

export const alertsSent = new Counter({
  name: "briefing_alerts_sent_total",
  help: "Alert messages Telegram accepted.",
  registers: [registry],
});

export const feedRounds = new Counter({
  name: "briefing_feed_rounds_total",
  help: "Feed polling rounds finished, by feed and outcome (ok or error).",
  labelNames: ["feed", "outcome"] as const,
  registers: [registry],
});

export const feedErrors = new Counter({
  name: "briefing_feed_errors_total",
  help: "Errors met while polling feeds, by feed and kind (fetch, parse, store, ...).",
  labelNames: ["feed", "kind"] as const,
  registers: [registry],
});

/** A digest went out (bot/digest/sender.ts). */
export function recordDigestSent(): void {
  digestsSent.inc();
}

/** An alert went out; for domain/alerts/ and its sender. */
export function recordAlertSent(): void {
  alertsSent.inc();
}

/**
 * A feed polling round ended; for domain/feeds/. `feed` is the feed's key (a bounded set: one
 * label value per configured feed). A round that failed as a whole is `outcome: "error"`; errors
 * inside a round that still finished (one item unreadable) go to `recordFeedError`.
 */
export function recordFeedRound(feed: string, outcome: "ok" | "error"): void {
  feedRounds.labels(feed, outcome).inc();
}

/** One error inside a feed round, by kind: `fetch`, `parse`, `store` or another short word. */
export function recordFeedError(feed: string, kind: string): void {
  feedErrors.labels(feed, kind).inc();
}

// --- Knowledge cache (db/cache.ts) ---

// Several reads per update: plain numbers, handed to the counter only when scraped.
const cacheCounts = { hit: 0, miss: 0 };

export const knowledgeCache = new Counter({
  name: "briefing_knowledge_cache_requests_total",
  help: "Knowledge-base reads asked of the in-memory cache, by result (hit: answered from memory, miss: read from the database).",
  labelNames: ["result"] as const,
  registers: [registry],
  collect() {
    this.reset();
    this.labels("hit").inc(cacheCounts.hit);
    this.labels("miss").inc(cacheCounts.miss);
  },
});

export function recordKnowledgeCache(hit: boolean): void {
  if (hit) cacheCounts.hit++;
  else cacheCounts.miss++;
}

// --- Read from the database on scrape (hooks registered by the front ends) ---

export const outboxRows = new Gauge({
  name: "briefing_digest_outbox_rows",
  help: "Rows in the digest outbox, by status (pending, sending, sent, failed, skipped).",
  labelNames: ["status"] as const,
  registers: [registry],
});

export const outboxOldestPending = new Gauge({
  name: "briefing_digest_outbox_oldest_pending_seconds",
  help: "How long the longest-waiting digest has been due and not sent (0 when none is due).",
  registers: [registry],
});

export const dbPoolSize = new Gauge({
  name: "briefing_db_pool_max_connections",
  help: "Connections this process may open to the database (1 for the embedded database).",
  labelNames: ["driver"] as const,
  registers: [registry],
});

export const dbConnections = new Gauge({
  name: "briefing_db_connections",
  help: "Connections to the bot's PostgreSQL database by state (active, idle, ...), from pg_stat_activity: every instance's, not only this process's.",
  labelNames: ["state"] as const,
  registers: [registry],
});

export const scrapeErrors = new Counter({
  name: "briefing_metrics_scrape_errors_total",
  help: "Scrapes in which a value could not be read from the database (the values keep their last reading).",
  registers: [registry],
});

type ScrapeHook = () => Promise<void>;
const hooks = new Set<ScrapeHook>();

/** Runs `hook` before each scrape (to read gauges from the database); returns its removal. */
export function onScrape(hook: ScrapeHook): () => void {
  hooks.add(hook);
  return () => hooks.delete(hook);
}

/** The Prometheus text exposition of everything, after the scrape hooks ran. */
export async function metricsText(): Promise<string> {
  const results = await Promise.allSettled([...hooks].map((h) => h()));
  for (const r of results) if (r.status === "rejected") scrapeErrors.inc();
  return registry.metrics();
}

export const METRICS_CONTENT_TYPE = registry.contentType;
