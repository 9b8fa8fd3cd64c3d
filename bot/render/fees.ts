// Recycling-fee rates by category: the category in words (never its codes), the rate to the
// rouble, the date it applies from, and its source.
import type { FeeAnswer, FeeCategory, FeeQuestion, FeeRateView } from "../../domain/fees.ts";
import type { Lang, Translate } from "../i18n.ts";
import { escapeHtml, formatDate, formatPoints, refs } from "./format.ts";
import type { Reply } from "./reply.ts";
import { renderSources } from "./sources.ts";

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** `new (up to 3 years old), engine 1–2 l, commercial import` / `новые (до 3 лет), двигатель 1–2 л, …`. */
export function feeCategoryLabel(c: FeeCategory, t: Translate): string {
  if (c.baseRate) return t("fee-base-rate");
  const parts = [
    c.vehicleAge ? t(`fee-age-${c.vehicleAge}`) : null,
    c.engineBand ? t(`fee-engine-${c.engineBand}`) : null,
    c.powerBand ? t(`fee-power-${c.powerBand}`) : null,
    t(c.personal ? "fee-personal" : "fee-commercial"),
  ].filter((p): p is string => p !== null);
  return parts.join(", ");
}

/** A rate as money to the rouble (`RUB 556,200` / `556 200 ₽`), or a coefficient of the base rate. */
export function feeValue(r: Pick<FeeRateView, "value" | "unit">, lang: Lang, t: Translate): string {
  if (r.unit === "coefficient") return t("fee-coefficient", { value: formatPoints(r.value, lang) });
  const amount = formatPoints(r.value, lang);
  return lang === "ru" ? `${amount} ₽` : `RUB ${amount}`;
}

/** One line per rate: category, rate, the date it applies from, draft marked, with its reference. */
export function feeRateLines(rates: FeeRateView[], order: number[], lang: Lang, t: Translate): string[] {
  return rates.map((r) => {
    const line = t("fee-rate-line", {
      category: capitalise(feeCategoryLabel(r.category, t)),
      value: feeValue(r, lang, t),
      date: formatDate(r.effectiveFrom, lang),
    });
    return `• ${line}${r.status === "draft" ? t("loc-draft") : ""}${refs(r.sourceIds, order)}`;
  });
}

/** What a question asked, in words: `new car, engine up to 2 l`. */
export function feeAskedLabel(q: FeeQuestion, lang: Lang, t: Translate): string {
  if (q.baseRate) return t("fee-base-rate").toLowerCase();
  const parts = [
    q.vehicleAge ? t(`fee-ask-${q.vehicleAge}`) : t("fee-ask-any"),
    q.engineLitres !== undefined
      ? t(q.engineUpTo ? "fee-ask-engine-upto" : "fee-ask-engine", {
          litres: formatPoints(q.engineLitres, lang),
        })
      : null,
    q.powerHp !== undefined ? t("fee-ask-power", { hp: String(q.powerHp) }) : null,
    q.personal ? t("fee-personal") : null,
  ].filter((p): p is string => p !== null);
  return escapeHtml(parts.join(", "));
}

/** The rate of the category asked, or plainly that it is not held, with what is. */
export function renderFeeAnswer(answer: FeeAnswer, lang: Lang, t: Translate): Reply {
  const order = answer.sources.map((s) => s.id);
  const asked = feeAskedLabel(answer.asked, lang, t);
  const lines: string[] = [];
  if (answer.matches.length > 0) {
    lines.push(t("fee-q-heading", { asked }), ...feeRateLines(answer.matches, order, lang, t));
  } else if (answer.held.length > 0) {
    lines.push(t("fee-q-not-held", { asked }), ...feeRateLines(answer.held, order, lang, t));
  } else {
    lines.push(t("fee-q-none"));
  }
  lines.push(...renderSources(answer.sources, lang, t));
  return { text: lines.join("\n"), buttons: [] };
}
