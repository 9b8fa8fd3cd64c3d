// Recycling-fee rates told apart (sentences written for this test, after the forms of real pages and
// their machine-translated reprints): lists with a hyphen or a dash for a bullet, the old level told
// in a sentence of its own after the new one, a next step of a list told in the sentence after it, a
// start told by a verb after the day, and the private importer's rate after a company's.
import { describe, expect, it } from "vitest";
import { ingestVocabulary, readArticle } from "../../../domain/ingest/extract.ts";

const rates = (text: string) =>
  readArticle(text, ingestVocabulary([])).facts.flatMap((f) =>
    f.kind === "recycling_fee"
      ? [`${f.category} ${f.old ?? "-"}→${f.new}${f.unit === "coefficient" ? "x" : ""} ${f.from ?? "null"}`]
      : [],
  );

describe("lists with a hyphen or a dash for a bullet", () => {
  it("reads each item under a heading that names the age and the engine", () => {
    const found = rates(
      [
        "date: 2025-11-14",
        "What the recycling fee will be in December",
        "Starting December 1, the recycling fee on new passenger cars with engines from 1 to 2 liters will be:",
        "- 160-190 hp: 750 thousand rubles;",
        "- 190-220 hp: 794 thousand rubles;",
        "- 220-250 hp: 842 thousand rubles.",
      ].join("\n"),
    );
    expect(found).toEqual([
      "new-1-2l-160-190hp -→750000 2025-12-01",
      "new-1-2l-190-220hp -→794000 2025-12-01",
      "new-1-2l-220-250hp -→842000 2025-12-01",
    ]);
  });

  it("keeps the heading's age for the items after the private importer's", () => {
    const found = rates(
      [
        "date: 2025-11-14",
        "Новые ставки утильсбора",
        "С 1 декабря утильсбор на новые легковушки с мотором от 1 до 2 литров будет таким:",
        "— до 160 л. с. — 3,4 тыс. рублей для физлиц;",
        "— 160–190 л. с. — 750 тыс. рублей;",
        "— 190–220 л. с. — 794 тыс. рублей.",
      ].join("\n"),
    );
    expect(found).toEqual([
      "personal-new-le160hp -→3400 2025-12-01",
      "new-1-2l-160-190hp -→750000 2025-12-01",
      "new-1-2l-190-220hp -→794000 2025-12-01",
    ]);
  });
});

describe("the old level told in a sentence of its own", () => {
  it("takes the level a pronoun says it had for the old value (Russian)", () => {
    const found = rates(
      [
        "date: 2026-01-12",
        "Утильсбор проиндексировали",
        "С 1 января сбор на новую машину с мотором 1–2 литра мощностью 160–190 л. с. поднялся до 900 тыс. рублей.",
        "В декабре он составлял 750 тыс. рублей.",
      ].join("\n"),
    );
    expect(found).toEqual(["new-1-2l-160-190hp 750000→900000 2026-01-01"]);
  });

  it("takes the level a pronoun says it had for the old value (English)", () => {
    const found = rates(
      [
        "date: 2026-01-12",
        "Utilization fee indexed",
        "From January 1 the utilization fee on a new car with a 1-2 liter engine of 160-190 hp went up to 900 thousand rubles.",
        "Last month it stood at 750 thousand rubles.",
      ].join("\n"),
    );
    expect(found).toEqual(["new-1-2l-160-190hp 750000→900000 2026-01-01"]);
  });
});

describe("the next step of a list, told in the sentence after it", () => {
  it("rises from each item of a list told in one sentence (Russian)", () => {
    const found = rates(
      [
        "date: 2024-09-27",
        "Утильсбор снова вырастет",
        "С 1 октября утильсбор на новые машины с двигателем от 1 до 2 литров составит 667,4 тыс. рублей, на машины старше трёх лет — 1,174 млн рублей.",
        "С 1 января 2025 года эти суммы увеличатся до 857,4 тыс. и 1,31 млн рублей.",
      ].join("\n"),
    );
    expect(found).toEqual([
      "new-1-2l -→667400 2024-10-01",
      "old-1-2l -→1174000 2024-10-01",
      "new-1-2l 667400→857400 2025-01-01",
      "old-1-2l 1174000→1310000 2025-01-01",
    ]);
  });

  it("rises from items told one per sentence (English)", () => {
    const found = rates(
      [
        "date: 2024-09-27",
        "The disposal fee goes up again",
        "The disposal fee for new cars with engine volume from 1 to 2 liters grows from October 1 to 667.4 thousand rubles.",
        "For the cars older than 3 years it reaches 1.174 million rubles.",
        "The next indexation is due from January 1, 2025: then the figures will be 857.4 thousand and 1.31 million rubles.",
      ].join("\n"),
    );
    expect(found).toEqual([
      "new-1-2l -→667400 2024-10-01",
      "old-1-2l -→1174000 2024-10-01",
      "new-1-2l 667400→857400 2025-01-01",
      "old-1-2l 1174000→1310000 2025-01-01",
    ]);
  });
});

