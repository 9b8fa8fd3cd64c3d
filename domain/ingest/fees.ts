// Recycling-fee (утильсбор) news: the rates per category with their old and new value, the date they
// apply from, and the decision itself (who, adopted / draft / postponed, the date it takes effect).
// Rule-based over the number and date layer (domain/language/); no network, no model.
import { findDates, findPeriods } from "../language/dates.ts";
import { findQuantities, type Hedge, type Quantity } from "../language/numbers.ts";
import { actorIn } from "./actors.ts";
import { feeDates } from "./fee-dates.ts";

export interface FeeRate {
  kind: "recycling_fee";
  /** Built from base-rate | personal, new | old, an engine band (1-2l, le3l), a power band. */
  category: string;
  old: number | null;
  new: number;
  unit: "rub" | "coefficient";
  from: string | null;
  undated: boolean;
  hedge: Hedge | null;
  sentence: string;
  span: string;
}

export interface FeePolicy {
  kind: "fee_policy";
  actor: "government" | "ministry-industry" | "parliament" | "president" | null;
  status: "adopted" | "draft" | "postponed";
  effective: string | null;
  undated: boolean;
  amounts: number[];
  /** The country deciding, when not Russia ("Kyrgyzstan plans to start charging a recycling fee"). */
  jurisdiction?: string | null;
  sentence: string;
}

/** The fee's names, in Russian and in translated reprints ("scrapping duty", "disposal rate", "salvage fee"). */
export const FEE_WORDS =
  /утильсбор\p{L}*|утилизацион\p{L}* (?:сбор|платеж|платёж)\p{L}*|recycling[- ](?:fee|collection|charge|levy|duty|duties)|scrap(?:page|ping)?[- ](?:fee|collection|levy|charge|dut(?:y|ies))|disposal (?:fee|levy|charge|rate)|salvage fee|utilsbor|util'sbor|utili[sz]ation (?:fee|collect(?:ion|ing)|levy|charge|rate|payment|dut(?:y|ies))/iu;
const CHANGE_WORDS =
  /(?<![\p{L}])(?:became|has become|have become|стал[аои]?)(?![\p{L}])|отсроч\p{L}*|перенос(?!ил)\p{L}*|повыс\p{L}*|повыш\p{L}*|введ\p{L}*|ввест\p{L}*|ввод\p{L}*|(?<![\p{L}])(introduc\p{L}*|start charging|to charge|impose\p{L}*)(?![\p{L}])|поднял\p{L}*|поднимет\p{L}*|поднимут\p{L}*|вырастет|вырастут|увелич\p{L}*|индекс\p{L}*|измен\p{L}*|перенес\p{L}*|отлож\p{L}*|raise\p{L}*|(?<![\p{L}])(rise|rises|rising|rose)(?![\p{L}])|increase\p{L}*|index\p{L}*|grows?|overhaul|formula|pushed back|delayed|postpon\p{L}*|hike/iu;
const FUTURE =
  /(?<![\p{L}])(will|plans?|planned|to introduce|to start|intends?)(?![\p{L}])|будет|будут|планир\p{L}*|намерен\p{L}*|собира\p{L}*|(?<![\p{L}])(?:вырастет|вырастут|составит|составят|повысится|повысят|увеличится|увеличат|поднимется|поднимут|вступит|вступят|заработает|заработают|начн[её]т|изменится|изменятся|проиндексируют)(?![\p{L}])/iu;
const POSTPONED =
  /pushed back|delayed|postpon\p{L}*|отодвин\p{L}*|передвин\p{L}*|перенес\p{L}*|перенос(?!ил)\p{L}*|отлож\p{L}*|отсроч\p{L}*|сдвинул\p{L}*/iu;
const DRAFT =
  /(?<![\p{L}])draft(?![\p{L}])|(?:разработал|разработали|подготовил|подготовили|внес|внёс|внесли)\p{L}* (?:\p{L}+ )?поправк\p{L}*|инициатив\p{L}*|(?<![\p{L}])(?:drawn up|drew up|prepared|submitted) (?:\p{L}+ )?(?:amendments|a bill|changes)|(?<![\p{L}])initiative(?![\p{L}])|proposed|proposal|plans? to|проект\p{L}*|предлага\p{L}*|предложил\p{L}*|планиру\p{L}*/iu;
const SAME =
  /^(?:\S+\s+){0,2}?(?:for them|для них|по ним|on them)(?![\p{L}])|the same (?:(?:new|used|older|old)\s+)?car|same class|a similar car|the same vehicle|such (?:vehicles|cars|models)|such an? (?:car|vehicle|model)|(?:эт(?:а|у|ой|ом|их)|т(?:а|у|ой|ех) же|данн\p{L}*) категори\p{L}*|(?:this|that|the same) (?:category|band|power band|range|bracket)|(?:эт(?:ой|ого|ом)|т(?:ой|ого) же) (?:полос|диапазон|сегмент)\p{L}*|той же мощност\p{L}*|(?:with )?the same power|(?:this|that) class|этого класса|(?<![\p{L}])(?:these|those) (?:vehicles|cars|models)|(?<![\p{L}])(?:эти|этих|этим) (?:машин|автомобил|модел)\p{L}*|the same (?:engine|volume)|того же объ[её]ма|с (?:таким|тем) же (?:двигателем|мотором|объ[её]мом)|того же (?:двигателя|мотора)|(?:with )?the same (?:motor|displacement)|того же класса|той же машин|так(?:ой|ую|ого) же|аналогичн\p{L}*|так(?:ие|их) (?:машин|автомобил)\p{L}*/iu;
