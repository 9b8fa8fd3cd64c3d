// npm run export -- <file.json>: the whole knowledge base with its sources, by stable keys.
import { writeFileSync } from "node:fs";
import { loadConfigOrExit } from "../config.ts";
import { exportKnowledge } from "../db/transfer/transfer.ts";
import { openReadyOrExit } from "./open.ts";

const file = process.argv[2];
if (!file) {
  process.stderr.write("usage: npm run export -- <file.json>\n");
  process.exit(2);
}
const config = loadConfigOrExit(process.env, { needsToken: false });
const { database } = await openReadyOrExit(config);
const data = await exportKnowledge(database.db);
await database.close();
writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
process.stdout.write(
  `Exported ${data.sources.length} sources, ${data.pricePoints.length} price points, ${data.policyChanges.length} policy changes, ${data.ruleSets.length} rule sets, ${data.items.length} items to ${file}\n`,
);
