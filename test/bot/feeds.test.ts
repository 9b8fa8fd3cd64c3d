// News feeds through the whole bot: admins add, list, pause, trust, poll and remove feeds and walk
// /review; private addresses are refused from Telegram; feed text reaches Telegram escaped; the
// polling service tells admins once per round and once about a feed failing for a day. Every
// message is checked in English and Russian.
import { eq } from "drizzle-orm";
import { Api } from "grammy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FeedService } from "../../bot/feeds/service.ts";
import { createLocalApi } from "../../bot/local-api.ts";
import { auditLog, feeds } from "../../db/schema/index.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { articlePage, type FeedServer, rss, startFeedServer } from "../support/feed-server.ts";
import { createHarness, type Harness } from "../support/harness.ts";
import { expectTelegramHtml } from "../support/html.ts";

let database: TestDatabase;
let server: FeedServer;
let strict: Harness;
let open: Harness;
const admin = { id: 4242, languageCode: "en" };
const ruAdmin = { id: 4242, languageCode: "ru" };
const settings = { timeoutMs: 2000, maxBytes: 200_000, intervalMinutes: 15 };

const PRICE = [
  "The average price of a new passenger car in Russia in August 2026 was 3,560,000 rubles, according to market analysts.",
  "Prices rose by 0.5 percent month on month. Dealers expect the market to stay tight through the winter.",
];

beforeAll(async () => {
  [database, server] = await Promise.all([createTestDatabase(), startFeedServer()]);
  strict = createHarness(database.db, {
    deps: { adminIds: [admin.id], feeds: { settings, allowPrivate: false } },
  });
  // FEED_ALLOW_PRIVATE=true: the local test server can be added.
  open = createHarness(database.db, {
    deps: { adminIds: [admin.id], feeds: { settings, allowPrivate: true } },
  });
});
afterAll(async () => {
  await server.close();
  await database.destroy();
});

async function say(bot: Harness, text: string, user: { id: number; languageCode: string } = admin) {
  const texts = bot.texts(await bot.send(text, user));
  for (const t of texts) expectTelegramHtml(t);
  return texts.join("\n").replace(/\u00a0/g, " ");
}
async function press(bot: Harness, label: string, user = admin) {
  const texts = bot.texts(await bot.press(label, user));
  for (const t of texts) expectTelegramHtml(t);
  return texts.join("\n").replace(/\u00a0/g, " ");
}

