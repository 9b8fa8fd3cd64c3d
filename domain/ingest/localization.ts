// Localization news (decree 719 and the rules built on it): points per operation or component, the
// thresholds a model needs per purpose and year, the maximum score and a model's own score.
// Rule-based over the number and date layer; purposes are data (PURPOSES), not code paths.
import { findDates, findPeriods } from "../language/dates.ts";
import { findQuantities, type Quantity } from "../language/numbers.ts";

export type ThresholdStatus = "draft" | "adopted" | "in_force";

export type LocalizationCandidate =
  | { kind: "localization_item"; item: string; points: number; sentence: string; span: string }
  | {
      kind: "threshold";
      purpose: string;
      points: number;
      /** ISO date the threshold applies from (1 January for a year). */
      from: string | null;
      status: ThresholdStatus | null;
      undated: boolean;
      sentence: string;
      span: string;
    }
  | { kind: "max_score"; points: number; sentence: string; span: string }
  | {
      kind: "model_score";
      model: string;
      points: number;
      date: string | null;
      sentence: string;
      span: string;
    };

/** Operations and components with the seed's item codes. */
export const ITEMS: [RegExp, string][] = [
  [/сварк\p{L}*|welding/iu, "body_welding"],
  [/окраск\p{L}*|(?<![\p{L}])painting(?! of)/iu, "body_painting"],
  [/блок\p{L}* управления|(?<![\p{L}])ECU(?![\p{L}])|control unit/iu, "engine_ecu"],
  [/блок\p{L}* цилиндров|cylinder block/iu, "cylinder_block"],
  [
    /(двигател\p{L}*|engine)[^;]{0,40}(коробк\p{L}*|gearbox)[^;]{0,140}(штамп\p{L}*|stamping)/iu,
    "powertrain_stamping",
  ],
  [/сборк\p{L}* двигател\p{L}*|assembling the engine|engine assembly/iu, "engine_assembly"],
  [/металл\p{L}*|(?<![\p{L}])metal/iu, "russian_metal"],
  [/(?<![\p{L}])(?:краск\p{L}*|красок)|(?<![\p{L}])paints/iu, "russian_paints"],
];

const LOANS =
  /льготн\p{L}* (?:авто)?кредит\p{L}*|субсидированн\p{L}* (?:авто)?кредит\p{L}*|автокредитовани\p{L}*|subsidi[sz]ed (?:car[- ])?loans?|preferential (?:car[- ])?loans?|car[- ]loans? program\p{L}*|soft (?:car[- ])?loans?|(?:bought|purchased|sold) on credit|(?:покупа\p{L}*|купленн\p{L}*|приобрет\p{L}*) в кредит/iu;
const RD = /ниокр|исследован\p{L}* и разработ\p{L}*|research and development|(?<![\p{L}])r&d(?![\p{L}])/iu;
const LEASING = /лизинг\p{L}*|leasing/iu;

const LCV =
  /light commercial|лёгк\p{L}* коммерческ\p{L}*|легк\p{L}* коммерческ\p{L}*|(?<![\p{L}])LCVs?|фургон\p{L}*|малотоннаж\p{L}*|(?<![\p{L}])vans?(?![\p{L}])|light trucks?/iu;

/** Purposes a threshold is told for; a new purpose is a row here. */
export const PURPOSES: [RegExp, string][] = [
  [
    /light commercial|лёгк\p{L}* коммерческ\p{L}*|легк\p{L}* коммерческ\p{L}*|(?<![\p{L}])LCV|фургон\p{L}*|малотоннаж\p{L}*|(?<![\p{L}])vans?(?![\p{L}])|light trucks?/iu,
    "lcv_procurement",
  ],
  [
    /компенсац\p{L}* (?:утильсбор\p{L}*|утилизационн\p{L}* сбор\p{L}*)|compensation of (?:the )?(?:utilsbor|recycling fee|scrappage fee|utili[sz]ation fee)|(?:recycling|scrappage)[- ]fee compensation|fee compensation/iu,
    "recycling_fee_compensation",
  ],
  [/специнвест\p{L}*|СПИК|SPIC|special investment contract/iu, "spic"],
  [/такси|taxi/iu, "taxi"],
  [
    /госзакуп\p{L}*|бюджетн\p{L}* деньг\p{L}*|государственн\p{L}* закуп\p{L}*|(?<![\p{L}])закуп\p{L}*|госзаказ\p{L}*|public tenders?|state purchases|state agencies|state customers|procurement|government purchases/iu,
    "procurement",
  ],
  [/поддержк\p{L}* спроса|demand support/iu, "demand_support"],
  [LOANS, "subsidised_loans"],
  [LEASING, "leasing"],
];

