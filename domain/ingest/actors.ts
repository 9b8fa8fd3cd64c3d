// Who decides a policy, found by the bodies' names in either language: the one named first.
export type PolicyActor =
  | "government"
  | "ministry-industry"
  | "ministry-interior"
  | "president"
  | "parliament";

const ACTORS: [RegExp, PolicyActor][] = [
  [
    /interior ministry|ministry of (?:the )?interior|МВД|министерств\p{L}* внутренних дел/iu,
    "ministry-interior",
  ],
  [
    /industry ministry|ministry of industry|minpromtorg|минпромторг\p{L}*|министерств\p{L}* промышленности/iu,
    "ministry-industry",
  ],
  [/президент\p{L}*|president|kremlin|кремл\p{L}*|путин\p{L}*|putin/iu, "president"],
  [
    /parliament|госдум\p{L}*|(?<![\p{L}])duma|депутат\p{L}*|deputies|lawmakers|законодател\p{L}*|(?<![\p{L}])MPs(?![\p{L}])/iu,
    "parliament",
  ],
  [
    /правительств\p{L}*|кабмин\p{L}*|кабинет\p{L}* министров|совет\p{L}* министров|совмин\p{L}*|government|cabinet/iu,
    "government",
  ],
];

/** The body named first in a text, or null. */
export function actorIn(text: string): PolicyActor | null {
  let best: { at: number; actor: PolicyActor } | null = null;
  for (const [re, actor] of ACTORS) {
    const at = text.search(re);
    if (at >= 0 && (!best || at < best.at)) best = { at, actor };
  }
  return best?.actor ?? null;
}