describe("starts told otherwise", () => {
  it("dates the rates by the day a verb of coming into force follows", () => {
    const ru = rates(
      [
        "date: 2025-11-30",
        "Утильсбор меняется завтра",
        "Завтра, 1 декабря, начинают действовать новые правила расчёта утильсбора.",
        "Для новой машины с мотором 1–2 литра мощностью 160–190 л. с. сбор составит 750 тыс. рублей.",
      ].join("\n"),
    );
    const en = rates(
      [
        "date: 2025-11-30",
        "The recycling collection changes tomorrow",
        "Tomorrow, December 1, the new method of calculating the recycling collection comes into force.",
        "For a new car with a 1-2 liter engine and 160-190 hp the collection will make 750 thousand rubles.",
      ].join("\n"),
    );
    expect(ru).toEqual(["new-1-2l-160-190hp -→750000 2025-12-01"]);
    expect(en).toEqual(["new-1-2l-160-190hp -→750000 2025-12-01"]);
  });

  it("takes 'since' a day as the start", () => {
    const found = rates(
      [
        "date: 2026-01-15",
        "Recycling fee coefficients raised",
        "Since January 1, 2026, the coefficient for new cars with 1-2 liter engines and 160-190 hp has grown from 37.5 to 45.",
      ].join("\n"),
    );
    expect(found).toEqual(["new-1-2l-160-190hp 37.5→45x 2026-01-01"]);
  });
});

describe("the private importer's rate after a company's", () => {
  it("does not carry the age and engine of the rate before to the preferential one", () => {
    const found = rates(
      [
        "date: 2025-11-30",
        "Утильсбор с декабря",
        "С 1 декабря для машин объёмом от 1 до 2 литров старше трёх лет мощностью 160–190 л. с. сбор составит 1,24 млн рублей.",
        "Для граждан льготная ставка 3400 рублей остаётся для машин до 160 л. с.",
      ].join("\n"),
    );
    expect(found).toEqual([
      "old-1-2l-160-190hp -→1240000 2025-12-01",
      "personal-le160hp 3400→3400 2025-12-01",
    ]);
  });
});

describe("rates told in bare thousands in English reprints", () => {
  it("reads a change told in thousands with no currency in a sentence on the fee", () => {
    const fromTo = rates(
      [
        "date: 2024-09-27",
        "Recycling fee up from October",
        "From October 1, the recycling fee for new cars with 1-2 liter engines will increase from 300.6 thousand to 667.4 thousand.",
      ].join("\n"),
    );
    const instead = rates(
      [
        "date: 2024-09-27",
        "Utilsbor for new cars will grow",
        "The utilsbor for a new car with an engine of 1 to 2 liters will be 667.4 thousand from October 1 instead of 300.6 thousand.",
      ].join("\n"),
    );
    expect(fromTo).toEqual(["new-1-2l 300600→667400 2024-10-01"]);
    expect(instead).toEqual(["new-1-2l 300600→667400 2024-10-01"]);
  });

  it("does not take a count of cars in thousands for a rate", () => {
    const found = rates(
      [
        "date: 2025-11-20",
        "Private imports before the recycling fee rise",
        "Ahead of the recycling fee increase, individuals imported about 37 thousand cars with engines of 1-2 liters in October, up from 24 thousand in September.",
      ].join("\n"),
    );
    expect(found).toEqual([]);
  });
});

