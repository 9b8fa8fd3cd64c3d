// The number and date layer (domain/language/): sentences written for these tests.
import { describe, expect, it } from "vitest";
import { articleDateOf, findDates, findPeriods } from "../../../domain/language/dates.ts";
import { findQuantities } from "../../../domain/language/numbers.ts";

const first = (s: string) => findQuantities(s)[0];

describe("numbers", () => {
  it("reads a dot grouping thousands before roubles or points, and keeps it a decimal point elsewhere", () => {
    expect(first("Подержанный седан продавали за 680.000 рублей.")?.value).toBe(680_000);
    expect(first("The crossover now needs 4.200 points.")?.value).toBe(4_200);
    expect(first("Утильсбор — 5.200 руб. для частных лиц.")?.value).toBe(5_200);
    expect(first("The key rate stood at 16.500% for a while.")?.value).toBe(16.5);
    expect(first("A sedan lists at 2.450 million rubles.")?.value).toBe(2_450_000);
  });

  it.each([
    ["Хэтчбек обойдётся в 2 млн 470 тыс. рублей.", 2_470_000],
    ["The sedan lists at 4 million 250 thousand rubles.", 4_250_000],
    ["Кроссовер стоит 1 млн 045 тыс. руб.", 1_045_000],
    ["Средний чек — 2,73 млн рублей.", 2_730_000],
    ["The plant scored 6,300 points.", 6_300],
    ["Пошлина составит 412 800 рублей.", 412_800],
    ["Version two costs 2.15 million.", 2_150_000],
    ["It sells for 880 thousands rubles.", 880_000],
    ["Версия стоит двух миллионов и семи тысяч рублей.", 2_007_000],
    ["The base car is two million and ten thousand rubles.", 2_010_000],
    ["Сборка даёт восьми тысяч баллов.", 8_000],
  ])("%s", (sentence, value) => {
    expect(first(sentence)?.value).toBe(value);
  });

  it("reads a lone «т» as tonnes, not as a thousand of its own", () => {
    const values = (s: string) => findQuantities(s).map((q) => q.value);
    expect(values("Фургон массой до 3,5 т набирает 2 900 баллов.")).toEqual([3.5, 2_900]);
    expect(values("Грузовики свыше 12 т. получили отдельный порог.")).toEqual([12]);
    expect(values("Самосвал на 25 т и тягач на 40 т собирают в Набережных Челнах.")).toEqual([25, 40]);
    expect(values("Седан стоит 950 т.р.")).toEqual([950_000]);
  });

  it("keeps the currency, or none after a price subject", () => {
    expect(first("Модель стоит 3,05 миллиона.")).toMatchObject({
      value: 3_050_000,
      currency: null,
      scaled: true,
    });
    expect(first("That is about $31,500 at today's rate.")).toMatchObject({ currency: "usd" });
    expect(first("Это 19 тыс. евро.")).toMatchObject({ currency: "eur" });
  });

  it("reads hedges as a flag", () => {
    expect(first("Цена составила около 2,6 млн рублей.")?.hedge).toBe("approx");
    expect(first("Средняя цена превысила 3,1 млн рублей.")?.hedge).toBe("more_than");
    expect(first("The wagon costs almost 1.8 thousand dollars.")?.hedge).toBe("approx");
    expect(first("Prices came close to 2.9 million rubles.")?.hedge).toBe("approx");
    expect(first("Это более 5 млн рублей.")?.hedge).toBe("more_than");
    expect(first("Цена — от 1,5 млн рублей.")?.hedge).toBeNull();
  });

  it("marks percentages", () => {
    expect(findQuantities("Цена выросла на 4,2% до 2,1 млн руб.").map((q) => [q.value, q.percent])).toEqual([
      [4.2, true],
      [2_100_000, false],
    ]);
  });
});

