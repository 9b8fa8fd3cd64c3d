// Prices as news tells them, round nine (sentences written for this test): a price table whose
// columns give a price and its change (in roubles or percent, "Было | Стало | Разница"); a new list
// that takes effect at a later date; a carried month beside another figure's year; "the same year";
// a change told with no basis against an undated month, and a percentage of another kind's clause;
// the size of a coming rise told as a range; a model "with variator" and a floor that is a starting
// price; a list whose rubles are told at its start, a change "on" a sum in translated English, the
// whole market after a sentence on one kind; a kind left out in brackets; a list of links under
// a sidebar heading whose lines open on an em dash.
import { describe, expect, it } from "vitest";
import { findPeriods } from "../../../domain/language/dates.ts";
import { plainFacts } from "./plain-facts.ts";
import { brief, prices, withChanges } from "./prices.ts";

const read = (text: string, date: string | null) => prices(`Title\n${text}`, date).map(brief);
const full = withChanges;

describe("a price table whose columns give a price and its change", () => {
  it("gives each row the change in roubles its change column holds, against the list before", () => {
    for (const [text, date] of [
      [
        "Dealers got the revised list on Monday.\n\nModel | Price from, rub. | Change\nLada Granta sedan | 812 000 | +12 000\nLada Vesta sedan | 1 505 000 | −20 000\nLada Largus | 1 640 000 | no change",
        "2026-03-04",
      ],
      [
        "Новые рекомендованные цены на модели марки:\n\nМодель | Цена, руб. | Изменение, руб.\nHaval Jolion | 2 410 000 | +60 000\nHaval F7 | 3 250 000 | +45 000\nHaval H9 | 5 100 000 | без изменений",
        "2026-03-04",
      ],
    ] as const) {
      const got = full(text, date);
      expect(got).toHaveLength(3);
      expect(got[0]?.abs).toHaveLength(1);
      expect(Math.abs(got[0]?.abs[0] ?? 0)).toBeGreaterThan(10_000);
      expect(got[0]?.changes[0]?.[1]).toBe("previous_period");
      expect(got[2]?.changes).toEqual([]);
      expect(got.every((p) => p.start === "2026-03-01")).toBe(true);
    }
    expect(
      full(
        "Model | Price from, rub. | Change\nLada Vesta sedan | 1 505 000 | −20 000\nLada Granta sedan | 812 000 | +12 000",
        "2026-03-04",
      )[0]?.abs,
    ).toEqual([-20_000]);
  });

  it("reads a percent change column with no basis word as against the list before", () => {
    const got = read(
      "Model | New price, rub. | Change\nChery Tiggo 4 | 2 050 000 | +2,5%\nChery Tiggo 7 Pro Max | 2 890 000 | +1,8%",
      "2026-03-04",
    );
    expect(got[0]?.changes).toEqual([[2.5, "previous_period", null]]);
    expect(got[1]?.changes).toEqual([[1.8, "previous_period", null]]);
  });

  it("reads a table of the price before, after and their difference once per row", () => {
    for (const text of [
      "Модель | Было, руб. | Стало, руб. | Разница, руб.\nGeely Coolray | 2 300 000 | 2 360 000 | +60 000\nGeely Monjaro | 4 500 000 | 4 580 000 | +80 000",
      "Model | Old price, rub. | New price, rub. | Difference\nGeely Coolray | 2 300 000 | 2 360 000 | +60 000\nGeely Monjaro | 4 500 000 | 4 580 000 | +80 000",
    ]) {
      const got = full(text, null);
      expect(got.map((p) => p.value)).toEqual([2_360_000, 4_580_000]);
      expect(got.map((p) => p.abs)).toEqual([[60_000], [80_000]]);
    }
  });

  it("leaves a column of sales counts beside the price no change of it", () => {
    const got = full(
      "Модель | Цена, руб. | Продажи, шт.\nLada Vesta | 1 505 000 | +1 200\nLada Granta | 812 000 | +3 400",
      "2026-03-04",
    );
    expect(got.map((p) => p.value)).toEqual([1_505_000, 812_000]);
    expect(got.every((p) => p.changes.length === 0)).toBe(true);
  });
});

describe("a new price list that takes effect at a later date", () => {
  it("dates model prices told after it, in prose or in a table, to the month it takes effect", () => {
    for (const text of [
      "Importers have circulated new price lists that apply from February 1. The Omoda C5 will cost from 2,450,000 rubles and the Geely Coolray from 2,520,000 rubles.",
      "Дистрибьюторы разослали дилерам прайс-листы, которые вступят в силу с 1 февраля.\n\nМодель | Цена, руб. | Изменение\nOmoda C5 | 2 450 000 | +50 000\nGeely Coolray | 2 520 000 | +40 000",
    ]) {
      const got = read(text, "2026-01-20");
      expect(got.map((p) => p.series)).toEqual(["omoda-c5", "geely-coolray"]);
      expect(got.every((p) => p.start === "2026-02-01")).toBe(true);
    }
  });

  it("keeps a price told as it stands now, or a list that took effect earlier, to the article's month", () => {
    expect(
      read(
        "New price lists apply from February 1. For now the Omoda C5 still costs 2,400,000 rubles.",
        "2026-01-20",
      )[0]?.start,
    ).toBe("2026-01-01");
    expect(
      read("Новые цены действуют с 1 декабря. Omoda C5 стоит от 2 400 000 рублей.", "2026-01-20")[0]?.start,
    ).toBe("2026-01-01");
  });
});