describe("bands, payers and levels told in other words", () => {
  it("takes a power band told from one above its edge for that band", () => {
    const found = rates(
      [
        "date: 2025-11-20",
        "Утильсбор с 1 декабря",
        "С 1 декабря утильсбор на новую машину с мотором 1–2 литра мощностью от 161 до 190 л. с. составит 750 тыс. рублей.",
      ].join("\n"),
    );
    expect(found).toEqual(["new-1-2l-160-190hp -→750000 2025-12-01"]);
  });

  it("reads 'natural persons' and 'private importers' as the private importer", () => {
    const natural = rates(
      [
        "date: 2025-11-20",
        "Utilization fee for natural persons",
        "From December 1, natural persons importing new cars up to 160 hp keep the utilization fee of 3,400 rubles.",
      ].join("\n"),
    );
    const importers = rates(
      [
        "date: 2025-11-20",
        "Utilization fee for private importers",
        "From December 1, private car importers of new cars up to 160 hp keep the utilization fee of 3,400 rubles.",
      ].join("\n"),
    );
    expect(natural).toEqual(["personal-new-le160hp 3400→3400 2025-12-01"]);
    expect(importers).toEqual(["personal-new-le160hp 3400→3400 2025-12-01"]);
  });

  it("takes the level 'versus' the new one for the old value", () => {
    const found = rates(
      [
        "date: 2024-09-20",
        "Recycling fee from October 1",
        "From October 1 the recycling fee for new 1-2 liter cars will be 667,400 rubles versus 300,600 rubles today.",
      ].join("\n"),
    );
    expect(found).toEqual(["new-1-2l 300600→667400 2024-10-01"]);
  });

  it("reads a multiplier that rises after a date told before it", () => {
    const found = rates(
      [
        "date: 2024-12-20",
        "Коэффициенты утильсбора вырастут",
        "Коэффициент утильсбора для новых машин 1–2 литра с 1 января 2025 года поднимется с 33,37 до 42,87.",
      ].join("\n"),
    );
    expect(found).toEqual(["new-1-2l 33.37→42.87x 2025-01-01"]);
  });

  it("reads a rate the private importer continues to pay, or that is retained, as one that stays", () => {
    const pay = rates(
      [
        "date: 2025-11-25",
        "Recycling fee from December 1",
        "From December 1, individuals will continue to pay a recycling fee of 3.4 thousand rubles for new cars up to 160 hp.",
      ].join("\n"),
    );
    const retained = rates(
      [
        "date: 2025-11-25",
        "Utilization fee from December 1",
        "From December 1, the preferential utilization fee of 3,400 rubles is retained for individuals importing new cars with up to 160 hp.",
      ].join("\n"),
    );
    expect(pay).toEqual(["personal-new-le160hp 3400→3400 2025-12-01"]);
    expect(retained).toEqual(["personal-new-le160hp 3400→3400 2025-12-01"]);
  });
});

describe("a level risen to, told without the one it rises from", () => {
  it("rises from the rate of its category told before with an earlier start", () => {
    const found = rates(
      [
        "date: 2026-11-20",
        "Утильсбор: что будет в 2027 году",
        "Сейчас для новой машины с мотором 1–2 литра мощностью 160–190 л. с. сбор составляет 900 тыс. рублей, для машины старше трёх лет — 1 492 800 рублей.",
        "Следующий шаг намечен на 1 января 2027 года: тогда сбор для новой машины с мотором 1–2 литра мощностью 160–190 л. с. поднимется до 1 035 000 рублей, а для машины старше трёх лет — до 1 716 700 рублей.",
      ].join("\n"),
    );
    expect(found).toContain("new-1-2l-160-190hp 900000→1035000 2027-01-01");
    expect(found).toContain("old-1-2l-160-190hp 1492800→1716700 2027-01-01");
  });
});

describe("an article on private importers", () => {
  it("keeps the private importer's categories through a heading, a list of ages and a next step", () => {
    const found = rates(
      [
        "Utilsbor for private importers: what they pay now",
        "The preferential rates stay only for cars up to 160 horse powers that citizens bring for their own use.",
        "For a new car it is as before 3,4 thousand rubles, for a car older than three years - 5,2 thousand rubles.",
        "In coefficients that is still 0,17 and 0,26 of the base rate.",
        "Above 160 horses, for a new car with a 1-2 liter engine and 160-190 hp the utilsbor makes 750 thousand rubles (coefficient 37,5), and for the same car older than three years - 1 million 244 thousand rubles.",
        "The next indexation is already set: from 1 January the new car of 160-190 hp will pay 900 thousand rubles instead of 750 thousand, and the used car 1 492 800 rubles against 1 244 000 now.",
      ].join("\n"),
    );
    expect(found).toEqual([
      "personal-new-le160hp 3400→3400 null",
      "personal-old-le160hp 5200→5200 null",
      "personal-new-le160hp 0.17→0.17x null",
      "personal-old-le160hp 0.26→0.26x null",
      "personal-new-1-2l-160-190hp -→37.5x null",
      "personal-new-1-2l-160-190hp -→750000 null",
      "personal-old-1-2l-160-190hp -→1244000 null",
      "personal-new-1-2l-160-190hp 750000→900000 null",
      "personal-old-1-2l-160-190hp 1244000→1492800 null",
    ]);
  });
});

