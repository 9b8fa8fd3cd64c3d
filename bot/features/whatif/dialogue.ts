// The /whatif dialogue (@grammyjs/conversations v2): purpose, year, operations (multi-select),
// then one share question per spending item of that year (R&D, licences), then the result card.
// The plugin replays this function on every update from state kept in the database, so all
// database work runs in `conversation.external` and the rest must stay deterministic.
import type { Conversation } from "@grammyjs/conversations";
import { CATEGORY_ALIASES, parseShare, purposeEntries } from "../../../domain/localization.ts";
import { normalize } from "../../../domain/text.ts";
import type { WhatifChoices } from "../../../domain/whatif/answer.ts";
import { itemsInYear, type RuleItem } from "../../../domain/whatif/rules.ts";
import { MAX_YEAR, type Scenario, totalShare } from "../../../domain/whatif/scenario.ts";
import type { BotContext, DialogueContext } from "../../context.ts";
import {
  aliasFor,
  type Draft,
  type QuestionView,
  renderQuestion,
  type Step,
  stepsFor,
} from "../../render/whatif-questions.ts";
import { reply } from "../../respond.ts";
import { loadChoices, showScenario } from "./card.ts";

export const WHATIF_DIALOGUE = "whatif";

/** How the dialogue starts: from scratch, or editing one input of an existing scenario. */
export interface DialogueStart {
  scenario?: Scenario;
  /** Ask only this step, then show the card. */
  only?: Step;
}

type Outcome = { kind: "value"; draft: Draft } | { kind: "back" } | { kind: "cancel" };

const NONE = new Set(["none", "no", "-", "0", "нет", "ничего"]);

function matchTarget(text: string, choices: WhatifChoices): Draft | null {
  const t = normalize(text);
  // The purpose whose longest alias the text holds ("recycling fee compensation", not "recycling").
  let purpose: { value: string; length: number } | null = null;
  for (const p of purposeEntries(choices.purposes)) {
    for (const a of p.aliases.map(normalize)) {
      if (a && t.includes(a) && a.length > (purpose?.length ?? 0))
        purpose = { value: p.value, length: a.length };
    }
  }
  if (!purpose) return null;
  const category = CATEGORY_ALIASES.find(
    (c) => c.value === t || c.aliases.some((a) => t.includes(normalize(a))),
  );
  const target =
    choices.targets.find(
      (x) => x.purpose === purpose.value && (!category || x.category === category.value),
    ) ?? null;
  return target ? { purpose: target.purpose, category: target.category } : null;
}

function matchOps(text: string, items: RuleItem[]): { codes: string[] } | { unknown: string } {
  const t = normalize(text);
  if (NONE.has(t)) return { codes: [] };
  const codes: string[] = [];
  for (const word of t.split(/\s*[,;+]\s*|\s+(?:and|и)\s+/u).filter(Boolean)) {
    const item = items.find(
      (i) => i.code === word || normalize(i.nameEn) === word || i.aliases.some((a) => normalize(a) === word),
    );
    if (!item) return { unknown: word };
    if (!codes.includes(item.code)) codes.push(item.code);
  }
  return { codes };
}

/** Validates a typed answer for the step; returns the new draft or an error message. */
function parseTyped(
  text: string,
  step: Step,
  draft: Draft,
  choices: WhatifChoices,
  ctx: DialogueContext,
): { draft: Draft } | { error: string } {
  const t = ctx.tr;
  switch (step.kind) {
    case "target": {
      const target = matchTarget(text, choices);
      return target ? { draft: { ...draft, ...target } } : { error: t("wi-bad-target") };
    }
    case "year": {
      const years = choices.targets.find(
        (x) => x.purpose === draft.purpose && x.category === draft.category,
      )?.years;
      const first = years?.[0] ?? 0;
      const year = /^\s*\d{4}\s*$/.test(text) ? Number(text) : Number.NaN;
      if (!(year >= first && year <= MAX_YEAR)) {
        return { error: t("wi-bad-year", { input: text.trim().slice(0, 20), first: String(first) }) };
      }
      return { draft: { ...draft, year } };
    }
    case "ops": {
      const items = itemsInYear(choices.items, draft.year ?? 0).filter((i) => i.kind === "fixed");
      const found = matchOps(text, items);
      if ("unknown" in found) {
        const accepted = items.map((i) => aliasFor(i, ctx.lang)).join(", ");
        return { error: t("wi-bad-op", { input: found.unknown.slice(0, 40), accepted }) };
      }
      return { draft: { ...draft, operations: found.codes } };
    }
    case "share": {
      const share = parseShare(text);
      if (share === null) return { error: t("wi-bad-share", { input: text.trim().slice(0, 20) }) };
      const shares = { ...draft.shares, [step.code]: share };
      if (totalShare({ shares }) > 100) return { error: t("wi-bad-total") };
      return { draft: { ...draft, shares } };
    }
  }
}

