import type { UserName } from "../../domain/errors.ts";
import { type PurposeInfo, purposeName } from "../../domain/localization.ts";
import type { WhatifAnswer, YearComparison } from "../../domain/whatif/answer.ts";
import type { Calculation, Line } from "../../domain/whatif/calculate.ts";
import { itemsInYear } from "../../domain/whatif/rules.ts";
import type { StoredScenario } from "../../domain/whatif/saved.ts";
import type { Scenario } from "../../domain/whatif/scenario.ts";
import type { Lang, Translate } from "../i18n.ts";
import { escapeHtml, formatDate, formatPoints, formatShare, pluralCount, refs } from "./format.ts";
import type { Button, Reply } from "./reply.ts";
import { renderSources } from "./sources.ts";

/** Callback data of a result card's buttons: `wc:<scenario id>:<action>`. */
export const cardData = (id: number, action: string) => `wc:${id}:${action}`;

type Named = { nameEn: string; nameRu: string };
const nameOf = (x: Named, lang: Lang) => escapeHtml(lang === "ru" ? x.nameRu : x.nameEn);

/** A share needed to close a gap, rounded up to a hundredth so the shown figure is always enough. */
export function shareUp(value: number): number {
  return Math.ceil(value * 100 - 1e-6) / 100;
}

/** The purpose by its name in the reader's language, and the vehicle category. */
export function targetLabel(name: UserName, s: Pick<Scenario, "category">, lang: Lang, t: Translate): string {
  return `${escapeHtml(lang === "ru" ? name.ru : name.en)}, ${t(`category-${s.category}`)}`;
}

function lineText(line: Line, c: Calculation, lang: Lang, t: Translate): string {
  const pts = (n: number) => formatPoints(n, lang);
  const name = nameOf(line, lang);
  const b = line.basis;
  let basis = "";
  if (b.kind === "percent" && b.rate > 0) {
    basis = t("wi-basis-percent", { share: formatShare(b.share, lang), rate: pts(b.rate) });
  } else if (b.kind === "within") {
    const parent = c.rules.items.find((i) => i.code === b.parentCode);
    basis = t("wi-basis-within", {
      share: formatShare(b.share, lang),
      rate: pts(b.rate),
      parent: parent ? nameOf(parent, lang) : b.parentCode,
    });
  } else if (b.kind === "percent") {
    basis = formatShare(b.share, lang);
  }
  const limit = line.limit;
  let note = "";
  if (limit?.kind === "not_in_force") note = t("wi-not-in-force", { year: String(c.scenario.year) });
  if (limit?.kind === "requires") {
    const req = c.rules.items.find((i) => i.code === limit.code);
    note = t("wi-requires", { item: req ? nameOf(req, lang) : limit.code });
  }
  if (limit?.kind === "capped") note = t("wi-capped", { max: pts(limit.maxPoints) });
  if (line.overCap?.kind === "share") {
    note = t("wi-over-cap-share", { share: formatShare(shareUp(line.overCap.usefulShare), lang) });
  }
  if (line.overCap?.kind === "whole") note = t("wi-over-cap-whole");
  const head = basis ? `${name}: ${basis}` : name;
  return `• ${head} → <b>${pts(line.points)}</b>${note ? ` (${note})` : ""}`;
}

function outcomeText(c: Calculation, lang: Lang, t: Translate, order: number[]): string[] {
  const pts = (n: number) => formatPoints(n, lang);
  const draft = c.rules.status === "draft" ? t("loc-draft") : "";
  const from = formatDate(c.rules.effectiveFrom, lang);
  const verdict = (o: Calculation["outcomes"][number]) => {
    if (o.passes)
      return t("wi-passes", { margin: pts(c.score - o.threshold), n: pluralCount(c.score - o.threshold) });
    if (!o.reachable && c.rules.maxScore) {
      return `${t("wi-unreachable", { max: pts(c.rules.maxScore.value) })}${refs(c.rules.maxScore.sourceIds, order)}`;
    }
    return t("wi-short", { gap: pts(o.gap), n: pluralCount(o.gap) });
  };
  if (c.outcomes.length === 1 || new Set(c.outcomes.map((o) => o.threshold)).size === 1) {
    const o = c.outcomes[0];
    if (!o) return [];
    const ids = c.outcomes.flatMap((x) => x.sourceIds);
    return [
      `${t("wi-threshold", { points: pts(o.threshold), date: from })}${draft}${refs(ids, order)} — ${verdict(o)}`,
    ];
  }
  return [
    `${t("wi-threshold-disagree", { date: from })}${draft}`,
    ...c.outcomes.map((o) => `• <b>${pts(o.threshold)}</b>${refs(o.sourceIds, order)} — ${verdict(o)}`),
  ];
}

