// A feed's text to a list of items, whatever the format: RSS 2.0, Atom, RDF (RSS 1.0) and JSON
// Feed, through feedsmith (it detects the format from the text itself). Everything in it is
// untrusted: titles and texts come out as plain text, links resolved against the feed's address.
import { createHash } from "node:crypto";
import { parseFeed } from "feedsmith";
import { parseHTML } from "linkedom";
import { FeedFetchError } from "./fetch.ts";

export interface FeedEntry {
  /** The item's own id (GUID, Atom id, rdf:about, JSON id), else its link, else a hash of its text. */
  guid: string;
  link: string | null;
  title: string;
  /** The item's own text (description, summary or content) as plain text. */
  text: string;
  /** YYYY-MM-DD, when the item says. */
  published: string | null;
}

export interface ParsedFeed {
  format: "rss" | "atom" | "rdf" | "json";
  title: string;
  entries: FeedEntry[];
}

const BLOCK_END = /<\/(p|div|li|h[1-6]|tr|blockquote|section|article|header|footer|pre|table)>|<br\s*\/?>/gi;

/** HTML (or plain text) to plain text with paragraphs on their own lines; entities decoded. */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return tidy(html);
  const { document } = parseHTML(
    `<!doctype html><html><body>${html.replace(BLOCK_END, (m) => `${m}\n`)}</body></html>`,
  );
  for (const el of document.querySelectorAll("script, style, noscript, template")) el.remove();
  return tidy(document.body?.textContent ?? "");
}

function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t\u00a0]+/g, " ")
    .replace(/ *\n */g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** YYYY-MM-DD from any date a feed gives (RFC 822, ISO 8601), or null. */
export function isoDate(value: unknown): string | null {
  if (typeof value !== "string" || !value.trim()) return null;
  const direct = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
  if (direct?.[1]) return direct[1];
  const time = Date.parse(value);
  return Number.isFinite(time) ? new Date(time).toISOString().slice(0, 10) : null;
}

function absolute(link: unknown, base: string): string | null {
  if (typeof link !== "string" || !link.trim()) return null;
  try {
    const url = new URL(link.trim(), base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

function str(value: unknown): string {
  if (typeof value === "string") return value;
  if (value && typeof value === "object" && "value" in value && typeof value.value === "string")
    return value.value;
  return "";
}

function first(...values: unknown[]): string {
  for (const v of values) {
    const s = str(v).trim();
    if (s) return s;
  }
  return "";
}

function entry(
  raw: { guid?: string; link: string | null; title: string; html: string; dates: unknown[] },
  base: string,
): FeedEntry {
  const link = absolute(raw.link, base);
  const title = htmlToText(raw.title);
  const text = htmlToText(raw.html);
  const guid =
    raw.guid?.trim() ||
    link ||
    `sha256:${createHash("sha256").update(`${title}\n${text}`).digest("hex").slice(0, 32)}`;
  return {
    guid: guid.slice(0, 500),
    link,
    title,
    text,
    published: raw.dates.map(isoDate).find(Boolean) ?? null,
  };
}

type Loose = Record<string, unknown> & {
  dc?: { dates?: unknown[]; date?: unknown };
  content?: { encoded?: unknown };
};

/** Parses a feed; a page that is no feed, or a broken one, is a FeedFetchError. */
export function parseFeedText(text: string, base: string): ParsedFeed {
  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = parseFeed(text.trim());
  } catch (err) {
    const name = (err as Error).name ?? "";
    const message = (err as Error).message ?? "";
    if (/detect|unrecognized/i.test(`${name} ${message}`)) throw new FeedFetchError("not_a_feed");
    throw new FeedFetchError("malformed", message.slice(0, 80));
  }
  const { format, feed } = parsed as { format: ParsedFeed["format"]; feed: Record<string, unknown> };
  const dcDates = (x: Loose) => [...(x.dc?.dates ?? []), x.dc?.date];
  let entries: FeedEntry[];
  if (format === "atom") {
    const list = (feed.entries ?? []) as (Loose & { links?: { href?: string; rel?: string }[] })[];
    entries = list.map((e) =>
      entry(
        {
          guid: str(e.id),
          link: (e.links?.find((l) => !l.rel || l.rel === "alternate") ?? e.links?.[0])?.href ?? null,
          title: str(e.title),
          html: first(e.content, e.summary),
          dates: [e.published, e.updated, ...dcDates(e)],
        },
        base,
      ),
    );
  } else if (format === "json") {
    const list = (feed.items ?? []) as Loose[];
    entries = list.map((e) =>
      entry(
        {
          guid: str(e.id),
          link: str(e.url) || str(e.external_url) || null,
          title: str(e.title),
          html: first(e.content_html, e.content_text, e.summary),
          dates: [e.date_published, e.date_modified],
        },
        base,
      ),
    );
  } else {
    const list = (feed.items ?? []) as (Loose & { guid?: unknown; rdf?: { about?: string } })[];
    entries = list.map((e) =>
      entry(
        {
          guid: str(e.guid) || e.rdf?.about || "",
          link: str(e.link) || null,
          title: str(e.title),
          html: first(e.content?.encoded, e.description),
          dates: [e.pubDate, ...dcDates(e)],
        },
        base,
      ),
    );
  }
  return {
    format,
    title: htmlToText(str(feed.title)).slice(0, 200),
    entries: entries.filter((e) => e.title || e.text || e.link),
  };
}
