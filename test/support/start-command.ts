// What `npm start` runs after building, read from package.json, so the process tests and the
// benchmark start the bot exactly as users do (same node flags, same bundle).
import { readFileSync } from "node:fs";

const words = (
  JSON.parse(readFileSync("package.json", "utf8")) as { scripts: { start: string } }
).scripts.start
  .trim()
  .split(/\s+/);

/** Node's flags, e.g. the heap limits. */
export const START_FLAGS = words.filter((w) => w.startsWith("--"));
/** The arguments after `node`: the flags and the bundle. */
export const START_ARGS = words.slice(1);
