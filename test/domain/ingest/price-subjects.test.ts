// Prices as news tells them, round five (sentences written for this test): relative months, a
// period opening a sentence, brand origins in the genitive plural, a headline's second change.
import { describe, expect, it } from "vitest";
import { findPeriods } from "../../../domain/language/dates.ts";
import { brief, prices } from "./prices.ts";

describe("periods told relative to the article", () => {
  it("reads 'в прошлом месяце' and 'last month' as the month before the article's", () => {
    expect(findPeriods("В прошлом месяце машины подешевели", "2024-01-12")[0]?.period).toEqual({
      start: "2023-12-01",
      granularity: "month",
    });
    expect(findPeriods("Prices rose last month", "2024-06-03")[0]?.period).toEqual({
      start: "2024-05-01",
      granularity: "month",
    });
    expect(findPeriods("В прошлом месяце машины подешевели", null)[0]).toBeUndefined();
  });

  it("takes 'Over January–June' opening a sentence as the period told, not a comparison", () => {
    const [p] = findPeriods("Over January-June 2024 the average sedan cost 2.5 million rubles", "2024-07-20");
    expect(p?.comparison).toBe(false);
    expect(findPeriods("up 4% over June 2024", "2024-07-20")[0]?.comparison).toBe(true);
  });

  it("gives a change against 'one year ago' the year-earlier basis", () => {
    const [p] = prices(
      "Title\nOver January-June 2024 a used car got 2% cheaper than one year ago, to 1.2 million rubles, the analysts said.",
      "2024-07-20",
    );
    expect(p && brief(p)).toEqual({
      series: "used-car-avg",
      start: "2024-01-01",
      value: 1_200_000,
      changes: [[-2, "year_ago", null]],
    });
  });
});

describe("which kind of car a figure is of", () => {
  it("reads 'российских марок' (genitive plural) as Russian brands, not the foreign ones named after", () => {
    const got = prices(
      "Заголовок\nВ мае автомобили отечественных марок стоили в среднем 1,4 млн рублей, а иномарки — около 3,2 млн рублей.\nМашины китайских марок обходились в 2,8 млн рублей, а машины российских марок — в 1,41 млн рублей.",
      "2024-06-05",
    ).map((p) => [p.series, p.value]);
    expect(got).toEqual([
      ["new-car-avg-russian", 1_400_000],
      ["new-car-avg-foreign", 3_200_000],
      ["new-car-avg-chinese", 2_800_000],
      ["new-car-avg-russian", 1_410_000],
    ]);
  });
});

describe("a headline's change", () => {
  it("adds the headline's month-on-month change to a level the body gives with a year-on-year one", () => {
    const [p] = prices(
      "Новые машины в мае подорожали на 1,5%\nСредневзвешенная цена нового автомобиля по итогам мая составила 2 млн 950 тыс. рублей.\nОтносительно мая прошлого года рост достиг 12%.",
      "2024-06-05",
    );
    expect(p && brief(p)).toEqual({
      series: "new-car-avg",
      start: "2024-05-01",
      value: 2_950_000,
      changes: [
        [12, "year_ago", null],
        [1.5, "previous_period", null],
      ],
    });
  });

  it("does not add a headline change that repeats the body's", () => {
    const [p] = prices(
      "Новые машины за год подорожали на 12%\nСредневзвешенная цена нового автомобиля по итогам мая составила 2 млн 950 тыс. рублей.\nОтносительно мая прошлого года рост достиг 12%.",
      "2024-06-05",
    );
    expect(p?.changes).toHaveLength(1);
  });
});

describe("figures that are not prices", () => {
  it("leaves out a count whose noun comes a word or two after the figure", () => {
    expect(
      prices(
        "Title\nThe average new car cost 3.1 million rubles in May.\nIn the capital work about 90 thousand taxi cars, and some 60 thousand licensed drivers may quit.",
        "2024-06-10",
      ).map((p) => p.value),
    ).toEqual([3_100_000]);
    expect(
      prices("Заголовок\nЗа май покупатели приобрели 410 тыс. подержанных легковых машин.", "2024-06-10"),
    ).toEqual([]);
  });

  it("leaves out a bound of a class of cars ('дороже 10 млн', 'the only car under one million')", () => {
    expect(
      prices("Заголовок\nДороже 8 млн рублей в России сейчас продаются 14 моделей.", "2024-06-10"),
    ).toEqual([]);
    const got = prices(
      "Title\nThe Lada Granta is the only car under one million, starting at 815,000 rubles.",
      "2024-06-10",
    ).map((p) => [p.series, p.value]);
    expect(got).toEqual([["lada-granta", 815_000]]);
  });

  it("leaves out a figure that may come ('может подобраться к', 'could reach')", () => {
    expect(
      prices(
        "Заголовок\nК лету средний чек на новую машину может подобраться к 3,4 млн рублей.",
        "2024-01-10",
      ),
    ).toEqual([]);
    expect(prices("Title\nFor some imports the bill could reach 1.9 million rubles.", "2024-01-10")).toEqual(
      [],
    );
  });

  it("keeps a figure whose clause names a fee only as the cause", () => {
    const got = prices(
      "Заголовок\nВ ноябре средняя цена новой машины превысила 3,2 млн рублей на фоне спроса перед повышением утильсбора.",
      "2024-12-05",
    ).map((p) => [p.series, p.period?.start, p.value, p.hedge]);
    expect(got).toEqual([["new-car-avg", "2024-11-01", 3_200_000, "more_than"]]);
  });
});

