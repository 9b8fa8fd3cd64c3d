import type { DigestCounts } from "../../db/queries/digests.ts";
import type { Digest, DigestItem, Topic } from "../../domain/digest/compose.ts";
import { formatDigestTime, type Subscriber } from "../../domain/digest/subscriptions.ts";
import type { Granularity } from "../../domain/period.ts";
import type { Lang, Translate } from "../i18n.ts";
import {
  escapeHtml,
  formatDate,
  formatPeriod,
  formatPoints,
  formatRub,
  formatTimeZone,
  pluralCount,
} from "./format.ts";
import { policyPageData } from "./policy.ts";
import type { Button, Reply } from "./reply.ts";

const ICONS: Record<Topic, string> = { prices: "📈", localization: "🏭", policy: "📜", briefings: "📰" };
/** Room left for buttons' sake under Telegram's 4,096 characters; the rest goes behind a "more" button. */
const TEXT_BUDGET = 3600;
/** Items in one message, so each shown item keeps its button; the rest goes behind a "more" button. */
const PAGE_ITEMS = 10;
const LABEL_MAX = 48;

/** A button label cut at a word, with an ellipsis, never in the middle of a word. */
function label(text: string): string {
  if (text.length <= LABEL_MAX) return text;
  const cut = text.slice(0, LABEL_MAX - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > LABEL_MAX / 2 ? cut.slice(0, space) : cut).replace(/[\s,.:;·—-]+$/u, "")}…`;
}

/** Buttons that open an item in a new message, leaving the digest where it is. */
export const OPEN_PREFIX = "o:";

function itemLine(item: DigestItem, lang: Lang, t: Translate): { line: string; button?: Button } {
  const name = (x: { nameEn: string; nameRu: string }) => escapeHtml(lang === "ru" ? x.nameRu : x.nameEn);
  switch (item.kind) {
    case "price": {
      const period = formatPeriod(
        { start: item.periodStart, granularity: item.granularity as Granularity },
        lang,
        t,
      );
      const short =
        (lang === "ru" ? item.shortRu : item.shortEn) ?? (lang === "ru" ? item.nameRu : item.nameEn);
      return {
        line: `${name(item)}, ${period}: <b>${formatRub(item.value, lang)}</b>`,
        button: {
          text: label(`📈 ${short} · ${period}`),
          data: `pp:${item.seriesKey}:${item.periodStart}:${item.granularity}`,
        },
      };
    }
    case "threshold": {
      const year = Number(item.effectiveFrom.slice(0, 4));
      // Digests stored before purposes were rows carry no names: a neutral word, never the key.
      const purpose = escapeHtml(
        (lang === "ru" ? item.purposeRu : item.purposeEn) ?? t("digest-purpose-other"),
      );
      const category = t(`category-${item.category}`);
      const date = formatDate(item.effectiveFrom, lang);
      const draft = item.status === "draft" ? t("loc-draft") : "";
      const options = item.options ?? [item.threshold];
      const line =
        options.length > 1
          ? t("loc-threshold-disagree", {
              purpose,
              category,
              date,
              options: options.map((o) => `<b>${formatPoints(o, lang)}</b>`).join(` ${t("loc-or")} `),
            })
          : t("digest-threshold", {
              purpose,
              category,
              points: formatPoints(item.threshold, lang),
              n: pluralCount(item.threshold),
              date,
            });
      return {
        line: `${line}${draft}`,
        button: {
          text: label(`🏭 ${purpose}, ${category} · ${year}`),
          data: `${OPEN_PREFIX}lc:${year}:${item.purpose}:${item.category}:`,
        },
      };
    }
    case "policy": {
      const date = formatDate(item.effectiveOn, lang, item.datePrecision as "day" | "month" | "year");
      const title = lang === "ru" ? item.titleRu : item.titleEn;
      return {
        line: `${date} · ${escapeHtml(title)}`,
        button: {
          text: label(`📜 ${title}`),
          data: `${OPEN_PREFIX}${policyPageData(
            { topic: item.topic, jurisdiction: item.jurisdiction, since: item.effectiveOn },
            0,
          )}`,
        },
      };
    }
    case "article": {
      const ru = lang === "ru";
      const title = escapeHtml((ru ? item.titleRu : null) ?? item.title);
      const linked = item.url ? `<a href="${escapeHtml(item.url)}">${title}</a>` : title;
      const gist = ru ? (item.gistRu ?? item.gistEn) : (item.gistEn ?? item.gistRu);
      const said = gist ? `\n   <i>${escapeHtml(gist)}</i>` : "";
      return { line: `${escapeHtml((ru ? item.publisherRu : null) ?? item.publisher)} — ${linked}${said}` };
    }
  }
}

/** Callback data of a digest's "more" button: its window and how many items came before. */
export function moreData(digest: Digest, skip: number): string {
  const s = (iso: string) => Math.floor(Date.parse(iso) / 1000);
  return `dg:m:${s(digest.since)}:${s(digest.until)}:${skip}`;
}

export function parseMoreData(data: string): { since: Date; until: Date; skip: number } | null {
  const m = /^dg:m:(\d{1,12}):(\d{1,12}):(\d{1,4})$/.exec(data);
  if (!m) return null;
  return { since: new Date(Number(m[1]) * 1000), until: new Date(Number(m[2]) * 1000), skip: Number(m[3]) };
}

export interface DigestView {
  /** Items already shown in earlier messages (the "more" button's page). */
  skip?: number;
  /** A chat without a subscription: what a digest would hold, with a Subscribe button. */
  preview?: boolean;
  /** When nothing is new: the latest facts, labelled as the latest. */
  latest?: DigestItem[];
}

function buttonRows(buttons: Button[]): Button[][] {
  const rows: Button[][] = [];
  for (let i = 0; i < buttons.length; i += 2) rows.push(buttons.slice(i, i + 2));
  return rows;
}

/**
 * One message, always under Telegram's limit: at most PAGE_ITEMS items (and the text budget),
 * each with a button that says which item it opens; the rest behind a "more" button.
 */
export function renderDigest(digest: Digest, lang: Lang, t: Translate, view: DigestView = {}): Reply {
  const since = formatDate(digest.since.slice(0, 10), lang);
  const skip = view.skip ?? 0;
  const lines = [t(skip > 0 ? "digest-continued" : "digest-heading", { since })];
  if (view.preview && skip === 0) lines.push(t("digest-preview"));
  const buttons: Button[] = [];
  const subscribe = view.preview ? [[{ text: `🔔 ${t("digest-subscribe-button")}`, data: "ds:sub" }]] : [];
  const addButton = (button: Button | undefined) => {
    if (button && !buttons.some((b) => b.data === button.data || b.text === button.text))
      buttons.push(button);
  };
  if (digest.sections.length === 0) {
    lines.push(t("digest-empty", { since }));
    if (view.latest?.length) {
      lines.push("", t("digest-latest"));
      for (const item of view.latest) {
        const { line, button } = itemLine(item, lang, t);
        lines.push(`• ${line}`);
        addButton(button);
      }
    }
    return { text: lines.join("\n"), buttons: [...buttonRows(buttons), ...subscribe] };
  }
  let length = lines.join("\n").length;
  let index = 0;
  let shown = 0;
  let full = false;
  for (const section of digest.sections) {
    let headed = false;
    for (const item of section.items) {
      index++;
      if (index <= skip || full) continue;
      const { line, button } = itemLine(item, lang, t);
      const heading = headed ? "" : `\n${ICONS[section.topic]} <b>${t(`digest-topic-${section.topic}`)}</b>`;
      if (shown >= PAGE_ITEMS || length + heading.length + line.length + 3 > TEXT_BUDGET) {
        full = true;
        continue;
      }
      if (heading) {
        lines.push(heading);
        length += heading.length + 1;
        headed = true;
      }
      lines.push(`• ${line}`);
      length += line.length + 3;
      shown++;
      addButton(button);
    }
  }
  const rest = index - skip - shown;
  const rows = buttonRows(buttons);
  if (rest > 0) {
    lines.push("", t("digest-more", { count: rest }));
    rows.push([
      { text: `➕ ${t("digest-more-button", { count: rest })}`, data: moreData(digest, skip + shown) },
    ]);
  }
  return { text: lines.join("\n"), buttons: [...rows, ...subscribe] };
}

/** The settings card with its menu. */
export function renderSettings(sub: Subscriber, t: Translate, lang: Lang = "en"): Reply {
  const on = (topic: Topic) => sub.topics.includes(topic);
  const list = (words: string[]) => (words.length ? escapeHtml(words.join(", ")) : "—");
  const text = [
    t(sub.active ? "digest-settings-heading" : "digest-settings-off"),
    t("digest-settings-topics", {
      topics: sub.topics.length ? sub.topics.map((x) => t(`digest-topic-${x}`)).join(", ") : "—",
    }),
    t("digest-settings-time", {
      time: formatDigestTime(sub.digestMinute),
      zone: escapeHtml(formatTimeZone(sub.timeZone, lang)),
      days: t(sub.weekdaysOnly ? "digest-weekdays" : "digest-every-day"),
    }),
    t("digest-settings-keywords", { include: list(sub.includeKeywords), exclude: list(sub.excludeKeywords) }),
    t(sub.whenEmpty === "notice" ? "digest-settings-empty-notice" : "digest-settings-empty-skip"),
    "",
    t("digest-settings-hint"),
  ].join("\n");
  const topicButtons = (["prices", "localization", "policy", "briefings"] as const).map((topic) => ({
    text: `${on(topic) ? "✅" : "▫️"} ${t(`digest-topic-${topic}`)}`,
    data: `ds:t:${topic}`,
  }));
  return {
    text,
    buttons: [
      topicButtons.slice(0, 2),
      topicButtons.slice(2),
      [
        { text: `⏰ ${formatDigestTime(sub.digestMinute)}`, data: "ds:time" },
        { text: `🌍 ${formatTimeZone(sub.timeZone, lang)}`, data: "ds:zone" },
      ],
      [
        {
          text: `📅 ${t(sub.weekdaysOnly ? "digest-weekdays" : "digest-every-day")}`,
          data: `ds:wd:${sub.weekdaysOnly ? 0 : 1}`,
        },
        {
          text: `🔕 ${t(sub.whenEmpty === "notice" ? "digest-empty-notice-short" : "digest-empty-skip-short")}`,
          data: `ds:e:${sub.whenEmpty === "notice" ? "skip" : "notice"}`,
        },
      ],
      [{ text: `🛑 ${t("digest-unsubscribe")}`, data: "ds:off" }],
    ],
  };
}

export const DIGEST_TIMES = [6 * 60, 7 * 60, 8 * 60, 9 * 60, 10 * 60, 12 * 60, 18 * 60, 20 * 60];

export function renderTimeMenu(t: Translate): Reply {
  const buttons = DIGEST_TIMES.map((m) => ({ text: formatDigestTime(m), data: `ds:tm:${m}` }));
  return {
    text: t("digest-time-menu"),
    buttons: [buttons.slice(0, 4), buttons.slice(4), [{ text: `◀ ${t("wi-back")}`, data: "ds:back" }]],
  };
}

export function renderZoneMenu(zones: readonly string[], t: Translate, lang: Lang = "en"): Reply {
  // Two a row: `Екатеринбург (UTC+5)` is too long for three on a phone.
  const buttons = zones.map((z, i) => ({ text: formatTimeZone(z, lang), data: `ds:z:${i}` }));
  const rows: Button[][] = [];
  for (let i = 0; i < buttons.length; i += 2) rows.push(buttons.slice(i, i + 2));
  rows.push([{ text: `◀ ${t("wi-back")}`, data: "ds:back" }]);
  return { text: t("digest-zone-menu"), buttons: rows };
}

export function renderDigestStats(c: DigestCounts, t: Translate): string {
  return t("digest-stats", {
    due: String(c.pending + c.sending),
    sent: String(c.sent),
    failed: String(c.failed),
    skipped: String(c.skipped),
    deactivated: String(c.deactivated),
    rate: (c.sentLastMinute / 60).toFixed(1),
  });
}
