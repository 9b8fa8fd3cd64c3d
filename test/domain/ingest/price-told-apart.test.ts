// Prices as news tells them, round seven (sentences written for this test): the country's market
// named as "the Russian car market", a change or a period told a sentence away from the level with
// a sentence of no figure between, a market told to grow by its sales.
import { describe, expect, it } from "vitest";
import { brief, prices } from "./prices.ts";

describe("the country's market is no kind of car", () => {
  it("reads 'the Russian car market' and 'Russian car prices' as the whole market", () => {
    for (const text of [
      "Prices\nThe average price of a new car on the Russian car market reached 3.43 million roubles in October.",
      "Russian car prices hit a record\nIn October a new car cost 3.43 million roubles on average, the agency said.",
      "Цены\nСредняя цена нового автомобиля на российском автомобильном рынке в октябре достигла 3,43 млн рублей.",
    ])
      expect(prices(text, "2025-11-13").map((p) => p.series)).toEqual(["new-car-avg"]);
  });

  it("still reads Russian brands when the cars are named so", () => {
    for (const text of [
      "Цены\nСредняя цена российского автомобиля в октябре достигла 1,43 млн рублей.",
      "Prices\nIn October Russian cars cost 1.43 million roubles on average.",
    ])
      expect(prices(text, "2025-11-13").map((p) => p.series)).toEqual(["new-car-avg-russian"]);
  });
});

describe("a change and a period told a sentence away", () => {
  it("gives a change told ahead, with its month, to the level after a sentence of no figure", () => {
    for (const text of [
      "Рынок\nНовые автомобили в ноябре подорожали на 1,8%. Об этом сообщает аналитическое агентство. Средневзвешенная цена составила 3,52 млн рублей.",
      "Market\nNew cars in November became 1.8% more expensive. That is what the agency reports. The weighted average price reached 3.52 million rubles.",
    ])
      expect(prices(text, "2025-12-05").map(brief)).toEqual([
        {
          series: "new-car-avg",
          start: "2025-11-01",
          value: 3_520_000,
          changes: [[1.8, "previous_period", null]],
        },
      ]);
  });

  it("gives the level a change told after one sentence of no figure", () => {
    for (const text of [
      "Market\nThe weighted average price of a new car reached 3.52 million rubles in November. The agency links this to the weaker rouble. The increase over the month was 1.8%.",
      "Рынок\nСредневзвешенная цена нового автомобиля в ноябре достигла 3,52 млн рублей. Аналитики связывают это с ослаблением рубля. Рост за месяц составил 1,8%.",
    ])
      expect(prices(text, "2025-12-05").map(brief)).toEqual([
        {
          series: "new-car-avg",
          start: "2025-11-01",
          value: 3_520_000,
          changes: [[1.8, "previous_period", null]],
        },
      ]);
  });

  it("keeps the year told a sentence before one of no figure", () => {
    const ps = prices(
      "Итоги\nВ 2025 г. рынок оживился. Такие данные приводит агентство. Средневзвешенная цена нового автомобиля составила 3,4 млн руб.",
      "2026-01-20",
    );
    expect(ps.map(brief)).toEqual([
      { series: "new-car-avg", start: "2025-01-01", value: 3_400_000, changes: [] },
    ]);
  });

  it("lets two sentences of no figure end the level's run", () => {
    const ps = prices(
      "Рынок\nСредневзвешенная цена нового автомобиля в ноябре достигла 3,52 млн рублей. Аналитики связывают это с курсом. Дилеры с ними согласны. Рост за месяц составил 1,8%.",
      "2025-12-05",
    );
    expect(ps.map((p) => p.changes.length)).toEqual([0]);
  });

  it("takes no growth of the market, which is its sales, for a change of a price", () => {
    for (const text of [
      "Итоги\nРынок в 2025 г. вырос на 10%. Средневзвешенная цена нового автомобиля составила 3,4 млн руб.",
      "Results\nIn 2025 the market grew by 10%. The weighted average price of a new car was 3.4 million rubles.",
    ])
      expect(prices(text, "2026-01-20").map((p) => p.changes)).toEqual([[]]);
  });
});

describe("the month a headline on prices names", () => {
  it("dates a body's average that names no month of its own", () => {
    for (const text of [
      "Средняя цена нового автомобиля в ноябре обновила рекорд\nПо данным аналитиков, средневзвешенная цена нового легкового автомобиля составила 3,52 млн рублей.",
      "New car prices set a record in November\nAccording to the analysts, the weighted average price of a new car was 3.52 million rubles.",
    ])
      expect(prices(text, "2025-12-05").map(brief)).toEqual([
        { series: "new-car-avg", start: "2025-11-01", value: 3_520_000, changes: [] },
      ]);
  });

  it("reads 'по итогам прошлого месяца' as the month before the article's", () => {
    const ps = prices(
      "Рынок\nПо итогам минувшего месяца средневзвешенная цена нового легкового автомобиля составила 3,52 млн рублей.",
      "2025-12-05",
    );
    expect(ps.map((p) => p.period?.start)).toEqual(["2025-11-01"]);
  });
});

