// Which month a price is of when the sentence names another month than the price's own (all
// sentences written for this test).
import { describe, expect, it } from "vitest";
import { brief, prices } from "./prices.ts";

const starts = (text: string, date: string) => prices(text, date).map((p) => [p.series, brief(p).start]);

describe("a model's price and the month it is of", () => {
  it("dates a price told as it stands to the article's month, not the month of the change", () => {
    expect(
      starts(
        "Chery again\nThe Chery Tiggo 7 Pro Max went up by 2% in the past month and now starts at 2,990,000 rubles.",
        "2025-11-20",
      ),
    ).toEqual([["chery-tiggo-7-pro-max", "2025-11-01"]]);
    expect(
      starts(
        "Haval\nЕщё в сентябре Haval Dargo стоил 3 200 000 рублей, сейчас — 3 300 000 рублей.",
        "2025-11-20",
      ),
    ).toEqual([
      ["haval-dargo", "2025-09-01"],
      ["haval-dargo", "2025-11-01"],
    ]);
  });

  it("dates a price still to come 'с января' to the coming January, not the one gone by", () => {
    expect(
      starts(
        "Lada\nАвтоВАЗ сообщил, что с января Lada Vesta будет стоить от 1 600 000 рублей.",
        "2025-12-20",
      ),
    ).toEqual([["lada-vesta", "2026-01-01"]]);
  });

  it("keeps an earlier month for a price told in the past tense", () => {
    expect(
      starts(
        "Geely\nIn November the Geely Atlas cost 3,100,000 rubles; in December it is 3,200,000 rubles.",
        "2025-12-20",
      ),
    ).toEqual([
      ["geely-atlas", "2025-11-01"],
      ["geely-atlas", "2025-12-01"],
    ]);
  });
});

const changes = (text: string, date: string) =>
  prices(text, date).map((p) => [
    p.series,
    p.value,
    p.changes.map((c) => [c.pct ?? c.abs, c.basis, c.vs ?? null]),
  ]);

describe("a change told apart from its level", () => {
  it("reads the headline under a masthead line as the headline", () => {
    expect(
      changes(
        "Daily Motor Review\nUsed cars 3% cheaper than in August, while new ones hold steady\nUsed cars cost 1.4 million rubles on average in September, the listing site said.",
        "2025-10-08",
      ),
    ).toEqual([["used-car-avg", 1_400_000, [[-3, "previous_period", null]]]]);
  });

  it("gives a kind of car already given a level the change a later sentence tells of it", () => {
    expect(
      changes(
        "Рынок\nВ октябре новая машина в среднем стоила 3,2 млн рублей. Подержанная стоила 1,3 млн рублей. С начала года средняя цена новой машины выросла на 7%.",
        "2025-11-12",
      ),
    ).toEqual([
      ["new-car-avg", 3_200_000, [[7, null, "2025-01"]]],
      ["used-car-avg", 1_300_000, []],
    ]);
  });

  it("takes the basis that opens the sentence, further back than the figure", () => {
    expect(
      changes(
        "Рынок\nВ годовом выражении российские машины в октябре подорожали на 11%: средняя цена отечественного автомобиля — 1,5 млн рублей.",
        "2025-11-12",
      ),
    ).toEqual([["new-car-avg-russian", 1_500_000, [[11, "year_ago", null]]]]);
  });

  it("reads no change from a loan's or a down payment's percentages", () => {
    expect(
      changes(
        "Prices\nThe Haval Jolion starts at 2,100,000 rubles. With a 30% down payment and a 20% loan, it costs from 45,000 rubles a month.",
        "2025-11-12",
      ),
    ).toEqual([["haval-jolion", 2_100_000, []]]);
  });

  it("keeps a level compared with 'месяцем ранее' as a level of the article's time", () => {
    expect(
      changes(
        "Рынок\nВ октябре иномарки стоили в среднем 4,2 млн рублей, что на 50 тыс. рублей больше, чем месяцем ранее.",
        "2025-11-12",
      ),
    ).toEqual([["new-car-avg-foreign", 4_200_000, [[50_000, "previous_period", null]]]]);
  });
});

describe("a market average's change told sentences away from its level", () => {
  it("gives the level the change told a sentence on, against the level's own month", () => {
    expect(
      changes(
        "Рынок\nСредневзвешенная цена нового автомобиля в сентябре составила 3,3 млн рублей.\nАгентство учитывает рекомендованные цены и объемы продаж.\nПо сравнению с августом показатель вырос на 0,9%, а год к году — на 4%.",
        "2025-10-14",
      ),
    ).toEqual([
      [
        "new-car-avg",
        3_300_000,
        [
          [0.9, "previous_period", null],
          [4, "year_ago", null],
        ],
      ],
    ]);
  });

  it("keeps a change told ahead past a sentence with no figure, with its month", () => {
    expect(
      prices(
        "Market\nNew car prices in Russia rose 0.9% in September from August, the agency said.\nIt weighs list prices by the sales of each version.\nThe weighted average price of a new car was 3.3 million rubles.",
        "2025-10-14",
      ).map(brief),
    ).toEqual([
      {
        series: "new-car-avg",
        start: "2025-09-01",
        value: 3_300_000,
        changes: [[0.9, "previous_period", null]],
      },
    ]);
  });

  it("reads no change from a forecast or from the bottom of a range of percentages", () => {
    expect(
      changes(
        "Used\nA used car cost 1.8 million rubles in September. Brokers expect used-car prices to climb another 4-6% by December.",
        "2025-10-14",
      ),
    ).toEqual([["used-car-avg", 1_800_000, []]]);
  });
});