describe("changes told 'instead of' one after another", () => {
  it("reads each pair joined by 'and' or 'а' with the age its part names", () => {
    const en = rates(
      [
        "date: 2024-10-03",
        "Recycling fee jumps",
        "From October 1, a new car with a 1-2 litre engine pays a recycling fee of 667,400 roubles instead of 300,600, and a used one 1,174,000 roubles instead of 528,800.",
      ].join("\n"),
    );
    const ru = rates(
      [
        "date: 2024-10-03",
        "Утильсбор вырос",
        "С 1 октября за новую машину с мотором 1–2 литра платят утильсбор 667 400 рублей вместо 300 600, а за машину старше трёх лет — 1 174 000 рублей вместо 528 800.",
      ].join("\n"),
    );
    expect(en).toEqual(["new-1-2l 300600→667400 2024-10-01", "old-1-2l 528800→1174000 2024-10-01"]);
    expect(ru).toEqual(["new-1-2l 300600→667400 2024-10-01", "old-1-2l 528800→1174000 2024-10-01"]);
  });
});

describe("the category of a rate told beside other figures", () => {
  it("does not take a rate for the base rate when the base rate is told in another clause", () => {
    const found = rates(
      [
        "date: 2024-10-02",
        "Recycling fee up almost fourfold",
        "For a new car with a 1-2 litre engine the fee paid by importers rose from 178,400 roubles to 667,400 roubles; the multiplier of the base rate went from 8.92 to 33.37.",
      ].join("\n"),
    );
    expect(found).toEqual(["new-1-2l 8.92→33.37x null", "new-1-2l 178400→667400 null"]);
  });

  it("reads the 2–3 litre band", () => {
    const ru = rates(
      [
        "date: 2024-10-02",
        "Утильсбор вырос",
        "С 1 октября для новых машин с двигателем от 2 до 3 литров утильсбор вырос с 281 600 до 1 174 000 рублей.",
      ].join("\n"),
    );
    const en = rates(
      [
        "date: 2024-10-02",
        "Recycling fee up",
        "From October 1 the recycling fee on used cars with 2-3 litre engines rose from 480,200 to 1,875,400 roubles.",
      ].join("\n"),
    );
    expect(ru).toEqual(["new-2-3l 281600→1174000 2024-10-01"]);
    expect(en).toEqual(["old-2-3l 480200→1875400 2024-10-01"]);
  });

  it("takes 'не X, а Y' and 'not X but Y' for the old and the new level", () => {
    const ru = rates(
      [
        "date: 2025-12-01",
        "Утильсбор для физлиц",
        "С 1 декабря физлицо, которое везёт для себя новую машину с мотором 1–2 литра на 175 л. с., заплатит утильсбор уже не 3 400 рублей, а 750 000.",
      ].join("\n"),
    );
    const en = rates(
      [
        "date: 2025-12-01",
        "Recycling fee for individuals",
        "From December 1 an individual bringing in a new 175 hp car with a 1-2 liter engine for personal use will pay a recycling fee not of 3,400 rubles but of 750,000 rubles.",
      ].join("\n"),
    );
    expect(ru).toEqual(["personal-new-1-2l-160-190hp 3400→750000 2025-12-01"]);
    expect(en).toEqual(["personal-new-1-2l-160-190hp 3400→750000 2025-12-01"]);
  });
});

describe("distractors beside the fee", () => {
  it("does not take an average price told beside the fee for a rate", () => {
    const found = rates(
      [
        "date: 2024-08-14",
        "New cars keep creeping up",
        "The average price of a new car reached 2.97 million roubles in July, and dealers expect more as the recycling fee for new cars rises.",
        "From October 1 the fee for a new car with a 1-2 litre engine will rise to 667,400 roubles from 300,600 roubles.",
      ].join("\n"),
    );
    expect(found).toEqual(["new-1-2l 300600→667400 2024-10-01"]);
  });

  it("does not take a page's footer row for a rate", () => {
    const found = rates(
      [
        "date: 2024-10-02",
        "Recycling fee up",
        "Private buyers importing a car for their own use keep the recycling fee of 3,400 roubles for a new car with an engine up to three litres.",
        "Author: Editorial staff | 02.10.2024 | Views: 5 230",
      ].join("\n"),
    );
    expect(found).toEqual(["personal-new-le3l 3400→3400 null"]);
  });
});

