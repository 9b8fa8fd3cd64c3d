// Prices as news tells them, round six (sentences written for this test): a change told apart from
// its level — in a sentence of its own that lists several kinds of car, by "в месячном выражении",
// against "показателя сентября", or with an earlier month as the subject ("в сентябре она была ниже").
import { describe, expect, it } from "vitest";
import { findPeriods } from "../../../domain/language/dates.ts";
import { brief, prices } from "./prices.ts";

describe("a sentence of changes for several kinds of car", () => {
  it("gives each change to the level of the kind its own clause names", () => {
    const ps = prices(
      "В ноябре средняя цена нового автомобиля составила 3,5 млн рублей, подержанного — 1,25 млн рублей. За месяц новые машины подорожали на 1,4%, подержанные — на 0,6%.",
      "2025-12-08",
    );
    expect(ps.map(brief)).toEqual([
      {
        series: "new-car-avg",
        start: "2025-11-01",
        value: 3_500_000,
        changes: [[1.4, "previous_period", null]],
      },
      {
        series: "used-car-avg",
        start: "2025-11-01",
        value: 1_250_000,
        changes: [[0.6, "previous_period", null]],
      },
    ]);
  });

  it("does so in English, with the kinds of car named by origin", () => {
    const ps = prices(
      "In November the average foreign car cost 4.1 million rubles and the average Russian car 1.7 million rubles. Foreign brands rose 1.3% over the month, while Russian brands added 0.5%.",
      "2025-12-08",
    );
    expect(ps.map(brief)).toEqual([
      {
        series: "new-car-avg-foreign",
        start: "2025-11-01",
        value: 4_100_000,
        changes: [[1.3, "previous_period", null]],
      },
      {
        series: "new-car-avg-russian",
        start: "2025-11-01",
        value: 1_700_000,
        changes: [[0.5, "previous_period", null]],
      },
    ]);
  });

  it("keeps each change's own basis and sign when the kinds move apart", () => {
    const ps = prices(
      "Средняя цена нового автомобиля в ноябре составила 3,5 млн рублей, а подержанного — 1,25 млн рублей. За год новые машины подорожали на 4%, а подержанные подешевели на 1,5%.",
      "2025-12-08",
    );
    expect(ps.map((p) => [p.series, p.changes.map((c) => [c.pct, c.basis])])).toEqual([
      ["new-car-avg", [[4, "year_ago"]]],
      ["used-car-avg", [[-1.5, "year_ago"]]],
    ]);
  });

  it("leaves a kind with no level of its own out rather than giving its change to another", () => {
    const ps = prices(
      "В ноябре средняя цена нового автомобиля составила 3,5 млн рублей. За месяц новые машины подорожали на 1,4%, подержанные — на 0,6%.",
      "2025-12-08",
    );
    expect(ps.map(brief)).toEqual([
      {
        series: "new-car-avg",
        start: "2025-11-01",
        value: 3_500_000,
        changes: [[1.4, "previous_period", null]],
      },
    ]);
  });
});

describe("the basis of a change told in other words", () => {
  it("reads 'в месячном выражении' as against the month before", () => {
    const [p] = prices(
      "По итогам ноября новый легковой автомобиль в среднем стоил 3,5 млн рублей. В месячном выражении цена выросла на 1,4%, в годовом — на 4%.",
      "2025-12-08",
    );
    expect(p?.changes.map((c) => [c.pct, c.basis])).toEqual([
      [1.4, "previous_period"],
      [4, "year_ago"],
    ]);
  });

  it("takes a month after 'больше показателя' as the one compared with", () => {
    expect(findPeriods("на 1,4% больше показателя октября", "2025-12-08")[0]?.comparison).toBe(true);
    expect(findPeriods("Показатель ноября составил 3,5 млн", "2025-12-08")[0]?.comparison).toBe(false);
    const [p] = prices(
      "По итогам ноября средняя цена нового автомобиля составила 3,5 млн рублей. Это на 1,4% больше показателя октября и на 4% выше, чем годом ранее.",
      "2025-12-08",
    );
    expect(p?.changes.map((c) => [c.pct, c.basis])).toEqual([
      [1.4, "previous_period"],
      [4, "year_ago"],
    ]);
  });

  it("reads 'по сравнению с прошлым месяцем' as against the month before", () => {
    const [p] = prices(
      "Средняя цена подержанного автомобиля в ноябре составила 1,25 млн рублей, снизившись на 0,6% по сравнению с прошлым месяцем.",
      "2025-12-08",
    );
    expect(p?.changes.map((c) => [c.pct, c.basis])).toEqual([[-0.6, "previous_period"]]);
  });
});

