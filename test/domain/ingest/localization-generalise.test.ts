// Localization rules that generalise across writers, on sentences written for these tests (none
// taken from real articles): the purpose a sentence names first, purposes told in other words, the
// year of a threshold, points listed per operation, a model's score and its year.
import { describe, expect, it } from "vitest";
import { ingestVocabulary, readArticle } from "../../../domain/ingest/extract.ts";

const vocab = ingestVocabulary([]);
const kinds = new Set(["threshold", "model_score", "localization_item", "max_score"]);
const read = (text: string, articleDate: string | null = null) =>
  readArticle(text, vocab, { articleDate })
    .facts.filter((f) => kinds.has(f.kind))
    .map((f) => {
      const {
        sentence: _s,
        span: _p,
        confidence: _c,
        ...rest
      } = f as typeof f & { sentence?: string; span?: string; confidence?: number };
      return rest;
    });

describe("thresholds: the purpose a sentence is about", () => {
  it("takes the purpose named first, not an alternative way to qualify named after it", () => {
    const facts = read(
      "New rules\nFrom April 1, 2027 a car may join a regional taxi register only if it has collected the set number of localization points or is built under a special investment contract.\nFor 2027 the threshold is 3,000 points.",
      "2026-11-10",
    );
    expect(facts).toContainEqual(
      expect.objectContaining({ kind: "threshold", purpose: "taxi", points: 3000 }),
    );
    expect(facts.some((f) => f.kind === "threshold" && f.purpose === "spic")).toBe(false);
  });

  it("reads a subsidy that refunds or offsets the recycling fee as recycling-fee compensation", () => {
    expect(
      read(
        "Support\nThe main change is about the subsidy that effectively refunds the recycling fee. To get it, a model will need at least 1,700 points.",
        "2026-04-02",
      ),
    ).toContainEqual(
      expect.objectContaining({ kind: "threshold", purpose: "recycling_fee_compensation", points: 1700 }),
    );
    expect(
      read(
        "Субсидии\nГлавное изменение касается субсидии, которая фактически возмещает производителю утильсбор. Чтобы её получить, модели понадобится не менее 1 700 баллов.",
        "2026-04-02",
      ),
    ).toContainEqual(
      expect.objectContaining({ kind: "threshold", purpose: "recycling_fee_compensation", points: 1700 }),
    );
  });
});

describe("thresholds: the maximum and the year", () => {
  it("gives a word for the maximum to the number right after it, not to the one before", () => {
    const facts = read(
      "Taxis\nFor taxis the bar is 3,300 points in 2027, and by 2029 it will rise to 3,900 points out of the maximal 8,800.",
      "2026-06-01",
    );
    expect(facts).toContainEqual(expect.objectContaining({ kind: "max_score", points: 8800 }));
    expect(facts).toContainEqual(
      expect.objectContaining({ kind: "threshold", purpose: "taxi", points: 3900, from: "2029-01-01" }),
    );
    expect(facts.some((f) => f.kind === "max_score" && f.points === 3900)).toBe(false);
  });

  it("leaves a new rule told against this year's level without a year", () => {
    const facts = read(
      "Subsidy\nThe ministry approved new parameters for the subsidy that compensates the recycling fee. A model will now need 1,400 points, well below the 3,600 points set for this year.",
      "2026-09-01",
    );
    expect(facts).toContainEqual(
      expect.objectContaining({ purpose: "recycling_fee_compensation", points: 1400, from: null }),
    );
    expect(facts).toContainEqual(
      expect.objectContaining({ purpose: "recycling_fee_compensation", points: 3600, from: "2026-01-01" }),
    );
  });

  it("dates every threshold of a sentence that opens with 'this year'", () => {
    const facts = read(
      "Points\nThis year a car needs 3,100 points for public procurement, while subsidised loans and leasing accept models with 1,500 points.",
      "2026-02-01",
    );
    expect(facts).toContainEqual(
      expect.objectContaining({ purpose: "demand_support", points: 1500, from: "2026-01-01" }),
    );
  });
});
