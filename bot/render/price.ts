import type { PriceAnswer, PriceChange, PriceHistory, SeriesInfo } from "../../domain/prices.ts";
import type { Lang, Translate } from "../i18n.ts";
import { escapeHtml, formatDate, formatPct, formatPeriod, formatRub, refs } from "./format.ts";
import type { Button, Reply } from "./reply.ts";
import { renderSources } from "./sources.ts";

const name = (s: SeriesInfo, lang: Lang) => (lang === "ru" ? s.nameRu : s.nameEn);
const short = (s: SeriesInfo, lang: Lang) => (lang === "ru" ? s.shortRu : s.shortEn);

function value(v: number, approximate: boolean, lang: Lang, t: Translate): string {
  return `${approximate ? `${t("approx")} ` : ""}${formatRub(v, lang)}`;
}

function changeLine(c: PriceChange, lang: Lang, t: Translate, order: number[]): string {
  const abs = c.abs === null ? "—" : formatRub(c.abs, lang, { sign: true });
  const pct = c.pct === null ? "—" : formatPct(c.pct, lang);
  const label = c.origin === "reported" ? t("reported") : t("derived");
  let line: string;
  if (c.basis === "since_earlier" && c.against) {
    const earlier = c.againstValue === null ? "" : formatRub(c.againstValue, lang);
    line = t("price-change-since", {
      period: formatPeriod(c.against, lang, t, "genitive"),
      earlier,
      abs,
      pct,
    });
  } else if (c.basis === "year_ago") {
    line = c.against
      ? t("price-change-year-ago", { period: formatPeriod(c.against, lang, t, "dative"), abs, pct })
      : t("price-change-year-ago-no-period", { abs, pct });
  } else {
    line = t("price-change-previous", {
      period: c.against ? formatPeriod(c.against, lang, t, "dative") : "—",
      abs,
      pct,
    });
  }
  let implied = "";
  if (c.origin === "reported" && c.againstValue !== null && c.against) {
    // The earlier value is not stored; show what the reported change implies, marked as calculated.
    implied = `; ${t("price-implied", { value: formatRub(c.againstValue, lang), period: formatPeriod(c.against, lang, t, "accusative") })}`;
  }
  return `• ${line} — ${label}${implied}${refs(c.sourceIds, order)}`;
}

/** Buttons to switch to the other series, and to see this one's history. */
export function seriesButtons(
  all: SeriesInfo[],
  current: SeriesInfo,
  lang: Lang,
  t: Translate,
  view: "point" | "history",
): Button[][] {
  const others = all
    .filter((s) => s.key !== current.key)
    .map((s) => ({ text: short(s, lang), data: `p:${s.key}` }));
  const rows: Button[][] = [];
  for (let i = 0; i < others.length; i += 2) rows.push(others.slice(i, i + 2));
  rows.push([
    view === "point"
      ? { text: t("button-history"), data: `ph:${current.key}` }
      : { text: t("button-latest"), data: `p:${current.key}` },
    { text: `📈 ${t("button-chart")}`, data: `pc:${current.key}` },
  ]);
  return rows;
}

export function renderPrice(answer: PriceAnswer, lang: Lang, t: Translate): Reply {
  const order = answer.sources.map((s) => s.id);
  const p = answer.point;
  const lines = [
    `<b>${escapeHtml(name(answer.series, lang))}</b>`,
    `${t("price-value", { period: formatPeriod(p.period, lang, t), value: value(p.value, p.approximate, lang, t) })}${refs(p.sourceIds, order)}`,
  ];
  for (const c of answer.changes) lines.push(changeLine(c, lang, t, order));
  if (answer.sinceMissing) {
    const since = formatPeriod(answer.sinceMissing.period, lang, t, "genitive");
    const key = answer.sinceMissing.reason === "none_yet" ? "price-since-none-yet" : "price-since-only-this";
    lines.push(t(key, { period: since }));
  }
  const note = lang === "ru" ? p.noteRu : p.noteEn;
  if (note) lines.push(t("price-note", { note: escapeHtml(note) }));
  for (const d of answer.disagreeing) {
    const other = lang === "ru" ? d.point.noteRu : d.point.noteEn;
    lines.push(
      `${t("price-disagree", { value: value(d.point.value, d.point.approximate, lang, t) })}${other ? ` (${escapeHtml(other)})` : ""}${refs(d.point.sourceIds, order)}`,
    );
    for (const c of d.changes) lines.push(changeLine(c, lang, t, order));
  }
  if (answer.variants.length > 0) {
    lines.push(t("price-variants"));
    for (const v of answer.variants) {
      lines.push(
        `• ${escapeHtml(name(v.series, lang))}: ${value(v.point.value, v.point.approximate, lang, t)}, ${formatPeriod(v.point.period, lang, t)}${refs(v.point.sourceIds, order)}`,
      );
    }
  }
  const method = lang === "ru" ? answer.series.methodRu : answer.series.methodEn;
  if (method)
    lines.push(
      `${t("price-method", { method: escapeHtml(method) })}${refs(answer.series.methodSourceIds, order)}`,
    );
  lines.push(...renderSources(answer.sources, lang, t));
  return {
    text: lines.join("\n"),
    buttons: seriesButtons(answer.allSeries, answer.series, lang, t, "point"),
  };
}

export function renderHistory(history: PriceHistory, lang: Lang, t: Translate): Reply {
  const order = history.sources.map((s) => s.id);
  const range =
    history.from && history.to ? `, ${formatDate(history.from, lang)} – ${formatDate(history.to, lang)}` : "";
  const lines = [t("price-history-heading", { name: escapeHtml(name(history.series, lang)), range })];
  if (history.points.length === 0) lines.push(t("price-history-empty"));
  for (const p of history.points) {
    const note = lang === "ru" ? p.noteRu : p.noteEn;
    lines.push(
      `• ${formatPeriod(p.period, lang, t)}: <b>${value(p.value, p.approximate, lang, t)}</b>${note ? ` (${escapeHtml(note)})` : ""}${refs(p.sourceIds, order)}`,
    );
  }
  lines.push(...renderSources(history.sources, lang, t));
  return {
    text: lines.join("\n"),
    buttons: seriesButtons(history.allSeries, history.series, lang, t, "history"),
  };
}
