// Prices as news tells them (sentences written for this test): which period a figure takes when a
// sentence lists several, what a month after "выше уровня" is, which kind of car a figure is of.
import { describe, expect, it } from "vitest";
import { findPeriods } from "../../../domain/language/dates.ts";
import { findQuantities } from "../../../domain/language/numbers.ts";
import { brief, prices } from "./prices.ts";

describe("the period of a price", () => {
  it("takes a month after 'выше уровня' or 'дешевле' as the point of comparison", () => {
    const [own, than] = findPeriods(
      "В марте машина стоила 2 млн рублей, на 3% выше уровня февраля",
      "2024-04-10",
    );
    expect(own?.comparison).toBe(false);
    expect(than?.comparison).toBe(true);
    expect(findPeriods("подешевела на 1% дешевле января", "2024-04-10")[0]?.comparison).toBe(true);
    const [p] = prices(
      "Средняя цена новой машины по итогам марта составила 2 млн 900 тыс. рублей, что на 2% выше уровня февраля.",
      "2024-04-10",
    );
    expect(p && brief(p)).toEqual({
      series: "new-car-avg",
      start: "2024-03-01",
      value: 2_900_000,
      changes: [[2, "previous_period", null]],
    });
  });

  it("gives a period that opens the next comma-run of a list to the figure of that run", () => {
    const ps = prices(
      "Средняя цена нового автомобиля во втором полугодии достигла 3,1 млн рублей, в ноябре — 3,2 млн, а в декабре поднялась до 3,3 млн рублей.",
      "2024-01-15",
    );
    expect(ps.map((p) => [p.period?.start, p.period?.granularity, p.value])).toEqual([
      ["2023-07-01", "half_year", 3_100_000],
      ["2023-11-01", "month", 3_200_000],
      ["2023-12-01", "month", 3_300_000],
    ]);
  });

  it("keeps a period told after a figure with no comma between as that figure's", () => {
    const ps = prices(
      "The average new car cost 2.1 million rubles in mid-2022 and 2.8 million rubles at the end of 2024.",
      "2025-02-01",
    );
    expect(ps.map((p) => [p.period?.start, p.value])).toEqual([
      ["2022-07-01", 2_100_000],
      ["2024-01-01", 2_800_000],
    ]);
  });
});

describe("against what a change is told", () => {
  it("reads 'аналогичного периода минувшего года' as a year earlier", () => {
    const [p] = prices(
      "В 2022 году средняя цена нового автомобиля составила 2,7 млн рублей, что на 8% выше аналогичного периода минувшего года.",
      "2023-01-20",
    );
    expect(p?.changes.map((c) => [c.pct, c.basis])).toEqual([[8, "year_ago"]]);
  });
});

describe("which kind of car a figure is of", () => {
  it("reads 'российская машина' as a Russian-brand car", () => {
    const ps = prices(
      "В 2022 году иномарка в среднем обходилась в 3,3 млн рублей, а за российскую машину просили около 1,1 млн рублей.",
      "2023-01-20",
    );
    expect(ps.map((p) => [p.series, p.value])).toEqual([
      ["new-car-avg-foreign", 3_300_000],
      ["new-car-avg-russian", 1_100_000],
    ]);
  });
});

describe("figures that are no price's change", () => {
  it("reads 'increased less noticeably' as a rise, not a fall", () => {
    const ps = prices(
      "In 2024 imported cars went up by 12% to 3.9 million rubles, while Russian cars increased less noticeably, by 6%, to 1.4 million rubles.",
      "2025-01-20",
    );
    expect(ps.map((p) => [p.series, p.changes.map((c) => c.pct)])).toEqual([
      ["new-car-avg-foreign", [12]],
      ["new-car-avg-russian", [6]],
    ]);
  });

  it("leaves a bracketed percentage with the spending figure it follows", () => {
    const [p] = prices(
      "In 2024 buyers spent 4.2 trillion rubles on new cars (up 30% on 2023), while the average price rose by 8% to 3.3 million rubles.",
      "2025-01-20",
    );
    expect(p?.changes.map((c) => c.pct)).toEqual([8]);
  });

  it("does not give the market's volume change to the price before it", () => {
    const [p] = prices(
      "В марте новая машина стоила в среднем 3,2 млн рублей. Объём авторынка за квартал составил 300 тыс. машин, что на 12% больше, чем годом ранее.",
      "2025-04-10",
    );
    expect(p?.changes).toEqual([]);
  });
});

