// Replies for the readings only plain questions have: a name the knowledge base lacks, several
// series at once, a period no series holds, the latest news, statements not kept, and the one
// part of the localization rules a question asked about.
import { gistOf } from "../../domain/briefings/records.ts";
import type { UserName } from "../../domain/errors.ts";
import type { LocalizationAnswer } from "../../domain/localization.ts";
import type { PriceAnswer, PriceHistory, SeriesInfo } from "../../domain/prices.ts";
import type {
  ModelScoreAnswer,
  NewsAnswer,
  NewsItem,
  PriceQuestionAnswer,
  ThresholdStep,
} from "../../domain/questions/answers.ts";
import type { Source } from "../../domain/sources.ts";
import type { Lang, Translate } from "../i18n.ts";
import {
  escapeHtml,
  formatDate,
  formatPeriod,
  formatPoints,
  formatRub,
  pluralCount,
  refs,
} from "./format.ts";
import { localizationData } from "./localization.ts";
import { renderHistory, renderPrice } from "./price.ts";
import type { Button, Reply } from "./reply.ts";
import { renderSources, sourceNames } from "./sources.ts";

const seriesName = (s: SeriesInfo, lang: Lang) => (lang === "ru" ? s.nameRu : s.nameEn);
const shortName = (s: SeriesInfo, lang: Lang) => (lang === "ru" ? s.shortRu : s.shortEn);

function heldList(held: SeriesInfo[], lang: Lang): string {
  return held.map((s) => escapeHtml(seriesName(s, lang))).join("; ");
}

function heldButtons(held: SeriesInfo[], lang: Lang): Button[][] {
  const buttons = held.map((s) => ({ text: shortName(s, lang), data: `p:${s.key}` }));
  const rows: Button[][] = [];
  for (let i = 0; i < buttons.length; i += 2) rows.push(buttons.slice(i, i + 2));
  return rows;
}

function one(a: PriceAnswer | PriceHistory, lang: Lang, t: Translate): Reply {
  return a.kind === "point" ? renderPrice(a, lang, t) : renderHistory(a, lang, t);
}

/** One reply for a price reading; several series are answered one after another. */
export function renderPriceQuestion(answer: PriceQuestionAnswer, lang: Lang, t: Translate): Reply {
  if (answer.kind === "unknown") {
    return {
      text: t("q-unknown-subject", { name: escapeHtml(answer.name), held: heldList(answer.held, lang) }),
      buttons: heldButtons(answer.held, lang),
    };
  }
  if (answer.nothingFor) {
    return {
      text: t("q-nothing-for-period", {
        period: formatPeriod(answer.nothingFor, lang, t, "accusative"),
        held: heldList(answer.held, lang),
      }),
      buttons: heldButtons(answer.held, lang),
    };
  }
  const parts: string[] = [];
  let buttons: Button[][] = [];
  for (const m of answer.missing) {
    parts.push(
      t("q-no-value-for-period", {
        name: escapeHtml(seriesName(m.series, lang)),
        period: formatPeriod(m.period, lang, t, "accusative"),
      }),
    );
    if (m.latest) {
      const latest = renderPrice(m.latest, lang, t);
      parts.push(`${t("q-latest-instead")}\n${latest.text}`);
      buttons = latest.buttons;
    }
  }
  for (const a of answer.answers) {
    const r = one(a, lang, t);
    parts.push(r.text);
    buttons = answer.answers.length > 1 ? heldButtons(answer.held, lang) : r.buttons;
  }
  return { text: parts.join("\n\n"), buttons };
}

function newsLine(item: NewsItem, lang: Lang, t: Translate, order: number[]): string {
  if (item.policy) {
    const p = item.policy;
    return `• <b>${formatDate(p.effectiveOn, lang, p.datePrecision)}</b> — ${escapeHtml(lang === "ru" ? p.titleRu : p.titleEn)}${refs(p.sourceIds, order)}`;
  }
  const a = item.price as PriceAnswer;
  return `• <b>${formatPeriod(a.point.period, lang, t)}</b> — ${escapeHtml(seriesName(a.series, lang))}: ${formatRub(a.point.value, lang)}${refs(a.point.sourceIds, order)}`;
}