describe("periods and dates against the article date", () => {
  const month = (s: string, d: string | null) => findPeriods(s, d).filter((p) => !p.comparison)[0];

  it("resolves months without a year", () => {
    expect(month("В ноябре прошлого года седан подешевел.", "2026-02-03")?.period).toEqual({
      start: "2025-11-01",
      granularity: "month",
    });
    expect(month("In September the average rose.", "2026-10-05")?.period?.start).toBe("2026-09-01");
    expect(month("In November the average rose.", "2026-02-05")?.period?.start).toBe("2025-11-01");
    expect(month("В апреле 2019 года цена выросла.", null)?.period?.start).toBe("2019-04-01");
  });

  it("flags a month whose year cannot be known", () => {
    expect(month("In September the average rose.", null)).toMatchObject({ period: null, undated: true });
  });

  it("reads half-years", () => {
    expect(month("В первом полугодии цены выросли.", "2026-07-20")?.period).toEqual({
      start: "2026-01-01",
      granularity: "half_year",
    });
    expect(month("For H1 2023 the average was higher.", null)?.period?.start).toBe("2023-01-01");
    expect(month("Во втором полугодии 2024 года спрос упал.", null)?.period).toEqual({
      start: "2024-07-01",
      granularity: "half_year",
    });
    expect(month("In January–June 2021 the price held.", null)?.period?.granularity).toBe("half_year");
    expect(month("за первое полугодие 2022 года", null)?.period?.start).toBe("2022-01-01");
  });

  it("tells a point of comparison from the period itself", () => {
    const refs = findPeriods("В марте цена выросла на 2% к февралю.", "2026-04-02");
    expect(refs.map((r) => [r.period?.start, r.comparison])).toEqual([
      ["2026-03-01", false],
      ["2026-02-01", true],
    ]);
  });

  it("resolves relative days", () => {
    expect(findDates("Правила меняются с 1 марта текущего года.", "2026-01-15")[0]?.date).toBe("2026-03-01");
    expect(findDates("The rule applies from April 1 this year.", "2026-01-15")[0]?.date).toBe("2026-04-01");
    expect(findDates("The rule applies from April 1 this year.", null)[0]).toMatchObject({
      date: null,
      undated: true,
    });
    expect(findDates("Ставки вырастут с 1 января 2028 года.", null)[0]?.date).toBe("2028-01-01");
    expect(findDates("Об этом объявили в среду.", "2026-05-08")[0]?.date).toBe("2026-05-06");
  });

  it("reads an English ordinal day told with 'of'", () => {
    expect(findDates("The new rates apply from the 1st of December.", "2025-11-20")[0]?.date).toBe(
      "2025-12-01",
    );
    expect(findDates("It takes effect on the 15th of March 2026.", null)[0]?.date).toBe("2026-03-15");
    expect(findDates("Due on the 2nd day of January next year.", "2025-10-01")[0]?.date).toBe("2026-01-02");
    expect(findDates("Starting the 1st of October, importers pay more.", null)[0]).toMatchObject({
      date: null,
      undated: true,
    });
  });

  it("reads the first line date", () => {
    expect(articleDateOf("date: 2026-03-04\nTitle\nBody")).toEqual({
      date: "2026-03-04",
      from: "given",
      body: "Title\nBody",
    });
    expect(articleDateOf("Title\nBody").date).toBeNull();
  });

  it.each([
    ["Главная / Авто\nЦены на машины снова выросли\n14 ноября 2025, 09:40\nТекст статьи.", "2025-11-14"],
    ["Цены снова выросли\nОпубликовано: 03.02.2026 12:05 МСК\nОбновлено: 04.02.2026\nТекст.", "2026-02-03"],
    ["Prices rise again\nPublished March 5, 2025 at 10:15 am GMT\nBody text here.", "2025-03-05"],
    ["Prices rise again\nBy Anna Petrova · 12 Sep 2024\nBody text here.", "2024-09-12"],
    ["МОСКВА, 13 ноября 2025. /ТАСС/. Цены на новые машины выросли.", "2025-11-13"],
    ["MOSCOW, Nov 13, 2025 (Reuters) - New car prices rose.", "2025-11-13"],
    ["Цены выросли\nТекст статьи про цены.\nЕщё текст.\n2024-07-08 18:00", "2024-07-08"],
  ])("finds the date a page states: %s", (text, date) => {
    expect(articleDateOf(text)).toMatchObject({ date, from: "stated" });
  });

  it.each([
    "Цены выросли\nС 1 декабря 2025 года утильсбор вырастет на 10%, сообщили в правительстве.",
    "Prices rise\nThe fee goes up on 1 December 2025 for cars older than three years.",
    "Цены выросли\nЧитайте также: Утильсбор с 1 января 2026 года\nТекст статьи.",
    "Цены выросли\nУтильсбор с 1 января 2026\nТекст статьи.",
    "Prices rise\nFees from 1 January 2026\nBody text.",
  ])("does not take a date in a sentence for the article's: %s", (text) => {
    expect(articleDateOf(text)).toMatchObject({ date: null, from: null });
  });
});

