// Middleware order, outermost first:
//   deps and language on ctx -> Cyrillic commands read as commands -> i18n (ctx.t)
//   -> error boundary (logs with the update id, apologises) -> domain-error replies
//   -> what-if: conversations (state in the database) -> /cancel and /whatif escapes -> the
//      dialogues -> /whatif, card buttons, /scenarios
//   -> features: start/help, price, policy, localization -> fallback (unknown commands, text, stale buttons)
import { autoRetry } from "@grammyjs/auto-retry";
import { sequentialize } from "@grammyjs/runner";
import { Bot, type Transformer } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import { isDatabaseUnavailable } from "../db/errors.ts";
import { DomainError } from "../domain/errors.ts";
import { LanguagePreferences } from "../domain/preferences.ts";
import { recordUpdate } from "../metrics.ts";
import { apiMetrics } from "./api-metrics.ts";
import type { BotContext, BotDeps, DialogueContext, Logger } from "./context.ts";
import { cyrillicCommands } from "./cyrillic-commands.ts";
import { alertsFeature } from "./features/alerts.ts";
import { briefingsFeature } from "./features/briefings.ts";
import { digestFeature } from "./features/digest.ts";
import { fallbackFeature } from "./features/fallback.ts";
import { feedsFeature } from "./features/feeds.ts";
import { ingestFeature } from "./features/ingest.ts";
import { inlineFeature } from "./features/inline.ts";
import { languageFeature } from "./features/language.ts";
import { localizationFeature } from "./features/localization.ts";
import { policyFeature } from "./features/policy.ts";
import { priceFeature } from "./features/price.ts";
import { questionsFeature } from "./features/questions.ts";
import { startFeature } from "./features/start.ts";
import { whatifFeature } from "./features/whatif/index.ts";
import { createI18n, languageOf } from "./i18n.ts";
import { renderDomainError } from "./render/errors.ts";
import { databaseStorage } from "./storage.ts";
import { claimsFor, type UpdateClaims } from "./update-claims.ts";

export interface CreateBotOptions {
  deps: BotDeps;
  logger: Logger;
  /** A local Bot API server; Telegram's by default. */
  apiRoot?: string;
  /** Replaces HTTP to the Bot API: the terminal chat and the tests answer it in-process. */
  fetch?: typeof fetch;
  /** Skips getMe when known (tests, terminal chat). */
  botInfo?: UserFromGetMe;
  /**
   * Handle each update_id once across all instances on the database (webhook re-deliveries, a
   * load balancer). Off for the terminal chat, whose update ids restart at 1 each run.
   */
  dedupeUpdates?: boolean;
  /** How update ids are claimed when deduplicating; by default from deps.exclusiveDatabase. */
  claims?: UpdateClaims;
  /** Handle one chat's updates in order (needed under @grammyjs/runner, which runs updates concurrently). */
  sequentialize?: boolean;
}

/** Logs Bot API calls that fail, so an unreachable Telegram shows in the logs, not only in retries. */
function logFailures(logger: Logger): Transformer {
  return async (prev, method, payload, signal) => {
    try {
      return await prev(method, payload, signal);
    } catch (err) {
      logger.warn({ method, err: (err as Error).message }, "Bot API call failed");
      throw err;
    }
  };
}