describe("a month carried from the sentence before, beside another figure's year", () => {
  it("keeps the carried month for the lead figure", () => {
    for (const text of [
      "«Автостат» опубликовал данные за январь. Средняя цена нового автомобиля — 3,61 млн рублей, тогда как в 2025 году она в среднем была 3,38 млн.",
      "The agency has published its figures for January. A new car cost 3.61 million rubles on average, 4% above the 2025 average.",
    ]) {
      const got = read(text, "2026-02-09");
      expect(got[0]?.start).toBe("2026-01-01");
      expect(got[0]?.value).toBe(3_610_000);
    }
  });

  it("still shares a month that opens the sentence between its two figures", () => {
    for (const text of [
      "In May domestic new cars cost 1.8 million rubles on average, 0.4% more than in April, whereas foreign ones cost 3.6 million.",
      "В мае отечественные новые машины в среднем стоили 1,8 млн рублей, тогда как иномарки — 3,6 млн рублей.",
    ])
      expect(read(text, "2026-06-09").map((p) => p.start)).toEqual(["2026-05-01", "2026-05-01"]);
  });

  it("still gives a year told with its own figure to that figure", () => {
    const got = read("В 2025 году средняя цена нового автомобиля составляла 3,38 млн рублей.", "2026-02-09");
    expect(got[0]?.start).toBe("2025-01-01");
  });
});

describe("'the same year' after a period named", () => {
  it("reads the year named again, or left out, as that year whole", () => {
    for (const s of [
      "В середине 2022 года новая машина стоила 2,4 млн рублей, а подержанная по итогам того же 2022-го — 1,2 млн.",
      "В середине 2022 года новая машина стоила 2,4 млн рублей, а подержанная по итогам того же года — 1,2 млн.",
      "In mid-2022 a new car cost 2.4 million rubles, and a used one for the same year 1.2 million.",
    ])
      expect(findPeriods(s, "2025-08-08").map((p) => p.period)).toContainEqual({
        start: "2022-01-01",
        granularity: "year",
      });
  });

  it("gives a month 'of the same year' the year named before it", () => {
    for (const s of [
      "В марте 2022 года цена была 2,2 млн, а в июне того же года — 2,5 млн.",
      "In March 2022 it was 2.2 million, and in June of the same year 2.5 million.",
    ])
      expect(findPeriods(s, "2025-08-08").map((p) => p.period)).toContainEqual({
        start: "2022-06-01",
        granularity: "month",
      });
  });

  it("reads the used car's figure of the same year as of the year, not the middle of it", () => {
    const got = read(
      "В середине 2022 года новая машина в среднем стоила 2,4 млн рублей, а машина с пробегом по итогам того же 2022-го — 1,2 млн рублей.",
      "2025-08-08",
    );
    expect(got.find((p) => p.series === "used-car-avg")?.start).toBe("2022-01-01");
  });
});

describe("a change with no basis word, and a percentage of another kind's clause", () => {
  it("reads a month's change told with no basis against the month before, the year unknown", () => {
    for (const text of [
      "The average price of a used car in June fell by 1.8% to 1.21 million rubles.",
      "Средняя цена подержанного автомобиля в июне снизилась на 1,8%, до 1,21 млн рублей.",
    ])
      expect(read(text, null)[0]?.changes).toEqual([[-1.8, "previous_period", null]]);
  });

  it("does not give a level the percentage a clause on another kind of car tells", () => {
    for (const text of [
      "Used foreign cars cost about 1.5 million rubles on average, 0.6% more, while Russian brands lost about 2%.",
      "Подержанные иномарки в среднем стоили около 1,5 млн рублей, на 0,6% больше, а отечественные марки подешевели примерно на 2%.",
    ]) {
      const got = read(text, "2026-05-06");
      expect(got[0]?.series).toBe("used-car-avg-foreign");
      expect(got[0]?.changes.map((c) => c[0])).toEqual([0.6]);
    }
  });

  it("keeps a change told of the same kind in a clause after its level", () => {
    const got = read(
      "The average new car cost 3.5 million rubles in April, and new cars rose 1.1% over the month.",
      "2026-05-06",
    );
    expect(got[0]?.changes.map((c) => c[0])).toEqual([1.1]);
  });
});

