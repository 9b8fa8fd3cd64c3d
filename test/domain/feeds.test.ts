// News feeds against a real local HTTP server: items read once across rounds and pollers, 304
// honoured, each kind of failure leaving the feed in an error state with nothing half-written,
// charsets decoded, the same article in two feeds stored once, trusted kinds approved.
import { eq } from "drizzle-orm";
import iconv from "iconv-lite";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openPostgres } from "../../db/client.ts";
import { claimFailureReports, findFeed } from "../../db/queries/feeds.ts";
import { articleFacts, articles, auditLog, feedItems, feeds, sources } from "../../db/schema/index.ts";
import { DomainError } from "../../domain/errors.ts";
import { checkAddress, decode, FeedFetchError, fetchLimited } from "../../domain/feeds/fetch.ts";
import { addFeed, removeFeed, setFeedPaused, trustFeed } from "../../domain/feeds/manage.ts";
import { readPage } from "../../domain/feeds/page.ts";
import { parseFeedText } from "../../domain/feeds/parse.ts";
import { canonicalUrl, FeedPoller, type PollSettings } from "../../domain/feeds/poll.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { articlePage, type FeedServer, rss, startFeedServer } from "../support/feed-server.ts";

let database: TestDatabase;
let server: FeedServer;
const limits = { timeoutMs: 2000, maxBytes: 200_000 };
const settings = (over: Partial<PollSettings> = {}): PollSettings => ({
  ...limits,
  intervalMinutes: 15,
  ...over,
});

beforeAll(async () => {
  [database, server] = await Promise.all([createTestDatabase(), startFeedServer()]);
});
afterAll(async () => {
  await server.close();
  await database.destroy();
});

const PRICE_RU = [
  "Средняя цена нового легкового автомобиля в России в ноябре 2026 года составила 3,61 млн рублей, сообщили аналитики «Автостата».",
  "За месяц цены выросли на 1,2%. Дилеры ожидают, что спрос останется высоким до конца года.",
];
const PRICE_EN = [
  "The average price of a new passenger car in Russia in September 2026 was 3,580,000 rubles, according to market analysts.",
  "Prices rose by 0.8 percent month on month. Dealers expect the market to stay tight through the winter.",
];

async function add(path: string, allowPrivate = true) {
  return (await addFeed(database.db, `${server.url}${path}`, { actor: 1, allowPrivate, limits })).feed;
}
const db = () => database.db;
const itemsOf = async (feedId: number) => db().select().from(feedItems).where(eq(feedItems.feedId, feedId));

