// Recycling-fee rules over how fee news is written (every sentence written for this test): bands of
// power and age in their many forms, a multiplier apart from the band figures around it, a span of
// rates that is no change, a shared scale, a year told as the start, and the category a passage
// carries by "these cars".
import { describe, expect, it } from "vitest";
import { ingestVocabulary, readArticle } from "../../../domain/ingest/extract.ts";
import { categoryOf, yearStartIn } from "../../../domain/ingest/fees.ts";

const rates = (text: string) =>
  readArticle(text, ingestVocabulary([])).facts.flatMap((f) =>
    f.kind === "recycling_fee"
      ? [{ category: f.category, old: f.old, new: f.new, unit: f.unit, from: f.from }]
      : [],
  );

describe("fee categories", () => {
  it("reads a power band told as a range, a bound from above or from below", () => {
    expect(categoryOf("машины мощностью от 190 до 220 л. с.").power).toBe("190-220hp");
    expect(categoryOf("engines between 190 and 220 horsepower").power).toBe("190-220hp");
    expect(categoryOf("для машин 220–250 сил").power).toBe("220-250hp");
    expect(categoryOf("автомобили мощнее 160 л. с.").power).toBe("gt160hp");
    expect(categoryOf("cars exceeding 160 hp").power).toBe("gt160hp");
    expect(categoryOf("если мощность не превышает 160 лошадиных сил").power).toBe("le160hp");
    expect(categoryOf("vehicles of less than 160 hp").power).toBe("le160hp");
  });

  it("reads an age over three years in its several forms", () => {
    expect(categoryOf("for vehicles more than three years old").age).toBe("old");
    expect(categoryOf("машины в возрасте от трёх до пяти лет").age).toBe("old");
    expect(categoryOf("a car 3-5 years old").age).toBe("old");
    expect(categoryOf("физлица, ввозящие машину для личных нужд").personal).toBe(true);
    expect(categoryOf("the rate for physical persons").personal).toBe(true);
  });
});

describe("fee figures", () => {
  it("takes a multiplier apart from the engine and power bands beside it, with its old value", () => {
    const found = rates(
      "date: 2025-09-10\nУтильсбор пересчитают\nС 1 октября утильсбор для легковушек считают по-новому.\nДля новых машин с мотором 1–2 литра и мощностью 160–190 л. с. коэффициент вырастет с 30,1 до 35,2.",
    );
    expect(found).toContainEqual({
      category: "new-1-2l-160-190hp",
      old: 30.1,
      new: 35.2,
      unit: "coefficient",
      from: "2025-10-01",
    });
  });

  it("does not take a span of rates over categories for a change", () => {
    const found = rates(
      "date: 2025-09-10\nКак считают утильсбор\nС 1 октября утильсбор для новых машин компаний составит от 30 000 до 90 000 рублей в зависимости от объёма мотора.",
    );
    expect(found.filter((r) => r.old === 30_000)).toEqual([]);
  });

  it("gives the first figure of 'с 300 до 550 тыс.' the second's scale and each amount of a schedule its own year", () => {
    const found = rates(
      "date: 2023-11-01\nУтильсбор предложили поднять\nДля новых машин с мотором 1–2 литра утильсбор предлагают поднять с 300 до 550 тыс. рублей уже в 2024 году, а к 2030 году — до 1,1 млн рублей.",
    );
    expect(found).toContainEqual(expect.objectContaining({ old: 300_000, new: 550_000, from: "2024-01-01" }));
    expect(found).toContainEqual(
      expect.objectContaining({ old: 550_000, new: 1_100_000, from: "2030-01-01" }),
    );
  });

  it("reads no figure from 'a few thousand' and keeps a rate of 2,000 roubles beside a conversion", () => {
    const found = rates(
      "date: 2025-09-10\nRecycling fee changes\nThe recycling fee rises from October 1.\nUntil now individuals paid just a few thousand rubles for new cars.\nIndividuals will pay 2,000 rubles ($24) for new cars and 4,000 rubles for cars more than three years old.",
    );
    expect(found.some((r) => r.new === 1000)).toBe(false);
    expect(found).toContainEqual(expect.objectContaining({ category: "personal-new", new: 2000 }));
    expect(found).toContainEqual(expect.objectContaining({ category: "personal-old", new: 4000 }));
  });

  it("carries the category of the sentence before to 'these cars', and gives the base rate no old value of another category", () => {
    const found = rates(
      "date: 2025-12-03\nWhat the new fee means\nFrom December 1 the recycling fee depends on engine power.\nFor cars of up to 160 hp imported for personal use the low fee stays.\nThese cars keep paying 3,400 rubles for a new one.\nThe fee is worked out from the base rate of 20,000 rubles.",
    );
    expect(found).toContainEqual(expect.objectContaining({ category: "personal-new-le160hp", new: 3400 }));
    expect(found).toContainEqual(expect.objectContaining({ category: "base-rate", new: 20_000, old: null }));
  });
});

