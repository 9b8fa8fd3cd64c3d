// Recycling-fee rules on dates and kept rates (every sentence written for this test): a start moved
// from one date to another holds the later one, the plan that was ("at first … was to start") is no
// start, a start told by "from Monday" counts, and a rate told "as before" / "does not change" is
// a kept rate (old equal to new) of the category the sentence before narrowed ("for them").
import { describe, expect, it } from "vitest";
import { ingestVocabulary, readArticle } from "../../../domain/ingest/extract.ts";
import { categoryOf, movedTo } from "../../../domain/ingest/fees.ts";

const rates = (text: string) =>
  readArticle(text, ingestVocabulary([])).facts.flatMap((f) =>
    f.kind === "recycling_fee" ? [{ category: f.category, old: f.old, new: f.new, from: f.from }] : [],
  );

describe("a moved start", () => {
  it("takes the later date of a move from one date to another", () => {
    expect(movedTo("Ведомство перенесло старт новых ставок с 1 марта на 1 мая.", "2026-02-10")?.date).toBe(
      "2026-05-01",
    );
    expect(movedTo("The ministry has moved the launch from March 1 to May 1.", "2026-02-10")?.date).toBe(
      "2026-05-01",
    );
    // A span of dates with no verb that moves them is no move.
    expect(movedTo("The discount runs from March 1 to May 1.", "2026-02-10")).toBeNull();
  });

  it("dates the rates by the new date, not by the plan that was", () => {
    const found = rates(
      "date: 2026-02-10\nThe ministry delayed the recycling fee change\nThe ministry has moved the start of the new recycling fee rules from March 1 to May 1.\nAt first the rules were to start from March 1, but importers asked for more time.\nFor private importers of cars under 160 hp the fee as before will be 3,400 rubles for a new car.",
    );
    expect(found).toContainEqual({
      category: "personal-new-le160hp",
      old: 3400,
      new: 3400,
      from: "2026-05-01",
    });
    expect(found.some((r) => r.from === "2026-03-01")).toBe(false);
  });
});

describe("a kept rate", () => {
  it("reads 'as before' and 'does not change' as a rate that stays", () => {
    const found = rates(
      "date: 2026-02-10\nRecycling fee: new rules from March 1\nFrom March 1 the recycling fee for cars is calculated in a new way.\nThe base rate of 20 thousand rubles does not change.",
    );
    expect(found).toContainEqual({ category: "base-rate", old: 20000, new: 20000, from: "2026-03-01" });
  });

  it("keeps the band of the sentence before for 'for them'", () => {
    const found = rates(
      "date: 2026-02-10\nУтильсбор с 1 марта\nС 1 марта утильсбор считают по мощности: льгота для физлиц сохранится только для машин до 160 л. с.\nДля них сбор как и прежде составит 3 400 рублей за новую машину и 5 200 рублей за машину старше трёх лет.",
    );
    expect(found).toContainEqual({
      category: "personal-new-le160hp",
      old: 3400,
      new: 3400,
      from: "2026-03-01",
    });
    expect(found).toContainEqual({
      category: "personal-old-le160hp",
      old: 5200,
      new: 5200,
      from: "2026-03-01",
    });
  });

  it("takes the privilege of the fee (льгота) for the personal-use rate", () => {
    expect(categoryOf("для машин до 160 сил льгота остаётся").personal).toBe(true);
  });
});

describe("a start told by a weekday", () => {
  it("dates the rates by 'from Monday'", () => {
    const found = rates(
      "date: 2024-03-29\nImporters will pay a higher recycling fee from Monday\nIndividuals importing a car for their own use will keep paying the preferential rate of 3,400 roubles for a new car.",
    );
    expect(found).toContainEqual({ category: "personal-new", old: 3400, new: 3400, from: "2024-04-01" });
  });
});

describe("an interview and an age told by a comparative", () => {
  it("reads each turn of an interview as its own sentence", () => {
    const found = rates(
      "date: 2024-12-10\nИнтервью\n— Что будет с утильсбором? — С 1 января следующего года утильсбор для новой машины с мотором от 1 до 2 литров вырастет с 600 000 до 700 000 рублей.",
    );
    expect(found).toContainEqual({ category: "new-1-2l", old: 600000, new: 700000, from: "2025-01-01" });
  });

  it("takes 'более возрастной' for the older car", () => {
    const found = rates(
      "date: 2026-02-10\nУтильсбор с 1 марта\nС 1 марта льготный тариф для частных лиц сохранится: 3,4 тыс. рублей за машину не старше трёх лет и 5,2 тыс. рублей за более возрастную.",
    );
    expect(found).toContainEqual({ category: "personal-old", old: 5200, new: 5200, from: "2026-03-01" });
    expect(found).toContainEqual({ category: "personal-new", old: 3400, new: 3400, from: "2026-03-01" });
  });
});

describe("a list of changes in one sentence", () => {
  it("reads each item with its own age, keeping the engine and power of the first", () => {
    const found = rates(
      "date: 2026-01-05\nУтильсбор вырос\nС 1 января утильсбор снова вырос: для новой машины с мотором 1–2 литра мощностью 190–220 л. с. сбор вырос с 800 тыс. до 950 тыс. рублей, для машины старше трёх лет — с 1 300 000 до 1 560 000 рублей.",
    );
    expect(found).toContainEqual({
      category: "new-1-2l-190-220hp",
      old: 800000,
      new: 950000,
      from: "2026-01-01",
    });
    expect(found).toContainEqual({
      category: "old-1-2l-190-220hp",
      old: 1300000,
      new: 1560000,
      from: "2026-01-01",
    });
    expect(found).toHaveLength(2);
  });
});

describe("a list of changes told with 'на'", () => {
  it("reads 'на машины старше трёх лет — с … до …' as the older car's change", () => {
    const found = rates(
      "date: 2026-01-05\nУтильсбор вырос\nС 1 января утильсбор на новые машины с мотором от 1 до 2 литров увеличился с 700 000 до 800 000 рублей, на машины старше трёх лет — с 1 200 000 до 1 400 000 рублей.",
    );
    expect(found).toContainEqual({ category: "new-1-2l", old: 700000, new: 800000, from: "2026-01-01" });
    expect(found).toContainEqual({ category: "old-1-2l", old: 1200000, new: 1400000, from: "2026-01-01" });
    expect(found).toHaveLength(2);
  });
});
