// npm run bench — the whole bot under load, in one run:
//  1. 10,000 mixed questions and commands through the whole bot (grammY, domain, database; the
//     Bot API answered in-process) beside a bare grammY bot replying a constant text through the
//     same in-process Bot API: throughput ratio and per-update latency;
//  2. the same mix with 1,000,000 synthetic price points and 100,000 subscribers in the database;
//  3. start to ready on a new and on an existing data directory (a child process each);
//  4. resident memory of a process run like npm start (existing data directory) after 10,000 updates;
//  5. with BENCH_DATABASE_URL: the same mix through the whole bot on that PostgreSQL in the mode
//     several instances need (every update_id claimed and state read in the database), in the
//     same in-process harness, alternating with the embedded database; then one and two
//     processes run as npm start runs them in webhook mode, fed over HTTP, sharing it
//     (bench/pg.ts). BENCH_ONLY=pg runs only this part (CI's short run, with BENCH_UPDATES).
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { Bot } from "grammy";
import type { Update } from "grammy/types";
import { createBot } from "../bot/create-bot.ts";
import { createLocalApi, LOCAL_BOT_INFO } from "../bot/local-api.ts";
import { type Database, EMBEDDED_SETTINGS, wrapPglite } from "../db/client.ts";
import { loadSeed } from "../db/seed/load.ts";
import { START_FLAGS } from "../test/support/start-command.ts";
import { benchAlertMatching } from "./alerts.ts";
import { benchBriefingSearch } from "./briefings.ts";
import { mixedUpdates, quietLogger as quiet } from "./mix.ts";
import { createBenchDatabase, type PgBench, runInstances } from "./pg.ts";

if (!START_FLAGS.every((flag) => process.execArgv.includes(flag))) {
  // Started without them (npm run bench): run again with them, keeping tsx's own flags.
  const again = spawnSync(process.execPath, [...START_FLAGS, ...process.execArgv, ...process.argv.slice(1)], {
    stdio: "inherit",
  });
  process.exit(again.status ?? 1);
}

const N = Number(process.env.BENCH_UPDATES ?? 10_000);
const PG_URL = process.env.BENCH_DATABASE_URL || undefined;
const ONLY_PG = process.env.BENCH_ONLY === "pg";
// BENCH_ONLY=search: the briefing search alone (seconds), for working on it.
if (process.env.BENCH_ONLY === "search") {
  const database = await seededDatabase();
  const s = await benchBriefingSearch(database.db);
  await database.close();
  console.log(
    `| search, ${s.count} briefings (loaded in ${(s.loadMs / 1000).toFixed(1)} s) | p50 ${s.p50.toFixed(2)} ms, p99 ${s.p99.toFixed(2)} ms |`,
  );
  console.log(`RESULT search_p99_ms=${s.p99.toFixed(2)}`);
  process.exit(0);
}
if (ONLY_PG && !PG_URL) throw new Error("BENCH_ONLY=pg needs BENCH_DATABASE_URL");

async function seededDatabase() {
  // In memory, with the settings npm start gives the embedded database.
  const client = await PGlite.create({ postgresqlconf: EMBEDDED_SETTINGS });
  const database = wrapPglite(client);
  await database.migrate();
  await loadSeed(database.db);
  return database;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

type Handle = (u: Update) => Promise<void>;

/**
 * As npm start runs: on the embedded database this process is its only user (state in memory);
 * on PostgreSQL (`exclusive: false`) every update_id is claimed and state read in the database.
 */
function briefingBot(database: Pick<Database, "db" | "updatesDb">, exclusive = true): Handle {
  const bot = createBot("1:bench", {
    deps: {
      db: database.db,
      updatesDb: database.updatesDb,
      now: () => new Date(),
      exclusiveDatabase: exclusive,
    },
    logger: quiet,
    botInfo: LOCAL_BOT_INFO,
    fetch: createLocalApi({ keepCalls: false }).fetch,
    dedupeUpdates: true,
  });
  return (u) => bot.handleUpdate(u);
}

function bareBot(): Handle {
  const bot = new Bot("1:bench", {
    botInfo: LOCAL_BOT_INFO,
    client: { fetch: createLocalApi({ keepCalls: false }).fetch },
  });
  bot.on("message", (ctx) => ctx.reply("ok"));
  return (u) => bot.handleUpdate(u);
}

const ROUNDS = 5;

interface Figures {
  /** Updates a second. */
  rate: number;
  p50: number;
  p99: number;
}

/**
 * The handles take the same updates in alternating slices, so a machine that gets busier or
 * calmer during the run affects them alike; each update is timed the same way in all.
 */
async function alternate<K extends string>(
  handles: Record<K, Handle>,
  list: Update[],
  warmUps = 200,
): Promise<Record<K, Figures>> {
  const names = Object.keys(handles) as K[];
  const warmUp = mixedUpdates(warmUps, 10_000_000 + (list[0]?.update_id ?? 0));
  for (const name of names) for (const u of warmUp) await handles[name](u);
  const times = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<K, number[]>;
  const total = Object.fromEntries(names.map((n) => [n, 0])) as Record<K, number>;
  const slice = Math.ceil(list.length / ROUNDS);
  for (let r = 0; r < ROUNDS; r++) {
    const part = list.slice(r * slice, (r + 1) * slice);
    for (const name of names) {
      const handle = handles[name];
      const t0 = performance.now();
      for (const u of part) {
        const s = performance.now();
        await handle(u);
        times[name].push(performance.now() - s);
      }
      total[name] += performance.now() - t0;
    }
  }
  const out = {} as Record<K, Figures>;
  for (const name of names) {
    const sorted = times[name].sort((a, b) => a - b);
    out[name] = {
      rate: list.length / (total[name] / 1000),
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
    };
  }
  return out;
}

async function compare(ours: Handle, bare: Handle, list: Update[]) {
  const r = await alternate({ bare, ours }, list);
  return { bare: r.bare.rate, ours: r.ours.rate, p50: r.ours.p50, p99: r.ours.p99 };
}

/** Runs the probe (bundled by `npm run build`, as npm start is) as `npm start` would run: its own process, the data directory on disk. */
function probe(dataDir: string, updates = 0): { open: number; rssMb: number } {
  const child = spawnSync(process.execPath, [...START_FLAGS, path.join("dist", "start-probe.js")], {
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "", PROBE_UPDATES: String(updates) },
    encoding: "utf8",
  });
  const line = child.stdout.trim().split("\n").at(-1) ?? "";
  if (child.status !== 0 || !line.startsWith("{")) throw new Error(`probe failed: ${child.stderr}`);
  return JSON.parse(line) as { open: number; rssMb: number };
}