function goalText(c: Calculation, lang: Lang, t: Translate, order: number[]): string[] {
  const goal = c.goal;
  if (!goal) return [];
  const pts = (n: number) => formatPoints(n, lang);
  const lines = [
    "",
    t("wi-goal-heading", { gap: pts(goal.gap), target: pts(goal.target), n: pluralCount(goal.gap) }),
  ];
  for (const s of goal.shares) {
    const vars = {
      name: nameOf(s, lang),
      more: formatShare(shareUp(s.additionalShare), lang).replace(" %", ""),
      total: formatShare(shareUp(s.totalShare), lang),
    };
    lines.push(
      `• ${s.feasible ? t("wi-goal-share", vars) : t("wi-goal-share-impossible", vars)}${refs(s.sourceIds, order)}`,
    );
  }
  for (const single of goal.singles) {
    const item = single.items[0];
    if (!item) continue;
    lines.push(
      `• ${t("wi-goal-item", { name: nameOf(item, lang), points: pts(item.points) })}${refs(item.sourceIds, order)}`,
    );
  }
  if (goal.combination) {
    const names = goal.combination.items.map((i) => nameOf(i, lang)).join(" + ");
    lines.push(
      `• ${t("wi-goal-combination", { names, points: pts(goal.combination.points) })}${refs(
        goal.combination.items.flatMap((i) => i.sourceIds),
        order,
      )}`,
    );
  }
  if (goal.singles.length === 0 && !goal.combination) lines.push(`• ${t("wi-goal-no-items")}`);
  return lines;
}

/** Buttons that edit one input, in the order the dialogue asks them. */
function editButtons(id: number, c: Calculation, lang: Lang, t: Translate): Button[][] {
  const shareItems = itemsInYear(c.rules.items, c.scenario.year).filter((i) => i.kind !== "fixed");
  return [
    [
      { text: `✏️ ${t("wi-edit-target")}`, data: cardData(id, "e:t") },
      { text: `✏️ ${t("wi-edit-year")}`, data: cardData(id, "e:y") },
      { text: `✏️ ${t("wi-edit-ops")}`, data: cardData(id, "e:o") },
    ],
    shareItems.map((i) => ({
      text: `✏️ ${t(i.kind === "within" ? "wi-edit-within" : "wi-edit-percent", { name: lang === "ru" ? i.nameRu : i.nameEn })}`,
      data: cardData(id, `e:s:${i.code}`),
    })),
  ];
}

export function renderWhatifCard(
  stored: { id: number; name: string | null },
  answer: WhatifAnswer,
  lang: Lang,
  t: Translate,
): Reply {
  const c = answer.calculation;
  const order = answer.sources.map((s) => s.id);
  const pts = (n: number) => formatPoints(n, lang);
  const text = [
    stored.name ? t("wi-card-heading-named", { name: escapeHtml(stored.name) }) : t("wi-card-heading"),
    `${targetLabel(c.rules.purposeName, c.scenario, lang, t)} · ${c.scenario.year}`,
    "",
    ...(c.lines.length === 0
      ? [t("wi-no-inputs")]
      : c.lines.map((l) => `${lineText(l, c, lang, t)}${refs(l.sourceIds, order)}`)),
    c.cap
      ? `${t("wi-total-capped", { points: pts(c.score), raw: pts(c.cap.raw), max: pts(c.cap.max) })}${refs(c.cap.sourceIds, order)}`
      : t("wi-total", { points: pts(c.score), n: pluralCount(c.score) }),
    "",
    ...outcomeText(c, lang, t, order),
    ...goalText(c, lang, t, order),
    ...renderSources(answer.sources, lang, t),
  ].join("\n");
  const actions: Button[] = [{ text: `📅 ${t("wi-compare-years")}`, data: cardData(stored.id, "years") }];
  if (stored.name) {
    actions.push(
      { text: `🏷 ${t("wi-rename")}`, data: cardData(stored.id, "rename") },
      { text: `🗑 ${t("wi-delete")}`, data: cardData(stored.id, "delete") },
    );
  } else {
    actions.push({ text: `💾 ${t("wi-save")}`, data: cardData(stored.id, "save") });
  }
  return { text, buttons: [...editButtons(stored.id, c, lang, t).filter((r) => r.length > 0), actions] };
}

