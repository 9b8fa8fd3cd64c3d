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

describe("a wire report's level with its changes on other bases", () => {
  it("reads the kind of car from the headline's first clause, not its cause", () => {
    const ps = prices(
      "New car prices edge up in April as buyers brace for dearer imports\nThe weighted average price of a new passenger car rose 1.6% in April from March to 3.48 million roubles, the agency said.",
      "2026-05-12",
    );
    expect(ps.map((p) => p.series)).toEqual(["new-car-avg"]);
  });

  it("takes 'above the average for 2021' as a period compared with, not the next level's", () => {
    const ps = prices(
      "Prices\nThe weighted average price of a new car rose 1.6% in April from March to 3.48 million roubles. The April figure was 55% above the average for 2021, the agency said. Chinese brands averaged 3.6 million roubles.",
      "2026-05-12",
    );
    expect(ps.map(brief)).toEqual([
      {
        series: "new-car-avg",
        start: "2026-04-01",
        value: 3_480_000,
        changes: [
          [1.6, "previous_period", null],
          [55, null, "2021"],
        ],
      },
      { series: "new-car-avg-chinese", start: "2026-04-01", value: 3_600_000, changes: [] },
    ]);
  });

  it("reads an aside after ', with' as a clause of its own", () => {
    const [p] = prices(
      "Prices\nIn April the average price of a used car slipped 1.2% to 1.19 million roubles, with sellers waiting while bank loans stay dear.",
      "2026-05-12",
    );
    expect(p && brief(p)).toEqual({
      series: "used-car-avg",
      start: "2026-04-01",
      value: 1_190_000,
      changes: [[-1.2, "previous_period", null]],
    });
  });
});

describe("a level of a month looked back on", () => {
  it("dates 'the January level, when …' to January, its change to the level of now", () => {
    const ps = prices(
      "Prices\nIn May the average new car cost 2.4 million roubles. Prices remain 12% above the January level, when an average new car cost about 2.15 million roubles.",
      "2022-06-07",
    );
    expect(ps.map(brief)).toEqual([
      { series: "new-car-avg", start: "2022-05-01", value: 2_400_000, changes: [[12, null, "2022-01"]] },
      { series: "new-car-avg", start: "2022-01-01", value: 2_150_000, changes: [] },
    ]);
  });

  it("reads a month told by its adjective ('январского', 'майский уровень')", () => {
    const ps = prices(
      "Рынок\nВ мае средневзвешенная цена нового автомобиля составила 2,4 млн рублей. В январе она составляла около 2,15 млн рублей, так что майский уровень выше январского на 12%.",
      "2022-06-09",
    );
    expect(ps.map(brief)).toEqual([
      { series: "new-car-avg", start: "2022-05-01", value: 2_400_000, changes: [[12, null, "2022-01"]] },
      { series: "new-car-avg", start: "2022-01-01", value: 2_150_000, changes: [] },
    ]);
  });

  it("reads a level told with 'дороже' or 'свыше' in Russian", () => {
    for (const text of [
      "Рынок\nВ марте средний новый автомобиль стоил дороже 2,8 млн рублей.",
      "Рынок\nВ марте средний новый автомобиль стоил свыше 2,8 млн рублей.",
    ])
      expect(prices(text, "2022-06-09").map((p) => [p.series, p.period?.start, p.value])).toEqual([
        ["new-car-avg", "2022-03-01", 2_800_000],
      ]);
  });
});

describe("sums that are no car's price", () => {
  it("takes a power band's or a car's fee, and a sum that would come, for none", () => {
    for (const text of [
      "Fees\nFor power 220-250 hp it is 820 thousand rubles for the new car and 1 350 000 roubles for the older one.",
      "Fees\nFrom January a new one now pays 1,210,000 roubles instead of 290,000.",
      "Fees\nFor some models the new rules would add up to about 2.5 million roubles to the cost of import.",
    ])
      expect(prices(text, "2025-11-20")).toEqual([]);
  });

  it("still reads a model's price told with its engine's power", () => {
    const ps = prices(
      "Prices\nThe Haval Jolion with a 150 hp engine now costs 2.2 million rubles.",
      "2025-11-20",
    );
    expect(ps.map((p) => [p.series, p.value])).toEqual([["haval-jolion", 2_200_000]]);
  });
});

describe("a list of most-read headlines under the article", () => {
  it("is furniture, not a model's price", () => {
    const ps = prices(
      "Рынок\nСредневзвешенная цена нового автомобиля в сентябре составила 3,6 млн рублей.\nСамое читаемое:\n• Lada Azimut: названа цена в 2,4 млн рублей\n• В Казани открылся дилерский центр",
      "2026-10-08",
    );
    expect(ps.map((p) => p.series)).toEqual(["new-car-avg"]);
  });
});

describe("changes told with a level looked back on", () => {
  it("are the later level's, against the month before and the year before", () => {
    const ps = prices(
      "Рынок\nСредневзвешенная цена нового легкового автомобиля по итогам сентября составила 3,6 млн рублей. По сравнению с августом, когда показатель находился на отметке 3,55 млн, она выросла на 1,4%, а в годовом выражении — на 5%.",
      "2026-10-08",
    );
    expect(ps.map(brief)).toEqual([
      {
        series: "new-car-avg",
        start: "2026-09-01",
        value: 3_600_000,
        changes: [
          [1.4, "previous_period", null],
          [5, "year_ago", null],
        ],
      },
      { series: "new-car-avg", start: "2026-08-01", value: 3_550_000, changes: [] },
    ]);
  });
});

