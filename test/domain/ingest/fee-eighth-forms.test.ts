// Recycling-fee forms of the eighth batch's kinds (sentences written for this test): a rate that an
// importer "goes on paying" stays, and the base rate named only as what a car's multiplier applies to
// is no base rate of its own; an engine "up to 2 litres" beside a power band is the 1–2 litre band, and
// the private importer's rate below 160 hp takes no engine band from the company rate before it.
import { describe, expect, it } from "vitest";
import { ingestVocabulary, readArticle } from "../../../domain/ingest/extract.ts";

const rates = (text: string) =>
  readArticle(text, ingestVocabulary([])).facts.flatMap((f) =>
    f.kind === "recycling_fee" ? [{ category: f.category, old: f.old, new: f.new, unit: f.unit }] : [],
  );

describe("a rate the payer goes on paying", () => {
  it("reads “will go on paying” as a rate that stays", () => {
    const found = rates(
      "date: 2025-11-28\nRecycling fee changes on Monday\nFrom December 1 the recycling fee rises for powerful cars. A private importer of a car under three years old with an engine up to 160 hp will go on paying 3,400 roubles, and 5,200 roubles if the car is older.",
    );
    expect(found).toContainEqual(
      expect.objectContaining({ category: "personal-new-le160hp", old: 3400, new: 3400 }),
    );
    expect(found).toContainEqual(
      expect.objectContaining({ category: "personal-old-le160hp", old: 5200, new: 5200 }),
    );
  });

  it("reads “по старым ставкам” as a rate that stays", () => {
    const found = rates(
      "date: 2025-12-02\nУтильсбор для частников\nС 1 декабря утильсбор вырос. Частники, ввозящие машину до 160 л.с. для себя, платят по старым ставкам — 3400 рублей за новую машину.",
    );
    expect(found).toContainEqual(
      expect.objectContaining({ category: "personal-new-le160hp", old: 3400, new: 3400 }),
    );
  });

  it("reads “carry on paying” as a rate that stays", () => {
    const found = rates(
      "date: 2025-12-02\nNew recycling fee for individuals\nFrom December 1 the recycling fee went up. Individuals bringing in a new car under 160 hp for own use carry on paying 3,400 roubles.",
    );
    expect(found).toContainEqual(
      expect.objectContaining({ category: "personal-new-le160hp", old: 3400, new: 3400 }),
    );
  });
});

describe("the base rate named as what a multiplier applies to", () => {
  const noBase = (text: string, value: number) => {
    const found = rates(text);
    expect(found).toContainEqual(expect.objectContaining({ category: "new-1-2l-190-220hp", new: value }));
    expect(found.some((r) => r.category === "base-rate" && r.new === value)).toBe(false);
  };

  it("reads “the coefficient applied to the base rate … works out at” as the car's rate", () => {
    noBase(
      "date: 2025-11-28\nRecycling fee rises\nFrom December 1 the recycling fee is counted anew. For companies, the coefficient applied to the base rate for new cars with 1-2 litre engines and 190-220 hp is 39.7, which works out at 794,000 roubles per car.",
      794_000,
    );
  });

  it("reads “коэффициент к базовой ставке … то есть” as the car's rate", () => {
    noBase(
      "date: 2025-12-02\nУтильсбор вырос\nС 1 декабря утильсбор считают по-новому. Для юрлиц коэффициент к базовой ставке для новых машин объемом 1–2 литра и мощностью 190–220 л.с. составляет 39,7, то есть 794 000 рублей за машину.",
      794_000,
    );
  });

  it("reads “the base rate is multiplied by … which gives” as the car's rate", () => {
    noBase(
      "date: 2025-12-02\nRecycling fee rises\nFrom December 1 the recycling fee is counted anew. The base rate is multiplied by 39.7 for a new car with a 1-2 litre engine of 190-220 hp, which gives 794,000 roubles.",
      794_000,
    );
  });
});

describe("an engine told up to 2 litres", () => {
  const band = (text: string, category: string, value: number) =>
    expect(rates(text)).toContainEqual(expect.objectContaining({ category, new: value }));

  it("reads “с двигателем до двух литров” as the 1–2 litre band", () => {
    band(
      "date: 2026-01-20\nУтильсбор вырос\nС 1 января утильсбор снова подняли. Новая машина мощностью 190–220 л.с. с двигателем до двух литров облагается сбором 952 800 рублей против 794 000 в декабре.",
      "new-1-2l-190-220hp",
      952_800,
    );
  });

  it("reads “an engine of up to 2 litres” as the 1–2 litre band", () => {
    band(
      "date: 2026-01-20\nRecycling fee up again\nFrom January 1 the recycling fee rose again. A new car with an engine of up to 2 litres and 190-220 hp now pays 952,800 roubles instead of 794,000.",
      "new-1-2l-190-220hp",
      952_800,
    );
  });

  it("reads “under 2 litres” as the 1–2 litre band", () => {
    band(
      "date: 2026-01-20\nRecycling fee up again\nFrom January 1 the recycling fee rose again. For a new car rated at 160-190 hp with an engine under 2 litres the fee is 900,000 roubles.",
      "new-1-2l-160-190hp",
      900_000,
    );
  });

  it("keeps the private importer's rate below 160 hp free of the engine band told before it", () => {
    const found = rates(
      "date: 2026-01-20\nУтильсбор вырос\nС 1 января утильсбор снова подняли. Новая машина 190–220 л.с. с мотором до 2 литров облагается сбором 952 800 рублей.\nЧастники, ввозящие машину для себя, сохранили льготу лишь до 160 л.с. Эти ставки не изменились: 3400 рублей за новый автомобиль и 5200 рублей за автомобиль старше трех лет.",
    );
    expect(found).toContainEqual(expect.objectContaining({ category: "personal-new-le160hp", new: 3400 }));
    expect(found).toContainEqual(expect.objectContaining({ category: "personal-old-le160hp", new: 5200 }));
  });
});

