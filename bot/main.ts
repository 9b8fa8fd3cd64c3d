// npm start — the bot on Telegram (long polling), on the embedded database or PostgreSQL.
import { loadConfigOrExit } from "../config.ts";
import { DataDirLockedError } from "../db/data-dir-lock.ts";
import { openReadyDatabase } from "../db/setup.ts";
import { registerCommands } from "./commands.ts";
import { waitForTelegram } from "./connect.ts";
import { createBot } from "./create-bot.ts";
import { startDigests } from "./digest/service.ts";
import { createI18n, translatorFor } from "./i18n.ts";
import { createLogger } from "./logger.ts";

const config = loadConfigOrExit(process.env);
const logger = createLogger(config.LOG_LEVEL, config.BOT_TOKEN);

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

const bot = createBot(config.BOT_TOKEN, {
  deps: {
    db: database.db,
    now: () => new Date(),
    adminIds: config.ADMIN_IDS,
    defaultTimeZone: config.DEFAULT_TIMEZONE,
  },
  logger,
  apiRoot: config.TELEGRAM_API_ROOT,
});

// Digests go out even while polling waits for Telegram; the sender retries on its own.
const digests =
  config.DIGESTS === "on"
    ? startDigests({
        db: database.db,
        token: config.BOT_TOKEN,
        apiRoot: config.TELEGRAM_API_ROOT,
        logger,
        perSecond: config.DIGEST_RATE,
        paidBroadcast: config.DIGEST_PAID_BROADCAST,
        maxAttempts: config.DIGEST_MAX_ATTEMPTS,
        leaseSeconds: config.DIGEST_LEASE_SECONDS,
      })
    : null;

const stopping = new AbortController();
async function shutdown(signal: string) {
  if (stopping.signal.aborted) return;
  logger.info({ signal }, "stopping");
  stopping.abort();
  if (bot.isRunning()) await bot.stop();
  await digests?.stop();
  await database.close();
  process.exit(0);
}
process.once("SIGINT", () => void shutdown("SIGINT"));
process.once("SIGTERM", () => void shutdown("SIGTERM"));

if (await waitForTelegram(bot, logger, stopping.signal)) {
  const i18n = createI18n();
  void registerCommands(bot.api, (lang) => translatorFor(i18n, lang), logger, { signal: stopping.signal });
  logger.info("polling for updates");
  try {
    await bot.start({ allowed_updates: ["message", "callback_query", "inline_query", "my_chat_member"] });
  } catch (err) {
    // grammY retries network errors itself; what reaches here is fatal (a revoked token, another poller).
    logger.fatal({ err: (err as Error).message }, "polling stopped");
    await database.close();
    process.exit(1);
  }
}