/** Loans and leasing told together are the demand-support threshold; each alone is its own. */
function purposeIn(part: string): string | null {
  const found = PURPOSES.find(([re]) => re.test(part))?.[1] ?? null;
  if ((found === "subsidised_loans" || found === "leasing") && LOANS.test(part) && LEASING.test(part))
    return "demand_support";
  return found;
}

const POINTS_AFTER = /^\s*(?:localization\s+)?(?:балл\p{L}*|points?|pts)/iu;
const NEEDS =
  /нужно|необходимо|должн\p{L}*|обязан\p{L}*|достаточно|требовани\p{L}*|требует\p{L}*|планк\p{L}*|порог\p{L}*|уровень|уровн\p{L}*|не менее|минимум|минимальн\p{L}*|установлен\p{L}*|needs?|needed|required|requirement|necessary|must|at least|threshold|goal|level|(?<![\p{L}])bar(?![\p{L}])|minimum|should|have to|has to|доступн\p{L}*|допуска\p{L}*|допуск\p{L}*|претендова\p{L}*|потребуется|eligible|eligibility|qualify|qualifies|available/iu;
const DRAFT =
  /проект\p{L}*|предлож\p{L}*|предлага\p{L}*|новой редакции|proposed|proposal|draft|would|plans? to/iu;
const SAME_AMOUNT =
  /столько же|столь(?:ко)? же|тот же (?:порог|уровень|минимум)|the same (?:number|level|bar|threshold|score)|as many points/iu;
const CURRENT =
  /сейчас|теперь|по-прежнему|ныне|текущ\p{L}* (?:требовани|порог|уровн|планк)\p{L}*|(?<![\p{L}])(?:current(?:ly)?|still|today|now)(?![\p{L}])/iu;
/** "теперь нужно 5 400" after a decision: the new rule, not the one that stood. */
const NOW_CHANGED = /теперь|(?<![\p{L}])now(?![\p{L}])/giu;
const THIS_YEAR = /в этом году|в текущем году|этого года|this year|in the current year/iu;

const TAKES_EFFECT =
  /вступ\p{L}* в силу|заработа\p{L}*|начн\p{L}* действовать|takes? effect|(?:comes?|came|enters?|entered) into (?:force|effect)|goes into effect/iu;

function points(s: string): Quantity[] {
  const qs = findQuantities(s).filter((q) => !q.percent && !q.currency);
  const hasPointsWord = /балл|points?/iu.test(s);
  // "MOSCOW, Sept 29 -", "с 1 марта 2026 г.": a number inside a date is no score.
  const days = findDates(s, null);
  return qs.filter((q) => {
    if (days.some((d) => q.start < d.end && d.start < q.end)) return false;
    const before = s.slice(Math.max(0, q.start - 14), q.start);
    if (/(№|No\.?|номер|постановлени\p{L}*|decree)\s*$/iu.test(before)) return false;
    // "the 719th decree", "по 719-му постановлению": an ordinal names a document, not a score.
    if (
      /^(?:-?(?:th|st|nd|rd|й|го|му|м|ое|ом)(?![\p{L}])|\s*(?:decree|resolution|постановлени))/iu.test(
        s.slice(q.end),
      )
    )
      return false;
    // "не 7 000, а 5 400", "instead of 7,000": the figure replaced is not the rule.
    if (/(?<![\p{L}])(не|not)\s*$/iu.test(before) && /^[^.]{0,30}?,\s*(а|but)\s/iu.test(s.slice(q.end)))
      return false;
    if (/(instead of|вместо|rather than)\s*$/iu.test(before)) return false;
    if (
      /^\s*(год|year|%|процент|лет|years|млрд|million|моделей|models|cars|машин|litre|литр|h\.?p|л\.с)/iu.test(
        s.slice(q.end),
      )
    )
      return false;
    // No score reaches past the scale's maximum (8,800): "1.7 million points" is a slip of translation.
    if (q.value > 12_000) return false;
    if (POINTS_AFTER.test(s.slice(q.end))) return true;
    if (/^\d{4}$/.test(q.text) && q.value >= 1990 && q.value <= 2100) return false;
    // "за окраску — 500", "brings 200", "adds another 100" in a sentence about points.
    return hasPointsWord && q.value >= 10 && q.value <= 20_000;
  });
}

const CLAUSE_START =
  /,\s*(?:and|а|тогда как|while|whereas|but|но)\s|;\s|тогда как|(?<![\p{L}])либо\s|,?\s(?:or|either)\s/giu;
