// A sentence that contrasts two payers, each with its own amount, tells two rates; a single engine
// size of two litres is in the 1–2 litre band; and a word for the maximum goes with the figure it
// stands beside ("из 8800 возможных баллов модель набрала 4120"), also when a verb of the rules
// ("sets") comes before it. Sentences written for this test.
import { describe, expect, it } from "vitest";
import { plainFacts } from "./plain-facts.ts";

const rates = (text: string) =>
  plainFacts(text, null).flatMap((f) =>
    f.kind === "recycling_fee" ? [{ category: f.category, old: f.old, new: f.new }] : [],
  );

describe("two payers contrasted in one sentence", () => {
  it("reads “…, while individuals … will still pay” as a rate of its own that stays", () => {
    const found = rates(
      "date: 2025-11-14\nRecycling fee goes up in December\nFrom December 1 the recycling fee for legal entities importing a new car with an engine of 1 to 2 litres will rise to 667,400 rubles, while individuals bringing in such cars for personal use will still pay 3,400 rubles.",
    );
    expect(found).toContainEqual(expect.objectContaining({ category: "new-1-2l", new: 667_400 }));
    expect(found).toContainEqual(expect.objectContaining({ new: 3400, old: 3400 }));
    expect(found.find((r) => r.new === 3400)?.category).toMatch(/^personal/u);
    expect(found.some((r) => r.new === 667_400 && String(r.category).startsWith("personal"))).toBe(false);
  });

  it("reads “…, а для физлиц … останется” as a rate of its own that stays", () => {
    const found = rates(
      "date: 2025-11-14\nУтильсбор вырастет с декабря\nС 1 декабря утильсбор для компаний на новую машину с мотором 2 литра вырастет до 667,4 тыс. рублей, а для физлиц, которые везут автомобиль для себя, останется 3400 рублей.",
    );
    expect(found).toContainEqual(expect.objectContaining({ category: "new-1-2l", new: 667_400 }));
    expect(found).toContainEqual(expect.objectContaining({ new: 3400, old: 3400 }));
    expect(found.find((r) => r.new === 3400)?.category).toMatch(/^personal/u);
  });

  it("keeps a sentence whose second clause names no other payer or category whole", () => {
    const found = rates(
      "date: 2025-11-14\nУтильсбор для новых машин\nС 1 декабря утильсбор на новую машину с мотором от 1 до 2 литров вырастет до 667,4 тыс. рублей, а с 1 января — до 857,4 тыс. рублей.",
    );
    expect(found.every((r) => r.category === "new-1-2l")).toBe(true);
  });
});

describe("the maximum score beside another figure", () => {
  const facts = (text: string) =>
    plainFacts(text, null).filter((f) => f.kind === "max_score" || f.kind === "model_score");

  it("reads “из 8800 возможных баллов” as the maximum, not the score after it", () => {
    const found = facts(
      "date: 2026-03-03\nЛокализация\nИз 8800 возможных баллов кроссовер Haval Jolion набрал 4350.",
    );
    expect(found).toContainEqual({ kind: "max_score", points: 8800 });
    expect(found.some((f) => f.kind === "max_score" && f.points === 4350)).toBe(false);
  });

  it("reads “out of a possible 8,800” before a model's score the same way", () => {
    const found = facts(
      "date: 2026-03-03\nLocalization\nOut of 8,800 possible points, the Tenet T7 now has 2,950.",
    );
    expect(found).toContainEqual({ kind: "max_score", points: 8800 });
    expect(found).toContainEqual(expect.objectContaining({ kind: "model_score", points: 2950 }));
  });

  it("reads “the decree sets a maximum of” as the maximum", () => {
    const found = facts(
      "date: 2026-03-03\nLocalization points\nDecree 719 sets a maximum of 8,800 points for a car.",
    );
    expect(found).toContainEqual({ kind: "max_score", points: 8800 });
  });

  it("keeps a bar told after the maximum a bar", () => {
    const all = plainFacts(
      "date: 2026-03-03\nLocalization points\nThe maximum is 8,800 points, and from March 1 a taxi needs at least 3,200.",
      null,
    );
    expect(all).toContainEqual({ kind: "max_score", points: 8800 });
    expect(all.some((f) => f.kind === "max_score" && f.points === 3200)).toBe(false);
    expect(all).toContainEqual(expect.objectContaining({ kind: "threshold", purpose: "taxi", points: 3200 }));
  });
});
