// Recycling-fee (утильсбор) rates by category and date: the category codes the article reader
// proposes turned into structured fields, the rates as answers carry them, and a plain-word
// question's category ("новая машина до 2 литров", "a 1.5 litre car older than three years")
// matched against the rates held — never another category's figure as if it were the one asked.
import type { Db } from "../db/client.ts";
import { type FeeRateRow, listFeeRates } from "../db/queries/fees.ts";
import { citedSources, type Source } from "./sources.ts";
import { normalize } from "./text.ts";

/** The policy topic recycling-fee news and rates belong to. */
export const FEE_TOPIC = "recycling_fee";

export interface FeeCategory {
  baseRate: boolean;
  personal: boolean;
  /** new: up to three years old; old: over three years. */
  vehicleAge: "new" | "old" | null;
  engineBand: string | null;
  powerBand: string | null;
}

/** Engine bands in litres and power bands in hp as ranges (lower bound excluded, upper included). */
const ENGINE_BANDS: Record<string, [number, number]> = {
  "1-2l": [1, 2],
  le3l: [0, 3],
};
const POWER_BANDS: Record<string, [number, number]> = {
  le160hp: [0, 160],
  "160-190hp": [160, 190],
  gt160hp: [160, Number.POSITIVE_INFINITY],
};

/**
 * The reader's category code (`base-rate`, `personal-new-1-2l`, `old-le3l-gt160hp`) as fields;
 * null when it holds a part the rates table has no field for.
 */
export function parseFeeCategory(code: string): FeeCategory | null {
  if (code === "base-rate")
    return { baseRate: true, personal: false, vehicleAge: null, engineBand: null, powerBand: null };
  let rest = code;
  const take = (options: string[]): string | null => {
    for (const o of options) {
      if (rest === o || rest.startsWith(`${o}-`)) {
        rest = rest.slice(o.length).replace(/^-/, "");
        return o;
      }
    }
    return null;
  };
  const personal = take(["personal"]) !== null;
  const age = take(["new", "old"]) as FeeCategory["vehicleAge"];
  const engine = take(Object.keys(ENGINE_BANDS));
  const power = take(Object.keys(POWER_BANDS));
  if (rest !== "" || (!personal && !age && !engine && !power)) return null;
  return { baseRate: false, personal, vehicleAge: age, engineBand: engine, powerBand: power };
}

export interface FeeRateView {
  category: FeeCategory;
  value: number;
  unit: "rub" | "coefficient";
  effectiveFrom: string;
  status: "in_force" | "draft";
  sourceIds: number[];
}

function toView(r: FeeRateRow): FeeRateView {
  return {
    category: {
      baseRate: r.baseRate,
      personal: r.personal,
      vehicleAge: r.vehicleAge === "new" || r.vehicleAge === "old" ? r.vehicleAge : null,
      engineBand: r.engineBand,
      powerBand: r.powerBand,
    },
    value: r.value,
    unit: r.unit === "coefficient" ? "coefficient" : "rub",
    effectiveFrom: r.effectiveFrom,
    status: r.status === "draft" ? "draft" : "in_force",
    sourceIds: [r.sourceId],
  };
}

const categoryOrder = (c: FeeCategory) =>
  [c.baseRate ? 0 : 1, c.personal ? 1 : 0, c.vehicleAge ?? "", c.engineBand ?? "", c.powerBand ?? ""].join(
    "|",
  );

/** Every rate held, by category, each category's rates newest first. */
export async function feeRates(db: Db): Promise<FeeRateView[]> {
  return (await listFeeRates(db))
    .map(toView)
    .sort(
      (a, b) =>
        categoryOrder(a.category).localeCompare(categoryOrder(b.category)) ||
        b.effectiveFrom.localeCompare(a.effectiveFrom),
    );
}

/** What a question asks about: only what it says (an engine size or power as a number). */
export interface FeeQuestion {
  vehicleAge?: "new" | "old";
  engineLitres?: number;
  /** Told as "до 2 литров" / "up to 2 litres": the band up to that size. */
  engineUpTo?: boolean;
  powerHp?: number;
  personal?: boolean;
  baseRate?: boolean;
}

