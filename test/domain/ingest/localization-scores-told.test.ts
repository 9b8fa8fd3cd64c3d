// How news pages tell a model's score, an item's points and the R&D rule in words the rules did not
// know, on sentences written for these tests (none taken from real articles): R&D by its spelled-out
// Russian name, a model's own "localization level", and Russian paint told in the singular.
import { describe, expect, it } from "vitest";
import { plainFacts } from "./plain-facts.ts";

const facts = (text: string, articleDate = "2025-03-01") => plainFacts(text, articleDate);

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

describe("model names in other forms", () => {
  it("reads a model named after its maker's possessive and a name with a lowercase prefix", () => {
    const scores = (text: string) =>
      facts(text)
        .filter((f) => f.kind === "model_score")
        .map((f) => [f.model, f.points]);
    expect(scores("Scores\nChery's Tiggo 7 scored 1,800 points, Geely's Coolray 1,300.")).toEqual([
      ["chery-tiggo-7", 1800],
      ["geely-coolray", 1300],
    ]);
    expect(scores("Оценка\nEvolute i-Joy набирает 3 700 баллов.")).toEqual([["evolute-i-joy", 3700]]);
    // "Nissan's Russian-built models": an adjective after the possessive names no model.
    expect(
      scores("Scores\nNissan's Russian-built models managed 1,400 points.").map(([m]) => m),
    ).not.toContain("nissan-russian");
  });
});

describe("the R&D rule a change replaces", () => {
  it("reads the rule told after 'instead of the current' / 'вместо нынешних' as a rule too", () => {
    for (const [text, want] of [
      [
        "R&D\nUnder the draft, each 1% of revenue spent on R&D would bring 250 points instead of the current 120.",
        [250, 120],
      ],
      [
        "НИОКР\nЗа каждый 1% выручки, направленный на НИОКР, проект предлагает давать 250 баллов вместо нынешних 120.",
        [250, 120],
      ],
      ["R&D\nEach 1% of revenue spent on R&D brings 250 points.", [250]],
    ] as const)
      expect(
        facts(text)
          .filter((f) => f.kind === "rule" && f.code === "rd_spending")
          .map((f) => f.points),
        text,
      ).toEqual(want);
  });
});
