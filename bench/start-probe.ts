// Child process of the benchmark, run as `npm start` runs: opens the data directory (migrations,
// seed check) and prints how long that took; with PROBE_UPDATES it then handles that many mixed
// updates through the whole bot and prints the resident memory of the process.
import { createBot } from "../bot/create-bot.ts";
import { createLocalApi, LOCAL_BOT_INFO } from "../bot/local-api.ts";
import { openReadyDatabase } from "../db/setup.ts";
import { mixedUpdates, quietLogger } from "./mix.ts";

const dataDir = process.env.DATA_DIR ?? "./data";
const updates = Number(process.env.PROBE_UPDATES ?? 0);
const t0 = performance.now();
const { database } = await openReadyDatabase({ dataDir });
const open = performance.now() - t0;
let rssMb = 0;
if (updates > 0) {
  const bot = createBot("1:bench", {
    deps: { db: database.db, now: () => new Date(), exclusiveDatabase: true },
    logger: quietLogger,
    botInfo: LOCAL_BOT_INFO,
    // Only the calls' answers matter here; keeping a record of 10,000 calls would count as ours.
    fetch: createLocalApi({ keepCalls: false }).fetch,
    dedupeUpdates: true,
  });
  for (const u of mixedUpdates(updates, 1 + Date.now())) await bot.handleUpdate(u);
  rssMb = process.memoryUsage().rss / 2 ** 20;
}
await database.close();
process.stdout.write(`${JSON.stringify({ open, rssMb })}\n`);
