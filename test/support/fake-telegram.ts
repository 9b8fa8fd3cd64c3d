// A Bot API on loopback that enforces Telegram's limits: a global rate (a sliding one-second
// window), one message a second per chat, and answers 429 with retry_after past them. It counts
// what each chat received, so lost and duplicated messages can be told apart.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeTelegramOptions {
  /** Messages per second across all chats. */
  globalLimit?: number;
  /** Minimum milliseconds between two messages to one chat. */
  chatGapMs?: number;
  /** Decides an answer before the limits apply (errors for chosen chats, say). */
  intercept?: (
    method: string,
    payload: Record<string, unknown>,
  ) => { status: number; body: unknown } | undefined;
}

export interface FakeTelegram {
  apiRoot: string;
  /** Messages accepted per chat id. */
  received: Map<number, number>;
  throttled: number;
  accepted: number;
  /** Milliseconds (monotonic) of the first and last accepted message. */
  firstAt: number;
  lastAt: number;
  close(): Promise<void>;
}

export async function startFakeTelegram(options: FakeTelegramOptions = {}): Promise<FakeTelegram> {
  const limit = options.globalLimit ?? 500;
  const gap = options.chatGapMs ?? 1000;
  const window: number[] = [];
  const lastByChat = new Map<number, number>();
  let nextMessageId = 1;
  const state = {
    received: new Map<number, number>(),
    throttled: 0,
    /** The most messages accepted within one second. */
    maxWindow: 0,
    accepted: 0,
    firstAt: 0,
    lastAt: 0,
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const method = (req.url ?? "").split("/").pop() ?? "";
      let payload: Record<string, unknown> = {};
      try {
        payload = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}");
      } catch {}
      const send = (status: number, body: unknown) => {
        res.writeHead(status, { "content-type": "application/json" });
        res.end(JSON.stringify(body));
      };
      // Out-of-band endpoints for a fake running in another process.
      if (req.url === "/__stats") {
        return send(200, { ...state, received: [...state.received.entries()] });
      }
      if (req.url === "/__reset") {
        state.received.clear();
        state.throttled = 0;
        state.maxWindow = 0;
        state.accepted = 0;
        state.firstAt = 0;
        state.lastAt = 0;
        window.length = 0;
        lastByChat.clear();
        return send(200, { ok: true });
      }
      const custom = options.intercept?.(method, payload);
      if (custom) return send(custom.status, custom.body);
      if (method === "getMe") {
        return send(200, {
          ok: true,
          result: { id: 1, is_bot: true, first_name: "Fake", username: "fake_bot" },
        });
      }
      if (method !== "sendMessage") return send(200, { ok: true, result: true });
      const now = performance.now();
      while (window.length > 0 && (window[0] ?? 0) <= now - 1000) window.shift();
      const chatId = Number(payload.chat_id);
      const last = lastByChat.get(chatId);
      if (window.length >= limit || (last !== undefined && now - last < gap)) {
        state.throttled++;
        return send(429, {
          ok: false,
          error_code: 429,
          description: "Too Many Requests: retry after 1",
          parameters: { retry_after: 1 },
        });
      }
      window.push(now);
      if (window.length > state.maxWindow) state.maxWindow = window.length;
      lastByChat.set(chatId, now);
      state.received.set(chatId, (state.received.get(chatId) ?? 0) + 1);
      state.accepted++;
      if (state.firstAt === 0) state.firstAt = now;
      state.lastAt = now;
      send(200, {
        ok: true,
        result: {
          message_id: nextMessageId++,
          date: Math.floor(Date.now() / 1000),
          chat: { id: chatId, type: "private" },
          text: String(payload.text ?? ""),
        },
      });
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    apiRoot: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}
