// Firing: a fact became visible, so the rules it satisfies queue one alert each in the outbox
// (at most one per chat, held until the end of the chat's quiet hours). A fact retracted before
// its alert went out cancels it; one retracted after sends a short correction. Facts are named
// by reference: price:12 (price:12@1650000 once corrected), policy:7, fee:3, threshold:5,
// item:welding@500, max_score:2, model_score:4, briefing:31 (an article's source id).
import type { Db } from "../../db/client.ts";
import {
  articleSourceView,
  feeRateView,
  itemView,
  modelScoreView,
  parameterView,
  policyChangeView,
  pricePointView,
  ruleSetView,
} from "../../db/queries/alert-facts.ts";
import {
  type AlertDelivery,
  type LiveRule,
  queueAlerts,
  rulesForLocalization,
  rulesForPolicy,
  rulesForSeries,
  rulesForText,
  withdrawAlerts,
} from "../../db/queries/alerts.ts";
import { sourcesByIds } from "../../db/queries/sources.ts";
import type { UserName } from "../errors.ts";
import type { FeeCategory } from "../fees.ts";
import type { Period } from "../period.ts";
import type { Source } from "../sources.ts";
import { releaseAt } from "./quiet.ts";
import { type RuleView, viewRules } from "./rules.ts";

export type AlertFact =
  | {
      type: "price";
      seriesKey: string;
      series: UserName;
      value: number;
      approximate: boolean;
      period: Period;
      previous: { value: number; period: Period } | null;
      /** Against the previous period: computed from the stored one, else as the source reported it. */
      changePct: number | null;
      corrected: boolean;
    }
  | {
      type: "policy";
      title: UserName;
      topic: UserName;
      jurisdiction: UserName;
      effectiveOn: string;
      datePrecision: string;
      status: string | null;
    }
  | {
      type: "fee";
      category: FeeCategory;
      value: number;
      unit: "rub" | "coefficient";
      effectiveFrom: string;
      status: string;
      previous: { value: number; effectiveFrom: string } | null;
    }
  | {
      type: "threshold";
      purpose: UserName;
      effectiveFrom: string;
      threshold: number;
      previous: number | null;
      status: string;
    }
  | { type: "item"; name: UserName; points: number; before: number | null }
  | { type: "max_score"; value: number }
  | { type: "model_score"; model: string; year: number; points: number }
  | {
      type: "briefing";
      title: UserName;
      publisher: UserName;
      publishedOn: string | null;
      url: string | null;
    };

/** An outbox row's content for an alert or its correction: rendered in the chat's language when sent. */
export interface AlertContent {
  kind: "alert" | "correction";
  fact: AlertFact;
  rule: RuleView;
  sources: Source[];
  /** What the 📈 / briefing buttons open: a series key for the chart, or the article's link. */
  chartSeries?: string;
}

interface Found {
  fact: AlertFact;
  rules: LiveRule[];
  sourceIds: number[];
  chartSeries?: string;
}

const name = (en: string, ru: string | null | undefined): UserName => ({ en, ru: ru ?? en });

function priceFires(r: LiveRule["rule"], f: Extract<AlertFact, { type: "price" }>): boolean {
  const prev = f.previous?.value ?? null;
  switch (r.kind) {
    case "price_new":
      return true;
    case "price_level": {
      const level = r.level ?? Number.NaN;
      // A crossing: this value is past the level and the one before was not (or there was none).
      if (r.direction === "below") return f.value < level && (prev === null || prev >= level);
      return f.value > level && (prev === null || prev <= level);
    }
    case "price_change": {
      const pct = f.changePct;
      const need = r.percent ?? Number.POSITIVE_INFINITY;
      if (pct === null) return false;
      if (r.direction === "up") return pct >= need;
      if (r.direction === "down") return pct <= -need;
      return Math.abs(pct) >= need;
    }
    default:
      return false;
  }
}

