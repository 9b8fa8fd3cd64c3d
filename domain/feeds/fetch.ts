// Fetching a feed or a page under limits: http(s) only, private and loopback addresses refused
// unless allowed (checked again after every redirect), at most 5 redirects followed by hand, a
// timeout over the whole exchange, the body streamed and cut off past a size limit (after
// decompression, so a small gzip bomb is cut off too), conditional GET, and the text decoded
// from the charset the header, the XML declaration or the HTML meta tag names.
import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";
import iconv from "iconv-lite";

export const USER_AGENT = "AutoBriefingBot/0.1 (+news feeds of the auto briefing bot; Telegram)";
export const MAX_REDIRECTS = 5;

/** Why a fetch failed, as a code the front ends word for admins (with `detail` where it helps). */
export type FetchErrorCode =
  | "invalid_url"
  | "bad_scheme"
  | "private_address"
  | "unresolvable"
  | "timeout"
  | "too_large"
  | "too_many_redirects"
  | "http_status"
  | "network"
  | "not_a_feed"
  | "malformed";

export class FeedFetchError extends Error {
  constructor(
    readonly code: FetchErrorCode,
    readonly detail = "",
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = "FeedFetchError";
  }
}

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  /** Loopback, private and link-local addresses allowed (the command line, FEED_ALLOW_PRIVATE). */
  allowPrivate: boolean;
  userAgent?: string;
  /** Injected for tests; node's fetch (undici) by default. */
  fetch?: typeof fetch;
  /** Host name to addresses; the system resolver by default. */
  resolve?: (host: string) => Promise<string[]>;
}

export interface Fetched {
  /** 200, or 304 when the conditional GET says nothing changed. */
  status: 200 | 304;
  /** The address after redirects. */
  url: string;
  text: string;
  contentType: string;
  etag: string | null;
  lastModified: string | null;
}

// Two lists: node's BlockList matches IPv4 addresses against IPv4-mapped IPv6 ranges too.
const blocked4 = new BlockList();
const blocked6 = new BlockList();
for (const [net, bits] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 3],
] as const)
  blocked4.addSubnet(net, bits, "ipv4");
for (const [net, bits] of [
  ["::", 128],
  ["::1", 128],
  ["::ffff:0:0", 96],
  ["64:ff9b::", 96],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
] as const)
  blocked6.addSubnet(net, bits, "ipv6");

/** True for loopback, private, link-local, carrier-grade NAT, multicast and unspecified addresses. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  return family === 4 ? blocked4.check(address, "ipv4") : blocked6.check(address, "ipv6");
}

async function systemResolve(host: string): Promise<string[]> {
  return (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
}

/** Parses an address and applies the address rules; the URL when it may be fetched. */
export async function checkAddress(
  input: string,
  limits: Pick<FetchLimits, "allowPrivate" | "resolve">,
): Promise<URL> {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new FeedFetchError("invalid_url");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new FeedFetchError("bad_scheme");
  if (url.username || url.password) throw new FeedFetchError("invalid_url");
  if (limits.allowPrivate) return url;
  const host = url.hostname.replace(/^\[|\]$/g, "");
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = await (limits.resolve ?? systemResolve)(host);
    } catch {
      throw new FeedFetchError("unresolvable", url.hostname);
    }
  }
  if (addresses.length === 0) throw new FeedFetchError("unresolvable", url.hostname);
  if (addresses.some(isPrivateAddress)) throw new FeedFetchError("private_address", url.hostname);
  return url;
}