describe("a rise told by its new level", () => {
  it("rises from the last rate told for a category it narrows", () => {
    const found = rates(
      "date: 2025-09-20\nЛьготу для мощных машин урежут\nСейчас частники платят льготный утильсбор — 3,4 тыс. рублей за новую машину.\nДля новой машины объёмом 1–2 литра мощностью 160–190 сил сбор вырастет до 700 тыс. рублей.",
    );
    expect(found).toContainEqual(
      expect.objectContaining({ category: "personal-new-1-2l-160-190hp", old: 3400, new: 700_000 }),
    );
  });

  it("reads a rate that 'became' a new value as a decision on the fee", () => {
    const { facts } = readArticle(
      "Used cars got dearer\nUsed-car prices rose 1% in September.\nRecall, from October 1 the utilsbor for a new car with a 1-2 liter engine for companies became 650 thousand rubles.",
      ingestVocabulary([]),
    );
    expect(facts).toContainEqual(
      expect.objectContaining({ kind: "fee_policy", status: "adopted", undated: true }),
    );
  });
});

describe("a list item that names another age", () => {
  it("keeps the engine and power just told, and 'this category' carries them to the multiplier", () => {
    const found = rates(
      "date: 2025-12-20\nУтильсбор с января\nС 1 января утильсбор на легковушки вырастет.\nДля новых машин объёмом 1–2 литра мощностью до 160 л. с. сбор составит 850 тыс. рублей вместо 660 тыс.\nДля автомобилей старше трёх лет — 1 500 000 рублей вместо 1 170 000 рублей.\nКоэффициент для новых машин этой категории вырастет до 42,5.",
    );
    expect(found).toContainEqual(
      expect.objectContaining({
        category: "old-1-2l-le160hp",
        old: 1_170_000,
        new: 1_500_000,
        from: "2026-01-01",
      }),
    );
    expect(found).toContainEqual(
      expect.objectContaining({ category: "new-1-2l-le160hp", new: 42.5, unit: "coefficient" }),
    );
  });
});

describe("a rate that stays", () => {
  it("reads 'the same 3,400 rubles' as a rate kept, and 'this class' as the category before", () => {
    const found = rates(
      "date: 2025-12-20\nThe fee in January\nFrom January 1 the recycling fee for imported cars will rise.\nIndividuals importing a car of up to 160 hp for themselves will pay the same 3,400 rubles for a new car.\nFor companies, the fee for a new car with a 1-2 litre engine of up to 160 hp will be 850,000 rubles instead of 660,000 rubles.\nA car of this class older than three years will cost 1,500,000 rubles instead of 1,170,000 rubles.",
    );
    expect(found).toContainEqual(
      expect.objectContaining({ category: "personal-new-le160hp", old: 3400, new: 3400 }),
    );
    expect(found).toContainEqual(
      expect.objectContaining({ category: "old-1-2l-le160hp", old: 1_170_000, new: 1_500_000 }),
    );
  });
});

describe("a list of rates by band", () => {
  it("gives each amount the band told before it, keeping the age and engine of the sentence before", () => {
    const text =
      "date: 2025-11-10\nНовый утильсбор по ступеням\nС 1 декабря утильсбор для новых машин с мотором 1–2 литра будет зависеть от мощности.\nДля версий мощностью 160–190 л. с. сбор составит 700 тыс. рублей, 190–220 л. с. — 760 тыс. рублей.";
    const found = rates(text);
    expect(found).toContainEqual(expect.objectContaining({ category: "new-1-2l-160-190hp", new: 700_000 }));
    expect(found).toContainEqual(expect.objectContaining({ category: "new-1-2l-190-220hp", new: 760_000 }));
    // New rates with a start still ahead are a decision on the fee.
    expect(readArticle(text, ingestVocabulary([])).facts).toContainEqual(
      expect.objectContaining({ kind: "fee_policy", effective: "2025-12-01" }),
    );
  });

  it("gives each amount the band told after it", () => {
    const found = rates(
      "date: 2025-11-10\nThe new fee by power\nFrom December 1 the recycling fee depends on power.\nFor cars older than three years the fee will be 1.2 million rubles at 160-190 hp and 1.3 million rubles at 190-220 hp.",
    );
    expect(found).toContainEqual(expect.objectContaining({ category: "old-160-190hp", new: 1_200_000 }));
    expect(found).toContainEqual(expect.objectContaining({ category: "old-190-220hp", new: 1_300_000 }));
  });
});

describe("a start told by its year", () => {
  it("resolves next year, this year and a year still ahead; a year past is history", () => {
    expect(yearStartIn("сбор вырастет со следующего года", "2025-11-20")?.date).toBe("2026-01-01");
    expect(yearStartIn("the fee rises from the start of next year", "2025-11-20")?.date).toBe("2026-01-01");
    expect(yearStartIn("ставки поднимут с 2027 года", "2025-11-20")?.date).toBe("2027-01-01");
    expect(yearStartIn("сбор взимается с 2012 года", "2025-11-20")).toBeNull();
    expect(yearStartIn("со следующего года", null)).toEqual({ date: null, undated: true });
  });
});
