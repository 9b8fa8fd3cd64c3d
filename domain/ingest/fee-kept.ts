// Another country's fee kept as it is: a rule kept, not a change of the fee.
import { FEE_WORDS, type FeePolicy } from "./fees.ts";
import type { PolicyCandidate } from "./policy-events.ts";

/** "keep its own recycling fee where it is", "leave … unchanged", "оставит утильсбор без изменений". */
const KEPT =
  /(?<![\p{L}])(?:keep\p{L}*|kept|leav(?:e|es|ing)|left|retain\p{L}*|freez\p{L}*|froze(?:n)?|unchanged|where it is|as it is|сохран\p{L}*|остав\p{L}*|без изменений|заморо\p{L}*|не (?:менять|повышать|трогать|будет менять|станет менять))(?![\p{L}])/iu;
/** A change told in the same sentence: then the fee is not kept ("will raise its fee, while other cars keep today's rates"). */
const CHANGED =
  /(?<![\p{L}])(?:rais\p{L}*|increas\p{L}*|multipl\p{L}*|hik\p{L}*|introduc\p{L}*|impos\p{L}*|doubl\p{L}*|повы\p{L}*|увелич\p{L}*|подним\p{L}*|поднял\p{L}*|ввод\p{L}*|введ\p{L}*|удво\p{L}*)(?![\p{L}])/iu;
const PROPOSED = /(?<![\p{L}])(?:propos\p{L}*|draft|предлаг\p{L}*|предлож\p{L}*|проект\p{L}*)(?![\p{L}])/iu;

/**
 * "Belarus, Russia's partner in the customs union, said it would leave its own recycling fee unchanged
 * for now", "Belarus decided to keep its own recycling fee where it is": a fee decision of another
 * country whose sentence keeps the fee, and tells no change and no amount of its own, is that rule
 * kept (adopted unless proposed), not a change carrying Russia's rates.
 */
export function feesKeptAbroad(decisions: (PolicyCandidate | FeePolicy)[]): (PolicyCandidate | FeePolicy)[] {
  return decisions.map((p) => {
    if (p.kind !== "fee_policy" || !p.jurisdiction || p.jurisdiction === "RU") return p;
    const s = p.sentence;
    if (!FEE_WORDS.test(s) || !KEPT.test(s) || CHANGED.test(s) || /\d/u.test(s)) return p;
    return {
      kind: "policy",
      who: p.jurisdiction,
      jurisdiction: p.jurisdiction,
      action: "keeps",
      year: null,
      sentence: s,
      actor: p.actor,
      status: PROPOSED.test(s) ? "draft" : "adopted",
      effective: null,
      undated: false,
    };
  });
}