/** Asks one question and waits until it is answered, answering bad input with a message and the question again. */
async function ask(
  conversation: Conversation<BotContext, DialogueContext>,
  ctx: DialogueContext,
  question: QuestionView,
): Promise<Outcome> {
  const { step, choices, seq } = question;
  let draft = question.draft;
  const render = () => renderQuestion({ ...question, draft }, ctx.lang, ctx.tr);
  await reply(ctx, render());
  const prefix = `wd:${seq}:`;
  for (;;) {
    const next = await conversation.wait();
    const data = next.callbackQuery?.data;
    if (data !== undefined) {
      // Buttons of other messages (price cards, older questions) are not answers to this one.
      if (!data.startsWith("wd:")) await conversation.skip({ next: true });
      if (!data.startsWith(prefix)) {
        await next.answerCallbackQuery({ text: next.tr("wi-old-question") });
        continue;
      }
      await next.answerCallbackQuery();
      const [action, ...rest] = data.slice(prefix.length).split(":");
      if (action === "cancel") return { kind: "cancel" };
      if (action === "back") return { kind: "back" };
      if (action === "t") {
        const target = choices.targets.find((x) => x.purpose === rest[0] && x.category === rest[1]);
        if (target)
          return { kind: "value", draft: { ...draft, purpose: target.purpose, category: target.category } };
      }
      // Button data is checked like typed text: an old client or a forged press must not slip through.
      if (action === "y" && step.kind === "year") {
        const parsed = parseTyped(rest[0] ?? "", step, draft, choices, next);
        if ("draft" in parsed) return { kind: "value", draft: parsed.draft };
      }
      const opCodes = itemsInYear(choices.items, draft.year ?? 0)
        .filter((i) => i.kind === "fixed")
        .map((i) => i.code);
      if (action === "o" && rest[0] && opCodes.includes(rest[0])) {
        const ops = new Set(draft.operations ?? []);
        if (ops.has(rest[0])) ops.delete(rest[0]);
        else ops.add(rest[0]);
        draft = { ...draft, operations: [...ops] };
        const markup = render().buttons.map((row) =>
          row.map((b) => ({ text: b.text, callback_data: b.data })),
        );
        await next.editMessageReplyMarkup({ reply_markup: { inline_keyboard: markup } }).catch(() => {});
        continue;
      }
      if (action === "done")
        return { kind: "value", draft: { ...draft, operations: draft.operations ?? [] } };
      if (action === "s" && step.kind === "share") {
        const parsed = parseTyped(rest[0] ?? "", step, draft, choices, next);
        if ("draft" in parsed) return { kind: "value", draft: parsed.draft };
        await next.reply(parsed.error, { parse_mode: "HTML" });
        await reply(next, render());
      }
      continue;
    }
    const text = next.message?.text;
    if (text === undefined) {
      // Stickers, photos, edits: say what is expected and ask again.
      if (next.message) {
        await next.reply(next.tr("wi-expect-answer"), { parse_mode: "HTML" });
        await reply(next, render());
        continue;
      }
      await conversation.skip({ next: true });
    }
    // Other commands are answered as usual; the dialogue keeps waiting for its answer.
    if (text?.startsWith("/")) await conversation.skip({ next: true });
    const parsed = parseTyped(text ?? "", step, draft, choices, next);
    if ("draft" in parsed) return { kind: "value", draft: parsed.draft };
    await next.reply(parsed.error, { parse_mode: "HTML" });
    await reply(next, render());
  }
}

export async function whatifDialogue(
  conversation: Conversation<BotContext, DialogueContext>,
  ctx: DialogueContext,
  start: DialogueStart = {},
): Promise<void> {
  const choices = await conversation.external((outer) => loadChoices(outer));
  let draft: Draft = start.scenario ? { ...start.scenario } : { shares: {} };
  let steps = stepsFor(draft, choices);
  let index = start.only
    ? Math.max(
        0,
        steps.findIndex((s) => sameStep(s, start.only)),
      )
    : 0;
  let seq = 0;
  for (;;) {
    steps = stepsFor(draft, choices);
    const step = steps[index];
    if (!step) break;
    const outcome = await ask(conversation, ctx, {
      step,
      number: index + 1,
      total: steps.length,
      draft,
      choices,
      seq: ++seq,
      canGoBack: !start.only && index > 0,
    });
    if (outcome.kind === "cancel") {
      await ctx.reply(ctx.tr("wi-cancelled"), { parse_mode: "HTML" });
      return;
    }
    if (outcome.kind === "back") {
      index = Math.max(0, index - 1);
      continue;
    }
    // Inputs a newly chosen year does not know are kept; the card marks them as not counted.
    draft = outcome.draft;
    if (start.only) break;
    index++;
  }
  const scenario = completeScenario(draft);
  if (!scenario) return;
  const answer = await conversation.external((outer) => showScenario(outer, scenario));
  await reply(ctx, answer);
}

function sameStep(a: Step, b: Step | undefined): boolean {
  return !!b && a.kind === b.kind && (a.kind !== "share" || (b.kind === "share" && a.code === b.code));
}

function completeScenario(d: Draft): Scenario | null {
  if (!d.purpose || !d.category || !d.year) return null;
  return {
    purpose: d.purpose,
    category: d.category,
    year: d.year,
    operations: d.operations ?? [],
    shares: d.shares ?? {},
  };
}
