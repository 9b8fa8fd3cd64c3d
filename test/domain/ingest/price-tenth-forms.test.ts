// Prices as news tells them, round ten (sentences written for this test): a price table whose header
// names the day the list starts ("Цена с 1 апреля"); a table whose change columns are told against
// named months ("К августу | К сентябрю 2025", "vs March | vs April 2025"); a model whose number runs
// to three digits ("Tank 300"); a change in roubles told in the next model's clause ("…, while the X
// got cheaper by 150,000 to 4.05 million"); a table line on foreign brands with a part told as
// included, and a line named by the bare adjective ("Российские"); "their average" after a sentence on
// one kind of car; a round mark told as crossed in a named month ("трёхмиллионную отметку преодолел в
// июле 2023-го"); a count of cars whose verb a dash stands for ("а за девять месяцев — 1,06 млн"); a
// rise of "a quarter of a million"; a sum paid for a band of horsepower (a fee, no car price).
import { describe, expect, it } from "vitest";
import { brief, prices, withChanges } from "./prices.ts";

const read = (text: string, date: string | null) => prices(`Title\n${text}`, date).map(brief);
const full = withChanges;

describe("a price table whose header names the day the list starts", () => {
  it("reads the rows under a header whose price column names a day", () => {
    for (const [text, date] of [
      [
        "Марка разослала дилерам новый прайс.\n\nМодель | Цена с 1 марта, руб. | Изменение, руб.\nChery Tiggo 4 | 2 150 000 | +40 000\nChery Tiggo 7 | 2 890 000 | +55 000\nChery Tiggo 9 | 4 390 000 | без изменений",
        "2026-03-03",
      ],
      [
        "The importer sent dealers a new list.\n\nModel | Price from March 1, rub. | Change\nGeely Coolray | 2,350,000 | +30,000\nGeely Atlas | 3,420,000 | +60,000\nGeely Monjaro | 4,750,000 | no change",
        "2026-03-03",
      ],
      [
        "Новые цены:\n\nМодель | Цена до 01.03.2026 | Цена с 01.03.2026\nChery Tiggo 4 | 2 110 000 | 2 150 000\nChery Tiggo 7 | 2 835 000 | 2 890 000\nChery Tiggo 9 | 4 390 000 | 4 390 000",
        "2026-03-03",
      ],
    ] as const) {
      const got = full(text, date);
      expect(got.map((p) => p.series)).toHaveLength(3);
      expect(got.every((p) => p.start === "2026-03-01")).toBe(true);
      expect(got[0]?.value).toBe(text.includes("Geely") ? 2_350_000 : 2_150_000);
      expect(got[0]?.abs[0]).toBe(text.includes("Geely") ? 30_000 : 40_000);
      expect(got[2]?.changes).toEqual([]);
    }
  });
});

describe("a table whose change columns are told against named months", () => {
  it("gives each row a change against the month before and one against the year before", () => {
    for (const [text, date] of [
      [
        "Средневзвешенная цена по происхождению марок в июне 2026 года:\n\nМарки | Цена, руб. | К маю | К июню 2025\nРоссийские | 1 910 000 | +0,4% | +3,9%\nИностранные | 4 020 000 | +1,1% | +6,5%",
        "2026-07-09",
      ],
      [
        "Average price of a new car by brand origin, June 2026\n\nOrigin | Average, mln rub. | vs May | vs June 2025\nRussian brands | 1.91 | +0.4% | +3.9%\nForeign brands | 4.02 | +1.1% | +6.5%",
        "2026-07-09",
      ],
      [
        "Average price of a new car by brand origin, June 2026\n\nOrigin | Price, rub. | Against May | Against June 2025\nRussian | 1 910 000 | +0.4% | +3.9%\nForeign | 4 020 000 | +1.1% | +6.5%",
        "2026-07-09",
      ],
    ] as const) {
      expect(read(text, date)).toEqual([
        {
          series: "new-car-avg-russian",
          start: "2026-06-01",
          value: 1_910_000,
          changes: [
            [0.4, "previous_period", null],
            [3.9, "year_ago", null],
          ],
        },
        {
          series: "new-car-avg-foreign",
          start: "2026-06-01",
          value: 4_020_000,
          changes: [
            [1.1, "previous_period", null],
            [6.5, "year_ago", null],
          ],
        },
      ]);
    }
  });

  it("keeps a column against a month that is neither the month nor the year before as that month", () => {
    const got = read(
      "Средневзвешенная цена в июне 2026 года:\n\nСегмент | Цена, руб. | К январю\nНовые автомобили | 3 620 000 | +2,8%",
      "2026-07-09",
    );
    expect(got).toEqual([
      { series: "new-car-avg", start: "2026-06-01", value: 3_620_000, changes: [[2.8, null, "2026-01"]] },
    ]);
  });
});

