// The gold schema of the article-reader evaluation set (test/fixtures/extract-eval/README.md),
// its loader, and the rule that says when a proposed fact is the same as a labelled one.
import { readdirSync, readFileSync } from "node:fs";
import { z } from "zod";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD");
const slug = z.string().regex(/^[a-z0-9]+(?:[-_][a-z0-9.]+)*$/, "lower-case slug");
const status = z.enum(["draft", "adopted", "in_force", "postponed"]);
const hedge = z.enum(["approx", "more_than", "less_than", "up_to"]);

export const periodSchema = z
  .object({ start: isoDate, granularity: z.enum(["month", "half_year", "year", "mid_year"]) })
  .strict();

/** "previous" (the period before), "year" (a year earlier) or a named period: 2021, 2022-01, 2021-07. */
const changeVs = z.union([z.enum(["previous", "year"]), z.string().regex(/^\d{4}(?:-\d{2})?$/)]);

const price = z
  .object({
    kind: z.literal("price"),
    series: slug,
    period: periodSchema.nullable(),
    /** The period's year cannot be known from the article (no article date, no year stated). */
    undated: z.literal(true).optional(),
    value: z.number().positive(),
    hedge: hedge.optional(),
    change_pct: z.number().optional(),
    change_abs: z.number().optional(),
    change_vs: changeVs.optional(),
  })
  .strict()
  .refine((f) => (f.change_pct !== undefined || f.change_abs !== undefined) === (f.change_vs !== undefined), {
    message: "change_vs goes with change_pct or change_abs",
  })
  .refine((f) => !f.undated || f.period === null, { message: "undated only without a period" });

const localizationItem = z
  .object({ kind: z.literal("localization_item"), item: slug, points: z.number().positive() })
  .strict();
const rdPoints = z
  .object({ kind: z.literal("rd_points"), points_per_percent: z.number().positive() })
  .strict();
const threshold = z
  .object({
    kind: z.literal("threshold"),
    purpose: slug,
    year: z.number().int().min(2000).max(2100).optional(),
    from: isoDate.optional(),
    points: z.number().positive(),
    status: status.optional(),
    undated: z.literal(true).optional(),
  })
  .strict()
  .refine((f) => f.year === undefined || f.from === undefined, { message: "year or from, not both" });
const maxScore = z.object({ kind: z.literal("max_score"), points: z.number().positive() }).strict();
const modelScore = z
  .object({
    kind: z.literal("model_score"),
    model: slug,
    points: z.number().positive(),
    date: z
      .string()
      .regex(/^\d{4}(?:-\d{2}-\d{2})?$/)
      .optional(),
  })
  .strict();
const policy = z
  .object({
    kind: z.literal("policy"),
    jurisdiction: z.string().regex(/^[A-Z]{2}$/),
    actor: slug.optional(),
    action: z.enum(["ban", "fee_change", "duty_change", "rule_kept", "rule_changed"]),
    status,
    effective: isoDate.nullable(),
    undated: z.literal(true).optional(),
    amounts: z.array(z.number().positive()).optional(),
  })
  .strict()
  .refine((f) => !f.undated || f.effective === null, { message: "undated only without a date" });
const recyclingFee = z
  .object({
    kind: z.literal("recycling_fee"),
    category: slug,
    old: z.number().positive().optional(),
    new: z.number().positive(),
    from: isoDate.nullable(),
    /** Roubles unless told as a coefficient (the multiplier of the base rate). */
    unit: z.enum(["rub", "coefficient"]).optional(),
    hedge: hedge.optional(),
    status: status.optional(),
    undated: z.literal(true).optional(),
  })
  .strict();

export const factSchema = z.union([
  price,
  localizationItem,
  rdPoints,
  threshold,
  maxScore,
  modelScore,
  policy,
  recyclingFee,
]);
export type Fact = z.infer<typeof factSchema>;
export type FactKind = Fact["kind"];
export const FACT_KINDS: FactKind[] = [
  "price",
  "localization_item",
  "rd_points",
  "threshold",
  "max_score",
  "model_score",
  "policy",
  "recycling_fee",
];

export const labelFileSchema = z
  .object({ language: z.enum(["ru", "en"]), facts: z.array(factSchema) })
  .strict();

export const splitSchema = z
  .object({
    rule: z.string(),
    holdout: z.array(z.string()),
    tuning: z.array(z.string()),
    briefings: z.array(z.string()),
  })
  .strict();

export interface EvalArticle {
  id: string;
  language: "ru" | "en";
  part: "tuning" | "holdout";
  /** The article as it would be handed to the reader (with its `date:` line, if any). */
  text: string;
  /** From the `date:` first line; null when the article has none. */
  date: string | null;
  gold: Fact[];
}