describe("roubles told right after a category's multiplier", () => {
  const inRoubles = (text: string) =>
    expect(rates(text)).toContainEqual(
      expect.objectContaining({ category: "new-1-2l-160-190hp", old: 750_000, new: 900_000, unit: "rub" }),
    );

  it("reads “В деньгах это означает рост сбора с … до …” as the category's rate", () => {
    inRoubles(
      "date: 2026-01-29\nУтильсбор вырос\nС 1 января утильсбор повысили. Для новых автомобилей с двигателем объемом от 1 до 2 литров и мощностью 160–190 л. с. коэффициент увеличился с 37,5 до 45. В деньгах это означает рост сбора с 750 тыс. до 900 тыс. рублей.",
    );
  });

  it("reads “Сбор теперь составляет … вместо …” as the category's rate", () => {
    inRoubles(
      "date: 2026-01-29\nУтильсбор вырос\nС 1 января утильсбор повысили. Для новых автомобилей с двигателем объемом от 1 до 2 литров и мощностью 160–190 л. с. коэффициент вырос до 45. Сбор теперь составляет 900 тыс. рублей вместо 750 тыс.",
    );
  });

  it("reads “In money terms the fee rises from … to …” as the category's rate", () => {
    inRoubles(
      "date: 2026-01-29\nRecycling fee up\nFrom January 1 the recycling fee rose. For new cars with 1-2 litre engines of 160-190 hp the coefficient went up from 37.5 to 45. In money terms the fee rises from 750,000 to 900,000 roubles.",
    );
  });
});

describe("a total of payments beside customs duty", () => {
  const noRate = (text: string, value: number) =>
    expect(rates(text).some((r) => r.new === value || r.old === value)).toBe(false);

  it("reads no fee rate in “costs about … in payments in total” beside customs duty", () => {
    noRate(
      "date: 2025-12-10\nRecycling fee and duty\nFrom December 1 the recycling fee rose. Customs duty is charged on top of the fee, and a used crossover now costs its buyer about 1.5 million roubles in payments in total.",
      1_500_000,
    );
  });

  it("reads no fee rate in “пошлина и утильсбор в сумме обойдутся в …”", () => {
    noRate(
      "date: 2025-12-10\nУтильсбор и пошлина\nС 1 декабря утильсбор вырос. Пошлина и утильсбор за японский кроссовер старше трёх лет в сумме обойдутся примерно в 1,5 млн рублей.",
      1_500_000,
    );
  });

  it("reads no fee rate in “вместе с пошлиной … в общей сложности”", () => {
    noRate(
      "date: 2025-12-10\nУтильсбор и пошлина\nС 1 декабря утильсбор вырос. Вместе с таможенной пошлиной владелец подержанного кроссовера отдаст в общей сложности около 1,5 млн рублей.",
      1_500_000,
    );
  });
});

describe("a rate told “instead of” one, then another age's rate after a semicolon", () => {
  const bothAges = (text: string) => {
    const found = rates(text);
    expect(found).toContainEqual(
      expect.objectContaining({ category: "personal-new-1-2l-160-190hp", old: 3400, new: 750_000 }),
    );
    expect(found).toContainEqual(
      expect.objectContaining({ category: "personal-old-1-2l-160-190hp", old: 5200, new: 1_244_000 }),
    );
  };

  it("gives each clause its own age (English, ';')", () => {
    bothAges(
      "date: 2025-11-28\nRecycling fee rises\nFrom December 1 the recycling fee rises. An individual importing a new car with a 1-2 litre engine of 160-190 hp will pay 750,000 roubles instead of 3,400 roubles; for a car of the same class older than three years the fee jumps from 5,200 roubles to 1.244 million.",
    );
  });

  it("gives each clause its own age (Russian, 'вместо')", () => {
    bothAges(
      "date: 2025-11-28\nУтильсбор вырос\nС 1 декабря утильсбор вырос. Частник, который ввозит новую машину 1–2 литра мощностью 160–190 л.с., заплатит 750 000 рублей вместо 3400; за такую же машину старше трёх лет сбор вырастет с 5200 до 1 244 000 рублей.",
    );
  });

  it("gives each clause its own age (English, ', and for')", () => {
    bothAges(
      "date: 2025-11-28\nRecycling fee rises\nFrom December 1 the recycling fee rises. A private importer of a new 1-2 litre car of 160-190 hp pays 750,000 roubles instead of 3,400, and for an older car of that class the fee goes from 5,200 roubles to 1,244,000.",
    );
  });
});
