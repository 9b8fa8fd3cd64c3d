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
/** Room left for buttons' sake under Telegram's 4,096 characters; the rest is summarised as "+N more". */
const TEXT_BUDGET = 3600;
const MAX_BUTTONS = 8;

function itemLine(item: DigestItem, lang: Lang, t: Translate): { line: string; button?: Button } {
  const name = (x: { nameEn: string; nameRu: string }) => escapeHtml(lang === "ru" ? x.nameRu : x.nameEn);
  switch (item.kind) {
    case "price": {
      const period = formatPeriod(
        { start: item.periodStart, granularity: item.granularity as Granularity },
        lang,
        t,
      );
      return {
        line: `${name(item)}, ${period}: <b>${formatRub(item.value, lang)}</b>`,
        button: {
          text: `📈 ${lang === "ru" ? item.nameRu : item.nameEn}`.slice(0, 40),
          data: `p:${item.seriesKey}`,
        },
      };
    }
    case "threshold": {
      const year = Number(item.effectiveFrom.slice(0, 4));
      return {
        line: t("digest-threshold", {
          purpose: t(`purpose-${item.purpose}`),
          category: t(`category-${item.category}`),
          points: formatPoints(item.threshold, lang),
          n: pluralCount(item.threshold),
          date: formatDate(item.effectiveFrom, lang),
        }),
        button: {
          text: `🏭 ${t(`purpose-${item.purpose}`)} ${year}`.slice(0, 40),
          data: `lc:${year}:${item.purpose}:${item.category}:`,
        },
      };
    }
    case "policy": {
      const date = formatDate(item.effectiveOn, lang, item.datePrecision as "day" | "month" | "year");
      const title = lang === "ru" ? item.titleRu : item.titleEn;
      return {
        line: `${date} · ${escapeHtml(title)}`,
        button: {
          text: `📜 ${title}`.slice(0, 40),
          data: policyPageData(
            { topic: item.topic, jurisdiction: item.jurisdiction, since: item.effectiveOn },
            0,
          ),
        },
      };
    }
    case "article": {
      const ru = lang === "ru";
      const title = escapeHtml((ru ? item.titleRu : null) ?? item.title);
      const linked = item.url ? `<a href="${escapeHtml(item.url)}">${title}</a>` : title;
      return { line: `${escapeHtml((ru ? item.publisherRu : null) ?? item.publisher)} — ${linked}` };
    }
  }
}

/** One message, always under Telegram's limit: items past the budget are counted, not dropped silently. */
export function renderDigest(digest: Digest, lang: Lang, t: Translate): Reply {
  const since = formatDate(digest.since.slice(0, 10), lang);
  const lines = [t("digest-heading", { since })];
  const buttons: Button[] = [];
  if (digest.sections.length === 0) {
    lines.push(t("digest-empty", { since }));
    return { text: lines.join("\n"), buttons: [] };
  }
  let length = lines[0]?.length ?? 0;
  let hidden = 0;
  for (const section of digest.sections) {
    const heading = `\n${ICONS[section.topic]} <b>${t(`digest-topic-${section.topic}`)}</b>`;
    if (length + heading.length > TEXT_BUDGET) {
      hidden += section.items.length;
      continue;
    }
    lines.push(heading);
    length += heading.length;
    for (const item of section.items) {
      const { line, button } = itemLine(item, lang, t);
      if (length + line.length + 3 > TEXT_BUDGET) {
        hidden++;
        continue;
      }
      lines.push(`• ${line}`);
      length += line.length + 3;
      if (button && buttons.length < MAX_BUTTONS) buttons.push(button);
    }
  }
  if (hidden > 0) lines.push("", t("digest-more", { count: String(hidden) }));
  const rows: Button[][] = [];
  for (let i = 0; i < buttons.length; i += 2) rows.push(buttons.slice(i, i + 2));
  return { text: lines.join("\n"), buttons: rows };
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
