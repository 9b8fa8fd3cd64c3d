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
  anyOf,
  keywordRules,
  localizationRules,
  policyRules,
  priceRules,
  queueAlerts,
  queueMatching,
  type RuleFilter,
  withdrawAlerts,
} from "../../db/queries/alerts.ts";
import { sourcesByIds } from "../../db/queries/sources.ts";
import type { UserName } from "../errors.ts";
import type { FeeCategory } from "../fees.ts";
import type { Period } from "../period.ts";
import type { Source } from "../sources.ts";
import type { RuleView } from "./rules.ts";

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
      /** The briefing's summary, its first sentence (in the article's language for an ingested one). */
      gist?: UserName;
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
  /** The rules it may fire. */
  filter: RuleFilter;
  /** Names of what the fact is about, shown in the rule that fired (its series, topic, country, purpose). */
  names: { series?: UserName; topic?: UserName; jurisdiction?: UserName; purpose?: UserName };
  sourceIds: number[];
  chartSeries?: string;
}

const name = (en: string, ru: string | null | undefined): UserName => ({ en, ru: ru ?? en });

/** A summary's first sentence, at most 300 characters. */
function firstSentence(text: string): string {
  const first = /^.+?[.!?](?=\s|$)/su.exec(text.trim())?.[0] ?? text.trim();
  return first.length > 300 ? `${first.slice(0, first.lastIndexOf(" ", 299))}…` : first;
}

async function findFor(db: Db, ref: string): Promise<Found | null> {
  const [type, rest = ""] = ref.split(/:(.*)/s);
  const id = Number(rest.split("@")[0]);
  switch (type) {
    case "price": {
      const v = await pricePointView(db, id);
      // A price for an older period than the latest stored is history coming in late, not news.
      if (!v || v.superseded) return null;
      const prev = v.previous;
      const granularity = v.point.granularity as Period["granularity"];
      const fact: Extract<AlertFact, { type: "price" }> = {
        type: "price",
        seriesKey: v.series.key,
        series: name(v.series.shortEn, v.series.shortRu),
        value: v.point.value,
        approximate: v.point.approximate,
        period: { start: v.point.periodStart, granularity },
        previous: prev ? { value: prev.value, period: { start: prev.periodStart, granularity } } : null,
        changePct:
          prev && prev.value !== 0 ? ((v.point.value - prev.value) / prev.value) * 100 : v.reportedPct,
        corrected: rest.includes("@"),
      };
      return {
        fact,
        filter: priceRules(v.series.key, {
          value: fact.value,
          previous: fact.previous?.value ?? null,
          changePct: fact.changePct,
        }),
        names: { series: fact.series },
        sourceIds: v.sourceIds,
        chartSeries: v.series.key,
      };
    }
    case "policy": {
      const v = await policyChangeView(db, id);
      if (!v) return null;
      const text = [v.c.titleEn, v.c.titleRu, v.c.summaryEn, v.c.summaryRu].join(" \n ");
      const fact: Extract<AlertFact, { type: "policy" }> = {
        type: "policy",
        title: name(v.c.titleEn, v.c.titleRu),
        topic: name(v.topic.nameEn, v.topic.nameRu),
        jurisdiction: name(v.j.nameEn, v.j.nameRu),
        effectiveOn: v.c.effectiveOn,
        datePrecision: v.c.datePrecision,
        status: v.c.status,
      };
      return {
        fact,
        filter: anyOf(policyRules(v.c.topic, v.c.jurisdiction, text), keywordRules(text)),
        names: { topic: fact.topic, jurisdiction: fact.jurisdiction },
        sourceIds: v.sourceIds,
      };
    }
    case "fee": {
      const v = await feeRateView(db, id);
      if (!v) return null;
      const r = v.rate;
      if (!v.topic || !v.russia) return null;
      const topic = name(v.topic.nameEn, v.topic.nameRu);
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
        // A rate is a recycling-fee decision in Russia as far as rules go.
        filter: policyRules("recycling_fee", "RU", `${topic.en} ${topic.ru}`),
        names: { topic, jurisdiction: name(v.russia.nameEn, v.russia.nameRu) },
        sourceIds: v.sourceIds,
      };
    }
    case "threshold": {
      const v = await ruleSetView(db, id);
      if (!v) return null;
      const purpose = v.purpose ? name(v.purpose.nameEn, v.purpose.nameRu) : name(v.r.purpose, null);
      return {
        fact: {
          type: "threshold",
          purpose,
          effectiveFrom: v.r.effectiveFrom,
          threshold: v.r.threshold,
          previous: v.previous?.threshold ?? null,
          status: v.r.status,
        },
        filter: localizationRules(v.r.purpose),
        names: { purpose },
        sourceIds: v.sourceIds,
      };
    }
    case "item": {
      const [code = "", , beforeText] = rest.split("@");
      const v = await itemView(db, code);
      if (!v) return null;
      const before = Number(beforeText);
      return {
        fact: {
          type: "item",
          name: name(v.item.nameEn, v.item.nameRu),
          points: v.item.points,
          before: Number.isFinite(before) ? before : null,
        },
        filter: localizationRules("every"),
        names: {},
        sourceIds: v.sourceIds,
      };
    }
    case "max_score": {
      const v = await parameterView(db, id);
      if (!v) return null;
      return {
        fact: { type: "max_score", value: v.value },
        filter: localizationRules("every"),
        names: {},
        sourceIds: [v.sourceId],
      };
    }
    case "model_score": {
      const v = await modelScoreView(db, id);
      if (!v) return null;
      return {
        fact: { type: "model_score", model: v.model, year: v.year, points: v.points },
        filter: anyOf(localizationRules("open"), keywordRules(v.model)),
        names: {},
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
          ...(v.summaryEn || v.summaryRu
            ? {
                gist: name(
                  firstSentence(v.summaryEn ?? v.summaryRu ?? ""),
                  firstSentence(v.summaryRu ?? v.summaryEn ?? ""),
                ),
              }
            : {}),
        },
        filter: keywordRules(text),
        names: {},
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
    if (!found) continue;
    const content: Omit<AlertContent, "rule"> = {
      kind: "alert",
      fact: found.fact,
      sources: await sourcesByIds(db, found.sourceIds),
      ...(found.chartSeries ? { chartSeries: found.chartSeries } : {}),
    };
    queued += await queueMatching(db, found.filter, { factRef: ref, content, names: found.names, now });
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
