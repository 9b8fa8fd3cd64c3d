// The PostgreSQL part of npm run bench: a database of its own on the BENCH_DATABASE_URL server
// (created, migrated, seeded, dropped at the end), and npm start processes in webhook mode on it,
// fed over HTTP with a Bot API answered by a small HTTP server in this process.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { Agent, createServer, request } from "node:http";
import type { AddressInfo } from "node:net";
import type { Update } from "grammy/types";
import postgres from "postgres";
import { createLocalApi } from "../bot/local-api.ts";
import { type Database, openPostgres } from "../db/client.ts";
import { loadSeed } from "../db/seed/load.ts";
import { START_ARGS } from "../test/support/start-command.ts";
import { mixedUpdates } from "./mix.ts";

export interface PgBench {
  url: string;
  database: Database;
  serverVersion: string;
  drop(): Promise<void>;
}

export async function createBenchDatabase(serverUrl: string): Promise<PgBench> {
  const name = `briefing_bench_${randomBytes(4).toString("hex")}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  const [version] = await admin<{ v: string }[]>`select current_setting('server_version') as v`;
  await admin.unsafe(`create database ${name}`);
  const target = new URL(serverUrl);
  target.pathname = `/${name}`;
  const database = openPostgres(target.href, 10);
  await database.migrate();
  await loadSeed(database.db);
  return {
    url: target.href,
    database,
    serverVersion: version?.v ?? "?",
    async drop() {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

interface Figures {
  rate: number;
  p50: number;
  p99: number;
}

const SECRET = "bench-webhook-secret-0123456789";
const CONCURRENCY = 8;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** The Bot API over HTTP, answered by the in-process stand-in (every call succeeds). */
async function fakeBotApi() {
  const api = createLocalApi({ keepCalls: false });
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      void api
        .fetch(`http://local${req.url}`, {
          method: "POST",
          headers: { "content-type": req.headers["content-type"] ?? "application/json" },
          body: Buffer.concat(chunks).toString("utf8"),
        })
        .then(async (answer) => {
          res.writeHead(answer.status, { "content-type": "application/json" });
          res.end(await answer.text());
        });
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { root: `http://127.0.0.1:${port}`, close: () => new Promise<void>((r) => server.close(() => r())) };
}

interface Instance {
  port: number;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Starts one process as npm start runs it (the bundle, its node flags) in webhook mode. */
async function startInstance(databaseUrl: string, apiRoot: string): Promise<Instance> {
  const port = 30_000 + Math.floor(Math.random() * 20_000);
  const child = spawn(process.execPath, START_ARGS, {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      BOT_TOKEN: "1:bench",
      TELEGRAM_API_ROOT: apiRoot,
      BOT_MODE: "webhook",
      WEBHOOK_SECRET: SECRET,
      WEBHOOK_URL: "",
      PORT: String(port),
      HOST: "127.0.0.1",
      DIGESTS: "off",
      METRICS_PORT: "",
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let tail = "";
  child.stderr?.on("data", (d: Buffer) => {
    tail = (tail + d.toString()).slice(-4000);
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`instance exited with ${child.exitCode}: ${tail}`);
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`)
      .then((r) => r.status === 200)
      .catch(() => false);
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`instance did not become ready: ${tail}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    port,
    child,
    async stop() {
      child.kill("SIGTERM");
      const code = await exited;
      if (code !== 0) throw new Error(`instance stopped with ${code}: ${tail}`);
    },
  };
}

const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY * 2 });

function post(port: number, update: Update): Promise<void> {
  const body = JSON.stringify(update);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: "127.0.0.1",
        port,
        path: "/telegram",
        method: "POST",
        agent,
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(body),
          "x-telegram-bot-api-secret-token": SECRET,
        },
      },
      (res) => {
        res.resume();
        res.on("end", () =>
          res.statusCode === 200 ? resolve() : reject(new Error(`webhook answered ${res.statusCode}`)),
        );
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

/** Feeds `list` with CONCURRENCY requests in flight, spread round-robin over the instances. */
async function feed(ports: number[], list: Update[]): Promise<Figures> {
  const times: number[] = [];
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (;;) {
        const i = next++;
        const u = list[i];
        if (!u) return;
        const s = performance.now();
        await post(ports[i % ports.length] as number, u);
        times.push(performance.now() - s);
      }
    }),
  );
  const elapsed = performance.now() - t0;
  times.sort((a, b) => a - b);
  return { rate: list.length / (elapsed / 1000), p50: percentile(times, 50), p99: percentile(times, 99) };
}

/** One instance, then two, on the database at `databaseUrl`: the same number of updates each. */
export async function runInstances(
  databaseUrl: string,
  n: number,
): Promise<{ one: Figures; two: Figures; concurrency: number }> {
  const api = await fakeBotApi();
  const started: Instance[] = [];
  try {
    const a = await startInstance(databaseUrl, api.root);
    started.push(a);
    await feed([a.port], mixedUpdates(300, 40_000_000));
    const one = await feed([a.port], mixedUpdates(n, 41_000_000));
    const b = await startInstance(databaseUrl, api.root);
    started.push(b);
    await feed([b.port], mixedUpdates(300, 42_000_000));
    const two = await feed([a.port, b.port], mixedUpdates(n, 43_000_000));
    return { one, two, concurrency: CONCURRENCY };
  } finally {
    for (const i of started) await i.stop();
    agent.destroy();
    await api.close();
  }
}
