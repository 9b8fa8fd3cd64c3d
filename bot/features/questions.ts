// Questions in plain words: understood in domain/questions, answered by the same domain
// functions and renderers as the commands. Private chats get an answer to every message; groups
// only when the bot is mentioned or replied to, so it does not talk over people.
import { Composer } from "grammy";
import { isAlertRequest } from "../../domain/alerts/spec.ts";
import {
  answerBriefingQuestion,
  mayConcernBriefings,
  prefersBriefings,
  readBriefingQuestion,
} from "../../domain/briefings/ask.ts";
import { loadCatalogue } from "../../domain/briefings/entities.ts";
import { answerFeeQuestion } from "../../domain/fees.ts";
import { getLocalization } from "../../domain/localization.ts";
import { getPolicyTimeline } from "../../domain/policy.ts";
import { findSeries, getPriceHistory } from "../../domain/prices.ts";
import {
  answerPriceQuestion,
  latestNews,
  modelScores,
  thresholdTimeline,
} from "../../domain/questions/answers.ts";
import { type Reading, understand } from "../../domain/questions/understand.ts";
import { runWhatif } from "../../domain/whatif/answer.ts";
import type { BotContext } from "../context.ts";
import { allowExpensive } from "../expensive.ts";
import { languageOf } from "../i18n.ts";
import { renderBriefingAnswer } from "../render/briefings.ts";
import { renderFeeAnswer } from "../render/fees.ts";
import { formatPeriod } from "../render/format.ts";
import { renderLocalization } from "../render/localization.ts";
import { policyPageData, renderPolicy } from "../render/policy.ts";
import { renderHistory } from "../render/price.ts";
import {
  renderLocalizationFocus,
  renderModelScores,
  renderNews,
  renderPriceQuestion,
  renderThresholdTimeline,
} from "../render/questions.ts";
import type { Button, Reply } from "../render/reply.ts";
import { renderWhatifCard } from "../render/whatif.ts";
import { reply } from "../respond.ts";
import { setAlertFrom, withFollow } from "./alerts.ts";
import { sendChart } from "./price.ts";
import { showScenario } from "./whatif/card.ts";

export const questionsFeature = new Composer<BotContext>();

/**
 * The answer to one reading, rendered exactly as the matching command would. A chart is a photo,
 * so it has no text form: null. `inline` answers store nothing (no what-if draft to point to).
 */
export async function readingReply(
  ctx: BotContext,
  r: Reading,
  options: { inline?: boolean; question?: string } = {},
): Promise<Reply | null> {
  const db = ctx.deps.db;
  const e = r.entities;
  switch (r.intent) {
    case "price":
    case "price_change":
    case "price_history":
    case "chart": {
      const answer = await priceReply(ctx, r, options);
      return answer && e.periodUnread ? withPeriodNote(answer, e, ctx) : answer;
    }
    case "localization": {
      const answer = await getLocalization(db, {
        year: e.year ?? ctx.deps.now().getUTCFullYear(),
        purpose: e.purpose ?? null,
        category: null,
        rdShare: e.rdShare ?? null,
      });
      if (e.focus === "model" && e.unknown) {
        return renderModelScores(await modelScores(db, e.unknown), ctx.lang, ctx.tr);
      }
      if (e.focus === "timeline") {
        const today = ctx.deps.now().toISOString().slice(0, 10);
        return renderThresholdTimeline(
          await thresholdTimeline(db, e.purpose ?? null),
          today,
          ctx.lang,
          ctx.tr,
        );
      }
      if (e.focus && e.focus !== "model")
        return renderLocalizationFocus(answer, e.focus, e.operations ?? [], ctx.lang, ctx.tr);
      return renderLocalization(answer, ctx.lang, ctx.tr);
    }
    case "whatif": {
      const scenario = {
        purpose: e.purpose ?? "procurement",
        category: "passenger_car" as const,
        year: e.year ?? ctx.deps.now().getUTCFullYear(),
        operations: e.operations ?? [],
        shares: { rd_spending: e.rdShare ?? 0, licence_payments: e.licenceShare ?? 0 },
      };
      if (!options.inline) return showScenario(ctx, scenario);
      const card = renderWhatifCard({ id: 0, name: null }, await runWhatif(db, scenario), ctx.lang, ctx.tr);
      return { text: card.text, buttons: [] };
    }
    case "policy": {
      if (e.fee) return renderFeeAnswer(await answerFeeQuestion(db, e.fee), ctx.lang, ctx.tr);
      const filter = {
        ...(e.topic ? { topic: e.topic } : {}),
        ...(e.jurisdiction ? { jurisdiction: e.jurisdiction } : {}),
        ...(e.since ? { since: e.since } : {}),
        ...(e.until ? { until: e.until } : {}),
      };
      return renderPolicy(await getPolicyTimeline(db, filter), ctx.lang, ctx.tr);
    }
    case "news":
      return renderNews(await latestNews(db, e.window), ctx.lang, ctx.tr);
    case "statements":
      return renderBriefingAnswer(
        await answerBriefingQuestion(db, options.question ?? e.unknown ?? "", ctx.lang),
        ctx.lang,
        ctx.tr,
      );
    case "help":
      return { text: ctx.tr("q-help"), buttons: [] };
  }
}