/** A one-line summary of the inputs: operations and shares. */
export function inputsSummary(c: Calculation, lang: Lang, t: Translate): string {
  const parts = c.lines.map((l) =>
    l.basis.kind === "fixed" ? nameOf(l, lang) : `${nameOf(l, lang)} ${formatShare(l.basis.share, lang)}`,
  );
  return parts.length ? parts.join(", ") : t("wi-no-inputs");
}

export function renderYearComparison(cmp: YearComparison, lang: Lang, t: Translate): Reply {
  const order = cmp.sources.map((s) => s.id);
  const pts = (n: number) => formatPoints(n, lang);
  const first = cmp.years.find((y) => y.scenario.year === cmp.scenario.year) ?? cmp.years[0];
  const lines = [
    t("wi-years-heading", { target: targetLabel(cmp.purposeName, cmp.scenario, lang, t) }),
    first ? inputsSummary(first, lang, t) : "",
    "",
  ];
  for (const c of cmp.years) {
    const thresholds = [...new Set(c.outcomes.map((o) => o.threshold))].map(pts).join(` ${t("loc-or")} `);
    const failing = c.outcomes.filter((o) => !o.passes && o.reachable).map((o) => o.gap);
    const max = c.rules.maxScore;
    const unreachable = max !== null && c.outcomes.some((o) => !o.reachable);
    const verdict =
      failing.length > 0
        ? `❌ ${t("wi-year-short", {
            gap: [...new Set(failing)].map(pts).join("–"),
          })}`
        : unreachable && max
          ? `${t("wi-unreachable", { max: pts(max.value) })}${refs(max.sourceIds, order)}`
          : `✅ ${t("wi-year-pass")}`;
    const score = `${pts(c.score)}${c.cap ? refs(c.cap.sourceIds, order) : ""}`;
    const draft = c.rules.status === "draft" ? t("loc-draft") : "";
    const mark = c.scenario.year === cmp.scenario.year ? " ◀" : "";
    lines.push(
      `<b>${c.scenario.year}</b>: ${t("wi-year-line", { score, threshold: thresholds })}${draft}${refs(
        c.outcomes.flatMap((o) => o.sourceIds),
        order,
      )} — ${verdict}${mark}`,
    );
  }
  lines.push(...renderSources(cmp.sources, lang, t));
  return { text: lines.join("\n"), buttons: [] };
}

export function renderScenarioList(
  list: StoredScenario[],
  purposes: PurposeInfo[],
  lang: Lang,
  t: Translate,
): Reply {
  if (list.length === 0) return { text: t("sc-empty"), buttons: [] };
  const lines = [t("sc-heading"), ""];
  for (const s of list) {
    const name = escapeHtml(s.name ?? "");
    const target = targetLabel(purposeName(purposes, s.scenario.purpose), s.scenario, lang, t);
    lines.push(`• <b>${name}</b> — ${target}, ${s.scenario.year}`);
  }
  lines.push("", t("sc-hint"));
  return {
    text: lines.join("\n"),
    buttons: list.map((s) => [{ text: `📂 ${s.name ?? ""}`, data: cardData(s.id, "open") }]),
  };
}
