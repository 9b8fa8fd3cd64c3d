// npm run feeds -- add <url> | list | remove <id> | poll [--json]
// Manages the news feeds from the machine itself (DATA_DIR or DATABASE_URL chooses the database;
// the embedded one's data directory is locked like for the other tools). The operator may add
// local and private addresses here; changes are audited as user 0. `poll` runs one round over
// every active feed, prints each new article's title and its candidate facts, and exits.

import { feedSettingsFrom } from "../bot/feeds/service.ts";
import { createI18n, translatorFor } from "../bot/i18n.ts";
import { renderDomainError } from "../bot/render/errors.ts";
import { feedProblem } from "../bot/render/feeds.ts";
import { loadConfigOrExit } from "../config.ts";
import { DomainError } from "../domain/errors.ts";
import { addFeed, listFeeds, removeFeed } from "../domain/feeds/manage.ts";
import { FeedPoller } from "../domain/feeds/poll.ts";
import type { Candidate } from "../domain/ingest/extract.ts";
import { openReadyOrExit } from "./open.ts";

const USAGE = "usage: npm run feeds -- add <url> | list | remove <id> | poll [--json]\n";
const args = process.argv.slice(2);
const json = args.includes("--json");
const [command, arg] = args.filter((a) => a !== "--json");
if (
  !command ||
  !["add", "list", "remove", "poll"].includes(command) ||
  (command !== "list" && command !== "poll" && !arg)
) {
  process.stderr.write(USAGE);
  process.exit(2);
}

const config = loadConfigOrExit(process.env, { needsToken: false });
const settings = feedSettingsFrom(config);
const t = translatorFor(createI18n(), "en");
/** Messages are the bot's English ones, without their HTML. */
const plain = (html: string) =>
  html
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");

function describeFact(c: Candidate): string {
  if (c.kind === "price")
    return `price: ${c.series ?? c.subject}, ${c.period ? `${c.period.granularity} from ${c.period.start}` : "period unknown"}: ${c.value} RUB`;
  if (c.kind === "rule") return `rule: R&D ${c.points} points per 1 % of revenue`;
  if (c.kind === "licence_rule") return "rule: licence costs count toward localization";
  if (c.kind === "policy") return `policy: ${c.who} ${c.action}${c.year ? ` (${c.year})` : ""}`;
  return `${c.kind}: ${"span" in c ? c.span : ""}`;
}

const { database } = await openReadyOrExit(config);
let code = 0;
try {
  const db = database.db;
  if (command === "add") {
    const { feed, items, format } = await addFeed(db, arg ?? "", {
      actor: 0,
      allowPrivate: true,
      limits: settings,
    });
    const out = { id: feed.id, url: feed.url, title: feed.title, format, items };
    process.stdout.write(
      json
        ? `${JSON.stringify(out, null, 2)}\n`
        : `Added feed #${feed.id}: ${feed.title} (${format}, ${items} items) ${feed.url}\n`,
    );
  } else if (command === "remove") {
    const feed = await removeFeed(db, Number(arg), 0);
    process.stdout.write(`Removed feed #${feed.id}: ${feed.title} ${feed.url}\n`);
  } else if (command === "list") {
    const list = await listFeeds(db);
    if (json) process.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
    else if (list.length === 0) process.stdout.write("No feeds.\n");
    else
      for (const f of list)
        process.stdout.write(
          `#${f.id} ${f.paused ? "paused" : f.status} ${f.url} — ${f.title ?? ""}; last success ${f.lastSuccessAt?.toISOString() ?? "never"}${f.lastError ? `; last error ${f.lastErrorAt?.toISOString()}: ${plain(feedProblem(f.lastError, t))}` : ""}${f.trustedKinds.length ? `; trusted: ${f.trustedKinds.join(", ")}` : ""}\n`,
        );
  } else {
    const result = await new FeedPoller(db, settings).round({ all: true });
    if (json) {
      process.stdout.write(
        `${JSON.stringify(
          {
            polled: result.polled,
            notModified: result.notModified,
            failed: result.failed.map((f) => ({
              ...f,
              message: plain(feedProblem(`${f.code}:${f.detail}`, t)),
            })),
            duplicates: result.duplicates,
            skipped: result.skipped,
            facts: result.facts,
            articles: result.articles.map((a) => ({
              id: a.articleId,
              feed: a.feedId,
              title: a.title,
              url: a.url,
              published: a.published,
              facts: a.facts.map((f) => ({
                id: f.id,
                status: f.status,
                note: f.note,
                candidate: f.candidate,
              })),
            })),
          },
          null,
          2,
        )}\n`,
      );
    } else {
      const lines = [
        `Polled ${result.polled} feeds: ${result.articles.length} new articles, ${result.notModified} unchanged, ${result.failed.length} failed.`,
      ];
      for (const a of result.articles) {
        lines.push(
          "",
          `#${a.articleId} ${a.title}${a.url ? ` <${a.url}>` : ""}${a.published ? ` (${a.published})` : ""}`,
        );
        for (const f of a.facts) lines.push(`  [${f.status}] ${describeFact(f.candidate as Candidate)}`);
      }
      for (const f of result.failed)
        lines.push(`feed #${f.feedId} ${f.url}: ${plain(feedProblem(`${f.code}:${f.detail}`, t))}`);
      process.stdout.write(`${lines.join("\n")}\n`);
    }
  }
} catch (err) {
  if (!(err instanceof DomainError)) throw err;
  process.stderr.write(`${plain(renderDomainError(err, t, "en"))}\n`);
  code = 1;
} finally {
  await database.close();
}
process.exit(code);