describe("a mark crossed", () => {
  it("keeps 'превысила 2 млн' as a price above that level", () => {
    const [p] = prices("Средняя цена новой машины в мае превысила 2 млн рублей.", "2021-06-10");
    expect(p && [p.value, p.hedge, p.period?.start]).toEqual([2_000_000, "more_than", "2021-05-01"]);
  });

  it("drops the round mark when the level itself follows for the same series and period", () => {
    const ps = prices(
      "Новая машина российской марки в мае впервые стоила в среднем больше миллиона рублей. Ценник поднялся до одного миллиона двадцати тысяч рублей.",
      "2024-06-10",
    );
    expect(ps.map((p) => [p.series, p.value])).toEqual([["new-car-avg-russian", 1_020_000]]);
  });

  it("reads 'выше трёх миллионов седьмой месяц подряд' as a run, not a price", () => {
    expect(
      prices("Средний ценник держится выше трёх миллионов рублей уже седьмой месяц подряд.", "2024-02-01"),
    ).toEqual([]);
  });

  it("takes 'столько же, сколько в октябре' as a comparison, not the figure's month", () => {
    const [p] = prices(
      "Новые машины в ноябре стоили в среднем 3,4 млн рублей, почти столько же, сколько в октябре.",
      "2025-12-10",
    );
    expect(p?.period?.start).toBe("2025-11-01");
  });
});

describe("a change and its level told together", () => {
  it("gives 'потеряли 6% (до 2,2 млн)' to the level it leads to, not to the figure before", () => {
    const ps = prices(
      "На рынке новых машин отечественные модели стали доступнее на 2% (до 1,7 млн руб.), а иномарки потеряли в цене 6% (до 2,2 млн руб.).",
      "2025-06-10",
    );
    expect(ps.map((p) => [p.value, p.changes.map((c) => c.pct)])).toEqual([
      [1_700_000, [-2]],
      [2_200_000, [-6]],
    ]);
  });

  it("reads 'чем за тот же месяц прошлого года' as a year earlier, and carries it to the next figures", () => {
    const ps = prices(
      "В феврале 2022 года средняя новая машина стоила 2 млн 300 тыс. рублей. Это на 11% больше, чем за тот же месяц 2021 года. Иномарки за февраль подорожали до 2 млн 600 тыс. рублей (+12%).",
      "2022-03-10",
    );
    expect(ps.map((p) => p.changes.map((c) => [c.pct, c.basis]))).toEqual([
      [[11, "year_ago"]],
      [[12, "year_ago"]],
    ]);
  });
});

describe("'тогда', 'at that time'", () => {
  it("dates a figure to the period the sentence before named", () => {
    const ps = prices(
      "В мае средняя цена новой машины составила 2,4 млн рублей. По сравнению с январём цена выросла на 10%. Тогда новая машина стоила около 2,2 млн рублей.",
      "2022-06-08",
    );
    expect(ps.map((p) => [p.period?.start, p.value])).toEqual([
      ["2022-05-01", 2_400_000],
      ["2022-01-01", 2_200_000],
    ]);
  });
});