export function createBot(token: string, options: CreateBotOptions): Bot<BotContext> {
  const bot = new Bot<BotContext>(token, {
    botInfo: options.botInfo,
    client: { apiRoot: options.apiRoot, fetch: options.fetch },
  });
  // The metrics and the logger sit next to the network so they see every attempt, retried ones too.
  const transformers = [
    apiMetrics(),
    logFailures(options.logger),
    autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 30 }),
  ];
  for (const t of transformers) bot.api.config.use(t);

  const claims =
    options.claims ??
    claimsFor(options.deps.updatesDb ?? options.deps.db, options.logger, options.deps.exclusiveDatabase);
  if (options.sequentialize) {
    // Dialogue state and sessions are per chat and user: concurrent updates of one chat would race.
    bot.use(sequentialize((ctx) => ctx.chat?.id.toString() ?? ctx.from?.id.toString()));
  }
  const i18n = createI18n<BotContext>();
  const deps: BotDeps = {
    ...options.deps,
    languages:
      options.deps.languages ??
      new LanguagePreferences(options.deps.db, { exclusive: options.deps.exclusiveDatabase }),
  };
  // Dialogue state (the what-if conversations), keyed `conversation:<chat>:<user>`.
  const dialogues = databaseStorage<unknown>(deps.db, "", { exclusive: deps.exclusiveDatabase });
  // Shared database: the user's language and dialogue state are read with the update_id's claim,
  // in one statement (one round trip, one backend), not after it.
  const stateKey = (ctx: BotContext) =>
    ctx.chatId !== undefined && ctx.from ? `conversation:${ctx.chatId}:${ctx.from.id}` : null;
  const firstReads = (ctx: BotContext): Promise<boolean> | null => {
    if (deps.exclusiveDatabase || !options.dedupeUpdates || !claims.claimAndRead) return null;
    const key = stateKey(ctx);
    const started = claims.claimAndRead(ctx.update.update_id, ctx.from?.id ?? null, key);
    const reads = started.then((s) => {
      if (!s.reads) throw new Error("not read with the claim");
      return s.reads;
    });
    reads.catch(() => {}); // each read below falls back to reading on its own
    if (ctx.from)
      deps.languages?.prime(
        ctx.from.id,
        reads.then((r) => r.lang),
      );
    if (key)
      dialogues.prime(
        key,
        reads.then((r) => r.state),
      );
    return started.then((s) => s.claimed);
  };
  // Without a claim of that kind the reads still start while the update_id is claimed.
  const prefetch = (ctx: BotContext) => {
    if (deps.exclusiveDatabase) return;
    if (ctx.from) void deps.languages?.get(ctx.from.id).catch(() => {});
    const key = stateKey(ctx);
    if (key) dialogues.prefetch(key);
  };

  // Updates the error boundary apologised for (their outcome is an error in the metrics).
  const failed = new WeakSet<object>();
  // One log line and one metric per update with its latency; a second delivery of an update id
  // is dropped.
  bot.use(async (ctx, next) => {
    const started = performance.now();
    const updateId = ctx.update.update_id;
    const type = Object.keys(ctx.update).find((k) => k !== "update_id") ?? "unknown";
    let outcome: "ok" | "error" | "duplicate" = "error";
    try {
      const claimed = firstReads(ctx);
      if (!claimed) prefetch(ctx);
      if (options.dedupeUpdates && !(await (claimed ?? claims.claim(updateId)))) {
        outcome = "duplicate";
        options.logger.info({ updateId, type, duplicate: true }, "update already handled");
        return;
      }
      await next();
      outcome = failed.has(ctx.update) ? "error" : "ok";
    } finally {
      const ms = performance.now() - started;
      recordUpdate(type, outcome, ms / 1000);
      options.logger.info({ updateId, type, ms: Math.round(ms * 10) / 10 }, "update");
    }
  });

  const fileRoot = options.apiRoot ?? "https://api.telegram.org";
  const downloadText = async (filePath: string) => {
    const res = await (options.fetch ?? fetch)(`${fileRoot}/file/bot${token}/${filePath}`);
    if (!res.ok) throw new Error(`file download failed with ${res.status}`);
    return res.text();
  };
  bot.use(async (ctx, next) => {
    ctx.deps = deps;
    ctx.lang = await languageOf(deps, ctx.from);
    ctx.downloadText = downloadText;
    return next();
  });
  bot.use(cyrillicCommands(() => bot.botInfo.username));
  bot.use(i18n);
  bot.use((ctx, next) => {
    ctx.tr = (key, vars) => ctx.t(key, vars);
    return next();
  });
  // Everything below runs inside the boundary, so handleUpdate (terminal chat, tests, webhooks)
  // gets the same treatment as polling: log with the update id, apologise, carry on.
  const guarded = bot.errorBoundary(async ({ ctx, error }) => {
    failed.add(ctx.update);
    options.logger.error(
      {
        updateId: ctx.update.update_id,
        err: error instanceof Error ? { message: error.message, stack: error.stack } : String(error),
      },
      "update failed",
    );
    if (!ctx.chat) return;
    try {
      if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => {});
      // An unreachable database is not a bug: say it is temporary; the next update retries it.
      await ctx.reply(ctx.tr(isDatabaseUnavailable(error) ? "error-unavailable" : "error-internal"));
    } catch {
      // Telegram itself failed; the log line above is all we can do.
    }
  });
  guarded.use(async (ctx, next) => {
    try {
      await next();
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => {});
      await ctx.reply(renderDomainError(err, ctx.tr, ctx.lang), { parse_mode: "HTML" });
    }
  });
  guarded.use(
    whatifFeature({ deps, i18n: createI18n<DialogueContext>(), transformers, storage: dialogues }),
    languageFeature,
    digestFeature,
    alertsFeature,
    startFeature,
    priceFeature,
    policyFeature,
    localizationFeature,
    briefingsFeature,
    ingestFeature,
    feedsFeature,
    questionsFeature,
    inlineFeature,
    fallbackFeature,
  );

  // Last resort for failures before the boundary (e.g. in language negotiation) under polling.
  bot.catch(({ ctx, error }) => {
    options.logger.error(
      { updateId: ctx.update.update_id, err: String(error) },
      "update failed outside the boundary",
    );
  });
  return bot;
}
