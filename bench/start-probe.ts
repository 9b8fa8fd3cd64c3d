// Child process of the benchmark: opens the data directory as `npm start` does (migrations,
// seed check) and prints how long that took from the process's own start.
import { openReadyDatabase } from "../db/setup.ts";

const dataDir = process.env.DATA_DIR ?? "./data";
const t0 = performance.now();
const { database } = await openReadyDatabase({ dataDir });
const ready = performance.now();
await database.close();
process.stdout.write(`${JSON.stringify({ sinceProcessStart: ready, open: ready - t0 })}\n`);