describe("more forms of a price told in a list", () => {
  it("takes the trailing words of a percentage as its basis before a period named ahead of it", () => {
    const ps = prices(
      "Подержанная машина в мае стоила в среднем 1 млн 300 тыс. рублей. Это на 1,5% больше, чем в апреле, и на 6% больше, чем годом ранее.",
      "2025-06-10",
    );
    expect(ps[0]?.changes.map((c) => [c.pct, c.basis])).toEqual([
      [1.5, "previous_period"],
      [6, "year_ago"],
    ]);
  });

  it("does not read an exchange rate as a change in roubles", () => {
    const [p] = prices(
      "В марте новая машина стоила около 2,5 млн рублей. Доллар при этом опускался ниже 80 рублей.",
      "2025-04-10",
    );
    expect(p?.changes).toEqual([]);
  });

  it("reads 'прибавил 30 тыс. рублей' as the change of the price that follows", () => {
    const [p] = prices(
      "Седан Lada Aura прибавил 30 тыс. рублей и теперь стоит от 2 млн 650 тыс.",
      "2025-04-10",
    );
    expect(p && [p.series, p.value, p.changes.map((c) => c.abs)]).toEqual(["lada-aura", 2_650_000, [30_000]]);
  });

  it("leaves a figure told for a quarter, which no series holds", () => {
    expect(
      prices("В третьем квартале подержанная машина стоила примерно 1,2 млн рублей.", "2025-12-10"),
    ).toEqual([]);
  });

  it("reads a dash-led figure by the clause before the dash", () => {
    expect(
      prices(
        "From January 1 the fee for a new car of 1-2 litres will be 900 thousand rubles, and for a used car of the same volume — 1.4 million rubles.",
        "2025-01-10",
      ),
    ).toEqual([]);
  });

  it("reads a hyphenated model name whole", () => {
    const [p] = prices("Кроссовер Changan CS-55 Plus в марте стоил от 2,6 млн рублей.", "2025-03-20");
    expect(p?.series).toBe("changan-cs-55-plus");
  });

  it("reads 'the Atlas costs from …' as a model of the brand named before, list currency told once", () => {
    const ps = prices(
      "Geely has raised most of its prices. The Monjaro went up and now starts at 4,600,000 rubles, while the Atlas costs from 3,200,000 and the Cityray from 2,300,000 rubles.",
      "2026-01-14",
    );
    expect(ps.map((p) => [p.series, p.value])).toEqual([
      ["geely-monjaro", 4_600_000],
      ["geely-atlas", 3_200_000],
      ["geely-cityray", 2_300_000],
    ]);
  });

  it("keeps a year's average over the year when a share is told beside it", () => {
    const ps = prices(
      "Russians paid an average of 3.3 million roubles for a new car in 2025, 7% more than a year earlier. Chinese brands, which took 60% of the market, averaged 3.4 million roubles over the year.",
      "2026-01-15",
    );
    expect(ps.map((p) => [p.series, p.period?.start, p.period?.granularity])).toEqual([
      ["new-car-avg", "2025-01-01", "year"],
      ["new-car-avg-chinese", "2025-01-01", "year"],
    ]);
  });
});

describe("segments, six months, a change told ahead", () => {
  it("proposes no average for a segment, nor for 'таких машин' after one", () => {
    const ps = prices(
      "В 2024 году подержанная машина стоила в среднем 1,5 млн рублей. Машины массового сегмента подорожали на 8%. Средняя цена таких машин составила 1,1 млн рублей. В премиальном сегменте показатель достиг 3,9 млн рублей.",
      "2025-02-01",
    );
    expect(ps.map((p) => [p.value, p.changes.length])).toEqual([[1_500_000, 0]]);
  });

  it("keeps a used-car average told as 'the used-car segment'", () => {
    const ps = prices(
      "In 2024 the average price in the used-car segment was 1.5 million rubles.",
      "2025-02-01",
    );
    expect(ps.map((p) => p.value)).toEqual([1_500_000]);
  });

  it("reads 'по итогам шести месяцев 2025 года' as the first half", () => {
    const [p] = prices(
      "По итогам шести месяцев 2025 года новая машина стоила в среднем 3,1 млн рублей.",
      "2025-08-08",
    );
    expect(p?.period).toEqual({ start: "2025-01-01", granularity: "half_year" });
  });

  it("gives a change told ahead only to a price in the very next sentence", () => {
    const ps = prices(
      "The carmaker raised all its prices by 9% from Thursday. The rouble lost a third of its value last year. Its cheapest model, the Lada Granta, now sells for about 700,000 rubles.",
      "2025-02-10",
    );
    expect(ps.map((p) => p.changes.length)).toEqual([0]);
  });

  it("dates a digest's later average with no period of its own to the report's period", () => {
    const ps = prices(
      "В марте 2025 года новая машина стоила в среднем 3,2 млн рублей. Рынок держится на уровне выше трёх миллионов пятый месяц подряд. Машины китайских марок стоили около 3,1 млн рублей.",
      "2025-04-09",
    );
    expect(ps.map((p) => [p.series, p.period?.start])).toEqual([
      ["new-car-avg", "2025-03-01"],
      ["new-car-avg-chinese", "2025-03-01"],
    ]);
  });
});