describe("a rate that stays, told after the next step", () => {
  it("stays from the article's start, not from the next step's", () => {
    const ru = rates(
      [
        "date: 2024-09-28",
        "Утильсбор вырастет с 1 октября",
        "С 1 октября утильсбор на новые машины с мотором 1–2 литра вырастет с 300 600 до 556 200 рублей.",
        "Следующий этап предусмотрен с 1 января 2025 года: тогда для таких машин сбор поднимется до 667 400 рублей.",
        "Граждане, ввозящие машину для себя, как и прежде заплатят льготные 3,4 тыс. рублей за новую машину.",
      ].join("\n"),
    );
    const en = rates(
      [
        "date: 2024-09-28",
        "The utilsbor grows from October 1",
        "From October 1 the utilsbor for a new car with a 1-2 liter engine will make 556.2 thousand rubles instead of 300.6 thousand rubles.",
        "The next indexation is already set: from January 1, 2025 for such a car it will be necessary to pay 667.4 thousand rubles.",
        "Physical persons importing a car for personal use pay, as before, 3.4 thousand rubles for a new car.",
      ].join("\n"),
    );
    for (const found of [ru, en]) {
      expect(found).toContain("new-1-2l 300600→556200 2024-10-01");
      expect(found).toContain("new-1-2l 556200→667400 2025-01-01");
      expect(found).toContain("personal-new 3400→3400 2024-10-01");
    }
  });
});

describe("a table with a column of the levels until now", () => {
  it("takes the column of today's levels for the old values of the column after it", () => {
    const ru = rates(
      [
        "date: 2025-11-27",
        "Утильсбор: сколько платить",
        "Утильсбор на новые машины с мотором 1–2 литра:",
        "| Мощность | Сейчас | С 1 декабря |",
        "| 160–190 л. с. | 667,4 тыс. | 750 тыс. |",
        "| 190–220 л. с. | 667,4 тыс. | 794 тыс. |",
      ].join("\n"),
    );
    const en = rates(
      [
        "date: 2025-11-27",
        "Recycling fee: the table",
        "Recycling fee for new cars with a 1-2 litre engine, rubles:",
        "Power | Until November 30 | From December 1",
        "160-190 hp | 667,400 | 750,000",
        "190-220 hp | 667,400 | 794,000",
      ].join("\n"),
    );
    for (const found of [ru, en])
      expect(found).toEqual([
        "new-1-2l-160-190hp 667400→750000 2025-12-01",
        "new-1-2l-190-220hp 667400→794000 2025-12-01",
      ]);
  });
});

describe("starts told by a month or a year in other words", () => {
  it("takes 'с начала декабря' and a month of a future rise for the month's first day", () => {
    const start = rates(
      [
        "date: 2025-11-25",
        "Утильсбор снова растёт",
        "С начала декабря утильсбор на новую машину с мотором 1–2 л мощностью 160–190 л. с. составит 750 тыс. рублей.",
      ].join("\n"),
    );
    const future = rates(
      [
        "date: 2025-11-25",
        "Утильсбор в декабре",
        "В декабре утильсбор на новую машину с мотором 1–2 л мощностью 160–190 л. с. вырастет до 750 тыс. рублей.",
      ].join("\n"),
    );
    expect(start).toEqual(["new-1-2l-160-190hp -→750000 2025-12-01"]);
    expect(future).toEqual(["new-1-2l-160-190hp -→750000 2025-12-01"]);
  });

  it("dates an amount told 'as early as' a year to that year", () => {
    const found = rates(
      [
        "date: 2024-05-20",
        "Deputies want a higher recycling fee",
        "For new cars with 1-2 liter engines, deputies propose to raise the recycling fee from 300.6 to 556.1 thousand rubles as early as 2024, and then to 1.17 million rubles by 2030.",
      ].join("\n"),
    );
    expect(found).toEqual(["new-1-2l 300600→556100 2024-01-01", "new-1-2l 556100→1170000 2030-01-01"]);
  });
});
