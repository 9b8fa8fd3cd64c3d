// How news pages tell a model's score, an item's points and the R&D rule in words the rules did not
// know, on sentences written for these tests (none taken from real articles): R&D by its spelled-out
// Russian name, a model's own "localization level", and Russian paint told in the singular.
import { describe, expect, it } from "vitest";
import { ingestVocabulary, readArticle } from "../../../domain/ingest/extract.ts";

const vocab = ingestVocabulary([]);
const facts = (text: string, articleDate = "2025-03-01") =>
  readArticle(text, vocab, { articleDate }).facts.map((f) => {
    const {
      sentence: _s,
      span: _p,
      confidence: _c,
      ...rest
    } = f as typeof f & { sentence?: string; span?: string; confidence?: number };
    return rest as Record<string, unknown>;
  });

describe("R&D told by its full name", () => {
  it("reads the points per percent of revenue for 'научно-исследовательские и опытно-конструкторские работы'", () => {
    for (const [text, perPoint] of [
      [
        "Шкала\nЗа научно-исследовательские и опытно-конструкторские работы начисляют 150 баллов за каждые 0,5% выручки.",
        300,
      ],
      [
        "Шкала\nНаучно-исследовательские и опытно-конструкторские работы приносят 300 баллов за каждый процент выручки.",
        300,
      ],
      ["Scale\nResearch and experimental development brings 300 points for every 1% of revenue.", 300],
    ] as const) {
      const rd = facts(text).filter((f) => f.kind === "rule" && f.code === "rd_spending");
      expect(
        rd.map((f) => f.points),
        text,
      ).toEqual([perPoint]);
    }
  });
});

describe("a model's own localization level", () => {
  it("reads a level told of a model as its score, not a bar", () => {
    for (const text of [
      "Vesta\nThe Lada Vesta's localization level is 4,700 points.",
      "Vesta\nLada Vesta's localization score is 4,700 points, the ministry said.",
      "Vesta\nThe level of localization of the Lada Vesta stands at 4,700 points.",
      "Vesta\nУровень локализации Lada Vesta составляет 4 700 баллов.",
    ]) {
      const mine = facts(text).filter((f) => f.kind === "model_score" || f.kind === "threshold");
      expect(
        mine.map((f) => [f.kind, f.model, f.points]),
        text,
      ).toEqual([["model_score", "lada-vesta", 4700]]);
    }
  });
});

describe("Russian paint in the singular", () => {
  it("reads domestic paint as the paints item", () => {
    for (const text of [
      "Items\nRussian steel is worth 200 points, and domestic paint another 100.",
      "Items\nA carmaker using Russian-made paint gets 100 points.",
    ]) {
      const items = facts(text).filter((f) => f.kind === "localization_item");
      expect(
        items.map((f) => [f.item, f.points]),
        text,
      ).toContainEqual(["russian_paints", 100]);
    }
  });
});