describe("a model and its change", () => {
  it("reads the variant told right after the model ('with the CVT')", () => {
    const got = prices(
      "Title\nThe Lada Vesta starts at 1,650,000 rubles, while the Moskvich 3 with the CVT is listed at 2.5 million rubles.",
      "2024-06-10",
    ).map((p) => p.series);
    expect(got).toEqual(["lada-vesta", "moskvich-3-cvt"]);
  });

  it("gives a model's change told in the next sentence against the period before", () => {
    const [, tiggo] = prices(
      "Title\nThe Haval Jolion starts at 2,099,000 rubles and the Chery Tiggo 4 at 2.19 million.\nChery raised the Tiggo 4 by 40,000 rubles, the only change on our list.",
      "2024-06-10",
    );
    expect(tiggo?.changes.map((c) => [c.abs, c.basis])).toEqual([[40_000, "previous_period"]]);
  });
});

describe("the basis of each change", () => {
  it("gives a year named after ', а относительно' to the next change, not the one before it", () => {
    const [p] = prices(
      "Заголовок\nВ мае средняя цена нового автомобиля поднялась до 3,1 млн рублей.\nПо сравнению с маем 2023 года показатель вырос на 4,5%, а относительно 2021-го — на 55%.",
      "2024-06-10",
    );
    expect(p?.changes.map((c) => [c.pct, c.basis, c.vs ?? null])).toEqual([
      [4.5, "year_ago", null],
      [55, null, "2021"],
    ]);
  });

  it("reads 'September of the last year' as a year before", () => {
    expect(findPeriods("In comparison with September of the last year", "2025-10-20")[0]?.period?.start).toBe(
      "2024-09-01",
    );
  });
});

describe("averages that are no series of the country", () => {
  it("leaves out a region's average", () => {
    const got = prices(
      "Заголовок\nВ апреле новая машина в среднем стоила 3,05 млн рублей.\nДороже всего машины продают в Тюменской области, где средний чек достиг 3,4 млн рублей.",
      "2024-05-10",
    ).map((p) => p.value);
    expect(got).toEqual([3_050_000]);
  });

  it("proposes no series for a used Russian or Chinese car, nor for a part of the foreign brands", () => {
    const got = prices(
      "Заголовок\nНа вторичном рынке подержанные иномарки подешевели на 2% (до 2,2 млн руб.), японские и корейские модели потеряли 3% (до 2,5 млн руб.), а подержанные российские машины — 1% (до 700 тыс. руб.).",
      "2024-05-10",
    ).map((p) => [p.series, p.value]);
    expect(got).toEqual([["used-car-avg-foreign", 2_200_000]]);
  });

  it("reads 'китайца' as a Chinese car", () => {
    const got = prices(
      "Заголовок\nПо данным на март, новый отечественный автомобиль в среднем стоил 1,9 млн рублей, а нового «китайца» можно купить в среднем за 3,8 млн.",
      "2024-04-02",
    ).map((p) => p.series);
    expect(got).toEqual(["new-car-avg-russian", "new-car-avg-chinese"]);
  });
});

describe("a round mark crossed", () => {
  it("drops 'упала ниже двух миллионов' when the level under it follows", () => {
    const got = prices(
      "Заголовок\nСредняя стоимость нового российского автомобиля опустилась ниже двух миллионов рублей. По данным на апрель, она составила 1,97 миллиона.",
      "2024-05-02",
    ).map((p) => [p.value, p.hedge]);
    expect(got).toEqual([[1_970_000, null]]);
  });

  it("reads 'по сравнению с прошлым годом' as a year before", () => {
    const [p] = findPeriods("По сравнению с прошлым годом цена выросла на 9%", "2015-07-10");
    expect(p).toMatchObject({ period: { start: "2014-01-01", granularity: "year" }, comparison: true });
  });
});

