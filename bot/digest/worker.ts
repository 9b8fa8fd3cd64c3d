// npm run digests — only the digest scheduler and sender, no update handling: run it beside
// webhook instances, or several of them on one PostgreSQL.
import { loadConfigOrExit } from "../../config.ts";
import { openReadyDatabase } from "../../db/setup.ts";
import { createLogger } from "../logger.ts";
import { observeDatabase, startMetricsServer } from "../metrics-server.ts";
import { digestOptionsFrom, startDigests } from "./service.ts";

const config = loadConfigOrExit(process.env);
const logger = createLogger(config.LOG_LEVEL, config.BOT_TOKEN);
const { database } = await openReadyDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
const unobserve = observeDatabase(database);
const metricsServer = config.METRICS_PORT
  ? await startMetricsServer({ port: config.METRICS_PORT, host: config.HOST }, logger)
  : null;
const digests = startDigests(digestOptionsFrom(config, database.db, logger));
logger.info({ driver: database.driver, rate: config.DIGEST_RATE }, "digest worker running");

async function shutdown(signal: string) {
  logger.info({ signal }, "stopping");
  await digests.stop();
  await metricsServer?.close();
  unobserve();
  await database.close();
  process.exit(0);
}
process.once("SIGINT", () => void shutdown("SIGINT"));
process.once("SIGTERM", () => void shutdown("SIGTERM"));
