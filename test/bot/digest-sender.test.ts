// The digest sender against a faked Bot API: delivery, 403, 429, 5xx and network errors,
// expired leases, and two senders sharing one outbox.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDigestSender } from "../../bot/digest/service.ts";
import { type ApiCall, createLocalApi, type LocalApiOptions } from "../../bot/local-api.ts";
import { claimDeliveries } from "../../db/queries/digests.ts";
import { digestDeliveries, subscribers } from "../../db/schema/index.ts";
import { scheduleDue } from "../../domain/digest/schedule.ts";
import { changeSettings, subscribe } from "../../domain/digest/subscriptions.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { expectTelegramHtml } from "../support/html.ts";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.destroy());

const quiet = { info() {}, warn() {}, error() {} };
let nextChat = 50_000;

/** Subscribes `n` chats (in `lang`) and queues their digest for a fixed 08:00 Moscow. */
async function queue(n: number, lang: "en" | "ru" = "en") {
  const db = database.db;
  const subscribedAt = new Date("2026-11-19T12:00:00Z");
  const chats: number[] = [];
  for (let i = 0; i < n; i++) {
    const chatId = nextChat++;
    chats.push(chatId);
    await subscribe(db, { chatId, chatType: "private", lang }, subscribedAt, "Europe/Moscow");
    await changeSettings(db, chatId, { kind: "empty", whenEmpty: "notice" }, subscribedAt);
  }
  await scheduleDue(database.db, new Date("2026-11-20T05:00:00Z"));
  return chats;
}

function sender(
  api: LocalApiOptions,
  clock: { now: Date },
  extra: { maxAttempts?: number; leaseSeconds?: number; perSecond?: number } = {},
) {
  const local = createLocalApi(api);
  const s = createDigestSender({
    db: database.db,
    token: "1:test",
    fetch: local.fetch,
    logger: quiet,
    now: () => clock.now,
    perSecond: extra.perSecond ?? 1000,
    paidBroadcast: true,
    maxAttempts: extra.maxAttempts ?? 3,
    leaseSeconds: extra.leaseSeconds ?? 60,
  });
  return { sender: s, calls: local.calls };
}

const sentTo = (calls: ApiCall[]) =>
  calls.filter((c) => c.method === "sendMessage").map((c) => Number(c.payload.chat_id));
async function statusOf(chatId: number) {
  const [row] = await database.db.select().from(digestDeliveries).where(eq(digestDeliveries.chatId, chatId));
  return row;
}

