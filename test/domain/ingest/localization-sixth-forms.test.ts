// Forms the sixth batch of blind-written articles showed the rules missing, on sentences written for
// these tests (none taken from real or evaluation articles): a decree named as a "resolution", the
// painting "of the body", an engine assembled and tested, the stamping of powertrain parts, R&D
// transliterated, "auto credit", "to stay in a programme" (no word of time), "принято" as a decision
// made, "still only a draft", a commitment told by "commits to", a bar a draft "sets", and the R&D
// points told after an item's points in one sentence.
import { describe, expect, it } from "vitest";
import { plainFacts } from "./plain-facts.ts";

const facts = (text: string, articleDate: string | null = "2025-09-01") => plainFacts(text, articleDate);
const items = (text: string) =>
  facts(text)
    .filter((f) => f.kind === "localization_item")
    .map((f) => [f.item, f.points]);
const bars = (text: string, date: string | null = "2025-09-01") =>
  facts(text, date)
    .filter((f) => f.kind === "threshold")
    .map((f) => [f.purpose, f.points, f.from, f.status]);

describe("items told in other words", () => {
  it("does not take a resolution's number for points, and reads the painting of the body", () => {
    expect(
      items(
        "Scale\nUnder resolution 719 a plant gets 350 points for welding the body and 450 for the painting of the body.",
      ),
    ).toEqual([
      ["body_welding", 350],
      ["body_painting", 450],
    ]);
  });

  it("reads an engine assembled and tested, and the stamping of powertrain parts", () => {
    expect(items("Scale\nAssembling and testing the engine earns just 30 points.")).toEqual([
      ["engine_assembly", 30],
    ]);
    expect(items("Шкала\nЗа штамповку деталей силового агрегата дают 120 баллов.")).toEqual([
      ["powertrain_stamping", 120],
    ]);
    expect(items("Scale\nThe stamping of powertrain parts brings 120 points.")).toEqual([
      ["powertrain_stamping", 120],
    ]);
  });
});

describe("the R&D rule told beside items", () => {
  it("takes the points nearest the percentage, and NIOKR transliterated", () => {
    for (const [text, per] of [
      [
        "Scale\nRussian steel adds 150 points, and R&D spending earns 300 points for each 1% of revenue.",
        300,
      ],
      ["Scale\nFor every 1% of revenue spent on NIOKR a maker gets 60 more points.", 60],
    ] as const)
      expect(
        facts(text)
          .filter((f) => f.kind === "rule" && f.code === "rd_spending")
          .map((f) => f.points),
        text,
      ).toEqual([per]);
  });
});

describe("thresholds told in other words", () => {
  it("reads preferential auto credit as the loan programme, and 'to stay in' as no word of time", () => {
    expect(
      bars(
        "Loans\nOnly two models are in the preferential auto credit programme. From 2025 a car must collect 1,900 points to stay in it.",
        "2024-03-01",
      ),
    ).toEqual([["subsidised_loans", 1900, "2025-01-01", null]]);
  });

  it("reads 'принято' as a decision made", () => {
    expect(
      bars(
        "Закупки\nС 1 января 2027 года планка для госзакупок поднимется до 3 500 баллов; постановление об этом уже принято.",
      ),
    ).toEqual([["procurement", 3500, "2027-01-01", "adopted"]]);
  });

  it("reads a bar that is 'still only a draft' as a draft", () => {
    for (const text of [
      "Compensation\nStill only a draft: the ministry wants the recycling fee refund to require 2,700 points from January 1, 2026.",
      "Компенсация\nПока это лишь проект: министерство хочет, чтобы компенсация утильсбора с 1 января 2026 года требовала 2 700 баллов.",
    ])
      expect(bars(text), text).toEqual([["recycling_fee_compensation", 2700, "2026-01-01", "draft"]]);
  });

  it("reads a commitment under a contract and a bar a draft sets", () => {
    expect(
      bars(
        "SPIC\nA carmaker signing a new special investment contract commits to reach 5,100 points by 2031.",
      ),
    ).toEqual([["spic", 5100, "2031-01-01", null]]);
    expect(
      bars("Vans\nFor light commercial vehicles the draft sets 2,700 points for state procurement in 2027."),
    ).toEqual([["lcv_procurement", 2700, "2027-01-01", "draft"]]);
  });
});

describe("a list of links under a sidebar heading", () => {
  it("reads no score from the bulleted headlines under 'Related'", () => {
    const text =
      "Scores\nThe ministry published its assessment on Monday.\nRelated\n · Kazakhstan changes its fee\n · Tenet T4 gets 3,900 points and a place in the taxi list\nShare this article";
    expect(facts(text).filter((f) => f.kind === "model_score")).toEqual([]);
  });
});

describe("body items told as 'the same' and as one sum", () => {
  it("gives 'столько же' the points of the item before it and reads the body's works as the total", () => {
    for (const text of [
      "Шкала\nСварка кузова приносит 350 баллов, окраска — столько же, а вместе со штамповкой кузовные работы дают до 1100 баллов.",
      "Scale\nBody welding brings 350 points and painting the same, while bodywork as a whole, stamping included, earns up to 1,100 points.",
    ])
      expect(items(text).sort(), text).toEqual(
        [
          ["body_welding", 350],
          ["body_painting", 350],
          ["body_operations_total", 1100],
        ].sort(),
      );
  });
});

describe("figures that are no score of their own", () => {
  it("reads no model score from a gain told as 'plus N' or '+N'", () => {
    for (const text of [
      "Haval Jolion стал российским\nHaval Jolion набирает 2 300 баллов. Рост дала российская телематика (плюс 150 баллов).",
      "Haval Jolion more Russian\nThe Haval Jolion scores 2,300 points. The growth came from Russian telematics (+150 points).",
    ])
      expect(
        facts(text)
          .filter((f) => f.kind === "model_score")
          .map((f) => f.points),
        text,
      ).toEqual([2300]);
  });

  it("keeps the rule a decision replaced, told as the previous one, with no status or start", () => {
    for (const text of [
      "СПИК\nМинпромторг утвердил новые параметры: порог для заключения СПИК снижен до 5 600 баллов вместо прежних 7 000.",
      "SPIC\nThe ministry approved the new terms: the bar to sign a SPIC was cut to 5,600 points instead of the previous 7,000.",
    ])
      expect(bars(text), text).toEqual([
        ["spic", 5600, null, "adopted"],
        ["spic", 7000, null, null],
      ]);
  });

  it("keeps no replaced figure told only as 'не …, а …' once the change is made", () => {
    expect(
      bars(
        "СПИК\nМинпромторг утвердил новые параметры: для СПИК теперь нужно набрать не 7 000, а 5 600 баллов.",
      ),
    ).toEqual([["spic", 5600, null, "adopted"]]);
  });
});
