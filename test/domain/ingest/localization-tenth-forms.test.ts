// Localization forms of the tenth batch's kinds (sentences written for this test): an item named in a
// translation's word order ("the block of cylinders"), a translation's "project" for the draft, the
// bar of this year told beside a proposed raise (in force), a bar told as just in effect ("since
// March 1 … now", adopted, even beside a later raise) against one told as standing for now ("пока
// же действует", in force), and a model's score whose sentence names a year only in a clause set
// against it, for another model.
import { describe, expect, it } from "vitest";
import { localizationFacts } from "./plain-facts.ts";

describe("an item named in a translation's word order", () => {
  it("reads “the block of cylinders” as the cylinder block", () => {
    for (const text of [
      "Among the operations, for making the block of cylinders in Russia a plant gets 240 points, and for Russian paints 50 points.",
      "A maker earns 240 points if the blocks of cylinders are cast at its own foundry.",
    ])
      expect(localizationFacts(text, "2026-04-01")).toContainEqual(
        expect.objectContaining({ kind: "localization_item", item: "cylinder_block", points: 240 }),
      );
  });

  it("still reads the engine's control block as the ECU", () => {
    expect(
      localizationFacts(
        "For the block of the management of the engine made in Russia the plant receives 130 points.",
        "2026-04-01",
      ),
    ).toContainEqual(expect.objectContaining({ kind: "localization_item", item: "engine_ecu", points: 130 }));
  });
});

describe("a translation's “project” for the draft", () => {
  it("reads a bar of a project prepared or published as a draft", () => {
    for (const text of [
      "The ministry prepared the project by which from January 1, 2027 the taxi threshold will grow till 3 900 points.",
      "Under the project published on Monday, from July 1, 2027 cars for preferential leasing must collect 3 300 points.",
    ])
      expect(localizationFacts(text, "2026-04-01")).toContainEqual(
        expect.objectContaining({ kind: "threshold", status: "draft" }),
      );
  });

  it("does not take a plant's project for a draft", () => {
    const found = localizationFacts(
      "Haval has launched a project to cast engines in Tula. From March 1 of this year a taxi car must collect 3 200 points under the law.",
      "2026-04-01",
    );
    expect(found.some((f) => f.kind === "threshold" && f.status === "draft")).toBe(false);
  });
});

describe("this year's bar beside a proposed raise", () => {
  it("reads the bar of this year as in force when the next sentence drafts a raise", () => {
    for (const text of [
      "For preferential leasing this year the requirement is 3,000 points. The ministry prepared a draft by which from January 1, 2027 the leasing bar will rise to 3,500 points.",
      "Для льготного лизинга в этом году нужно 3 000 баллов. Минпромторг подготовил проект, по которому с 1 января 2027 года планка для лизинга вырастет до 3 500 баллов.",
    ]) {
      const found = localizationFacts(text, "2026-04-01");
      expect(found).toContainEqual(
        expect.objectContaining({ kind: "threshold", purpose: "leasing", points: 3000, status: "in_force" }),
      );
      expect(found).toContainEqual(
        expect.objectContaining({ kind: "threshold", purpose: "leasing", points: 3500, status: "draft" }),
      );
    }
  });
});

describe("a bar just in effect against one standing for now", () => {
  it("reads “since March 1 … must now collect” as adopted beside a later raise", () => {
    const found = localizationFacts(
      "Since March 1 of this year the law on taxis applies: a taxi car must now collect at least 3 200 points, and in 2028 the bar will rise to 3 700.",
      "2026-04-01",
    );
    expect(found).toContainEqual(
      expect.objectContaining({ kind: "threshold", purpose: "taxi", points: 3200, status: "adopted" }),
    );
  });

  it("reads “с 1 марта … теперь нужно” as adopted", () => {
    const found = localizationFacts(
      "С 1 марта закон о такси действует в полную силу: машине для работы в такси теперь нужно набрать 3 200 баллов, а в 2028 году планка вырастет до 3 700.",
      "2026-04-01",
    );
    expect(found).toContainEqual(
      expect.objectContaining({ kind: "threshold", purpose: "taxi", points: 3200, status: "adopted" }),
    );
  });

  it("reads “пока же … действует порог” as in force beside a proposed raise", () => {
    const found = localizationFacts(
      "Министерство предлагает со следующего года поднять требование для такси до 3 600 баллов. Пока же, как и с 1 марта, действует порог в 3 200 баллов.",
      "2026-06-01",
    );
    expect(found).toContainEqual(
      expect.objectContaining({ kind: "threshold", purpose: "taxi", points: 3200, status: "in_force" }),
    );
  });
});

describe("a score whose sentence names a year for another model", () => {
  it("gives the first model's score the article's date, the year to the other (Russian and English)", () => {
    for (const text of [
      "У Tenet T7 — 2 950 баллов, а Haval Jolion за год прибавил: в 2025-м у него было 2 400 баллов.",
      "The Tenet T7 has 2,950 points, while the Haval Jolion had 2,400 points in 2025.",
    ]) {
      const found = localizationFacts(text, "2026-06-24");
      expect(found).toContainEqual(
        expect.objectContaining({ kind: "model_score", model: "tenet-t7", points: 2950, date: "2026-06-24" }),
      );
      expect(found).toContainEqual(
        expect.objectContaining({ kind: "model_score", model: "haval-jolion", points: 2400, date: "2025" }),
      );
    }
  });

  it("keeps the year told in the score's own clause", () => {
    expect(localizationFacts("In 2025 the Tenet T7 scored 2,950 points.", "2026-06-24")).toContainEqual(
      expect.objectContaining({ kind: "model_score", model: "tenet-t7", points: 2950, date: "2025" }),
    );
  });
});
