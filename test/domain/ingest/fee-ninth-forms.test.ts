// Recycling-fee forms of the ninth batch's kinds (sentences written for this test): a table of the
// commercial scale after a passage on private importers, and private importers who import for resale,
// pay the companies' rates; a weekday told with its date in apposition ("С четверга, 1 января,") and a
// day whose year is told after it ("1 July of 2027") date the rates by that day; a coefficient raised
// "to a coefficient of 80 from 74.64" keeps its old value; a postponement keeps each age's change of
// multiplier and the cars "more powerful" than the bound; a table of model prices is no fee table; "на
// четверть миллиона" is no amount, the new level then ", в декабре было …" is old and new, and a
// low-powered car of the preference is the band up to 160 hp.
import { describe, expect, it } from "vitest";
import { plainFacts } from "./plain-facts.ts";

type Rate = { category: string; old: number | null; new: number; unit: string; from: string | null };
const rates = (text: string, date: string) =>
  plainFacts(text, date).flatMap((f) =>
    f.kind === "recycling_fee"
      ? [{ category: f.category, old: f.old, new: f.new, unit: f.unit, from: f.from } as Rate]
      : [],
  );
const policies = (text: string, date: string) =>
  plainFacts(text, date).filter((f) => f.kind === "fee_policy");

describe("a commercial table or scale after a passage on private importers", () => {
  it("reads the rows of a table of the commercial rates as no private importer's", () => {
    const found = rates(
      "Recycling fee for powerful cars\nFrom December 1 the recycling fee depends on engine power. Individuals keep their low rate only for cars up to 160 hp: 3,400 roubles for a new one. Everything above that pays the commercial rates that carmakers pay.\nCommercial rates from December 1, roubles\n| Engine 1-2 litres | up to 3 years | older than 3 years |\n| 160-190 hp | 750,000 | 1,244,000 |",
      "2025-11-20",
    );
    expect(found).toContainEqual(expect.objectContaining({ category: "new-1-2l-160-190hp", new: 750_000 }));
    expect(found).toContainEqual(expect.objectContaining({ category: "old-1-2l-160-190hp", new: 1_244_000 }));
    expect(found.some((r) => r.category.startsWith("personal-") && r.new >= 750_000)).toBe(false);
  });

  it("reads “частники, ввозящие машину на перепродажу” as companies' rates", () => {
    const found = rates(
      "Утильсбор для юрлиц вырастет\nС 1 октября утильсбор вырастет. Для компаний и частников, ввозящих автомобили на перепродажу, сбор за новую машину 1–2 литра составит 667 400 рублей.",
      "2024-09-25",
    );
    expect(found).toContainEqual(expect.objectContaining({ category: "new-1-2l", new: 667_400 }));
    expect(found.some((r) => r.category.startsWith("personal"))).toBe(false);
  });

  it("reads “individuals importing cars for resale” as companies' rates", () => {
    const found = rates(
      "Recycling fee rises from October 1\nFrom October 1 the recycling fee goes up. Individuals importing cars for resale pay the same as companies: 667,400 roubles for a new car with a 1-2 litre engine.",
      "2024-09-25",
    );
    expect(found).toContainEqual(expect.objectContaining({ category: "new-1-2l", new: 667_400 }));
    expect(found.some((r) => r.category.startsWith("personal"))).toBe(false);
  });

  it("keeps the private importer's own rate (near miss: for own use)", () => {
    const found = rates(
      "Утильсбор для частников\nС 1 декабря утильсбор вырос. Частники, ввозящие машину до 160 л. с. для себя, платят по-прежнему 3400 рублей за новую машину.",
      "2025-12-02",
    );
    expect(found).toContainEqual(expect.objectContaining({ category: "personal-new-le160hp", new: 3400 }));
  });
});

