// Recycling-fee forms of the tenth batch's kinds (sentences written for this test): the private
// importer's preferential rate told with no age of the car keeps no age (3 400 roubles is the rules'
// rate for a car up to three years old, but the label is what the article says), while an age the
// sentence or the heading over a list tells is kept.
import { describe, expect, it } from "vitest";
import { ingestVocabulary, readArticle } from "../../../domain/ingest/extract.ts";

const rates = (text: string) =>
  readArticle(text, ingestVocabulary([])).facts.flatMap((f) =>
    f.kind === "recycling_fee"
      ? [{ category: f.category, old: f.old, new: f.new, unit: f.unit, from: f.from }]
      : [],
  );

describe("a preferential rate told without the car's age", () => {
  it("gives no age to “individuals … under 160 hp … still pay 3,400 roubles”", () => {
    const found = rates(
      "date: 2026-02-10\nRecycling fee rises again\nFrom February 1 the recycling fee for companies went up by a tenth. Individuals who bring in a car under 160 hp for themselves still pay 3,400 roubles.",
    );
    expect(found).toContainEqual(
      expect.objectContaining({ category: "personal-le160hp", old: 3400, new: 3400 }),
    );
    expect(found.some((r) => r.category === "personal-new-le160hp")).toBe(false);
  });

  it("gives no age to “the preferential rate for private owners stays at 3,400 roubles”", () => {
    const found = rates(
      "date: 2026-02-10\nRecycling fee: what changes\nThe recycling fee rose on February 1. For private owners with cars of up to 160 horsepower the preferential rate stays at 3,400 roubles.",
    );
    expect(found).toContainEqual(
      expect.objectContaining({ category: "personal-le160hp", old: 3400, new: 3400 }),
    );
  });

  it("gives no age to “для физлиц … до 160 л.с. ставка по-прежнему 3400 рублей”", () => {
    const found = rates(
      "date: 2026-02-10\nУтильсбор вырос\nС 1 февраля утильсбор для компаний вырос на 10%. Для физлиц, ввозящих автомобиль до 160 л.с. для себя, ставка по-прежнему 3400 рублей.",
    );
    expect(found).toContainEqual(
      expect.objectContaining({ category: "personal-le160hp", old: 3400, new: 3400 }),
    );
  });

  it("gives no age to “льготные 3,4 тыс. рублей сохраняются для граждан”", () => {
    const found = rates(
      "date: 2026-02-10\nНовые ставки утильсбора\nУтильсбор с 1 февраля вырос. Льготные 3,4 тыс. рублей сохраняются для граждан, которые ввозят машину мощностью до 160 л.с. для личного пользования.",
    );
    expect(found).toContainEqual(
      expect.objectContaining({ category: "personal-le160hp", old: 3400, new: 3400 }),
    );
  });

  it("keeps the age the sentence tells (near miss: “for a car under three years old”)", () => {
    const found = rates(
      "date: 2026-02-10\nRecycling fee rises again\nFrom February 1 the recycling fee for companies went up. Individuals importing a car of up to 160 hp for themselves still pay 3,400 roubles for a car under three years old and 5,200 roubles for an older one.",
    );
    expect(found).toContainEqual(
      expect.objectContaining({ category: "personal-new-le160hp", old: 3400, new: 3400 }),
    );
    expect(found).toContainEqual(
      expect.objectContaining({ category: "personal-old-le160hp", old: 5200, new: 5200 }),
    );
  });

  it("keeps the age the heading over a list tells (near miss: “на новые машины … :”)", () => {
    const found = rates(
      [
        "date: 2026-01-20",
        "Ставки утильсбора",
        "С 1 февраля утильсбор на новые машины с мотором 1–2 литра будет таким:",
        "— до 160 л. с. — 3,4 тыс. рублей для физлиц;",
        "— 160–190 л. с. — 900 тыс. рублей.",
      ].join("\n"),
    );
    expect(found).toContainEqual(expect.objectContaining({ category: "personal-new-le160hp", new: 3400 }));
  });
});

describe("the base rate and a car's rate in one sentence", () => {
  const apart = (text: string, car: string, value: number) => {
    const found = rates(text);
    expect(found).toContainEqual(expect.objectContaining({ category: "base-rate", new: 20_000 }));
    expect(found).toContainEqual(expect.objectContaining({ category: car, new: value }));
    expect(found.some((r) => r.category === "base-rate" && r.new === value)).toBe(false);
  };

  it("reads “the base rate remains …, and a company importing a new 1–2 litre car … still pays …”", () => {
    apart(
      "date: 2026-09-01\nRecycling fee to rise in January\nThe recycling fee is to rise by a tenth from January 1. The base rate remains 20,000 roubles, and a company importing a new car with a 1-2 litre engine under 160 hp still pays 667,400 roubles.",
      "new-1-2l-le160hp",
      667_400,
    );
  });

  it("reads “a new 1–2 litre car of 160–190 hp will pay …, while the base rate stays …”", () => {
    apart(
      "date: 2026-09-01\nRecycling fee to rise in January\nFrom January 1 the recycling fee goes up: a new car with a 1-2 litre engine of 160-190 hp will pay 990,000 roubles, while the base rate stays at 20,000 roubles.",
      "new-1-2l-160-190hp",
      990_000,
    );
  });

  it("reads “базовая ставка остаётся …, а новая машина 1–2 л до 160 л.с. по-прежнему платит …”", () => {
    apart(
      "date: 2026-09-01\nУтильсбор с января\nС 1 января утильсбор вырастет на 10%. Базовая ставка остаётся 20 тыс. рублей, а новая машина с мотором 1–2 литра до 160 л.с. по-прежнему платит 667,4 тыс. рублей.",
      "new-1-2l-le160hp",
      667_400,
    );
  });

  it("keeps one base rate told with the car it multiplies (near miss: “the base rate of 20,000 roubles for a new car”)", () => {
    const found = rates(
      "date: 2026-09-01\nRecycling fee to rise in January\nFrom January 1 the recycling fee rises. The base rate of 20,000 roubles, and the coefficient of 45 for a new car, stay the same.",
    );
    expect(found.filter((r) => r.new === 20_000).map((r) => r.category)).toEqual(["base-rate"]);
  });
});