describe("an earlier month told as the subject of a change", () => {
  it("turns 'в октябре она была на 1,4% ниже' into a rise since October", () => {
    const [p] = prices(
      "Средняя цена нового автомобиля в ноябре достигла 3,5 млн рублей. В октябре она была на 1,4% ниже.",
      "2025-12-08",
    );
    expect(p && brief(p)).toEqual({
      series: "new-car-avg",
      start: "2025-11-01",
      value: 3_500_000,
      changes: [[1.4, "previous_period", null]],
    });
  });

  it("does so in English, a year back", () => {
    const [p] = prices(
      "The average used car cost 1.25 million rubles in November 2025. In November 2024 it was 3% cheaper.",
      "2025-12-08",
    );
    expect(p?.changes.map((c) => [c.pct, c.basis])).toEqual([[3, "year_ago"]]);
  });
});

describe("a change told by a participle or a short mark", () => {
  it("reads 'gaining', 'losing', 'потеряв', 'добавив' as the verbs of a change", () => {
    const cases: [string, number][] = [
      [
        "The average price of a new car in November was 3.5 million rubles, gaining 1.4% over the month.",
        1.4,
      ],
      [
        "The average price of a used car in November was 1.25 million rubles, losing 0.6% over the month.",
        -0.6,
      ],
      [
        "Средняя цена подержанного автомобиля в ноябре составила 1,25 млн рублей, потеряв за месяц 0,6%.",
        -0.6,
      ],
      ["Средняя цена нового автомобиля в ноябре составила 3,5 млн рублей, добавив за месяц 1,4%.", 1.4],
    ];
    for (const [text, pct] of cases)
      expect(prices(text, "2025-12-08").map((p) => p.changes.map((c) => [c.pct, c.basis]))).toEqual([
        [[pct, "previous_period"]],
      ]);
  });

  it("keeps a sum lost as the change, not a level", () => {
    const ps = prices(
      "Средняя цена иномарки в ноябре снизилась до 3,9 млн рублей, потеряв за месяц 120 тыс. рублей.",
      "2025-12-08",
    );
    expect(ps.map((p) => [p.value, p.changes.map((c) => c.abs)])).toEqual([[3_900_000, [-120_000]]]);
  });

  it("reads 'y-o-y' as against a year earlier", () => {
    const [p] = prices(
      "The average price of a new car in November was 3.5 million rubles, up 4% y-o-y.",
      "2025-12-08",
    );
    expect(p?.changes.map((c) => [c.pct, c.basis])).toEqual([[4, "year_ago"]]);
  });
});

describe("a month or a year's start compared with", () => {
  it("takes 'up 1.4% on October' as a change from October, not the level's month", () => {
    expect(findPeriods("up 1.4% on October", "2025-12-08")[0]?.comparison).toBe(true);
    const [p] = prices(
      "In November a new car cost 3.5 million rubles on average, up 1.4% on October.",
      "2025-12-08",
    );
    expect(p && brief(p)).toEqual({
      series: "new-car-avg",
      start: "2025-11-01",
      value: 3_500_000,
      changes: [[1.4, "previous_period", null]],
    });
  });

  it("takes 'than at the start of 2025' and 'с января' as against January", () => {
    expect(findPeriods("9% more than at the start of 2025", "2025-12-08")[0]?.comparison).toBe(true);
    const [en] = prices(
      "The average price of a new car in November was 3.5 million rubles, 9% more than at the start of 2025.",
      "2025-12-08",
    );
    expect(en && brief(en)).toEqual({
      series: "new-car-avg",
      start: "2025-11-01",
      value: 3_500_000,
      changes: [[9, null, "2025-01"]],
    });
    const [ru] = prices(
      "Средняя цена нового автомобиля в ноябре составила 3,5 млн рублей. С января она выросла на 9%.",
      "2025-12-08",
    );
    expect(ru?.changes.map((c) => [c.pct, c.vs])).toEqual([[9, "2025-01"]]);
  });
});