async function findFor(db: Db, ref: string): Promise<Found | null> {
  const [type, rest = ""] = ref.split(/:(.*)/s);
  const id = Number(rest.split("@")[0]);
  switch (type) {
    case "price": {
      const v = await pricePointView(db, id);
      if (!v || v.superseded) return null;
      const prev = v.previous;
      const fact: Extract<AlertFact, { type: "price" }> = {
        type: "price",
        seriesKey: v.series.key,
        series: name(v.series.shortEn, v.series.shortRu),
        value: v.point.value,
        approximate: v.point.approximate,
        period: { start: v.point.periodStart, granularity: v.point.granularity as Period["granularity"] },
        previous: prev
          ? {
              value: prev.value,
              period: { start: prev.periodStart, granularity: v.point.granularity as Period["granularity"] },
            }
          : null,
        changePct:
          prev && prev.value !== 0 ? ((v.point.value - prev.value) / prev.value) * 100 : v.reportedPct,
        corrected: rest.includes("@"),
      };
      const rules = (await rulesForSeries(db, v.series.key)).filter((r) => priceFires(r.rule, fact));
      return { fact, rules, sourceIds: v.sourceIds, chartSeries: v.series.key };
    }
    case "policy": {
      const v = await policyChangeView(db, id);
      if (!v) return null;
      const text = [v.c.titleEn, v.c.titleRu, v.c.summaryEn, v.c.summaryRu].join(" \n ");
      const [policy, keyword] = await Promise.all([
        rulesForPolicy(db, v.c.topic, v.c.jurisdiction, text),
        rulesForText(db, text),
      ]);
      return {
        fact: {
          type: "policy",
          title: name(v.c.titleEn, v.c.titleRu),
          topic: name(v.topic.nameEn, v.topic.nameRu),
          jurisdiction: name(v.j.nameEn, v.j.nameRu),
          effectiveOn: v.c.effectiveOn,
          datePrecision: v.c.datePrecision,
          status: v.c.status,
        },
        rules: [...policy, ...keyword],
        sourceIds: v.sourceIds,
      };
    }
    case "fee": {
      const v = await feeRateView(db, id);
      if (!v) return null;
      const r = v.rate;
      return {
        fact: {
          type: "fee",
          category: {
            baseRate: r.baseRate,
            personal: r.personal,
            vehicleAge: r.vehicleAge as FeeCategory["vehicleAge"],
            engineBand: r.engineBand,
            powerBand: r.powerBand,
          },
          value: r.value,
          unit: r.unit === "coefficient" ? "coefficient" : "rub",
          effectiveFrom: r.effectiveFrom,
          status: r.status,
          previous: v.previous,
        },
        rules: await rulesForPolicy(
          db,
          "recycling_fee",
          "RU",
          `${v.topic?.nameEn ?? ""} ${v.topic?.nameRu ?? ""}`,
        ),
        sourceIds: v.sourceIds,
      };
    }
    case "threshold": {
      const v = await ruleSetView(db, id);
      if (!v) return null;
      return {
        fact: {
          type: "threshold",
          purpose: v.purpose ? name(v.purpose.nameEn, v.purpose.nameRu) : name(v.r.purpose, null),
          effectiveFrom: v.r.effectiveFrom,
          threshold: v.r.threshold,
          previous: v.previous?.threshold ?? null,
          status: v.r.status,
        },
        rules: await rulesForLocalization(db, v.r.purpose),
        sourceIds: v.sourceIds,
      };
    }
    case "item": {
      const code = rest.split("@")[0] ?? "";
      const v = await itemView(db, code);
      if (!v) return null;
      const before = Number(rest.split("@")[2]);
      return {
        fact: {
          type: "item",
          name: name(v.item.nameEn, v.item.nameRu),
          points: v.item.points,
          before: Number.isFinite(before) ? before : null,
        },
        rules: await rulesForLocalization(db, null),
        sourceIds: v.sourceIds,
      };
    }
    case "max_score": {
      const v = await parameterView(db, id);
      if (!v) return null;
      return {
        fact: { type: "max_score", value: v.value },
        rules: await rulesForLocalization(db, null),
        sourceIds: [v.sourceId],
      };
    }
    case "model_score": {
      const v = await modelScoreView(db, id);
      if (!v) return null;
      const [localization, keyword] = await Promise.all([
        rulesForLocalization(db, null),
        rulesForText(db, v.model),
      ]);
      return {
        fact: { type: "model_score", model: v.model, year: v.year, points: v.points },
        rules: [...localization.filter((r) => r.rule.purpose === null), ...keyword],
        sourceIds: [v.sourceId],
      };
    }
    case "briefing": {
      const v = await articleSourceView(db, id);
      if (!v) return null;
      const text = [v.s.title, v.s.titleRu ?? "", v.text ?? ""].join(" \n ");
      return {
        fact: {
          type: "briefing",
          title: name(v.s.title, v.s.titleRu),
          publisher: name(v.s.publisher, v.s.publisherRu),
          publishedOn: v.s.publishedOn,
          url: v.s.url,
        },
        rules: await rulesForText(db, text),
        sourceIds: [id],
      };
    }
    default:
      return null;
  }
}

/** Queues the alerts the facts fire; returns how many went into the outbox. */
export async function fireAlerts(db: Db, refs: string[], now: Date): Promise<number> {
  let queued = 0;
  for (const ref of refs) {
    const found = await findFor(db, ref);
    if (!found || found.rules.length === 0) continue;
    // One message per chat and fact, from the first rule that fired (a chat's policy rule and
    // its keyword rule on the same decree are one alert).
    const perChat = new Map<number, LiveRule>();
    for (const r of found.rules) if (!perChat.has(r.chat.chatId)) perChat.set(r.chat.chatId, r);
    const chosen = [...perChat.values()];
    const [views, sources] = await Promise.all([
      viewRules(
        db,
        chosen.map((c) => c.rule),
      ),
      sourcesByIds(db, found.sourceIds),
    ]);
    const rows: AlertDelivery[] = chosen.map((c, i) => ({
      ruleId: c.rule.id,
      chatId: c.chat.chatId,
      chatType: c.chat.chatType,
      lang: c.chat.lang,
      factRef: ref,
      kind: "alert",
      content: {
        kind: "alert",
        fact: found.fact,
        rule: views[i] as RuleView,
        sources,
        ...(found.chartSeries ? { chartSeries: found.chartSeries } : {}),
      } satisfies AlertContent,
      at: now,
      nextAttemptAt: releaseAt(now, c.chat),
    }));
    queued += await queueAlerts(db, rows);
  }
  return queued;
}

/**
 * A fact left the knowledge base: alerts still waiting are cancelled, and each chat that was
 * told gets a correction.
 */
export async function withdrawFact(db: Db, ref: string, now: Date): Promise<number> {
  const told = await withdrawAlerts(db, ref);
  const rows: AlertDelivery[] = told.flatMap((t) =>
    t.ruleId === null || t.factRef === null
      ? []
      : [
          {
            ruleId: t.ruleId,
            chatId: t.chatId,
            chatType: t.chatType,
            lang: t.lang,
            factRef: t.factRef,
            kind: "correction" as const,
            content: { ...(t.content as AlertContent), kind: "correction" },
            at: now,
            nextAttemptAt: now,
          },
        ],
  );
  return queueAlerts(db, rows);
}
