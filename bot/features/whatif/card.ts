// Work the dialogues hand to `conversation.external` (it gets the outside context, with the
// database) and the result card shared by the dialogue, the one-line form and /scenarios.
import { DomainError } from "../../../domain/errors.ts";
import { loadWhatifChoices, runWhatif, type WhatifChoices } from "../../../domain/whatif/answer.ts";
import { createDraft, getScenario, saveScenario } from "../../../domain/whatif/saved.ts";
import type { Scenario } from "../../../domain/whatif/scenario.ts";
import type { BotContext } from "../../context.ts";
import { renderDomainError } from "../../render/errors.ts";
import type { Reply } from "../../render/reply.ts";
import { renderWhatifCard } from "../../render/whatif.ts";

export function userIdOf(ctx: BotContext): number {
  const id = ctx.from?.id;
  if (id === undefined) throw new Error("what-if needs a user");
  return id;
}

export function loadChoices(ctx: BotContext): Promise<WhatifChoices> {
  return loadWhatifChoices(ctx.deps.db);
}

/** Stores the scenario as a draft (its card's buttons point to it), calculates it and renders the card. */
export async function showScenario(ctx: BotContext, scenario: Scenario): Promise<Reply> {
  const answer = await runWhatif(ctx.deps.db, scenario);
  const stored = await createDraft(ctx.deps.db, userIdOf(ctx), scenario);
  return renderWhatifCard(stored, answer, ctx.lang, ctx.tr);
}

/** The card of a stored scenario, recalculated with today's rules. */
export async function showStored(ctx: BotContext, id: number): Promise<Reply> {
  const stored = await getScenario(ctx.deps.db, userIdOf(ctx), id);
  return renderWhatifCard(stored, await runWhatif(ctx.deps.db, stored.scenario), ctx.lang, ctx.tr);
}

export type SaveResult =
  | { kind: "saved"; name: string }
  | { kind: "taken"; name: string; message: string }
  | { kind: "invalid"; message: string };

/** Saves under a name, turning the user's mistakes into messages the dialogue can show. */
export async function trySave(
  ctx: BotContext,
  id: number,
  name: string,
  replace: boolean,
): Promise<SaveResult> {
  try {
    const saved = await saveScenario(ctx.deps.db, userIdOf(ctx), id, name, { replace });
    return { kind: "saved", name: saved.name ?? name };
  } catch (err) {
    if (!(err instanceof DomainError)) throw err;
    const message = renderDomainError(err, ctx.tr, ctx.lang);
    if (err.code === "scenario_name_taken") return { kind: "taken", name: String(err.details.name), message };
    return { kind: "invalid", message };
  }
}
