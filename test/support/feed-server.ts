// A local HTTP server (127.0.0.1, a free port) serving feeds and pages for the feed tests and the
// benchmark: each path answers with what a route says (status, headers, body, a delay, gzip),
// ETag and If-None-Match are honoured when a route has an etag, and every request is counted.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";

export interface Route {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Answers 304 to a matching If-None-Match. */
  etag?: string;
  gzip?: boolean;
  /** Waits this long before answering (timeouts). */
  delayMs?: number;
  /** Writes the body in chunks forever (size limits). */
  endless?: boolean;
}

export interface FeedServer {
  url: string;
  routes: Map<string, Route | ((req: IncomingMessage) => Route)>;
  /** Requests per path. */
  hits: Map<string, number>;
  requests: IncomingMessage[];
  close(): Promise<void>;
}

export async function startFeedServer(): Promise<FeedServer> {
  const routes: FeedServer["routes"] = new Map();
  const hits = new Map<string, number>();
  const requests: IncomingMessage[] = [];
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    hits.set(path, (hits.get(path) ?? 0) + 1);
    requests.push(req);
    const found = routes.get(path);
    const route = typeof found === "function" ? found(req) : found;
    if (!route) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    const answer = () => {
      if (route.etag && req.headers["if-none-match"] === route.etag) {
        res.writeHead(304, { etag: route.etag }).end();
        return;
      }
      const headers: Record<string, string> = { ...route.headers };
      if (route.etag) headers.etag = route.etag;
      if (route.endless) {
        res.writeHead(route.status ?? 200, headers);
        const chunk = Buffer.alloc(64 * 1024, "a");
        const write = () => {
          if (res.destroyed) return;
          if (res.write(chunk)) setImmediate(write);
          else res.once("drain", write);
        };
        res.on("error", () => {});
        write();
        return;
      }
      let body = typeof route.body === "string" ? Buffer.from(route.body) : (route.body ?? Buffer.alloc(0));
      if (route.gzip) {
        body = gzipSync(body);
        headers["content-encoding"] = "gzip";
      }
      res.writeHead(route.status ?? 200, { "content-length": String(body.length), ...headers }).end(body);
    };
    if (route.delayMs) setTimeout(answer, route.delayMs);
    else answer();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    routes,
    hits,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface ItemSpec {
  guid?: string;
  title: string;
  link?: string;
  description?: string;
  pubDate?: string;
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export function rss(title: string, items: ItemSpec[], encoding = "UTF-8"): string {
  return `<?xml version="1.0" encoding="${encoding}"?>
<rss version="2.0"><channel><title>${esc(title)}</title><link>http://example.org/</link><description>news</description>
${items
  .map(
    (i) =>
      `<item><title>${esc(i.title)}</title>${i.link ? `<link>${esc(i.link)}</link>` : ""}${i.guid ? `<guid isPermaLink="false">${esc(i.guid)}</guid>` : ""}${i.pubDate ? `<pubDate>${i.pubDate}</pubDate>` : ""}<description>${esc(i.description ?? "")}</description></item>`,
  )
  .join("\n")}
</channel></rss>`;
}

export function articlePage(
  title: string,
  paragraphs: string[],
  meta: { published?: string; charset?: string } = {},
): string {
  return `<!doctype html><html><head>${meta.charset ? `<meta charset="${meta.charset}">` : ""}<title>${esc(title)} — Auto News</title>
${meta.published ? `<meta property="article:published_time" content="${meta.published}">` : ""}</head>
<body><nav><a href="/">Home</a> · <a href="/cars">Cars</a> · <a href="/about">About us</a></nav>
<div class="gdpr-banner">We use cookies. <button>OK</button></div>
<main><article><h1>${esc(title)}</h1>
${paragraphs.map((p) => `<p>${esc(p)}</p>`).join("\n")}
</article></main>
<footer>© Auto News. All rights reserved. <a href="/privacy">Privacy</a></footer></body></html>`;
}