const cpu = `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}`;
const machine = `machine: ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;

// 1. Normal data.
const database = await seededDatabase();
const ours = ONLY_PG ? null : await compare(briefingBot(database), bareBot(), mixedUpdates(N));

// 5a. The same mix on PostgreSQL, shared mode, alternating with the embedded database (normal data).
let pg: PgBench | null = null;
let pgHarness: { embedded: Figures; postgres: Figures } | null = null;
if (PG_URL) {
  pg = await createBenchDatabase(PG_URL);
  // Both handles are warmed with as many updates as they are measured on: the embedded one gets
  // faster for longer (JIT, caches) than PostgreSQL's round trips do, and with only a short
  // warm-up the ratio depended on whether the earlier parts of the run had warmed this process.
  pgHarness = await alternate(
    { embedded: briefingBot(database), postgres: briefingBot(pg.database, false) },
    mixedUpdates(N, 30_000_000),
    N,
  );
  // The harness's pool is closed before the instances open their own.
  await pg.database.close();
}

let big: Awaited<ReturnType<typeof compare>> | null = null;
let alerts: Awaited<ReturnType<typeof benchAlertMatching>> | null = null;
let row = { points: 0, subs: 0 };
let loadMs = 0;
if (!ONLY_PG) {
  // 2. Big data: 1,000,000 price points in 100 synthetic series and 100,000 subscribers.
  const b0 = performance.now();
  await database.db.execute(sql`
    insert into price_series (key, kind, name_en, name_ru, short_en, short_ru, sort_order)
    select 'synthetic-' || g, 'market_average', 'Synthetic ' || g, 'Синтетика ' || g, 'S' || g, 'С' || g, 1000 + g
      from generate_series(1, 100) g`);
  await database.db.execute(sql`
    insert into price_points (series_id, period_start, granularity, value)
    select s.id, date '1900-01-01' + (g * interval '1 month'), 'month', 1000000 + g
      from price_series s, generate_series(1, 10000) g where s.key like 'synthetic-%'`);
  await database.db.execute(sql`
    insert into subscribers (chat_id, chat_type, lang, topics, digest_minute, time_zone, next_due_at, covered_until)
    select 10000000 + g, 'private', 'ru', '{prices}', 480, 'Europe/Moscow', now() + interval '1 day', now()
      from generate_series(1, 100000) g`);
  await database.db.execute(sql`analyze`);
  loadMs = performance.now() - b0;
  const counts = await database.db.execute<{ points: number; subs: number }>(
    sql`select (select count(*)::int from price_points) as points, (select count(*)::int from subscribers) as subs`,
  );
  row = (Array.isArray(counts)
    ? counts[0]
    : (counts as { rows: { points: number; subs: number }[] }).rows[0]) ?? {
    points: 0,
    subs: 0,
  };
  big = await compare(briefingBot(database), bareBot(), mixedUpdates(N, 20_000_000));
  // 6. Alert matching over 100,000 rules, on the big database.
  alerts = await benchAlertMatching(database.db);
}
// 6. Briefing search over 10,000 generated briefings.
const search = ONLY_PG ? null : await benchBriefingSearch(database.db);
await database.close();

// 5b. One and two processes run as npm start runs them, in webhook mode, fed over HTTP.
const instances = pg ? await runInstances(pg.url, N) : null;
await pg?.drop();

if (ONLY_PG && pgHarness && instances) {
  console.log(`${machine}, PostgreSQL ${pg?.serverVersion} (the bench's own database on BENCH_DATABASE_URL)`);
  printPg(pgHarness, instances);
  console.log(
    `RESULT pg_ratio=${(pgHarness.postgres.rate / pgHarness.embedded.rate).toFixed(3)} pg_p99_ms=${pgHarness.postgres.p99.toFixed(2)} pg2_ratio=${(instances.two.rate / instances.one.rate).toFixed(3)}`,
  );
  process.exit(0);
}
if (!ours || !big || !search) throw new Error("unreachable");