describe("half-years in Roman numerals and digits", () => {
  it.each([
    ["во II полугодии 2021 года цены росли", "2021-07-01"],
    ["в 1-м полугодии 2020 года цены росли", "2020-01-01"],
    ["за I полугодие 2019 г. цены росли", "2019-01-01"],
    ["In H2 2022 prices rose", "2022-07-01"],
  ])("%s", (sentence, start) => {
    expect(findPeriods(sentence, null)[0]?.period).toEqual({ start, granularity: "half_year" });
  });
});

describe("a month named as the next one", () => {
  it.each([
    ["The new rates apply from next January", "2025-10-10", "2026-01-01"],
    ["Со следующего января ставки вырастут", "2025-10-10", "2026-01-01"],
    ["Starting next December the rule changes", "2025-10-10", "2025-12-01"],
    ["Next March the quota ends", "2026-03-20", "2027-03-01"],
  ])("%s (article %s)", (sentence, articleDate, start) => {
    const [p] = findPeriods(sentence, articleDate);
    expect(p?.period).toEqual({ start, granularity: "month" });
    expect(p?.comparison).toBe(false);
  });

  it("leaves it undated without the article's date, and keeps 'last August' a year back", () => {
    expect(findPeriods("from next January", null)[0]?.undated).toBe(true);
    expect(findPeriods("4% more than last August", "2025-09-05")[0]?.period?.start).toBe("2024-08-01");
  });
});

describe("a month a percentage is told 'to'", () => {
  it("takes '+0.4% to August' (a translation of 'к августу') as the month compared with", () => {
    const [p] = findPeriods("The Chinese car cost 3.5 million rubles (+0.4% to August).", "2025-10-10");
    expect(p?.period?.start).toBe("2025-08-01");
    expect(p?.comparison).toBe(true);
    expect(findPeriods("Prices rose 2% to August levels", "2025-10-10")[0]?.comparison).toBe(true);
    expect(findPeriods("From June to August prices held", "2025-10-10").at(-1)?.comparison).toBe(false);
  });
});

describe("a percentage in words", () => {
  it("reads 'на три процента', 'полтора процента' and 'one and a half percent'", () => {
    const pct = (s: string) =>
      findQuantities(s)
        .filter((q) => q.percent)
        .map((q) => q.value);
    expect(pct("подорожала на три процента за месяц")).toEqual([3]);
    expect(pct("подешевела на полтора процента")).toEqual([1.5]);
    expect(pct("up one and a half percent on the month")).toEqual([1.5]);
    expect(pct("three percent more than a year earlier")).toEqual([3]);
    expect(pct("на несколько процентов")).toEqual([]);
  });
});

describe("the rouble told right before the figure", () => {
  it("reads 'Rb1.24mn' and 'RUB1.5mn' as roubles", () => {
    const q = (s: string) => findQuantities(s).map((x) => [x.value, x.currency]);
    expect(q("a used car costs Rb1.24mn")).toEqual([[1_240_000, "rub"]]);
    expect(q("the crossover lists at RUB1.5mn")).toEqual([[1_500_000, "rub"]]);
  });
});
