// Alerts as users read them: what changed, the new and the previous value, which rule fired and
// the source, with buttons to mute the rule and to open the chart or the article. Also the
// rules themselves, in words (never keys), for /alerts and the confirmation of /alert.
import type { AlertContent, AlertFact } from "../../domain/alerts/match.ts";
import type { QuietHours, RuleView } from "../../domain/alerts/rules.ts";
import { formatDigestTime } from "../../domain/digest/subscriptions.ts";
import type { UserName } from "../../domain/errors.ts";
import type { Lang, Translate } from "../i18n.ts";
import { OPEN_PREFIX } from "./digest.ts";
import { feeCategoryLabel, feeValue } from "./fees.ts";
import {
  escapeHtml,
  formatDate,
  formatPct,
  formatPeriod,
  formatPoints,
  formatRub,
  formatShare,
  pluralCount,
} from "./format.ts";
import type { Button, Reply } from "./reply.ts";
import { renderSources } from "./sources.ts";

const named = (n: UserName | undefined, lang: Lang) => escapeHtml(n ? (lang === "ru" ? n.ru : n.en) : "");

/** `used cars above RUB 1.7 mln` / `подержанные выше 1,7 млн ₽`. */
export function describeRule(r: RuleView, lang: Lang, t: Translate): string {
  const series = named(r.series, lang);
  switch (r.kind) {
    case "price_level":
      return t(r.direction === "below" ? "alert-rule-below" : "alert-rule-above", {
        series,
        level: formatRub(r.level ?? 0, lang),
      });
    case "price_change":
      if (!r.percent) return t(r.direction === "up" ? "alert-rule-rise" : "alert-rule-fall", { series });
      return t(`alert-rule-change-${r.direction === "up" ? "up" : r.direction === "down" ? "down" : "any"}`, {
        series,
        percent: formatShare(r.percent ?? 0, lang),
      });
    case "price_new":
      return t("alert-rule-new-price", { series });
    case "policy": {
      const parts = [named(r.topic, lang), named(r.jurisdiction, lang)].filter(Boolean);
      const what = parts.length > 0 ? parts.join(", ") : t("alert-rule-policy-any");
      const base = t("alert-rule-policy", { what });
      return r.keyword ? `${base} ${t("alert-rule-with-keyword", { keyword: escapeHtml(r.keyword) })}` : base;
    }
    case "localization":
      return r.purpose
        ? t("alert-rule-localization-purpose", { purpose: named(r.purpose, lang) })
        : t("alert-rule-localization");
    case "keyword":
      return t("alert-rule-keyword", { keyword: escapeHtml(r.keyword ?? "") });
  }
}

function factLines(f: AlertFact, lang: Lang, t: Translate): string[] {
  switch (f.type) {
    case "price": {
      const value = `${f.approximate ? `${t("approx")} ` : ""}${formatRub(f.value, lang)}`;
      const lines = [
        t("alert-price-now", {
          series: named(f.series, lang),
          period: formatPeriod(f.period, lang, t),
          value,
        }) + (f.corrected ? ` ${t("alert-corrected")}` : ""),
      ];
      if (f.previous) {
        lines.push(
          t("alert-price-before", {
            value: formatRub(f.previous.value, lang),
            period: formatPeriod(f.previous.period, lang, t),
            change: f.changePct === null ? "" : formatPct(f.changePct, lang),
          }),
        );
      } else if (f.changePct !== null) {
        lines.push(t("alert-price-reported-change", { change: formatPct(f.changePct, lang) }));
      }
      return lines;
    }
    case "policy": {
      const date = formatDate(f.effectiveOn, lang, f.datePrecision as "day" | "month" | "year");
      const status =
        f.status === "draft" || f.status === "postponed" ? ` (${t(`alert-status-${f.status}`)})` : "";
      return [
        `${escapeHtml(date)} · <b>${named(f.title, lang)}</b>${status}`,
        `${named(f.topic, lang)}, ${named(f.jurisdiction, lang)}`,
      ];
    }
    case "fee": {
      const lines = [
        t("alert-fee-now", {
          category: feeCategoryLabel(f.category, t),
          value: feeValue(f, lang, t),
          date: formatDate(f.effectiveFrom, lang),
        }) + (f.status === "draft" ? t("loc-draft") : ""),
      ];
      if (f.previous)
        lines.push(
          t("alert-fee-before", {
            value: feeValue({ value: f.previous.value, unit: f.unit }, lang, t),
            date: formatDate(f.previous.effectiveFrom, lang),
          }),
        );
      return lines;
    }
    case "threshold": {
      const lines = [
        t("alert-threshold-now", {
          purpose: named(f.purpose, lang),
          points: formatPoints(f.threshold, lang),
          n: pluralCount(f.threshold),
          date: formatDate(f.effectiveFrom, lang),
        }) + (f.status === "draft" ? t("loc-draft") : ""),
      ];
      if (f.previous !== null && f.previous !== f.threshold)
        lines.push(
          t("alert-points-before", { points: formatPoints(f.previous, lang), n: pluralCount(f.previous) }),
        );
      return lines;
    }
    case "item": {
      const lines = [
        t("alert-item-now", {
          name: named(f.name, lang),
          points: formatPoints(f.points, lang),
          n: pluralCount(f.points),
        }),
      ];
      if (f.before !== null)
        lines.push(
          t("alert-points-before", { points: formatPoints(f.before, lang), n: pluralCount(f.before) }),
        );
      return lines;
    }
    case "max_score":
      return [t("alert-max-score", { points: formatPoints(f.value, lang), n: pluralCount(f.value) })];
    case "model_score":
      return [
        t("alert-model-score", {
          model: escapeHtml(f.model),
          points: formatPoints(f.points, lang),
          n: pluralCount(f.points),
          year: String(f.year),
        }),
      ];
    case "briefing": {
      const title = named(f.title, lang);
      const linked = f.url ? `<a href="${escapeHtml(f.url)}">${title}</a>` : title;
      const date = f.publishedOn ? `, ${escapeHtml(formatDate(f.publishedOn, lang))}` : "";
      const lines = [`${named(f.publisher, lang)} — <b>${linked}</b>${date}`];
      if (f.gist) lines.push(`<i>${named(f.gist, lang)}</i>`);
      return lines;
    }
  }
}