describe("digest sender", () => {
  it("delivers each queued digest once, in the subscriber's language, as valid HTML", async () => {
    const chats = await queue(5, "ru");
    const clock = { now: new Date("2026-11-20T05:00:01Z") };
    const { sender: s, calls } = sender({}, clock);
    await s.drain();
    await s.drain();
    expect(sentTo(calls).sort()).toEqual(chats);
    for (const c of calls.filter((c) => c.method === "sendMessage")) {
      expect(String(c.payload.text)).toContain("Дайджест");
      expectTelegramHtml(String(c.payload.text));
    }
    for (const chat of chats) expect((await statusOf(chat))?.status).toBe("sent");
  });

  it("deactivates a subscriber who blocked the bot (403)", async () => {
    const [blocked, ok] = await queue(2);
    const clock = { now: new Date("2026-11-20T05:00:01Z") };
    const { sender: s } = sender(
      {
        respond: (call) =>
          Number(call.payload.chat_id) === blocked
            ? { ok: false, error_code: 403, description: "Forbidden: bot was blocked by the user" }
            : undefined,
      },
      clock,
    );
    await s.drain();
    expect(await statusOf(blocked ?? 0)).toMatchObject({
      status: "failed",
      lastError: expect.stringContaining("blocked"),
    });
    expect(await statusOf(ok ?? 0)).toMatchObject({ status: "sent" });
    const [sub] = await database.db
      .select()
      .from(subscribers)
      .where(eq(subscribers.chatId, blocked ?? 0));
    expect(sub).toMatchObject({ active: false, deactivatedReason: expect.stringContaining("blocked") });
    expect(s.stats.deactivated).toBe(1);
  });

  it("pauses every sender on 429 for retry_after, then delivers", async () => {
    const chats = await queue(3);
    const clock = { now: new Date("2026-11-20T05:00:01Z") };
    let first = true;
    const { sender: a, calls } = sender(
      {
        respond: (call) => {
          if (call.method !== "sendMessage" || !first) return undefined;
          first = false;
          return {
            ok: false,
            error_code: 429,
            description: "Too Many Requests: retry after 2",
            parameters: { retry_after: 2 },
          };
        },
      },
      clock,
    );
    let t = performance.now();
    await a.drain();
    // The rest of this sender's batch waited out the pause.
    expect(performance.now() - t).toBeGreaterThanOrEqual(1900);
    expect(a.stats.throttled).toBe(1);
    // Three attempts: the throttled one and the two others after the pause.
    expect(sentTo(calls)).toHaveLength(3);

    // The pause is shared through the database: a sender in another process waits too.
    const more = await queue(2);
    const { sender: b, calls: bCalls } = sender({}, clock);
    t = performance.now();
    await b.drain();
    expect(performance.now() - t).toBeGreaterThanOrEqual(1900);
    expect(sentTo(bCalls).sort()).toEqual(more);

    // The throttled digest goes out once its retry time has come.
    clock.now = new Date("2026-11-20T05:00:04Z");
    await b.drain();
    expect(sentTo(bCalls)).toHaveLength(3);
    for (const chat of [...chats, ...more]) expect((await statusOf(chat))?.status).toBe("sent");
  });

  it("retries 5xx and network errors with backoff, then marks the row failed with its error", async () => {
    const [flaky, down] = await queue(2);
    const clock = { now: new Date("2026-11-20T05:00:01Z") };
    let flakyFailures = 1;
    const { sender: s } = sender(
      {
        respond: (call) => {
          const chat = Number(call.payload.chat_id);
          if (chat === flaky && flakyFailures-- > 0)
            return { ok: false, error_code: 502, description: "Bad Gateway" };
          if (chat === down) return "network-error";
          return undefined;
        },
      },
      clock,
      { maxAttempts: 3 },
    );
    await s.drain();
    expect(await statusOf(flaky ?? 0)).toMatchObject({ status: "pending", attempts: 1 });
    for (let minute = 1; minute <= 10; minute++) {
      clock.now = new Date(Date.parse("2026-11-20T05:00:01Z") + minute * 60_000);
      await s.drain();
    }
    expect(await statusOf(flaky ?? 0)).toMatchObject({ status: "sent", attempts: 2 });
    const failed = await statusOf(down ?? 0);
    expect(failed).toMatchObject({ status: "failed", attempts: 3 });
    expect(failed?.lastError).toMatch(/fetch failed|Network request/);
    // Its news was not delivered, so the next digest covers it again.
    const [sub] = await database.db
      .select()
      .from(subscribers)
      .where(eq(subscribers.chatId, down ?? 0));
    expect(sub?.coveredUntil.toISOString()).toBe(failed?.since.toISOString());
    expect(sub?.active).toBe(true);
  });

  it("reclaims rows whose sender died holding them, once the lease expires", async () => {
    const chats = await queue(4);
    const db = database.db;
    const at = new Date("2026-11-20T05:00:01Z");
    // A sender claims everything and dies before sending.
    const claimed = await claimDeliveries(db, "dead-sender", at, new Date(at.getTime() + 30_000), 100);
    expect(claimed.map((r) => r.chatId)).toEqual(expect.arrayContaining(chats));
    const clock = { now: new Date(at.getTime() + 10_000) };
    const { sender: s, calls } = sender({}, clock);
    await s.drain();
    expect(sentTo(calls).filter((c) => chats.includes(c))).toEqual([]);
    clock.now = new Date(at.getTime() + 31_000);
    await s.drain();
    expect(
      sentTo(calls)
        .filter((c) => chats.includes(c))
        .sort(),
    ).toEqual(chats);
  });

  it("lets two senders share one outbox without sending anything twice", async () => {
    const chats = await queue(60);
    const clock = { now: new Date("2026-11-20T05:00:01Z") };
    const one = sender({}, clock);
    const two = sender({}, clock);
    await Promise.all([one.sender.drain(), two.sender.drain()]);
    const all = [...sentTo(one.calls), ...sentTo(two.calls)].filter((c) => chats.includes(c));
    expect(all.sort()).toEqual(chats);
    expect(new Set(all).size).toBe(all.length);
  });

  it("divides DIGEST_RATE among the senders alive, so several instances keep to it together", async () => {
    // A clock of its own: rows other tests' senders left are stale at this time.
    const clock = { now: new Date("2026-12-01T00:00:00Z") };
    const a = sender({}, clock, { perSecond: 20 });
    const b = sender({}, clock, { perSecond: 20 });
    const c = sender({}, clock, { perSecond: 20 });
    await a.sender.shareRate();
    expect(a.sender.rate).toBe(20);
    await b.sender.shareRate();
    await a.sender.shareRate();
    expect([a.sender.rate, b.sender.rate]).toEqual([10, 10]);
    // A stopping sender leaves at once.
    await b.sender.stop();
    await a.sender.shareRate();
    expect(a.sender.rate).toBe(20);
    // One that died (no stop) counts until it has not been heard of for 15 s.
    await c.sender.shareRate();
    await a.sender.shareRate();
    expect(a.sender.rate).toBe(10);
    clock.now = new Date("2026-12-01T00:00:16Z");
    await a.sender.shareRate();
    expect(a.sender.rate).toBe(20);
  });
});
