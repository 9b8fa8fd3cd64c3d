// npm run bench:feeds — BENCH_FEEDS (100) feeds of BENCH_ITEMS (50) items from a local server in
// its own process, polled and read in one round (every page fetched, its main text taken, the
// article read and stored with its candidate facts) on PGlite in a temporary data directory (or DATABASE_URL):
// time, articles per second, peak memory. Then a round with nothing new (every feed answers
// 304 to its ETag), which must take under a second, and one where the feeds send everything
// again without validators (new items found by deduplication alone).
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { PGlite } from "@electric-sql/pglite";
import { EMBEDDED_SETTINGS, openPostgres, wrapPglite } from "../db/client.ts";
import { loadSeed } from "../db/seed/load.ts";
import { addFeed } from "../domain/feeds/manage.ts";
import { FeedPoller } from "../domain/feeds/poll.ts";

const FEEDS = Number(process.env.BENCH_FEEDS ?? 100);
const ITEMS = Number(process.env.BENCH_ITEMS ?? 50);
const settings = { timeoutMs: 15_000, maxBytes: 5_000_000, intervalMinutes: 15 };

const child = spawn(process.execPath, ["--import", "tsx", "bench/feeds-server.ts"], {
  env: { ...process.env, BENCH_FEEDS: String(FEEDS), BENCH_ITEMS: String(ITEMS) },
  stdio: ["ignore", "pipe", "inherit"],
});
const base = await new Promise<string>((resolve) =>
  createInterface({ input: child.stdout }).once("line", (line) => resolve(line.trim())),
);

// A data directory, as `npm start` runs (an in-memory PGlite would count the whole database as memory).
const dataDir = mkdtempSync(path.join(os.tmpdir(), "bench-feeds-"));
const database = process.env.DATABASE_URL
  ? openPostgres(process.env.DATABASE_URL)
  : wrapPglite(await PGlite.create(path.join(dataDir, "pglite"), { postgresqlconf: EMBEDDED_SETTINGS }));
await database.migrate();
await loadSeed(database.db);
for (let f = 0; f < FEEDS; f++)
  await addFeed(database.db, `${base}/feed/${f}.xml`, { actor: 0, allowPrivate: true, limits: settings });

let peakRss = 0;
let peakHeap = 0;
const sample = () => {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
};
const sampler = setInterval(sample, 50);
const startRss = process.memoryUsage().rss;

const poller = new FeedPoller(database.db, settings);
const timed = async (all: boolean) => {
  const started = performance.now();
  const result = await poller.round({ all });
  return { result, ms: performance.now() - started };
};
const first = await timed(false);
sample();
const second = await timed(true);
await fetch(`${base}/no-etags`);
const third = await timed(true);
clearInterval(sampler);

const mb = (b: number) => Math.round(b / 2 ** 20);
const perSecond = first.result.articles.length / (first.ms / 1000);
console.log(
  `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${database.driver}`,
);
console.log(
  `${FEEDS} feeds × ${ITEMS} items from a local server (its own process); load average ${os.loadavg()[0]?.toFixed(1)}`,
);
console.log("| round | seconds | feeds | articles | articles/s | failed |");
console.log("| --- | --- | --- | --- | --- | --- |");
for (const [name, r] of [
  ["first: everything new", first],
  ["second: nothing new (304)", second],
  ["third: nothing new, no validators", third],
] as const)
  console.log(
    `| ${name} | ${(r.ms / 1000).toFixed(2)} | ${r.result.polled} | ${r.result.articles.length} | ${name.startsWith("first") ? perSecond.toFixed(0) : "—"} | ${r.result.failed.length} |`,
  );
console.log(
  `facts in the first round: ${first.result.facts.found} found (${first.result.facts.pending} waiting, ${first.result.facts.known} known)`,
);
console.log(
  `memory: resident ${mb(startRss)} MB before, peak ${mb(peakRss)} MB; peak JS heap ${mb(peakHeap)} MB`,
);
console.log(
  `RESULT articles=${first.result.articles.length} round1_s=${(first.ms / 1000).toFixed(1)} articles_per_s=${perSecond.toFixed(0)} peak_rss_mb=${mb(peakRss)} round2_ms=${second.ms.toFixed(0)} round3_ms=${third.ms.toFixed(0)}`,
);
const ok =
  first.result.articles.length === FEEDS * ITEMS && second.ms < 1000 && third.result.articles.length === 0;
child.kill();
await database.close();
rmSync(dataDir, { recursive: true, force: true });
process.exit(ok ? 0 : 1);