describe("reading feeds and pages", () => {
  it("parses RSS 2.0, Atom, RDF and JSON Feed", () => {
    const base = "http://news.example/feed";
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A &amp; B</title><id>x</id><updated>2026-12-01T00:00:00Z</updated>
      <entry><title>One</title><id>tag:1</id><link rel="alternate" href="/one"/><published>2026-11-30T10:00:00Z</published><summary type="html">&lt;p&gt;First &amp;amp; best&lt;/p&gt;</summary></entry></feed>`;
    const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel rdf:about="http://x"><title>R</title><link>http://x</link><description>d</description></channel>
      <item rdf:about="http://x/a"><title>Two</title><link>http://x/a</link><description>text</description><dc:date>2026-11-29</dc:date></item></rdf:RDF>`;
    const json = JSON.stringify({
      version: "https://jsonfeed.org/version/1.1",
      title: "J",
      items: [
        {
          id: "j1",
          url: "https://x/j",
          title: "Three",
          content_text: "t",
          date_published: "2026-11-28T00:00:00Z",
        },
      ],
    });
    const r = parseFeedText(
      rss("R2", [{ title: "Four", link: "/four", guid: "g4", pubDate: "Fri, 27 Nov 2026 10:00:00 GMT" }]),
      base,
    );
    expect(r).toMatchObject({
      format: "rss",
      title: "R2",
      entries: [{ guid: "g4", link: "http://news.example/four", published: "2026-11-27" }],
    });
    expect(parseFeedText(atom, base)).toMatchObject({
      format: "atom",
      title: "A & B",
      entries: [
        { guid: "tag:1", link: "http://news.example/one", text: "First & best", published: "2026-11-30" },
      ],
    });
    expect(parseFeedText(rdf, base)).toMatchObject({
      format: "rdf",
      entries: [{ guid: "http://x/a", title: "Two", published: "2026-11-29" }],
    });
    expect(parseFeedText(json, base)).toMatchObject({
      format: "json",
      entries: [{ guid: "j1", link: "https://x/j", published: "2026-11-28" }],
    });
    expect(() => parseFeedText("<html><body>Hello</body></html>", base)).toThrow(
      expect.objectContaining({ code: "not_a_feed" }),
    );
    expect(() => parseFeedText('<?xml version="1.0"?><rss><channel><item><title>x</ti', base)).toThrow(
      FeedFetchError,
    );
  });

  it("takes the main text and the date from a page, not its navigation", () => {
    const page = readPage(
      articlePage("New car prices", PRICE_EN, { published: "2026-10-05T08:00:00+03:00" }),
      "http://x/a",
    );
    expect(page.published).toBe("2026-10-05");
    expect(page.text).toContain("3,580,000 rubles");
    expect(page.text).not.toContain("cookies");
    expect(page.text).not.toContain("All rights reserved");
  });

  it("decodes windows-1251 and koi8-r from the header, the XML declaration or the meta tag", () => {
    const ru = "Цены на подержанные автомобили";
    expect(decode(iconv.encode(ru, "win1251"), "text/html; charset=windows-1251")).toBe(ru);
    const xml = `<?xml version="1.0" encoding="koi8-r"?><rss><channel><title>${ru}</title></channel></rss>`;
    expect(decode(iconv.encode(xml, "koi8-r"), "application/xml")).toBe(xml);
    const html = `<html><head><meta charset="windows-1251"></head><body>${ru}</body></html>`;
    expect(decode(iconv.encode(html, "win1251"), "text/html")).toBe(html);
    expect(decode(Buffer.from(ru), "text/html")).toBe(ru);
  });

  it("makes addresses canonical for deduplication", () => {
    expect(canonicalUrl("https://News.Example/a/?utm_source=tg&id=3#top")).toBe(
      "https://news.example/a?id=3",
    );
    expect(canonicalUrl("https://news.example/a/")).toBe("https://news.example/a");
  });
});

describe("address rules", () => {
  const strict = { allowPrivate: false };
  it.each([
    ["http://127.0.0.1/feed.xml", "private_address"],
    ["http://localhost:8080/feed.xml", "private_address"],
    ["http://10.1.2.3/feed", "private_address"],
    ["http://192.168.0.10/feed", "private_address"],
    ["http://169.254.169.254/latest/meta-data", "private_address"],
    ["http://[::1]/feed", "private_address"],
    ["http://[fe80::1]/feed", "private_address"],
    ["http://[::ffff:127.0.0.1]/feed", "private_address"],
    ["http://2130706433/feed", "private_address"],
    ["file:///etc/passwd", "bad_scheme"],
    ["ftp://example.org/feed", "bad_scheme"],
    ["not an address", "invalid_url"],
  ])("refuses %s", async (address, code) => {
    await expect(checkAddress(address, strict)).rejects.toMatchObject({ code });
  });

  it("refuses a host that resolves to a private address, and a redirect to one", async () => {
    await expect(
      checkAddress("http://intranet.example/feed", {
        allowPrivate: false,
        resolve: async () => ["10.0.0.5"],
      }),
    ).rejects.toMatchObject({ code: "private_address" });
    const calls: string[] = [];
    const fakeFetch = (async (input: URL | string) => {
      calls.push(String(input));
      return new Response(null, { status: 302, headers: { location: "http://127.0.0.1/admin" } });
    }) as typeof fetch;
    await expect(
      fetchLimited("http://public.example/feed", {
        ...limits,
        allowPrivate: false,
        fetch: fakeFetch,
        resolve: async () => ["93.184.216.34"],
      }),
    ).rejects.toMatchObject({ code: "private_address" });
    expect(calls).toEqual(["http://public.example/feed"]);
  });

  it("sends a User-Agent naming the bot, asks for gzip and reads a gzipped body", async () => {
    server.routes.set("/gz.xml", {
      body: rss("Gz", []),
      gzip: true,
      headers: { "content-type": "application/rss+xml" },
    });
    const got = await fetchLimited(`${server.url}/gz.xml`, { ...limits, allowPrivate: true });
    expect(got.text).toContain("<title>Gz</title>");
    const req = server.requests.at(-1);
    expect(req?.headers["user-agent"]).toMatch(/AutoBriefingBot/);
    expect(req?.headers["accept-encoding"]).toMatch(/gzip/);
  });
});