describe("sums written in other notations", () => {
  it("reads apostrophes, 'т.р.', dotted groups and a sum written onto 'to'", () => {
    const cases: [string, number][] = [
      ["Цены\nБазовая Lada Granta теперь стоит 815'000 рублей.", 815_000],
      ["Цены\nБазовая Lada Granta теперь стоит 815 т.р.", 815_000],
      ["Цены\nБазовая Lada Granta теперь стоит 815тыс.руб.", 815_000],
      ["Цены\nБазовая Lada Granta теперь стоит 1.015.000 руб.", 1_015_000],
      ["Prices\nThe Haval Jolion now starts at RUB2,240,000.", 2_240_000],
      ["Prices\nThe price of the Lada Vesta rose by 4% up to1.52m RUR.", 1_520_000],
    ];
    for (const [text, value] of cases)
      expect(prices(text, "2025-12-05").map((p) => p.value)).toEqual([value]);
  });
});

describe("figures of a run of months", () => {
  it("are no month's, year's or half-year's average, nor are those of the sentence after", () => {
    const ps = prices(
      "Sales\nBetween January and September buyers spent 2.2 trillion RUR on new cars, whereas the price of a car went up by 9% and came to 3.25m RUR on average. The price of foreign cars rose by 10% to 3.8m RUR on average.",
      "2025-10-20",
    );
    expect(ps).toEqual([]);
    expect(
      prices(
        "Итоги\nЗа девять месяцев 2025 года средняя цена нового автомобиля составила 3,25 млн рублей.",
        "2025-10-20",
      ),
    ).toEqual([]);
  });
});

describe("a list of model prices, each with its change", () => {
  it("gives each model the change in the bracket right after its price", () => {
    for (const text of [
      "Цены\nLada Granta теперь стоит от 815 000 рублей (+25 000 рублей), Vesta — от 1 420 000 рублей (+40 000 рублей), Niva Travel — от 1 210 000 рублей.",
      "Prices\nThe Lada Granta now starts at 815,000 rubles (plus 25,000 rubles), the Vesta at 1,420,000 rubles (plus 40,000), and the Niva Travel at 1,210,000 rubles.",
    ])
      expect(prices(text, "2025-12-05").map((p) => [p.series, p.changes.map((c) => c.abs)])).toEqual([
        ["lada-granta", [25_000]],
        ["lada-vesta", [40_000]],
        ["lada-niva-travel", []],
      ]);
  });

  it("reads the direction from a bracket's comparative or sign", () => {
    const [granta, vesta] = prices(
      "Цены\nLada Granta теперь стоит от 815 000 рублей (на 25 тыс. рублей дешевле), Vesta — от 1 420 000 рублей (−40 000 рублей).",
      "2025-12-05",
    );
    expect(granta?.changes.map((c) => c.abs)).toEqual([-25_000]);
    expect(vesta?.changes.map((c) => c.abs)).toEqual([-40_000]);
  });

  it("takes no dealer's lower price told beside the list price for a change", () => {
    const [p] = prices(
      "Цены\nРекомендованная цена Omoda S5 начинается от 2 150 000 рублей, но у дилеров её можно найти примерно на 200 тыс. дешевле.",
      "2025-12-05",
    );
    expect(p?.changes).toEqual([]);
  });

  it("reads 'первый … второй' as the two models the sentence before named", () => {
    const ps = prices(
      "Цены\nChery подняла цены на Tiggo 4 и Tiggo 7 Pro Max. Первый подорожал на 2% и стоит теперь 2,1 млн рублей, второй — на 3%, до 3,2 млн рублей.",
      "2025-12-05",
    );
    expect(ps.map((p) => [p.series, p.value, p.changes.map((c) => c.pct)])).toEqual([
      ["chery-tiggo-4", 2_100_000, [2]],
      ["chery-tiggo-7-pro-max", 3_200_000, [3]],
    ]);
  });
});

describe("a quarter told as a run of months", () => {
  it("is no month's average", () => {
    for (const text of [
      "Market\nIn July–September the average new car cost 3.3 million rubles.",
      "Рынок\nВ июле-сентябре средняя цена нового автомобиля составила 3,3 млн рублей.",
    ])
      expect(prices(text, "2025-10-20")).toEqual([]);
  });

  it("leaves a half-year told as a run of months read", () => {
    const ps = prices(
      "Рынок\nВ январе–июне средняя цена нового автомобиля составила 3,1 млн рублей.",
      "2025-07-20",
    );
    expect(ps.map((p) => p.period)).toEqual([{ start: "2025-01-01", granularity: "half_year" }]);
  });
});