describe("a model whose number runs to three digits", () => {
  it("names the model with its number, in running text and in a table", () => {
    expect(read("Tank 500 теперь стоит от 5,95 млн рублей.", "2026-04-02").map((p) => p.series)).toEqual([
      "tank-500",
    ]);
    expect(
      read("The Dongfeng 580 now starts at 2.6 million roubles.", "2026-04-02").map((p) => p.series),
    ).toEqual(["dongfeng-580"]);
    expect(
      read("Модель | Цена, руб.\nTank 300 | 4 429 000\nTank 700 | 8 299 000", "2026-04-02").map(
        (p) => p.series,
      ),
    ).toEqual(["tank-300", "tank-700"]);
  });

  it("does not take a count or a sum after the brand for its number", () => {
    expect(
      read("За месяц Tank 700 машин продал, а Tank 300 стоит от 4,43 млн рублей.", "2026-04-02").map(
        (p) => p.series,
      ),
    ).toEqual(["tank-300"]);
  });
});

describe("a change in roubles told in the next model's clause", () => {
  it("goes with the model its clause names, not the level before", () => {
    for (const text of [
      "The Tank 300 costs from 4.6 million roubles, while the GAC GS8 got cheaper by 150,000 roubles to 4.05 million.",
      "Omoda C5 стоит от 2,2 млн рублей, а Geely Coolray подешевел на 80 тыс. рублей — до 2,27 млн.",
      "The Omoda C5 is listed at 2.2 million roubles, and the Geely Coolray went up by 80,000 roubles to 2.43 million.",
    ]) {
      const got = full(text, "2026-02-10");
      expect(got).toHaveLength(2);
      expect(got[0]?.changes).toEqual([]);
      expect(Math.abs(got[1]?.abs[0] ?? 0)).toBeGreaterThan(50_000);
    }
  });

  it("keeps a change told in the level's own clause with it", () => {
    const got = full(
      "Tank 300 стоит от 4,6 млн рублей, это на 150 тыс. рублей больше, чем в январе.",
      "2026-02-10",
    );
    expect(got).toHaveLength(1);
    expect(got[0]?.abs).toEqual([150_000]);
  });
});

describe("a table line on foreign brands with a part told as included, a line named by the adjective", () => {
  it("reads the line as foreign brands, and a bare origin adjective as those brands", () => {
    for (const text of [
      "Средняя цена по происхождению марок в мае 2026 года:\n\nМарки | Цена, руб.\nИномарки (китайские тоже) | 4 100 000\nРоссийские | 1 880 000",
      "Average price by brand origin, May 2026\n\nOrigin | Average, rub.\nAll foreign brands (Chinese included) | 4 100 000\nRussian | 1 880 000",
    ])
      expect(read(text, "2026-06-10").map((p) => [p.series, p.value])).toEqual([
        ["new-car-avg-foreign", 4_100_000],
        ["new-car-avg-russian", 1_880_000],
      ]);
  });

  it("keeps a line that opens on the part as that part's", () => {
    expect(
      read(
        "Средняя цена по происхождению марок в мае 2026 года:\n\nМарки | Цена, руб.\nИностранные | 4 100 000\nв т.ч. китайские | 3 600 000",
        "2026-06-10",
      ).map((p) => p.series),
    ).toEqual(["new-car-avg-foreign", "new-car-avg-chinese"]);
  });
});

