// GET /metrics in Prometheus text format: served by the webhook server on its port, and by a
// listener of its own on METRICS_PORT (polling mode, the digest worker, or webhook mode when
// metrics should stay off the public port). Gauges kept in the database are read on scrape.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Database } from "../db/client.ts";
import { connectionStates, outboxStats } from "../db/queries/metrics.ts";
import {
  collectProcessMetrics,
  dbConnections,
  dbPoolSize,
  METRICS_CONTENT_TYPE,
  metricsText,
  onScrape,
  outboxOldestPending,
  outboxRows,
} from "../metrics.ts";
import type { Logger } from "./context.ts";

const STATUSES = ["pending", "sending", "sent", "failed", "skipped"];

/**
 * Reads the outbox (and, on PostgreSQL, the connections) from `database` on every scrape, and
 * turns on Node's process metrics. Returns the removal (a closed database must not be read).
 */
export function observeDatabase(
  database: Pick<Database, "db" | "driver" | "maxConnections">,
  options: { now?: () => Date } = {},
): () => void {
  collectProcessMetrics();
  const now = options.now ?? (() => new Date());
  dbPoolSize.labels(database.driver).set(database.maxConnections);
  return onScrape(async () => {
    const [outbox, connections] = await Promise.all([
      outboxStats(database.db, now()),
      database.driver === "postgres" ? connectionStates(database.db) : Promise.resolve(null),
    ]);
    for (const status of new Set([...STATUSES, ...Object.keys(outbox.byStatus)]))
      outboxRows.labels(status).set(outbox.byStatus[status] ?? 0);
    outboxOldestPending.set(outbox.oldestPendingSeconds);
    if (connections) {
      dbConnections.reset();
      for (const [state, n] of Object.entries(connections)) dbConnections.labels(state).set(n);
    }
  });
}

/** Answers a GET /metrics request. */
export function serveMetrics(res: ServerResponse, logger: Logger): void {
  metricsText().then(
    (text) => {
      res.writeHead(200, { "content-type": METRICS_CONTENT_TYPE });
      res.end(text);
    },
    (err: Error) => {
      logger.warn({ err: err.message }, "cannot render metrics");
      res.writeHead(500).end();
    },
  );
}

/** A listener that answers only GET /metrics (METRICS_PORT). */
export async function startMetricsServer(
  listen: { port: number; host: string },
  logger: Logger,
): Promise<{ server: Server; url: string; close(): Promise<void> }> {
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? "/", "http://local").pathname;
    if (req.method === "GET" && path === "/metrics") serveMetrics(res, logger);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(listen.port, listen.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    server,
    url: `http://127.0.0.1:${port}/metrics`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