describe("bases within a sentence, and a look back", () => {
  it("gives a bracketed change with no basis the one told earlier in the same sentence", () => {
    const ps = prices(
      "In May new cars averaged 3.3 million rubles, 5% more than a year earlier. Chinese brands averaged 3.1 million rubles (+0.5% per month), and Russian brands 1.5 million rubles (+1.4%).",
      "2025-06-10",
    );
    expect(ps.slice(1).map((p) => p.changes.map((c) => c.basis))).toEqual([
      ["previous_period"],
      ["previous_period"],
    ]);
  });

  it("dates 'Год назад …' a year before the report's month, and goes on with the report's month after it", () => {
    const ps = prices(
      "В мае 2025 года новая машина стоила в среднем 3,3 млн рублей. Год назад средний автомобиль обходился в 3,1 млн рублей. Новые иномарки в среднем стоили 3,6 млн рублей.",
      "2025-06-10",
    );
    expect(ps.map((p) => [p.value, p.period?.start])).toEqual([
      [3_300_000, "2025-05-01"],
      [3_100_000, "2024-05-01"],
      [3_600_000, "2025-05-01"],
    ]);
  });
});

describe("a model's price list", () => {
  it("tells a range of trims by its start, and a version after the model is part of its name", () => {
    const ps = prices(
      "Lada Vesta SW Cross теперь стоит от 1 млн 900 тыс. до 2 млн 200 тыс. рублей в зависимости от комплектации.",
      "2026-03-03",
    );
    expect(ps.map((p) => [p.series, p.value])).toEqual([["lada-vesta-sw-cross", 1_900_000]]);
  });

  it("keeps both levels of a change told 'from … to …'", () => {
    const ps = prices("В марте цена Lada Vesta выросла с 1,45 млн до 1,5 млн рублей.", "2026-03-20");
    expect(ps.map((p) => p.value)).toContain(1_500_000);
  });

  it("proposes no trade-in bonus, loan or monthly payment", () => {
    const ps = prices(
      "Haval Jolion now costs from 2.2 million rubles. Buyers get a trade-in bonus of 150,000 rubles, and a loan payment starts at 35,000 rubles a month.",
      "2026-02-16",
    );
    expect(ps.map((p) => p.value)).toEqual([2_200_000]);
  });

  it("reads 'the older Dargo is offered at …' as the brand's model, and 'A year ago the Jolion …' a year back", () => {
    const ps = prices(
      "Haval updated its prices. The older Dargo is offered at 3.3 million rubles. A year ago the Jolion started at 1.99 million rubles.",
      "2026-02-16",
    );
    expect(ps.map((p) => [p.series, p.period?.start])).toEqual([
      ["haval-dargo", "2026-02-01"],
      ["haval-jolion", "2025-02-01"],
    ]);
  });
});

describe("machine-translated reprints", () => {
  it("reads 'in relation to March' as a comparison, 'in annual terms' as a year earlier, 'car with run' as used", () => {
    const ps = prices(
      "The average price of the new car following the results of April made 3 million 250 thousand rubles. In relation to March the cost grew by 0.9%, and in annual terms - by 4.1%. The average cost of the car with run decreased to 1.16 million rubles.",
      "2025-05-12",
    );
    expect(ps.map((p) => [p.series, p.period?.start, p.changes.map((c) => [c.pct, c.basis])])).toEqual([
      [
        "new-car-avg",
        "2025-04-01",
        [
          [0.9, "previous_period"],
          [4.1, "year_ago"],
        ],
      ],
      ["used-car-avg", "2025-04-01", []],
    ]);
  });
});

describe("a figure compared with another's month", () => {
  it("leaves 'up from 3.27 million in July' its July and the level, and the next sentence, the month before", () => {
    const ps = prices(
      "Used cars fell 0.8% in August to 1.18 million roubles. New cars were stable at 3.32 million roubles, up from 3.27 million in July. Foreign-brand used cars averaged 1.7 million roubles.",
      "2025-09-09",
    );
    expect(ps.map((p) => [p.value, p.period?.start])).toEqual([
      [1_180_000, "2025-08-01"],
      [3_320_000, "2025-08-01"],
      [3_270_000, "2025-07-01"],
      [1_700_000, "2025-08-01"],
    ]);
  });
});