export function renderNews(news: NewsAnswer, lang: Lang, t: Translate): Reply {
  const order = news.sources.map((s) => s.id);
  const lines: string[] = [];
  if (news.window) {
    const span = t(`q-news-span-${news.window.span}`);
    const since = formatDate(news.window.since, lang);
    lines.push(
      news.items.length > 0 ? t("q-news-window", { span, since }) : t("q-news-none", { span, since }),
    );
  } else lines.push(t("q-news-latest"));
  for (const item of [...news.items, ...news.latest]) lines.push(newsLine(item, lang, t, order));
  if (news.briefings.length > 0) {
    lines.push("", t("q-news-briefings"));
    for (const b of news.briefings)
      lines.push(
        `• <b>${escapeHtml(sourceNames(b.source, lang).title)}</b> — ${escapeHtml(gistOf(b, lang))}`,
      );
  }
  lines.push("", t("q-news-more"));
  lines.push(...renderSources(news.sources, lang, t));
  return { text: lines.join("\n"), buttons: [] };
}

/** The ranked items, the one item, or the maximum of the scale — not the whole card. */
export function renderLocalizationFocus(
  answer: LocalizationAnswer,
  focus: "ranking" | "item" | "maximum",
  itemCodes: string[],
  lang: Lang,
  t: Translate,
): Reply {
  const pts = (n: number) => formatPoints(n, lang);
  const name = (i: { nameEn: string; nameRu: string }) => escapeHtml(lang === "ru" ? i.nameRu : i.nameEn);
  const year = String(answer.query.year);
  const chosen =
    focus === "maximum"
      ? []
      : focus === "item"
        ? answer.items.filter((i) => itemCodes.includes(i.code))
        : answer.items.filter((i) => i.kind === "fixed").sort((a, b) => b.points - a.points);
  const rd = focus === "ranking" ? answer.items.find((i) => i.kind === "per_percent") : undefined;
  const usedIds = new Set([
    ...chosen.flatMap((i) => i.sourceIds),
    ...(rd?.sourceIds ?? []),
    ...(focus === "maximum" ? answer.maxTotal.flatMap((m) => m.sourceIds) : []),
    ...(focus === "maximum" && answer.spikTarget
      ? [...answer.spikTarget.target.sourceIds, ...(answer.spikTarget.proposed?.sourceIds ?? [])]
      : []),
  ]);
  const sources = answer.sources.filter((s) => usedIds.has(s.id));
  const order = sources.map((s) => s.id);
  const lines: string[] = [];
  if (focus === "maximum") {
    const values = [...new Set(answer.maxTotal.map((m) => m.value))];
    if (values.length === 0) lines.push(t("q-loc-max-unknown"));
    else if (values.length === 1) {
      const ids = answer.maxTotal.flatMap((m) => m.sourceIds);
      lines.push(
        `${t("q-loc-max", { value: pts(values[0] as number), n: pluralCount(values[0] as number) })}${refs(ids, order)}`,
      );
    } else {
      const options = answer.maxTotal
        .map((m) => `${pts(m.value)}${refs(m.sourceIds, order)}`)
        .join(` ${t("loc-or")} `);
      lines.push(t("q-loc-max-disagree", { options }));
    }
    // The СПИК target is a level to reach, not a maximum: shown apart so no one reads it as one.
    const spik = answer.spikTarget;
    if (spik) {
      const text = spik.proposed
        ? t("loc-spik-proposed", { value: pts(spik.target.value), proposed: pts(spik.proposed.value) })
        : t("loc-spik", { value: pts(spik.target.value) });
      lines.push(`${text}${refs([...spik.target.sourceIds, ...(spik.proposed?.sourceIds ?? [])], order)}`);
    }
  } else {
    lines.push(focus === "item" ? t("q-loc-item-heading", { year }) : t("q-loc-ranking-heading", { year }));
    if (chosen.length === 0) lines.push(t("q-loc-item-unknown", { year }));
    chosen.forEach((item, n) => {
      const mark = focus === "ranking" ? `${n + 1}.` : "•";
      const line =
        item.kind === "per_percent"
          ? t("loc-item-per-percent", { name: name(item), points: pts(item.points) })
          : t("loc-item-fixed", { name: name(item), points: pts(item.points) });
      lines.push(`${mark} ${line}${refs(item.sourceIds, order)}`);
    });
    // Mid-sentence, a name starts in lower case ("Кроме того, расходы на НИОКР…").
    const midSentence = (text: string) =>
      /^\p{Lu}\p{Ll}/u.test(text) ? text[0]?.toLowerCase() + text.slice(1) : text;
    if (rd)
      lines.push(
        `${t("q-loc-ranking-rd", { name: midSentence(name(rd)), points: pts(rd.points), n: pluralCount(rd.points) })}${refs(rd.sourceIds, order)}`,
      );
  }
  lines.push(...renderSources(sources, lang, t));
  return {
    text: lines.join("\n"),
    buttons: [
      [{ text: t("q-loc-whole-card", { year }), data: localizationData(answer.query, answer.query.year) }],
    ],
  };
}