describe("adding feeds", () => {
  it("refuses a private address unless allowed, and a page that is no feed; nothing is stored", async () => {
    server.routes.set("/private.xml", { body: rss("Private", []) });
    server.routes.set("/page.html", {
      body: articlePage("Not a feed", PRICE_EN),
      headers: { "content-type": "text/html" },
    });
    await expect(add("/private.xml", false)).rejects.toMatchObject({ code: "feed_private_address" });
    await expect(add("/page.html")).rejects.toMatchObject({ code: "feed_not_a_feed" });
    await expect(add("/missing.xml")).rejects.toMatchObject({
      code: "feed_http_status",
      details: { detail: "404" },
    });
    expect(await db().select().from(feeds)).toHaveLength(0);
    const feed = await add("/private.xml");
    expect(feed).toMatchObject({ title: "Private", allowPrivate: true, status: "new", addedBy: 1 });
    await expect(add("/private.xml")).rejects.toMatchObject({ code: "feed_exists" });
    await trustFeed(db(), feed.id, ["prices"], 1);
    await expect(trustFeed(db(), feed.id, ["weather"], 1)).rejects.toBeInstanceOf(DomainError);
    await setFeedPaused(db(), feed.id, true, 1);
    await removeFeed(db(), feed.id, 1);
    const audit = await db()
      .select()
      .from(auditLog)
      .where(eq(auditLog.subject, `feed:${feed.id}`));
    expect(audit.map((a) => a.action)).toEqual(["feed_add", "feed_trust", "feed_pause", "feed_remove"]);
  });
});