describe("the used and the new market in other words", () => {
  it("reads 'mileage cars', 'the \"secondary\"' and 'первичный рынок'", () => {
    const cases: [string, string[]][] = [
      [
        "Market\nIn September the average price of mileage cars amounted to 1.21 million rubles.",
        ["used-car-avg"],
      ],
      [
        'Market\nIn September the average price of a car on the "secondary" was 1.21 million rubles.',
        ["used-car-avg"],
      ],
      [
        "Рынок\nНа вторичном рынке в сентябре средняя цена составила 1,21 млн рублей. А на первичном рынке — 3,35 млн рублей.",
        ["used-car-avg", "new-car-avg"],
      ],
      [
        "Market\nOn the primary market the average price reached 3.35 million rubles in September, and on the secondary market — 1.21 million rubles.",
        ["new-car-avg", "used-car-avg"],
      ],
    ];
    for (const [text, series] of cases)
      expect(prices(text, "2025-10-20").map((p) => p.series)).toEqual(series);
  });

  it("takes the kind of car from a headline that says it got dearer", () => {
    for (const text of [
      "Вторичка дорожает\nВ сентябре средняя цена автомобиля составила 1,21 млн рублей.",
      "The secondary market is getting more expensive\nIn September the average car cost 1.21 million rubles.",
    ])
      expect(prices(text, "2025-10-20").map((p) => p.series)).toEqual(["used-car-avg"]);
  });

  it("takes none from a headline on several kinds", () => {
    const ps = prices(
      "Китайские машины подешевели, российские — подорожали\nВ сентябре средневзвешенная цена нового легкового автомобиля составила 3,3 млн рублей.",
      "2025-10-20",
    );
    expect(ps.map((p) => p.series)).toEqual(["new-car-avg"]);
  });
});

describe("a change told again", () => {
  it("is one change of the level", () => {
    const [p] = prices(
      "Рынок\nВ октябре средневзвешенная цена нового автомобиля составила 3,43 млн рублей, что на 3,5% выше, чем в октябре прошлого года. В годовом исчислении рост составил 3,5%.",
      "2025-11-13",
    );
    expect(p?.changes.map((c) => [c.pct, c.basis])).toEqual([[3.5, "year_ago"]]);
  });
});

describe("a model's price told by what the dealer asks", () => {
  it("reads 'просят' as a price, with the change told the sentence before", () => {
    const ps = prices(
      "Новости\nЦена Lada Vesta выросла на 30 тыс. рублей. Теперь за седан просят от 1,43 млн рублей.",
      "2025-11-13",
    );
    expect(ps.map(brief)).toEqual([
      {
        series: "lada-vesta",
        start: "2025-11-01",
        value: 1_430_000,
        changes: [[null, "previous_period", null]],
      },
    ]);
    expect(ps[0]?.changes[0]?.abs).toBe(30_000);
  });
});

describe("models listed with a bracket of change and price each", () => {
  const want = [
    ["chery-tiggo-4", 2_100_000, [2]],
    ["chery-tiggo-7-pro-max", 3_200_000, [3]],
    ["chery-tiggo-8-pro-max", 4_100_000, [1.5]],
  ];
  it("takes the number in a model's name for no figure the bracket is about", () => {
    const ps = prices(
      "Новости\nПодорожали Chery Tiggo 4 (+2%, до 2,1 млн рублей), Tiggo 7 Pro Max (+3%, до 3,2 млн рублей) и Tiggo 8 Pro Max (+1,5%, до 4,1 млн рублей).",
      "2025-11-13",
    );
    expect(ps.map((p) => [p.series, p.value, p.changes.map((c) => c.pct)])).toEqual(want);
  });

  it("reads English names listed after a comma, 'and' or 'the' before their change", () => {
    const ps = prices(
      "News\nPrices went up for the Chery Tiggo 4 (+2%, to 2.1 million rubles), the Tiggo 7 Pro Max (+3%, to 3.2 million rubles) and the Tiggo 8 Pro Max (+1.5%, to 4.1 million rubles).",
      "2025-11-13",
    );
    expect(ps.map((p) => [p.series, p.value, p.changes.map((c) => c.pct)])).toEqual(want);
    const geely = prices(
      "News\nGeely Coolray prices rose by 2.5% (to 2.4 million rubles), Okavango by 1.8% (to 3.1 million) and Atlas by 2% (to 3.3 million).",
      "2025-11-13",
    );
    expect(geely.map((p) => p.series)).toEqual(["geely-coolray", "geely-okavango", "geely-atlas"]);
  });
});