/** Fetches an address under the limits; a 304 comes back with empty text. */
export async function fetchLimited(
  address: string,
  limits: FetchLimits,
  conditional: { etag?: string | null; lastModified?: string | null } = {},
  accept = "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5",
): Promise<Fetched> {
  const doFetch = limits.fetch ?? fetch;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  try {
    let url = await checkAddress(address, limits);
    for (let hop = 0; ; hop++) {
      const headers: Record<string, string> = {
        "user-agent": limits.userAgent ?? USER_AGENT,
        accept,
        "accept-encoding": "gzip, deflate, br",
      };
      if (hop === 0 && conditional.etag) headers["if-none-match"] = conditional.etag;
      if (hop === 0 && conditional.lastModified) headers["if-modified-since"] = conditional.lastModified;
      let res: Response;
      try {
        res = await doFetch(url, { headers, redirect: "manual", signal: controller.signal });
      } catch (err) {
        if (controller.signal.aborted) throw new FeedFetchError("timeout", `${limits.timeoutMs} ms`);
        throw new FeedFetchError("network", networkReason(err));
      }
      if (res.status >= 300 && res.status < 400 && res.status !== 304) {
        await res.body?.cancel().catch(() => {});
        const location = res.headers.get("location");
        if (!location) throw new FeedFetchError("http_status", String(res.status));
        if (hop >= MAX_REDIRECTS) throw new FeedFetchError("too_many_redirects", String(MAX_REDIRECTS));
        // Every hop is held to the same rules: a public address may not redirect to a private one.
        url = await checkAddress(new URL(location, url).href, limits);
        continue;
      }
      const meta = {
        url: url.href,
        contentType: res.headers.get("content-type") ?? "",
        etag: res.headers.get("etag"),
        lastModified: res.headers.get("last-modified"),
      };
      if (res.status === 304) {
        await res.body?.cancel().catch(() => {});
        return { status: 304, text: "", ...meta };
      }
      if (res.status < 200 || res.status >= 300) {
        await res.body?.cancel().catch(() => {});
        throw new FeedFetchError("http_status", String(res.status));
      }
      const declared = Number(res.headers.get("content-length") ?? Number.NaN);
      // A compressed body's length says little about the text; only a plain one is refused up front.
      if (!res.headers.get("content-encoding") && declared > limits.maxBytes) {
        await res.body?.cancel().catch(() => {});
        throw new FeedFetchError("too_large", String(limits.maxBytes));
      }
      const bytes = await readCapped(res, limits.maxBytes, controller, limits.timeoutMs);
      return { status: 200, text: decode(bytes, meta.contentType), ...meta };
    }
  } finally {
    clearTimeout(timer);
  }
}

function networkReason(err: unknown): string {
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  return (cause?.code ?? cause?.message ?? (err as Error).message ?? "").slice(0, 80);
}

async function readCapped(
  res: Response,
  maxBytes: number,
  controller: AbortController,
  timeoutMs: number,
): Promise<Buffer> {
  if (!res.body) return Buffer.alloc(0);
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        controller.abort();
        throw new FeedFetchError("too_large", String(maxBytes));
      }
      chunks.push(value);
    }
  } catch (err) {
    if (err instanceof FeedFetchError) throw err;
    if (controller.signal.aborted) throw new FeedFetchError("timeout", `${timeoutMs} ms`);
    throw new FeedFetchError("network", networkReason(err));
  } finally {
    reader.releaseLock();
  }
  return Buffer.concat(chunks, total);
}

/** The charset a label names, when iconv-lite knows it. */
function known(label: string | undefined | null): string | null {
  const name = label
    ?.trim()
    .replace(/^["']|["']$/g, "")
    .toLowerCase();
  return name && iconv.encodingExists(name) ? name : null;
}

/**
 * Decodes a body: a byte-order mark first, then the header's charset, then the XML
 * declaration's encoding, then an HTML meta tag; UTF-8 otherwise.
 */
export function decode(bytes: Buffer, contentType: string): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString("utf8");
  const head = bytes.subarray(0, 2048).toString("latin1");
  const charset =
    known(/charset\s*=\s*([^;\s]+)/i.exec(contentType)?.[1]) ??
    known(/^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/i.exec(head)?.[1]) ??
    known(/<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)/i.exec(head)?.[1]) ??
    "utf-8";
  return charset === "utf-8" || charset === "utf8" ? bytes.toString("utf8") : iconv.decode(bytes, charset);
}
