// Recycling-fee rates in forms written by others that went unread (sentences written for this test,
// after the forms of real pages): tables with a border of pipes, a rule row and the units in the
// header ("кВт | ЛС | 0-3 лет | 3-5 лет"), tables with a column per year, lists keyed by year, an
// engine told in cubic centimetres beside the amounts, multipliers called a "ratio" with the amounts
// told "in the first case … in the second", and the fee's other names in translated reprints.
import { describe, expect, it } from "vitest";
import { ingestVocabulary, readArticle } from "../../../domain/ingest/extract.ts";

const rates = (text: string) =>
  readArticle(text, ingestVocabulary([])).facts.flatMap((f) =>
    f.kind === "recycling_fee"
      ? [`${f.category} ${f.old ?? "-"}→${f.new}${f.unit === "coefficient" ? "x" : ""} ${f.from ?? "null"}`]
      : [],
  );

describe("tables in the forms of real pages", () => {
  it("reads a bordered table with a rule row, the power unit in the header and ages as spans of years", () => {
    const found = rates(
      [
        "date: 2026-01-12",
        "Сколько теперь стоит утильсбор",
        "Свели в таблицу суммы утильсбора с 1 января 2026 года для машин с мотором от 1 до 2 литров.",
        "| кВт | л.с. | Сумма, ₽ (0–3 года) | Сумма, ₽ (3–5 лет) |",
        "|---|---|---|---|",
        "| 117,7–139,7 | 160–190 | 900 000 | 1 492 800 |",
        "| 139,8–161,8 | 190–220 | 952 800 | 1 584 000 |",
      ].join("\n"),
    );
    expect(found).toEqual([
      "new-1-2l-160-190hp -→900000 2026-01-01",
      "old-1-2l-160-190hp -→1492800 2026-01-01",
      "new-1-2l-190-220hp -→952800 2026-01-01",
      "old-1-2l-190-220hp -→1584000 2026-01-01",
    ]);
  });

  it("takes a column headed by a year for that year's rate, not the year for an amount", () => {
    const found = rates(
      [
        "date: 2025-11-20",
        "Recycling fee by year",
        "The recycling fee for new cars with 1-2 litre engines will rise every year, in rubles:",
        "Power | 2026 | 2027 | 2028",
        "160-190 hp | 900,000 | 1,035,000 | 1,138,500",
      ].join("\n"),
    );
    expect(found).toEqual([
      "new-1-2l-160-190hp -→900000 2026-01-01",
      "new-1-2l-160-190hp 900000→1035000 2027-01-01",
      "new-1-2l-160-190hp 1035000→1138500 2028-01-01",
    ]);
  });
});

describe("lists keyed by year", () => {
  it("reads each item of a list under a heading that names the category, dated by its year", () => {
    const found = rates(
      [
        "date: 2025-11-20",
        "Утильсбор будет расти каждый год",
        "Для новых машин с мотором 1–2 литра мощностью 160–190 л. с. утильсбор составит:",
        "— 2026 год — 900 тыс. руб.;",
        "— 2027 год — 1,035 млн руб.;",
        "— в 2028 году — 1,1385 млн руб.",
      ].join("\n"),
    );
    expect(found).toEqual([
      "new-1-2l-160-190hp -→900000 2026-01-01",
      "new-1-2l-160-190hp 900000→1035000 2027-01-01",
      "new-1-2l-160-190hp 1035000→1138500 2028-01-01",
    ]);
  });

  it("reads a bare year before a dash in an English list", () => {
    const found = rates(
      [
        "date: 2025-11-20",
        "Utilization fee schedule",
        "For a new car with a 1-2 litre engine and 160-190 hp the utilization fee will be:",
        "2026 — 900,000 rubles;",
        "2027 — 1,035,000 rubles.",
      ].join("\n"),
    );
    expect(found).toEqual([
      "new-1-2l-160-190hp -→900000 2026-01-01",
      "new-1-2l-160-190hp 900000→1035000 2027-01-01",
    ]);
  });
});

describe("figures of a band beside the amounts", () => {
  it("takes no engine displacement in cubic centimetres for the old value", () => {
    const found = rates(
      "date: 2025-12-01\nRecycling fee up\nFrom December 1 the recycling fee for new cars with engines of 1,000 to 2,000 cc and 190-220 hp rose to 794,000 rubles against 667,400 rubles before.",
    );
    expect(found).toEqual(["new-1-2l-190-220hp 667400→794000 2025-12-01"]);
  });
});

