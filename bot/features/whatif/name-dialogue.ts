// Asks for a scenario's name (to save or rename it). Replayed by the conversations plugin, so
// the database is only touched in `conversation.external`.
import type { Conversation } from "@grammyjs/conversations";
import { InlineKeyboard } from "grammy";
import type { BotContext, DialogueContext } from "../../context.ts";
import { escapeHtml } from "../../render/format.ts";
import { type SaveResult, trySave } from "./card.ts";

export const NAME_DIALOGUE = "scenario-name";

export interface NameStart {
  id: number;
  mode: "save" | "rename";
}

export async function nameDialogue(
  conversation: Conversation<BotContext, DialogueContext>,
  ctx: DialogueContext,
  start: NameStart,
): Promise<void> {
  const cancel = new InlineKeyboard().text(`✖ ${ctx.tr("wi-cancel")}`, "wn:cancel");
  await ctx.reply(ctx.tr(start.mode === "save" ? "sc-ask-name" : "sc-ask-new-name"), {
    parse_mode: "HTML",
    reply_markup: cancel,
  });
  let taken: string | null = null;
  for (;;) {
    const next = await conversation.wait();
    const data = next.callbackQuery?.data;
    let name: string | null = null;
    let replace = false;
    if (data !== undefined) {
      if (!data.startsWith("wn:")) await conversation.skip({ next: true });
      await next.answerCallbackQuery();
      if (data === "wn:cancel") {
        await next.reply(next.tr("sc-name-cancelled"), { parse_mode: "HTML" });
        return;
      }
      if (data !== "wn:replace" || taken === null) continue;
      name = taken;
      replace = true;
    } else {
      const text = next.message?.text;
      if (text === undefined) {
        if (!next.message) await conversation.skip({ next: true });
        await next.reply(next.tr("sc-expect-name"), { parse_mode: "HTML", reply_markup: cancel });
        continue;
      }
      if (text.startsWith("/")) await conversation.skip({ next: true });
      name = text;
    }
    const saveAs: string = name;
    const result: SaveResult = await conversation.external((outer) =>
      trySave(outer, start.id, saveAs, replace),
    );
    if (result.kind === "saved") {
      await next.reply(next.tr("sc-saved", { name: escapeHtml(result.name) }), { parse_mode: "HTML" });
      return;
    }
    if (result.kind === "taken") {
      taken = result.name;
      const keyboard = new InlineKeyboard()
        .text(`♻️ ${next.tr("sc-replace")}`, "wn:replace")
        .text(`✖ ${next.tr("wi-cancel")}`, "wn:cancel");
      await next.reply(result.message, { parse_mode: "HTML", reply_markup: keyboard });
      continue;
    }
    await next.reply(result.message, { parse_mode: "HTML", reply_markup: cancel });
  }
}