// 3. Start to ready on a new, then on the same (now existing) data directory; 4. memory of a
// process like npm start on that directory after N updates.
const dir = mkdtempSync(path.join(os.tmpdir(), "bench-start-"));
const newMs = probe(path.join(dir, "data")).open;
const existingMs = probe(path.join(dir, "data")).open;
// Resident memory varies by tens of MB between identical runs (when V8 collects): the median of three.
const rssRuns = [1, 2, 3].map(() => probe(path.join(dir, "data"), N).rssMb).sort((a, b) => a - b);
const rssMb = rssRuns[1] ?? 0;
rmSync(dir, { recursive: true, force: true });

console.log(
  `${machine}, PGlite (in memory for throughput, a data directory for start and memory)${pg ? `, PostgreSQL ${pg.serverVersion}` : ""}`,
);
console.log(`| measure | value |`);
console.log(`| --- | --- |`);
console.log(`| bare grammY, constant reply | ${ours.bare.toFixed(0)} updates/s |`);
console.log(
  `| briefing bot, ${N} mixed updates | ${ours.ours.toFixed(0)} updates/s, p50 ${ours.p50.toFixed(2)} ms, p99 ${ours.p99.toFixed(2)} ms |`,
);
console.log(
  `| same with ${row.points} price points, ${row.subs} subscribers (loaded in ${(loadMs / 1000).toFixed(1)} s) | ${big.ours.toFixed(0)} updates/s (bare grammY ${big.bare.toFixed(0)}), p50 ${big.p50.toFixed(2)} ms, p99 ${big.p99.toFixed(2)} ms |`,
);
console.log(`| start to ready, new data directory | ${newMs.toFixed(0)} ms |`);
console.log(`| start to ready, existing data directory | ${existingMs.toFixed(0)} ms |`);
console.log(
  `| resident memory after ${N} updates (npm start process, data directory) | ${rssMb.toFixed(0)} MB (median of ${rssRuns.map((r) => r.toFixed(0)).join(", ")}) |`,
);
console.log(
  `| briefing search, ${search.count} briefings, half Russian (loaded in ${(search.loadMs / 1000).toFixed(1)} s) | p50 ${search.p50.toFixed(2)} ms, p99 ${search.p99.toFixed(2)} ms |`,
);
if (pgHarness && instances) printPg(pgHarness, instances, false);
if (alerts) {
  console.log(
    `| ${alerts.rules} alert rules, one fact visible → matching rules found and queued (median of 20 facts, ${alerts.queued} alerts queued) | ${alerts.medianMs.toFixed(1)} ms |`,
  );
}
const alertFigure = alerts ? ` alert_match_ms=${alerts.medianMs.toFixed(1)}` : "";
const pgFigures =
  pgHarness && instances
    ? ` pg_ratio=${(pgHarness.postgres.rate / pgHarness.embedded.rate).toFixed(3)} pg_p99_ms=${pgHarness.postgres.p99.toFixed(2)} pg2_ratio=${(instances.two.rate / instances.one.rate).toFixed(3)}`
    : "";
console.log(
  `RESULT qa_ratio=${(ours.ours / ours.bare).toFixed(3)} p99_ms=${ours.p99.toFixed(2)} big_p99_ms=${big.p99.toFixed(2)} start_ms=${existingMs.toFixed(0)} rss_mb=${rssMb.toFixed(0)}${alertFigure}${pgFigures} search_p99_ms=${search.p99.toFixed(2)}`,
);

function printPg(
  h: { embedded: Figures; postgres: Figures },
  p: Awaited<ReturnType<typeof runInstances>>,
  header = true,
) {
  if (header) {
    console.log(`| measure | value |`);
    console.log(`| --- | --- |`);
  }
  const f = (x: Figures) =>
    `${x.rate.toFixed(0)} updates/s, p50 ${x.p50.toFixed(2)} ms, p99 ${x.p99.toFixed(2)} ms`;
  console.log(`| embedded database, ${N} mixed updates, alternating with PostgreSQL | ${f(h.embedded)} |`);
  console.log(
    `| PostgreSQL, shared mode (update ids and state in the database), same harness | ${f(h.postgres)} |`,
  );
  console.log(
    `| one npm start process, webhook over HTTP, ${p.concurrency} requests in flight | ${f(p.one)} |`,
  );
  console.log(`| two npm start processes sharing PostgreSQL, same feed split between them | ${f(p.two)} |`);
}
