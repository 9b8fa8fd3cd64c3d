// Webhook mode: a node:http server that takes Telegram's POSTs (secret token checked in constant
// time; anyone else gets 401), answers GET /healthz after asking the database and GET /metrics
// (Prometheus text, bot/metrics-server.ts), and on close
// stops taking updates, finishes the ones in flight, then returns.
import { timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { type Bot, webhookCallback } from "grammy";
import type { BotContext, Logger } from "./context.ts";
import { serveMetrics } from "./metrics-server.ts";

export interface WebhookServerOptions {
  bot: Bot<BotContext>;
  secret: string;
  /** Resolves when the database answers; rejects otherwise. */
  healthCheck: () => Promise<void>;
  logger: Logger;
  path?: string;
}

export interface WebhookServer {
  server: Server;
  url: string;
  /** Stops accepting, waits for updates in flight, closes idle connections. */
  close(): Promise<void>;
}

/** Equal strings compare in time independent of where they differ (no timing oracle for the secret). */
export function secretMatches(given: string | string[] | undefined, secret: string): boolean {
  if (typeof given !== "string") return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

export async function startWebhookServer(
  o: WebhookServerOptions,
  listen: { port: number; host: string },
): Promise<WebhookServer> {
  const path = o.path ?? "/telegram";
  const handle = webhookCallback(o.bot, "http", { onTimeout: "return", timeoutMilliseconds: 55_000 });
  let inFlight = 0;
  let closing = false;
  let drained: (() => void) | null = null;

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://local");
    if (req.method === "GET" && url.pathname === "/healthz") {
      o.healthCheck().then(
        () => {
          res.writeHead(closing ? 503 : 200, { "content-type": "application/json" });
          res.end(JSON.stringify({ ok: !closing, database: "up" }));
        },
        (err: Error) => {
          res.writeHead(503, { "content-type": "application/json" });
          res.end(JSON.stringify({ ok: false, database: "down", error: err.message.slice(0, 200) }));
        },
      );
      return;
    }
    if (req.method === "GET" && url.pathname === "/metrics") {
      serveMetrics(res, o.logger);
      return;
    }
    if (req.method !== "POST" || url.pathname !== path) {
      res.writeHead(404).end();
      return;
    }
    if (!secretMatches(req.headers["x-telegram-bot-api-secret-token"], o.secret)) {
      o.logger.warn({ remote: req.socket.remoteAddress }, "webhook call with a wrong secret");
      res.writeHead(401).end();
      return;
    }
    if (closing) {
      // Telegram delivers it again later, to this instance after a restart or to another one.
      res.writeHead(503).end();
      return;
    }
    inFlight++;
    Promise.resolve(handle(req, res))
      .catch((err: Error) => {
        o.logger.error({ err: err.message }, "webhook handler failed");
        if (!res.headersSent) res.writeHead(500).end();
      })
      .finally(() => {
        inFlight--;
        if (closing && inFlight === 0) drained?.();
      });
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(listen.port, listen.host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    url: `http://127.0.0.1:${port}${path}`,
    async close() {
      closing = true;
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      if (inFlight > 0) await new Promise<void>((resolve) => (drained = resolve));
      server.closeAllConnections();
      await stopped;
    },
  };
}