describe("a digest's figures after a look back at the year before", () => {
  it("goes on with the report's period, not the earlier one", () => {
    const ps = prices(
      "Итоги\nСредневзвешенная цена нового автомобиля в январе — июне 2025 года составила 3,1 млн рублей. В первом полугодии 2024-го показатель был на уровне 3,2 млн рублей. Средняя машина с пробегом за полугодие подешевела на 2% год к году, до 1,15 млн рублей.",
      "2025-08-08",
    );
    expect(ps.map((p) => [p.series, p.period?.start, p.value])).toEqual([
      ["new-car-avg", "2025-01-01", 3_100_000],
      ["new-car-avg", "2024-01-01", 3_200_000],
      ["used-car-avg", "2025-01-01", 1_150_000],
    ]);
  });

  it("reads the model's CVT version named right after its quoted name", () => {
    const ps = prices("Цены\n«Москвич 3» с вариатором стоит 2 290 000 рублей.", "2025-08-08");
    expect(ps.map((p) => p.series)).toEqual(["moskvich-3-cvt"]);
  });

  it("takes 'наоборот' for no turnover", () => {
    const ps = prices(
      "Итоги\nВ первом полугодии российские бренды заметно дешевле — 1,6 млн рублей, причем здесь цена, наоборот, выросла на 4% к прошлому году.",
      "2025-08-08",
    );
    expect(ps.map(brief)).toEqual([
      {
        series: "new-car-avg-russian",
        start: "2025-01-01",
        value: 1_600_000,
        changes: [[4, "year_ago", null]],
      },
    ]);
  });
});

describe("the market as a whole and a model named before 'which'", () => {
  it("reads 'the market as a whole' and 'рынок в целом' as all new cars", () => {
    for (const text of [
      "Prices\nChinese brands reached 3.7 million roubles in March. The market as a whole averaged about 3.4 million roubles over the month.",
      "Цены\nКитайские марки в марте подорожали до 3,7 млн рублей. Рынок в целом — около 3,4 млн рублей.",
    ])
      expect(prices(text, "2026-04-10").map((p) => p.series)).toEqual(["new-car-avg-chinese", "new-car-avg"]);
  });

  it("reads 'the Tiggo 7 Pro Max, which is now listed from …' as that model", () => {
    const ps = prices(
      "Prices\nThe Haval Jolion now starts at 2,199,000 roubles. Chery added 60,000 roubles to the Tiggo 7 Pro Max, which is now listed from 2,950,000 roubles.",
      "2026-04-10",
    );
    expect(ps.map((p) => [p.series, p.value, p.changes.map((c) => c.abs)])).toEqual([
      ["haval-jolion", 2_199_000, []],
      ["chery-tiggo-7-pro-max", 2_950_000, [60_000]],
    ]);
  });
});

describe("a change told as 'below' a level before", () => {
  it("is a fall", () => {
    const [p] = prices(
      "Used cars\nIn July asking prices on the secondary market averaged 1.5 million roubles, which is 2.5%, or 38,000 roubles, below the June level.",
      "2024-08-14",
    );
    expect(p?.changes.map((c) => [c.pct, c.abs, c.basis])).toEqual([[-2.5, -38_000, "previous_period"]]);
  });
});

describe("a clause that goes on with its sentence's fee", () => {
  it("tells no price of its own", () => {
    for (const text of [
      "Fees\nFrom January the new car of 160-190 hp will pay 900 thousand rubles, and the older car 1 492 800 rubles against 1 244 000 now.",
      "Сбор\nС января утильсбор для новой машины составит 900 тыс. рублей, а для подержанной — 1 492 800 рублей.",
    ])
      expect(prices(text, "2025-11-20")).toEqual([]);
  });

  it("leaves an average told with a fee as its cause read", () => {
    const ps = prices(
      "Рынок\nВ октябре средняя цена нового автомобиля выросла до 3,5 млн рублей на фоне повышения утильсбора.",
      "2025-11-20",
    );
    expect(ps.map((p) => [p.series, p.value])).toEqual([["new-car-avg", 3_500_000]]);
  });
});

describe("kinds of car told in other words", () => {
  it("reads 'машины из Поднебесной' as Chinese brands", () => {
    const ps = prices(
      "Рынок\nВ сентябре машины из Поднебесной стоили в среднем 3,5 млн рублей.",
      "2025-10-20",
    );
    expect(ps.map((p) => p.series)).toEqual(["new-car-avg-chinese"]);
  });

  it("reads an age told alone before its figure as the kind of car the figure before was of", () => {
    const ps = prices(
      "Рынок\nСредняя цена новой иномарки в сентябре — 4,1 млн рублей, подержанной — 1,7 млн рублей.",
      "2025-10-20",
    );
    expect(ps.map((p) => p.series)).toEqual(["new-car-avg-foreign", "used-car-avg-foreign"]);
  });
});