describe("two changes of one level in one sentence", () => {
  it("keeps 'за месяц … на 0,8%' month on month when ', а в годовом выражении' follows", () => {
    const [p] = prices(
      "Заголовок\nВ июне новая машина в среднем стоила 3 млн 120 тыс. рублей. За месяц показатель снизился на 0,8%, а в годовом выражении вырос на 2,1%.",
      "2024-07-08",
    );
    expect(p?.changes.map((c) => [c.pct, c.basis])).toEqual([
      [-0.8, "previous_period"],
      [2.1, "year_ago"],
    ]);
  });

  it("reads 'year to year', 'for the month' and 'the Russian ones'", () => {
    const got = prices(
      "Title\nThe average new car in May cost 3.2 million rubles. Year to year the price grew by 8%.\nA backing car cost 1.1 million rubles, having risen in price for the month by 0.4%.\nThe Chinese cars cost 3.1 million rubles, the Russian ones - 1.6 million rubles.",
      "2024-06-08",
    ).map((p) => [p.series, p.changes.map((c) => c.basis)]);
    expect(got).toEqual([
      ["new-car-avg", ["year_ago"]],
      ["used-car-avg", ["previous_period"]],
      ["new-car-avg-chinese", []],
      ["new-car-avg-russian", []],
    ]);
  });
});

describe("models named in English price news", () => {
  const list = (text: string) =>
    prices(`Title\n${text}`, "2024-09-10").map((p) => [
      p.series,
      p.value,
      p.changes.map((c) => c.abs ?? c.pct),
    ]);

  it("reads 'the Coolray by', 'the Tiggo 7 Pro Max costs' as models of the brand named", () => {
    expect(
      list(
        "Geely cut the price of the Coolray by 90,000 rubles to 2,299,990 rubles. The Chery Tiggo 4 starts at 2.1 million rubles, and the Tiggo 7 Pro Max costs from 2.95 million rubles.",
      ),
    ).toEqual([
      ["geely-coolray", 2_299_990, [-90_000]],
      ["chery-tiggo-4", 2_100_000, []],
      ["chery-tiggo-7-pro-max", 2_950_000, []],
    ]);
  });

  it("keeps a model named earlier with its brand when another brand came in between", () => {
    const got = list(
      "The Chery Tiggo 4 starts at 2,190,000 rubles. Tenet's T7 is offered from 3,049,000 rubles.\nIn July the Tiggo 4 was listed at 2,099,000 rubles.",
    ).map((r) => r[0]);
    expect(got).toEqual(["chery-tiggo-4", "tenet-t7", "chery-tiggo-4"]);
  });

  it("reads '50,000 rubles more than in August' as the level's change, but not a dealer's discount", () => {
    expect(
      list("The Chery Tiggo 4 now starts at 2,190,000 rubles, 50,000 rubles more than in August."),
    ).toEqual([["chery-tiggo-4", 2_190_000, [50_000]]]);
    const ru = prices(
      "Заголовок\nЦена Omoda C5 начинается от 2 399 900 рублей, но у дилеров кроссовер можно найти на 200 тыс. дешевле.",
      "2024-09-10",
    );
    expect(ru.map((p) => p.changes.length)).toEqual([0]);
  });
});

describe("a model's list price and the market's month", () => {
  it("dates a model's price to the article's month when the month told was the market average's", () => {
    const got = prices(
      "Цены в феврале\nПо данным аналитиков, в январе средняя цена нового автомобиля выросла на 1,2% и достигла 3,1 млн рублей. Chery Tiggo 4 теперь стоит от 2 250 000 рублей, а Haval Jolion — от 2 120 000 рублей.",
      "2025-02-09",
    ).map(brief);
    expect(got.map((p) => [p.series ?? "", p.start])).toEqual([
      ["new-car-avg", "2025-01-01"],
      ["chery-tiggo-4", "2025-02-01"],
      ["haval-jolion", "2025-02-01"],
    ]);
  });

  it("keeps a period the model's own sentence names", () => {
    const got = prices(
      "Prices\nIn March the average new car cost 3.2 million rubles. In January the Lada Vesta was listed at 1,650,000 rubles.",
      "2025-04-08",
    ).map(brief);
    expect(got.map((p) => p.start)).toEqual(["2025-03-01", "2025-01-01"]);
  });
});

describe("a wheel formula in a model's name", () => {
  it("keeps 'Lada 4x4', 'Lada 4×4' whole, and a plain digit as a digit", () => {
    const got = (text: string) => prices(`Цены\n${text}`, "2025-11-05").map((p) => p.series);
    expect(got("The Lada 4x4 now costs from 1,159,000 rubles.")).toEqual(["lada-4x4"]);
    expect(got("Lada 4×4 подорожала до 1 189 000 рублей.")).toEqual(["lada-4x4"]);
    expect(got("Москвич 3 стоит 2,3 млн рублей.")).toEqual(["moskvich-3"]);
  });
});
