// Digest workers as real processes on one PostgreSQL, against the fake Bot API in a process of
// its own: a worker killed with SIGKILL mid-broadcast and a new one started lose nothing and
// repeat only what was in flight; two workers at once deliver each digest once.
// PGlite is one process's database (its data directory is locked), so these run on PostgreSQL.
import { type ChildProcess, spawn } from "node:child_process";
import { and, count, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { digestDeliveries, subscribers } from "../../db/schema/index.ts";
import { scheduleDue } from "../../domain/digest/schedule.ts";
import { createTestDatabase, type TestDatabase, testDriver } from "../support/database.ts";
import { type FakeTelegramProcess, spawnFakeTelegram } from "../support/fake-telegram-process.ts";

const onPostgres = testDriver === "postgres";
let database: TestDatabase;
let fake: FakeTelegramProcess;
beforeAll(async () => {
  if (!onPostgres) return;
  database = await createTestDatabase({ seed: false });
  fake = await spawnFakeTelegram({ FAKE_LIMIT: "1000" });
});
afterAll(async () => {
  if (!onPostgres) return;
  await fake.close();
  await database.destroy();
});

let nextChat = 700_000;
/** Inserts `n` subscribers whose digest is due and queues them; returns their chat ids. */
async function queue(n: number): Promise<number[]> {
  const now = new Date();
  const chats = Array.from({ length: n }, () => nextChat++);
  await database.db.insert(subscribers).values(
    chats.map((chatId) => ({
      chatId,
      chatType: "private",
      lang: "en",
      topics: ["prices"],
      digestMinute: 480,
      timeZone: "Europe/Moscow",
      whenEmpty: "notice",
      nextDueAt: new Date(now.getTime() - 60_000),
      coveredUntil: new Date(now.getTime() - 86_400_000),
    })),
  );
  await scheduleDue(database.db, now);
  return chats;
}

function worker(): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", "bot/digest/worker.ts"], {
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      BOT_TOKEN: "1:worker-test",
      TELEGRAM_API_ROOT: fake.apiRoot,
      DIGEST_RATE: "150",
      DIGEST_PAID_BROADCAST: "true",
      DIGEST_LEASE_SECONDS: "3",
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function sentCount(chats: number[]): Promise<number> {
  const [row] = await database.db
    .select({ n: count() })
    .from(digestDeliveries)
    .where(and(eq(digestDeliveries.status, "sent"), inArray(digestDeliveries.chatId, chats)));
  return row?.n ?? 0;
}

const exited = (child: ChildProcess) => new Promise((resolve) => child.once("exit", resolve));

describe.skipIf(!onPostgres)("digest workers as processes on PostgreSQL", () => {
  it("loses nothing when a worker is killed mid-broadcast; repeats only what was in flight", async () => {
    await fake.reset();
    const chats = await queue(900);
    const first = worker();
    await until(async () => (await fake.stats()).accepted >= 250, 30_000);
    first.kill("SIGKILL");
    await exited(first);
    // What Telegram took but the database still holds as "sending": in flight at the kill.
    const received = (await fake.stats()).received;
    const sending = await database.db
      .select({ chatId: digestDeliveries.chatId })
      .from(digestDeliveries)
      .where(eq(digestDeliveries.status, "sending"));
    const inFlight = sending.filter((r) => (received.get(r.chatId) ?? 0) > 0).length;

    const second = worker();
    await until(async () => (await sentCount(chats)) === chats.length, 60_000);
    second.kill("SIGTERM");
    await exited(second);

    const after = (await fake.stats()).received;
    const lost = chats.filter((c) => (after.get(c) ?? 0) === 0).length;
    const duplicated = chats.reduce((sum, c) => sum + Math.max(0, (after.get(c) ?? 0) - 1), 0);
    console.log(
      `SIGKILL test: ${chats.length} digests, in flight at the kill ${inFlight}, sent twice ${duplicated}, lost ${lost}`,
    );
    expect(lost).toBe(0);
    expect(duplicated).toBe(inFlight);
    expect(duplicated).toBeLessThan(150);
  }, 120_000);

  it("two workers at once deliver each digest exactly once", async () => {
    await fake.reset();
    const chats = await queue(600);
    const a = worker();
    const b = worker();
    await until(async () => (await sentCount(chats)) === chats.length, 60_000);
    a.kill("SIGTERM");
    b.kill("SIGTERM");
    await Promise.all([exited(a), exited(b)]);
    const received = (await fake.stats()).received;
    expect(chats.filter((c) => received.get(c) !== 1)).toEqual([]);
  }, 120_000);
});
