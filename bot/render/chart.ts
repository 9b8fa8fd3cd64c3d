// Price history as a PNG line chart, readable on a phone: title, axes with units, the period
// and a source line. SVG drawn here, rasterised by resvg with a bundled DejaVu font (resvg draws
// no text without a font file, and the font must have Cyrillic).
import { createRequire } from "node:module";
import path from "node:path";
import { type Granularity, periodEnd } from "../../domain/period.ts";
import { chartPlan, type PriceHistory, type PricePoint } from "../../domain/prices.ts";
import type { Lang, Translate } from "../i18n.ts";
import { escapeHtml as escapeXml, formatPeriod, formatRub } from "./format.ts";
import { sourceNames } from "./sources.ts";

const require = createRequire(import.meta.url);
const fontDir = path.join(path.dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");
export const CHART_FONTS = [path.join(fontDir, "DejaVuSans.ttf"), path.join(fontDir, "DejaVuSans-Bold.ttf")];

export const CHART_WIDTH = 1080;
export const CHART_HEIGHT = 720;
const M = { left: 190, right: 50, top: 150, bottom: 170 };
/** A colour per granularity; estimates are hollow grey markers. */
const COLOURS: Record<Granularity, string> = {
  month: "#1f6feb",
  half_year: "#d9480f",
  year: "#2f9e44",
  mid_year: "#7048e8",
};
const ESTIMATE = "#868e96";

/** Round axis steps: 1, 2, 2.5 or 5 times a power of ten. */
function niceStep(range: number, ticks: number): number {
  const raw = range / ticks;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw);
  return step ?? 10 * power;
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export interface ChartImage {
  png: Buffer;
  width: number;
  height: number;
  /** Alt text: what the chart shows, for the caption. */
  caption: string;
}

export function chartSvg(
  history: PriceHistory,
  lang: Lang,
  t: Translate,
  fontFamily = "DejaVu Sans",
): string {
  // Each period sits at its middle on a time axis (stored periods mix years, halves and months).
  const mid = (p: PricePoint) =>
    (Date.parse(`${p.period.start}T00:00:00Z`) + Date.parse(`${periodEnd(p.period)}T00:00:00Z`)) / 2;
  const points = [...history.points].sort((a, b) => mid(a) - mid(b));
  const name = lang === "ru" ? history.series.nameRu : history.series.nameEn;
  const values = points.map((p) => p.value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const pad = (max - min) * 0.15 || max * 0.1 || 1;
  const step = niceStep(max - min + 2 * pad, 5);
  const lo = Math.floor((min - pad) / step) * step;
  const hi = Math.ceil((max + pad) / step) * step;
  const w = CHART_WIDTH - M.left - M.right;
  const h = CHART_HEIGHT - M.top - M.bottom;
  const times = points.map(mid);
  const t0 = Math.min(...times);
  const span = Math.max(...times) - t0;
  const x = (i: number) => M.left + (span === 0 ? w / 2 : (((times[i] ?? t0) - t0) / span) * w);
  const y = (v: number) => M.top + h - ((v - lo) / (hi - lo)) * h;
  const first = points[0];
  const last = points.at(-1);
  const period =
    first && last ? `${formatPeriod(first.period, lang, t)} — ${formatPeriod(last.period, lang, t)}` : "";
  const source = history.sources.map((s) => sourceNames(s, lang).publisher).join("; ");

  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${CHART_HEIGHT}" font-family="${fontFamily}">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${M.left}" y="52" font-size="28" font-weight="bold" fill="#111111">${escapeXml(clip(name, 56))}</text>`,
    `<text x="${M.left}" y="92" font-size="24" fill="#444444">${escapeXml(period)} · ${escapeXml(t("chart-unit", { currency: history.series.currency }))}</text>`,
  ];
  for (let v = lo; v <= hi + step / 2; v += step) {
    parts.push(
      `<line x1="${M.left}" y1="${y(v)}" x2="${M.left + w}" y2="${y(v)}" stroke="#e3e3e3" stroke-width="2"/>`,
      `<text x="${M.left - 14}" y="${y(v) + 8}" font-size="22" text-anchor="end" fill="#333333">${escapeXml(formatRub(v, lang).replace(/^RUB /, ""))}</text>`,
    );
  }
  parts.push(
    `<line x1="${M.left}" y1="${M.top + h}" x2="${M.left + w}" y2="${M.top + h}" stroke="#555555" stroke-width="2"/>`,
    `<line x1="${M.left}" y1="${M.top}" x2="${M.left}" y2="${M.top + h}" stroke="#555555" stroke-width="2"/>`,
  );
  // Slanted period labels, skipping any that would crowd the previous one.
  let lastLabel = Number.NEGATIVE_INFINITY;
  points.forEach((p, i) => {
    if (x(i) - lastLabel < 70) return;
    lastLabel = x(i);
    const lx = x(i).toFixed(1);
    const ly = M.top + h + 28;
    parts.push(
      `<text x="${lx}" y="${ly}" font-size="19" text-anchor="end" fill="#333333" transform="rotate(-30 ${lx} ${ly})">${escapeXml(formatPeriod(p.period, lang, t))}</text>`,
    );
  });
  const at = (p: PricePoint) => points.indexOf(p);
  const plan = chartPlan(history);
  // One line per granularity, each with its markers; estimates as hollow markers, never joined.
  for (const l of plan.lines) {
    const colour = COLOURS[l.granularity];
    if (l.points.length > 1) {
      const line = l.points.map((p) => `${x(at(p)).toFixed(1)},${y(p.value).toFixed(1)}`).join(" ");
      parts.push(
        `<polyline points="${line}" fill="none" stroke="${colour}" stroke-width="5" stroke-linejoin="round"/>`,
      );
    }
    for (const p of l.points)
      parts.push(`<circle cx="${x(at(p))}" cy="${y(p.value)}" r="8" fill="${colour}"/>`);
  }
  for (const p of plan.estimates) {
    parts.push(
      `<circle cx="${x(at(p))}" cy="${y(p.value)}" r="9" fill="#ffffff" stroke="${ESTIMATE}" stroke-width="4"/>`,
    );
  }
  // The legend, right-aligned above the plot: one entry per line, and the estimates.
  const legend = [
    ...plan.lines.map((l) => ({
      text: t(`chart-legend-${l.granularity}`),
      colour: COLOURS[l.granularity],
      hollow: false,
    })),
    ...(plan.estimates.length ? [{ text: t("chart-legend-estimate"), colour: ESTIMATE, hollow: true }] : []),
  ];
  // Widths estimated from the font size (DejaVu Sans at 19 px: about 11 px a character).
  const widths = legend.map((e) => e.text.length * 11 + 44);
  const total = widths.reduce((a, b) => a + b, 0);
  let lx = total <= w ? M.left + w - total : Math.max(20, CHART_WIDTH - 20 - total);
  for (const [i, entry] of legend.entries()) {
    parts.push(
      entry.hollow
        ? `<circle cx="${lx + 10}" cy="124" r="8" fill="#ffffff" stroke="${entry.colour}" stroke-width="4"/>`
        : `<rect x="${lx}" y="119" width="22" height="10" fill="${entry.colour}"/>`,
      `<text x="${lx + 30}" y="131" font-size="19" fill="#333333">${escapeXml(entry.text)}</text>`,
    );
    lx += widths[i] ?? 0;
  }
  if (last) {
    const colour = isEstimateOf(plan, last) ? ESTIMATE : COLOURS[last.period.granularity];
    parts.push(
      `<text x="${Math.min(x(points.length - 1), M.left + w - 10)}" y="${y(last.value) - 20}" font-size="24" font-weight="bold" text-anchor="end" fill="${colour}">${escapeXml(formatRub(last.value, lang))}</text>`,
    );
  }
  parts.push(
    `<text x="30" y="${CHART_HEIGHT - 24}" font-size="19" fill="#666666">${escapeXml(clip(t("chart-source", { source }), 95))}</text>`,
    "</svg>",
  );
  return parts.join("\n");
}

function isEstimateOf(plan: ReturnType<typeof chartPlan>, p: PricePoint): boolean {
  return plan.estimates.includes(p);
}

/** Too few points for a chart (see chartPlan): the values in words instead. */
export function renderTooFewForChart(history: PriceHistory, lang: Lang, t: Translate): string {
  const name = lang === "ru" ? history.series.nameRu : history.series.nameEn;
  const values = [...history.points]
    .sort((a, b) => a.period.start.localeCompare(b.period.start))
    .map((p) => `${formatPeriod(p.period, lang, t)}: <b>${formatRub(p.value, lang)}</b>`)
    .join("; ");
  return t("chart-too-few", { name: escapeXml(name), count: history.points.length, values });
}

/** Renders the history as a PNG. Needs a line of two points (chartPlan(history).chartable). */
export async function renderChart(history: PriceHistory, lang: Lang, t: Translate): Promise<ChartImage> {
  const svg = chartSvg(history, lang, t);
  // The rasteriser is a native library of its own (about 6 MB resident): loaded with the first chart.
  const { Resvg } = await import("@resvg/resvg-js");
  const resvg = new Resvg(svg, {
    font: { fontFiles: CHART_FONTS, loadSystemFonts: false, defaultFontFamily: "DejaVu Sans" },
  });
  const image = resvg.render();
  const name = lang === "ru" ? history.series.nameRu : history.series.nameEn;
  return {
    png: image.asPng(),
    width: image.width,
    height: image.height,
    caption: t("chart-caption", { name: escapeXml(name), count: history.points.length }),
  };
}