const NUMBER_WORDS: Record<string, number> = {
  одного: 1,
  один: 1,
  одним: 1,
  полутора: 1.5,
  полтора: 1.5,
  двух: 2,
  два: 2,
  трех: 3,
  три: 3,
  one: 1,
  two: 2,
  three: 3,
};

/** The category words of a question; empty when it names none. */
export function feeQuestionOf(text: string): FeeQuestion {
  const t = ` ${normalize(text).replace(/(\d),(\d)/g, "$1.$2")} `;
  const q: FeeQuestion = {};
  const num = "(\\d+(?:\\.\\d+)?|одного|один|одним|полутора|полтора|двух|два|трех|три|one|two|three)";
  const value = (s: string) => NUMBER_WORDS[s] ?? Number(s);
  if (
    /старше (?:трех|3|три) лет|более (?:трех|3) лет|older than (?:three|3)|over (?:three|3) years|(?:three|3)\+? years old|б\/у|подержан|с пробегом|(?<![\p{L}])used(?![\p{L}])/u.test(
      t,
    )
  )
    q.vehicleAge = "old";
  else if (/(?<![\p{L}])(?:нов\p{L}*|new)(?![\p{L}])|до (?:трех|3) лет|up to (?:three|3) years/u.test(t))
    q.vehicleAge = "new";
  const litres = new RegExp(
    `(до |up to |under )?${num}[\\s-]*(?:литр\\p{L}*|л(?![\\p{L}])|l(?![\\p{L}])|litre\\p{L}*|liter\\p{L}*)`,
    "u",
  ).exec(t);
  if (litres?.[2]) {
    q.engineLitres = value(litres[2]);
    if (litres[1]) q.engineUpTo = true;
  }
  const hp = /(\d{2,3})\s*(?:л\.?\s?с\.?|hp|horsepower|лошад\p{L}*)/u.exec(t);
  if (hp?.[1]) q.powerHp = Number(hp[1]);
  if (
    /для себя|личн\p{L}* пользован\p{L}*|personal|физ\p{L}* лиц|частн\p{L}* лиц|private (?:buyer|person|importer)/u.test(
      t,
    )
  )
    q.personal = true;
  if (/базов\p{L}* ставк\p{L}*|base rate/u.test(t)) q.baseRate = true;
  return q;
}

export const asksFeeCategory = (q: FeeQuestion) => Object.keys(q).length > 0;

const within = (band: [number, number] | undefined, v: number) => !band || (v > band[0] && v <= band[1]);

/** Whether a rate is the one for what was asked: every part asked agrees, the others are any. */
export function rateFits(c: FeeCategory, q: FeeQuestion): boolean {
  if (q.baseRate) return c.baseRate;
  if (c.baseRate) return false;
  if (q.vehicleAge && c.vehicleAge !== null && c.vehicleAge !== q.vehicleAge) return false;
  if (q.engineLitres !== undefined) {
    if (c.engineBand && !within(ENGINE_BANDS[c.engineBand], q.engineLitres)) return false;
  }
  if (q.powerHp !== undefined) {
    if (c.powerBand && !within(POWER_BANDS[c.powerBand], q.powerHp)) return false;
  }
  if (q.personal && !c.personal) return false;
  return true;
}

export interface FeeAnswer {
  asked: FeeQuestion;
  /** The rates of the category asked (each shows its own category in full). */
  matches: FeeRateView[];
  /** Everything held, for "not held — here is what is". */
  held: FeeRateView[];
  sources: Source[];
}

export async function answerFeeQuestion(db: Db, asked: FeeQuestion): Promise<FeeAnswer> {
  const held = await feeRates(db);
  const matches = held.filter((r) => rateFits(r.category, asked));
  const shown = matches.length > 0 ? matches : held;
  return {
    asked,
    matches,
    held,
    sources: await citedSources(
      db,
      shown.map((r) => r.sourceIds),
    ),
  };
}
