// The what-if calculator: /whatif (dialogue or one line), the result card's buttons, /scenarios.
import { conversations, createConversation } from "@grammyjs/conversations";
import type { I18n } from "@grammyjs/i18n";
import { Composer, type Transformer } from "grammy";
import { loadPurposes } from "../../../domain/localization.ts";
import { compareWhatifYears, loadWhatifChoices } from "../../../domain/whatif/answer.ts";
import { parseWhatifLine } from "../../../domain/whatif/one-line.ts";
import { getScenario, listScenarios, removeScenario } from "../../../domain/whatif/saved.ts";
import type { BotContext, BotDeps, DialogueContext } from "../../context.ts";
import { allowExpensive } from "../../expensive.ts";
import { languageOf } from "../../i18n.ts";
import { escapeHtml } from "../../render/format.ts";
import { cardData, renderScenarioList, renderYearComparison } from "../../render/whatif.ts";
import type { Step } from "../../render/whatif-questions.ts";
import { replaceWith, reply } from "../../respond.ts";
import { type DatabaseStorage, databaseStorage } from "../../storage.ts";
import { staleButton } from "../stale-button.ts";
import { showScenario, showStored, userIdOf } from "./card.ts";
import { type DialogueStart, WHATIF_DIALOGUE, whatifDialogue } from "./dialogue.ts";
import { NAME_DIALOGUE, type NameStart, nameDialogue } from "./name-dialogue.ts";

/** Bump when a dialogue's questions change shape, so half-finished old dialogues are dropped, not misread. */
const DIALOGUE_VERSION = 1;

export interface WhatifOptions {
  deps: BotDeps;
  i18n: I18n<DialogueContext>;
  /** Transformers for the Bot API inside dialogues; the bot's own do not reach there. */
  transformers: Transformer[];
  /** Where dialogue state is kept (keys `conversation:<chat>:<user>`); createBot prefetches from it. */
  storage?: DatabaseStorage<unknown>;
}