describe("/feeds from Telegram", () => {
  it("refuses non-admins and logs the attempt", async () => {
    const stranger = { id: 5151, languageCode: "en" };
    expect(await say(strict, "/feeds", stranger)).toContain("This is for the bot's admins");
    expect(await say(strict, "/review", stranger)).toContain("This is for the bot's admins");
    const logged = await database.db.select().from(auditLog).where(eq(auditLog.actor, 5151));
    expect(logged.map((l) => l.action)).toEqual(["admin_refused", "admin_refused"]);
  });

  it("refuses loopback, private and non-http addresses, in both languages, storing nothing", async () => {
    server.routes.set("/feed.xml", { body: rss("Local", []) });
    expect(await say(strict, `/feeds add ${server.url}/feed.xml`)).toContain(
      "That address leads to a loopback, private or link-local network (127.0.0.1). Feeds added from Telegram must be on the public internet.",
    );
    expect(await say(strict, "/feeds add http://localhost/rss", ruAdmin)).toContain(
      "Адрес ведёт во внутреннюю, локальную или служебную сеть (localhost)",
    );
    expect(await say(strict, "/feeds add file:///etc/passwd")).toContain(
      "Only http:// and https:// addresses can be followed.",
    );
    expect(await say(strict, "/feeds add ftp://example.org/x", ruAdmin)).toContain(
      "Подписаться можно только на адреса http:// и https://.",
    );
    expect(await say(strict, "/feeds add nonsense")).toContain("That is not a web address.");
    expect(await say(strict, "/feeds add nonsense", ruAdmin)).toContain("Это не веб-адрес.");
    expect(server.hits.get("/feed.xml") ?? 0).toBe(0);
    expect(await database.db.select().from(feeds)).toHaveLength(0);
    expect(await say(strict, "/feeds")).toContain("No feeds yet.");
    expect(await say(strict, "/feeds", ruAdmin)).toContain("Лент пока нет.");
  });

  it("says clearly when a page is no feed or the site fails", async () => {
    server.routes.set("/home", {
      body: articlePage("Home", PRICE),
      headers: { "content-type": "text/html" },
    });
    server.routes.set("/broken.xml", {
      body: '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>broken',
    });
    expect(await say(open, `/feeds add ${server.url}/home`)).toContain("That page is not a news feed");
    expect(await say(open, `/feeds add ${server.url}/home`, ruAdmin)).toContain(
      "Это обычная страница, а не лента новостей",
    );
    expect(await say(open, `/feeds add ${server.url}/nothing`)).toContain(
      "The site answered with HTTP error 404.",
    );
    expect(await say(open, `/feeds add ${server.url}/nothing`, ruAdmin)).toContain(
      "Сайт ответил ошибкой HTTP 404.",
    );
    const broken = await say(open, `/feeds add ${server.url}/broken.xml`);
    expect(broken).toContain("The feed is broken");
    expect(await say(open, `/feeds add ${server.url}/broken.xml`, ruAdmin)).toContain("Лента повреждена");
    expect(await database.db.select().from(feeds)).toHaveLength(0);
  });

  it("adds, lists, polls, trusts, pauses and removes a feed; its text arrives escaped", async () => {
    server.routes.set("/a/1", { body: articlePage("Prices &lt;b&gt;up&lt;/b&gt; & away", PRICE) });
    server.routes.set("/news.xml", {
      // A title that says "<script>" in words: shown as text, never as markup.
      body: rss("Auto &lt;script&gt;alert(1)&lt;/script&gt; & News", [
        { guid: "n1", title: "Prices &lt;b&gt;up&lt;/b&gt; & away", link: `${server.url}/a/1` },
      ]),
      etag: '"n1"',
    });
    const added = await say(open, `/feeds add ${server.url}/news.xml`);
    expect(added).toContain(
      "Feed <b>#1</b> added: «Auto &lt;script&gt;alert(1)&lt;/script&gt; &amp; News», 1 item in it now. It is polled every 15 minutes",
    );
    expect(await say(open, `/feeds add ${server.url}/news.xml`)).toContain("This feed is already followed");
    expect(await say(open, `/feeds add ${server.url}/news.xml`, ruAdmin)).toContain(
      "Эта лента уже добавлена",
    );
    const list = await say(open, "/feeds");
    expect(list).toContain("<b>News feeds</b> (1)");
    expect(list).toContain(
      "<b>#1</b> «Auto &lt;script&gt;alert(1)&lt;/script&gt; &amp; News» — not polled yet",
    );
    expect(list).toContain("last success: never");
    const ruList = await say(open, "/feeds", ruAdmin);
    expect(ruList).toContain("<b>Ленты новостей</b> (1)");
    expect(ruList).toContain("ещё не опрашивалась");

    const polled = await say(open, "/feeds poll");
    expect(polled).toContain("Polling every feed now…");
    expect(polled).toContain("<b>News feeds</b>: 1 new article from 1 feed.");
    expect(polled).toMatch(
      /Facts: \d+ found — 0 approved \(trusted feeds\), \d+ waiting for you, \d+ already known\./,
    );
    expect(polled).toContain("Review them: /review");
    const again = await say(open, "/feeds poll", ruAdmin);
    expect(again).toContain("Опрашиваю все ленты…");
    expect(again).toContain("Опрошено лент: 1. Ничего нового.");
    expect(await say(open, "/feeds poll")).toContain("Polled 1 feed: nothing new.");
    const afterPoll = await say(open, "/feeds");
    expect(afterPoll).toContain("✅ working");
    expect(afterPoll).toMatch(/last success: \w+ \d+, 20\d\d, \d\d:\d\d UTC/);

    expect(await say(open, "/feeds trust 1 prices")).toContain(
      "Feed #1: prices are now approved without review.",
    );
    expect(await say(open, "/feeds trust 1 prices policy", ruAdmin)).toContain(
      "Лента №1: изменения регулирования, цены теперь принимаются без проверки.",
    );
    expect(await say(open, "/feeds")).toContain("approved without review: policy changes, prices");
    expect(await say(open, "/feeds trust 1 weather")).toContain(
      "“weather” is not a kind of fact I can trust a feed for. Kinds: prices, policy, rules, none.",
    );
    expect(await say(open, "/feeds trust 1 weather", ruAdmin)).toContain("«weather» — не тот вид фактов");
    expect(await say(open, "/feeds trust 1 none")).toContain("Feed #1: every fact waits for review again.");
    expect(await say(open, "/feeds trust 1 none", ruAdmin)).toContain(
      "Лента №1: все факты снова ждут проверки.",
    );

    expect(await say(open, "/feeds pause 1")).toContain("Feed #1 paused.");
    expect(await say(open, "/feeds")).toContain("⏸ paused");
    expect(await say(open, "/feeds", ruAdmin)).toContain("⏸ на паузе");
    expect(await say(open, "/feeds resume 1", ruAdmin)).toContain("Лента №1 снова в работе");
    expect(await say(open, "/feeds pause 1", ruAdmin)).toContain("Лента №1 на паузе.");
    expect(await say(open, "/feeds resume 1")).toContain("Feed #1 resumed");
    expect(await say(open, "/feeds pause 99")).toContain("There is no feed #99.");
    expect(await say(open, "/feeds remove x", ruAdmin)).toContain("Ленты №x нет.");
    expect(await say(open, "/feeds frobnicate")).toContain("<code>/feeds add URL</code>");

    const audit = await database.db.select().from(auditLog).where(eq(auditLog.subject, "feed:1"));
    expect(audit.map((a) => a.action)).toEqual([
      "feed_add",
      "feed_trust",
      "feed_trust",
      "feed_trust",
      "feed_trust",
      "feed_pause",
      "feed_resume",
      "feed_pause",
      "feed_resume",
    ]);
  });

  it("walks /review with Approve all, Reject all and Next", async () => {
    server.routes.set("/a/2", {
      body: articlePage(
        "Used prices",
        PRICE.map((p) => p.replace("new", "used")),
      ),
    });
    server.routes.set("/a/3", {
      body: articlePage("Цены растут", [
        "Средняя цена нового легкового автомобиля в России в июле 2026 года составила 3,55 млн рублей, сообщили аналитики.",
        "За месяц цены выросли на 0,4%.",
      ]),
    });
    server.routes.set("/news.xml", {
      body: rss("Auto News", [
        { guid: "n1", title: "Prices up", link: `${server.url}/a/1` },
        { guid: "n2", title: "Used prices", link: `${server.url}/a/2` },
        { guid: "n3", title: "Цены растут", link: `${server.url}/a/3` },
      ]),
      etag: '"n3"',
    });
    expect(await say(open, "/feeds poll")).toContain("2 new articles from 1 feed.");
    const first = await say(open, "/review");
    expect(first).toMatch(/<b>Review<\/b>: article 1 of \d+ waiting/);
    expect(first).toContain("From «Auto News»: <code>");
    expect(first).toContain("Prices &lt;b&gt;up&lt;/b&gt; &amp; away");
    const ru = await say(open, "/review", ruAdmin);
    expect(ru).toMatch(/<b>Проверка<\/b>: статья 1 из \d+ ожидающих/);
    expect(ru).toContain("Из ленты «Auto News»");
    // Oldest first: the feed lists the newest first.
    const next = await press(open, "⏭ Next");
    expect(next).toContain("Цены растут");
    expect(next).not.toContain("cookies");
    const approved = await press(open, "✅ Approve all");
    expect(approved).toContain("Used prices");
    // Past the last one, the walk starts again from the oldest still waiting.
    const rejected = await press(open, "❌ Reject all");
    expect(rejected).toContain("Prices &lt;b&gt;up&lt;/b&gt; &amp; away");
    await press(open, "❌ Reject all");
    expect(await say(open, "/review")).toContain("Nothing waits for review. ✅");
    expect(await say(open, "/review", ruAdmin)).toContain("Проверять нечего. ✅");
    expect(await say(open, "/price new")).toContain("RUB 3.55 mln");
  });

  it("removes a feed, keeping its articles", async () => {
    expect(await say(open, "/feeds remove 1")).toContain("Feed #1 («Auto News») removed. Its articles stay.");
    server.routes.set("/other.xml", { body: rss("Other", []) });
    await say(open, `/feeds add ${server.url}/other.xml`);
    expect(await say(open, "/feeds remove 2", ruAdmin)).toContain(
      "Лента №2 («Other») удалена. Статьи из неё остаются.",
    );
    expect(await say(open, "/feeds", ruAdmin)).toContain("Лент пока нет.");
  });
});