const HEADINGS: Record<AlertFact["type"], string> = {
  price: "alert-heading-price",
  policy: "alert-heading-policy",
  fee: "alert-heading-fee",
  threshold: "alert-heading-localization",
  item: "alert-heading-localization",
  max_score: "alert-heading-localization",
  model_score: "alert-heading-model-score",
  briefing: "alert-heading-briefing",
};

export function renderAlert(content: AlertContent, lang: Lang, t: Translate): Reply {
  const correction = content.kind === "correction";
  const heading = correction ? t("alert-correction") : `🔔 <b>${t(HEADINGS[content.fact.type])}</b>`;
  const lines = [
    heading,
    ...factLines(content.fact, lang, t),
    "",
    t("alert-rule-fired", { rule: describeRule(content.rule, lang, t) }),
  ];
  if (!correction) lines.push(...renderSources(content.sources, lang, t));
  const buttons: Button[] = [];
  if (!correction) buttons.push({ text: t("alert-button-mute"), data: `al:m:${content.rule.id}` });
  if (!correction && content.chartSeries)
    buttons.push({ text: t("alert-button-chart"), data: `${OPEN_PREFIX}pc:${content.chartSeries}` });
  const link = content.fact.type === "briefing" ? content.fact.url : content.sources.find((s) => s.url)?.url;
  if (!correction && link) buttons.push({ text: t("alert-button-open"), data: "", url: link });
  return { text: lines.join("\n"), buttons: buttons.length > 0 ? [buttons] : [] };
}

/** /alerts: every rule with its state, each with mute or unmute and delete buttons. */
export function renderAlertList(
  rules: RuleView[],
  quiet: QuietHours | null,
  lang: Lang,
  t: Translate,
): Reply {
  if (rules.length === 0) return { text: t("alerts-none"), buttons: [] };
  const lines = [
    `<b>${t("alerts-heading")}</b>`,
    ...rules.map(
      (r, i) => `${i + 1}. ${describeRule(r, lang, t)}${r.muted ? ` — ${t("alerts-muted")}` : ""}`,
    ),
    "",
    quiet
      ? t("alerts-quiet", {
          from: formatDigestTime(quiet.from),
          to: formatDigestTime(quiet.to),
          zone: quiet.timeZone,
        })
      : t("alerts-quiet-none"),
  ];
  const buttons = rules.map((r, i) => [
    r.muted
      ? { text: t("alerts-button-unmute", { n: i + 1 }), data: `al:u:${r.id}:l` }
      : { text: t("alerts-button-mute", { n: i + 1 }), data: `al:m:${r.id}:l` },
    { text: t("alerts-button-delete", { n: i + 1 }), data: `al:d:${r.id}:l` },
  ]);
  return { text: lines.join("\n"), buttons };
}

export function renderAlertSet(rule: RuleView, existed: boolean, lang: Lang, t: Translate): Reply {
  return {
    text: t(existed ? "alert-exists" : "alert-set", { rule: describeRule(rule, lang, t) }),
    buttons: [[{ text: t("alerts-button-list"), data: "al:l" }]],
  };
}
