// Prices as news tells them, round eight (sentences written for this test): a kind of car that
// opens a clause of its own, a change measured against an earlier figure handed back to the lead
// one, a sum's comparative with a named month, a gap that is no price, models told in a list.
import { describe, expect, it } from "vitest";
import { findPeriods } from "../../../domain/language/dates.ts";
import { brief, prices } from "./prices.ts";

const read = (text: string, date: string) => prices(`Title\n${text}`, date).map(brief);

describe("a kind of car that opens a clause of its own after a figure", () => {
  it("keeps the figure the whole market's when Chinese or foreign brands have their own verb after it", () => {
    for (const text of [
      "Back in 2021 the average new car cost 1.9 million rubles, and Chinese brands were a rarity then.",
      "In March 2021 the weighted average price of a new car was 1.8 million rubles, while foreign brands still made up most of sales.",
      "В марте 2021 года средняя цена нового автомобиля составляла 1,8 млн рублей, а китайские марки тогда были редкостью.",
    ])
      expect(read(text, "2026-06-10")[0]?.series).toBe("new-car-avg");
  });

  it("still reads the kind named right after a figure as that figure's", () => {
    expect(
      read("In May the average price stood at 3.5 million rubles for Chinese cars.", "2026-06-10")[0]?.series,
    ).toBe("new-car-avg-chinese");
  });
});

describe("a change against the level's own time", () => {
  it("hands the change to the lead figure, not the earlier one it is measured against", () => {
    for (const [text, date, vs] of [
      [
        "The average new car cost 3.6 million rubles in May. That is 75% more than in the middle of 2021, when the same figure stood at 2.05 million rubles.",
        "2026-06-10",
        "2021-07",
      ],
      [
        "Средневзвешенная цена нового автомобиля в апреле составила 2,4 млн рублей. В январе же машина обходилась примерно в 2,05 млн рублей, так что с начала года средняя цена выросла на 17%.",
        "2022-05-12",
        "2022-01",
      ],
      [
        "In October the average new car cost 3.7 million rubles. Compared with January, when the indicator was 3.3 million rubles, the price has risen by 12%.",
        "2026-11-05",
        "2026-01",
      ],
    ] as const) {
      const got = read(text, date);
      expect(got[0]?.changes.map((c) => c[2])).toContain(vs);
      expect(got.slice(1).every((p) => p.changes.every((c) => c[2] !== vs))).toBe(true);
    }
  });

  it("says a month handed back that is the one before the lead's is the previous month", () => {
    const got = read(
      "Средневзвешенная цена нового автомобиля по итогам октября составила 3,7 млн рублей. По сравнению с сентябрем, когда показатель был на отметке 3,65 млн, она выросла на 1,4%.",
      "2026-11-05",
    );
    expect(got[0]?.changes).toContainEqual([1.4, "previous_period", null]);
  });
});

describe("a sum in roubles compared with a named month", () => {
  it("dates the change against the month the comparative names", () => {
    for (const [text, vs] of [
      ["The Haval Jolion now costs 2.3 million rubles, 80,000 rubles less than in February.", "2026-02"],
      ["The Lada Vesta is listed at 1.9 million rubles, 60,000 rubles more than in January.", "2026-01"],
      ["Haval Jolion теперь стоит от 2,3 млн рублей, на 40 тыс. рублей дороже, чем в феврале.", "2026-02"],
    ] as const)
      expect(read(text, "2026-06-11")[0]?.changes[0]?.[2]).toBe(vs);
  });
});

describe("a gap between two prices", () => {
  it("reads no price in the gap or the difference", () => {
    for (const text of [
      "The gap with the market as a whole has narrowed to about 120,000 rubles.",
      "The difference between the two has shrunk to 90,000 rubles.",
      "Разрыв с рынком в целом сократился примерно до 120 тыс. рублей.",
    ])
      expect(read(text, "2026-06-11")).toEqual([]);
  });
});

describe("several models of one brand in a list", () => {
  it("gives each model told after 'the' its own price and change", () => {
    const got = read(
      "Geely has updated its prices in Russia. The Coolray went up by 2%, to 2,669,990 rubles, while the price of the Atlas stayed at 3,149,990 rubles. The Cityray moved the other way: after a cut of 60,000 rubles, it is listed from 2,199,000 rubles. Dealers said the Okavango seven-seater got about 3% dearer and now costs roughly 3.9 million rubles.",
      "2026-01-16",
    ).map((p) => [p.series, p.value, p.changes.map((c) => c[0] ?? "abs")]);
    expect(got).toEqual([
      ["geely-coolray", 2_669_990, [2]],
      ["geely-atlas", 3_149_990, []],
      ["geely-cityray", 2_199_000, ["abs"]],
      ["geely-okavango", 3_900_000, [3]],
    ]);
  });

  it("reads 'after a cut of', 'after an increase of' as the model's change in roubles", () => {
    for (const [text, abs] of [
      ["After an increase of 45,000 rubles, the Lada Vesta costs 1.6 million rubles.", 45_000],
      ["After a cut of 70,000 rubles, the Haval Jolion is listed from 2.2 million rubles.", -70_000],
    ] as const) {
      const [p] = prices(`Title\n${text}`, "2026-01-16");
      expect(p?.changes[0]?.abs).toBe(abs);
    }
  });
});