const CLAUSE_END = /,\s*(?:and|а|тогда как|while|whereas|but|но|либо)\s|;\s|\s—\s|тогда как|\sor\s/iu;

/** The clause a number stands in: from the last ", а" / ", and" / ";" before it to the next one after. */
function clauseOf(s: string, q: Quantity, lo: number, hi: number): [number, number] {
  let start = lo;
  for (const m of s.slice(lo, q.start).matchAll(CLAUSE_START)) start = lo + (m.index ?? 0);
  const rest = s.slice(q.end, hi);
  const e = CLAUSE_END.exec(rest);
  return [start, e ? q.end + (e.index ?? 0) : hi];
}

/** The first purpose (by table order) named before the number in its clause, else after it. */
function purposeOf(s: string, q: Quantity, start: number, end: number): string | null {
  const before = s.slice(start, q.start);
  const after = s.slice(q.end, end);
  for (const part of [before, after]) {
    const found = purposeIn(part);
    if (found) return found;
  }
  return null;
}

/**
 * "быть произведённой по СПИК, либо набирать 3200 баллов", "be made under a SPIC, or score 3,200":
 * what an alternative before the number names is another way to qualify, not the number's purpose.
 */
const ALTERNATIVE = /(?:,\s*|\s)либо\s|,\s*or\s|(?<![\p{L}])either\s/giu;
function afterAlternative(before: string): string {
  const last = [...before.matchAll(ALTERNATIVE)].pop();
  return last ? before.slice((last.index ?? 0) + last[0].length) : before;
}

function lastBefore<T>(s: string, table: [RegExp, T][], lo: number, at: number): T | null {
  let best: { at: number; v: T } | null = null;
  for (const [re, v] of table)
    for (const m of s.slice(lo, at).matchAll(new RegExp(re.source, `${re.flags.replace("g", "")}g`))) {
      const i = lo + (m.index ?? 0);
      if (!best || i > best.at) best = { at: i, v };
    }
  return best?.v ?? null;
}

function nearest<T>(s: string, q: Quantity, table: [RegExp, T][], lo: number, hi: number): T | null {
  let best: { d: number; v: T } | null = null;
  for (const [re, v] of table) {
    for (const m of s.matchAll(new RegExp(re.source, `${re.flags.replace("g", "")}g`))) {
      const at = m.index ?? 0;
      if (at < lo || at > hi) continue;
      const d = at < q.start ? q.start - at : at - q.end;
      if (!best || d < best.d) best = { d, v };
    }
  }
  return best?.v ?? null;
}

/** "с марта 2026 г.", "from January 2027": the first day of a month a rule starts in. */
function monthStart(s: string, articleDate: string | null): string | null {
  const p = findPeriods(s, articleDate).find(
    (x) =>
      x.period?.granularity === "month" &&
      /(?<![\p{L}])(с|со|from|starting|since)\s*$/iu.test(s.slice(Math.max(0, x.start - 10), x.start)),
  );
  return p?.period?.start ?? null;
}

/**
 * Days a rule may start on, the one told as a start first ("from January 1, 2024", "с 1 марта"); a
 * document's own date ("постановление от 17 июля", "dated", a "MOSCOW, Sept 29 -" dateline) is none.
 */
function startDates(own: string, articleDate: string | null) {
  const ds = findDates(own, articleDate, "nearest").filter(
    (d) =>
      d.date &&
      /\d/.test(own.slice(d.start, d.end)) &&
      !/(?<![\p{L}])(?:от|dated|of)\s*$/iu.test(own.slice(Math.max(0, d.start - 8), d.start)) &&
      !/^\s*[-–—]\s/u.test(own.slice(d.end)),
  );
  const told = (d: { start: number }) =>
    /(?<![\p{L}])(?:с|со|from|starting|since|effective|начиная с|as of)\s*$/iu.test(
      own.slice(Math.max(0, d.start - 14), d.start),
    );
  return [...ds.filter(told), ...ds.filter((d) => !told(d))];
}

/** When a score was told: the day the sentence names ("from February 6"), its month's year, or the article's date. */
function scoreDate(s: string, articleDate: string | null): string | null {
  const day = findDates(s, articleDate, "past").find((d) => d.date);
  if (day?.date) return day.date;
  const year = /(?<![\d])((?:19|20)\d{2})(?!\d)/.exec(s)?.[1];
  return year ?? articleDate;
}