describe("'their average' after a sentence on one kind of car", () => {
  it("is that kind's, not a model's a later clause names", () => {
    for (const text of [
      "Russian brands went the other way. Their average fell to 1.87 million rubles in April, as AvtoVAZ kept its offers on the Vesta.",
      "Российские марки, напротив, подешевели. Их средняя цена в апреле опустилась до 1,87 млн рублей, поскольку АвтоВАЗ продлил скидки на Vesta.",
    ])
      expect(read(text, "2026-05-14").map((p) => [p.series, p.start])).toEqual([
        ["new-car-avg-russian", "2026-04-01"],
      ]);
  });

  it("leaves a model's own price with the model", () => {
    expect(
      read("Lada Vesta подорожала. Теперь Lada Vesta стоит от 1,87 млн рублей.", "2026-05-14").map(
        (p) => p.series,
      ),
    ).toEqual(["lada-vesta"]);
  });
});

describe("a round mark told as crossed in a named month", () => {
  it("is a level above that sum, of the month it was crossed", () => {
    for (const text of [
      "Средневзвешенная цена нового автомобиля составила 3,35 млн рублей. Трёхмиллионную отметку показатель впервые преодолел в июле 2023 года.",
      "Средневзвешенная цена нового автомобиля составила 3,35 млн рублей. Отметку в три миллиона показатель перешагнул в июле 2023 года.",
      "Средневзвешенная цена нового автомобиля составила 3,35 млн рублей. В июле 2023 года показатель впервые превысил рубеж в 3 млн рублей.",
      "The weighted average price of a new car was 3.35 million rubles. It first topped the 3 million rouble mark in July 2023.",
      "The weighted average price of a new car was 3.35 million rubles. The three-million mark was first crossed in July 2023.",
    ]) {
      const got = full(text, "2026-10-08").filter((p) => p.value === 3_000_000);
      expect(got).toEqual([
        {
          series: "new-car-avg",
          start: "2023-07-01",
          value: 3_000_000,
          changes: [],
          abs: [],
          hedge: "more_than",
        },
      ]);
    }
  });

  it("tells a mark crossed after its sum as above it", () => {
    const got = full(
      "Средняя цена нового автомобиля составила 3,35 млн рублей. Планка в 3,3 млн была превышена в марте 2026 года.",
      "2026-10-08",
    ).filter((p) => p.value === 3_300_000);
    expect(got.map((p) => [p.start, p.hedge])).toEqual([["2026-03-01", "more_than"]]);
  });

  it("reads no level from a mark held, or one crossed at no time told", () => {
    for (const text of [
      "Средняя цена нового автомобиля держится выше трёхмиллионной отметки третий месяц подряд.",
      "The average new car has stayed above the 3 million rouble mark for the third month in a row.",
      "Аналитики считают, что двухмиллионный рубеж показатель превысит нескоро.",
      "Analysts think the average will cross the 4 million rouble mark sooner or later.",
    ])
      expect(read(text, "2026-10-08")).toEqual([]);
  });
});

describe("a count of cars whose verb a dash stands for", () => {
  it("is no price", () => {
    for (const text of [
      "За сентябрь реализовано 118,4 тыс. новых легковых машин, а за девять месяцев — 1,06 млн.",
      "In September 96 thousand new cars were sold, and since January — 1.1 million.",
    ])
      expect(read(text, "2026-10-08")).toEqual([]);
  });

  it("leaves an elided price after a price", () => {
    expect(
      read("Lada Vesta стоит от 1,6 млн рублей, а Lada Granta — от 0,9 млн.", "2026-10-08").map(
        (p) => p.value,
      ),
    ).toEqual([1_600_000, 900_000]);
  });
});

describe("a rise told as a part of a million, and a sum for a fee's power band", () => {
  it("reads no level of a million from 'a quarter of a million'", () => {
    for (const text of [
      "Подержанный седан подорожал почти на четверть миллиона рублей.",
      "The used crossover got dearer by a quarter of a million roubles.",
    ])
      expect(read(text, "2026-01-05")).toEqual([]);
  });

  it("reads no car price from a sum for a band of horsepower", () => {
    for (const text of [
      "И тогда за новую машину на 160–190 сил придётся отдать уже 1 080 000 рублей.",
      "За машину на 190–220 лошадиных сил с 2027 года придётся заплатить 1,17 млн рублей.",
    ])
      expect(read(text, "2026-01-05")).toEqual([]);
  });

  it("keeps a model's price beside its own power", () => {
    expect(
      read("Haval Jolion мощностью 143 силы стоит от 2,3 млн рублей.", "2026-01-05").map((p) => p.value),
    ).toEqual([2_300_000]);
  });
});