describe("a percentage told with 'dearer' or 'pricier' right after it", () => {
  it("reads the change as a rise", () => {
    for (const text of [
      "The Okavango got 3% dearer and now costs 3.9 million rubles.",
      "The Lada Niva Travel became 2% pricier and now costs 1.5 million rubles.",
      "Kia Rio стал на 4% дороже и теперь стоит 1,9 млн рублей.",
    ]) {
      const [p] = prices(`Title\nGeely has updated its prices in Russia. ${text}`, "2026-01-16");
      expect(p?.changes[0]?.direction).toBe("up");
    }
  });
});

describe("a year told with its word and a dash before its figure", () => {
  it("dates the figure after the dash to that year, not to the period told before", () => {
    for (const text of [
      "В середине 2021 года новая машина в среднем стоила 1,9 млн рублей, а по итогам 2023 года — 2,9 млн.",
      "В 2020 году средняя цена нового автомобиля составляла 1,7 млн рублей, а за 2023 год — 2,9 млн.",
      "В начале 2022 года новая легковушка стоила в среднем 2,1 млн рублей, в 2023 году — 2,9 млн.",
    ]) {
      const got = read(text, "2026-01-20");
      expect(got.find((p) => p.value === 2_900_000)?.start).toBe("2023-01-01");
    }
  });

  it("still takes a run of years for no year", () => {
    expect(findPeriods("в 2021-2023 годах", "2026-01-20")).toEqual([]);
    expect(findPeriods("over 2021–22", "2026-01-20")).toEqual([]);
  });
});

describe("a time told past a semicolon", () => {
  it("leaves a model's list price with the article's month", () => {
    for (const text of [
      "Стартовая цена Vesta не изменилась и составляет 1,5 млн рублей; не тронули и Largus, спрос на который в прошлом году упал.",
      "The Vesta still starts at 1.5 million rubles; the Largus, whose sales fell in 2025, was not touched either.",
      "Granta по-прежнему стоит от 1 039 000 рублей; в декабре завод поднимал цены на Niva.",
    ]) {
      const [p] = read(`АвтоВАЗ обновил цены на Lada. ${text}`, "2026-01-13");
      expect(p?.start).toBe("2026-01-01");
    }
  });
});

describe("a change across a brand's whole lineup", () => {
  it("gives the lineup's average change to no one model", () => {
    for (const text of [
      "В среднем по модельному ряду индексация составила около 2,8%.",
      "Across the whole range prices rose by about 2.8% on average.",
      "По всей линейке цены выросли в среднем на 3%.",
    ]) {
      const [p] = read(
        `АвтоВАЗ обновил цены на Lada. Lada Vesta стоит от 1,53 млн рублей. ${text}`,
        "2026-01-13",
      );
      expect(p?.changes).toEqual([]);
    }
  });
});

describe("sums that are no price of a car", () => {
  it("reads no price in a bound a count of models is told against", () => {
    for (const text of [
      "The ministry said some 20 locally built models have a price below 2.5 million rubles.",
      "About a dozen models are priced under 2 million rubles.",
      "В России выпускают около 20 моделей стоимостью до 2,5 млн рублей.",
    ])
      expect(read(`АвтоВАЗ обновил цены на Lada Largus. ${text}`, "2025-06-10")).toEqual([]);
  });

  it("reads no price in what a private importer pays", () => {
    for (const text of [
      "Частник, который ввозит машину для себя, с 1 декабря платит 750 тыс. рублей.",
      "A buyer importing a crossover for personal use now pays 750,000 rubles.",
      "Физлицо за такой кроссовер отдаст 900 тыс. рублей.",
    ])
      expect(read(`Утильсбор вырос с 1 декабря. ${text}`, "2025-12-10")).toEqual([]);
  });

  it("drops the links under an 'Also on the topic' heading", () => {
    for (const heading of ["Also on the topic:", "Также по теме:", "You may also like"])
      expect(
        read(
          `Used cars cost 1.4 million rubles in May.\n${heading}\n- Average price of a used car fell to 1.3 million`,
          "2026-06-01",
        ).map((p) => p.value),
      ).toEqual([1_400_000]);
  });
});