describe("the polling service", () => {
  it("tells every admin once per round that found something, and once about a feed failing for a day", async () => {
    const api = createLocalApi();
    await database.db.delete(feeds);
    let now = new Date("2026-12-01T00:00:00Z");
    const service = new FeedService({
      db: database.db,
      api: new Api("123:test", { fetch: api.fetch }),
      logger: { info() {}, warn() {}, error() {} },
      settings,
      adminIds: [admin.id, 777],
      now: () => now,
    });
    server.routes.set("/s/1", {
      body: articlePage(
        "Service story",
        PRICE.map((p) => p.replace("August", "June")),
      ),
    });
    server.routes.set("/svc.xml", {
      body: rss("Svc & <i>News</i>", [{ guid: "s1", title: "Service story", link: `${server.url}/s/1` }]),
    });
    await say(open, `/feeds add ${server.url}/svc.xml`);
    await database.db.update(feeds).set({ nextPollAt: now });
    await service.tick();
    const sent = api.calls.filter((c) => c.method === "sendMessage");
    expect(sent.map((c) => c.payload.chat_id)).toEqual([admin.id, 777]);
    for (const c of sent) expectTelegramHtml(String(c.payload.text));
    // 4242 chose nothing with /language here, so the bot's default language is used.
    expect(String(sent[0]?.payload.text)).toContain("1 new article from 1 feed");
    // Nothing new: no message.
    now = new Date(now.getTime() + 16 * 60_000);
    await service.tick();
    expect(api.calls.filter((c) => c.method === "sendMessage")).toHaveLength(2);

    server.routes.set("/svc.xml", { status: 500 });
    for (let i = 0; i < 12; i++) {
      now = new Date(now.getTime() + 3 * 3600_000);
      await database.db.update(feeds).set({ nextPollAt: now });
      await service.tick();
    }
    const failing = api.calls.filter((c) => c.method === "sendMessage").slice(2);
    expect(failing.map((c) => c.payload.chat_id)).toEqual([admin.id, 777]);
    const text = String(failing[0]?.payload.text);
    expectTelegramHtml(text);
    expect(text).toContain("⚠️ Feed <b>#");
    expect(text).toContain(
      "«Svc &amp; News» has been failing since December 1, 2026, 03:16 UTC: The site answered with HTTP error 500.",
    );
    // Russian, for an admin who chose it.
    await say(open, "/language", ruAdmin);
    const { writeUserLang } = await import("../../db/queries/users.ts");
    await writeUserLang(database.db, 777, "ru");
    await database.db.update(feeds).set({ failureReportedAt: null });
    await service.tick();
    const ru = api.calls.filter((c) => c.method === "sendMessage").at(-1);
    expect(String(ru?.payload.text)).toContain("не читается с 1 декабря 2026");
    expect(String(ru?.payload.text)).toContain("Сайт ответил ошибкой HTTP 500.");
    await service.stop();
  });
});