describe("a change told in the sentence after the level", () => {
  it("reads a sum with the comparative after it, and not when an earlier month is the subject", () => {
    const [p] = prices(
      "The average price of a new car hit a record 3.5 million rubles in November. This is 60,000 rubles more than in October.",
      "2025-12-08",
    );
    expect(p?.changes.map((c) => [c.abs, c.basis])).toEqual([[60_000, "previous_period"]]);
    const [q] = prices(
      "Средняя цена нового автомобиля в ноябре достигла 3,5 млн рублей. Месяцем ранее она была на 60 тыс. рублей дешевле.",
      "2025-12-08",
    );
    expect(q?.changes.every((c) => (c.abs ?? 0) >= 0)).toBe(true);
  });

  it("reads 'have grown since November last year' and 'за двенадцать месяцев' as a year's change", () => {
    const [en] = prices(
      "The average price of a new car was 3.5 million rubles in November. Prices have grown by 4% since November last year.",
      "2025-12-08",
    );
    expect(en?.changes.map((c) => [c.pct, c.basis])).toEqual([[4, "year_ago"]]);
    const [ru] = prices(
      "Средняя цена нового автомобиля в ноябре составила 3,5 млн рублей. За двенадцать месяцев она выросла на 4%.",
      "2025-12-08",
    );
    expect(ru?.changes.map((c) => [c.pct, c.basis])).toEqual([[4, "year_ago"]]);
  });

  it("keeps a lead's change for the average told after a sentence that only counts cars", () => {
    const [p] = prices(
      "Цены на новые автомобили в ноябре выросли на 1,4%, сообщили в агентстве. Аналитики изучили данные о продажах 150 тыс. машин. Средневзвешенная цена нового легкового автомобиля составила 3,5 млн рублей.",
      "2025-12-08",
    );
    expect(p && brief(p)).toEqual({
      series: "new-car-avg",
      start: "2025-11-01",
      value: 3_500_000,
      changes: [[1.4, "previous_period", null]],
    });
  });
});

describe("a change the headline tells", () => {
  it("gives a headline's changes for two kinds of car to the body's levels of each", () => {
    const ps = prices(
      "Новые машины за месяц подорожали на 1,4%, подержанные — на 0,6%\nСредняя цена нового автомобиля в ноябре составила 3,5 млн рублей, подержанного — 1,25 млн рублей.",
      "2025-12-08",
    );
    expect(ps.map((p) => [p.series, p.changes.map((c) => [c.pct, c.basis])])).toEqual([
      ["new-car-avg", [[1.4, "previous_period"]]],
      ["used-car-avg", [[0.6, "previous_period"]]],
    ]);
  });

  it("reads 'grows', 'rises', 'falls' and 'slips' as the verbs of a headline's change", () => {
    const [p] = prices(
      "Average price of a new car grows 4% in a year\nIn November the weighted average price of a new car was 3.5 million rubles. Compared with October the figure rose 1.4%.",
      "2025-12-08",
    );
    expect(p?.changes.map((c) => [c.pct, c.basis])).toEqual([
      [1.4, "previous_period"],
      [4, "year_ago"],
    ]);
    const [q] = prices(
      "Used car price slips 0.6% in November\nA used car cost 1.25 million rubles on average in November, the agency said.",
      "2025-12-08",
    );
    expect(q?.changes.map((c) => c.pct)).toEqual([-0.6]);
  });

  it("takes 'седан' in the body for the one model the headline names", () => {
    const [p] = prices(
      "Lada Vesta подорожала на 3,1%\nС 1 декабря седан стоит от 1 799 900 рублей.",
      "2025-12-08",
    );
    expect(p && brief(p)).toEqual({
      series: "lada-vesta",
      start: "2025-12-01",
      value: 1_799_900,
      changes: [[3.1, "previous_period", null]],
    });
  });

  it("leaves a market average in such an article to the market", () => {
    const ps = prices(
      "Lada Vesta подорожала на 3,1%\nСредняя цена нового седана в ноябре составила 2,9 млн рублей.",
      "2025-12-08",
    );
    expect(ps.map((p) => p.series)).not.toContain("lada-vesta");
  });
});

