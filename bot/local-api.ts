// An in-process stand-in for the Telegram Bot API, plugged in through grammY's client `fetch`
// option. The terminal chat talks to the bot through it, and the tests use it to record every
// call. It answers each method with a well-formed result, as Telegram would.
import type { UserFromGetMe } from "grammy/types";

export interface ApiCall {
  method: string;
  payload: Record<string, unknown>;
}

export const LOCAL_BOT_INFO: UserFromGetMe = {
  id: 1_000_000,
  is_bot: true,
  first_name: "Auto Briefing",
  username: "auto_briefing_bot",
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
} as UserFromGetMe;

export interface LocalApiOptions {
  /** Sees every call as it happens. */
  onCall?: (call: ApiCall) => void;
  /** Overrides the answer for a method (e.g. to simulate an error); return undefined for the default. */
  respond?: (call: ApiCall) =>
    | {
        ok: boolean;
        result?: unknown;
        error_code?: number;
        description?: string;
        parameters?: { retry_after?: number };
      }
    /** The request never reaches Telegram (grammY reports an HttpError). */
    | "network-error"
    | undefined;
  now?: () => Date;
  /** Records each call in `calls` (default); off for long runs that only need the answers. */
  keepCalls?: boolean;
  /** Files users "uploaded", by file_id: answered by getFile and the file download URL. */
  files?: Record<string, string>;
}

export interface LocalApi {
  fetch: typeof fetch;
  calls: ApiCall[];
}

async function readPayload(init: RequestInit | undefined): Promise<Record<string, unknown>> {
  const body = init?.body;
  if (body === undefined || body === null) return {};
  if (typeof body === "string") return body ? (JSON.parse(body) as Record<string, unknown>) : {};
  // Multipart uploads (photos, documents) arrive as a stream (grammY: a Node Readable): read the
  // form, so the fields (a caption) and the files' bytes are there for whoever looks (the
  // terminal chat saves photos). A part's field `attach://<name>` is replaced by that file.
  const payload: Record<string, unknown> = { multipart: true };
  const headers = new Headers(init?.headers);
  const boundary = /boundary=("?)([^";]+)\1/.exec(headers.get("content-type") ?? "")?.[2];
  if (!boundary || typeof (body as AsyncIterable<Uint8Array>)[Symbol.asyncIterator] !== "function")
    return payload;
  const chunks: Buffer[] = [];
  for await (const chunk of body as AsyncIterable<Uint8Array | string>) chunks.push(Buffer.from(chunk));
  const all = Buffer.concat(chunks);
  const files: Record<string, UploadedFile> = {};
  const marker = Buffer.from(`--${boundary}`);
  let at = all.indexOf(marker);
  while (at !== -1) {
    const start = at + marker.length;
    const next = all.indexOf(marker, start);
    if (next === -1) break;
    const part = all.subarray(start, next);
    const split = part.indexOf("\r\n\r\n");
    if (split !== -1) {
      const head = part.subarray(0, split).toString("utf8");
      // The content ends before the CRLF that precedes the next boundary.
      const content = part.subarray(split + 4, part.length - 2);
      const name = /(?:^|[;\s])name="([^"]*)"/.exec(head)?.[1];
      // grammY writes `filename=a.png` unquoted; browsers quote it.
      const filename = /filename=(?:"([^"]*)"|([^;\r\n]*))/
        .exec(head)
        ?.slice(1)
        .find((x) => x !== undefined);
      if (name !== undefined) {
        if (filename !== undefined) files[name] = { filename, bytes: Buffer.from(content) };
        else payload[name] = content.toString("utf8");
      }
    }
    at = next;
  }
  for (const [field, value] of Object.entries(payload)) {
    const attached =
      typeof value === "string" && value.startsWith("attach://") ? files[value.slice(9)] : undefined;
    if (attached) payload[field] = attached;
  }
  return payload;
}

/** A file in a multipart upload. */
export interface UploadedFile {
  filename: string;
  bytes: Buffer;
}

export function createLocalApi(options: LocalApiOptions = {}): LocalApi {
  const calls: ApiCall[] = [];
  let nextMessageId = 1;
  const now = options.now ?? (() => new Date());

  const defaultResult = (call: ApiCall): unknown => {
    const p = call.payload;
    const chatId = Number(p.chat_id ?? 0);
    const chat = { id: chatId, type: chatId < 0 ? "group" : "private", first_name: "User", title: "Group" };
    const message = (extra: Record<string, unknown>) => ({
      message_id: nextMessageId++,
      date: Math.floor(now().getTime() / 1000),
      chat,
      from: LOCAL_BOT_INFO,
      ...extra,
    });
    switch (call.method) {
      case "getMe":
        return LOCAL_BOT_INFO;
      case "sendMessage":
        return message({ text: p.text, reply_markup: p.reply_markup });
      case "sendPhoto":
        return message({ photo: [{ file_id: "photo", file_unique_id: "photo", width: 1, height: 1 }] });
      case "sendDocument":
        return message({ document: { file_id: "doc", file_unique_id: "doc" } });
      case "editMessageText":
        return p.inline_message_id
          ? true
          : { ...message({ text: p.text, reply_markup: p.reply_markup }), message_id: p.message_id };
      case "editMessageReplyMarkup":
        return p.inline_message_id
          ? true
          : { ...message({ reply_markup: p.reply_markup }), message_id: p.message_id };
      case "getFile": {
        const id = String(p.file_id ?? "");
        return options.files?.[id] === undefined
          ? { file_id: id, file_unique_id: id }
          : {
              file_id: id,
              file_unique_id: id,
              file_size: options.files[id]?.length,
              file_path: `documents/${id}.txt`,
            };
      }
      case "getChatMember":
        // In the terminal chat the user runs their own chat; groups are faked in tests.
        return {
          status: chatId < 0 ? "member" : "creator",
          user: { id: Number(p.user_id), is_bot: false, first_name: "User" },
        };
      case "getUpdates":
        return [];
      case "getMyCommands":
        return [];
      default:
        return true;
    }
  };

  const fetchImpl = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    // File downloads: <root>/file/bot<token>/documents/<file_id>.txt
    const download = /\/file\/bot[^/]+\/documents\/(.+)\.txt$/.exec(url);
    if (download) {
      const content = options.files?.[decodeURIComponent(download[1] ?? "")];
      return content === undefined
        ? new Response("not found", { status: 404 })
        : new Response(content, { status: 200, headers: { "content-type": "text/plain" } });
    }
    const method = url.split("/").pop() ?? "";
    const call: ApiCall = { method, payload: await readPayload(init) };
    if (options.keepCalls !== false) calls.push(call);
    options.onCall?.(call);
    const custom = options.respond?.(call);
    if (custom === "network-error") throw new TypeError("fetch failed");
    const body = custom ?? { ok: true, result: defaultResult(call) };
    return new Response(JSON.stringify(body), {
      status: 200,
      headers: { "content-type": "application/json" },
    });
  };
  return { fetch: fetchImpl as typeof fetch, calls };
}