describe("a change's day told with its weekday or with its year after it", () => {
  it("dates the rates by “С пятницы, 1 января,”, not by the next Friday", () => {
    const found = rates(
      "Утильсбор проиндексирован\nС пятницы, 1 января, действует новый шаг индексации утильсбора. Базовая ставка осталась прежней — 20 тыс. рублей.",
      "2027-01-06",
    );
    expect(found).toContainEqual(expect.objectContaining({ category: "base-rate", from: "2027-01-01" }));
  });

  it("dates the rates by “From Monday, December 1,”", () => {
    const found = rates(
      "Recycling fee changes\nFrom Monday, December 1, the new recycling fee applies: a new car of 1-2 litres and 160-190 hp pays 750,000 roubles.",
      "2025-12-04",
    );
    expect(found).toContainEqual(
      expect.objectContaining({ category: "new-1-2l-160-190hp", new: 750_000, from: "2025-12-01" }),
    );
  });

  it("dates a step postponed “to 1 July of 2027” by that year", () => {
    const text =
      "Indexation of the recycling fee moved\nThe government has moved the next step of the recycling fee indexation from 1 January to 1 July of 2027. The base rate does not change - as before 20 thousand rubles.";
    expect(rates(text, "2026-03-12")).toContainEqual(
      expect.objectContaining({ category: "base-rate", from: "2027-07-01" }),
    );
    expect(policies(text, "2026-03-12")).toContainEqual(
      expect.objectContaining({ status: "postponed", effective: "2027-07-01" }),
    );
  });

  it("dates a step moved “на 1 июля следующего года”", () => {
    const found = rates(
      "Индексацию утильсбора отложили\nПравительство перенесло индексацию утильсбора с 1 января на 1 июля следующего года. Базовая ставка останется прежней — 20 тыс. рублей.",
      "2026-03-12",
    );
    expect(found).toContainEqual(expect.objectContaining({ category: "base-rate", from: "2027-07-01" }));
  });

  it("keeps the age of a table row “older 3 years”", () => {
    const found = rates(
      "Utilsbor for legal persons\nFrom 01.07.2027 the utilsbor will grow:\n| Category | now | from 01.07.2027 |\n| older 3 years, 1-2 l, 160-190 h.p. | 1 492 800 | 1 716 700 |",
      "2026-03-12",
    );
    expect(found).toContainEqual(
      expect.objectContaining({ category: "old-1-2l-160-190hp", old: 1_492_800, new: 1_716_700 }),
    );
  });
});

describe("a coefficient raised “to a coefficient of Y from X”", () => {
  it("keeps the old value in English", () => {
    const found = rates(
      "Recycling fee plan\nThe ministry wants to raise the recycling fee for cars older than three years with engines up to three litres to a coefficient of 80 from 74.64.",
      "2026-01-20",
    );
    expect(found).toContainEqual(
      expect.objectContaining({ category: "old-le3l", old: 74.64, new: 80, unit: "coefficient" }),
    );
  });

  it("keeps the old value in Russian", () => {
    const found = rates(
      "Утильсбор для старых машин\nМинпромторг предлагает поднять утильсбор для машин старше трёх лет с мотором до трёх литров до коэффициента 80 с 74,64.",
      "2026-01-20",
    );
    expect(found).toContainEqual(
      expect.objectContaining({ category: "old-le3l", old: 74.64, new: 80, unit: "coefficient" }),
    );
  });
});

describe("a postponement with the coefficients it brings", () => {
  it("reads a change of multiplier per age, from the new date", () => {
    const text =
      "Правительство перенесло новые правила утильсбора\nНовые правила утильсбора перенесены с 1 ноября на 1 декабря. Для частников, ввозящих машины мощнее 160 л. с., коэффициенты вырастут с 0,17 до 37,5 для новых машин и с 0,26 до 62,2 для машин старше трёх лет.";
    const found = rates(text, "2025-10-20");
    expect(found).toContainEqual(
      expect.objectContaining({ category: "personal-new-gt160hp", old: 0.17, new: 37.5, from: "2025-12-01" }),
    );
    expect(found).toContainEqual(
      expect.objectContaining({ category: "personal-old-gt160hp", old: 0.26, new: 62.2, from: "2025-12-01" }),
    );
    expect(policies(text, "2025-10-20")).toContainEqual(
      expect.objectContaining({ status: "postponed", effective: "2025-12-01" }),
    );
  });

  it("reads the ages told before each change in English", () => {
    const found = rates(
      "Recycling fee rules delayed\nThe new recycling fee rules were pushed back from November 1 to December 1. For private importers of cars over 160 hp, the coefficient for a new car rises from 0.17 to 37.5 and for an older one from 0.26 to 62.2.",
      "2025-10-20",
    );
    expect(found).toContainEqual(expect.objectContaining({ category: "personal-new-gt160hp", old: 0.17 }));
    expect(found).toContainEqual(expect.objectContaining({ category: "personal-old-gt160hp", old: 0.26 }));
  });

  it("reads “для более мощных” after “до 160 л. с.” as above the bound", () => {
    const found = rates(
      "Утильсбор: новые правила позже\nНовые правила утильсбора перенесены с 1 ноября на 1 декабря. Льгота для частников сохранится только для машин до 160 л. с., а для более мощных новых машин с мотором 1–2 литра коэффициент вырастет с 0,17 до 37,5.",
      "2025-10-20",
    );
    expect(found).toContainEqual(
      expect.objectContaining({ category: "personal-new-1-2l-gt160hp", old: 0.17, new: 37.5 }),
    );
    expect(found.some((r) => r.category.endsWith("le160hp") && r.new === 37.5)).toBe(false);
  });

  it("reads “for a more powerful one” after “up to 160 hp” as above the bound", () => {
    const found = rates(
      "Recycling fee: later start\nThe new recycling fee rules were delayed from November 1 to December 1. Private importers keep the discount only for cars up to 160 hp; for a more powerful new car with a 1-2 litre engine the coefficient goes from 0.17 to 37.5.",
      "2025-10-20",
    );
    expect(found).toContainEqual(
      expect.objectContaining({ category: "personal-new-1-2l-gt160hp", old: 0.17, new: 37.5 }),
    );
  });
});