export function readLocalization(
  sentences: string[],
  articleDate: string | null,
  modelsOf: (s: string) => { start: number; model: string }[],
  /** The one model the headline is about, if any. */
  subjectModel: string | null = null,
): LocalizationCandidate[] {
  const out: LocalizationCandidate[] = [];
  const text = sentences.join(" ");
  const adopted =
    /подписал\p{L}*|подписан\p{L}*|утвердил\p{L}*|approved|signed|adopted|вступит в силу|takes effect|обновил\p{L}*/iu.test(
      text,
    );
  const effectiveSentence = sentences.find((s) => TAKES_EFFECT.test(s)) ?? "";
  const effectiveAt = effectiveSentence.search(TAKES_EFFECT);
  const effective = findDates(effectiveSentence, articleDate).find((d) => d.start > effectiveAt);
  const year = articleDate ? Number(articleDate.slice(0, 4)) : null;
  const draftLead = sentences.slice(0, 2).some((x) => DRAFT.test(x)) && !adopted;
  let lastPurpose: string | null = null;
  // "не менее 2500 баллов … программы льготного автокредитования" told sentences apart: the one
  // purpose the article names serves a threshold whose sentence names none.
  const named = [...new Set(sentences.map((x) => purposeIn(x)).filter((x): x is string => x !== null))];
  const articlePurpose = named.length === 1 ? (named[0] ?? null) : null;
  for (const s of sentences) {
    // "Столько же с 1 марта 2026 года потребуется для работы в такси": the last threshold again.
    const again = out.filter((c) => c.kind === "threshold").pop();
    const samePurpose = purposeIn(s);
    if (
      again &&
      samePurpose &&
      samePurpose !== again.purpose &&
      SAME_AMOUNT.test(s) &&
      points(s).length === 0
    ) {
      const day = findDates(s, articleDate, "nearest").find((d) => d.date);
      out.push({
        ...again,
        purpose: samePurpose,
        from: day?.date ?? monthStart(s, articleDate) ?? again.from,
        sentence: s,
        span: s.match(SAME_AMOUNT)?.[0] ?? "",
      });
      lastPurpose = samePurpose;
      continue;
    }
    if (!/балл|points?|локализац|locali[sz]ation/iu.test(s)) {
      // "Работать в такси … смогут только …": the purpose the next sentence's threshold is for.
      const p = purposeIn(s);
      if (p) lastPurpose = p;
      continue;
    }
    const ps = points(s);
    const models = modelsOf(s);
    ps.forEach((q, i) => {
      const lo = ps[i - 1]?.end ?? 0;
      const hi = ps[i + 1]?.start ?? s.length;
      const clause = s.slice(lo, hi);
      const span = q.text;
      if (
        /максим\p{L}*|maximum|tops out|full scale|шкал\p{L}*|из возможных|out of a possible|possible/iu.test(
          clause,
        ) &&
        !NEEDS.test(s.slice(lo, q.start).replace(/level/giu, ""))
      ) {
        out.push({ kind: "max_score", points: q.value, sentence: s, span });
        return;
      }
      const [cs, ce] = clauseOf(s, q, lo, hi);
      // Points per 1 % of R&D are read apart (rd_spending); the rest of the sentence is ours.
      if (RD.test(s.slice(cs, ce)) && /процент|percent|%/iu.test(s.slice(cs, ce))) return;
      const ownModel = models.filter((m) => m.start < q.start && m.start >= Math.max(lo, cs)).pop();
      if (ownModel && !NEEDS.test(s.slice(ownModel.start, q.start))) {
        // "Lada Granta сейчас набирает около 5 200 баллов": the model's own score.
        out.push({
          kind: "model_score",
          model: ownModel.model,
          points: q.value,
          date: scoreDate(s, articleDate),
          sentence: s,
          span,
        });
        return;
      }
      const ownItem = lastBefore(s, ITEMS, Math.max(lo, cs), q.start);
      if (ownItem && !purposeIn(s.slice(cs, ce))) {
        out.push({ kind: "localization_item", item: ownItem, points: q.value, sentence: s, span });
        return;
      }
      const purpose =
        purposeOf(s, q, cs, ce) ??
        (NEEDS.test(s.slice(lo, ce)) ? purposeIn(afterAlternative(s.slice(lo, q.start))) : null) ??
        (i > 0 && out[out.length - 1]?.kind === "threshold" ? lastPurpose : null) ??
        (NEEDS.test(s.slice(cs, ce)) ? (lastPurpose ?? articlePurpose) : null);
      // Procurement in an article about vans ("… a light commercial vehicle (LCV). … public procurement …").
      const lcvNear = LCV.test(s) || LCV.test(sentences[sentences.indexOf(s) - 1] ?? "");
      const purposeHere = purpose === "procurement" && lcvNear ? "lcv_procurement" : purpose;
      if (purposeHere && (NEEDS.test(s) || /ужесточ|lower|снижа/iu.test(s))) {
        const purpose = purposeHere;
        const before = s.slice(lo, q.start);
        let status: ThresholdStatus | null = null;
        const fromTo = /(?<![\p{L}])(from|с|со)\s*$/iu.test(before) && ps[i + 1];
        const current = (x: string) => CURRENT.test(adopted ? x.replace(NOW_CHANGED, "") : x);
        if (DRAFT.test(s)) status = fromTo || CURRENT.test(before) ? "in_force" : "draft";
        else if (current(clause)) status = "in_force";
        else if (adopted) status = "adopted";
        if (!status && DRAFT.test(text) && CURRENT.test(clause)) status = "in_force";
        if (status === null && DRAFT.test(text))
          status = /(?<![\p{L}])(а|and)\s/iu.test(before) ? "draft" : null;
        // "…выложило проект. Согласно документу, с 1 января 2024 года …": a draft article's rules.
        if (
          status === null &&
          draftLead &&
          /будет|будут|will|would|should|должн\p{L}* будет|можно будет/iu.test(s)
        )
          status = "draft";
        // The date it applies from: this clause's own ("с 2027 года", "From March 1, 2026"), then
        // "this year" / "now", then the decision's effective date for a rule told in the future.
        const own = s.slice(cs, ce);
        const dates = startDates(own, articleDate);
        const yearOnly =
          /(?<![\d])(?:с|from|in|в|for|by|к|до|на)\s+((?:19|20)\d{2})(?!\d)(?!\s*(?:балл|points?))/iu.exec(
            own,
          );
        let from: string | null = null;
        const month = monthStart(own, articleDate);
        if (dates[0]?.date) from = dates[0].date;
        else if (month) from = month;
        else if (yearOnly?.[1]) from = `${yearOnly[1]}-01-01`;
        else if (
          status !== "draft" &&
          (THIS_YEAR.test(s) || current(clause) || status === "in_force") &&
          year
        )
          from = `${year}-01-01`;
        else if (status !== "draft" && /будет|will|должна будет/iu.test(clause) && effective?.date)
          from = effective.date;
        // "Закон о локализации такси вступает в силу 1 марта 2026 г. … не менее 3200 баллов": the
        // rule for the purpose whose law takes effect applies from that day.
        else if (status !== "draft" && effective?.date && purposeIn(effectiveSentence) === purpose)
          from = effective.date;
        out.push({
          kind: "threshold",
          purpose,
          points: q.value,
          from,
          status,
          undated: !from && !year,
          sentence: s,
          span,
        });
        lastPurpose = purpose;
        return;
      }
      // A sentence that names no model but says "the crossover collects …" is about the article's model.
      const model =
        models.filter((m) => m.start < q.start && m.start >= lo).pop() ??
        models.find((m) => m.start >= lo && m.start < hi) ??
        (subjectModel && models.length === 0 ? { start: 0, model: subjectModel } : undefined);
      if (
        model &&
        /набира\p{L}*|набрал\p{L}*|имеет|has|collects|collected|scores?|scored|получ\p{L}*|reaches|stands at|specified|указан\p{L}*|было\s/iu.test(
          s,
        )
      ) {
        out.push({
          kind: "model_score",
          model: model.model,
          points: q.value,
          date: scoreDate(s, articleDate),
          sentence: s,
          span,
        });
        return;
      }
      // "Сварка, окраска и штамповка кузова вместе дают 1 200 баллов": the body operations as one sum.
      const body = [/сварк|welding/iu, /окраск|painting/iu, /штамп|stamping/iu].filter((re) =>
        re.test(s.slice(lo, q.start)),
      ).length;
      if (body >= 2 && /вместе|в сумме|суммарно|together|combined|in total|altogether/iu.test(s)) {
        out.push({
          kind: "localization_item",
          item: "body_operations_total",
          points: q.value,
          sentence: s,
          span,
        });
        return;
      }
      const item = lastBefore(s, ITEMS, lo, q.start) ?? nearest(s, q, ITEMS, lo, hi);
      if (item) out.push({ kind: "localization_item", item, points: q.value, sentence: s, span });
    });
    // "должна набирать 3200 баллов, а с января 2027 года — 3500": the undated one is today's.
    const here = out.filter(
      (c): c is Extract<LocalizationCandidate, { kind: "threshold" }> =>
        c.kind === "threshold" && c.sentence === s,
    );
    if (year && here.some((c) => c.from))
      for (const c of here) if (!c.from && c.status !== "draft") c.from = `${year}-01-01`;
    const p = purposeIn(s);
    if (p) lastPurpose = p;
  }
  return out;
}
