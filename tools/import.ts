// npm run import -- <file.json|file.csv>: loads prices, policy changes or rule items. The whole
// file is validated first; any invalid row rejects it with row-level messages and writes nothing.
import { readFileSync } from "node:fs";
import { loadConfigOrExit } from "../config.ts";
import { ImportError, pricesFromCsv } from "../db/transfer/transfer.ts";
import { importAndPublish } from "../domain/knowledge.ts";
import { openOrExit } from "./open.ts";

const file = process.argv[2];
if (!file) {
  process.stderr.write("usage: npm run import -- <file.json|file.csv>\n");
  process.exit(2);
}
let input: unknown;
try {
  const text = readFileSync(file, "utf8");
  input = file.endsWith(".csv") ? pricesFromCsv(text) : JSON.parse(text);
} catch (err) {
  process.stderr.write(`Cannot read ${file}: ${(err as Error).message}\n`);
  process.exit(1);
}
const config = loadConfigOrExit(process.env, { needsToken: false });
// Migrations only, no seed: importing an export into an empty database restores exactly that export.
const database = await openOrExit(config);
await database.migrate();
try {
  const { counts, alerts } = await importAndPublish(database.db, input);
  process.stdout.write(`Imported ${JSON.stringify(counts)}\n`);
  if (alerts > 0) process.stdout.write(`Alerts queued: ${alerts}\n`);
} catch (err) {
  if (!(err instanceof ImportError)) throw err;
  process.stderr.write(`${err.message}\n`);
  process.exitCode = 1;
} finally {
  await database.close();
}