describe("polling", () => {
  beforeEach(async () => {
    await db().delete(feeds);
  });

  it("reads new items once across two rounds, honours 304, and passes the item's date", async () => {
    server.routes.set("/a/1", {
      body: articlePage("New car prices", PRICE_EN),
      headers: { "content-type": "text/html" },
    });
    server.routes.set("/a/2", {
      body: articlePage("Новые машины дорожают", PRICE_RU),
      headers: { "content-type": "text/html; charset=utf-8" },
    });
    const items = [
      {
        guid: "a1",
        title: "New car prices",
        link: `${server.url}/a/1?utm_source=rss`,
        pubDate: "Mon, 05 Oct 2026 08:00:00 GMT",
      },
      {
        guid: "a2",
        title: "Новые машины дорожают",
        link: `${server.url}/a/2`,
        pubDate: "Tue, 01 Dec 2026 08:00:00 GMT",
      },
    ];
    server.routes.set("/feed.xml", { body: rss("Auto News", items), etag: '"v1"' });
    const feed = await add("/feed.xml");
    const poller = new FeedPoller(db(), settings());
    const first = await poller.round();
    expect(first).toMatchObject({ polled: 1, notModified: 0, failed: [] });
    expect(first.articles.map((a) => a.title)).toEqual(["New car prices", "Новые машины дорожают"]);
    expect(first.facts.found).toBeGreaterThanOrEqual(2);
    // Not due again before the interval is up.
    expect((await poller.round()).polled).toBe(0);
    const second = await poller.round({ all: true });
    expect(second).toMatchObject({ polled: 1, notModified: 1, articles: [] });
    expect(server.requests.at(-1)?.headers["if-none-match"]).toBe('"v1"');
    // A changed feed: only the new item is read.
    server.routes.set("/a/3", {
      body: articlePage(
        "Used cars",
        PRICE_EN.map((p) => p.replace("new", "used")),
      ),
    });
    server.routes.set("/feed.xml", {
      body: rss("Auto News", [...items, { guid: "a3", title: "Used cars", link: `${server.url}/a/3` }]),
      etag: '"v2"',
    });
    const third = await poller.round({ all: true });
    expect(third.articles.map((a) => a.title)).toEqual(["Used cars"]);
    expect(await itemsOf(feed.id)).toHaveLength(3);
    const stored = await db()
      .select({
        url: sources.url,
        publishedOn: sources.publishedOn,
        publisher: sources.publisher,
        text: articles.text,
      })
      .from(articles)
      .innerJoin(sources, eq(sources.id, articles.sourceId))
      .where(eq(articles.id, first.articles[0]?.articleId ?? 0));
    expect(stored[0]).toMatchObject({ publishedOn: "2026-10-05", publisher: "Auto News" });
    expect(stored[0]?.text).toContain("3,580,000 rubles");
    expect(stored[0]?.text).not.toContain("cookies");
    const row = await findFeed(db(), feed.id);
    expect(row).toMatchObject({ status: "ok", etag: '"v2"', errorCount: 0 });
    expect(row?.lastSuccessAt).toBeInstanceOf(Date);
    const facts = await db()
      .select()
      .from(articleFacts)
      .where(eq(articleFacts.articleId, first.articles[0]?.articleId ?? 0));
    // September 2026 from the text, resolved with the article's own date.
    expect(facts.some((f) => JSON.stringify(f.candidate).includes("2026-09-01"))).toBe(true);
  });

  it("polls each feed once when two pollers run a round at the same time", async () => {
    const many = Array.from({ length: 6 }, (_, f) => f);
    for (const f of many) {
      const entries = Array.from({ length: 4 }, (_, i) => ({
        guid: `p${f}-${i}`,
        title: `Prices ${f}-${i}`,
        link: `${server.url}/p/${f}/${i}`,
      }));
      for (const e of entries)
        server.routes.set(new URL(e.link).pathname, {
          body: articlePage(e.title, [
            PRICE_EN[0]?.replace("3,580,000", `3,5${f}${e.guid.slice(-1)},000`) ?? "",
            PRICE_EN[1] ?? "",
          ]),
        });
      server.routes.set(`/multi/${f}.xml`, { body: rss(`Multi ${f}`, entries) });
      await add(`/multi/${f}.xml`);
    }
    // On PostgreSQL the second poller is another instance: its own connection pool.
    const other = database.url ? openPostgres(database.url, 2) : null;
    try {
      const [a, b] = await Promise.all([
        new FeedPoller(db(), settings({ owner: "one", concurrency: 3 })).round(),
        new FeedPoller(other?.db ?? db(), settings({ owner: "two", concurrency: 3 })).round(),
      ]);
      expect(a.polled + b.polled).toBe(6);
      expect(a.articles.length + b.articles.length).toBe(24);
      const again = await new FeedPoller(other?.db ?? db(), settings({ owner: "three" })).round({
        all: true,
      });
      expect(again.articles).toHaveLength(0);
      const rows = await db().select().from(feedItems);
      expect(rows.filter((r) => r.status === "ingested")).toHaveLength(24);
      expect(new Set(rows.map((r) => r.articleId)).size).toBe(24);
    } finally {
      await other?.close();
    }
  });

  it.each([
    ["a 500", { status: 500, body: "oops" }, "http_status"],
    ["a timeout", { delayMs: 3000, body: rss("Slow", []) }, "timeout"],
    [
      "malformed XML",
      { body: '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>broken' },
      "malformed",
    ],
    ["an oversized body", { endless: true, headers: { "content-type": "application/rss+xml" } }, "too_large"],
    [
      "an HTML page instead of a feed",
      { body: articlePage("Home", PRICE_EN), headers: { "content-type": "text/html" } },
      "not_a_feed",
    ],
  ] as const)("leaves the feed in an error state after %s, with nothing written", async (_, route, code) => {
    server.routes.set("/flaky.xml", { body: rss("Flaky", []) });
    const feed = await add("/flaky.xml");
    server.routes.set("/flaky.xml", { ...route });
    const before = (await db().select().from(articles)).length;
    const now = new Date("2026-12-02T05:00:00Z");
    const result = await new FeedPoller(db(), settings({ now: () => now })).round({ all: true });
    expect(result.failed).toMatchObject([{ feedId: feed.id, code }]);
    const row = await findFeed(db(), feed.id);
    expect(row).toMatchObject({ status: "error", errorCount: 1 });
    expect(row?.lastError?.startsWith(code)).toBe(true);
    // Backs off: not due at the next tick.
    expect(row?.nextPollAt.getTime()).toBeGreaterThanOrEqual(now.getTime() + 15 * 60_000);
    expect(await itemsOf(feed.id)).toHaveLength(0);
    expect((await db().select().from(articles)).length).toBe(before);
  });

  it("follows at most 5 redirects and reports a loop", async () => {
    server.routes.set("/loop.xml", { body: rss("Loop", []) });
    const feed = await add("/loop.xml");
    server.routes.set("/loop.xml", { status: 302, headers: { location: "/loop2.xml" } });
    server.routes.set("/loop2.xml", { status: 301, headers: { location: "/loop.xml" } });
    const result = await new FeedPoller(db(), settings()).round({ all: true });
    expect(result.failed).toMatchObject([{ code: "too_many_redirects" }]);
    expect((server.hits.get("/loop.xml") ?? 0) + (server.hits.get("/loop2.xml") ?? 0)).toBeLessThanOrEqual(
      7 + 1,
    );
    expect(await findFeed(db(), feed.id)).toMatchObject({ status: "error" });
  });

  it("backs off and reports a feed failing for a day once", async () => {
    server.routes.set("/down.xml", { body: rss("Down", []) });
    const feed = await add("/down.xml");
    server.routes.set("/down.xml", { status: 503 });
    let now = new Date("2026-12-01T00:00:00Z");
    const poller = new FeedPoller(db(), settings({ now: () => now }));
    const waits: number[] = [];
    for (let i = 0; i < 4; i++) {
      await poller.round({ all: i === 0 });
      const row = await findFeed(db(), feed.id);
      waits.push(((row?.nextPollAt.getTime() ?? 0) - now.getTime()) / 60_000);
      now = row?.nextPollAt ?? now;
    }
    expect(waits).toEqual([15, 30, 60, 120]);
    expect(await claimFailureReports(db(), new Date(now.getTime() - 24 * 3600_000), now)).toHaveLength(0);
    now = new Date("2026-12-02T01:00:00Z");
    const reported = await claimFailureReports(db(), new Date(now.getTime() - 24 * 3600_000), now);
    expect(reported.map((f) => f.id)).toEqual([feed.id]);
    expect(await claimFailureReports(db(), new Date(now.getTime() - 24 * 3600_000), now)).toHaveLength(0);
    // A success clears the failure, and a later one is reported again.
    server.routes.set("/down.xml", { body: rss("Down", []) });
    await poller.round({ all: true });
    expect(await findFeed(db(), feed.id)).toMatchObject({
      status: "ok",
      failingSince: null,
      failureReportedAt: null,
    });
  });

  it("reads a windows-1251 page and a koi8-r feed", async () => {
    const title = "Цены на новые автомобили выросли";
    server.routes.set("/ru/1", {
      body: iconv.encode(articlePage(title, PRICE_RU, { charset: "windows-1251" }), "win1251"),
      headers: { "content-type": "text/html" },
    });
    server.routes.set("/koi.xml", {
      body: iconv.encode(
        rss("Авто Новости", [{ guid: "r1", title, link: `${server.url}/ru/1` }], "koi8-r"),
        "koi8-r",
      ),
      headers: { "content-type": "application/rss+xml" },
    });
    const feed = await add("/koi.xml");
    expect(feed.title).toBe("Авто Новости");
    const result = await new FeedPoller(db(), settings()).round();
    expect(result.articles.map((a) => a.title)).toEqual([title]);
    const [stored] = await db()
      .select()
      .from(articles)
      .where(eq(articles.id, result.articles[0]?.articleId ?? 0));
    expect(stored?.text).toContain("3,61 млн рублей");
    expect(stored?.language).toBe("ru");
  });

  it("stores the same article in two feeds once, by address and by text", async () => {
    server.routes.set("/same", { body: articlePage("Shared story", PRICE_EN) });
    server.routes.set("/mirror", { body: articlePage("Shared story", PRICE_EN) });
    server.routes.set("/f1.xml", {
      body: rss("One", [{ guid: "x1", title: "Shared story", link: `${server.url}/same` }]),
    });
    server.routes.set("/f2.xml", {
      body: rss("Two", [
        { guid: "y1", title: "Shared story", link: `${server.url}/same#comments` },
        { guid: "y2", title: "Shared story", link: `${server.url}/mirror` },
      ]),
    });
    await add("/f1.xml");
    await add("/f2.xml");
    const result = await new FeedPoller(db(), settings({ concurrency: 1 })).round();
    expect(result.articles).toHaveLength(1);
    // /same#comments is /same; /mirror holds the same text.
    expect(result.duplicates).toBeGreaterThanOrEqual(1);
    expect(await db().select().from(feedItems)).toHaveLength(2);
    const again = await new FeedPoller(db(), settings()).round({ all: true });
    expect(again.articles).toHaveLength(0);
  });

  it("approves a trusted feed's chosen kinds, audited with the feed, and leaves the rest waiting", async () => {
    const text = [
      ...PRICE_RU,
      "Министерство промышленности и торговли решило сохранить действующую систему баллов локализации на 2027 год.",
    ];
    server.routes.set("/t/1", { body: articlePage("Новые машины дорожают", text) });
    server.routes.set("/trusted.xml", {
      body: rss("Trusted", [{ guid: "t1", title: "Новые машины дорожают", link: `${server.url}/t/1` }]),
    });
    const feed = await add("/trusted.xml");
    await trustFeed(db(), feed.id, ["prices"], 1);
    const result = await new FeedPoller(db(), settings()).round();
    const facts = result.articles[0]?.facts ?? [];
    const price = facts.find((f) => (f.candidate as { kind: string }).kind === "price");
    expect(price?.status).toBe("approved");
    expect(facts.filter((f) => (f.candidate as { kind: string }).kind !== "price").length).toBeGreaterThan(0);
    expect(
      facts
        .filter((f) => (f.candidate as { kind: string }).kind !== "price")
        .every((f) => f.status !== "approved"),
    ).toBe(true);
    const [audit] = await db()
      .select()
      .from(auditLog)
      .where(eq(auditLog.subject, `fact:${price?.id}`));
    expect(audit).toMatchObject({
      action: "approve_fact",
      actor: 0,
      after: { origin: { feed: feed.id, trusted: "price" } },
    });
  });

  it("holds a feed's pages to the rule it was added under", async () => {
    server.routes.set("/strict/1", { body: articlePage("Local page", PRICE_EN) });
    server.routes.set("/strict.xml", {
      body: rss("Strict", [
        { guid: "s1", title: "Local page", link: `${server.url}/strict/1`, description: PRICE_EN.join(" ") },
      ]),
    });
    const feed = await add("/strict.xml");
    // As if it had been added from Telegram with a public address: its pages must be public too.
    await db()
      .update(feeds)
      .set({ allowPrivate: false, url: "http://feeds.example/strict.xml" })
      .where(eq(feeds.id, feed.id));
    const served = new Map([["http://feeds.example/strict.xml", `${server.url}/strict.xml`]]);
    const viaProxy = (async (input: URL | string, init?: RequestInit) =>
      fetch(served.get(String(input)) ?? String(input), init)) as typeof fetch;
    const result = await new FeedPoller(
      db(),
      settings({ fetch: viaProxy, resolve: async () => ["93.184.216.34"] }),
    ).round();
    // The page on 127.0.0.1 was refused; the item's own text was read instead.
    expect(server.hits.get("/strict/1") ?? 0).toBe(0);
    expect(result.articles).toHaveLength(1);
  });
});
