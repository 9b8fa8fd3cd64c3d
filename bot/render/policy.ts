import type { PolicyFilter, PolicyTimeline } from "../../domain/policy.ts";
import type { Lang, Translate } from "../i18n.ts";
import { feeRateLines } from "./fees.ts";
import { escapeHtml, formatDate, refs } from "./format.ts";
import type { Button, Reply } from "./reply.ts";
import { renderSources } from "./sources.ts";

/** Callback data for a timeline page; well under Telegram's 64 bytes. */
export function policyPageData(filter: PolicyFilter, offset: number): string {
  return [
    "pl",
    offset,
    filter.topic ?? "",
    filter.jurisdiction ?? "",
    filter.since ?? "",
    filter.until ?? "",
  ].join(":");
}

export function parsePolicyPageData(data: string): { filter: PolicyFilter; offset: number } | null {
  const [tag, offset, topic, jurisdiction, since, until] = data.split(":");
  if (tag !== "pl" || offset === undefined || !/^\d{1,4}$/.test(offset)) return null;
  const date = /^\d{4}-\d{2}-\d{2}$/;
  if ((since && !date.test(since)) || (until && !date.test(until))) return null;
  const filter: PolicyFilter = {};
  if (topic) filter.topic = topic;
  if (jurisdiction) filter.jurisdiction = jurisdiction;
  if (since) filter.since = since;
  if (until) filter.until = until;
  return { filter, offset: Number(offset) };
}

export function renderPolicy(timeline: PolicyTimeline, lang: Lang, t: Translate): Reply {
  const order = timeline.sources.map((s) => s.id);
  const nameOf = (n: { nameEn: string; nameRu: string }) => escapeHtml(lang === "ru" ? n.nameRu : n.nameEn);
  const filterParts = [
    timeline.topic ? nameOf(timeline.topic) : null,
    timeline.jurisdiction ? nameOf(timeline.jurisdiction) : null,
    timeline.filter.since
      ? `${lang === "ru" ? "с" : "since"} ${formatDate(timeline.filter.since, lang)}`
      : null,
    timeline.filter.until
      ? `${lang === "ru" ? "по" : "until"} ${formatDate(timeline.filter.until, lang)}`
      : null,
  ].filter(Boolean);
  const lines = [t("policy-heading", { filter: filterParts.length ? `: ${filterParts.join(", ")}` : "" })];
  if (timeline.feeRates.length > 0) {
    lines.push("", t("fee-rates-heading"), ...feeRateLines(timeline.feeRates, order, lang, t));
  }
  if (timeline.items.length === 0) {
    lines.push(t("policy-empty"));
    if (timeline.feeRates.length > 0) lines.push(...renderSources(timeline.sources, lang, t));
    return { text: lines.join("\n"), buttons: [] };
  }
  for (const item of timeline.items) {
    lines.push(
      "",
      `<b>${formatDate(item.effectiveOn, lang, item.datePrecision)}</b> · ${nameOf(item.jurisdiction)} · ${nameOf(item.topic)}`,
      `<b>${escapeHtml(lang === "ru" ? item.titleRu : item.titleEn)}</b>${item.status === "draft" || item.status === "postponed" ? t(`policy-status-${item.status}`) : ""}${refs(item.sourceIds, order)}`,
      escapeHtml(lang === "ru" ? item.summaryRu : item.summaryEn),
    );
  }
  const from = timeline.offset + 1;
  const to = timeline.offset + timeline.items.length;
  lines.push("", t("policy-page", { from: String(from), to: String(to), total: String(timeline.total) }));
  lines.push(...renderSources(timeline.sources, lang, t));

  const nav: Button[] = [];
  if (timeline.offset > 0) {
    nav.push({
      text: t("button-prev"),
      data: policyPageData(timeline.filter, Math.max(0, timeline.offset - timeline.limit)),
    });
  }
  if (to < timeline.total) nav.push({ text: t("button-next"), data: policyPageData(timeline.filter, to) });
  return { text: lines.join("\n"), buttons: nav.length ? [nav] : [] };
}