describe("the size of a coming rise told as a range", () => {
  it("proposes no price for the sums a rise adds, nor for a clause that leaves out the verb", () => {
    for (const text of [
      "С 1 января 2027 года ставки вырастут. По оценке дилеров, новая индексация добавит к цене кроссовера 350–400 тыс. рублей, а для полноприводных версий — и все 500–550 тыс.",
      "Rates will rise from January 1, 2027. Dealers estimate the indexation will add 350–400 thousand rubles to the price of a new crossover.",
      "В 2027 году новые машины, по оценке дилеров, подорожают на 350–400 тыс. рублей.",
    ])
      expect(read(text, "2026-09-30")).toEqual([]);
  });

  it("still reads the level of a clause whose verb is left out after a level", () => {
    const got = read(
      "Vesta подорожала на 50 тыс. рублей, до 1,5 млн рублей, а Granta — 900 тыс. рублей.",
      "2026-09-30",
    );
    expect(got.map((p) => [p.series, p.value])).toEqual([
      ["lada-vesta", 1_500_000],
      ["lada-granta", 900_000],
    ]);
  });
});

describe("a model with a variator, and a floor that is a starting price", () => {
  it("reads 'with variator' after the model's name as its CVT version, and 'not less than' as no hedge", () => {
    for (const text of [
      "For the Vesta with variator a buyer now has to pay not less than 2,05 million rubles.",
      "За Vesta с вариатором теперь придётся отдать не менее 2,05 млн рублей.",
    ]) {
      const got = plainFacts(`Title\n${text}`, "2026-04-10");
      expect(got).toContainEqual(
        expect.objectContaining({ series: "lada-vesta-cvt", value: 2_050_000, hedge: null }),
      );
    }
  });

  it("keeps a market average told with 'not less than' above it", () => {
    const got = plainFacts(
      "Title\nThe average new car cost not less than 3.5 million rubles in March.",
      "2026-04-10",
    );
    expect(got).toContainEqual(expect.objectContaining({ series: "new-car-avg", hedge: "more_than" }));
  });
});

describe("a list whose currency is told once, at its start", () => {
  it("reads a full-form sum told later in the sentence as a price, with its change 'on' a sum", () => {
    for (const text of [
      "The Omoda C5 will cost from 2,450,000 rubles, and the Geely Coolray will go up on 40 thousand rubles to 2,520,000.",
      "The Omoda C5 will cost from 2,450,000 rubles, and the Geely Coolray will go up by 40 thousand rubles to 2,520,000.",
    ]) {
      const got = full(text, "2026-01-20");
      expect(got.map((p) => [p.series, p.value])).toEqual([
        ["omoda-c5", 2_450_000],
        ["geely-coolray", 2_520_000],
      ]);
      expect(got[1]?.abs).toEqual([40_000]);
    }
  });

  it("reads no price from a count of cars told beside a price", () => {
    const got = read(
      "The Omoda C5 costs from 2,450,000 rubles, and the brand has sold 1,120,000 cars in Russia so far.",
      "2026-01-20",
    );
    expect(got.map((p) => p.value)).toEqual([2_450_000]);
  });
});

describe("the whole market after sentences on one kind of car", () => {
  it("reads the market in whole as all new cars, not the kind told before", () => {
    for (const text of [
      "Chinese brands' new cars cost 3.7 million rubles on average in May. A year ago the figure was 5% lower. The market in whole in May showed an average price of 3.45 million rubles.",
      "Chinese brands' new cars cost 3.7 million rubles on average in May. A year ago the figure was 5% lower. The market as a whole in May showed an average price of 3.45 million rubles.",
    ])
      expect(read(text, "2026-06-05").find((p) => p.value === 3_450_000)?.series).toBe("new-car-avg");
  });
});

describe("a kind of car named only as left out", () => {
  it("keeps the level the kind's it is told of, not the kind it excludes", () => {
    for (const text of [
      "Подержанные иномарки (без учёта китайских марок) в июле подешевели до 1 млн 410 тыс. рублей.",
      "Used foreign cars, excluding Chinese brands, cost 1.41 million rubles on average in July.",
    ])
      expect(read(text, "2025-08-08")[0]?.series).toBe("used-car-avg-foreign");
  });

  it("still reads a kind named plainly as that kind", () => {
    expect(
      read("Новые китайские машины в июле в среднем стоили 3,3 млн рублей.", "2025-08-08")[0]?.series,
    ).toBe("new-car-avg-chinese");
  });
});

describe("links under a sidebar heading, each opening on an em dash", () => {
  it("reads no price from any of the links", () => {
    for (const text of [
      "Средняя цена нового автомобиля в июле составила 3,2 млн рублей.\nЕщё по теме:\n— Почему дешевеют седаны\n— Tenet T7 получил новую цену — 2,9 млн рублей",
      "The average new car cost 3.2 million rubles in July.\nRead also:\n— Why sedans are getting cheaper\n— The Tenet T7 got a new price of 2.9 million rubles",
    ])
      expect(read(text, "2025-08-08").map((p) => p.value)).toEqual([3_200_000]);
  });
});