describe("multipliers told as a ratio", () => {
  it("reads a 'ratio' per age and the amounts told 'in the first case … in the second'", () => {
    const found = rates(
      "date: 2019-05-01\nRecycling fee for private importers\nFor a car brought in by an individual for personal use the utilization fee is counted from a base rate of 20,000 rubles with a ratio of 0.17 for a new car and 0.26 for a car older than three years. So in the first case the owner pays 3,400 rubles, and in the second 5,200 rubles.",
    );
    expect(found).toEqual(
      expect.arrayContaining([
        "personal-new -→0.17x null",
        "personal-old -→0.26x null",
        "personal-new -→3400 null",
        "personal-old -→5200 null",
      ]),
    );
  });
});

describe("the fee's names in translated reprints", () => {
  it("reads a 'disposal rate', a 'scrapping duty' and a 'salvage fee' as the recycling fee", () => {
    for (const name of ["disposal rate", "scrapping duty", "salvage fee"]) {
      const found = rates(
        `date: 2025-12-01\nCars get dearer\nFrom December 1 the ${name} for a new car with a 1-2 litre engine of 190-220 hp is 794,000 rubles.`,
      );
      expect(found).toEqual(["new-1-2l-190-220hp -→794000 2025-12-01"]);
    }
  });
});

describe("multipliers and bands told item by item", () => {
  it("gives each multiplier of a list the band told beside it", () => {
    expect(
      rates(
        "date: 2025-11-28\nКоэффициенты утильсбора на 2026 год\nКоэффициенты для новых машин с мотором 1–2 литра:\n160–190 л.с. — 45;\n190–220 л.с. — 47,64.",
      ),
    ).toEqual(["new-1-2l-160-190hp -→45x null", "new-1-2l-190-220hp -→47.64x null"]);
    expect(
      rates(
        "date: 2025-11-28\nRecycling fee multipliers\nFor new cars with a 1-2 litre engine the recycling fee coefficients will be 45 for 160-190 hp and 47.64 for 190-220 hp.",
      ),
    ).toEqual(["new-1-2l-160-190hp -→45x null", "new-1-2l-190-220hp -→47.64x null"]);
  });

  it("reads a list whose first item carries the lead-in's age and engine", () => {
    expect(
      rates(
        "date: 2025-12-01\nCar import costs\nFrom December 1, recycling fee: new cars, 1-2 l, 160-190 hp — RUB 750,000; 190-220 hp — RUB 794,000.",
      ),
    ).toEqual(["new-1-2l-160-190hp -→750000 2025-12-01", "new-1-2l-190-220hp -→794000 2025-12-01"]);
  });
});

describe("bands in the words of the decree", () => {
  it("reads “свыше …, но не более …” for the engine and the power", () => {
    expect(
      rates(
        "date: 2025-12-01\nУтильсбор по новой шкале\nС 1 декабря утильсбор на новый автомобиль с рабочим объёмом двигателя свыше 1 л, но не более 2 л, мощностью свыше 160, но не более 190 л. с. составит 750 тыс. руб.",
      ),
    ).toEqual(["new-1-2l-160-190hp -→750000 2025-12-01"]);
  });

  it("takes no bound of a displacement in cubic centimetres for a year", () => {
    expect(
      rates(
        "date: 2025-12-01\nУтильсбор по новой шкале\nС 1 декабря утильсбор на новую машину объёмом от 1000 до 2000 куб. см и мощностью от 160 до 190 л. с. — 750 тыс. руб.",
      ),
    ).toEqual(["new-1-2l-160-190hp -→750000 2025-12-01"]);
  });
});

describe("the private importer in other words", () => {
  it("takes one who brings a car from abroad for a private importer, and a list of bands in their passage for theirs", () => {
    expect(
      rates(
        "date: 2025-12-02\nУтильсбор вырос\nС 1 декабря утильсбор считают по мощности. Тем, кто везёт машину из-за границы сам, льгота остаётся только до 160 л.с.\nНовая машина 1–2 л: 160–190 л.с. — 750 тыс. руб.; 190–220 л.с. — 794 тыс. руб.",
      ),
    ).toEqual([
      "personal-new-1-2l-160-190hp -→750000 2025-12-01",
      "personal-new-1-2l-190-220hp -→794000 2025-12-01",
    ]);
    expect(
      rates(
        "date: 2025-12-02\nThe recycling fee has changed\nFrom December 1 the recycling fee depends on power. Russians who bring a car from abroad themselves keep the privilege only up to 160 hp.\nNew cars, 1-2 l: 160-190 hp — 750,000 rubles; 190-220 hp — 794,000 rubles.",
      ),
    ).toEqual([
      "personal-new-1-2l-160-190hp -→750000 2025-12-01",
      "personal-new-1-2l-190-220hp -→794000 2025-12-01",
    ]);
  });

  it("takes a rate of 3 400 or 5 200 roubles for the private importer's, though no payer is named", () => {
    expect(
      rates(
        "date: 2025-12-01\nУтильсбор с 1 декабря\nС 1 декабря утильсбор зависит от мощности. Машина до 160 л.с.: новая — 3 400 руб., старше трёх лет — 5 200 руб.",
      ),
    ).toEqual(["personal-new-le160hp -→3400 2025-12-01", "personal-old-le160hp -→5200 2025-12-01"]);
  });
});

