// npm start — the bot on Telegram (long polling), on the embedded database or PostgreSQL.
import { run } from "@grammyjs/runner";
import { loadConfigOrExit } from "../config.ts";
import { DataDirLockedError } from "../db/data-dir-lock.ts";
import { pingDatabase } from "../db/queries/health.ts";
import { forgetUpdates } from "../db/queries/updates.ts";
import { openReadyDatabase } from "../db/setup.ts";
import { sweepDrafts } from "../domain/whatif/saved.ts";
import { registerCommands } from "./commands.ts";
import { waitForTelegram } from "./connect.ts";
import { createBot } from "./create-bot.ts";
import { digestOptionsFrom, startDigests } from "./digest/service.ts";
import { FeedService, feedApi, feedSettingsFrom } from "./feeds/service.ts";
import { createI18n, translatorFor } from "./i18n.ts";
import { createLogger } from "./logger.ts";
import { observeDatabase, startMetricsServer } from "./metrics-server.ts";
import { claimsFor } from "./update-claims.ts";
import { startWebhookServer } from "./webhook-server.ts";

const config = loadConfigOrExit(process.env);
const logger = createLogger(config.LOG_LEVEL, config.BOT_TOKEN, [config.WEBHOOK_SECRET]);

let ready: Awaited<ReturnType<typeof openReadyDatabase>>;
try {
  ready = await openReadyDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
    onLockCompromised: (err) => logger.error({ err: err.message }, "lost the data directory lock"),
  });
} catch (err) {
  if (err instanceof DataDirLockedError) {
    logger.fatal(err.message);
    process.exit(1);
  }
  logger.fatal({ err: (err as Error).message }, "cannot open the database");
  process.exit(1);
}
const { database, seed } = ready;
logger.info(
  { driver: database.driver, seedApplied: seed.applied, seedVersion: seed.version },
  "database ready",
);

// /metrics reads the outbox (and PostgreSQL's connections) when scraped.
const unobserve = observeDatabase(database);
const metricsServer = config.METRICS_PORT
  ? await startMetricsServer({ port: config.METRICS_PORT, host: config.HOST }, logger).catch((err: Error) => {
      logger.fatal({ err: err.message, port: config.METRICS_PORT }, "cannot listen on METRICS_PORT");
      process.exit(1);
    })
  : null;
if (metricsServer) logger.info({ port: config.METRICS_PORT }, "metrics listening");

// The embedded database is locked to this process, so its state can be kept in memory.
const exclusiveDatabase = database.driver === "pglite";
const claims = claimsFor(database.updatesDb, logger, exclusiveDatabase);
const bot = createBot(config.BOT_TOKEN, {
  deps: {
    db: database.db,
    now: () => new Date(),
    exclusiveDatabase,
    adminIds: config.ADMIN_IDS,
    defaultTimeZone: config.DEFAULT_TIMEZONE,
    feeds: { settings: feedSettingsFrom(config), allowPrivate: config.FEED_ALLOW_PRIVATE },
  },
  logger,
  apiRoot: config.TELEGRAM_API_ROOT,
  dedupeUpdates: true,
  claims,
  sequentialize: true,
});

// Digests go out even while polling waits for Telegram; the sender retries on its own.
const digests = config.DIGESTS === "on" ? startDigests(digestOptionsFrom(config, database.db, logger)) : null;

// News feeds are polled by every instance with FEEDS=on; each feed is claimed by one of them per round.
const feeds =
  config.FEEDS === "on"
    ? new FeedService({
        db: database.db,
        api: feedApi(config.BOT_TOKEN, config.TELEGRAM_API_ROOT),
        logger,
        settings: feedSettingsFrom(config),
        adminIds: config.ADMIN_IDS,
      })
    : null;
feeds?.start();

const ALLOWED_UPDATES = ["message", "callback_query", "inline_query", "my_chat_member"] as const;

// Hourly housekeeping. Telegram keeps undelivered updates for a day, so older ids need not be
// remembered; what-if drafts beyond each user's newest are dropped.
const housekeeping = setInterval(() => {
  void forgetUpdates(database.db, new Date(Date.now() - 48 * 3600_000)).catch((err: Error) =>
    logger.warn({ err: err.message }, "cannot forget old update ids"),
  );
  void sweepDrafts(database.db).catch((err: Error) =>
    logger.warn({ err: err.message }, "cannot sweep what-if drafts"),
  );
}, 3600_000);
housekeeping.unref();

const stopping = new AbortController();
let stopUpdates: () => Promise<void> = async () => {};
async function shutdown(signal: string) {
  if (stopping.signal.aborted) return;
  logger.info({ signal }, "stopping");
  stopping.abort();
  // Stop taking updates and finish the ones in flight before the database goes.
  await stopUpdates();
  await digests?.stop();
  await feeds?.stop();
  await claims.flush();
  await metricsServer?.close();
  unobserve();
  await database.close();
  logger.info("stopped");
  process.exit(0);
}
process.once("SIGINT", () => void shutdown("SIGINT"));
process.once("SIGTERM", () => void shutdown("SIGTERM"));

if (config.BOT_MODE === "webhook") {
  const secret = config.WEBHOOK_SECRET ?? "";
  const server = await startWebhookServer(
    {
      bot,
      secret,
      logger,
      healthCheck: () => pingDatabase(database.db),
    },
    { port: config.PORT, host: config.HOST },
  );
  stopUpdates = () => server.close();
  logger.info({ port: config.PORT }, "webhook server listening");
  if (await waitForTelegram(bot, logger, stopping.signal)) {
    const i18n = createI18n();
    void registerCommands(bot.api, (lang) => translatorFor(i18n, lang), logger, { signal: stopping.signal });
    if (config.WEBHOOK_URL) {
      await bot.api
        .setWebhook(config.WEBHOOK_URL, { secret_token: secret, allowed_updates: [...ALLOWED_UPDATES] })
        .then(() => logger.info({ url: config.WEBHOOK_URL }, "webhook registered"))
        .catch((err: Error) =>
          logger.error({ err: err.message }, "setWebhook failed; updates will not arrive"),
        );
    }
  }
} else if (await waitForTelegram(bot, logger, stopping.signal)) {
  const i18n = createI18n();
  void registerCommands(bot.api, (lang) => translatorFor(i18n, lang), logger, { signal: stopping.signal });
  // A webhook left from webhook mode would block getUpdates.
  await bot.api
    .deleteWebhook()
    .catch((err: Error) => logger.warn({ err: err.message }, "deleteWebhook failed"));
  logger.info("polling for updates");
  // The runner fetches and handles updates concurrently; createBot sequentializes each chat.
  const runner = run(bot, { runner: { fetch: { allowed_updates: [...ALLOWED_UPDATES] } } });
  stopUpdates = async () => {
    if (runner.isRunning()) await runner.stop();
  };
  runner.task()?.catch(async (err: Error) => {
    // grammY retries network errors itself; what reaches here is fatal (a revoked token, another poller).
    logger.fatal({ err: err.message }, "polling stopped");
    await database.close();
    process.exit(1);
  });
}
