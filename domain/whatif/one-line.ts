// `/whatif year=2023 purpose=procurement ops=welding,painting rd=2.5 licence=0.5` for people in
// a hurry. Keys in any order, English or Russian; item words come from the database aliases.
import { DomainError } from "../errors.ts";
import {
  CATEGORY_ALIASES,
  type Category,
  type PurposeInfo,
  parseShare,
  purposeEntries,
  typedNames,
} from "../localization.ts";
import { matchAliasPrefix, normalize } from "../text.ts";
import type { RuleItem } from "./rules.ts";
import { canonicalScenario, MAX_YEAR, MIN_YEAR, type Scenario, totalShare } from "./scenario.ts";

type Key = "year" | "purpose" | "category" | "ops";

const KEYS: { value: Key; aliases: string[] }[] = [
  { value: "year", aliases: ["year", "год"] },
  { value: "purpose", aliases: ["purpose", "цель", "назначение"] },
  { value: "category", aliases: ["category", "категория"] },
  { value: "ops", aliases: ["ops", "операции", "operations", "components", "компоненты"] },
];
const NONE = new Set(["none", "no", "-", "нет", "ничего"]);

function exact<T>(text: string, entries: { value: T; aliases: string[] }[]): T | null {
  const m = matchAliasPrefix(text, entries);
  return m && m.rest === "" ? m.value : null;
}

/** Aliases of items, with the code itself accepted too. */
function itemEntries(items: RuleItem[], kinds: RuleItem["kind"][]) {
  const seen = new Set<string>();
  return items
    .filter((i) => kinds.includes(i.kind) && !seen.has(i.code) && seen.add(i.code))
    .map((i) => ({ value: i.code, aliases: [i.code, i.code.replace(/_/g, " "), ...i.aliases] }));
}

const cyrillic = (a: string) => /[а-яё]/iu.test(a);

/** Each entry as its first Latin word with its first Russian one: `welding (сварка)`. */
const names = (entries: { aliases: string[] }[], skip = 0) =>
  entries.map((e) => {
    const words = e.aliases.slice(skip);
    const en = words.find((a) => !cyrillic(a)) ?? words[0] ?? "";
    const ru = words.find(cyrillic);
    return ru ? `${en} (${ru})` : en;
  });

/** Splits `a=1 b = x, y c=z w` into pairs; words after a value continue it (`ops=body welding`). */
function pairs(args: string): { key: string; value: string }[] {
  const text = normalize(args)
    .replace(/\s*=\s*/g, "=")
    .replace(/\s*([,;+])\s*/g, "$1");
  const result: { key: string; value: string }[] = [];
  for (const token of text.split(" ").filter(Boolean)) {
    const eq = token.indexOf("=");
    if (eq > 0) {
      result.push({ key: token.slice(0, eq), value: token.slice(eq + 1) });
      continue;
    }
    const last = result.at(-1);
    if (!last) throw new DomainError("whatif_bad_pair", { input: token });
    last.value = `${last.value} ${token}`.trim();
  }
  return result;
}

/** Reads the one-line form. `items` are all items the database knows; `today` gives the default year. */
export function parseWhatifLine(
  args: string,
  items: RuleItem[],
  today: Date,
  purposes: PurposeInfo[],
): Scenario {
  const shareEntries = itemEntries(items, ["per_percent", "within"]);
  const opEntries = itemEntries(items, ["fixed"]);
  const acceptedKeys = [...names(KEYS), ...names(shareEntries, 2)];
  const scenario: Scenario = {
    purpose: "procurement",
    category: "passenger_car",
    year: today.getUTCFullYear(),
    operations: [],
    shares: {},
  };
  const unknownValue = (key: string, input: string, accepted: string[]) =>
    new DomainError("whatif_unknown_value", { key, input, accepted });

  for (const { key, value } of pairs(args)) {
    const known = exact(key, KEYS);
    const shareCode = known ? null : exact(key, shareEntries);
    if (!known && !shareCode) throw new DomainError("whatif_unknown_key", { input: key, keys: acceptedKeys });
    if (!value) throw unknownValue(key, "", []);
    if (shareCode) {
      const share = parseShare(value);
      if (share === null) throw new DomainError("invalid_share", { input: value });
      scenario.shares[shareCode] = share;
      continue;
    }
    switch (known) {
      case "year": {
        const year = /^\d{4}$/.test(value) ? Number(value) : Number.NaN;
        if (!(year >= MIN_YEAR && year <= MAX_YEAR)) throw new DomainError("invalid_year", { input: value });
        scenario.year = year;
        break;
      }
      case "purpose": {
        const purpose = exact(value, purposeEntries(purposes));
        if (!purpose)
          throw unknownValue(
            key,
            value,
            typedNames(purposes).map((n) => (n.ru !== n.en ? `${n.en} (${n.ru})` : n.en)),
          );
        scenario.purpose = purpose;
        break;
      }
      case "category": {
        const category =
          exact<Category>(value, CATEGORY_ALIASES) ?? exact<Category>(value, codes(CATEGORY_ALIASES));
        if (!category) throw unknownValue(key, value, names(CATEGORY_ALIASES));
        scenario.category = category;
        break;
      }
      case "ops": {
        if (NONE.has(value)) {
          scenario.operations = [];
          break;
        }
        for (const word of value.split(/[,;+]/).filter(Boolean)) {
          const code = exact(word, opEntries);
          if (!code) throw unknownValue(key, word, names(opEntries, 2));
          scenario.operations.push(code);
        }
        break;
      }
    }
  }
  if (totalShare(scenario) > 100) {
    throw new DomainError("whatif_shares_over_100", { input: String(totalShare(scenario)) });
  }
  return canonicalScenario(scenario);
}

const codes = <T extends string>(entries: { value: T }[]) =>
  entries.map((e) => ({ value: e.value, aliases: [e.value, e.value.replace(/_/g, " ")] }));
