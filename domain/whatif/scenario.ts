import { z } from "zod";
import { CATEGORIES } from "../localization.ts";

export const MIN_YEAR = 2015;
export const MAX_YEAR = 2100;

/**
 * The inputs of a what-if calculation. Operations and shares are item codes from the database
 * (`body_welding`, `rd_spending`, `licence_payments`), so a new item needs no code change.
 */
export const scenarioSchema = z
  .object({
    /** A key of the purposes table; a purpose with no rules gets "no rules" when calculated. */
    purpose: z
      .string()
      .min(1)
      .max(60)
      .regex(/^[a-z0-9_]+$/),
    category: z.enum(CATEGORIES),
    year: z.number().int().min(MIN_YEAR).max(MAX_YEAR),
    /** Codes of fixed-point operations and components done in Russia. */
    operations: z.array(z.string().min(1)).max(50),
    /** Percent of revenue per spending item code. */
    shares: z.record(z.string().min(1), z.number().min(0).max(100)),
  })
  .refine((s) => totalShare(s) <= 100, { message: "shares add up to more than 100 % of revenue" });

export type Scenario = z.infer<typeof scenarioSchema>;

/** All spending together, in percent of revenue; it cannot exceed the revenue itself. */
export function totalShare(s: { shares: Record<string, number> }): number {
  return Object.values(s.shares).reduce((sum, v) => sum + v, 0);
}

/** Parses stored or passed-around inputs; null when they no longer fit the schema. */
export function readScenario(value: unknown): Scenario | null {
  const parsed = scenarioSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** Operations sorted and shares without zeros, so equal scenarios look equal. */
export function canonicalScenario(s: Scenario): Scenario {
  const shares: Record<string, number> = {};
  for (const code of Object.keys(s.shares).sort()) {
    const v = s.shares[code];
    if (v !== undefined && v > 0) shares[code] = v;
  }
  return { ...s, operations: [...new Set(s.operations)].sort(), shares };
}