/** A rate that stays: "не изменилась", "индексация не затронет", "unchanged", "still". */
const STAYS =
  /(?<![\p{L}])(?:оста[её]тся|останет\p{L}*|останут\p{L}*|остаются|остал(?!ьн)\p{L}*|оставил\p{L}*|оставлен\p{L}*|оставят)|как (?:и )?(?:прежде|раньше)|не меня\p{L}*|не поменя\p{L}*|(?<![\p{L}])as (?:before|previously|now)(?![\p{L}])|(?:does|do|will|would) not change|(?:doesn't|don't|won't) change|no change|сохран\p{L}*|по-прежнему|как и раньше|не измен\p{L}*|не затрон\p{L}*|не косн\p{L}*|stays?|keeps?|kept|remains?|unchanged|still|subject to the previous|(?<![\p{L}])(?:the same|those same)\s+\d|(?<![\p{L}])(?:те же|тех же|прежние|прежних)\s+\d|(?<![\p{L}])(?:was|were|is|are|been) left (?:at|unchanged)|the previous (?:low )?(?:fee|rate)|по прежн\p{L}* ставк\p{L}*|not (?:be )?affected|won't affect|will not affect|(?<![\p{L}])(?:continues?|continued|will continue) to (?:pay|apply|be|cost)|(?:is|are|will be|has been|have been) (?:retained|preserved|maintained|saved)|продолж\p{L}* (?:платить|действовать|применяться)|(?<![\p{L}])(?:go|goes|going|carry|carries|will carry) on (?:paying|to pay)(?![\p{L}])|(?<![\p{L}])(?:the )?old (?:recycling )?(?:rates?|fees?|scale) (?:still )?appl(?:y|ies)|(?<![\p{L}])по (?:старым|прежним) (?:ставкам|тарифам|правилам)|(?<![\p{L}])по-старому(?![\p{L}])|(?<![\p{L}])столько же(?![\p{L}])/iu;
/** A rate told as today's, in the sentence's opening words. */
const STANDS_NOW =
  /^(?:[\p{L}\d,]+\s+){0,3}?(?:сейчас|сегодня|ныне|в настоящее время|на данный момент|пока(?: ещё| еще| что)? действу\p{L}*|currently|at present|today|for now)(?![\p{L}])/iu;
/** "вступит в силу 1 января", "takes effect on December 1": a start told by its verb. */
export const IN_FORCE_VERB =
  /вступ\p{L}* в силу|(?:начн|начина|начал)\p{L}* (?:применяться|действовать)|заработа\p{L}*|take[sn]? effect|took effect|come[s]? into (?:force|effect)|came into (?:force|effect)|in effect|appl(?:y|ies) from|will apply/iu;

/** A date the article gives as the plan that was, not the one that holds. */
export const ORIGINALLY =
  /первоначально|изначально|ранее (?:планировал\p{L}*|предполагал\p{L}*)|должн\p{L}* был\p{L}*|originally|initially|was (?:due|supposed|set) to|were (?:due|supposed|set) to|had been (?:due|planned|set)|(?<![\p{L}])(?:at first|at the outset|сначала|поначалу)(?![\p{L}])|собирал\p{L}*сь|планировал\p{L}*сь|(?<![\p{L}])(?:was|were) to (?:start|begin|take effect|come into)|(?<![\p{L}])(?:was|were|had been) (?:planned|scheduled|expected|intended)(?![\p{L}])|It was planned|планировал(?:ось|ись)|предполагал(?:ось|ись)/iu;

/**
 * Whether a date at `at` is the plan that was: the words of its sentence up to the date, from the
 * last turn ("but", "но", "а", ";") on, say "originally", "at first", "was planned".
 */
export function planThatWas(s: string, at: number): boolean {
  const before = s.slice(0, at);
  const turn = Math.max(
    ...[" but ", ", но ", " но ", ", а ", "; ", " however", " однако"].map((b) =>
      before.toLowerCase().lastIndexOf(b),
    ),
    0,
  );
  return ORIGINALLY.test(before.slice(turn)) || ORIGINALLY.test(clauseAround(s, at));
}
/** The clause around a position: between the nearest clause breaks. */
export function clauseAround(s: string, at: number): string {
  const before = s.slice(0, at);
  const start = Math.max(...[",", ";", " — ", " но ", " but ", ":"].map((b) => before.lastIndexOf(b)), 0);
  const rest = s.slice(at);
  const ends = [",", ";", " — ", " но ", " but "]
    .map((b) => rest.indexOf(b))
    .filter((i) => i > 0)
    .sort((a, b) => a - b);
  return s.slice(start, at + (ends[0] ?? rest.length));
}

/** Who decides the fee: the body named first; the interior ministry never does. */
function actorOf(s: string): FeePolicy["actor"] {
  const actor = actorIn(s);
  return actor === "ministry-interior" ? null : actor;
}

interface Category {
  base?: boolean;
  personal?: boolean;
  age?: "new" | "old";
  engine?: string;
  power?: string;
}

/** A unit of engine power after a figure: "л. с.", "лошадиных сил", "сил", "hp", "horsepower". */
const HP = String.raw`\s*(?:л\.\s?с\.?|лс(?![\p{L}])|л\/с(?![\p{L}])|лошадин\p{L}*\s+сил\p{L}*|сил(?![\p{L}])|[«"“]?лошад(?:ей|и|ь)[»"”]?|hp(?![\p{L}])|h\.\s?p\.?|horse[- ]?powers?|horse forces?)`;
const POWER_RANGE = new RegExp(
  String.raw`(?:(?:от|from|свыше|более|больше|выше|over|above|more than|exceeding|in excess of)\s*(\d{2,3})(?:${HP})?\s*,?\s*(?:(?:и|and|but|но)\s+)?(?:до|to|up to|no more than|not more than|not exceeding|не более|не выше|не больше)\s*(\d{2,3})|(?:между|between)\s*(\d{2,3})(?:${HP})?\s*(?:и|and)\s*(\d{2,3})|(?<![\d.,])(\d{2,3})\s*[-–—]\s*(\d{2,3}))(?:${HP})`,
  "iu",
);
const POWER_UP_TO = new RegExp(
  String.raw`(?:(?<![\p{L}])до|up to|не более|не выше|не мощнее|no more than|not exceeding|not more than|at most|under|less than|below|менее|меньше|не превыша\p{L}*|не превосход\p{L}*)\s*(\d{2,3})(${HP})?`,
  "iu",
);
const POWER_ABOVE = new RegExp(
  String.raw`(?:более|свыше|больше|мощнее|выше|above|over|more than|more powerful than|exceeding|in excess of|greater than|превыша\p{L}*)\s*(\d{2,3})(${HP})?`,
  "iu",
);

/** "более мощных", "мощнее" with no figure after it, "more powerful", "higher-powered": above the bound just told. */
const MORE_POWERFUL =
  /(?<![\p{L}])(?:(?:более|побольше) мощн\p{L}*|мощнее(?!\s*\d)|more powerful(?!\s+than)|higher-powered|stronger (?:cars?|ones?|engines?))(?![\p{L}])/iu;

/** The engine-power band a text names: "160-190hp", "le160hp", "gt160hp" (a bound needs its unit unless it is 160). */
function powerOf(text: string): string | undefined {
  const s = kilowattsAsHp(text);
  // "160 hp or less", "160 л. с. и менее": a bound from above told after the figure.
  const orLess = new RegExp(
    String.raw`(?<![\d.,])(\d{2,3})(?:${HP})\s*(?:or less|or below|and (?:less|below|under)|или меньше|или менее|и менее|и меньше|и ниже)`,
    "iu",
  ).exec(s);
  if (orLess) return `le${orLess[1]}hp`;
  const r = POWER_RANGE.exec(s);
  if (r) {
    const [a, b] = [r[1] ?? r[3] ?? r[5], r[2] ?? r[4] ?? r[6]].map(Number);
    // "от 161 до 190 л. с.", "from 191 to 220 hp": a bound one above a band's edge is that edge.
    const lo = a !== undefined && POWER_BANDS.includes(a - 1) ? a - 1 : a;
    if (lo !== undefined && b !== undefined && lo < b) return `${lo}-${b}hp`;
  }
  const up = POWER_UP_TO.exec(s);
  if (up && (up[2] || up[1] === "160") && !/не\s*$/iu.test(s.slice(Math.max(0, up.index - 3), up.index)))
    // "Льгота сохранится только для машин до 160 л. с., а для более мощных коэффициент вырастет …",
    // "… only for cars up to 160 hp; for a more powerful one …": what the sentence goes on to tell is
    // of the cars above the bound.
    return MORE_POWERFUL.test(s.slice(up.index + up[0].length)) ? `gt${up[1]}hp` : `le${up[1]}hp`;
  const above = POWER_ABOVE.exec(s);
  if (above && (above[2] || above[1] === "160")) {
    // "не превышает 160 л. с.", "not more powerful than 160 hp" are bounds from above.
    if (/(?<![\p{L}])(?:не|not|no)\s*$/iu.test(s.slice(Math.max(0, above.index - 5), above.index)))
      return `le${above[1]}hp`;
    return `gt${above[1]}hp`;
  }
  // "машина на 180 сил", "a 200 hp crossover": one car's power falls in a band of the rules.
  const one = new RegExp(String.raw`(?<![\d.,])(\d{2,3})(?:${HP})`, "iu").exec(s);
  if (one?.[1]) return bandOfPower(Number(one[1]));
  return undefined;
}

/** The power bands of the rules since December 2025, in horsepower: up to 160, then 160–190 … 400–500, over 500. */
const POWER_BANDS = [160, 190, 220, 250, 280, 310, 340, 370, 400, 500];
function bandOfPower(hp: number): string | undefined {
  if (hp < 40) return undefined;
  if (hp <= 160) return "le160hp";
  for (let i = 1; i < POWER_BANDS.length; i++) {
    const lo = POWER_BANDS[i - 1] ?? 0;
    const hi = POWER_BANDS[i] ?? 0;
    if (hp <= hi) return `${lo}-${hi}hp`;
  }
  return "gt500hp";
}

/**
 * Engine power told in kilowatts ("117,7–139,7 кВт", "over 117.7 kW") as horsepower: 1 kW is 1.36 hp,
 * and the bands of the rules are whole tens of horsepower, so a bound that lands within 1.5 hp of
 * one is that band's; other kilowatt figures are left alone.
 */
function kilowattsAsHp(s: string): string {
  if (!/квт|kw/iu.test(s)) return s;
  const hp = (kw: string) => {
    const v = Number(kw.replace(",", ".")) * 1.35962;
    const round = Math.round(v / 10) * 10;
    return Math.abs(v - round) <= 1.5 ? String(round) : null;
  };
  return s.replace(
    /(\d{2,3}(?:[.,]\d{1,2})?)(\s*(?:[-–—]|до|to|and|и)\s*)?(\d{2,3}(?:[.,]\d{1,2})?)?\s*(?:кВт|kW)(?![\p{L}])/giu,
    (m, a: string, mid: string | undefined, b: string | undefined) => {
      const ha = hp(a);
      const hb = b ? hp(b) : null;
      if (!ha || (b && !hb)) return m;
      return b ? `${ha}${mid ?? "-"}${hb} л. с.` : `${ha} л. с.`;
    },
  );
}

/** "новые правила", "new rates", "the new methodology": "new" told of a rule, not of a car. */
const NEW_RULE =
  /(?<![\p{L}])(?:нов\p{L}*|new)\s+(?:правил|методик|ставк|коэффициент|порядк|систем|формул|тариф|постановлен|закон|шаг|этап|волн|повышен|индексац|расч[её]т|редакц|rules?|rates?|methodology|method|coefficients?|system|formula|procedure|decree|fees?|step|round|wave|calculation|scheme|regime|tariffs?)\p{L}*/giu;

/** Whether a sentence tells one engine's displacement above 1 and up to 2 litres ("1,6 л", "1998 cc"). */
function engineInBand(s: string): boolean {
  const litres =
    /(?<![\d.,])(2(?![.,]\d)|[12][.,]\d)\s*(?:-?\s*литр\p{L}*|-?\s*литров\p{L}*|л(?![\p{L}])|l(?![\p{L}])|-?\s*litres?|-?\s*liters?)(?!\s*(?:[-–—]|до|to)\s*\d)/iu.exec(
      s,
    );
  if (litres?.[1]) {
    const v = Number(litres[1].replace(",", "."));
    if (v > 1 && v <= 2) return true;
  }
  const cc =
    /(?<![\d.,])(1[\s,]?\d{3})\s*(?:куб\p{L}*\.?\s*(?:см|сантиметр\p{L}*)|см³|см3|cc|cm3|cubic)/iu.exec(s);
  if (cc?.[1]) {
    const v = Number(cc[1].replace(/[\s,]/g, ""));
    if (v > 1000 && v <= 2000) return true;
  }
  return false;
}

const LITRE = String.raw`(?:-?\s*литр\p{L}*|л(?![\p{L}.])|-?\s*lit(?:re|er)s?|l(?![\p{L}]))`;
const CC = String.raw`(?:куб\p{L}*\.?(?:\s*(?:см|сантиметр\p{L}*)\.?)?|см³|см3|cc(?![\p{L}])|cm3|cubic (?:centimet\p{L}*|cm))`;
const ENGINE_RANGE = new RegExp(
  String.raw`(?:(?<![\p{L}])(?:от|свыше|более|больше|from|over|above|more than|between|между)\s+)?(\d(?:[.,]\d)?|\d[\s,]?\d{3})\s*(${LITRE}|${CC})?\s*,?\s*(?:[-–—]|(?:(?:и|and|but|но)\s+)?(?:до|to|up to|не более|no more than|not more than)|(?<![\p{L}])(?:и|and)(?![\p{L}]))\s*(?:включительно\s*)?(\d(?:[.,]\d)?|\d[\s,]?\d{3})\s*(?:(?:тысяч\p{L}*|тыс\.?)\s*|thousand\s*)?(${LITRE}|${CC})`,
  "iu",
);

/** The engine bands of the rules told by their two bounds, in litres: 1–2, 2–3, 3–3.5. */
const ENGINE_BANDS: [number, number, string][] = [
  [1, 2, "1-2l"],
  [2, 3, "2-3l"],
  [3, 3.5, "3-3.5l"],
];

/** The engine band told by its two bounds, in litres or cubic centimetres: "1-2l" for 1–2 litres, "2-3l". */
function engineRange(s: string): string | null {
  const m = ENGINE_RANGE.exec(s);
  if (!m?.[1] || !m[3]) return null;
  // "1000 до 2000 куб. см" in cubic centimetres, "1 to 2 thousand cubic centimetres" and "1–2 л" in litres.
  const litres = (v: string) => {
    const n = Number(v.replace(/[\s,](?=\d{3}$)/u, "").replace(",", "."));
    return n >= 100 ? n / 1000 : n;
  };
  const lo = litres(m[1]);
  const hi = litres(m[3]);
  const near = (a: number, b: number) => Math.abs(a - b) <= 0.01;
  return ENGINE_BANDS.find(([a, b]) => near(lo, a) && near(hi, b))?.[2] ?? null;
}

const UP_TO_TWO_LITRES =
  /(?:(?<![\p{L}])до|не более|не больше|up to|no more than|not exceeding|under|below)\s+(?:двух|two|2(?:[.,]0)?)(?:-х)?\s*(?:-?\s*литр\p{L}*|л(?![\p{L}])|-?\s*lit(?:re|er)s?|l(?![\p{L}]))|(?:(?<![\p{L}])до|up to|under)\s+2\s?000\s*(?:куб\p{L}*|см|cc|cm|cubic)/iu;

/** The base rate the multipliers apply to: "базовая ставка", "the base rate", "basic amount". */
const BASE_RATE =
  /базов\p{L}* (?:ставк|размер|величин|сумм)\p{L}*|(?<![\p{L}])(?:base|baseline|basic) (?:rate|fee|amount|sum|value)/iu;

/**
 * "…went up from 178,400 roubles to 667,400 roubles; the coefficient applied to the base rate grew from
 * 8.92 to 33.37": a sentence that names a car's category and the base rate in another clause than its
 * amounts in roubles tells the category's rate, not the base rate.
 */
function baseInOtherClause(s: string, c: Category): boolean {
  if (!c.base || !(c.age || c.engine || c.power)) return false;
  return !s
    .split(/;\s|:\s/u)
    .some((clause) => BASE_RATE.test(clause) && findQuantities(clause).some((q) => q.currency === "rub"));
}

/**
 * The base rate named only as what a car's multiplier applies to ("the coefficient applied to the base
 * rate for new cars", "коэффициент к базовой ставке", "базовую ставку умножают на"): such a sentence
 * tells the car's rate, not the base rate.
 */
const BASE_AS_REFERENCE = new RegExp(
  String.raw`(?:coefficients?|multipliers?|factors?|коэффициент\p{L}*|множител\p{L}*)\s+(?:[\p{L}-]+\s+){0,2}?(?:to|of|on|for|against|к|для|от)\s+(?:the\s+)?(?:${BASE_RATE.source})|(?:multipl\p{L}*|умнож\p{L}*)\s+(?:[\p{L}-]+\s+){0,2}?(?:the\s+)?(?:${BASE_RATE.source})|(?:${BASE_RATE.source})\s+(?:[\p{L}-]+\s+){0,2}?(?:is |are |gets? |was )?(?:multipl\p{L}*|умнож\p{L}*)`,
  "giu",
);

function namesBaseAsRate(s: string, c: Category): boolean {
  if (!(c.age || c.engine || c.power)) return true;
  return BASE_RATE.test(s.replace(BASE_AS_REFERENCE, " "));
}

/** The lead of a list of links to other articles: "Материалы по теме:", "Читайте также:", "Read also:". */
const LINKS =
  /^(?:материалы по теме|читайте также|ещё по теме|еще по теме|по теме|см\. также|смотрите также|read also|related|see also|more on this|теги|tags)\s*:/iu;

/** A car named as low-powered, with no figure: "маломощный", "low-powered", "low-power". */
const LOW_POWER = /(?<![\p{L}])(?:маломощн\p{L}*|low[- ]power(?:ed)?|less powerful)(?![\p{L}])/iu;

/** Import to sell: "на перепродажу", "для продажи", "в коммерческих целях", "for resale", "for commercial use". */
const RESALE =
  /(?<![\p{L}])(?:на перепродаж\p{L}*|для (?:пере)?продаж\p{L}*|с целью (?:пере)?продаж\p{L}*|в коммерческих целях|for (?:re)?sale|to (?:re)?sell(?: them| it)?(?: on)?|for commercial (?:purposes|use))(?![\p{L}])/iu;

export function categoryOf(s: string): Category {
  const c: Category = {};
  if (BASE_RATE.test(s)) c.base = true;
  if (
    /частн\p{L}* (?:лиц|ввоз|импорт|покупател|владел|автовладел)\p{L}*|физ\p{L}* лиц|физлиц\p{L}*|частник\p{L}*|граждан\p{L}*|individual\p{L}*|private (?:persons?|import\p{L}*|buyers?|individuals?|owners?|use|car owners?|motorists?)|physical persons?|natural persons?|private (?:car )?importers?|personal (?:purposes|consumption)|личного пользования|личных нужд|собственных нужд|personal (?:use|needs|imports?)|own (?:use|needs)|для себя|(?:вез|ввоз|ввез|привез|пригон|гнат|покупа|купи)\p{L}* (?:[\p{L}-]+ ){0,3}?(?:из-за (?:границы|рубежа)|сам\p{L}*)|самостоятельн\p{L}* (?:ввоз|ввез|привез|пригон|покуп)\p{L}*|(?<![\p{L}])(?:bring\p{L}*|brought|import\p{L}*|ship\p{L}*|buy\p{L}*|bought)(?: [\p{L}-]+){0,3}? (?:from abroad|themselves|on their own)|(?<![\p{L}])льгот\p{L}*|preferential/iu.test(
      s,
    )
  )
    c.personal = true;
  // "для частников, ввозящих машину на перепродажу", "individuals importing cars for resale": a private
  // importer who imports to sell pays the commercial rates, as companies do.
  if (c.personal && RESALE.test(s)) delete c.personal;
  if (
    /не старше (?:тр[её]х|3)(?:-х)? лет|(?:not|no) older than (?:three|3)|(?:младше|моложе|менее|меньше) (?:тр[её]х|3)(?:-х)?(?: лет)?|(?:younger|less) than (?:three|3) years|(?<![\p{L}])younger (?:three|3) years|under (?:three|3) years|(?:нет|не исполнилось) (?:тр[её]х|3)(?:-х)? лет|(?<![\d.,])0\s*[-–]\s*3(?:-х)?\s*(?:лет|года?|years?)/iu.test(
      s,
    )
  )
    c.age = "new";
  else if (
    /старше (?:тр[её]х|3)(?:-х)? лет|(?:более|больше|свыше) (?:тр[её]х|3)(?:-х)? лет|older (?:than )?(?:three|3)(?![\d.,])|(?:over|more than) (?:three|3) years|(?:(?:от|from|aged|возрастом)\s+)?(?:тр[её]х|three|3)(?:-х)? (?:до|to) (?:пяти|five|5|семи|seven|7)(?:-ти)? (?:лет|years)|(?<![\d.,])3\s*[-–]\s*[57] (?:лет|years)|three to (?:five|seven) years|(?<![\p{L}])(?:used|second-hand|older|backing)\s+(?:cars?|vehicles?|ones?|models?)|подержанн\p{L}*|с пробегом|(?<![\p{L}])б\/у(?![\p{L}])|более стар\p{L}*|(?:three|3) years (?:old )?(?:and|or) older|(?:тр[её]х|3) лет и старше|(?<![\p{L}])(?:от|from) (?:тр[её]х|three|3)(?:-х)? (?:лет|years old)(?! (?:и|and) (?:младше|моложе|younger))|(?<![\d.,])3\+ (?:лет|years)/iu.test(
      s,
    )
  )
    c.age = "old";
  // "по новым правилам", "the new rates": a new rule or rate is no age of a car.
  else if (
    /(?<![\p{L}])(нов\p{L}*|new)(?![\p{L}])|до (?:тр[её]х|3)(?:-х)? лет|up to (?:three|3) years/iu.test(
      s.replace(NEW_RULE, ""),
    )
  )
    c.age = "new";
  if (
    /(?:от\s+|between\s+|между\s+)?(?:1(?:[.,]0)?|one)[\s-]*(?:до|to|-|–|and|и)[\s-]*(?:2(?:[.,]0)?|two)\s*(?:-?\s*литр\p{L}*|-?\s*liters?|-?\s*litres?|л(?![\p{L}])|l(?![\p{L}]))|(?<![\p{L}])(?:полуторалитров|двухлитров)\p{L}*|1[-–]2[- ]lit|(?:от\s+)?1\s?000\s*(?:до|to|-|–)\s*2\s?000\s*(?:куб\p{L}*|см|cc|cm|cubic)|(?:от )?одного до двух литр\p{L}*/iu.test(
      s,
    )
  )
    c.engine = "1-2l";
  // "свыше 1000 до 2000 куб. см", "from 1 l to 2 l", "1,000 to 2,000 cc": the band told by its bounds.
  else if (engineRange(s)) c.engine = engineRange(s) ?? undefined;
  // "мотор 1,5 л", "a 2.0-litre engine", "1 598 куб. см": one car's engine falls in the 1–2 litre band.
  else if (engineInBand(s)) c.engine = "1-2l";
  // "с мотором до 2 литров", "up to two litres": the rules' band below 2 litres is the 1–2 litre one.
  else if (UP_TO_TWO_LITRES.test(s)) c.engine = "1-2l";
  else if (
    /электромобил\p{L}*|электрокар\p{L}*|electric (?:vehicles?|cars?)|(?<![\p{L}])EVs?(?![\p{L}])/iu.test(s)
  )
    c.engine = "ev";
  else if (
    /(?:(?<![\p{L}])до|не более|не больше|up to|no more than|not exceeding|(?:does|do) not exceed|doesn't exceed|не превыша\p{L}*|under|less than|below)\s+(?:тр[её]х|three|3(?:[.,]0)?)(?:-х)?\s*(?:-?\s*литр\p{L}*|л(?![\p{L}])|-?\s*lit(?:re|er)s?|l(?![\p{L}]))|(?:(?<![\p{L}])до|не более|up to|no more than|under)\s+3\s?000\s*(?:куб\p{L}*|см|cc|cm|cubic)/iu.test(
      s,
    )
  )
    c.engine = "le3l";
  // "льготу для тех, кто везёт маломощный автомобиль", "low-powered cars": the rules' band up to 160 hp.
  c.power = powerOf(s) ?? (LOW_POWER.test(s) ? "le160hp" : undefined);
  if (!c.power) delete c.power;
  if (c.base && !namesBaseAsRate(s, c)) delete c.base;
  return c;
}

function categoryKey(c: Category): string {
  if (c.base) return "base-rate";
  return [c.personal ? "personal" : "", c.age ?? "", c.engine ?? "", c.power ?? ""].filter(Boolean).join("-");
}

/** A verb that moves a date: "перенесли", "отодвинул", "has transferred", "moved", "shifted". */
const MOVE_VERB =
  /перен[её]с\p{L}*|перенос\p{L}*|отодвин\p{L}*|передвин\p{L}*|сдвин\p{L}*|отлож\p{L}*|(?<![\p{L}])(?:transferr\p{L}*|moved?|moves|shift\p{L}*|pushed|postpon\p{L}*|delay\p{L}*|deferr?\p{L}*)(?![\p{L}])/iu;

/**
 * A start moved from one date to another: "перенесли с 1 ноября на 1 декабря", "transferred … from
 * November 1 to December 1" — the later date is the one that holds.
 */
export function movedTo(
  s: string,
  articleDate: string | null,
): { date: string | null; undated: boolean } | null {
  if (!MOVE_VERB.test(s)) return null;
  const ds = feeDates(s, articleDate);
  for (let i = 0; i + 1 < ds.length; i++) {
    const a = ds[i];
    const b = ds[i + 1];
    if (!a || !b) continue;
    const opens =
      /(?<![\p{L}])(?:с|со|from)\s*$/iu.test(s.slice(Math.max(0, a.start - 6), a.start)) ||
      /^(?:from|с|со)\s/iu.test(s.slice(a.start, a.end));
    const between = s.slice(a.end, b.start);
    const to =
      /^\s*(?:(?:of )?(?:this|the current) year\s*|этого года\s*|текущего года\s*)?(?:на|to|until)\s*$/iu.test(
        between,
      ) ||
      (/^\s*$/u.test(between) && /^(?:на|to|until)\s/iu.test(s.slice(b.start, b.end)));
    if (!opens || !to) continue;
    if (a.date && b.date && b.date <= a.date) continue;
    return b;
  }
  return null;
}

/**
 * A postponement to a month's start: "the postponement to the beginning of December", "перенесли на
 * начало декабря", "pushed back to early December" — its first day.
 */
export function movedToMonth(
  s: string,
  articleDate: string | null,
): { date: string | null; undated: boolean } | null {
  for (const p of findPeriods(s, articleDate)) {
    if (p.comparison || (p.period ?? p.shadow)?.granularity !== "month") continue;
    const before = s.slice(Math.max(0, p.start - 30), p.start);
    if (
      !/(?<![\p{L}])(?:to|until|на|до)\s+(?:the\s+)?(?:beginning|start|early)(?:\s+of)?\s*$|(?<![\p{L}])(?:на|до) начал[оа]\s*$/iu.test(
        before,
      )
    )
      continue;
    let date = p.period?.start ?? null;
    if (date && articleDate && date < articleDate.slice(0, 8))
      date = `${Number(date.slice(0, 4)) + 1}${date.slice(4)}`;
    return { date, undated: !p.period };
  }
  return null;
}

const STEP_DUE =
  /(?:ожида\p{L}*|запланирован\p{L}*|намечен\p{L}*|назначен\p{L}*|предусмотрен\p{L}*|expected|scheduled|planned|due)(?:\s+(?:on|for|at))?\s*$|(?:этап\p{L}*|шаг\p{L}*|индексаци\p{L}*|повышени\p{L}*|step|stage|indexation|increase|rise)\s*(?:[—–:-]|is|will be|—)\s*(?:on\s+)?$/iu;

/** "вступило в силу сегодня", "took effect today", "с сегодняшнего дня": a start on the article's day. */
const TODAY_IN_FORCE = new RegExp(
  String.raw`(?:${IN_FORCE_VERB.source})\s+(?:\p{L}+\s+)?(?:сегодня|today)(?![\p{L}])|(?<![\p{L}])(?:сегодня|today),?\s+(?:[\p{L}-]+\s+){0,3}?(?:${IN_FORCE_VERB.source})|(?<![\p{L}])с сегодняшнего дня|(?<![\p{L}])(?:from|as of|starting) today(?![\p{L}])`,
  "iu",
);

/** A verb of deciding or telling: "approved", "signed", "announced", "утвердило", "подписал", "анонсированное". */
const DECIDED =
  /(?<![\p{L}])(?:approv\p{L}*|signed|sign(?:s|ing)?|adopted|published|announc\p{L}*|unveil\p{L}*|issued|утверд\p{L}*|подписа\p{L}*|принял\p{L}*|принят\p{L}*|опубликова\p{L}*|объяв\p{L}*|анонсирова\p{L}*|одобр\p{L}*|заяв\p{L}*|сообщ\p{L}*)(?![\p{L}])/iu;

/**
 * Whether a date or month at [start, end) is the day a decision was taken or told ("approved on
 * November 1", "подписал 1 ноября", "анонсированное в июле"), not the day a rule starts: a verb of
 * deciding right before it (at most two words apart) or right after it.
 */
export function decidedOn(s: string, start: number, end: number): boolean {
  const before = s.slice(Math.max(0, start - 48), start);
  if (/(?<![\p{L}])(?:с|со|from|starting|effective|as of)\s*$/iu.test(before)) return false;
  const m = /(\p{L}+)(?:\s+[\p{L}-]+){0,2}\s+(?:(?:on|in|в|во)\s+)?$/iu.exec(before);
  if (m && DECIDED.test(before.slice(m.index))) return true;
  const after = /^\s*(?:года|г\.)?,?\s*(?:[\p{L}-]+\s+)?[\p{L}-]+/u.exec(s.slice(end, end + 32))?.[0] ?? "";
  return DECIDED.test(after);
}

/**
 * "Завтра, 1 декабря, вступают в силу новые правила", "Tomorrow, December 1, new rules for calculating
 * the fee come into force": the verb of coming into force after the day, in its clause, and not
 * followed by a day of its own ("The decree of November 1 takes effect on December 1").
 */
function inForceAfter(rest: string): boolean {
  const m = new RegExp(String.raw`^[^\d.;:!?]{0,80}?(?:${IN_FORCE_VERB.source})`, "iu").exec(rest);
  return Boolean(m) && !/\d/u.test(rest.slice(m?.[0].length ?? 0, (m?.[0].length ?? 0) + 16));
}

/** The date a fee rule starts from: the first "с 1 октября" / "from December 1" in these sentences. */
function startDate(
  texts: string[],
  articleDate: string | null,
): { date: string | null; undated: boolean } | null {
  for (const t of texts) {
    const moved = movedTo(t, articleDate);
    if (moved) return moved;
    // "Повышение вступило в силу сегодня", "the new rates took effect today": the article's day.
    if (TODAY_IN_FORCE.test(t)) return { date: articleDate, undated: !articleDate };
    for (const d of feeDates(t, articleDate)) {
      // "At first the reform was to start on November 1": the plan that was is no start.
      if (planThatWas(t, d.start)) continue;
      // "The government approved on November 1 a decree …": the day of a decision is no start.
      if (decidedOn(t, d.start, d.end)) continue;
      const before = t.slice(Math.max(0, d.start - 14), d.start);
      if (
        /(?<![\p{L}])(с|со|from|since|starting|начиная с|on|to|на|до|as of|as from|effective)\s*$/iu.test(
          before,
        ) ||
        /^(?:from|с|со|since|starting)\s/iu.test(t.slice(d.start, d.end))
      )
        return d;
      if (IN_FORCE_VERB.test(t.slice(Math.max(0, d.start - 30), d.start))) return d;
      if (inForceAfter(t.slice(d.end))) return d;
      // "Следующая индексация ожидается 1 января 2025 года", "the next step is due on January 1",
      // "следующий этап — 1 января 2027 года": a step of a schedule told by its day.
      if (STEP_DUE.test(t.slice(Math.max(0, d.start - 40), d.start))) return d;
    }
  }
  return null;
}

export function readFees(
  title: string,
  sentences: string[],
  articleDate: string | null,
  countryOf: (s: string) => string | null = () => null,
): { rates: FeeRate[]; policy: FeePolicy | null; start: { date: string | null; undated: boolean } | null } {
  const all = [title, ...sentences];
  const feeSentences = all.filter((s) => FEE_WORDS.test(s));
  if (feeSentences.length === 0) return { rates: [], policy: null, start: null };
  const postponed = feeSentences.find((s) => POSTPONED.test(s));
  // A postponement takes effect on the new date ("pushed back … to December 1").
  let start: { date: string | null; undated: boolean } | null = null;
  for (const s of all) {
    start ??= movedTo(s, articleDate);
  }
  for (const s of all.filter((x) => POSTPONED.test(x))) start ??= movedToMonth(s, articleDate);
  if (postponed && !start) {
    for (const d of feeDates(postponed, articleDate)) {
      const before = postponed.slice(Math.max(0, d.start - 12), d.start);
      if (/(?<![\p{L}])(to|на|до|until)\s*$/iu.test(before)) {
        start = d;
        break;
      }
    }
  }
  start ??=
    startDate(feeSentences, articleDate) ??
    firstYearStart(feeSentences, articleDate) ??
    // A date told of another country's decision ("Киргизия с 1 марта запрещает …") is not the fee's.
    startDate(
      all.filter((s) => !countryOf(s)),
      articleDate,
    ) ??
    startMonth(feeSentences, articleDate);
  const rates: FeeRate[] = [];
  // "…: the table for the private importer": a headline on private importers opens a passage on them.
  const personalArticle = Boolean(categoryOf(title).personal);
  // Rates told so far, with their category: "… вырастет до 750 тыс." rises from the last of them
  // that its own category narrows (the private importer's 3,4 тыс. for a new car).
  const seen: { cat: Category; value: number }[] = [];
  let previous: Category | null = null;
  let previousNew: number | null = null;
  let inFees = false;
  let personalPassage = personalArticle;
  // The engine band the passage is about ("Разбираемся на примере машин с мотором от 1 до 2 литров"):
  // the power bands of the rules are set per engine band, so a power band told later without one is
  // that band's, until another engine is named.
  let passageEngine: string | null = feeTitleEngine(title);
  // "А если мощность 200 сил? Для полосы 190–220 л. с. …": an answer (or an item under a heading) goes
  // on about the payer of the question before.
  let afterQuestion = false;
  // A unit told once over a list ("Ставки с 1 декабря, тыс. руб.:"), for the list's items after it.
  let listScale: number | null = null;
  // The categories of the last list of amounts told band by band, for a "соответственно" after it.
  let lastBands: Category[] | null = null;
  // "Для новой машины … сбор вырос с 750 тыс. до 900 тыс. рублей, для машины старше трёх лет — с
  // 1 244 000 до 1 492 800": a list of changes, each item read on its own (an item that names only
  // another age keeps the engine and power of the item before).
  const whole = new Map<string, string>();
  const items = sentences.flatMap((s) => {
    const parts = yearListItems(s) ?? listItems(s);
    for (const p of parts) whole.set(p, s);
    return parts;
  });
  const feeTitle = FEE_WORDS.test(title);
  let table: Table | null = null;
  let priceTable = false;
  // The last item of a list keyed by year, for the old value of the next.
  let yearChain: { key: string; value: number } | null = null;
  let current = start;
  // Whether that start is of a next step told after the article's own ("Следующий шаг — 1 января").
  let currentIsNextStep = false;
  let itemBefore: string | null = null;
  for (const s of items) {
    const before = itemBefore;
    itemBefore = s;
    const isFee =
      FEE_WORDS.test(s) ||
      /(?<![\p{L}])(сбор|ставк|платёж|платеж|льгот|collection|coefficients?|multipliers?|коэффициент|preferential|rate|fees?|payment|levy|charge)(?![\p{L}])|(?<![\p{L}])(сбор|ставк|платёж|платеж|льгот|коэффициент|множител)\p{L}*/iu.test(
        s,
      );
    // "It is proposed to raise the fee for 1–2 litre cars. This year it may rise from 300,600 rubles
    // to 556,100 rubles, …": a sentence that goes on about the fee by a pronoun is about the fee.
    const goesOn: boolean =
      inFees &&
      // "Сбор за неё теперь составляет …": a pronoun after a preposition ("за неё", "для него") too;
      // "They still pay 3,400 roubles" after a sentence on who is spared goes on about those payers.
      /^(?:\S+\s+){0,5}?(it|they|он[аои]?|его|её|н(?:её|ее|его|ей)|ставк\p{L}*|сумм\p{L}*|размер)(?![\p{L}])/iu.test(
        s,
      ) &&
      !/цен\p{L}*|price\p{L}*|стоимост\p{L}*/iu.test(s);
    // "…: from January 1, 2025 for the new car 1-2 liters it will be necessary to pay 857.4 thousand
    // rubles": amounts for a fee category right after the fee was told.
    const told = categoryOf(s);
    const answers = afterQuestion;
    afterQuestion = /[?:]\s*$/u.test(s);
    if (told.engine || namesEngine(s)) passageEngine = told.engine ?? null;
    // "Ставки для новых машин 1–2 л, тыс. руб.:" over "• 160–190 л.с. — 900;" items: the unit holds
    // while the items tell bare figures.
    const label = unitLabelIn(s);
    const bare = /\d/u.test(s) && findQuantities(s).every((q) => !q.currency);
    const itemScale = !label && bare ? listScale : null;
    if (label && findQuantities(s.slice(label.end)).every((q) => isBandFigure(s.slice(label.end), q)))
      listScale = label.scale;
    else if (!bare) listScale = null;
    // "Импортёры же заплатят …", "carmakers and dealers pay …", "В остальных случаях — общие ставки",
    // "All other buyers pay the general rates": a sentence on another payer ends a passage on private
    // importers, though it tells no figure itself.
    const otherPayer = (COMPANIES.test(s) || OTHER_PAYERS.test(s)) && !told.personal;
    if (otherPayer) personalPassage = false;
    // In an article on the fee (its headline says so), a category with an amount in roubles is a rate
    // though a sentence on something else came between.
    const categoryGoesOn: boolean =
      (inFees || feeTitle) &&
      (Boolean(told.engine || told.power || told.base || told.personal) ||
        // "Для автомобилей старше трёх лет — 1 507 600 рублей …": a list item opening on its age.
        (Boolean(told.age) &&
          (/^(?:а\s+|and\s+)?(?:для|за|на|for|on)\s/iu.test(s) ||
            // "An older one pays 1,492,800 rubles …" right after a rate of a band: the same band's older car.
            (inFees &&
              Boolean(previous?.engine || previous?.power) &&
              opensOnAge(s) &&
              !/стои\p{L}*|средн\p{L}*|average|(?<![\p{L}])paid(?![\p{L}])/iu.test(s))))) &&
      (findQuantities(s).some((q) => q.currency === "rub") || itemScale !== null) &&
      // "a car up to 160 hp will still cost individuals 3,400 rubles": what a private importer pays is the fee.
      !(told.personal ? /цен\p{L}*|price\p{L}*/iu : /цен\p{L}*|price\p{L}*|стоимост\p{L}*|cost\p{L}*/iu).test(
        s,
      );
    // A table: a header row names each column's category ("Мощность | Новые | Старше 3 лет"), the unit
    // of its band cells ("кВт | ЛС") or the start of its amounts ("2026 | 2027"); a row names its band
    // in the cells before its amounts and gives an amount per column; the category told before the
    // table ("для машин с двигателем 1–2 литра") holds for all of it.
    if (/\s\|\s/u.test(s)) {
      const cells = s.split(/\s*\|\s*/u);
      const amounts = cells.map((c, j) =>
        // "Коэф. до 1.10 | … | Коэф. с 1.10": a column of multipliers holds bare figures ("| 8,92 |").
        table?.coefficient[j] && /^\s*\d+(?:[.,]\d+)?\s*$/u.test(c)
          ? feeQuantities(c).filter((q) => !q.percent && !isYear(q) && q.value < 1000)
          : feeQuantities(c).filter(
              (q) =>
                q.currency === "rub" || q.scaled || (q.value >= 1000 && !isYear(q) && !isBandFigure(c, q)),
            ),
      );
      if (amounts.every((a) => a.length === 0)) {
        // "Model | New price | Change, rub.": a table of prices, though the article tells the fee beside
        // it, holds no rate ("New price" is no new car's fee); its rows are skipped until the table ends.
        priceTable = cells.some((c) => PRICE_CELL.test(c)) && !cells.some((c) => FEE_CELL.test(c));
        if (priceTable) {
          table = null;
          continue;
        }
        // "| Объём 1.0–2.0 | | |": a row that names only an engine opens that engine's part of the table.
        const engine = tableSection(cells);
        if (engine && table) table.base = { ...table.base, engine };
        else {
          // "Anything more powerful is charged at the commercial rates (see table)": a table after a
          // passage on private importers has ended takes the category before it, not its payer.
          const header = tableHeader(cells, payerOfPassage(previous, personalPassage), articleDate);
          if (header) {
            table = header;
            inFees = true;
          }
        }
        continue;
      }
      if (priceTable || (!inFees && !table)) continue;
      rates.push(
        ...tableRow(s, cells, amounts, table, payerOfPassage(previous, personalPassage), current, (cat) => {
          if (personalPassage && !cat.base) cat.personal = true;
          withPassageEngine(cat, passageEngine);
        }),
      );
      inFees = true;
      continue;
    }
    priceTable = false;
    // "— 2026 год — 900 тыс. руб.;", "2027 — 1,035,000 rubles", "в 2028 году — …": an item of a list
    // keyed by year goes on with the category of the heading over the list, from 1 January of its year;
    // the item before of the same category is its old value.
    const yearItem = inFees && previous ? yearItemOf(s, itemScale) : null;
    if (yearItem && previous) {
      const cat: Category = { ...previous, ...stripUndefined(categoryOf(s.slice(yearItem.end))) };
      withPassageEngine(cat, passageEngine);
      const key = categoryKey(cat);
      if (key) {
        const old = yearChain?.key === key ? yearChain.value : null;
        rates.push({
          ...makeRate(s, cat, yearItem.q.value, yearItem.start),
          old,
          hedge: yearItem.q.hedge,
          span: yearItem.q.text,
        });
        yearChain = { key, value: yearItem.q.value };
        continue;
      }
    }
    yearChain = null;
    // "… составит 900 тыс. руб. Сейчас — 750 тыс.", "… 963,8 тыс. руб. Ранее было 528,8 тыс.": a short
    // sentence that tells only the level until now is the old value of the rate just told.
    // A level until now is lower than the new one (the fee rises), and no price stands beside it.
    const lastRate = rates[rates.length - 1];
    if (
      inFees &&
      lastRate?.unit === "rub" &&
      lastRate.old === null &&
      OLD_LEVEL_NEXT.test(s) &&
      !/цен\p{L}*|price\p{L}*|стоимост\p{L}*|cost\p{L}*|средн\p{L}*|average/iu.test(s)
    ) {
      const levels = feeQuantities(s).filter(
        (q) => !q.percent && (q.currency === "rub" || q.scaled) && q.value >= 1000 && q.value < lastRate.new,
      );
      const own = categoryOf(s);
      if (
        levels.length === 1 &&
        levels[0] &&
        !own.age &&
        !own.engine &&
        !own.power &&
        !own.base &&
        !feeStartIn(s, articleDate)
      ) {
        lastRate.old = levels[0].value;
        continue;
      }
    }
    // "Нет.", "Yes." — a short answer between a question on the fee and its figures keeps the passage.
    if (inFees && !/\d/.test(s) && s.split(/\s+/).length <= 3 && !Object.keys(stripUndefined(told)).length)
      continue;
    // "Сколько заплатит владелец новой машины с мотором 1–2 литра?", "For new cars with 1-2 litre
    // engines:": a heading, a question or a lead-in that names a category and no amount is the
    // category the figures after it narrow.
    // So is a sentence of a fee passage that names a category and tells no figure of its own
    // ("Разбираемся на примере машин с мотором от 1 до 2 литров."). A heading keeps the age and
    // engine told before unless it names its own; its items name their power.
    // "…подорожала почти на четверть миллиона": a vague figure is none (the fee reader's figures).
    const quantities = feeQuantities(s);
    if (
      (told.age || told.engine || told.power || told.personal) &&
      !told.base &&
      quantities.every((q) => isBandFigure(s, q) || /(?:тр[её]х|three)/iu.test(q.text)) &&
      (/[?:]\s*$/u.test(s) ||
        ((inFees || feeTitle) && !/цен\p{L}*|price\p{L}*|стоимост\p{L}*|продаж\p{L}*|sales/iu.test(s)))
    ) {
      if (told.personal) personalPassage = true;
      afterQuestion = true;
      previous = {
        ...stripUndefined({
          age: told.age ?? (previous as Category | null)?.age,
          engine: told.engine ?? (previous as Category | null)?.engine,
          power: told.power,
        }),
        ...(personalPassage || told.personal ? { personal: true } : {}),
      };
      inFees = true;
      continue;
    }
    // "the same class" goes on from the last category told, in an article on the fee even past an aside.
    // "Для физлиц льготная ставка 3 400 рублей сохраняется …" after a company's rate names its own payer:
    // the word "ставка" does not carry the category before over to it.
    const ownPayer = Boolean(told.personal && !previous?.personal);
    // "…коэффициент увеличился с 37,5 до 45. В деньгах это означает рост сбора с 750 до 900 тыс.": the
    // roubles told right after a category's multiplier, naming no category, are that category's.
    const last = rates[rates.length - 1];
    const inMoney: boolean =
      inFees &&
      isFee &&
      !Object.keys(stripUndefined(told)).length &&
      last?.unit === "coefficient" &&
      last.sentence === before &&
      Boolean(last.category) &&
      last.category !== "base-rate";
    const same: boolean =
      (SAME.test(s) && (inFees || (feeTitle && previous !== null))) ||
      (goesOn && inFees && !ownPayer) ||
      inMoney;
    const firstSecond: boolean = inFees && lastBands !== null && FIRST_SECOND.test(s);
    // "… для новых — 667,4 тыс., для машин старше трёх лет — 1,174 млн. С 1 января эти суммы вырастут
    // до 857,4 тыс. и 1,31 млн", "then the figures will be …": as many amounts as the list before,
    // told of that list, are its next step, in order.
    const nextStep: boolean =
      inFees &&
      !Object.keys(stripUndefined(told)).length &&
      BACK_TO_LIST.test(s) &&
      recentList(
        rates,
        feeQuantities(s, itemScale).filter(
          (q) => !q.percent && (q.currency === "rub" || q.scaled) && q.value >= 1000 && !isYear(q),
        ).length,
      ) !== null;
    inFees = isFee || same || categoryGoesOn || firstSecond || nextStep;
    if (!inFees) continue;
    const own = categoryOf(s);
    if (baseInOtherClause(s, own)) delete own.base;
    // "…: the table for the private importer": every rate of the article is the personal one; and
    // once a passage on the fee speaks of private importers, its rates are theirs until it names
    // companies ("Для частных лиц льгота сохраняется … Если же новая машина выдаёт 160–190 сил, …").
    if (own.personal) personalPassage = true;
    const companies = otherPayer && !own.personal;
    // "Следующая индексация ожидается 1 января 2025 года: тарифы для машин 1–2 л достигнут 667 400
    // рублей": a new step with its own start and category, told of no private importer, ends a passage on them.
    // Not in an article whose headline is on them: its every step is theirs.
    if (
      !personalArticle &&
      !own.personal &&
      (own.age || own.engine || own.power) &&
      (startDate([s], articleDate) ?? yearStartIn(s, articleDate))
    )
      personalPassage = false;
    // A sentence goes on about the private importer when it is tied to the one before: an answer to a
    // question, "если же" / "в этом случае" / "for them", "the same car"; or the headline is on them. A
    // sentence that tells its own category afresh ("Для новой машины 1–2 л мощностью 160–190 л.с. сбор
    // составит 750 тыс.") names its payer itself.
    const tied = personalArticle || same || goesOn || answers || TIED.test(s);
    if (personalPassage && tied && !own.base && !companies) own.personal = true;
    // The base rate is told of itself: a sentence that goes on names a category, not the base.
    // "Для новых машин с мотором 1–2 литра … . Для версий мощностью 160–190 л. с. …": a sentence of
    // the passage that names only a power band keeps the age and engine told just before.
    // Only for the same payer: "Льготный сбор для граждан … до 160 л.с." after a company's rate names its own.
    const narrows =
      !same &&
      previous &&
      own.power &&
      (!own.age || (own.age === previous.age && previous.engine)) &&
      !own.engine &&
      !own.base &&
      !(told.personal && !previous.personal);
    // "… 1–2 литра до 160 л. с. — 857,4 тыс. Для автомобилей старше трёх лет — 1 507 600 рублей":
    // a list item that names only another age keeps the engine and power just told.
    const otherAge =
      !same &&
      previous &&
      own.age &&
      previous.age &&
      own.age !== previous.age &&
      !own.power &&
      !own.engine &&
      !own.base &&
      (previous.engine || previous.power) &&
      opensOnAge(s);
    // "The preferential rates are kept only for cars up to 160 hp … . For a new car it is 3,4 thousand
    // rubles, for an older one 5,2 thousand": the sentence after a heading that names only ages keeps
    // the heading's engine and power.
    const underHeading =
      !same &&
      answers &&
      previous &&
      own.age &&
      !previous.age &&
      !own.power &&
      !own.engine &&
      !own.base &&
      (previous.engine || previous.power);
    const cat: Category =
      same && previous
        ? {
            ...previous,
            // "Изменится ли базовая ставка? … Как и прежде, она составляет 20 000 рублей": a pronoun
            // that names no category of its own goes on about the base rate.
            base:
              goesOn && !SAME.test(s) && !own.age && !own.engine && !own.power ? previous.base : undefined,
            ...stripUndefined(own),
          }
        : narrows && previous
          ? {
              ...stripUndefined({ age: previous.age, engine: previous.engine, personal: previous.personal }),
              ...stripUndefined(own),
            }
          : (otherAge || underHeading) && previous
            ? {
                ...stripUndefined({
                  engine: previous.engine,
                  power: previous.power,
                  personal: previous.personal,
                }),
                ...stripUndefined(own),
              }
            : own;
    // Whose rate it is, the sentence's own passage says: a rate that goes on from one told of private
    // importers is not theirs once a sentence on companies or everyone else came between.
    if (own.personal) cat.personal = true;
    else delete cat.personal;
    // "Ставки на новые машины 1–2 л будут такими: — до 160 л. с. — 3,4 тыс. рублей для физлиц;": an item
    // under a heading that tells the age keeps that age, though it names its own payer.
    if (answers && cat.personal && !cat.age && !own.age && previous?.age) cat.age = previous.age;
    withPassageEngine(cat, passageEngine);
    const sentenceStart = feeDates(s, articleDate).find((d) =>
      /(?<![\p{L}])(с|со|from|since|starting)\s*$/iu.test(s.slice(Math.max(0, d.start - 10), d.start)),
    );
    // "Сейчас такие машины растаможивают по 3,4 тыс." tells the rate that stands, not the new one's start.
    // "С 1 декабря … 750 тыс. С 1 января 2026 года коэффициенты проиндексируют. Тогда за такую же машину
    // — 900 тыс.": a later start told in the passage is the start of the rates after it.
    const toldStart = startDate([s], articleDate) ?? yearStartIn(s, articleDate);
    // It may come back to the article's own start ("… from January 1, 2025 the same car … . For cars
    // older than three years … from October 1"), never to a date before it (a history).
    if (
      toldStart?.date &&
      (!current?.date || toldStart.date > current.date || (start?.date && toldStart.date >= start.date))
    ) {
      current = toldStart;
      currentIsNextStep = NEXT_STEP.test(s);
    }
    // "The next step: from January 1, 2025 … . Individuals, as before, pay 3.4 thousand rubles": a rate
    // that stays, told with no start of its own, stays from the article's start, not the next step's.
    const from =
      sentenceStart ??
      (STANDS_NOW.test(s)
        ? null
        : currentIsNextStep && STAYS.test(s) && !toldStart && start
          ? start
          : current);
    // "Russians paid a record 3.43 million roubles on average for a new car … before the recycling fee
    // goes up": an average price told beside the fee is no rate.
    const averagePrice =
      /(?<![\p{L}])(?:on average|в среднем)(?![\p{L}])/iu.test(s) &&
      /(?<![\p{L}])(?:paid|spent|pay|prices?|costs?|стоил\p{L}*|стоят|стоит|цен\p{L}*|заплатил\p{L}*|потратил\p{L}*)(?![\p{L}])/iu.test(
        s,
      );
    const qs = averagePrice ? [] : feeQuantities(s, itemScale);
    // A rate in roubles, or a figure next to one ("с 300 600 до 556 200 рублей", "… instead of 178,4 thousand").
    const rub = qs.filter((q) => q.currency === "rub" && !q.percent);
    const money = qs.filter(
      (q) =>
        !q.percent &&
        q.value >= 1000 &&
        // "поступления превысили 1 трлн рублей": the fee's revenue in billions is no rate of a car.
        q.value < 1e8 &&
        // "engines of 1,000 to 2,000 cc … 794,000 rubles": a displacement beside the amounts is a band.
        !isBandFigure(s, q) &&
        !priceBefore(s, q) &&
        !totalWithDuty(s, q) &&
        (!q.currency || q.currency === "rub") &&
        !(Number.isInteger(q.value) && q.value >= 1990 && q.value <= 2100 && !q.scaled && !q.currency) &&
        (q.currency === "rub" ||
          rub.some((r) => r !== q && (q.start >= r.end ? q.start - r.end : r.start - q.end) < 40) ||
          bareScaled(s, q)) &&
        // "увеличится на 150 тыс. — до 900 тыс. руб.", "rises by 150,000 to 900,000": the step, not a rate.
        !(
          /(?<![\p{L}])(?:на|by)\s*$/iu.test(s.slice(Math.max(0, q.start - 6), q.start)) &&
          /^[^.;]{0,40}?(?<![\p{L}])(?:до|to)\s*\d/iu.test(s.slice(q.end))
        ),
    );
    const coefficient = coefficientIn(s, qs);
    const key = categoryKey(cat);
    // "would lose the preferential rate of 3,400 rubles" tells a rate that goes, not one that applies.
    if (
      (!key && !firstSecond && !nextStep) ||
      /(?<![\p{L}])(lose|loses|lost)(?![\p{L}])|лишат\p{L}*|утрат\p{L}*/iu.test(s)
    )
      continue;
    // "…до 556 тыс. рублей уже в 2024 году, а к 2030 году — до 1,17 млн", "857 400 рублей с 1 января
    // 2026 года, а с 1 января 2027 года — 1 047 200": each amount of a schedule has the date told
    // beside it (right after it, or before it since the amount before).
    const anchors = dateAnchors(s, articleDate);
    const stepOf = scheduleSteps(s, money, anchors);
    const push = (
      value: number,
      old: number | null,
      unit: FeeRate["unit"],
      hedge: Hedge | null,
      span: string,
      when?: { date: string | null; undated: boolean } | null,
    ) => {
      if (unit === "rub") seen.push({ cat, value });
      rates.push({
        kind: "recycling_fee",
        category: key,
        old,
        new: value,
        unit,
        from: when ? when.date : (from?.date ?? null),
        undated: when ? when.undated : from ? from.undated : false,
        hedge,
        sentence: s,
        span,
      });
    };
    // "коэффициенты 0,17 для машин до трёх лет и 0,26 для более старых": one multiplier per age.
    // A multiplier is of a category, never the base rate it multiplies ("a base rate of 20,000 rubles
    // with a ratio of 0.17 for a new car").
    const multiplied: Category = { ...cat, base: undefined };
    const byAge = coefficient && coefficient.old === null ? coefficientsByAge(s, qs) : null;
    const byBand =
      coefficient && coefficient.old === null && !byAge ? coefficientsByBand(s, qs, multiplied) : null;
    const pairs = coefficient && coefficient.old !== null ? coefficientPairsByAge(s, qs) : null;
    const inOrder =
      coefficient && coefficient.old === null && !byAge && !byBand
        ? coefficientsInOrder(s, qs, own, lastBands)
        : null;
    if (pairs) {
      // "коэффициент вырастет с 0,17 до 37,5 для новых машин и с 0,26 до 62,2 для более старых": a change per age.
      lastBands = pairs.map((p) => ({ ...multiplied, age: p.age }));
      for (const p of pairs)
        rates.push({
          ...makeRate(s, { ...multiplied, age: p.age }, p.value, from),
          old: p.old,
          unit: "coefficient",
          span: p.text,
        });
    } else if (inOrder) {
      // "For a new car it is 3,4 thousand rubles, for an older one 5,2 thousand. In coefficients it is the
      // same 0,17 and 0,26": the multipliers of the categories just listed, in order.
      const kept = STAYS.test(s.slice(0, (inOrder[0]?.[0].start ?? 0) + 1));
      for (const [q, band] of inOrder)
        rates.push({
          ...makeRate(s, { ...band, base: undefined }, q.value, from),
          old: kept ? q.value : null,
          unit: "coefficient",
          span: q.text,
        });
    } else if (byBand) {
      for (const [q, own] of byBand)
        rates.push({ ...makeRate(s, own, q.value, from), unit: "coefficient", span: q.text });
    } else if (byAge) {
      lastBands = byAge.map((c) => ({ ...multiplied, age: c.age }));
      for (const c of byAge)
        rates.push({
          ...makeRate(s, { ...multiplied, age: c.age }, c.value, from),
          unit: "coefficient",
          span: c.text,
        });
    } else if (coefficient && categoryKey(multiplied))
      rates.push({
        // "… 750 thousand rubles (coefficient 37,5), and for the car older than three years — 1.24
        // million": in a sentence on two ages, the multiplier is of the age told beside it.
        ...makeRate(
          s,
          { ...multiplied, ...stripUndefined({ age: ownAge(s, coefficient.text, money) }) },
          coefficient.value,
          from,
        ),
        old: coefficient.old,
        unit: "coefficient",
        span: coefficient.text,
      });
    const stays = STAYS.test(s);
    const stepOfList = nextStep ? recentList(rates, money.length) : null;
    if (stepOfList) {
      // The next step of the list before: each amount is its item's new level, risen from the item's.
      for (const [i, q] of money.entries()) {
        const item = stepOfList[i];
        if (!item) continue;
        rates.push({
          ...makeRate(s, {}, q.value, from),
          category: item.category,
          old: item.new < q.value ? item.new : null,
          hedge: q.hedge,
          span: q.text,
        });
      }
    } else if (money.length >= 2 && firstSecond && lastBands?.length === money.length) {
      // "…0.17 for a new car and 0.26 for an older one. So in the first case 3,400 rubles, and in the
      // second 5,200": the categories of the sentence before, in order.
      for (const [i, q] of money.entries())
        rates.push({ ...makeRate(s, lastBands[i] ?? cat, q.value, from), hedge: q.hedge, span: q.text });
    } else if (money.length >= 2) {
      const [a, b] = money;
      if (!a || !b) continue;
      const between = s.slice(a.end, b.start);
      // "ставки от 17 200 до 110 000 рублей", "fees ranging from 17,200 to 110,000 rubles": the span
      // of the rates over categories, not a rate that changes ("с 300 600 до 556 200" is).
      if (
        RANGE_OPENS.test(s.slice(Math.max(0, a.start - 24), a.start)) &&
        /(?<![\p{L}])(до|to)\s*$/iu.test(between)
      )
        continue;
      // "вместо 3 400 рублей придётся отдать 750 тыс.": "instead of" before the first names the old one.
      // "было 300,6 тыс. рублей, стало 556,2 тыс.", "Прежде … платили 794 тыс. рублей, теперь — 952,8
      // тыс.", "used to cost 3,400 rubles, now 750,000": the first told as what was, the second as what is.
      const insteadFirst =
        /(?:вместо|instead of)\s*$/iu.test(s.slice(Math.max(0, a.start - 14), a.start)) ||
        // "заплатит уже не 3 400 рублей, а 750 000", "will pay not 3,400 rubles but 750,000".
        (/(?<![\p{L}])(?:не|not|no longer)\s*(?:of\s*)?$/iu.test(
          s.slice(Math.max(0, a.start - 15), a.start),
        ) &&
          /^\s*(?:руб\p{L}*\.?|rubles|roubles|₽)?\s*,?\s*(?:а|but)\s*(?:of\s*)?$/iu.test(between)) ||
        (WAS_BEFORE.test(s.slice(Math.max(0, a.start - 60), a.start)) && NOW_BETWEEN.test(between));
      const reversed =
        pastInBrackets(between, from?.date ?? articleDate, articleDate) ||
        // "1 492 800 рублей (1 244 000 рублей ранее)", "952,800 rubles (794,000 rubles previously)".
        (/\(\s*$/u.test(between) && OLD_AFTER.test(s.slice(b.end, b.end + 40))) ||
        // "до 556,2 тыс. руб. с 300,6 тыс.", "900,000 rubles (сейчас 750 тыс.)", "…, while until now it has been 750,000".
        (/(?<![\p{L}])(?:до|to)\s*$/iu.test(s.slice(Math.max(0, a.start - 8), a.start)) &&
          /^\s*(?:с|со|from)\s*$/iu.test(between)) ||
        WAS_BETWEEN.test(between) ||
        pastClauseBetween(between) ||
        /instead of|\(\s*(?:было|был[аи]?|ранее|прежде|раньше|сейчас|ныне|was|previously|formerly|before|earlier|up from|now|currently|today)\s*[—–:-]?\s*$|(?<![\p{L}])(?:against|versus|vs\.?|compared with|compared to|up from|по сравнению с|в сравнении с)(?![\p{L}])|from\s*$|вместо|earlier it was|previously|was before|ранее\s+(?:он\p{L}*|она|оно)?\s*(?:составлял\p{L}*|был\p{L}*)|прежде|а было|против/iu.test(
          between,
        );
      // "вырастет до 857 400 рублей с 1 января 2026 года, а с 1 января 2027 года — до 1 047 200": a
      // level told after "до" and an amount with a date of its own between are steps, not old and new.
      const levelFirst = /(?<![\p{L}])(?:до|to|up to)\s*$/iu.test(s.slice(Math.max(0, a.start - 8), a.start));
      const datedApart = anchors.some((x) => x.start >= a.end && x.end <= b.start);
      const steps = money.map((_, i) => stepOf[i] ?? (i === 0 ? from : null));
      const schedule =
        steps.every((x) => x) &&
        new Set(steps.map((x, i) => x?.date ?? `undated-${i}`)).size === steps.length;
      // "с 300 600 до 556 200", "from 3.4 thousand to 750 thousands"; "556,200 from 300,600", "300,6 instead of 178,4".
      // "Сейчас сбор … составляет 750 тыс. рублей, с 1 января он составит 900 тыс.": today's level, then
      // the one from a later start.
      const nowThenLater =
        datedApart &&
        NOW_TOLD.test(s.slice(0, a.start)) &&
        !NOW_TOLD.test(between) &&
        Boolean(stepOf[1]?.date && (!stepOf[0] || (stepOf[0].date ?? "") < (stepOf[1].date ?? "")));
      // "750 тыс. → 900 тыс. руб.": the arrow points from the old level to the new.
      const arrow = /^\s*(?:руб\p{L}*\.?|rubles|roubles|₽)?\s*(?:→|->|—>|=>)\s*$/iu.test(between);
      if (
        insteadFirst ||
        arrow ||
        nowThenLater ||
        reversed ||
        (!levelFirst && !datedApart && /(?<![\p{L}])(до|to)\s*$/iu.test(between))
      ) {
        const [oldQ, newQ] = reversed && !insteadFirst ? [b, a] : [a, b];
        const scheduled = money
          .slice(2)
          .filter((q) =>
            /(?<![\p{L}])(до|to)\s*$/iu.test(
              s.slice(Math.max(0, q.start - 8), q.start).replace(/[—–-]\s*$/, ""),
            ),
          );
        // "…from 300,600 to 556,100 rubles, in 2025 to 667,300, in 2026 to 800,800": a schedule by year.
        push(
          newQ.value,
          oldQ.value,
          "rub",
          newQ.hedge,
          newQ.text,
          stepOf[money.indexOf(newQ)] ?? stepOf[money.indexOf(oldQ)],
        );
        let last = newQ.value;
        for (const q of scheduled) {
          push(q.value, last, "rub", q.hedge, q.text, stepOf[money.indexOf(q)]);
          last = q.value;
        }
        previousNew = last;
      } else if (schedule && !stays) {
        // "857,400 roubles in 2026 and 1,047,200 roubles in 2027": one category's rate by date.
        let last: number | null = levelFirst ? narrowed(seen, cat, a.value) : null;
        for (const [i, q] of money.entries()) {
          push(q.value, last, "rub", q.hedge, q.text, steps[i]);
          last = q.value;
        }
        previousNew = last;
      } else if (
        !stays &&
        money.every((q) => q.currency === "rub" || q.scaled) &&
        new Set(money.map((q) => ageNear(s, q.start, q.end))).size === money.length &&
        money.every((q) => ageNear(s, q.start, q.end))
      ) {
        // "…857.4 thousand rubles for a new car, and for a used one of the same volume — 1.31 million".
        lastBands = [];
        for (const q of money) {
          const age = ageNear(s, q.start, q.end) ?? cat.age;
          lastBands.push({ ...cat, age });
          rates.push({ ...makeRate(s, { ...cat, age }, q.value, from), hedge: q.hedge, span: q.text });
        }
        previousNew = money[money.length - 1]?.value ?? previousNew;
      } else if (!stays && respectively(s, money, cat)) {
        // "750 тыс. и 1,24 млн рублей для новых и подержанных машин соответственно", "750 000 / 1 244 000
        // рублей (новые / старше трёх лет)": the labels after the amounts go to them in order.
        lastBands = (respectively(s, money, cat) ?? []).map(([, c]) => c);
        for (const [q, own] of respectively(s, money, cat) ?? [])
          rates.push({ ...makeRate(s, own, q.value, from), hedge: q.hedge, span: q.text });
        previousNew = money[money.length - 1]?.value ?? previousNew;
      } else if (
        !stays &&
        lastBands?.length === money.length &&
        /^[\s.,]*(?:руб\p{L}*\.?\s*)?(?:соответственно|respectively)/iu.test(
          s.slice(money[money.length - 1]?.end ?? 0),
        )
      ) {
        // "… 160–190 л.с. — 900; 190–220 л.с. — 952,8. Для машин старше трёх лет — 1492,8 и 1584 тыс.
        // руб. соответственно": the bands of the list before, in order, with this sentence's age.
        const bands = lastBands;
        lastBands = [];
        for (const [i, q] of money.entries()) {
          const band = bands[i] ?? {};
          const own = { ...band, ...stripUndefined({ age: cat.age, engine: cat.engine ?? band.engine }) };
          lastBands.push(own);
          rates.push({ ...makeRate(s, own, q.value, from), hedge: q.hedge, span: q.text });
        }
        previousNew = money[money.length - 1]?.value ?? previousNew;
      } else if (bandsApart(s, money, cat)) {
        // "160–190 л. с. — 750 тыс. рублей, 190–220 л. с. — 794 тыс.", "1.24 million rubles at
        // 160-190 hp and 1.32 million at 190-220 hp": each amount with the band told beside it.
        // A list of bands in a passage on private importers goes on about them, as an item under a heading does.
        lastBands = (bandsApart(s, money, cat) ?? []).map(([, c]) => c);
        for (const [q, own] of bandsApart(s, money, cat) ?? []) {
          rates.push({
            ...makeRate(
              s,
              personalPassage && !companies && !own.base ? { ...own, personal: true } : own,
              q.value,
              from,
            ),
            old: stays ? q.value : null,
            hedge: q.hedge,
            span: q.text,
          });
        }
        previousNew = money[money.length - 1]?.value ?? previousNew;
      } else if (stays) {
        // "3,400 rubles (up to three years) and 5,200 rubles (older)".
        for (const q of money) {
          const age = ageNear(s, q.start, q.end) ?? cat.age;
          rates.push({ ...makeRate(s, { ...cat, age }, q.value, from), old: q.value });
        }
      }
    } else if (money.length === 1 && money[0]) {
      const q = money[0];
      const last = rates[rates.length - 1];
      // "…вырастет на 28%, до 857 400 рублей. Сейчас он составляет 667 400 рублей.": today's level told
      // after the new one of the same category is its old value.
      if (
        !stays &&
        goesOn &&
        last &&
        last.unit === "rub" &&
        last.old === null &&
        last.category === key &&
        last.new !== q.value &&
        (NOW_TOLD.test(s.slice(0, q.start)) ||
          // "В декабре он составлял 750 тыс. рублей", "Before that it was 300.6 thousand": the level it
          // had, lower than the new one.
          (PAST_LEVEL.test(s.slice(Math.max(0, q.start - 40), q.start)) && q.value < last.new)) &&
        !toldStart
      ) {
        last.old = q.value;
        continue;
      }
      if (stays) push(q.value, q.value, "rub", q.hedge, q.text, stepOf[0]);
      else {
        push(
          q.value,
          same && previousNew !== null && !own.base && !own.age && !own.engine && !own.power
            ? previousNew
            : RISE_TO.test(s.slice(Math.max(0, q.start - 30), q.start))
              ? (narrowed(seen, cat, q.value) ?? null)
              : null,
          "rub",
          q.hedge,
          q.text,
          stepOf[0],
        );
        previousNew = q.value;
      }
    }
    // "For vehicles up to 160 hp … this category …": a sentence that goes on but names its own band
    // is the category the next one goes on from.
    if (!same || !previous || !categoryKey(previous) || own.age || own.engine || own.power)
      previous = siblingBase(previous, own, cat);
  }
  for (const r of rates) r.sentence = whole.get(r.sentence) ?? r.sentence;
  risenFromBefore(rates);
  // "The fee … is currently 750,000 rubles. From January 1 it will rise to 900,000 rubles.": today's
  // level that a later rate of its category rises from is that rate's old value, not a rate of its own.
  for (let i = rates.length - 1; i >= 0; i--) {
    const r = rates[i];
    if (!r || r.old !== null || !NOW_TOLD.test(r.sentence)) continue;
    const later = rates
      .slice(i + 1)
      .some(
        (x) => x.category === r.category && x.unit === r.unit && x.old === r.new && x.sentence !== r.sentence,
      );
    if (later) rates.splice(i, 1);
  }
  // A rate that rises from 3 400 or 5 200 roubles rises from the private importer's preferential
  // rate: it is theirs ("сбор вырастет с 3,4 тыс. до 750 тыс. рублей"), whoever the passage named.
  for (const r of rates) {
    if (r.unit !== "rub" || (r.old !== 3400 && r.old !== 5200) || r.new <= r.old) continue;
    if (r.category === "base-rate" || r.category.startsWith("personal")) continue;
    const age = /(?:^|-)(?:new|old)(?:-|$)/u.test(r.category) ? "" : r.old === 3400 ? "new" : "old";
    r.category = ["personal", age, r.category].filter(Boolean).join("-");
  }
  // The rates themselves are fixed for the private importer alone: a rate of 3 400 or 5 200 roubles
  // (×0,17 or ×0,26) is theirs though the sentence names no payer ("до 160 л.с. новая машина — 3 400 руб.").
  for (const r of rates) {
    if (r.category === "base-rate" || r.category.startsWith("personal")) continue;
    const fixed = r.unit === "rub" ? [3400, 5200] : [0.17, 0.26];
    if (fixed.includes(r.new) && (r.old === null || r.old === r.new)) r.category = `personal-${r.category}`;
  }
  // The preferential 3 400 roubles (×0,17) are the rules' rate for a car up to three years old, but a
  // rate told with no age keeps none: "private cars under 160 hp still pay 3,400 roubles" is
  // `personal-le160hp`, as the article says it (the age is added only where the text tells it).
  // A decision on the fee is the article's subject (its title or opening says so) or its rates change;
  // a price report that mentions "another increase in the scrappage fee" in passing is not one.
  // So is a change of the fee told with its start still ahead, though the article is on the prices it
  // moves ("The reason — the next indexation of the utilization fee, which also starts from 1 January").
  const topical =
    FEE_WORDS.test(title) ||
    FEE_WORDS.test(sentences[0] ?? "") ||
    rates.length > 0 ||
    feeSentences.some((s) => {
      // "Материалы по теме: Как изменится утильсбор с 1 ноября": a link to another article tells nothing.
      if (LINKS.test(s)) return false;
      const d = CHANGE_WORDS.test(s) ? feeStartIn(s, articleDate) : null;
      return Boolean(d?.date && articleDate && d.date > articleDate);
    });
  const changed =
    topical &&
    (feeSentences.some((s) => CHANGE_WORDS.test(s) || feeRose(s)) ||
      // New rates told with a start still ahead ("с 1 декабря сбор составит …") are a decision.
      (rates.some((r) => r.old === null) &&
        Boolean(start?.date && articleDate && start.date > articleDate)) ||
      rates.some((r) => r.old !== null && r.old !== r.new));
  const policy: FeePolicy | null = changed
    ? {
        kind: "fee_policy",
        actor: actorOf(all.filter((s) => FEE_WORDS.test(s) || actorOf(s)).join(" ")),
        status: postponed
          ? "postponed"
          : feeSentences.some((s) => DRAFT.test(s)) &&
              !/подписал|signed|approved|утвердил/iu.test(all.join(" "))
            ? "draft"
            : "adopted",
        effective: start?.date ?? null,
        undated: start ? start.undated : false,
        jurisdiction: countryOf(title) ?? countryOf(feeSentences[0] ?? "") ?? null,
        amounts: [...new Set(rates.filter((r) => r.unit === "rub").flatMap((r) => [r.old ?? r.new, r.new]))],
        sentence: feeSentences[0] ?? "",
      }
    : null;
  return { rates: rates.map(preferentialOwnEngine), policy, start };
}

/**
 * The category the next item of a list goes on from. "Новые машины 1–2 л: до 160 л. с. — 3,4 тыс. для
 * физлиц; 160–190 л. с. — 750 тыс.": an item that names only its power band (the private importer's,
 * whose rate holds for every age and engine) keeps the age and engine of the heading over the list.
 */
function siblingBase(previous: Category | null, own: Category, cat: Category): Category {
  if (!previous || !own.power || own.age || own.engine || own.base || previous.base) return cat;
  return { ...stripUndefined({ age: previous.age, engine: previous.engine }), ...stripUndefined(cat) };
}

/**
 * Whether a sentence opens on the age it is about: "Для автомобилей старше трёх лет — …", "An older
 * one pays …", "Подержанная машина обойдётся в …" — an item of a list of ages.
 */
function opensOnAge(s: string): boolean {
  if (/^(?:а\s+|and\s+)?(?:для|за|на|for|on)\s/iu.test(s)) return true;
  // "Если же машине больше трёх лет, …", "If the car is older than three years, …".
  const opening =
    /^(?:(?:если же|а если|если|but if|if)\s+)?(?:[^\s\d]+\s+){0,4}[^\s\d]+/iu.exec(s)?.[0] ?? "";
  if (categoryOf(opening.replace(NEW_RULE, "")).age) return true;
  // "Cars aged 3 to 5 years will be charged …": an age told in figures, before the sentence's first amount.
  const amount = findQuantities(s).find((q) => q.currency || q.scaled);
  const words = s
    .slice(0, amount?.start ?? s.length)
    .split(/\s+/u)
    .slice(0, 6)
    .join(" ");
  return /\d/u.test(words) && Boolean(categoryOf(words.replace(NEW_RULE, "")).age);
}

/**
 * The last `n` rates told, in order, when they are a list: rates in roubles of as many categories,
 * all from one start (whether told in one sentence or one per sentence). Null otherwise.
 */
function recentList(rates: FeeRate[], n: number): FeeRate[] | null {
  if (n < 2 || rates.length < n) return null;
  const list = rates.slice(-n);
  const first = list[0];
  if (!first || list.some((r) => r.unit !== "rub" || r.from !== first.from)) return null;
  return new Set(list.map((r) => r.category)).size === n ? list : null;
}

/** "Следующий шаг", "очередная индексация", "the next step", "the next indexation": a step after the one told. */
const NEXT_STEP =
  /(?:следующ|очередн)\p{L}* (?:шаг|этап|индексац|повышени|ступен)\p{L}*|(?<![\p{L}])next (?:step|stage|indexation|increase|rise|hike|round)/iu;

/** A sentence told of the list before: "эти суммы", "these rates", "then the figures", "тогда", "соответственно". */
const BACK_TO_LIST =
  /(?<![\p{L}])(?:эт(?:и|их|им)\s+(?:сумм|ставк|тариф|значени|цифр|показател|размер)\p{L}*|(?:these|those|the) (?:amounts|rates|figures|sums|fees|values|tariffs)|then|тогда|соответственно|respectively)(?![\p{L}])/iu;

/** "в первом случае … во втором", "in the first case … in the second": the two categories told just before. */
const FIRST_SECOND = /(?:в первом случае|in the first case)[\s\S]*(?:во втором|in the second)/iu;

/** A level told as today's: "сейчас", "ныне", "в настоящее время", "currently", "now", "at present". */
const NOW_TOLD =
  /(?<![\p{L}])(?:сейчас|ныне|нынешн\p{L}*|текущ\p{L}*|в настоящее время|на данный момент|currently|now|at present|today|the current)(?![\p{L}])/iu;
/** A car's price told before an amount: "средняя цена", "the average price", "стоимость" ("will cost" may be the fee's). */
const PRICE_WORDS = /(?<![\p{L}])(?:цен\p{L}*|стоимост\p{L}*|price\p{L}*|average|средн\p{L}*)/iu;
const FEE_NAMED =
  /утильсбор|сбор|ставк|коэффициент|fee|rate|levy|collection|utilsbor|duty|charge|payment|платеж|платёж/iu;

/**
 * "The weighted average price of a new car reached 2.97 million roubles in July, … as dealers pass on
 * the higher recycling fee": an amount whose clause tells a price, and not the fee, is the price.
 */
function priceBefore(s: string, q: Quantity): boolean {
  const before = s.slice(0, q.start);
  const clause = before.slice(Math.max(...[",", ";", ":", " — ", "("].map((b) => before.lastIndexOf(b)), 0));
  return PRICE_WORDS.test(clause) && !FEE_NAMED.test(clause);
}

/** A level told in the past right before its amount: "составлял 750 тыс.", "it was 300.6 thousand", "stood at". */
const PAST_LEVEL =
  /(?<![\p{L}])(?:составлял[аио]?|стоил[аио]?|был[аио]?|равнял(?:ся|ась|ось)|обходил(?:ся|ась|ось)\s+в|платили|was|were|stood at|amounted to|used to be|had been|cost)\s*(?:всего|лишь|только|около|порядка|only|just|about|around)?\s*$/iu;
/** Customs duty named beside the fee: "таможенная пошлина", "customs duty", "duties". */
const DUTY = /(?<![\p{L}])(?:пошлин\p{L}*|customs|dut(?:y|ies))(?![\p{L}])/iu;
/** An amount told as a sum of several payments: "in total", "всего", "в общей сложности", "итого". */
const TOTAL =
  /(?<![\p{L}])(?:in total|total(?:ling)?|all told|altogether|combined|in all|всего|итого|в общей сложности|в сумме|суммарно|в совокупности)(?![\p{L}])/iu;

/**
 * "…a Japanese crossover costs about 1.1 million rubles in payments in total", "пошлина и сбор в сумме
 * обойдутся в 1,1 млн": beside customs duty, an amount told as a total of payments is no rate of the fee.
 */
function totalWithDuty(s: string, q: Quantity): boolean {
  if (!DUTY.test(s)) return false;
  const around = s.slice(Math.max(0, q.start - 40), Math.min(s.length, q.end + 40));
  return TOTAL.test(around);
}

/** A bracketed amount told as the one before: "(… рублей ранее)", "(… rubles previously)", "(… now)". */
const OLD_AFTER =
  /^\s*(?:руб\p{L}*\.?|rubles|roubles|₽)?\s*(?:(?:было|was)\s*)?(?:before|previously|earlier|formerly|until now|so far|now|currently|today|ранее|прежде|раньше|до этого|до сих пор|до повышения|до индексации|сейчас|ныне)(?![\p{L}])/iu;
/** What was, told before the first of two amounts: "было", "прежде … платили", "used to cost", "previously". */
const WAS_BEFORE =
  /(?<![\p{L}])(?:было|был[аи]?|прежде|раньше|ранее|previously|used to|formerly|before|earlier)(?![\p{L}])[^;]*$/iu;
/** Counts, prices and markets told in thousands or millions: no rate beside them. */
const NOT_A_RATE =
  /(?<![\p{L}])(?:цен\p{L}*|price\p{L}*|стоимост\p{L}*|продаж\p{L}*|sales|рын\p{L}*|market\p{L}*|штук|units|выручк\p{L}*|доход\p{L}*|revenue\p{L}*|поступлени\p{L}*|бюджет\p{L}*|budget|средн\p{L}*|average|долл\p{L}*|dollars?|евро|euros?|юан\p{L}*|yuan)(?![\p{L}])/iu;
const COUNTED_AFTER = /^\s*(?:штук|единиц|машин|автомобил|легков|человек|units|cars|vehicles|people|km|км)/iu;

/** What English reprints count in thousands: cars imported, sold or registered, people. */
const COUNTED_EN =
  /(?<![\p{L}])(?:imported|sold|registered|bought|brought in|delivered|shipped|units?|pieces|people|buyers|owners)(?![\p{L}])/iu;

/**
 * "утильсбор … составит 750 тыс.", "will increase from 300.6 thousand to 667.4 thousand": an amount in
 * thousands or millions told in a fee passage without its currency is roubles, unless the sentence is
 * on counts, prices or money of another kind (in English, where a bare "37 thousand" is as often a
 * count of cars, also unless it tells something imported, sold or registered).
 */
function bareScaled(s: string, q: Quantity): boolean {
  if (!q.scaled || q.currency || NOT_A_RATE.test(s) || COUNTED_AFTER.test(s.slice(q.end, q.end + 16)))
    return false;
  if (/тыс|млн|миллион/iu.test(q.text)) return true;
  return (
    /thousand|million/iu.test(q.text) &&
    !COUNTED_EN.test(s) &&
    RATE_BEFORE_EN.test(s.slice(Math.max(0, q.start - 30), q.start)) &&
    FEE_WORDS.test(s)
  );
}
/** A level's verb or preposition right before a bare amount: "will be", "up to", "from … to", "instead of". */
const RATE_BEFORE_EN =
  /(?<![\p{L}])(?:to|be|make|makes|amount to|amounts to|reach|reaches|reached|instead of|from|is|was|stands at|stood at|[—–:])\s*(?:about|around|almost|nearly|over|some)?\s*$/iu;

/** A sentence opening on the level until now: "Сейчас — …", "Ранее было …", "Previously it was …", "Until now: …". */
const OLD_LEVEL_NEXT =
  /^(?:а\s+|and\s+)?(?:сейчас|ныне|пока что|ранее|раньше|прежде|до этого|до сих пор|было|currently|previously|before that|before|until now|so far|formerly|earlier|it (?:was|has been|currently stands at|now stands at))(?![\p{L}])/iu;

/** The second amount told as the level until now: ", while until now it has been", ", тогда как в декабре он составлял". */
const WAS_BETWEEN =
  /^[^\d]{0,40}?(?:(?<![\p{L}])(?:until now|so far|up to now|до сих пор|до этого)(?![\p{L}])|(?:тогда как|в то время как|whereas|while)[^\d]{0,30}?(?<![\p{L}])(?:составлял\p{L}*|был[аио]?|стоил\p{L}*|was|has been|had been|were)(?![\p{L}]))[^\d]{0,20}$/iu;
/** A clause of its own after the new level that tells the old one in the past: ", в декабре было", ", last month it was". */
const PAST_CLAUSE =
  /^\s*(?:руб\p{L}*\.?|rubles|roubles|₽)?\s*[,;]\s*(?:а\s+|and\s+)?[^\d,;]{0,30}?(?<![\p{L}])(?:было|был[аи]?|составлял[аио]?|стоил[аио]?|it was|they were|had been|used to be)(?![\p{L}])\s*(?:всего|лишь|только|only|just)?\s*$/iu;

/**
 * "Сбор … составляет 1 млн 492,8 тыс. рублей, в декабре было 1,244 млн", "… is 900,000 roubles; in
 * December it was 750,000": the second amount told in the past in a clause of its own, which names no
 * other category, is the old level.
 */
function pastClauseBetween(between: string): boolean {
  if (!PAST_CLAUSE.test(between)) return false;
  const c = stripUndefined(categoryOf(between));
  return !c.age && !c.engine && !c.power && !c.personal;
}

/** What is, told between two amounts: ", стало", ", теперь —", ", а сейчас", ", now". */
const NOW_BETWEEN =
  /^[^\d]{0,30}?(?<![\p{L}])(?:стал[аои]?|станет|теперь|сейчас|ныне|now|is now|will be|becomes)(?![\p{L}])[^\d]{0,12}$/iu;

/**
 * "900 тыс. руб. (в декабре — 750 тыс.)", "900,000 rubles (in December: 750,000)": a bracket that
 * dates its amount to a month before the rate's start tells the old value.
 */
function pastInBrackets(between: string, start: string | null, articleDate: string | null): boolean {
  const m = /\(\s*((?:в|во|in)\s+[\p{L}\d\s]{3,30}?)\s*[—–:-]?\s*$/iu.exec(between);
  if (!m?.[1] || !start) return false;
  if (/(?<![\p{L}])(?:прошл\p{L}*|last year|a year (?:ago|earlier)|год назад)(?![\p{L}])/iu.test(m[1]))
    return true;
  const p = findPeriods(m[1], articleDate).find((x) => (x.period ?? x.shadow)?.granularity === "month");
  const month = (p?.period ?? p?.shadow)?.start;
  return Boolean(month && month < start.slice(0, 7));
}

/** Whether a text names an engine's displacement ("2–3 литра", "over 3.5 litres", "1 500 куб. см"). */
function namesEngine(s: string): boolean {
  return /\d(?:[.,]\d)?\s*(?:-?\s*литр\p{L}*|л(?![\p{L}.])|-?\s*lit(?:re|er)s?|l(?![\p{L}]))|куб\p{L}*\.?\s*см|см3|см³|(?<![\p{L}])(?:cc|cm3)(?![\p{L}])|cubic/iu.test(
    s,
  );
}

/** The engine band a headline names, if any ("Сколько стоит растаможить машину 1–2 литра"). */
function feeTitleEngine(title: string): string | null {
  return categoryOf(title).engine ?? null;
}

/**
 * A rate told by its age or power band alone takes the passage's engine band (1–2 litres); not the
 * private importer's preferential rate, which is one for every engine.
 */
function withPassageEngine(cat: Category, engine: string | null): void {
  if (cat.engine || cat.base || engine !== "1-2l") return;
  if (cat.personal ? !cat.power || cat.power === "le160hp" : !cat.power && !cat.age) return;
  cat.engine = engine;
}

/** Words that tie a sentence to the payer of the one before: "если же", "в этом случае", "for them", "such a car". */
const TIED =
  /(?<![\p{L}])(?:если же|а если|(?:в|при) (?:этом|таком) случае|тогда|для них|им|они|их|if so|in (?:this|that|such a) case|then|for them|they|them)(?![\p{L}])|^(?:\S+\s+){0,1}(?:если|if)(?![\p{L}])/iu;

/** Companies as the payer: "юрлица", "дилеры", "импортёры", "коммерческий ввоз", "legal entities", "carmakers". */
const COMPANIES =
  /юридическ\p{L}* лиц|юрлиц\p{L}*|компани\p{L}*|дилер\p{L}*|импорт[её]р\p{L}*|автопроизводител\p{L}*|организаци\p{L}*|коммерческ\p{L}* (?:ввоз|импорт|ставк|тариф)\p{L}*|legal entit\p{L}*|compan(?:y|ies)|dealers?|importers?|carmakers?|manufacturers?|businesses|commercial (?:import|rate|tariff)\p{L}*/iu;
/** Everyone but the payer just told: "в остальных случаях", "для всех остальных", "общие ставки", "all other buyers", "otherwise". */
const OTHER_PAYERS =
  /(?<![\p{L}])(?:остальн\p{L}*|в прочих случаях|на общих основаниях|(?:общ|стандартн|полн)(?:ие|им|их|ая|ую|ой) (?:ставк|тариф|шкал|размер)\p{L}*|(?:all|any|every) other|everyone else|everybody else|anyone else|otherwise|in other cases|(?:the )?(?:general|standard|full) (?:rates?|scale|tariffs?|fee))(?![\p{L}])/iu;

/** A change of a rate: "с 750 тыс. до 900 тыс.", "from 750,000 to 900,000". */
const FROM_TO =
  /(?<![\p{L}])(?:с|со|from)\s+(?:(?:нынешних|текущих|прежних|действующих|the current|the present|today's|the)\s+)?\d[\d\s.,]*(?:\s*(?:тыс\p{L}*|млн|thousand|million)\.?)?\s*(?:руб\p{L}*\.?|rubles|roubles)?\s*(?:до|to)\s+\d/iu;

/** An old level told beside the new one: "1 174 000 рублей вместо 281 600", "900 thousand against 750 thousand now". */
const INSTEAD_PAIR =
  /\d[^;]*?(?<![\p{L}])(?:instead of|against|versus|compared with|up from|вместо|против|по сравнению с)\s+(?:(?:the\s+)?(?:current|present|previous)\s+|нынешних\s+|прежних\s+)?\d/iu;

/**
 * A sentence's items when it lists several changes, each after "…, для / for …" or after "…, and" / "…,
 * а" and a category of its own ("a new one now pays 1,174,000 roubles instead of 281,600, and a used one
 * 1,875,400 roubles instead of 480,200"); else the sentence.
 */
function listItems(s: string): string[] {
  const named = (p: string) => Object.keys(stripUndefined(categoryOf(p.replace(NEW_RULE, "")))).length > 0;
  return (
    cutItems(s, /[,;]\s+(?=(?:а\s+|and\s+)?(?:для|на|за|for|on)\s)/giu, () => true, FROM_TO, INSTEAD_PAIR) ??
    cutItems(s, /[,;]\s+(?=(?:а|and|while|whereas)\s)/giu, named, INSTEAD_PAIR, FROM_TO) ??
    // "…will rise to 750,000 rubles, while individuals … will still pay 3,400 rubles", "… вырастет до
    // 750 тыс. рублей, а для физлиц … останется 3400 рублей": a contrast of payers, each with its own
    // amount, is two rates; read as one, the second takes the first's payer and level. (A contrast of
    // ages, "…3,400 roubles, while an older one costs 5,200, exactly as now", shares its verb: kept whole.)
    cutItems(s, CONTRAST, (p) => otherPayer(s, p), AMOUNT_IN_ROUBLES) ??
    baseAndCar(s) ?? [s]
  );
}

/** A category of a car (its age, engine or power), not the base rate. */
const namesCar = (p: string) => {
  const c = categoryOf(p.replace(NEW_RULE, ""));
  return Boolean(c.age || c.engine || c.power) && !BASE_RATE.test(p);
};

/**
 * "The base rate stays at 20,000 rubles, and a new 1–2 litre car under 160 hp still costs a company
 * 667,400 rubles", "Базовая ставка — 20 тыс. рублей, а новая машина 1–2 л платит 900 тыс.": the base
 * rate and a car's rate told in one sentence, each with its amount, are two rates; read whole, the
 * car's amount takes the base rate's name.
 */
function baseAndCar(s: string): string[] | null {
  if (!BASE_RATE.test(s)) return null;
  const parts = cutItems(
    s,
    /[,;]\s+(?=(?:а|и|но|and|but|while|whereas)\s)/giu,
    () => true,
    AMOUNT_IN_ROUBLES,
  );
  if (!parts) return null;
  const base = parts.filter((p) => BASE_RATE.test(p) && !namesCar(p));
  return base.length > 0 && parts.some(namesCar) && parts.every((p) => base.includes(p) || namesCar(p))
    ? parts
    : null;
}

/** A clause that contrasts with the one before: "…, while …", "…, whereas …", "…, а для …", "…; а …". */
const CONTRAST = /[,;]\s+(?=(?:а|тогда как|в то время как|while|whereas)\s)/giu;
/** A clause that states an amount in roubles of its own. */
const AMOUNT_IN_ROUBLES = {
  test: (p: string) => findQuantities(p).some((q) => q.currency === "rub" && !q.percent && q.value >= 1000),
} as RegExp;

/** Whether a later clause is about the other payer: private importers after companies, or back. */
function otherPayer(s: string, part: string): boolean {
  const before = s.slice(0, s.indexOf(part));
  const personalBefore = Boolean(categoryOf(before).personal);
  const personalHere = Boolean(categoryOf(part).personal);
  if (personalHere) return !personalBefore;
  return personalBefore && (COMPANIES.test(part) || OTHER_PAYERS.test(part));
}

/**
 * The parts of a sentence cut before each match of `at`, when every part tells a change of one of
 * `pairs` and every part after the first passes `opens`.
 */
function cutItems(
  s: string,
  at: RegExp,
  opens: (part: string) => boolean,
  ...pairs: RegExp[]
): string[] | null {
  const cuts = [...s.matchAll(at)].map((m) => (m.index ?? 0) + 1);
  if (cuts.length === 0) return null;
  const parts: string[] = [];
  let from = 0;
  for (const c of [...cuts, s.length]) {
    parts.push(s.slice(from, c).trim());
    from = c;
  }
  const clean = parts.map((p) => p.replace(/[,;]\s*$/u, ""));
  return clean.length >= 2 && clean.every((p) => pairs.some((r) => r.test(p))) && clean.slice(1).every(opens)
    ? clean
    : null;
}

const BAND_UNIT = String.raw`(?:-?\s*(?:литр\p{L}*|liters?|litres?|л(?![\p{L}.])|l(?![\p{L}])|лет|года?|years?|кВт|kW)|${HP}|\s*${CC})`;
/** A figure that opens a band or stands with its unit: "1–2 литра", "160 л. с.", "3 years". */
const BAND_AFTER = new RegExp(
  String.raw`^\s*(?:(?:[-–—]|до|to|and|и)\s*\d+(?:[.,]\d+)?\s*)?${BAND_UNIT}`,
  "iu",
);
/** The last figure of a band: "… 2 литра", "… 190 сил". */
const BAND_END_BEFORE = /\d+(?:[.,]\d+)?\s*(?:[-–—]|до|to|and|и)\s*$/iu;
const UNIT_AFTER = new RegExp(String.raw`^\s*${BAND_UNIT}`, "iu");

/** A figure of a band, not an amount: "1–2 литра", "160 л. с.", "старше 3 лет". */
function isBandFigure(s: string, q: Quantity): boolean {
  if (q.currency || q.percent || q.scaled) return false;
  return (
    BAND_AFTER.test(s.slice(q.end, q.end + 24)) ||
    (BAND_END_BEFORE.test(s.slice(Math.max(0, q.start - 12), q.start)) &&
      UNIT_AFTER.test(s.slice(q.end, q.end + 24)))
  );
}

/**
 * The multiplier a sentence tells after "коэффициент" / "coefficient": not a figure of a band
 * ("1–2 литра", "160–190 л. с.", "older than 3 years"), a year or a percentage; "с 33,37 до 42,87",
 * "from 2.21 to 4.2", "42,87 вместо 33,37" give its old value too.
 */
function coefficientIn(
  s: string,
  qs: Quantity[],
): { value: number; old: number | null; text: string } | null {
  const figures = coefficientFigures(s, qs);
  const first = figures[0];
  // "0,17 для новых": a multiplier below one is told with its decimals; a bare "1" is a band's figure.
  if (!first || first.value === 1 || (first.value < 1 && !/[.,]\d/u.test(first.text))) return null;
  const second = figures[1];
  if (second) {
    const between = s.slice(first.end, second.start);
    if (
      /^\s*(?:до|to|up to)\s*$/iu.test(between) &&
      /(?<![\p{L}])(?:с|со|from)\s*$/iu.test(s.slice(Math.max(0, first.start - 6), first.start))
    )
      return { value: second.value, old: first.value, text: `${first.text} → ${second.text}` };
    if (/^\s*\(?\s*(?:вместо|против|instead of|against|up from)\s*$/iu.test(between))
      return { value: first.value, old: second.value, text: `${second.text} → ${first.text}` };
    // "вырастет до 42,87 с 33,37", "rises to 4.2 from 2.21"; "to a coefficient of 80 from 74.64",
    // "до коэффициента 80 с 74,64": the word "coefficient" between "to" and the new figure.
    if (
      /^\s*(?:с|со|from)\s*$/iu.test(between) &&
      /(?<![\p{L}])(?:до|to)(?:\s+(?:a|the))?(?:\s+(?:coefficients?|multipliers?|factors?|коэффициент\p{L}*|множител\p{L}*)(?:\s+of)?)?\s*$/iu.test(
        s.slice(Math.max(0, first.start - 36), first.start),
      )
    )
      return { value: first.value, old: second.value, text: `${second.text} → ${first.text}` };
  }
  return { value: first.value, old: null, text: first.text };
}

/** The figures after "коэффициент" / "coefficient" that may be multipliers: no band, year, percentage or amount. */
function coefficientFigures(s: string, qs: Quantity[]): Quantity[] {
  const at = s.search(COEFFICIENT);
  if (at < 0) return [];
  const days = findDates(s, null, "nearest");
  return qs.filter(
    (q) =>
      q.start > at &&
      !q.currency &&
      !q.percent &&
      !q.scaled &&
      q.value > 0 &&
      q.value < 1000 &&
      !isBandFigure(s, q) &&
      // "с 1 января 2025 года вырастет с 33,37 до 42,87": the day of a date is no multiplier.
      !days.some((d) => q.start < d.end && d.start < q.end),
  );
}

/**
 * "Коэффициенты …: 160–190 л.с. — 45; 190–220 л.с. — 47,64", "45 for 160-190 hp and 47.64 for 190-220
 * hp": the multipliers of a sentence when each is told beside its own band, or null.
 */
function coefficientsByBand(s: string, qs: Quantity[], cat: Category): [Quantity, Category][] | null {
  const figures = coefficientFigures(s, qs).filter((q) => q.value !== 1);
  return figures.length >= 2 ? bandsApart(s, figures, cat) : null;
}

/**
 * The multipliers of a sentence that names no category of its own, as many as the categories of the
 * list just told ("In coefficients it is the same 0,17 and 0,26"): each that list's item, in order.
 */
function coefficientsInOrder(
  s: string,
  qs: Quantity[],
  own: Category,
  bands: Category[] | null,
): [Quantity, Category][] | null {
  if (!bands || own.age || own.engine || own.power) return null;
  const figures = coefficientFigures(s, qs).filter((q) => /[.,]\d/u.test(q.text));
  if (figures.length < 2 || figures.length !== bands.length) return null;
  return figures.map((q, i): [Quantity, Category] => [q, bands[i] ?? {}]);
}

/** The age told beside a multiplier, when the sentence's amounts are of two ages: the last told before it. */
function ownAge(s: string, text: string, money: Quantity[]): Category["age"] | undefined {
  const ages = new Set(money.map((q) => ageNear(s, q.start, q.end)));
  if (money.length < 2 || ages.size < 2 || ages.has(null)) return undefined;
  const at = s.indexOf(text);
  if (at < 0) return undefined;
  const before = s.slice(0, at);
  const last = (re: RegExp) => Math.max(-1, ...[...before.matchAll(re)].map((m) => m.index ?? -1));
  const newAt = last(
    /не старше|до тр[её]х лет|up to three|under three|less than three|younger|not older|(?<![\p{L}])(?:нов\p{L}*|new)(?![\p{L}])/giu,
  );
  // "не старше" is young, though it says "старше".
  const oldAt = last(/(?<!не )старше|older|подержанн\p{L}*|с пробегом|used|backing|second-hand/giu);
  if (newAt < 0 && oldAt < 0) return undefined;
  return newAt > oldAt ? "new" : "old";
}

/** The multipliers of a sentence when each is told with an age of its own, or null. */
function coefficientsByAge(
  s: string,
  qs: Quantity[],
): { value: number; age: "new" | "old"; text: string }[] | null {
  const at = s.search(COEFFICIENT);
  const figures = qs.filter(
    (q) =>
      q.start > at &&
      !q.currency &&
      !q.percent &&
      !q.scaled &&
      q.value > 0 &&
      q.value < 1000 &&
      q.value !== 1 &&
      /[.,]\d/u.test(q.text) &&
      !BAND_AFTER.test(s.slice(q.end, q.end + 24)),
  );
  if (figures.length < 2) return null;
  const out = figures.map((q) => ({ value: q.value, age: ageNear(s, q.start, q.end), text: q.text }));
  if (out.some((o) => !o.age) || new Set(out.map((o) => o.age)).size !== out.length) return null;
  return out as { value: number; age: "new" | "old"; text: string }[];
}

/**
 * "коэффициенты вырастут с 0,17 до 37,5 для новых машин и с 0,26 до 62,2 для машин старше трёх лет",
 * "the coefficient for a new car rises from 0.17 to 37.5 and for an older one from 0.26 to 62.2": two
 * or more changes of a multiplier, each told of its own age (after it, "для …" / "for …", or before it).
 */
function coefficientPairsByAge(
  s: string,
  qs: Quantity[],
): { value: number; old: number; age: "new" | "old"; text: string }[] | null {
  const figures = coefficientFigures(s, qs);
  const pairs: [Quantity, Quantity][] = [];
  for (let i = 0; i + 1 < figures.length; i++) {
    const a = figures[i];
    const b = figures[i + 1];
    if (!a || !b) continue;
    if (
      /^\s*(?:до|to|up to)\s*$/iu.test(s.slice(a.end, b.start)) &&
      /(?<![\p{L}])(?:с|со|from)\s*$/iu.test(s.slice(Math.max(0, a.start - 6), a.start))
    ) {
      pairs.push([a, b]);
      i++;
    }
  }
  if (pairs.length < 2) return null;
  const ageOf = (t: string) => categoryOf(t.replace(NEW_RULE, "")).age ?? null;
  const out = pairs.map(([a, b], k) => {
    const after = s.slice(b.end, pairs[k + 1]?.[0].start ?? s.length);
    const lead = /^\s*(?:для|за|на|for|on)\s/iu.test(after)
      ? (after.split(/[,;]|\s(?:и|а|and|while)\s/u)[0] ?? "")
      : "";
    const before = s.slice(pairs[k - 1]?.[1].end ?? 0, a.start);
    return { value: b.value, old: a.value, age: ageOf(lead) ?? ageOf(before), text: `${a.text} → ${b.text}` };
  });
  if (out.some((o) => !o.age) || new Set(out.map((o) => o.age)).size !== out.length) return null;
  return out as { value: number; old: number; age: "new" | "old"; text: string }[];
}

/** "коэффициент", "coefficient", "multiplier", "множитель", a translated "ratio": a multiplier of the base rate. */
const COEFFICIENT =
  /коэффициент\p{L}*|coefficient|multiplier|множител\p{L}*|(?<![\p{L}])ratios?(?![\p{L}])/iu;

/** "вырастет до", "поднимется до", "rises to": a new level told without the old one. */
const RISE_TO =
  /(?:вырас\p{L}*|вырос\p{L}*|подним\p{L}*|повыс\p{L}*|увелич\p{L}*|(?<![\p{L}])(?:rises?|rose|risen|go(?:es)? up|went up|increases?|increased|climbs?|climbed|jumps?|jumped))\s+(?:\p{L}+\s+){0,2}?(?:до|to)\s*$/iu;

/** A verb of rising anywhere before a level: "сбор вырастет …, а для машин старше трёх лет — до …". */
const RISE_VERB =
  /вырас\p{L}*|вырос\p{L}*|подним\p{L}*|поднял\p{L}*|повыс\p{L}*|увелич\p{L}*|(?<![\p{L}])(?:rises?|rose|risen|rising|go(?:es)? up|went up|increases?|increased|climbs?|climbed|jumps?|jumped|grows?|grew)(?![\p{L}])/iu;

/**
 * "Следующий шаг — 1 января 2025 года: тогда сбор … поднимется до 667,4 тыс. рублей, а для машин старше
 * трёх лет — до 1 156 600": a level a rate rises to, told without the one it rises from, rises from
 * the last rate of its category told before it with an earlier start.
 */
function risenFromBefore(rates: FeeRate[]): void {
  for (const [i, r] of rates.entries()) {
    if (r.old !== null || r.unit !== "rub") continue;
    const at = r.sentence.indexOf(r.span);
    if (at < 0) continue;
    const before = r.sentence.slice(Math.max(0, at - 40), at);
    const risesTo =
      RISE_TO.test(before) ||
      (/(?<![\p{L}])(?:до|to)\s*$/iu.test(before) && RISE_VERB.test(r.sentence.slice(0, at)));
    // "The decree also fixes the next step: from January 1 the same new car will be charged 900,000
    // roubles": a level of the next step, dated after a rate of its category, is that rate's next level.
    const nextStep = NEXT_STEP.test(r.sentence.slice(0, at));
    if (!risesTo && !nextStep) continue;
    const from = rates
      .slice(0, i)
      .reverse()
      .find(
        (x) =>
          x.category === r.category &&
          x.unit === r.unit &&
          x.new < r.new &&
          !(x.from && r.from && x.from >= r.from) &&
          (risesTo || Boolean(x.from && r.from)),
      );
    if (from) r.old = from.new;
  }
}

/** The last rate told for a category this one narrows (every field it names is this one's), lower than the new level. */
function narrowed(seen: { cat: Category; value: number }[], cat: Category, value: number): number | null {
  const fields = ["base", "personal", "age", "engine", "power"] as const;
  for (let i = seen.length - 1; i >= 0; i--) {
    const r = seen[i];
    if (!r || r.value >= value) continue;
    if (fields.every((f) => r.cat[f] === undefined || r.cat[f] === cat[f]) && !r.cat.base) return r.value;
  }
  return null;
}

/** "от … до …", "ranging from … to …", "between … and …": a span, not a change. */
const RANGE_OPENS =
  /(?<![\p{L}])(?:от|ranging from|ranges? from|varying from|vary from|varies from|between)\s*$/iu;
/**
 * "a few thousand", "несколько тысяч", "hundreds of thousands": no figure at all; nor a fraction of a
 * scale word, "почти на четверть миллиона", "by half a million" (the number layer reads the bare word as a million).
 */
const VAGUE =
  /(?<![\p{L}])(?:few|several|couple of|hundreds of|tens of|dozens of|нескольк\p{L}*|сотн\p{L}*|десятк\p{L}*|четверт\p{L}*|половин\p{L}*|трет(?:ь|и)|(?:a )?quarter(?: of)?(?: a)?|half(?: of)?(?: a)?|(?:a )?third of(?: a)?)\s*$/iu;
const SCALE_IN =
  /(?<![\p{L}])(тыс\p{L}*|thousands?)(?![\p{L}])|(?<![\p{L}])(млн|миллион\p{L}*|millions?)(?![\p{L}])/iu;

/**
 * The sentence's figures as the fee reader takes them: a vague "a few thousand" is none, and the
 * first figure of "с 300 до 556 тыс. рублей" / "from 1.5 to 2 million" shares the second's scale.
 */
function feeQuantities(s: string, listScale: number | null = null): Quantity[] {
  const qs = findQuantities(s).filter(
    (q) =>
      (/\d/.test(q.text) || !VAGUE.test(s.slice(Math.max(0, q.start - 20), q.start))) &&
      // ", тыс. руб.:" is a unit told for the figures after it, no amount.
      !(unitLabelIn(s) && !/\d/.test(q.text)),
  );
  // "с 300 до 556 тыс. рублей", "1492,8, 1584 и 1677,6 тыс. руб. соответственно": a bare figure
  // joined to the next scaled amount shares its scale (from the last back, so a list takes it all).
  const out = [...qs];
  const factors = out.map((q) => {
    const m = SCALE_IN.exec(q.text);
    return m ? (m[1] ? 1e3 : 1e6) : null;
  });
  for (let i = out.length - 2; i >= 0; i--) {
    const q = out[i];
    const next = out[i + 1];
    if (!q || !next || q.scaled || q.currency || q.percent || !next.scaled || q.value >= 1e4) continue;
    if (!/^\s*(?:до|to|[-–—]|,|;|\/|и|and|или|or)\s*$/iu.test(s.slice(q.end, next.start))) continue;
    if (isBandFigure(s, q)) continue;
    const factor = factors[i + 1];
    if (!factor) continue;
    if (q.value * factor > next.value * 10 || q.value * factor * 20 < next.value) continue;
    // "с 3400 до 750 тыс. рублей": a bare figure in the thousands is roubles already; scaled, it would
    // stand above the level it rises to.
    if (q.value >= 1000 && q.value * factor > next.value) continue;
    out[i] = { ...q, value: q.value * factor, scaled: true, currency: next.currency };
    factors[i] = factor;
  }
  // "Ставки …, тыс. руб.: 160–190 л.с. — 900; 190–220 л.с. — 952,8": figures under a unit told once.
  const scale = listScale ?? unitLabelIn(s)?.scale ?? null;
  if (!scale) return out;
  const from = listScale ? 0 : (unitLabelIn(s)?.end ?? 0);
  return out.map((q) =>
    q.start < from || q.scaled || q.currency || q.percent || isBandFigure(s, q) || isYear(q) || q.value >= 1e5
      ? q
      : { ...q, value: Math.round(q.value * scale), scaled: true, currency: "rub" },
  );
}

const isYear = (q: Quantity) =>
  Number.isInteger(q.value) && q.value >= 1990 && q.value <= 2100 && !/[.,]/u.test(q.text);

/** A unit told once for the figures after it: ", тыс. руб.:", "(тыс. рублей)", "in thousand rubles:". */
function unitLabelIn(s: string): { scale: number; end: number } | null {
  const m =
    /(?<![\d\s])\s*(?:[,(]|(?<![\p{L}])(?:в|in))\s*(?:(тыс(?:\.|яч\p{L}*)?|thousands?(?: of)?)|(млн\.?|миллион\p{L}*|millions?(?: of)?))\s*(?:руб\p{L}*\.?|₽|р\.|rubles|roubles)\s*\)?\s*:?/iu.exec(
      s,
    );
  if (!m) return null;
  return { scale: m[1] ? 1e3 : 1e6, end: (m.index ?? 0) + m[0].length };
}

const CC_AFTER = new RegExp(String.raw`^\s*${CC}`, "iu");

interface Anchor {
  start: number;
  end: number;
  date: string | null;
  undated: boolean;
}

/**
 * The starts a sentence tells beside its amounts: a day after "с / from / starting / by" ("с 1 января
 * 2027 года", "from January 1, 2026"), a year after a preposition ("в 2026 году", "by 2030", "from
 * 2027"), "this year" / "next year". A day of a plan that was ("originally from November 1") is none.
 */
function dateAnchors(s: string, articleDate: string | null): Anchor[] {
  const out: Anchor[] = [];
  for (const d of feeDates(s, articleDate)) {
    const before = s.slice(Math.max(0, d.start - 14), d.start);
    const opens =
      /(?<![\p{L}])(?:с|со|from|since|starting|начиная с|as of|as from|effective|by|к)\s*$/iu.test(before) ||
      /^(?:from|с|со|starting)\s/iu.test(s.slice(d.start, d.end));
    if (opens && !planThatWas(s, d.start) && !decidedOn(s, d.start, d.end))
      out.push({ start: d.start, end: d.end, date: d.date, undated: d.undated });
  }
  const year = articleDate ? Number(articleDate.slice(0, 4)) : null;
  for (const m of s.matchAll(
    /(?<![\p{L}\d])(?:in|в|во|by|к|до|с|со|from|for|as early as|starting(?: in| from)?)\s+((?:19|20)\d{2})(?:-?(?:го|м))?(?:\s*(?:года?|году|г\.))?(?![\d\p{L}])(?!\s*(?:[-–—]|до|to)\s*(?:19|20)\d{2})/giu,
  )) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (out.some((x) => x.start < end && start < x.end)) continue;
    // "от 1000 до 2000 куб. см": a displacement, not a year.
    if (CC_AFTER.test(s.slice(end))) continue;
    out.push({ start, end, date: `${m[1]}-01-01`, undated: false });
  }
  for (const m of s.matchAll(
    /(?<![\p{L}])(?:в этом году|в текущем году|this year|the current year|в следующем году|в будущем году|next year)(?![\p{L}])/giu,
  )) {
    const start = m.index ?? 0;
    const next = /следующ|будущ|next/iu.test(m[0]);
    const date = year ? `${year + (next ? 1 : 0)}-01-01` : null;
    out.push({ start, end: start + m[0].length, date, undated: !year });
  }
  return out.sort((x, y) => x.start - y.start);
}

/**
 * The start told for each amount of a sentence: a date right after it ("857,400 roubles in 2026",
 * "… уже в 2024 году") unless it leads into the next amount ("…, in 2026 to 800,800"), else the
 * last date told before it since the amount before ("а с 1 января 2027 года — 1 047 200").
 */
function scheduleSteps(s: string, money: Quantity[], anchors: Anchor[]): (Anchor | null)[] {
  const trailing = money.map((q, i) => {
    const next = money[i + 1];
    const limit = Math.min(q.end + 40, next?.start ?? s.length);
    const a = anchors.find((x) => x.start >= q.end && x.end <= limit);
    if (!a) return null;
    const gap = s.slice(q.end, a.start);
    if (
      !/^[^,;—–(]{0,16}?(?:уже\s+|already\s+)?(?:(?:с|со|from|starting(?: from)?|as of|effective|in|в|by|к)\s+)?$/iu.test(
        gap,
      )
    )
      return null;
    // "750,000 rubles and from January 1 will be 900,000": a date after a conjunction opens the next clause.
    if (next && /(?<![\p{L}])(?:and|а|и|but|while|whereas|но)(?![\p{L}])/iu.test(gap)) return null;
    // "…, in 2026 to 800,800": a date that leads into the next amount is that amount's.
    if (next && /^\s*(?:года?|году|г\.)?\s*(?:[-–—:]\s*)?(?:до|to)?\s*$/iu.test(s.slice(a.end, next.start)))
      return null;
    return a;
  });
  return money.map((q, i) => {
    if (trailing[i]) return trailing[i] ?? null;
    const prev = money[i - 1];
    const from = prev ? (trailing[i - 1]?.end ?? prev.end) : 0;
    return anchors.filter((x) => x.start >= from && x.end <= q.start).pop() ?? null;
  });
}

const NEXT_YEAR =
  /(?<![\p{L}])(?:со? (?:начала )?(?:следующего|будущего|нового|наступающего|грядущего) года|с нового года|from (?:the (?:start|beginning) of )?(?:next|the next|the new|the coming) year|(?:starting|as of|beginning|effective) (?:from |in )?next year|from the new year|(?:unchanged|kept|frozen|the same) for (?:the )?next year|(?:на|в) (?:следующий|будущий) год)(?![\p{L}])/iu;
const THIS_YEAR =
  /(?<![\p{L}])(?:со? (?:начала )?(?:этого|текущего) года|from (?:the (?:start|beginning) of )?this year)(?![\p{L}])/iu;
const FROM_YEAR =
  /(?<![\p{L}])(?:со?|с начала|from|starting(?: in| from)?|as of|beginning(?: in)?|from the (?:start|beginning) of)\s+((?:19|20)\d{2})(?:-?го)?(?:\s*(?:года|г\.))?(?![\d\p{L}])(?!\s*(?:до|to|[-–—])\s*\d)/iu;

/**
 * A start told by its year only: "со следующего года", "с нового года", "с 2026 года", "from next
 * year", "from 2027" — 1 January of that year; a year already past is a history ("с 2012 года"), not a start.
 */
export function yearStartIn(
  t: string,
  articleDate: string | null,
): { date: string | null; undated: boolean } | null {
  const year = articleDate ? Number(articleDate.slice(0, 4)) : null;
  if (NEXT_YEAR.test(t))
    return year ? { date: `${year + 1}-01-01`, undated: false } : { date: null, undated: true };
  if (THIS_YEAR.test(t))
    return year ? { date: `${year}-01-01`, undated: false } : { date: null, undated: true };
  const m = FROM_YEAR.exec(t);
  const told = m?.[1] ? Number(m[1]) : null;
  if (told && (!year || told >= year)) return { date: `${told}-01-01`, undated: false };
  return null;
}

function firstYearStart(texts: string[], articleDate: string | null) {
  for (const t of texts) {
    const found = yearStartIn(t, articleDate);
    if (found) return found;
  }
  return null;
}

/** The start a single sentence tells for the fee: a day, a year or a month ("in October"). */
export function feeStartIn(
  s: string,
  articleDate: string | null,
): { date: string | null; undated: boolean } | null {
  return startDate([s], articleDate) ?? yearStartIn(s, articleDate) ?? startMonth([s], articleDate);
}

/** "вырос утильсбор", "the recycling fee went up": a past change told of the fee itself, not of prices beside it. */
const ROSE =
  /(?<![\p{L}])(?:вырос(?:ла|ло|ли)?|выросл\p{L}*|увеличил(?:ся|ась|ись)|повысил(?:ся|ась|ись)|went up|has risen|have risen|rose|was raised|were raised|increased)(?![\p{L}])/iu;
export function feeRose(s: string): boolean {
  const verb = ROSE.exec(s);
  const fee = FEE_WORDS.exec(s);
  if (!verb || !fee) return false;
  const [a, b] = verb.index < fee.index ? [verb, fee] : [fee, verb];
  const between = s.slice(a.index + a[0].length, b.index);
  return between.length < 30 && !/цен\p{L}*|price\p{L}*|стоимост\p{L}*|продаж\p{L}*|sales/iu.test(between);
}

/** A start told by its month only ("will start charging the fee in October"): its first day. */
function startMonth(
  texts: string[],
  articleDate: string | null,
): { date: string | null; undated: boolean } | null {
  for (const t of texts) {
    const month = findPeriods(t, articleDate).find(
      (p) =>
        !p.comparison &&
        (p.period ?? p.shadow)?.granularity === "month" &&
        !decidedOn(t, p.start, p.end) &&
        // "from next January": the date layer reads it as the coming January, "next" within its span.
        // "с начала декабря", "since the beginning of December", "in early December": its first day.
        /(?<![\p{L}])(in|from|since|starting|в|с|со)(?:\s+(?:начала|the (?:beginning|start) of|early))?\s*$/iu.test(
          t.slice(Math.max(0, p.start - 30), p.start),
        ),
    );
    if (!month) continue;
    let date = month.period?.start ?? null;
    // "plans to start charging in October": a start still ahead is in the coming October.
    // A headline's "в декабре" is the coming one when the fee's sentences tell a rise still ahead.
    if (
      date &&
      articleDate &&
      date < articleDate.slice(0, 8) &&
      (FUTURE.test(t) || texts.some((x) => FUTURE.test(x)))
    )
      date = `${Number(date.slice(0, 4)) + 1}${date.slice(4)}`;
    return { date, undated: !month.period };
  }
  return null;
}

/**
 * The category of each amount of a list, when each is told beside its own band: the band before
 * each amount ("160–190 л. с. — 750 тыс."), or after each ("1.24 million rubles at 160-190 hp"),
 * laid over the sentence's category. Null unless every amount gets a category of its own.
 */
function bandsApart(s: string, money: Quantity[], cat: Category): [Quantity, Category][] | null {
  const first = money[0];
  if (!first || money.length < 2) return null;
  const after = /^\s*(?:at|for|with|за|для|при)\s/iu.test(s.slice(first.end, money[1]?.start ?? s.length));
  const out: [Quantity, Category][] = [];
  const kinds: string[][] = [];
  for (const [i, q] of money.entries()) {
    const part = after
      ? (/^[^,;]*/u.exec(s.slice(q.end, money[i + 1]?.start ?? s.length))?.[0] ?? "")
      : i === 0
        ? // "Ставки для новых машин 1–2 л, тыс. руб.: 160–190 л.с. — 900; …": the first item opens after the lead-in.
          (s.slice(0, q.start).split(/[:;]/u).pop() ?? "")
        : s.slice(money[i - 1]?.end ?? 0, q.start);
    const own = stripUndefined(categoryOf(part));
    if (!own.power && !own.age && !own.engine) return null;
    out.push([q, { ...cat, ...stripUndefined({ power: own.power, age: own.age, engine: own.engine }) }]);
    kinds.push(["power", "age", "engine"].filter((k) => k in own));
  }
  // "up to 160 hp will cost 3,400 rubles if it is new and 5,200 rubles if older": a band before the
  // first amount and an age between them are not one band per amount.
  // "new cars, 1-2 l, 160-190 hp — RUB 750,000; 190-220 hp — RUB 794,000": the first item may carry
  // the lead-in's age and engine besides the band the others name.
  const [head, ...others] = kinds;
  const kind = others[0]?.join();
  if (others.some((k) => k.join() !== kind) || !others[0]?.every((k) => head?.includes(k))) return null;
  if (after && head?.join() !== kind) return null;
  return new Set(out.map(([, c]) => categoryKey(c))).size === out.length ? out : null;
}

/**
 * The category of each amount when the labels follow all the amounts in the same order: "… для новых
 * и подержанных машин соответственно", "… for new and used cars respectively", "750 000 / 1 244 000
 * рублей (новые / старше трёх лет)". Null unless there are as many labels as amounts, each its own.
 */
function respectively(s: string, money: Quantity[], cat: Category): [Quantity, Category][] | null {
  const last = money[money.length - 1];
  if (!last || money.length < 2) return null;
  const rest = s.slice(last.end);
  const labels =
    /^\s*(?:руб\p{L}*\.?\s*)?\(([^()]+\/[^()]+)\)/u.exec(rest)?.[1]?.split(/\s*\/\s*/u) ??
    (() => {
      const m = /^([^.;]*?)(?:,\s*)?(?:соответственно|respectively)/iu.exec(rest);
      return m?.[1]
        ?.split(/\s*(?:,|\/|(?<![\p{L}])и(?![\p{L}])|(?<![\p{L}])and(?![\p{L}]))\s*/u)
        .filter((x) => x.trim());
    })();
  if (!labels || labels.length !== money.length) return null;
  const own = labels.map((l) => stripUndefined(categoryOf(l)));
  // "… для новых и подержанных машин": the noun told with the last label is every label's.
  const out = money.map((q, i): [Quantity, Category] => [
    q,
    { ...cat, ...stripUndefined({ age: own[i]?.age, power: own[i]?.power, engine: own[i]?.engine }) },
  ]);
  if (own.some((o) => !o.age && !o.power && !o.engine)) return null;
  return new Set(out.map(([, c]) => categoryKey(c))).size === out.length ? out : null;
}

/** The age told right beside an amount: "3 400 рублей за новую и 5 200 за подержанную", "… (older)". */
function ageNear(s: string, start: number, end: number): Category["age"] | null {
  // "2,000 rubles ($61.70) for new cars": a conversion in brackets is skipped.
  const after = s
    .slice(end, end + 60)
    .replace(/\([^)]*(?:\$|€|¥|долл|dollar|euro|евро|юан|yuan|USD|EUR|CNY)[^)]*\)/giu, "")
    .slice(0, 44);
  // "…, машина старше трёх лет — в 1 244 000 рублей": the dash (and a preposition) between an age and its amount.
  const before = s
    .slice(Math.max(0, start - 110), start)
    .replace(/[—–-]\s*(?:(?:в|во|за|на|по|at|of|is|to)\s+)?$/u, "");
  const OLD =
    /older|over three|over 3 years|more than (?:three|3) years|старше|возрастн\p{L}*|постарше|(?:более|свыше) (?:тр[её]х|3)(?:-х)? лет|подержанн\p{L}*|более стар\p{L}*|с пробегом|б\/у|used|backing|with mileage|second-hand/iu;
  const NEW = /up to three|до тр[её]х|не старше|нов\p{L}*|(?<![\p{L}])new(?![\p{L}])/iu;
  const lead = /^[^,;.]*?(?:за|for)\s+([\p{L}\s]{0,30})/iu.exec(after)?.[1] ?? after.split(/[,;]/)[0] ?? "";
  // "не старше трёх лет" is new, though it says "старше".
  const YOUNG = /не старше|до тр[её]х лет|up to three|under three|less than three|not older/iu;
  const ageIn = (t: string) => (YOUNG.test(t) ? "new" : OLD.test(t) ? "old" : NEW.test(t) ? "new" : null);
  const tail = before.split(/[,;:—]/).pop() ?? "";
  return ageIn(lead) ?? ageIn(tail);
}

/**
 * "…утильсбор составит: — 2026 год — 900 тыс. руб.; — 2027 год — 1,035 млн руб.", "…will be: 2026 —
 * 900,000 rubles; 2027 — 1,035,000 rubles": a list keyed by year that the lines of the page ran into
 * one sentence, as its lead-in and its items; null unless every item after the colon opens on a year.
 */
function yearListItems(s: string): string[] | null {
  const colon = s.indexOf(": ");
  if (colon < 0) return null;
  const parts = s
    .slice(colon + 1)
    .split(/;\s+/u)
    .map((p) => p.trim().replace(/[;.]\s*$/u, ""))
    .filter(Boolean);
  if (parts.length < 2 || !parts.every((p) => YEAR_ITEM.test(p))) return null;
  return [s.slice(0, colon + 1), ...parts];
}

/** A list item opening on its year: "— 2026 год —", "2027 —", "• в 2028 году:", "In 2029 –". */
const YEAR_ITEM =
  /^\s*(?:[-—–•*·]\s*)?(?:(?:в|во|in|by|с|from)\s+)?((?:20)\d{2})(?:\s*(?:год[ау]?|г\.|year))?\s*[—–:-]\s*/iu;

/** The year and the one amount of a list item keyed by year, or null. */
function yearItemOf(
  s: string,
  listScale: number | null,
): { start: { date: string; undated: boolean }; q: Quantity; end: number } | null {
  const m = YEAR_ITEM.exec(s);
  if (!m?.[1]) return null;
  const rest = s.slice(m[0].length);
  const qs = feeQuantities(rest, listScale).filter(
    (q) => !q.percent && (q.currency === "rub" || q.scaled) && !isYear(q) && q.value >= 1000 && q.value < 1e8,
  );
  const q = qs.length === 1 ? qs[0] : undefined;
  if (!q) return null;
  return { start: { date: `${m[1]}-01-01`, undated: false }, q, end: m[0].length };
}

interface Table {
  base: Category;
  columns: Category[];
  /** The unit a column's band cells are told in when they name none ("кВт | ЛС" over "117,7–139,7 | 160–190"). */
  units: ("hp" | "kw" | null)[];
  /** The start a column's amounts hold from ("2026 | 2027", "С 1 января 2026 года"). */
  starts: ({ date: string | null; undated: boolean } | null)[];
  /** Whether a column tells the levels until now ("Сейчас", "До 30 ноября", "Until November 30", "Old rate"). */
  past: boolean[];
  /** Whether a column tells multipliers, not roubles ("Коэф. с 1.10", "Coefficient"). */
  coefficient: boolean[];
}

/** A header cell of the levels until now: "Сейчас", "Было", "До 30 ноября", "Until November 30", "Current", "Old rate". */
function pastColumn(cell: string): boolean {
  if (
    /(?<![\p{L}])(?:сейчас|ныне|нынешн\p{L}*|текущ\p{L}*|было|прежн\p{L}*|стар(?:ая|ые) ставк\p{L}*|now|current|currently|previous|previously|old rates?|before|was)(?![\p{L}])/iu.test(
      cell,
    )
  )
    return true;
  // "До 30 ноября", "по 30 ноября", "until November 30": a column that ends on a day.
  // "Сумма до 1.10": a day told as day.month.
  return (
    /(?<![\p{L}])(?:до|по|until|till|through|up to)\s/iu.test(cell) &&
    (findDates(cell, null, "nearest").length > 0 ||
      /(?<![\p{L}])(?:до|по|until|till|through|up to)\s+(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])(?![\d.])/iu.test(
        cell,
      ))
  );
}

/** A brand and a model: "Geely Coolray", "Omoda C5", "Haval F7x", "Лада Веста", "Москвич 3". */
const MODEL_NAME = /(?<![\p{L}\d])\p{Lu}[\p{Ll}\p{Lu}]+\s+(?:\p{Lu}[\p{L}\d-]*|\d{1,3}(?![\d.,]))/u;

/** A column of car prices ("New price", "Цена с 1 января", "Стоимость"), not of the fee. */
const PRICE_CELL =
  /(?<![\p{L}])(?:цен\p{L}*|стоимост\p{L}*|прайс\p{L}*|prices?|msrp|list price)(?![\p{L}])/iu;
const FEE_CELL = new RegExp(
  String.raw`${FEE_WORDS.source}|(?<![\p{L}])(?:сбор\p{L}*|ставк\p{L}*|коэф\p{L}*|fees?|rates?|coefficients?)(?![\p{L}])`,
  "iu",
);
const COEFFICIENT_CELL =
  /(?<![\p{L}])(?:коэф\p{L}*|множител\p{L}*|coeff?\p{L}*|multipliers?|factors?)(?![\p{L}])/iu;
const HP_CELL = new RegExp(String.raw`(?<![\p{L}])(?:${HP})|мощност\p{L}*|power`, "iu");
const KW_CELL = /(?<![\p{L}])(?:квт|kw)(?![\p{L}])/iu;
const YEAR_CELL = /^(?:(?:в|во|in|for)\s+)?((?:19|20)\d{2})(?:-?(?:й|м))?(?:\s*(?:год[ау]?|г\.?|year))?$/iu;

/** A table's header row: each column's category, unit and start; null when it tells none of them. */
function tableHeader(cells: string[], base: Category, articleDate: string | null): Table | null {
  const columns = cells.map((c) => stripUndefined(categoryOf(c)));
  const units = cells.map((c) => (KW_CELL.test(c) ? "kw" : HP_CELL.test(c) ? "hp" : null));
  const past = cells.map(pastColumn);
  const starts = cells.map((c, j) => {
    if (past[j]) return null;
    const year = YEAR_CELL.exec(c.trim())?.[1];
    return year
      ? { date: `${year}-01-01`, undated: false }
      : /\d/u.test(c)
        ? feeStartIn(c, articleDate)
        : null;
  });
  const coefficient = cells.map((c) => COEFFICIENT_CELL.test(c));
  // "Категория | Коэф. до 1.10 | Сумма до 1.10, руб. | Коэф. с 1.10 | …": columns of levels until a
  // day and of multipliers are a header too.
  if (
    !columns.some((c) => Object.keys(c).length > 0) &&
    !starts.some(Boolean) &&
    !(past.some(Boolean) && past.some((p) => !p)) &&
    !coefficient.some(Boolean)
  )
    return null;
  return { base, columns, units, starts, past, coefficient };
}

/** "| Обьем 1.0 - 2.0 | | |": a row with one cell that names an engine band, even without its unit. */
function tableSection(cells: string[]): string | null {
  const told = cells.filter((c) => c.trim());
  if (told.length !== 1 || !told[0]) return null;
  const cell = /(?:объ?[её]м|volume|displacement)[^\d]*[\d.,\s–-]+$/iu.test(told[0])
    ? `${told[0]} л`
    : told[0];
  return categoryOf(cell).engine ?? null;
}

/**
 * A table row's rates: the band its cells before the amounts name (in the header's unit when they
 * name none), laid over the column's category; a column's start dates its amount, and the amount of
 * an earlier column of the same category is its old value.
 */
function tableRow(
  s: string,
  cells: string[],
  amounts: Quantity[][],
  table: Table | null,
  previous: Category,
  current: { date: string | null; undated: boolean } | null,
  adjust: (cat: Category) => void,
): FeeRate[] {
  const first = amounts.findIndex((a) => a.length > 0);
  let band: Category = {};
  for (const [j, cell] of cells.entries()) {
    if (j >= first || !cell.trim()) continue;
    const unit = table?.units[j];
    const told =
      unit === "hp" && !HP_CELL.test(cell)
        ? `${cell} л. с.`
        : unit === "kw" && !KW_CELL.test(cell)
          ? `${cell} кВт`
          : cell;
    band = { ...band, ...stripUndefined(categoryOf(told)) };
  }
  // "Author: Editorial staff | 02.10.2024 | Views: 4 112": a row of no table that names no band is no rate.
  if (!table && !Object.keys(stripUndefined(band)).length) return [];
  // "Omoda C5 | 2 359 000 | +40 000": a row that names a car model (a brand and a model's name or
  // code) and no band tells the model's price, never a rate of the fee.
  const label = cells.slice(0, Math.max(first, 0)).join(" ");
  if (!Object.keys(stripUndefined(band)).length && MODEL_NAME.test(label)) return [];
  const out: FeeRate[] = [];
  const last = new Map<string, number>();
  let sincePast = false;
  for (const [j, found] of amounts.entries()) {
    const q = found.length === 1 ? found[0] : undefined;
    if (!q || j < first || q.value >= 1e8) continue;
    const cat: Category = { ...(table?.base ?? previous), ...(table?.columns[j] ?? {}), ...band };
    // "Базовая ставка … 20 тыс." before a table of "Новые, 1–2 л" rows: a row that names its car is no base rate.
    if (band.age || band.engine || band.power) delete cat.base;
    adjust(cat);
    const unit: FeeRate["unit"] = table?.coefficient[j] ? "coefficient" : "rub";
    const key = `${unit}|${categoryKey(cat)}`;
    if (!categoryKey(cat)) continue;
    const start = table?.starts[j] ?? null;
    // A column of the levels until now gives the old value of the columns after it, no rate of its own.
    if (table?.past[j]) {
      last.set(key, q.value);
      sincePast = true;
      continue;
    }
    out.push({
      ...makeRate(s, cat, q.value, start ?? current),
      unit,
      old: start || sincePast ? (last.get(key) ?? null) : null,
      hedge: q.hedge,
      span: q.text,
    });
    last.set(key, q.value);
  }
  return out;
}

function makeRate(
  s: string,
  cat: Category,
  value: number,
  from: { date: string | null; undated: boolean } | null | undefined,
): FeeRate {
  return {
    kind: "recycling_fee",
    category: categoryKey(cat),
    old: null,
    new: value,
    unit: "rub",
    from: from?.date ?? null,
    undated: from ? from.undated : false,
    hedge: null,
    sentence: s,
    span: String(value),
  };
}

/**
 * The private importer's preferential rate below 160 hp is one for every engine: it keeps an engine
 * band only when its own sentence names one, not one taken from the rate told before it.
 */
function preferentialOwnEngine(rate: FeeRate): FeeRate {
  const m = /^(personal-(?:(?:new|old)-)?)([^-]+(?:-[^-]+)?)-le160hp$/u.exec(rate.category);
  if (!m || !/^(?:1-2l|2-3l|3-3\.5l|le3l)$/u.test(m[2] ?? "") || categoryOf(rate.sentence).engine)
    return rate;
  return { ...rate, category: `${m[1]}le160hp` };
}

/** The category before, without the private importer once the passage on them has ended. */
function payerOfPassage(previous: Category | null, personalPassage: boolean): Category {
  if (!previous || personalPassage || !previous.personal) return previous ?? {};
  const { personal: _p, ...rest } = previous;
  return rest;
}

function stripUndefined(c: Category): Category {
  return Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined)) as Category;
}