describe("two times set side by side", () => {
  it("reads both figures of an 'если …, то …' that compares two months", () => {
    expect(
      starts(
        "Рынок\nЕсли в августе новая машина в среднем стоила 3,2 млн рублей, то в сентябре — уже 3,3 млн рублей.",
        "2025-10-14",
      ),
    ).toEqual([
      ["new-car-avg", "2025-08-01"],
      ["new-car-avg", "2025-09-01"],
    ]);
  });

  it("dates a figure told as 'now' against an earlier one to the article's month", () => {
    expect(
      starts(
        "Вторичка\nЕсли в феврале подержанный автомобиль обходился в среднем в 1,1 млн рублей, то сейчас — в 1,2 млн рублей.",
        "2025-10-14",
      ),
    ).toEqual([
      ["used-car-avg", "2025-02-01"],
      ["used-car-avg", "2025-10-01"],
    ]);
  });

  it("still reads a supposition as none", () => {
    expect(
      starts(
        "Прогноз\nЕсли рубль ослабнет, новая машина в среднем будет стоить 3,8 млн рублей.",
        "2025-10-14",
      ),
    ).toEqual([]);
  });

  it("dates a model's price told from a day gone by to the article's month", () => {
    expect(starts("Haval\nС 1 сентября Haval Jolion стоит от 2 199 000 рублей.", "2025-10-14")).toEqual([
      ["haval-jolion", "2025-10-01"],
    ]);
  });
});

describe("a change told ahead of two levels of one series", () => {
  it("is the later level's, against the earlier one's period", () => {
    expect(
      changes(
        "Prices\nOver three years the rise was 40%: 2.1 million for a new car in 2022 and 2.94 million rubles in 2025.",
        "2026-01-20",
      ),
    ).toEqual([
      ["new-car-avg", 2_100_000, []],
      ["new-car-avg", 2_940_000, [[40, null, "2022"]]],
    ]);
  });
});

describe("a level and its change in translated English", () => {
  it("dates a level with '(+0.4% to August)' to its own month, the change against the month before", () => {
    expect(
      prices(
        "Market\nIn September the price of the Chinese new car amounted to 3.5 million rubles (+0.4% to August).",
        "2025-10-10",
      ).map(brief),
    ).toEqual([
      {
        series: "new-car-avg-chinese",
        start: "2025-09-01",
        value: 3_500_000,
        changes: [[0.4, "previous_period", null]],
      },
    ]);
  });
});

describe("translated English forms of a level and its change", () => {
  it("reads a level that 'made up' a sum, with 'for the month … for the year' changes", () => {
    expect(
      changes(
        "Used\nThe average price of the backing car in August made up 1.2 million rubles. For the month the indicator grew by 1.1%, for the year - by 4.8%.",
        "2025-09-10",
      ),
    ).toEqual([
      [
        "used-car-avg",
        1_200_000,
        [
          [1.1, "previous_period", null],
          [4.8, "year_ago", null],
        ],
      ],
    ]);
  });

  it("reads 'since the beginning of the year' as against January", () => {
    expect(
      changes(
        "Market\nIn August the domestic new cars have risen in price by 0.8%, to 1.5 million rubles, and since the beginning of the year by 5%.",
        "2025-09-10",
      ),
    ).toEqual([
      [
        "new-car-avg-russian",
        1_500_000,
        [
          [0.8, "previous_period", null],
          [5, null, "2025-01"],
        ],
      ],
    ]);
  });
});

describe("more translated English forms of a change's basis", () => {
  it("reads 'concerning August' and 'in comparison with August' as months compared with", () => {
    expect(
      prices(
        "Market\nIn September the new car cost on average 3.3 million rubles, by 1% more concerning August.",
        "2025-10-10",
      ).map(brief),
    ).toEqual([
      {
        series: "new-car-avg",
        start: "2025-09-01",
        value: 3_300_000,
        changes: [[1, "previous_period", null]],
      },
    ]);
  });

  it("reads 'than in the same month of last year' as a year back, not as last year's average", () => {
    expect(
      prices(
        "Market\nIn September the Chinese new car cost 3.4 million rubles, by 3% more than in the same month of last year.",
        "2025-10-10",
      ).map(brief),
    ).toEqual([
      {
        series: "new-car-avg-chinese",
        start: "2025-09-01",
        value: 3_400_000,
        changes: [[3, "year_ago", null]],
      },
    ]);
  });

  it("reads 'plus 6%' as a rise", () => {
    expect(
      changes(
        "Used\nIn September the foreign backing car cost 1.9 million rubles, plus 6% to August.",
        "2025-10-10",
      ),
    ).toEqual([["used-car-avg-foreign", 1_900_000, [[6, "previous_period", null]]]]);
  });
});