describe("hedges and number words", () => {
  it("reads 'не менее', 'at least' as above a figure, 'не более' as up to it, 'приблизилась к' as about it", () => {
    const h = (t: string) => findQuantities(t)[0]?.hedge;
    expect(h("стоила не менее 1,6 млн рублей")).toBe("more_than");
    expect(h("cost at least 1.6 million rubles")).toBe("more_than");
    expect(h("стоит не более 1,6 млн рублей")).toBe("up_to");
    expect(h("цена приблизилась к трём миллионам рублей")).toBe("approx");
    expect(h("стоила менее 1,6 млн рублей")).toBe("less_than");
  });

  it("multiplies by 'hundred' in English number words", () => {
    expect(findQuantities("three million two hundred thousand rubles")[0]?.value).toBe(3_200_000);
    expect(findQuantities("two hundred fifty thousand rubles")[0]?.value).toBe(250_000);
  });
});

describe("a change told in the headline", () => {
  it("gives the headline's change to the body's level of the same series", () => {
    const ps = prices(
      "Used car prices fall 2% in a month\nAutostat has published its July figures.\nThe average used car cost 1.17 million rubles in July, the agency said.",
      "2025-08-08",
    );
    expect(ps.map((p) => [p.series, p.changes.map((c) => [c.pct, c.basis])])).toEqual([
      ["used-car-avg", [[-2, "previous_period"]]],
    ]);
  });

  it("leaves a level alone when its own sentence already tells a change", () => {
    const ps = prices(
      "Новые машины подорожали на 2%\nВ июле новая машина стоила 3,35 млн рублей, на 1,5% больше, чем в июне.",
      "2025-08-08",
    );
    expect(ps[0]?.changes.map((c) => c.pct)).toEqual([1.5]);
  });
});

describe("a change in its own sentence that names another kind of car", () => {
  it("waits for that kind's level in the next sentence instead of joining the price before", () => {
    const ps = prices(
      "В августе новая машина стоила в среднем 3,32 млн рублей, на 1,4% больше, чем в июле. Подержанные автомобили за месяц подешевели на 0,8%. Средняя стоимость машины с пробегом составила 1,18 млн рублей.",
      "2025-09-09",
    );
    expect(ps.map((p) => [p.series, p.changes.map((c) => c.pct)])).toEqual([
      ["new-car-avg", [1.4]],
      ["used-car-avg", [-0.8]],
    ]);
  });

  it("still gives a change of the same kind of car to the price before", () => {
    const ps = prices(
      "In August the average used car cost 1.18 million rubles. Used cars became 0.8% cheaper over the month.",
      "2025-09-09",
    );
    expect(ps.map((p) => p.changes.map((c) => c.pct))).toEqual([[-0.8]]);
  });
});

describe("several models in one sentence", () => {
  it("gives each its change in roubles or percent, the shared verb told once", () => {
    const ps = prices(
      "С понедельника Lada Granta подорожала на 20 тыс. рублей, до 750 тыс., Vesta — на 35 тыс., до 1,4 млн, а Niva Travel — на 2%, до 1,3 млн рублей.",
      "2026-02-04",
    );
    expect(ps.map((p) => [p.series, p.value, p.changes.map((c) => c.abs ?? c.pct)])).toEqual([
      ["lada-granta", 750_000, [20_000]],
      ["lada-vesta", 1_400_000, [35_000]],
      ["lada-niva-travel", 1_300_000, [2]],
    ]);
  });
});

describe("a brand's average", () => {
  it("is no series: 'the average Tenet' proposes nothing, a model of it still does", () => {
    const ps = prices(
      "In October the average new car cost 3.4 million rubles. The average price of a new Lada was 1.5 million rubles, and the Lada Vesta cost from 1.4 million rubles.",
      "2025-11-13",
    );
    expect(ps.map((p) => [p.series, p.value])).toEqual([
      ["new-car-avg", 3_400_000],
      ["lada-vesta", 1_400_000],
    ]);
  });
});
