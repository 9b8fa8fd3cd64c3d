// Runs the digest pipeline in a process: a croner tick every minute queues due digests, and the
// sender delivers them. Any number of processes may run it on one PostgreSQL.
import { Cron } from "croner";
import { Api } from "grammy";
import type { Config } from "../../config.ts";
import type { Db } from "../../db/client.ts";
import type { AlertContent } from "../../domain/alerts/match.ts";
import type { Digest } from "../../domain/digest/compose.ts";
import { scheduleDue } from "../../domain/digest/schedule.ts";
import { apiMetrics } from "../api-metrics.ts";
import type { Logger } from "../context.ts";
import { createI18n, translatorFor } from "../i18n.ts";
import { renderAlert } from "../render/alerts.ts";
import { renderDigest } from "../render/digest.ts";
import { DigestSender } from "./sender.ts";

export interface DigestServiceOptions {
  db: Db;
  token: string;
  apiRoot?: string;
  fetch?: typeof fetch;
  logger: Logger;
  now?: () => Date;
  perSecond: number;
  paidBroadcast: boolean;
  maxAttempts: number;
  leaseSeconds: number;
  /** Rows claimed at a time and messages in flight; the sender's defaults unless tuned (benchmark). */
  batchSize?: number;
  concurrency?: number;
  catchUpMs?: number;
  onlyChat?: number;
}

/** The service's settings from the configuration (npm start and npm run digests share them). */
export function digestOptionsFrom(config: Config, db: Db, logger: Logger): DigestServiceOptions {
  return {
    db,
    token: config.BOT_TOKEN,
    apiRoot: config.TELEGRAM_API_ROOT,
    logger,
    perSecond: config.DIGEST_RATE,
    paidBroadcast: config.DIGEST_PAID_BROADCAST,
    maxAttempts: config.DIGEST_MAX_ATTEMPTS,
    leaseSeconds: config.DIGEST_LEASE_SECONDS,
  };
}

export function createDigestSender(o: DigestServiceOptions): DigestSender {
  const i18n = createI18n();
  const t = { en: translatorFor(i18n, "en"), ru: translatorFor(i18n, "ru") };
  // Its own client: no auto-retry, because the sender decides what a 429 or a 5xx means for the queue.
  const api = new Api(o.token, { apiRoot: o.apiRoot, fetch: o.fetch });
  api.config.use(apiMetrics());
  return new DigestSender({
    db: o.db,
    api,
    logger: o.logger,
    now: o.now,
    render: (row, lang) =>
      row.kind === "digest"
        ? renderDigest(row.content as Digest, lang, t[lang])
        : renderAlert(row.content as AlertContent, lang, t[lang]),
    perSecond: o.perSecond,
    paidBroadcast: o.paidBroadcast,
    maxAttempts: o.maxAttempts,
    leaseSeconds: o.leaseSeconds,
    batchSize: o.batchSize,
    concurrency: o.concurrency,
    catchUpMs: o.catchUpMs,
    onlyChat: o.onlyChat,
  });
}

export function startDigests(o: DigestServiceOptions): { stop(): Promise<void> } {
  const now = o.now ?? (() => new Date());
  const sender = createDigestSender(o);
  const tick = async () => {
    try {
      const result = await scheduleDue(o.db, now());
      if (result.due > 0) o.logger.info({ ...result }, "digests queued");
    } catch (err) {
      o.logger.error({ err: (err as Error).message }, "digest tick failed");
    }
  };
  const cron = new Cron("* * * * *", { protect: true }, tick);
  void tick();
  sender.start();
  return {
    async stop() {
      cron.stop();
      await sender.stop();
    },
  };
}