describe("a table of model prices beside the fee", () => {
  it("reads no rate from a table headed “New price”", () => {
    const found = rates(
      "Chinese brands raise prices\nThe distributors raise prices from January 1 because of the next indexation of the recycling fee.\nModel | New price | Change, rub.\nTank 300 | 4 999 000 | +100 000\nExeed LX | 2 990 000 | +50 000",
      "2025-12-24",
    );
    expect(found).toEqual([]);
  });

  it("reads no rate from rows naming models in Russian", () => {
    const found = rates(
      "Утильсбор и цены\nС 1 января утильсбор проиндексируют. Новые машины, руб.:\nМодель | Новые | Изменение\nChery Tiggo 4 | 2 149 000 | +30 000\nЛада Искра | 1 600 000 | +20 000",
      "2025-12-24",
    );
    expect(found).toEqual([]);
  });

  it("reads a fee table's rows (near miss: bands, not models)", () => {
    const found = rates(
      "Утильсбор с 1 января\nС 1 января утильсбор для новых машин с мотором 1–2 литра вырастет:\nМощность | 2025 | 2026\n160–190 л. с. | 750 000 | 900 000",
      "2025-12-24",
    );
    expect(found).toContainEqual(expect.objectContaining({ category: "new-1-2l-160-190hp", new: 900_000 }));
  });
});

describe("amounts in mixed units and the preference's band", () => {
  it("reads “на четверть миллиона” as no amount, and “…, в декабре было …” as the old level", () => {
    const found = rates(
      "Утильсбор вырос\nС 1 января утильсбор снова вырос. Подержанная машина с мотором 1–2 литра на 160–190 сил подорожала почти на четверть миллиона. Сбор за неё теперь составляет 1 млн 492,8 тыс. рублей, в декабре было 1,244 млн.",
      "2026-01-10",
    );
    expect(found).toContainEqual(
      expect.objectContaining({ category: "old-1-2l-160-190hp", old: 1_244_000, new: 1_492_800 }),
    );
    expect(found.some((r) => r.new === 1_000_000)).toBe(false);
  });

  it("reads “by half a million” as no amount, and “; last month it was” as the old level", () => {
    const found = rates(
      "Recycling fee up again\nFrom January 1 the recycling fee rose again. For a used car of 1-2 litres and 160-190 hp the fee went up by almost half a million. The fee for such a car is now 1,492,800 roubles; in December it was 1,244,000.",
      "2026-01-10",
    );
    expect(found).toContainEqual(
      expect.objectContaining({ category: "old-1-2l-160-190hp", old: 1_244_000, new: 1_492_800 }),
    );
    expect(found.some((r) => r.new === 500_000 || r.new === 1_000_000)).toBe(false);
  });

  it("reads “с 3400 до 750 тыс.” as 3 400 roubles risen to 750 000", () => {
    const found = rates(
      "Утильсбор для мощных машин\nС 1 декабря сбор за новую машину частника 1–2 литра мощностью 160–190 л. с. вырастет с 3400 до 750 тыс. рублей.",
      "2025-11-20",
    );
    expect(found).toContainEqual(
      expect.objectContaining({ category: "personal-new-1-2l-160-190hp", old: 3400, new: 750_000 }),
    );
  });

  it("reads a low-powered car's preference as the band up to 160 hp", () => {
    const found = rates(
      "Утильсбор вырос\nС 1 января утильсбор вырос для мощных машин. А тех, кто ввозит маломощный автомобиль для себя, индексация не затронула: по-прежнему 3,4 тыс. рублей за новый и 5,2 тыс. — за машину старше трёх лет.",
      "2026-01-10",
    );
    expect(found).toContainEqual(expect.objectContaining({ category: "personal-new-le160hp", old: 3400 }));
    expect(found).toContainEqual(expect.objectContaining({ category: "personal-old-le160hp", old: 5200 }));
  });

  it("reads “They still pay” after those spared as the preference up to 160 hp", () => {
    const found = rates(
      "Recycling fee up from January 1\nFrom January 1 the recycling fee for cars above 160 hp rose by a fifth. Individuals importing cars of up to 160 hp for their own use were spared. They still pay 3,400 roubles for a new car and 5,200 roubles for one older than three years.",
      "2026-01-05",
    );
    expect(found).toContainEqual(expect.objectContaining({ category: "personal-new-le160hp", old: 3400 }));
    expect(found).toContainEqual(expect.objectContaining({ category: "personal-old-le160hp", old: 5200 }));
  });
});

