// The questions of the /whatif dialogue and their keyboards. Button data is `wd:<question seq>:…`,
// so only the buttons of the latest question act.
import type { WhatifChoices } from "../../domain/whatif/answer.ts";
import { itemsInYear } from "../../domain/whatif/rules.ts";
import type { Scenario } from "../../domain/whatif/scenario.ts";
import type { Lang, Translate } from "../i18n.ts";
import { escapeHtml, formatShare } from "./format.ts";
import type { Button, Reply } from "./reply.ts";

/** A scenario being filled in. */
export type Draft = Partial<Omit<Scenario, "shares">> & { shares?: Record<string, number> };

export type Step = { kind: "target" } | { kind: "year" } | { kind: "ops" } | { kind: "share"; code: string };

/** The steps for a draft: the share questions depend on the items of the chosen year. */
export function stepsFor(draft: Draft, choices: WhatifChoices): Step[] {
  const shareItems = draft.year
    ? itemsInYear(choices.items, draft.year).filter((i) => i.kind === "per_percent" || i.kind === "within")
    : choices.items.filter((i) => i.kind === "per_percent" || i.kind === "within");
  return [
    { kind: "target" },
    { kind: "year" },
    { kind: "ops" },
    ...shareItems.map((i) => ({ kind: "share" as const, code: i.code })),
  ];
}

export interface QuestionView {
  step: Step;
  number: number;
  total: number;
  draft: Draft;
  choices: WhatifChoices;
  seq: number;
  canGoBack: boolean;
}

/** The first word users of this language type for an item (`welding` / `сварка`). */
export function aliasFor(item: { code: string; aliases: string[] }, lang: Lang): string {
  return item.aliases.find((a) => /[а-яё]/iu.test(a) === (lang === "ru")) ?? item.aliases[0] ?? item.code;
}

const SHARE_PRESETS = [0, 0.5, 1, 2, 3, 5];

export function renderQuestion(q: QuestionView, lang: Lang, t: Translate): Reply {
  const data = (action: string) => `wd:${q.seq}:${action}`;
  const stepLine = t("wi-step", { number: String(q.number), total: String(q.total) });
  const nav: Button[] = [
    ...(q.canGoBack ? [{ text: `◀ ${t("wi-back")}`, data: data("back") }] : []),
    { text: `✖ ${t("wi-cancel")}`, data: data("cancel") },
  ];
  const name = (i: { nameEn: string; nameRu: string }) => (lang === "ru" ? i.nameRu : i.nameEn);

  switch (q.step.kind) {
    case "target": {
      const buttons = q.choices.targets.map((x) => [
        {
          text: `${lang === "ru" ? x.purposeName.ru : x.purposeName.en}, ${t(`category-${x.category}`)}${x.draft ? ` (${t("wi-draft")})` : ""}`,
          data: data(`t:${x.purpose}:${x.category}`),
        },
      ]);
      return { text: `${stepLine}\n${t("wi-q-target")}`, buttons: [...buttons, nav] };
    }
    case "year": {
      const target = q.choices.targets.find(
        (x) => x.purpose === q.draft.purpose && x.category === q.draft.category,
      );
      const years = target?.years ?? [];
      const row = years.map((y) => ({ text: String(y), data: data(`y:${y}`) }));
      return {
        text: `${stepLine}\n${t("wi-q-year", { first: String(years[0] ?? "") })}`,
        buttons: [row, nav],
      };
    }
    case "ops": {
      const items = itemsInYear(q.choices.items, q.draft.year ?? 0).filter((i) => i.kind === "fixed");
      const selected = new Set(q.draft.operations ?? []);
      const buttons = items.map((i) => [
        {
          text: `${selected.has(i.code) ? "✅" : "▫️"} ${name(i)} · ${i.points}`,
          data: data(`o:${i.code}`),
        },
      ]);
      const examples = items
        .slice(0, 2)
        .map((i) => aliasFor(i, lang))
        .join(", ");
      return {
        text: `${stepLine}\n${t("wi-q-ops", { examples: escapeHtml(examples) })}`,
        buttons: [...buttons, [{ text: `✔ ${t("wi-done")}`, data: data("done") }], nav],
      };
    }
    case "share": {
      const code = q.step.code;
      const item = q.choices.items.find((i) => i.code === code);
      const parent = item?.countsWithin
        ? q.choices.items.find((i) => i.code === item.countsWithin)
        : undefined;
      const current = q.draft.shares?.[code];
      const text = [
        stepLine,
        parent
          ? t("wi-q-within", { name: escapeHtml(item ? name(item) : code), parent: escapeHtml(name(parent)) })
          : t("wi-q-share", { name: escapeHtml(item ? name(item) : code) }),
        ...(current !== undefined ? [t("wi-current", { value: formatShare(current, lang) })] : []),
      ].join("\n");
      const presets = SHARE_PRESETS.map((v) => ({ text: formatShare(v, lang), data: data(`s:${v}`) }));
      return { text, buttons: [presets, nav] };
    }
  }
}