export const EVAL_DIR = new URL("../test/fixtures/extract-eval/", import.meta.url);
export const BRIEFINGS_DIR = new URL("../test/fixtures/briefings/", import.meta.url);

export function articleDate(text: string): string | null {
  return /^date:\s*(\d{4}-\d{2}-\d{2})\s*$/m.exec(text.split("\n", 1)[0] ?? "")?.[1] ?? null;
}

/** Reads and validates the whole set: the written articles and the two sample briefings. */
export function loadEvalSet(): EvalArticle[] {
  const split = splitSchema.parse(JSON.parse(readFileSync(new URL("split.json", EVAL_DIR), "utf8")));
  const holdout = new Set(split.holdout);
  const load = (dir: URL, id: string): EvalArticle => {
    const text = readFileSync(new URL(`${id}.txt`, dir), "utf8");
    const labels = labelFileSchema.parse(JSON.parse(readFileSync(new URL(`${id}.json`, dir), "utf8")));
    return {
      id,
      language: labels.language,
      part: holdout.has(id) ? "holdout" : "tuning",
      text,
      date: articleDate(text),
      gold: labels.facts,
    };
  };
  const ids = readdirSync(EVAL_DIR)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => f.slice(0, -4))
    .sort();
  return [...ids.map((id) => load(EVAL_DIR, id)), ...split.briefings.map((id) => load(BRIEFINGS_DIR, id))];
}

// ---- the matching rule -------------------------------------------------------------------------

/** Within 0.5 % of the labelled value. */
export const close = (got: number, want: number) => Math.abs(got - want) <= Math.abs(want) * 0.005;
/** Percentages: within 0.5 % of the value or 0.05 points, whichever is larger. */
const closePct = (got: number, want: number) =>
  Math.abs(got - want) <= Math.max(Math.abs(want) * 0.005, 0.05);
const optionalClose = (got: number | undefined, want: number | undefined, cmp = close) =>
  want === undefined || (got !== undefined && cmp(got, want));

function thresholdStart(f: Extract<Fact, { kind: "threshold" }>): string | null {
  return f.from ?? (f.year !== undefined ? `${f.year}-01-01` : null);
}

/** Whether `got` (a proposed fact) is the labelled fact `want`. See README.md, "Matching". */
export function sameFact(got: Fact, want: Fact): boolean {
  switch (want.kind) {
    case "price": {
      if (got.kind !== "price") return false;
      const samePeriod =
        want.period === null
          ? got.period === null
          : got.period !== null &&
            got.period.start === want.period.start &&
            got.period.granularity === want.period.granularity;
      const wantsChange = want.change_pct !== undefined || want.change_abs !== undefined;
      const hasChange = got.change_pct !== undefined || got.change_abs !== undefined;
      return (
        got.series === want.series &&
        samePeriod &&
        close(got.value, want.value) &&
        wantsChange === hasChange &&
        optionalClose(got.change_pct, want.change_pct, closePct) &&
        optionalClose(got.change_abs, want.change_abs) &&
        (!wantsChange || got.change_vs === want.change_vs)
      );
    }
    case "localization_item":
      return got.kind === want.kind && got.item === want.item && close(got.points, want.points);
    case "rd_points":
      return got.kind === want.kind && close(got.points_per_percent, want.points_per_percent);
    case "threshold":
      return (
        got.kind === want.kind &&
        got.purpose === want.purpose &&
        thresholdStart(got) === thresholdStart(want) &&
        close(got.points, want.points) &&
        (want.status === undefined || got.status === want.status)
      );
    case "max_score":
      return got.kind === want.kind && close(got.points, want.points);
    case "model_score":
      return (
        got.kind === want.kind &&
        got.model === want.model &&
        close(got.points, want.points) &&
        (want.date === undefined || got.date?.slice(0, 4) === want.date.slice(0, 4))
      );
    case "policy":
      return (
        got.kind === want.kind &&
        got.jurisdiction === want.jurisdiction &&
        got.action === want.action &&
        got.status === want.status &&
        got.effective === want.effective
      );
    case "recycling_fee":
      return (
        got.kind === want.kind &&
        got.category === want.category &&
        (got.unit ?? "rub") === (want.unit ?? "rub") &&
        close(got.new, want.new) &&
        got.from === want.from &&
        optionalClose(got.old, want.old)
      );
  }
}

export interface Matching {
  /** For each gold fact, the index of the proposed fact it was matched with, or -1. */
  goldToPred: number[];
  matchedPred: boolean[];
}

/** Each labelled fact takes the first unused proposed fact that is the same fact (greedy, in order). */
export function matchFacts(pred: Fact[], gold: Fact[]): Matching {
  const matchedPred = pred.map(() => false);
  const goldToPred = gold.map((g) => {
    const i = pred.findIndex((p, k) => !matchedPred[k] && sameFact(p, g));
    if (i >= 0) matchedPred[i] = true;
    return i;
  });
  return { goldToPred, matchedPred };
}

