// News feeds for admins: the list with each feed's status, the round report and the failure
// notice. Feed titles, addresses and error details come from other people's servers: every one
// of them is escaped here.
import type { FeedRow } from "../../db/queries/feeds.ts";
import type { RoundResult } from "../../domain/feeds/poll.ts";
import type { Lang, Translate } from "../i18n.ts";
import { escapeHtml, formatDate } from "./format.ts";

const KNOWN_PROBLEMS = new Set([
  "invalid_url",
  "bad_scheme",
  "private_address",
  "unresolvable",
  "timeout",
  "too_large",
  "too_many_redirects",
  "http_status",
  "network",
  "not_a_feed",
  "malformed",
]);

/** A stored problem (`code:detail`) in the admin's language. */
export function feedProblem(stored: string, t: Translate): string {
  const [code = "", detail = ""] = stored.split(/:(.*)/s);
  if (!KNOWN_PROBLEMS.has(code)) return t("feeds-problem-internal");
  return t(`error-feed-${code.replace(/_/g, "-")}`, { detail: escapeHtml(detail), url: "", id: "" });
}

export function formatWhen(at: Date, lang: Lang): string {
  const iso = at.toISOString();
  return `${formatDate(iso.slice(0, 10), lang)}, ${iso.slice(11, 16)} UTC`;
}

export function feedTitle(feed: Pick<FeedRow, "title" | "url">): string {
  return `«${escapeHtml(feed.title || new URL(feed.url).hostname)}»`;
}

export function kindsText(kinds: string[], t: Translate): string {
  return kinds.map((k) => t(`feeds-kind-${k}`)).join(", ");
}

export function renderFeedList(list: FeedRow[], t: Translate, lang: Lang): string {
  if (list.length === 0) return `${t("feeds-none")}\n\n${t("feeds-help")}`;
  const lines = [t("feeds-heading", { count: list.length }), ""];
  for (const f of list) {
    const status = f.paused ? "paused" : f.status;
    lines.push(t("feeds-line", { id: f.id, title: feedTitle(f), status: t(`feeds-status-${status}`) }));
    lines.push(`   <code>${escapeHtml(f.url)}</code>`);
    lines.push(
      `   ${t("feeds-last-success", { when: f.lastSuccessAt ? formatWhen(f.lastSuccessAt, lang) : t("feeds-never") })}`,
    );
    if (f.lastError && f.lastErrorAt)
      lines.push(
        `   ${t("feeds-last-error", { when: formatWhen(f.lastErrorAt, lang), error: feedProblem(f.lastError, t) })}`,
      );
    if (f.trustedKinds.length > 0)
      lines.push(`   ${t("feeds-trusted", { kinds: kindsText(f.trustedKinds, t) })}`);
  }
  lines.push("", t("feeds-help"));
  return lines.join("\n");
}

/** One message for a polling round that found something (counts, not one message per article). */
export function renderRound(result: RoundResult, t: Translate): string {
  if (result.articles.length === 0 && result.failed.length === 0)
    return t("feeds-round-nothing", { polled: result.polled });
  const lines: string[] = [];
  if (result.articles.length > 0) {
    lines.push(
      t("feeds-round", {
        articles: result.articles.length,
        feeds: new Set(result.articles.map((a) => a.feedId)).size,
      }),
      t("feeds-round-facts", { ...result.facts }),
    );
  } else lines.push(t("feeds-round-nothing", { polled: result.polled }));
  if (result.failed.length > 0) lines.push(t("feeds-round-failed", { failed: result.failed.length }));
  if (result.facts.pending > 0) lines.push(t("feeds-round-review"));
  return lines.join("\n");
}

export function renderFailing(feed: FeedRow, t: Translate, lang: Lang): string {
  return t("feeds-failing", {
    id: feed.id,
    title: feedTitle(feed),
    since: feed.failingSince ? formatWhen(feed.failingSince, lang) : "—",
    error: feed.lastError ? feedProblem(feed.lastError, t) : "—",
  });
}
