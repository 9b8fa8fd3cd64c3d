// The reader's evaluation set is well-formed: enough articles, half in Russian, every label file
// valid against the gold schema, a third held out and balanced by language, and the matching rule
// behaving as README.md says.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  BRIEFINGS_DIR,
  EVAL_DIR,
  labelFileSchema,
  loadEvalSet,
  matchFacts,
  nearMiss,
  sameFact,
  splitSchema,
} from "../../bench/extract-gold.ts";

const files = readdirSync(EVAL_DIR);
const ids = files
  .filter((f) => f.endsWith(".txt"))
  .map((f) => f.slice(0, -4))
  .sort();
const split = splitSchema.parse(JSON.parse(readFileSync(new URL("split.json", EVAL_DIR), "utf8")));

describe("the extract evaluation set", () => {
  it("has at least 40 articles, half of them Russian, each with a label file", () => {
    expect(ids.length).toBeGreaterThanOrEqual(40);
    const ru = ids.filter((id) => id.startsWith("ru-"));
    const en = ids.filter((id) => id.startsWith("en-"));
    expect(ru.length + en.length).toBe(ids.length);
    expect(ru.length).toBe(en.length);
    for (const id of ids) expect(files).toContain(`${id}.json`);
    expect(files.filter((f) => f.endsWith(".json") && f !== "split.json").length).toBe(ids.length);
  });

  it("writes the articles' language as it says: Cyrillic for ru, Latin for en", () => {
    for (const id of ids) {
      const text = readFileSync(new URL(`${id}.txt`, EVAL_DIR), "utf8");
      const cyr = (text.match(/[а-яё]/giu) ?? []).length;
      const lat = (text.match(/[a-z]/giu) ?? []).length;
      expect(id.startsWith("ru-") ? cyr > lat : lat > cyr, id).toBe(true);
    }
  });

  it("has every label file valid against the zod schema, its language matching the id", () => {
    for (const [dir, names] of [
      [EVAL_DIR, ids],
      [BRIEFINGS_DIR, split.briefings],
    ] as const) {
      for (const id of names) {
        const raw = JSON.parse(readFileSync(new URL(`${id}.json`, dir), "utf8"));
        const parsed = labelFileSchema.safeParse(raw);
        expect(parsed.success, `${id}: ${parsed.error?.message}`).toBe(true);
        if (dir === EVAL_DIR) expect(parsed.data?.language).toBe(id.slice(0, 2));
        expect(parsed.data?.facts.length, id).toBeGreaterThan(0);
      }
    }
  });

  it("gives a first line `date: YYYY-MM-DD` to most articles and leaves it out of some", () => {
    const set = loadEvalSet().filter((a) => ids.includes(a.id));
    const dated = set.filter((a) => a.date !== null).length;
    expect(dated).toBeGreaterThan(set.length / 2);
    expect(dated).toBeLessThan(set.length);
  });

  it("holds out a third of the articles, balanced by language, and splits every article once", () => {
    expect([...split.holdout, ...split.tuning].sort()).toEqual(ids);
    expect(new Set(split.holdout).size).toBe(split.holdout.length);
    expect(split.holdout.length).toBeGreaterThanOrEqual(Math.floor(ids.length / 3));
    expect(split.holdout.length).toBeLessThanOrEqual(Math.ceil(ids.length / 3));
    const ru = split.holdout.filter((id) => id.startsWith("ru-")).length;
    expect(ru).toBe(split.holdout.length - ru);
  });

  it("loads the whole set with the two sample briefings in the tuning part", () => {
    const set = loadEvalSet();
    expect(set.length).toBe(ids.length + 2);
    expect(set.filter((a) => a.part === "holdout").map((a) => a.id)).toEqual([...split.holdout].sort());
  });
});

describe("the matching rule", () => {
  const p = {
    kind: "price",
    series: "used-car-avg",
    period: { start: "2023-12-01", granularity: "month" },
    value: 1_630_000,
    change_pct: 2.6,
    change_vs: "previous",
  } as const;

  it("takes a value within 0.5 % and no further", () => {
    expect(sameFact({ ...p, value: 1_637_000 }, p)).toBe(true);
    expect(sameFact({ ...p, value: 1_640_000 }, p)).toBe(false);
  });

  it("needs the stated change and its base, and no change where none is stated", () => {
    expect(sameFact({ ...p, change_vs: "year" }, p)).toBe(false);
    const { change_pct: _, change_vs: __, ...level } = p;
    expect(sameFact(level, p)).toBe(false);
    expect(sameFact(p, level)).toBe(false);
  });

  it("matches each labelled fact at most once", () => {
    const m = matchFacts([p], [p, p]);
    expect(m.goldToPred).toEqual([0, -1]);
  });

  it("reads a threshold's year as 1 January of it", () => {
    expect(
      sameFact(
        { kind: "threshold", purpose: "procurement", from: "2025-01-01", points: 3200 },
        { kind: "threshold", purpose: "procurement", year: 2025, points: 3200 },
      ),
    ).toBe(true);
  });
});

describe("near misses", () => {
  const fee = { kind: "recycling_fee", category: "new-ice-le-160hp", new: 3400, from: "2024-10-01" } as const;

  it("names the fields a proposal with the labelled figure got wrong", () => {
    // A category outside the README's grammar is only "other"; one inside it names its wrong part.
    expect(nearMiss({ ...fee, category: "new-ice-160-190hp" }, fee)).toEqual(["category other"]);
    const rate = { ...fee, category: "new-1-2l-le160hp" };
    expect(nearMiss({ ...rate, category: "personal-new-1-2l-le160hp" }, rate)).toEqual([
      "category personal extra",
    ]);
    expect(nearMiss({ ...rate, category: "new-1-2l" }, rate)).toEqual(["category power missing"]);
    expect(nearMiss({ ...rate, category: "old-le3l-le160hp" }, rate)).toEqual([
      "category age other",
      "category engine other",
    ]);
    expect(nearMiss({ ...fee, from: null }, fee)).toEqual(["from missing"]);
    expect(nearMiss(fee, { ...fee, from: null })).toEqual(["from extra"]);
    expect(nearMiss(fee, fee)).toEqual([]);
  });

  it("says which way a price's period slid", () => {
    const price = {
      kind: "price",
      series: "new-car-avg",
      value: 3_140_000,
      period: { start: "2025-06-01", granularity: "month" },
    } as const;
    const at = (start: string) => ({ ...price, period: { ...price.period, start } });
    expect(nearMiss(at("2025-05-01"), price)).toEqual(["period earlier"]);
    expect(nearMiss(at("2025-07-01"), price)).toEqual(["period later"]);
  });

  it("pairs nothing with a proposal of another figure or kind", () => {
    expect(nearMiss({ ...fee, new: 5200 }, fee)).toBeNull();
    expect(nearMiss({ kind: "max_score", points: 3400 }, fee)).toBeNull();
  });
});