describe("another country that keeps its fee", () => {
  const keptBy = (text: string) =>
    plainFacts(text, "2025-11-07").filter((f) => f.jurisdiction === "BY" || f.jurisdiction === "KZ");

  it("reads “Belarus has decided to keep its recycling fee as it is” as a rule kept", () => {
    const found = keptBy(
      "Recycling fee in Russia rises\nFrom December 1 the recycling fee for a new 1-2 litre car of 160-190 hp is 750,000 roubles. Belarus has decided to keep its recycling fee as it is for now.",
    );
    expect(found).toContainEqual(
      expect.objectContaining({ kind: "policy", jurisdiction: "BY", action: "keeps", status: "adopted" }),
    );
    expect(found.some((f) => f.kind === "fee_policy")).toBe(false);
  });

  it("reads “Белоруссия решила оставить свой утильсбор без изменений” as a rule kept", () => {
    const found = keptBy(
      "Утильсбор в России вырос\nС 1 декабря утильсбор в России привязан к мощности: за новую машину 1–2 литра на 160–190 л. с. придётся отдать 750 тыс. рублей. Белоруссия тем временем решила оставить свой утильсбор без изменений.",
    );
    expect(found).toContainEqual(
      expect.objectContaining({ kind: "policy", jurisdiction: "BY", action: "keeps", status: "adopted" }),
    );
    expect(found.some((f) => f.kind === "fee_policy")).toBe(false);
  });

  it("keeps a raise abroad a fee change (near miss: others “keep the current rate”)", () => {
    const found = keptBy(
      "Recycling fee in Russia rises\nFrom December 1 the recycling fee for a new 1-2 litre car of 160-190 hp is 750,000 roubles. Kazakhstan plans to raise its recycling fee for cars from Russia, while cars from elsewhere keep the current rate.",
    );
    expect(found).toContainEqual(expect.objectContaining({ kind: "fee_policy", jurisdiction: "KZ" }));
    expect(found.some((f) => f.kind === "policy")).toBe(false);
  });
});

describe("the next step told of “the same new car”", () => {
  it("reads the next step's levels as risen from the rates before, in English", () => {
    const found = rates(
      "Recycling fee tied to power\nFrom December 1 the recycling fee depends on power. A new car of 1-2 litres and 160-190 hp pays 750,000 roubles, an older one 1,244,000 roubles. The decree also sets the next step: from January 1 the same new car will be charged 900,000 roubles, and one older than three years 1,492,800 roubles.",
      "2025-11-07",
    );
    expect(found).toContainEqual(
      expect.objectContaining({
        category: "new-1-2l-160-190hp",
        old: 750_000,
        new: 900_000,
        from: "2026-01-01",
      }),
    );
    expect(found).toContainEqual(
      expect.objectContaining({ category: "old-1-2l-160-190hp", old: 1_244_000, new: 1_492_800 }),
    );
  });

  it("reads the next step's level as risen from the rate before, in Russian", () => {
    const found = rates(
      "Утильсбор привязали к мощности\nС 1 декабря за новую машину 1–2 литра мощностью 160–190 л. с. утильсбор составит 750 тыс. рублей. Следующий шаг назначен на 1 января: тогда за такую же машину придётся заплатить 900 тыс. рублей.",
      "2025-11-07",
    );
    expect(found).toContainEqual(
      expect.objectContaining({
        category: "new-1-2l-160-190hp",
        old: 750_000,
        new: 900_000,
        from: "2026-01-01",
      }),
    );
  });
});
