// npm run bench:digest — N digests due at once, delivered against a fake Bot API on loopback that
// enforces a global limit and the per-chat limit (answering 429 past them). Our sender (outbox,
// leases, pacing) runs beside the approach grammY's docs recommend for broadcasts: a sequential
// loop with auto-retry. Env: BENCH_N (10000), BENCH_LIMIT (500 messages/s), DATABASE_URL (else PGlite).
import os from "node:os";
import { PGlite } from "@electric-sql/pglite";
import { autoRetry } from "@grammyjs/auto-retry";
import { Api } from "grammy";
import { createDigestSender } from "../bot/digest/service.ts";
import { openPostgres, wrapPglite } from "../db/client.ts";
import { subscribers } from "../db/schema/index.ts";
import { scheduleDue } from "../domain/digest/schedule.ts";
import { spawnFakeTelegram } from "../test/support/fake-telegram-process.ts";

const N = Number(process.env.BENCH_N ?? 10_000);
const LIMIT = Number(process.env.BENCH_LIMIT ?? 500);
const TOKEN = "1:bench";
const quiet = { info() {}, warn() {}, error() {} };

// An in-memory PGlite unless DATABASE_URL names a PostgreSQL.
const database = process.env.DATABASE_URL
  ? openPostgres(process.env.DATABASE_URL, 10)
  : wrapPglite(await PGlite.create());
await database.migrate();
const db = database.db;
const now = new Date();
const dayAgo = new Date(now.getTime() - 24 * 3600_000);

// Subscribers whose 08:00 has just passed, each in a chat of its own.
const t0 = performance.now();
for (let i = 0; i < N; i += 1000) {
  const rows = Array.from({ length: Math.min(1000, N - i) }, (_, k) => ({
    chatId: 1_000_000 + i + k,
    chatType: "private",
    lang: (i + k) % 2 ? "ru" : "en",
    topics: ["prices", "localization", "policy", "briefings"],
    digestMinute: 8 * 60,
    timeZone: "Europe/Moscow",
    whenEmpty: "notice",
    nextDueAt: new Date(now.getTime() - 60_000),
    coveredUntil: dayAgo,
  }));
  await db.insert(subscribers).values(rows);
}
const tick = await scheduleDue(db, now);
const scheduleMs = performance.now() - t0;

// Ours: the outbox sender, paced just under the limit.
const fake = await spawnFakeTelegram({ FAKE_LIMIT: String(LIMIT) });
const ours = fake;
const sender = createDigestSender({
  db,
  token: TOKEN,
  apiRoot: ours.apiRoot,
  logger: quiet,
  perSecond: LIMIT * Number(process.env.BENCH_PACE ?? 0.98),
  paidBroadcast: true,
  maxAttempts: 5,
  leaseSeconds: 60,
  batchSize: Number(process.env.BENCH_BATCH ?? 100),
  concurrency: Number(process.env.BENCH_CONC ?? 32),
});
const s0 = performance.now();
await sender.drain();
const oursMs = performance.now() - s0;
const oursStats = await fake.stats();
if (process.env.BENCH_DEBUG) console.log(JSON.stringify({ ...oursStats, received: undefined }));
await fake.reset();

// Reference: a sequential loop with auto-retry, the same N chats and the same text length.
const api = new Api(TOKEN, { apiRoot: fake.apiRoot });
api.config.use(autoRetry());
const text = "<b>Daily digest</b> · new since yesterday\nNo changes since yesterday.";
const r0 = performance.now();
for (let i = 0; i < N; i++) await api.sendMessage(1_000_000 + i, text, { parse_mode: "HTML" });
const referenceMs = performance.now() - r0;
const referenceStats = await fake.stats();
await fake.close();
await database.close();

function outcome(received: Map<number, number>) {
  let lost = 0;
  let duplicated = 0;
  for (let i = 0; i < N; i++) {
    const n = received.get(1_000_000 + i) ?? 0;
    if (n === 0) lost++;
    if (n > 1) duplicated += n - 1;
  }
  return { lost, duplicated };
}
const o = outcome(oursStats.received);
const r = outcome(referenceStats.received);
const oursRate = (N - o.lost) / (oursMs / 1000);
const refRate = (N - r.lost) / (referenceMs / 1000);

const row = (cells: (string | number)[]) => `| ${cells.map(String).join(" | ")} |`;
console.log(
  `machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${database.driver}`,
);
console.log(`N=${N} digests due at once, fake Bot API limit ${LIMIT} messages/s and 1/s per chat`);
console.log(
  `scheduling: ${tick.queued} queued in ${scheduleMs.toFixed(0)} ms (subscribers inserted and ticked)`,
);
console.log(row(["approach", "seconds", "messages/s", "ratio", "429 answers", "lost", "duplicated"]));
console.log(row(["---", "---", "---", "---", "---", "---", "---"]));
console.log(
  row([
    "outbox sender",
    (oursMs / 1000).toFixed(1),
    oursRate.toFixed(0),
    (oursRate / LIMIT).toFixed(3),
    oursStats.throttled,
    o.lost,
    o.duplicated,
  ]),
);
console.log(
  row([
    "sequential loop + auto-retry",
    (referenceMs / 1000).toFixed(1),
    refRate.toFixed(0),
    (refRate / LIMIT).toFixed(3),
    referenceStats.throttled,
    r.lost,
    r.duplicated,
  ]),
);
console.log(
  `RESULT ratio=${(oursRate / LIMIT).toFixed(3)} throttled=${oursStats.throttled} lost=${o.lost} duplicated=${o.duplicated} reference_ratio=${(refRate / LIMIT).toFixed(3)}`,
);