/** Each threshold step of a purpose, oldest first, with disagreeing sources and drafts marked. */
export function renderThresholdTimeline(
  timeline: { steps: ThresholdStep[]; sources: Source[]; purposeName: UserName | null },
  today: string,
  lang: Lang,
  t: Translate,
): Reply {
  const order = timeline.sources.map((s) => s.id);
  const pts = (n: number) => formatPoints(n, lang);
  const lines = [t("q-loc-timeline-heading")];
  if (timeline.steps.length === 0) {
    const name = timeline.purposeName;
    lines.push(
      name
        ? t("q-loc-timeline-none-purpose", { purpose: escapeHtml(lang === "ru" ? name.ru : name.en) })
        : t("q-loc-timeline-none"),
    );
  }
  let group = "";
  for (const step of timeline.steps) {
    const head = `${step.category}|${step.purpose}`;
    if (head !== group) {
      group = head;
      const purpose = escapeHtml(lang === "ru" ? step.purposeName.ru : step.purposeName.en);
      lines.push("", `<b>${purpose}, ${t(`category-${step.category}`)}</b>`);
    }
    const date = formatDate(step.effectiveFrom, lang);
    const draft = step.status === "draft" ? t("loc-draft") : "";
    const ahead = step.effectiveFrom > today ? t("q-loc-timeline-ahead") : "";
    if (step.options.length > 1 && new Set(step.options.map((o) => o.threshold)).size > 1) {
      const options = step.options
        .map((o) => `<b>${pts(o.threshold)}</b>${refs(o.sourceIds, order)}`)
        .join(` ${t("loc-or")} `);
      lines.push(`• ${t("q-loc-timeline-disagree", { date, options })}${draft}${ahead}`);
    } else {
      const o = step.options[0];
      if (!o) continue;
      const note = lang === "ru" ? o.noteRu : o.noteEn;
      lines.push(
        `• ${t("q-loc-timeline-step", { date, points: pts(o.threshold), n: pluralCount(o.threshold) })}${draft}${ahead}${note ? ` (${escapeHtml(note)})` : ""}${refs(
          step.options.flatMap((x) => x.sourceIds),
          order,
        )}`,
      );
    }
  }
  lines.push(...renderSources(timeline.sources, lang, t));
  return { text: lines.join("\n"), buttons: [] };
}

/** A model's reported scores, or plainly that none is held for it. */
export function renderModelScores(answer: ModelScoreAnswer, lang: Lang, t: Translate): Reply {
  const order = answer.sources.map((s) => s.id);
  if (answer.scores.length === 0) {
    return { text: t("q-loc-model-unknown", { name: escapeHtml(answer.name) }), buttons: [] };
  }
  const lines = [t("q-loc-model-heading", { name: escapeHtml(answer.name) })];
  for (const s of answer.scores) {
    lines.push(
      `• ${t("q-loc-model-score", { model: escapeHtml(s.model), year: String(s.year), points: formatPoints(s.points, lang), n: pluralCount(s.points) })}${refs(s.sourceIds, order)}`,
    );
  }
  lines.push(...renderSources(answer.sources, lang, t));
  return { text: lines.join("\n"), buttons: [] };
}
