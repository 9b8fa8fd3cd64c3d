// GET /metrics: after a few updates the update counter and the latency histogram have moved,
// Bot API calls are counted by method (429s apart), the outbox is read from the database on
// scrape, and polling mode serves the same on METRICS_PORT.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBot } from "../../bot/create-bot.ts";
import { createLocalApi, LOCAL_BOT_INFO } from "../../bot/local-api.ts";
import { textUpdate } from "../../bot/local-updates.ts";
import { observeDatabase, startMetricsServer } from "../../bot/metrics-server.ts";
import { startWebhookServer } from "../../bot/webhook-server.ts";
import { recordFeedError, recordFeedRound } from "../../metrics.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";

const SECRET = "s3cret-token-for-metrics_0123456789";
const quiet = { info() {}, warn() {}, error() {} };
let database: TestDatabase;
let unobserve: () => void;
beforeAll(async () => {
  database = await createTestDatabase();
  unobserve = observeDatabase(database);
});
afterAll(async () => {
  unobserve();
  await database.destroy();
});

/** The value of one sample line (`name{labels} value`), 0 when absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  for (const line of text.split("\n")) {
    if (line.startsWith("#")) continue;
    const m = /^([a-zA-Z_:][\w:]*)(\{[^}]*\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const got = Object.fromEntries([...(m[2] ?? "").matchAll(/(\w+)="([^"]*)"/g)].map((x) => [x[1], x[2]]));
    if (Object.entries(labels).every(([k, v]) => got[k] === v)) return Number(m[3]);
  }
  return 0;
}

describe("GET /metrics", () => {
  it("shows updates by type and outcome, their latency, Bot API calls and 429s, and the outbox", async () => {
    let throttle = true;
    const api = createLocalApi({
      respond: (call) => {
        if (call.method === "sendMessage" && throttle) {
          throttle = false;
          return {
            ok: false,
            error_code: 429,
            description: "Too Many Requests",
            parameters: { retry_after: 0 },
          };
        }
        return undefined;
      },
    });
    const bot = createBot("123:metrics", {
      deps: { db: database.db, now: () => new Date("2026-11-21T09:00:00Z") },
      logger: quiet,
      botInfo: LOCAL_BOT_INFO,
      fetch: api.fetch,
      dedupeUpdates: true,
    });
    const server = await startWebhookServer(
      { bot, secret: SECRET, logger: quiet, healthCheck: async () => {} },
      { port: 0, host: "127.0.0.1" },
    );
    try {
      const scrape = async () => {
        const res = await fetch(server.url.replace("/telegram", "/metrics"));
        expect(res.status).toBe(200);
        expect(res.headers.get("content-type")).toContain("text/plain");
        return res.text();
      };
      const before = await scrape();
      const user = { id: 81_001, languageCode: "en" };
      const updates = [
        textUpdate(user, "/price used"),
        textUpdate(user, "/help"),
        textUpdate(user, "сколько стоит подержанная машина"),
      ];
      for (const u of updates) await bot.handleUpdate(u);
      const again = updates[0];
      if (again) await bot.handleUpdate(again); // delivered again
      const after = await scrape();

      const ok = { type: "message", outcome: "ok" };
      expect(sample(after, "briefing_updates_total", ok) - sample(before, "briefing_updates_total", ok)).toBe(
        3,
      );
      const dup = { type: "message", outcome: "duplicate" };
      expect(
        sample(after, "briefing_updates_total", dup) - sample(before, "briefing_updates_total", dup),
      ).toBe(1);
      const count = "briefing_update_duration_seconds_count";
      expect(sample(after, count, { type: "message" }) - sample(before, count, { type: "message" })).toBe(3);
      const sum = "briefing_update_duration_seconds_sum";
      expect(sample(after, sum, { type: "message" })).toBeGreaterThan(
        sample(before, sum, { type: "message" }),
      );
      expect(after).toMatch(/briefing_update_duration_seconds_bucket\{le="0\.005",type="message"\} \d+/);

      // Each attempt counts: the 429 and auto-retry's second attempt.
      const calls = (t: string) => sample(t, "briefing_bot_api_calls_total", { method: "sendMessage" });
      expect(calls(after) - calls(before)).toBeGreaterThanOrEqual(4);
      expect(
        sample(after, "briefing_bot_api_throttled_total", { method: "sendMessage" }),
      ).toBeGreaterThanOrEqual(1);
      expect(
        sample(after, "briefing_bot_api_errors_total", { method: "sendMessage", code: "429" }),
      ).toBeGreaterThanOrEqual(1);

      // Read from the database on scrape; Node's own metrics are there too.
      expect(after).toContain('briefing_digest_outbox_rows{status="pending"} 0');
      expect(after).toContain("briefing_digest_outbox_oldest_pending_seconds 0");
      expect(after).toMatch(/briefing_db_pool_max_connections\{driver="(pglite|postgres)"\}/);
      expect(sample(after, "briefing_knowledge_cache_requests_total", { result: "hit" })).toBeGreaterThan(0);
      expect(after).toContain("process_cpu_user_seconds_total");
      expect(after).toContain("nodejs_eventloop_lag_seconds");
    } finally {
      await server.close();
    }
  });

  it("is served on METRICS_PORT's own listener, with the feed counters domain code records", async () => {
    recordFeedRound("test-feed", "ok");
    recordFeedRound("test-feed", "error");
    recordFeedError("test-feed", "fetch");
    const server = await startMetricsServer({ port: 0, host: "127.0.0.1" }, quiet);
    try {
      const text = await (await fetch(server.url)).text();
      expect(sample(text, "briefing_feed_rounds_total", { feed: "test-feed", outcome: "ok" })).toBe(1);
      expect(sample(text, "briefing_feed_rounds_total", { feed: "test-feed", outcome: "error" })).toBe(1);
      expect(sample(text, "briefing_feed_errors_total", { feed: "test-feed", kind: "fetch" })).toBe(1);
      expect(text).toContain("briefing_digests_sent_total");
      expect((await fetch(server.url.replace("/metrics", "/other"))).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