export function whatifFeature(options: WhatifOptions): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.use(
    conversations<BotContext, DialogueContext>({
      storage: {
        type: "key",
        version: DIALOGUE_VERSION,
        prefix: "conversation:",
        // Per user within a chat, so people in a group each have their own dialogue.
        getStorageKey: (ctx) =>
          ctx.chatId !== undefined && ctx.from ? `${ctx.chatId}:${ctx.from.id}` : undefined,
        adapter: (options.storage ??
          databaseStorage(options.deps.db, "", {
            exclusive: options.deps.exclusiveDatabase,
          })) as DatabaseStorage<never>,
      },
      // Conversations build their own context objects: give them what our middleware gives others.
      plugins: [
        async (ctx, next) => {
          ctx.deps = options.deps;
          ctx.lang = await languageOf(options.deps, ctx.from);
          for (const t of options.transformers) ctx.api.config.use(t);
          return next();
        },
        options.i18n,
        (ctx, next) => {
          ctx.tr = (key, vars) => ctx.t(key, vars);
          return next();
        },
      ],
    }),
  );

  // Escapes come before the dialogues, which would otherwise take every update.
  feature.command("cancel", async (ctx) => {
    const active = Object.keys(await ctx.conversation.active()).length > 0;
    await ctx.conversation.exitAll();
    await ctx.reply(ctx.tr(active ? "wi-cancelled" : "wi-nothing-to-cancel"), { parse_mode: "HTML" });
  });
  feature.command("whatif", async (ctx, next) => {
    await ctx.conversation.exitAll();
    return next();
  });

  // A dialogue left for a day is dropped at the next message, so old state does not swallow it.
  const maxMillisecondsToWait = 24 * 60 * 60 * 1000;
  feature.use(
    createConversation<BotContext, DialogueContext>(whatifDialogue, {
      id: WHATIF_DIALOGUE,
      maxMillisecondsToWait,
    }),
  );
  feature.use(
    createConversation<BotContext, DialogueContext>(nameDialogue, {
      id: NAME_DIALOGUE,
      maxMillisecondsToWait,
    }),
  );

  feature.command("whatif", async (ctx) => {
    userIdOf(ctx);
    if (!(await allowExpensive(ctx))) return;
    if (!ctx.match.trim()) {
      await ctx.conversation.enter(WHATIF_DIALOGUE, {} satisfies DialogueStart);
      return;
    }
    const choices = await loadWhatifChoices(ctx.deps.db);
    const scenario = parseWhatifLine(ctx.match, choices.items, ctx.deps.now(), choices.purposes);
    await reply(ctx, await showScenario(ctx, scenario));
  });

  feature.command("scenarios", async (ctx) => {
    await reply(
      ctx,
      renderScenarioList(
        await listScenarios(ctx.deps.db, userIdOf(ctx)),
        await loadPurposes(ctx.deps.db),
        ctx.lang,
        ctx.tr,
      ),
    );
  });

  feature.callbackQuery(/^wc:(\d+):(.+)$/, async (ctx) => {
    const id = Number(ctx.match[1]);
    const action = ctx.match[2] ?? "";
    const db = ctx.deps.db;
    const edit = parseEdit(action);
    if (edit) {
      const stored = await getScenario(db, userIdOf(ctx), id);
      await ctx.answerCallbackQuery();
      await ctx.conversation.exitAll();
      await ctx.conversation.enter(WHATIF_DIALOGUE, {
        scenario: stored.scenario,
        only: edit,
      } satisfies DialogueStart);
      return;
    }
    switch (action) {
      case "open":
        await ctx.answerCallbackQuery();
        return reply(ctx, await showStored(ctx, id));
      case "years": {
        const stored = await getScenario(db, userIdOf(ctx), id);
        await ctx.answerCallbackQuery();
        return reply(
          ctx,
          renderYearComparison(await compareWhatifYears(db, stored.scenario), ctx.lang, ctx.tr),
        );
      }
      case "save":
      case "rename":
        await getScenario(db, userIdOf(ctx), id);
        await ctx.answerCallbackQuery();
        await ctx.conversation.exitAll();
        await ctx.conversation.enter(NAME_DIALOGUE, { id, mode: action } satisfies NameStart);
        return;
      case "delete": {
        const stored = await getScenario(db, userIdOf(ctx), id);
        await ctx.answerCallbackQuery();
        return reply(ctx, {
          text: ctx.tr("sc-confirm-delete", { name: escapeHtml(stored.name ?? "") }),
          buttons: [
            [
              { text: `🗑 ${ctx.tr("sc-delete-yes")}`, data: cardData(id, "delete!") },
              { text: ctx.tr("sc-delete-no"), data: cardData(id, "keep") },
            ],
          ],
        });
      }
      case "delete!": {
        const stored = await getScenario(db, userIdOf(ctx), id);
        await removeScenario(db, userIdOf(ctx), id);
        await ctx.answerCallbackQuery();
        return replaceWith(ctx, {
          text: ctx.tr("sc-deleted", { name: escapeHtml(stored.name ?? "") }),
          buttons: [],
        });
      }
      case "keep":
        await ctx.answerCallbackQuery();
        return replaceWith(ctx, { text: ctx.tr("sc-kept"), buttons: [] });
      default:
        return staleButton(ctx);
    }
  });
  return feature;
}

/** `e:t`, `e:y`, `e:o`, `e:s:<item code>`: the input a card button edits. */
function parseEdit(action: string): Step | null {
  const [tag, kind, code] = action.split(":");
  if (tag !== "e") return null;
  if (kind === "t") return { kind: "target" };
  if (kind === "y") return { kind: "year" };
  if (kind === "o") return { kind: "ops" };
  if (kind === "s" && code) return { kind: "share", code };
  return null;
}
