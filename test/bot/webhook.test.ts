// Webhook mode over real HTTP: the secret, /healthz, a repeated update_id handled once, two
// instances serving one dialogue alternately, and a graceful close that finishes work in flight.
import type { Update } from "grammy/types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBot } from "../../bot/create-bot.ts";
import { type ApiCall, createLocalApi, LOCAL_BOT_INFO } from "../../bot/local-api.ts";
import { callbackUpdate, textUpdate } from "../../bot/local-updates.ts";
import { startWebhookServer, type WebhookServer } from "../../bot/webhook-server.ts";
import { type Db, openPostgres } from "../../db/client.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";

const SECRET = "s3cret-token-for-tests_0123456789";
const quiet = { info() {}, warn() {}, error() {} };
let database: TestDatabase;
const opened: { close(): Promise<void> }[] = [];
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  for (const o of opened) await o.close();
  await database.destroy();
});

/** A bot instance behind its own webhook server; on PostgreSQL with its own connection pool. */
async function instance(options: { db?: Db; fetchDelayMs?: number; health?: () => Promise<void> } = {}) {
  let db = options.db ?? database.db;
  if (!options.db && database.url) {
    const own = openPostgres(database.url, 4);
    opened.push(own);
    db = own.db;
  }
  const api = createLocalApi();
  const fetchImpl: typeof fetch = async (input, init) => {
    if (options.fetchDelayMs) await new Promise((r) => setTimeout(r, options.fetchDelayMs));
    return api.fetch(input, init);
  };
  const bot = createBot("123:test-token", {
    deps: { db, now: () => new Date("2026-11-21T09:00:00Z") },
    logger: quiet,
    botInfo: LOCAL_BOT_INFO,
    fetch: fetchImpl,
    dedupeUpdates: true,
  });
  const server = await startWebhookServer(
    { bot, secret: SECRET, logger: quiet, healthCheck: options.health ?? (async () => {}) },
    { port: 0, host: "127.0.0.1" },
  );
  opened.push({ close: () => server.close() });
  return { server, calls: api.calls };
}

async function post(server: WebhookServer, update: Update, secret: string | null = SECRET) {
  return fetch(server.url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(secret ? { "x-telegram-bot-api-secret-token": secret } : {}),
    },
    body: JSON.stringify(update),
  });
}

const texts = (calls: ApiCall[]) =>
  calls
    .filter((c) => c.method === "sendMessage" || c.method === "editMessageText")
    .map((c) => String(c.payload.text));

describe("webhook mode", () => {
  it("rejects a wrong or missing secret with 401 and answers the right one", async () => {
    const { server, calls } = await instance();
    const user = { id: 71_001, languageCode: "en" };
    expect((await post(server, textUpdate(user, "/price used"), "wrong-secret-wrong-secret")).status).toBe(
      401,
    );
    expect((await post(server, textUpdate(user, "/price used"), null)).status).toBe(401);
    expect(calls.filter((c) => c.method === "sendMessage")).toEqual([]);
    const ok = await post(server, textUpdate(user, "/price used"));
    expect(ok.status).toBe(200);
    expect(texts(calls).join("\n")).toContain("RUB 1.63 mln");
  });

  it("answers /healthz from the database", async () => {
    const up = await instance();
    const res = await fetch(up.server.url.replace("/telegram", "/healthz"));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true, database: "up" });
    const down = await instance({
      health: async () => {
        throw new Error("connection refused");
      },
    });
    const bad = await fetch(down.server.url.replace("/telegram", "/healthz"));
    expect(bad.status).toBe(503);
    expect(await bad.json()).toMatchObject({ ok: false, database: "down" });
  });

  it("handles an update delivered twice only once, even by two instances", async () => {
    const a = await instance();
    const b = await instance();
    const update = textUpdate({ id: 71_002, languageCode: "en" }, "/price new");
    await post(a.server, update);
    await post(b.server, update);
    await post(a.server, update);
    const sent = [...a.calls, ...b.calls].filter((c) => c.method === "sendMessage");
    expect(sent).toHaveLength(1);
  });

  it("serves one dialogue alternately from two instances on one database", async () => {
    const a = await instance();
    const b = await instance();
    const user = { id: 71_003, languageCode: "en" };
    const all = () => [...a.calls, ...b.calls];
    const pressLatest = async (target: WebhookServer, label: string) => {
      const button = all()
        .flatMap((c) =>
          (
            (c.payload.reply_markup as { inline_keyboard?: { text: string; callback_data: string }[][] })
              ?.inline_keyboard ?? []
          ).flat(),
        )
        .reverse()
        .find((x) => x.text === label);
      if (!button) throw new Error(`no button ${label}`);
      await post(target, callbackUpdate(user, button.callback_data, { message_id: 1 }));
    };
    await post(a.server, textUpdate(user, "/whatif"));
    await pressLatest(b.server, "Public procurement, passenger cars");
    await post(a.server, textUpdate(user, "2023"));
    await pressLatest(b.server, "▫️ Body welding · 400");
    await pressLatest(a.server, "▫️ Body painting · 500");
    await pressLatest(b.server, "✔ Done");
    await post(a.server, textUpdate(user, "2.5"));
    await post(b.server, textUpdate(user, "0.5"));
    const card = texts(b.calls).at(-1) ?? "";
    expect(card).toContain("Score: 2,100 points");
    expect(card).toContain("short by <b>1,100</b> points");
  });

  it("finishes updates in flight when closing, and refuses new ones", async () => {
    const slow = await instance({ fetchDelayMs: 400 });
    const pending = post(slow.server, textUpdate({ id: 71_004, languageCode: "en" }, "/price used"));
    await new Promise((r) => setTimeout(r, 100));
    const closing = slow.server.close();
    const res = await pending;
    expect(res.status).toBe(200);
    await closing;
    expect(texts(slow.calls).join("\n")).toContain("RUB 1.63 mln");
    await expect(
      post(slow.server, textUpdate({ id: 71_004, languageCode: "en" }, "/start")),
    ).rejects.toThrow();
  });
});
