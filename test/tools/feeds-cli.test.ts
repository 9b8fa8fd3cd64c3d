// npm run feeds from a data directory against a local server: add, list, poll --json, remove;
// a page that is no feed is refused with one line and exit code 1.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articlePage, type FeedServer, rss, startFeedServer } from "../support/feed-server.ts";

const run = promisify(execFile);
const dir = mkdtempSync(path.join(tmpdir(), "briefing-feeds-cli-"));
let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

async function feeds(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run("npx", ["tsx", "tools/feeds.ts", ...args], {
      env: { ...process.env, DATA_DIR: dir, DATABASE_URL: "", LOG_LEVEL: "silent" },
      encoding: "utf8",
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe("npm run feeds", () => {
  it("adds a local feed, polls it as JSON, lists and removes it", async () => {
    server.routes.set("/a/1", {
      body: articlePage("New car prices", [
        "The average price of a new passenger car in Russia in October 2026 was 3,620,000 rubles, according to market analysts.",
        "Prices rose by 1.1 percent month on month.",
      ]),
      headers: { "content-type": "text/html; charset=utf-8" },
    });
    server.routes.set("/feed.xml", {
      body: rss("CLI News", [
        {
          guid: "c1",
          title: "New car prices",
          link: `${server.url}/a/1`,
          pubDate: "Mon, 02 Nov 2026 09:00:00 GMT",
        },
      ]),
      etag: '"c1"',
    });
    const added = await feeds("add", `${server.url}/feed.xml`);
    expect(added.stdout).toContain(`Added feed #1: CLI News (rss, 1 items) ${server.url}/feed.xml`);
    expect(added.code).toBe(0);
    const polled = await feeds("poll", "--json");
    expect(polled.code).toBe(0);
    const result = JSON.parse(polled.stdout);
    expect(result).toMatchObject({
      polled: 1,
      failed: [],
      articles: [{ title: "New car prices", published: "2026-11-02" }],
    });
    expect(result.articles[0].facts[0]).toMatchObject({
      status: "pending",
      candidate: { kind: "price", series: "new-car-avg", value: 3_620_000, period: { start: "2026-10-01" } },
    });
    const again = JSON.parse((await feeds("poll", "--json")).stdout);
    expect(again).toMatchObject({ polled: 1, notModified: 1, articles: [] });
    const list = await feeds("list");
    expect(list.stdout).toMatch(/^#1 ok http:\/\/127\.0\.0\.1:\d+\/feed\.xml — CLI News; last success 20/);
    const notFeed = await feeds("add", `${server.url}/a/1`);
    expect(notFeed.code).toBe(1);
    expect(notFeed.stderr.trim()).toBe(
      "That page is not a news feed (RSS, Atom, RDF or JSON Feed). Look for an RSS link on the site and add that address.",
    );
    expect((await feeds("remove", "1")).stdout).toContain("Removed feed #1: CLI News");
    expect((await feeds("list")).stdout).toBe("No feeds.\n");
    expect((await feeds("frobnicate")).code).toBe(2);
  }, 300_000);
});
