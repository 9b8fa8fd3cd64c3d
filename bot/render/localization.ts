import type { LocalizationAnswer, LocalizationQuery } from "../../domain/localization.ts";
import type { Lang, Translate } from "../i18n.ts";
import { escapeHtml, formatDate, formatPoints, formatShare, pluralCount, refs } from "./format.ts";
import type { Reply } from "./reply.ts";
import { renderSources } from "./sources.ts";

/** Callback data for another year of the same question. */
export function localizationData(query: LocalizationQuery, year: number): string {
  return ["lc", year, query.purpose ?? "", query.category ?? "", query.rdShare ?? ""].join(":");
}

/** Why no threshold is shown: for what was asked (the purpose by name), and when one is known from. */
function noThresholdLine(answer: LocalizationAnswer, lang: Lang, t: Translate): string {
  const year = String(answer.query.year);
  const first = answer.firstKnownYear;
  const later = first !== null && first > answer.query.year ? String(first) : null;
  if (answer.purposeAsked) {
    const purpose = escapeHtml(lang === "ru" ? answer.purposeAsked.ru : answer.purposeAsked.en);
    return later
      ? t("loc-no-thresholds-purpose-first", { purpose, year, first: later })
      : t("loc-no-thresholds-purpose", { purpose, year });
  }
  return later ? t("loc-no-thresholds", { year, first: later }) : t("loc-no-thresholds-year", { year });
}

export function renderLocalization(answer: LocalizationAnswer, lang: Lang, t: Translate): Reply {
  const order = answer.sources.map((s) => s.id);
  const pts = (n: number) => formatPoints(n, lang);
  const { query } = answer;
  const lines = [t("loc-heading", { year: String(query.year) })];

  if (answer.rd) {
    lines.push(
      `${t("loc-rd", { share: formatShare(answer.rd.share, lang), points: pts(answer.rd.points), rate: pts(answer.rd.perPercent), n: pluralCount(answer.rd.points) })}${refs(answer.rd.sourceIds, order)}`,
    );
  }

  lines.push("", t("loc-thresholds"));
  if (answer.thresholds.length === 0) {
    lines.push(noThresholdLine(answer, lang, t));
  }
  for (const th of answer.thresholds) {
    const purpose = escapeHtml(lang === "ru" ? th.purposeName.ru : th.purposeName.en);
    const category = t(`category-${th.category}`);
    const date = formatDate(th.effectiveFrom, lang);
    const draft = th.status === "draft" ? t("loc-draft") : "";
    if (th.disagreement) {
      const options = th.options
        .map((o) => {
          const note = lang === "ru" ? o.noteRu : o.noteEn;
          return `<b>${pts(o.threshold)}</b>${note ? ` (${escapeHtml(note)})` : ""}${refs(o.sourceIds, order)}`;
        })
        .join(` ${t("loc-or")} `);
      lines.push(`• ${t("loc-threshold-disagree", { purpose, category, date, options })}${draft}`);
    } else {
      const o = th.options[0];
      if (!o) continue;
      const note = lang === "ru" ? o.noteRu : o.noteEn;
      const extra = `${draft}${note ? ` (${escapeHtml(note)})` : ""}`;
      const sourceIds = th.options.flatMap((x) => x.sourceIds);
      lines.push(
        `• ${t("loc-threshold", { purpose, category, points: pts(o.threshold), n: pluralCount(o.threshold), date, extra })}${refs(sourceIds, order)}`,
      );
    }
  }

  lines.push("", t("loc-items"));
  for (const item of answer.items) {
    const name = escapeHtml(lang === "ru" ? item.nameRu : item.nameEn);
    const note = lang === "ru" ? item.noteRu : item.noteEn;
    let line: string;
    if (item.kind === "within" && item.countsWithin) {
      const parent = escapeHtml(lang === "ru" ? item.countsWithin.nameRu : item.countsWithin.nameEn);
      const date = item.validFrom ? formatDate(item.validFrom, lang, "year", "genitive") : "—";
      line = t("loc-item-within", { name, parent, points: pts(item.countsWithin.points), date });
    } else if (item.kind === "per_percent") {
      line = t("loc-item-per-percent", { name, points: pts(item.points) });
    } else {
      line = t("loc-item-fixed", { name, points: pts(item.points) });
    }
    lines.push(`• ${line}${note ? ` (${escapeHtml(note)})` : ""}${refs(item.sourceIds, order)}`);
  }

  const distinctMax = new Set(answer.maxTotal.map((m) => m.value));
  if (distinctMax.size > 1) {
    const options = answer.maxTotal
      .map((m) => `${pts(m.value)}${refs(m.sourceIds, order)}`)
      .join(` ${t("loc-or")} `);
    lines.push("", t("loc-max-disagree", { options }));
  } else if (answer.maxTotal[0]) {
    const m = answer.maxTotal[0];
    lines.push(
      "",
      `${t("loc-max", { value: pts(m.value) })}${refs(
        answer.maxTotal.flatMap((x) => x.sourceIds),
        order,
      )}`,
    );
  }
  if (answer.spikTarget && !answer.spikInThresholds) {
    const { target, proposed } = answer.spikTarget;
    const text = proposed
      ? t("loc-spik-proposed", { value: pts(target.value), proposed: pts(proposed.value) })
      : t("loc-spik", { value: pts(target.value) });
    lines.push(`${text}${refs([...target.sourceIds, ...(proposed?.sourceIds ?? [])], order)}`);
  }
  if (answer.modelScores.length > 0) {
    const list = answer.modelScores.map((s) => `${escapeHtml(s.model)} ${pts(s.points)}`).join(", ");
    lines.push(
      `${t("loc-scores", { year: String(query.year), list })}${refs(
        answer.modelScores.flatMap((s) => s.sourceIds),
        order,
      )}`,
    );
  }
  lines.push(...renderSources(answer.sources, lang, t));

  return {
    text: lines.join("\n"),
    buttons: [
      [
        {
          text: `◀ ${t("button-year", { year: String(query.year - 1) })}`,
          data: localizationData(query, query.year - 1),
        },
        {
          text: `${t("button-year", { year: String(query.year + 1) })} ▶`,
          data: localizationData(query, query.year + 1),
        },
      ],
    ],
  };
}