describe("a table of prices", () => {
  it("reads each row's level and the changes its month and year columns hold", () => {
    const ps = prices(
      "Цены в ноябре\nАгентство опубликовало средневзвешенные цены за ноябрь.\nСегмент | Средняя цена, руб. | За месяц | За год\nНовые автомобили | 3 500 000 | +1,4% | +4,0%\nПодержанные автомобили | 1 250 000 | +0,6% | −1,5%",
      "2025-12-08",
    );
    expect(ps.map(brief)).toEqual([
      {
        series: "new-car-avg",
        start: "2025-11-01",
        value: 3_500_000,
        changes: [
          [1.4, "previous_period", null],
          [4, "year_ago", null],
        ],
      },
      {
        series: "used-car-avg",
        start: "2025-11-01",
        value: 1_250_000,
        changes: [
          [0.6, "previous_period", null],
          [-1.5, "year_ago", null],
        ],
      },
    ]);
  });

  it("takes the period from the headline and the scale from the header", () => {
    const ps = prices(
      "Car prices in November\nSegment | Average price, mln rubles | m/m\nForeign cars | 4.1 | +1.3%\nRussian cars | 1.7 | +0.5%",
      "2025-12-08",
    );
    expect(ps.map((p) => [p.series, p.period?.start, p.value, p.changes.map((c) => c.pct)])).toEqual([
      ["new-car-avg-foreign", "2025-11-01", 4_100_000, [1.3]],
      ["new-car-avg-russian", "2025-11-01", 1_700_000, [0.5]],
    ]);
  });

  it("reads a model's new price with the change from the old one", () => {
    const ps = prices(
      "Новые цены Lada\nМодель | Было, руб. | Стало, руб.\nLada Granta | 990 000 | 1 012 000\nLada Vesta | 1 749 900 | 1 799 900",
      "2025-12-08",
    );
    expect(ps.map(brief)).toEqual([
      {
        series: "lada-granta",
        start: "2025-12-01",
        value: 1_012_000,
        changes: [[null, "previous_period", null]],
      },
      {
        series: "lada-vesta",
        start: "2025-12-01",
        value: 1_799_900,
        changes: [[null, "previous_period", null]],
      },
    ]);
    expect(ps.map((p) => p.changes[0]?.abs)).toEqual([22_000, 50_000]);
  });

  it("reads no car price from a table of fees", () => {
    const ps = prices(
      "Утильсбор с 1 декабря\nКатегория | Ставка, руб.\nНовые легковые 160–190 л.с. | 750 000",
      "2025-12-08",
    );
    expect(ps).toEqual([]);
  });
});

describe("'monthly' as a basis, and a change told with a level looked back on", () => {
  it("reads 'a monthly increase' and 'on a monthly basis' as a change on the month, not an instalment", () => {
    const [p] = prices(
      "The average price of a new car was 3.5 million rubles in November, a monthly increase of 1.4%.",
      "2025-12-08",
    );
    expect(p?.changes.map((c) => [c.pct, c.basis])).toEqual([[1.4, "previous_period"]]);
    const [q] = prices(
      "The average price of a new car was 3.5 million rubles in November. On a monthly basis, prices rose 1.4%.",
      "2025-12-08",
    );
    expect(q?.changes.map((c) => [c.pct, c.basis])).toEqual([[1.4, "previous_period"]]);
    expect(
      prices("A loan for a new car costs 45,000 rubles monthly, or 3.5 million rubles in all.", "2025-12-08"),
    ).toEqual([]);
  });

  it("gives the change told with 'Годом ранее … 3,36 млн' to the level of now", () => {
    const ps = prices(
      "Средняя цена нового автомобиля в ноябре составила 3,5 млн рублей. Годом ранее показатель составлял 3,36 млн рублей, то есть рост — 4,2%.",
      "2025-12-08",
    );
    expect(ps.map(brief)).toEqual([
      { series: "new-car-avg", start: "2025-11-01", value: 3_500_000, changes: [[4.2, "year_ago", null]] },
      { series: "new-car-avg", start: "2024-11-01", value: 3_360_000, changes: [] },
    ]);
  });
});

describe("a headline on what cars cost that names no kind of car", () => {
  it("gives 'Автомобили подорожали на 1,4%' and 'Cars got 1.4% more expensive' to the new-car average", () => {
    for (const title of [
      "Автомобили в России за месяц подорожали на 1,4%",
      "Cars in Russia got 1.4% more expensive in November",
      "Машины дорожают: +1,4% за ноябрь",
    ]) {
      const [p] = prices(
        `${title}\nСредневзвешенная цена нового легкового автомобиля в ноябре составила 3,5 млн рублей.`,
        "2025-12-08",
      );
      expect(p?.changes.map((c) => [c.pct, c.basis])).toEqual([[1.4, "previous_period"]]);
    }
  });

  it("leaves a headline on sales alone", () => {
    const [p] = prices(
      "Продажи автомобилей выросли на 35%\nСредневзвешенная цена нового легкового автомобиля в ноябре составила 3,5 млн рублей.",
      "2025-12-08",
    );
    expect(p?.changes).toEqual([]);
  });
});
