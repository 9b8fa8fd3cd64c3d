// The knowledge base as a file: every fact with its sources, referring to other rows by stable
// keys (never database ids), so an export imported into an empty database restores it exactly.
import { z } from "zod";

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "must be a date YYYY-MM-DD" });
const keys = z.array(z.string().min(1)).default([]);
const text = z.string().min(1);
const optionalText = z.string().nullable().default(null);

export const sourceSchema = z.object({
  key: text,
  publisher: text,
  title: text,
  publisherRu: optionalText,
  titleRu: optionalText,
  url: z.url().nullable().default(null),
  publishedOn: date.nullable().default(null),
  dateNoteEn: optionalText,
  dateNoteRu: optionalText,
});

export const seriesSchema = z.object({
  key: text,
  kind: z.enum(["market_average", "model_start"]),
  nameEn: text,
  nameRu: text,
  shortEn: text,
  shortRu: text,
  region: z.string().default("RU"),
  currency: z.string().default("RUB"),
  methodEn: optionalText,
  methodRu: optionalText,
  methodSource: z.string().nullable().default(null),
  model: optionalText,
  aliases: z.array(z.string()).default([]),
  sortOrder: z.number().int().default(0),
});

export const pointSchema = z.object({
  series: text,
  periodStart: date,
  granularity: z.enum(["month", "half_year", "year", "mid_year"]),
  value: z.number().positive({ error: "must be a positive number of roubles" }),
  approximate: z.boolean().default(false),
  noteEn: optionalText,
  noteRu: optionalText,
  sources: keys.refine((s) => s.length > 0, { error: "needs at least one source" }),
  retractedAt: z.string().nullable().default(null),
  reported: z
    .array(
      z.object({
        basis: z.enum(["previous_period", "year_ago"]),
        changePct: z.number().nullable().default(null),
        changeAbs: z.number().nullable().default(null),
        source: text,
      }),
    )
    .default([]),
});

export const namedSchema = z.object({
  code: text,
  nameEn: text,
  nameRu: text,
  aliases: z.array(z.string()).default([]),
});
export const topicSchema = z.object({
  key: text,
  nameEn: text,
  nameRu: text,
  aliases: z.array(z.string()).default([]),
});

export const policySchema = z.object({
  key: text,
  effectiveOn: date,
  datePrecision: z.enum(["day", "month", "year"]).default("day"),
  jurisdiction: text,
  topic: text,
  titleEn: text,
  titleRu: text,
  summaryEn: text,
  summaryRu: text,
  sources: keys.refine((s) => s.length > 0, { error: "needs at least one source" }),
  retractedAt: z.string().nullable().default(null),
});

export const ruleSetSchema = z.object({
  key: text,
  regime: text,
  category: z.enum(["passenger_car", "lcv"]),
  /** A key of localization_purposes (the purposes themselves are seed data). */
  purpose: z.string().regex(/^[a-z0-9_]+$/),
  effectiveFrom: date,
  threshold: z.number().int().positive(),
  status: z.enum(["in_force", "draft"]).default("in_force"),
  noteEn: optionalText,
  noteRu: optionalText,
  sources: keys.refine((s) => s.length > 0, { error: "needs at least one source" }),
});

export const itemSchema = z.object({
  key: text,
  regime: text,
  code: text,
  nameEn: text,
  nameRu: text,
  kind: z.enum(["fixed", "per_percent", "within"]),
  points: z.number().min(0),
  countsWithin: z.string().nullable().default(null),
  maxPoints: z.number().positive().nullable().default(null),
  requires: z.string().nullable().default(null),
  aliases: z.array(z.string()).default([]),
  validFrom: date.nullable().default(null),
  validTo: date.nullable().default(null),
  noteEn: optionalText,
  noteRu: optionalText,
  sortOrder: z.number().int().default(0),
  sources: keys.refine((s) => s.length > 0, { error: "needs at least one source" }),
});

export const parameterSchema = z.object({
  key: text,
  regime: text,
  name: text,
  value: z.number(),
  source: text,
});
export const modelScoreSchema = z.object({
  key: text,
  model: text,
  year: z.number().int(),
  points: z.number().int(),
  source: text,
});

export const knowledgeFileSchema = z.object({
  format: z.literal("auto-briefing-knowledge").default("auto-briefing-knowledge"),
  version: z.literal(1).default(1),
  sources: z.array(sourceSchema).default([]),
  priceSeries: z.array(seriesSchema).default([]),
  pricePoints: z.array(pointSchema).default([]),
  jurisdictions: z.array(namedSchema).default([]),
  policyTopics: z.array(topicSchema).default([]),
  policyChanges: z.array(policySchema).default([]),
  ruleSets: z.array(ruleSetSchema).default([]),
  items: z.array(itemSchema).default([]),
  parameters: z.array(parameterSchema).default([]),
  modelScores: z.array(modelScoreSchema).default([]),
});

export type KnowledgeFile = z.infer<typeof knowledgeFileSchema>;