async function priceReply(ctx: BotContext, r: Reading, options: { inline?: boolean }): Promise<Reply | null> {
  const db = ctx.deps.db;
  const e = r.entities;
  // A name the knowledge base lacks, a comparison, or a period that picks its series.
  if (e.unknown || e.seriesList || (e.seriesImplied && e.period)) {
    const view = r.intent === "price_history" || r.intent === "chart" ? "history" : "point";
    return renderPriceQuestion(await answerPriceQuestion(db, e, view), ctx.lang, ctx.tr);
  }
  const series = await findSeries(db, e.series ?? "");
  if (!series) return { text: ctx.tr("q-unknown"), buttons: [] };
  if (r.intent === "chart" && !options.inline) return null;
  if (r.intent === "price_history" || r.intent === "chart") {
    return renderHistory(await getPriceHistory(db, series), ctx.lang, ctx.tr);
  }
  return renderPriceQuestion(await answerPriceQuestion(db, e, "point"), ctx.lang, ctx.tr);
}

/**
 * A period asked that no series is kept by (a quarter, a season) or that was not understood: said
 * first, so the figure below is never taken for the one asked about.
 */
function withPeriodNote(answer: Reply, e: Reading["entities"], ctx: BotContext): Reply {
  const miss = ctx.tr(`q-period-${e.periodUnread ?? "other"}`);
  const shown = e.period
    ? ctx.tr("q-period-shown-year", { year: e.period.start.slice(0, 4) })
    : ctx.tr("q-latest-instead");
  return { ...answer, text: `${miss} ${shown}\n\n${answer.text}` };
}

/**
 * A question about briefings rather than numbers ("what did Manturov say", "кадровый дефицит"),
 * answered from the briefings; null when the number readings should answer it. With no reading
 * and nothing found, null too, so the usual "I can't answer that" with examples follows.
 */
export async function briefingReply(
  ctx: BotContext,
  question: string,
  best: Reading | undefined,
): Promise<Reply | null> {
  if (!mayConcernBriefings(best, question)) return null;
  const q = readBriefingQuestion(await loadCatalogue(ctx.deps.db), question);
  if (!prefersBriefings(best, q)) return null;
  const answer = await answerBriefingQuestion(ctx.deps.db, question, ctx.lang);
  if (answer.kind === "nothing" && !best && !q.asks) return null;
  return renderBriefingAnswer(answer, ctx.lang, ctx.tr);
}

/** Answers one reading of a question in the chat. */
export async function answerReading(ctx: BotContext, r: Reading, question?: string): Promise<void> {
  if (r.intent === "whatif" && !(await allowExpensive(ctx))) return;
  if (r.intent === "chart" && !r.entities.unknown) {
    const series = await findSeries(ctx.deps.db, r.entities.series ?? "");
    if (series) return sendChart(ctx, await getPriceHistory(ctx.deps.db, series));
  }
  const answer = await readingReply(ctx, r, question ? { question } : {});
  if (answer) await reply(ctx, followable(ctx, answer, r));
}