describe("the old value in other forms", () => {
  const head = "date: 2025-12-20\nУтильсбор с 1 января\n";
  const fee = "утильсбор на новую машину 1–2 л мощностью 160–190 л.с.";
  it("reads an arrow, “до Y с X”, a bracket told as now and a step told by “на”", () => {
    for (const text of [
      `С 1 января ${fee}: 750 тыс. → 900 тыс. руб.`,
      `С 1 января ${fee} вырастет в 1,2 раза — до 900 тыс. руб. с 750 тыс. руб.`,
      `С 1 января ${fee} увеличится на 150 тыс. — до 900 тыс. руб. (сейчас 750 тыс.).`,
      `С 1 января ${fee} поднимется до 900 тыс. руб., тогда как в декабре он составлял 750 тыс. руб.`,
    ])
      expect(rates(head + text)).toEqual(["new-1-2l-160-190hp 750000→900000 2026-01-01"]);
  });

  it("reads “while until now it has been” in a translated reprint", () => {
    expect(
      rates(
        "date: 2025-12-20\nRecycling fee from January\nFrom January 1, a new car with a 1-2 litre engine and 160-190 hp will carry a recycling fee of 900,000 rubles, while until now it has been 750,000 rubles.",
      ),
    ).toEqual(["new-1-2l-160-190hp 750000→900000 2026-01-01"]);
  });

  it("takes a short sentence on the level until now for the old value of the rate just told", () => {
    expect(rates(`${head}С 1 января ${fee} составит 900 тыс. руб. Сейчас — 750 тыс.`)).toEqual([
      "new-1-2l-160-190hp 750000→900000 2026-01-01",
    ]);
    expect(
      rates(
        "date: 2024-09-30\nУтильсбор с 1 октября\nУтильсбор для машин старше трёх лет с мотором 1–2 л с 1 октября — 963,8 тыс. руб. Ранее было 528,8 тыс. руб.",
      ),
    ).toEqual(["old-1-2l 528800→963800 2024-10-01"]);
    // Not a price told as today's.
    expect(
      rates(
        `${head}С 1 января ${fee} составит 900 тыс. руб. Сейчас средняя цена такой машины — 3,2 млн руб.`,
      ),
    ).toEqual(["new-1-2l-160-190hp -→900000 2026-01-01"]);
  });
});

describe("engines, ages and amounts in short forms", () => {
  it("reads “полуторалитровый”, “двухлитровый” and “one-to-two-litre” as the 1–2 litre band", () => {
    for (const car of ["полуторалитровую новинку", "новый двухлитровый седан"])
      expect(
        rates(
          `date: 2025-12-01\nУтильсбор вырос\nС 1 декабря утильсбор за ${car} мощностью 190–220 л.с. — 794 тыс. руб.`,
        ),
      ).toEqual(["new-1-2l-190-220hp -→794000 2025-12-01"]);
    expect(
      rates(
        "date: 2025-12-01\nRecycling fee up\nFrom December 1 the recycling fee on new cars with one-to-two-litre engines of 190-220 hp is 794,000 rubles.",
      ),
    ).toEqual(["new-1-2l-190-220hp -→794000 2025-12-01"]);
  });

  it("reads an age told as a span of years in figures for the older car of the band just told", () => {
    expect(
      rates(
        "date: 2024-10-01\nRecycling fee raised\nFor autos under 3 years of age with a 1-2 liter motor the recycling fee amounts to 667,400 rubles starting October 1. Cars aged 3 to 5 years will be charged 1,174,000 rubles.",
      ),
    ).toEqual(["new-1-2l -→667400 2024-10-01", "old-1-2l -→1174000 2024-10-01"]);
  });

  it("takes “тыс.” and “млн” without a currency in a fee sentence for roubles, but not a count", () => {
    expect(
      rates(
        "date: 2025-11-20\nУтильсбор с 1 декабря\nС 1 декабря утильсбор на машину старше трёх лет с мотором 1–2 л мощностью 160–190 л.с. составит 1,244 млн.",
      ),
    ).toEqual(["old-1-2l-160-190hp -→1244000 2025-12-01"]);
    expect(
      rates(
        "date: 2025-11-20\nУтильсбор с 1 декабря\nС 1 декабря утильсбор вырос, и за месяц новых машин с мотором 1–2 л ввезли 45 тыс. штук.",
      ),
    ).toEqual([]);
  });
});
