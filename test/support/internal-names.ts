// Users see names, never the database's keys and codes: this finds those in what the bot sends.
// The list of keys is read from the database itself, so a new series, topic or source is covered
// the day it is added.

import type { ApiCall } from "../../bot/local-api.ts";
import type { Db } from "../../db/client.ts";
import {
  entities,
  jurisdictions,
  localizationItems,
  localizationModelScores,
  localizationParameters,
  localizationPurposes,
  localizationRuleSets,
  policyChanges,
  policyTopics,
  priceSeries,
  recyclingFeeRates,
  sources,
} from "../../db/schema/index.ts";
import { CATEGORIES, REGIME } from "../../domain/localization.ts";

/** Recycling-fee category codes the reader and the rates table use (`new-1-2l`, `le160hp`). */
const FEE_CODES = [
  "base-rate",
  "1-2l",
  "le3l",
  "le160hp",
  "160-190hp",
  "gt160hp",
  "new-1-2l",
  "old-1-2l",
  "personal-new",
  "personal-old",
  "new-le3l",
  "old-le3l",
];

/** File names and internal labels of the sample briefings, whatever the database holds. */
const PATTERNS: RegExp[] = [/\b\d{3}_[0-9a-f]{16}\b/, /\.txt\b/, /briefing-0/];

/**
 * Keys shown as such look like code: `used-car-avg`, `recycling_fee`, `kommersant-3984285`,
 * `EE`. Plain words that are also keys (`localization`, `taxi`) are ordinary English and pass.
 */
export interface InternalNames {
  keys: string[];
  countryCodes: string[];
}

export async function internalNamesOf(db: Db): Promise<InternalNames> {
  const [series, topics, countries, src, policy, items, rules, params, scores, purposes, rates, named] =
    await Promise.all([
      db.select({ k: priceSeries.key }).from(priceSeries),
      db.select({ k: policyTopics.key }).from(policyTopics),
      db.select({ k: jurisdictions.code }).from(jurisdictions),
      db.select({ k: sources.key }).from(sources),
      db.select({ k: policyChanges.key }).from(policyChanges),
      db.select({ k: localizationItems.key, code: localizationItems.code }).from(localizationItems),
      db.select({ k: localizationRuleSets.key }).from(localizationRuleSets),
      db
        .select({ k: localizationParameters.key, name: localizationParameters.name })
        .from(localizationParameters),
      db.select({ k: localizationModelScores.key }).from(localizationModelScores),
      db.select({ k: localizationPurposes.key }).from(localizationPurposes),
      db
        .select({
          k: recyclingFeeRates.key,
          engine: recyclingFeeRates.engineBand,
          power: recyclingFeeRates.powerBand,
        })
        .from(recyclingFeeRates),
      db.select({ k: entities.key }).from(entities),
    ]);
  const keys = [
    ...[series, topics, src, policy, rules, scores, named].flat().map((r) => r.k),
    ...items.flatMap((i) => [i.k, i.code]),
    ...params.flatMap((p) => [p.k, p.name]),
    ...purposes.map((p) => p.k),
    ...rates.flatMap((r) => [r.k, r.engine ?? "", r.power ?? ""]).filter(Boolean),
    // The reader's category codes for recycling-fee rates and purpose codes, whether stored or not.
    ...FEE_CODES,
    "lcv_procurement",
    ...CATEGORIES,
    REGIME,
  ];
  // Source keys are all internal (`obyektiv`, `legendgrp`); other plain words are English.
  const sourceKeys = new Set(src.map((r) => r.k));
  return {
    keys: [...new Set(keys)].filter((k) => sourceKeys.has(k) || /[-_\d]/.test(k)),
    countryCodes: countries.map((c) => c.k),
  };
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The internal names in a text as users read it (tags and link targets stripped); `allowed` are words the user typed. */
export function findInternalNames(text: string, names: InternalNames, allowed = ""): string[] {
  const visible = text
    .replace(/<[^>]*>/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");
  const found: string[] = [];
  for (const re of PATTERNS) {
    const m = re.exec(visible);
    if (m && !allowed.includes(m[0])) found.push(m[0]);
  }
  for (const key of names.keys) {
    // Case-sensitive, as a whole token: `used-car-avg`, not a part of a longer word or link.
    const re = new RegExp(`(?<![\\p{L}\\p{N}_./-])${escapeRe(key)}(?![\\p{L}\\p{N}_/-])`, "u");
    if (re.test(visible) && !allowed.toLowerCase().includes(key.toLowerCase())) found.push(key);
  }
  for (const code of names.countryCodes) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(code)}(?![\\p{L}\\p{N}])`, "u");
    if (re.test(visible) && !allowed.includes(code)) found.push(code);
  }
  return found;
}

const SHOWN = new Set(["text", "caption", "title", "description", "message_text"]);

/** Every string of a Bot API call that a user reads: texts, captions, inline results, button labels, command menus. */
export function shownStrings(call: ApiCall): string[] {
  const out: string[] = [];
  const walk = (value: unknown, key: string | null) => {
    if (typeof value === "string") {
      if (key !== null && SHOWN.has(key)) out.push(value);
      return;
    }
    if (Array.isArray(value)) for (const v of value) walk(v, key);
    else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  walk(call.payload, null);
  return out;
}

/** The leaks in these calls, one line each, for an assertion message. */
export function leaksIn(calls: ApiCall[], names: InternalNames, allowed = ""): string[] {
  const leaks: string[] = [];
  for (const call of calls) {
    for (const text of shownStrings(call)) {
      const found = findInternalNames(text, names, allowed);
      if (found.length > 0)
        leaks.push(`${call.method}: ${found.join(", ")} in ${JSON.stringify(text.slice(0, 300))}`);
    }
  }
  return leaks;
}