/** A plain-word answer about one series, a policy timeline or localization rules gets the commands' 🔔 button. */
function followable(ctx: BotContext, answer: Reply, r: Reading): Reply {
  const e = r.entities;
  if ((r.intent === "price" || r.intent === "price_change") && e.series && !e.seriesList && !e.unknown)
    return withFollow(ctx, answer, { kind: "price_new", seriesKey: e.series });
  if (r.intent === "policy" && !e.unknown)
    return withFollow(ctx, answer, {
      kind: "policy",
      topic: e.topic ?? null,
      jurisdiction: e.jurisdiction ?? null,
      keyword: null,
    });
  if (r.intent === "localization" && !e.focus && !e.unknown)
    return withFollow(ctx, answer, { kind: "localization", purpose: e.purpose ?? null });
  return answer;
}

/** A button that asks for one reading, reusing the commands' own button data. */
function readingButton(ctx: BotContext, r: Reading): Button | null {
  const e = r.entities;
  const t = ctx.tr;
  switch (r.intent) {
    case "price":
    case "price_change":
      if (!e.series) return null;
      return e.period
        ? {
            text: t("q-read-price-period", { period: formatPeriod(e.period, ctx.lang, t, "accusative") }),
            data: `pp:${e.series}:${e.period.start}:${e.period.granularity}`,
          }
        : { text: t("q-read-price"), data: `p:${e.series}` };
    case "price_history":
      return e.series ? { text: t("q-read-history"), data: `ph:${e.series}` } : null;
    case "chart":
      return e.series ? { text: `📈 ${t("button-chart")}`, data: `pc:${e.series}` } : null;
    case "localization":
      return {
        text: t("q-read-localization", { year: String(e.year ?? "") }),
        data: `lc:${e.year}:${e.purpose ?? ""}::${e.rdShare ?? ""}`,
      };
    case "policy":
      return {
        text: t("q-read-policy"),
        data: policyPageData(
          { topic: e.topic, jurisdiction: e.jurisdiction, since: e.since, until: e.until },
          0,
        ),
      };
    default:
      return null;
  }
}

function addressedToBot(ctx: BotContext): boolean {
  const type = ctx.chat?.type;
  if (type === "private") return true;
  const username = ctx.me.username.toLowerCase();
  const text = ctx.message?.text?.toLowerCase() ?? "";
  return text.includes(`@${username}`) || ctx.message?.reply_to_message?.from?.id === ctx.me.id;
}

/** A question is answered in the language it is written in, unless the user chose one with /language. */
export async function speakTheQuestionsLanguage(ctx: BotContext, question: string): Promise<void> {
  const lang = await languageOf(ctx.deps, ctx.from, question);
  if (lang === ctx.lang) return;
  ctx.lang = lang;
  ctx.i18n.useLocale(lang);
}

questionsFeature.on("message:text", async (ctx, next) => {
  const text = ctx.message.text;
  if (text.startsWith("/") || !addressedToBot(ctx)) return next();
  const question = text.replace(new RegExp(`@${ctx.me.username}`, "gi"), " ").trim();
  await speakTheQuestionsLanguage(ctx, question);
  // "сообщи, если…", "tell me when…": a request to be told later, not a question for now.
  if (isAlertRequest(question)) return setAlertFrom(ctx, question);
  const { readings } = await understand(ctx.deps.db, question, ctx.deps.now());
  const [best, ...others] = readings;
  const aboutBriefings = await briefingReply(ctx, question, best);
  if (aboutBriefings) return reply(ctx, aboutBriefings);
  if (!best) return void (await ctx.reply(ctx.tr("q-unknown"), { parse_mode: "HTML" }));
  const buttons = readings.map((r) => readingButton(ctx, r)).filter((b): b is Button => b !== null);
  // Readings nearly as likely as the best one: ask which was meant, unless only one can be offered.
  if (others.length > 0 && buttons.length > 1) {
    return reply(ctx, { text: ctx.tr("q-which"), buttons: buttons.map((b) => [b]) });
  }
  await answerReading(ctx, best, question);
});