describe("a change told with the earlier time as its subject", () => {
  it("reads 'a year ago it was 5% cheaper' as a rise of 5% on a year earlier", () => {
    expect(
      changes(
        "Рынок\nОтечественная новая машина в сентябре стоила 1,6 млн рублей. Годом ранее она была на 5% дешевле.",
        "2025-10-10",
      ),
    ).toEqual([["new-car-avg-russian", 1_600_000, [[5, "year_ago", null]]]]);
    expect(
      changes(
        "Market\nThe domestic new car cost 1.6 million rubles in September. A year ago it was 5% cheaper.",
        "2025-10-10",
      ),
    ).toEqual([["new-car-avg-russian", 1_600_000, [[5, "year_ago", null]]]]);
  });
});

describe("a change in words", () => {
  it("reads 'на полтора процента' and 'up one and a half percent on the month'", () => {
    expect(
      changes(
        "Рынок\nИномарка в сентябре стоила 4,1 млн рублей, подорожав за месяц на полтора процента.",
        "2025-10-10",
      ),
    ).toEqual([["new-car-avg-foreign", 4_100_000, [[1.5, "previous_period", null]]]]);
    expect(
      changes(
        "Market\nA used car cost 1.2 million rubles in September, three percent more than a year earlier. The foreign car cost 4.1 million rubles in September, up one and a half percent on the month.",
        "2025-10-10",
      ),
    ).toEqual([
      ["used-car-avg", 1_200_000, [[3, "year_ago", null]]],
      ["new-car-avg-foreign", 4_100_000, [[1.5, "previous_period", null]]],
    ]);
  });
});

describe("a headline's changes", () => {
  it("gives the body's level both changes a headline tells, each with its own basis", () => {
    expect(
      changes(
        "Средняя цена новой машины выросла на 0,9% за месяц и на 3% за год\nВ сентябре средневзвешенная цена нового автомобиля составила 3,3 млн рублей.",
        "2025-10-14",
      ),
    ).toEqual([
      [
        "new-car-avg",
        3_300_000,
        [
          [0.9, "previous_period", null],
          [3, "year_ago", null],
        ],
      ],
    ]);
  });

  it("reads a signed figure in a headline and 'вторичка' as the used market", () => {
    expect(
      changes(
        "Вторичка: −0,7% за месяц\nПодержанный автомобиль в сентябре стоил в среднем 1,2 млн рублей.",
        "2025-10-14",
      ),
    ).toEqual([["used-car-avg", 1_200_000, [[-0.7, "previous_period", null]]]]);
    expect(
      changes(
        "New car prices: +0.9% m/m, +3% y/y\nThe weighted average price of a new car was 3.3 million rubles in September.",
        "2025-10-14",
      ),
    ).toEqual([
      [
        "new-car-avg",
        3_300_000,
        [
          [0.9, "previous_period", null],
          [3, "year_ago", null],
        ],
      ],
    ]);
  });
});

describe("the kind of car by its origin", () => {
  it("reads 'импортные' as foreign and 'из Китая', 'from China' as Chinese", () => {
    expect(
      prices(
        "Рынок\nАвтомобили российских марок в сентябре стоили в среднем 1,5 млн рублей. Импортные новые машины в сентябре стоили в среднем 4,1 млн рублей. Машины из Китая в сентябре в среднем стоили 3,4 млн рублей.",
        "2025-10-14",
      ).map((p) => p.series),
    ).toEqual(["new-car-avg-russian", "new-car-avg-foreign", "new-car-avg-chinese"]);
    expect(
      prices("Market\nCars from China cost an average of 3.4 million rubles in September.", "2025-10-14").map(
        (p) => p.series,
      ),
    ).toEqual(["new-car-avg-chinese"]);
  });
});

describe("changes told 'respectively'", () => {
  it("gives as many percentages after the levels as there are levels to them in their order", () => {
    expect(
      changes(
        "Рынок\nНовая машина в сентябре стоила 3,3 млн рублей, подержанная — 1,2 млн рублей; за месяц они подорожали на 0,9% и 0,6% соответственно.",
        "2025-10-14",
      ),
    ).toEqual([
      ["new-car-avg", 3_300_000, [[0.9, "previous_period", null]]],
      ["used-car-avg", 1_200_000, [[0.6, "previous_period", null]]],
    ]);
  });
});