// ---- near misses -------------------------------------------------------------------------------

/** How a price's period differs: missing, extra, or earlier/later than the label's (which way it slid). */
function periodHow(got: string | undefined, want: string | undefined): string | null {
  if (got === want) return null;
  if (got == null) return "period missing";
  if (want == null) return "period extra";
  return got < want ? "period earlier" : "period later";
}

/** A fee category's parts (README: personal, new/old, engine band, power band, base rate). */
function categoryParts(category: string): Record<string, string | undefined> {
  const m =
    /^(base-rate)?(?:^|-)?(personal)?-?(new|old)?-?(\d+(?:\.\d+)?-\d+(?:\.\d+)?l|le\d+(?:\.\d+)?l|gt\d+(?:\.\d+)?l)?-?(\d+-\d+hp|le\d+hp|gt\d+hp)?$/.exec(
      category,
    );
  if (!m) return { unparsed: category };
  return { base: m[1], personal: m[2], age: m[3], engine: m[4], power: m[5] };
}

/** Which parts of a fee category differ ("category power missing"), so totals show the cause. */
function categoryDiff(got: string, want: string): string[] {
  if (got === want) return [];
  const g = categoryParts(got);
  const w = categoryParts(want);
  if ("unparsed" in g || "unparsed" in w) return ["category other"];
  return ["base", "personal", "age", "engine", "power"].flatMap((part) =>
    g[part] === w[part]
      ? []
      : [`category ${part} ${g[part] == null ? "missing" : w[part] == null ? "extra" : "other"}`],
  );
}

/**
 * When a proposal carries a labelled fact's figure (or, for a policy, its country and action) but
 * is wrong elsewhere, the fields it got wrong; null when it is not that figure at all. The
 * benchmark counts these per field, so a part can be judged by its totals (which subject, date or
 * status the reader attaches to a figure) without reading its articles.
 */
export function nearMiss(got: Fact, want: Fact): string[] | null {
  if (got.kind !== want.kind) return null;
  // How two optional values differ: one missing, one extra, or both there and different.
  const how = (field: string, g: unknown, w: unknown) =>
    g === w ? null : g == null ? `${field} missing` : w == null ? `${field} extra` : `${field} other`;
  const fields = (items: (string | null)[]) => items.filter((x): x is string => x !== null);
  switch (want.kind) {
    case "price": {
      if (got.kind !== "price" || !close(got.value, want.value)) return null;
      const wantsChange = want.change_pct !== undefined || want.change_abs !== undefined;
      const hasChange = got.change_pct !== undefined || got.change_abs !== undefined;
      return fields([
        got.series === want.series ? null : "series",
        got.period?.granularity !== want.period?.granularity && got.period && want.period
          ? "period granularity"
          : periodHow(got.period?.start, want.period?.start),
        wantsChange === hasChange ? null : hasChange ? "change extra" : "change missing",
        wantsChange &&
        hasChange &&
        !(
          optionalClose(got.change_pct, want.change_pct, closePct) &&
          optionalClose(got.change_abs, want.change_abs)
        )
          ? "change figure"
          : null,
        wantsChange && hasChange ? how("change basis", got.change_vs, want.change_vs) : null,
      ]);
    }
    case "localization_item":
      return got.kind === want.kind && close(got.points, want.points)
        ? fields([got.item === want.item ? null : "item"])
        : null;
    case "threshold":
      if (got.kind !== want.kind || !close(got.points, want.points)) return null;
      return fields([
        got.purpose === want.purpose ? null : `purpose ${got.purpose}→${want.purpose}`,
        how("start", thresholdStart(got), thresholdStart(want)),
        want.status === undefined || got.status === want.status
          ? null
          : `status ${got.status}→${want.status}`,
      ]);
    case "model_score":
      if (got.kind !== want.kind || !close(got.points, want.points)) return null;
      return fields([
        got.model === want.model ? null : "model",
        want.date === undefined || got.date?.slice(0, 4) === want.date.slice(0, 4) ? null : "year",
      ]);
    case "policy":
      if (got.kind !== want.kind || got.action !== want.action) return null;
      return fields([
        got.jurisdiction === want.jurisdiction ? null : "country",
        got.status === want.status ? null : `status ${got.status}→${want.status}`,
        how("effective", got.effective, want.effective),
      ]);
    case "recycling_fee":
      if (got.kind !== want.kind || !close(got.new, want.new)) return null;
      return fields([
        ...categoryDiff(got.category, want.category),
        (got.unit ?? "rub") === (want.unit ?? "rub") ? null : "unit",
        how("from", got.from, want.from),
        optionalClose(got.old, want.old) ? null : got.old === undefined ? "old missing" : "old other",
      ]);
    default:
      return null;
  }
}
