// The benchmark's news sites, in a process of their own: BENCH_FEEDS feeds of BENCH_ITEMS items,
// each item an article page. Feeds answer 304 to their ETag unless the path ends in ?fresh
// (then the whole feed again, for the round that finds nothing new by deduplication).
import { articlePage, rss, startFeedServer } from "../test/support/feed-server.ts";

const FEEDS = Number(process.env.BENCH_FEEDS ?? 100);
const ITEMS = Number(process.env.BENCH_ITEMS ?? 50);
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
];
const server = await startFeedServer();
let etags = true;
for (let f = 0; f < FEEDS; f++) {
  const items = [];
  for (let i = 0; i < ITEMS; i++) {
    const n = f * ITEMS + i;
    const path = `/news/${f}/${i}`;
    const title = `Car market report ${n}: prices in ${MONTHS[n % 11]}`;
    const paragraphs = [
      `The average price of a new passenger car in Russia in ${MONTHS[n % 11]} 2026 was ${(3_000_000 + n * 100).toLocaleString("en-US")} rubles, according to market analysts cited in report ${n}.`,
      `Prices rose by ${(n % 30) / 10 + 0.1} percent month on month. Dealers in region ${f} expect the market to stay tight through the winter.`,
      `Sales of passenger cars in the region reached ${1000 + n} units, while importers said deliveries were steady. The dollar exchange rate was 92 rubles.`,
      `Analysts note that demand for crossovers remains strong, and the share of locally assembled models keeps growing in issue ${n}.`,
    ];
    server.routes.set(path, {
      body: articlePage(title, paragraphs),
      headers: { "content-type": "text/html; charset=utf-8" },
    });
    items.push({
      guid: `bench-${n}`,
      title,
      link: `${server.url}${path}`,
      pubDate: new Date(Date.UTC(2026, 10, 1) + i * 3600_000).toUTCString(),
      description: paragraphs[0],
    });
  }
  const body = rss(`Bench feed ${f}`, items.reverse());
  server.routes.set(`/feed/${f}.xml`, () => ({
    body,
    etag: etags ? `"f${f}"` : undefined,
    headers: { "content-type": "application/rss+xml" },
  }));
}
server.routes.set("/no-etags", () => {
  etags = false;
  return { body: "ok" };
});
process.stdout.write(`${server.url}\n`);
