// Figures in car news that are not a price of the article's time, and prices told across clauses
// and sentences (all sentences written for this test).
import { describe, expect, it } from "vitest";
import { type Candidate, ingestVocabulary, readArticle } from "../../../domain/ingest/extract.ts";
import { findPeriods, monthSpan } from "../../../domain/language/dates.ts";

type Price = Extract<Candidate, { kind: "price" }>;
const vocab = ingestVocabulary([]);
const prices = (text: string): Price[] =>
  readArticle(text, vocab).facts.filter((f): f is Price => f.kind === "price");
const brief = (text: string) =>
  prices(text).map((p) => [p.series, p.period?.start ?? null, p.value, p.changes.map((c) => c.pct ?? c.abs)]);

describe("figures that are not a price", () => {
  it("does not take a dealer's markup for a price", () => {
    expect(
      prices(
        "date: 2025-06-15\nНаценки выросли\nДилерская наценка на Haval Jolion доходит до 250 тыс. рублей.",
      ),
    ).toEqual([]);
    expect(
      prices("date: 2025-06-15\nMarkups\nDealers add a markup of 200,000 rubles to the Tiggo 4."),
    ).toEqual([]);
  });

  it("reads a cheap car called a budget model, the state budget stays a fee's word", () => {
    expect(
      brief("date: 2025-06-15\nСедан подорожал\nБюджетный седан Lada Granta подорожал до 790 тыс. рублей."),
    ).toEqual([["lada-granta", "2025-06-01", 790_000, []]]);
  });

  it("does not take a forecast of a market average for a figure told", () => {
    expect(
      prices(
        "date: 2025-06-15\nПрогноз\nЭксперты ожидают, что к декабрю средняя цена нового автомобиля дойдёт до 3,7 млн рублей.",
      ),
    ).toEqual([]);
    expect(
      prices(
        "date: 2025-06-15\nOutlook\nThe average price of a new car is expected to reach 3.7 million rubles.",
      ),
    ).toEqual([]);
  });

  it("drops the level a change started from, and a price told as former", () => {
    expect(
      brief(
        "date: 2025-06-15\nNew prices\nThe Chery Tiggo 4 now costs 2.1 million rubles, down from 2.2 million rubles.",
      ),
    ).toEqual([["chery-tiggo-4", "2025-06-01", 2_100_000, []]]);
    expect(
      brief("date: 2025-06-15\nЦены\nРаньше Lada Vesta стоила 1,25 млн рублей, теперь — 1,4 млн рублей."),
    ).toEqual([["lada-vesta", "2025-06-01", 1_400_000, []]]);
    expect(brief("date: 2025-06-15\nЦены\nLada Granta подорожала с 740 тыс. до 780 тыс. рублей.")).toEqual([
      ["lada-granta", "2025-06-01", 780_000, []],
    ]);
  });

  it("keeps a former level told with a period of its own", () => {
    expect(
      brief(
        "date: 2025-08-15\nPrices\nThe average new car cost 3.3 million roubles in July, up from 3.25 million in June.",
      ),
    ).toEqual([
      ["new-car-avg", "2025-07-01", 3_300_000, []],
      ["new-car-avg", "2025-06-01", 3_250_000, []],
    ]);
  });

  it("reads a figure repeated by a lead once", () => {
    expect(
      brief(
        "date: 2025-06-15\nНовинка\nLada Iskra будет стоить от 1,6 млн рублей.\nLada Iskra будет стоить от 1,6 млн рублей, сообщили на заводе.",
      ),
    ).toEqual([["lada-iskra", "2025-06-01", 1_600_000, []]]);
  });
});

describe("a change and its level told apart", () => {
  it("gives a change told the sentence before a model's level the period before as its basis", () => {
    const [p] = prices(
      "date: 2025-06-15\nЦены\nАвтоВАЗ поднял цены на Lada Largus на 4%. Теперь он стоит от 1,7 млн рублей.",
    );
    expect(p?.changes).toEqual([expect.objectContaining({ pct: 4, basis: "previous_period" })]);
  });

  it("reads a model the headline names without its brand", () => {
    const [p] = prices(
      "Geely lifts Coolray price by 3%\nThe Geely Coolray now starts at 2.4 million rubles.",
    );
    expect(p?.changes).toEqual([expect.objectContaining({ pct: 3 })]);
  });

  it("reads a change in roubles whose verb stands a few words before it", () => {
    const [p] = prices(
      "date: 2025-06-15\nNews\nGeely raised the price of the Atlas by 60,000 rubles. The crossover now starts at 3.2 million rubles.",
    );
    expect(p?.series).toBe("geely-atlas");
    expect(p?.changes).toEqual([expect.objectContaining({ abs: 60_000 })]);
  });

  it("names a model told in Latin letters after its brand in Russian text by all its words", () => {
    expect(
      brief(
        "date: 2025-06-15\nЦены\nChery обновила прайс. Tiggo 8 Pro Max стоит 3,4 млн рублей, а Tiggo 7 — 2,6 млн рублей.",
      ),
    ).toEqual([
      ["chery-tiggo-8-pro-max", "2025-06-01", 3_400_000, []],
      ["chery-tiggo-7", "2025-06-01", 2_600_000, []],
    ]);
  });
});

describe("verbs of a rise", () => {
  it("reads 'lifts' and 'проиндексировал' as a rise", () => {
    const [p] = prices(
      "date: 2025-06-15\nЦены\nАвтоВАЗ проиндексировал цены на Lada Granta на 2%, до 800 тыс. рублей.",
    );
    expect(p?.changes).toEqual([expect.objectContaining({ pct: 2 })]);
  });
});

describe("runs of months", () => {
  it("reads six months of a year as its first half", () => {
    expect(findPeriods("по итогам 6 месяцев 2024 года", "2024-07-20").map((p) => p.period)).toEqual([
      { start: "2024-01-01", granularity: "half_year" },
    ]);
  });

  it("reads no period in a run of months from the year's start", () => {
    expect(findPeriods("за 9 месяцев 2024 года", "2024-10-20")).toEqual([]);
    expect(findPeriods("in the first ten months of 2023", "2023-11-20")).toEqual([]);
    expect(findPeriods("в январе-августе 2024 года", "2024-09-20")).toEqual([]);
    expect(monthSpan().test("after three months below the mark")).toBe(false);
  });

  it("proposes no price for a run of months", () => {
    expect(
      prices(
        "date: 2024-11-20\nЦены\nЗа 10 месяцев 2024 года средняя цена нового автомобиля составила 3,2 млн рублей.",
      ),
    ).toEqual([]);
  });
});

describe("which kind of car a figure is of", () => {
  it("keeps the used market a sentence before was on for a kind of car named without age", () => {
    expect(
      brief(
        "date: 2025-06-15\nВторичка\nНа вторичном рынке в мае цены снижались: отечественные машины подешевели на 1%. Иномарки потеряли 3% (до 2,2 млн руб.).",
      ),
    ).toEqual([["used-car-avg-foreign", "2025-05-01", 2_200_000, [-3]]]);
  });

  it("lets a round mark crossed introduce the kind of car the next sentence's level is of", () => {
    expect(
      brief(
        "date: 2025-09-20\nRecord\nThe average price of new Chinese cars in August topped 3 million rubles for the first time. Prices for new cars rose by 1.2% in August, to 3,040,000 rubles.",
      ),
    ).toEqual([["new-car-avg-chinese", "2025-08-01", 3_040_000, [1.2]]]);
  });

  it("takes the kind of car from the headline when the body names none", () => {
    expect(
      brief(
        "date: 2025-09-20\nСредняя цена подержанной машины снова выросла\nВ августе средний ценник по данным аналитиков составил 1,25 млн рублей.",
      ),
    ).toEqual([["used-car-avg", "2025-08-01", 1_250_000, []]]);
  });

  it("takes a round sum in a clause about a mark for the mark", () => {
    expect(
      prices("date: 2025-09-20\nЦены\nПланка средней цены в три миллиона рублей держалась полгода."),
    ).toEqual([]);
  });

  it("reads the middle of a summer as the middle of its year", () => {
    expect(findPeriods("в середине лета прошлого года", "2025-09-20").map((p) => p.period)).toEqual([
      { start: "2024-07-01", granularity: "mid_year" },
    ]);
  });
});

describe("a change told by its noun or through a run of months", () => {
  it("reads a change in roubles told by its noun heading the clause", () => {
    const [p] = prices(
      "date: 2025-06-15\nЦены\nСредняя цена нового автомобиля в мае составила 3,2 млн рублей. Подорожание за месяц составило 35 тыс. рублей.",
    );
    expect(p?.changes).toEqual([expect.objectContaining({ abs: 35_000 })]);
  });

  it("reads a level that rose for a run of months, a round mark held for years stays no price", () => {
    expect(
      brief(
        "date: 2025-06-15\nPrices\nThe average price of a used car rose for the fourth month in a row in May, by 0.9%, to 1.21 million rubles.",
      ),
    ).toEqual([["used-car-avg", "2025-05-01", 1_210_000, [0.9]]]);
    expect(
      prices(
        "date: 2025-06-15\nЦены\nСредняя цена нового автомобиля держится выше 3 млн рублей второй год подряд.",
      ),
    ).toEqual([]);
  });
});

describe("a range of trims told without 'from'", () => {
  it("reads the start of a range whose currency is told at its top", () => {
    expect(
      brief(
        "date: 2025-06-15\nOn sale\nThe Lada Iskra goes on sale in June at a price of 1,590,000 to 1,990,000 rubles.",
      ),
    ).toEqual([["lada-iskra", "2025-06-01", 1_590_000, []]]);
    expect(
      brief(
        "date: 2025-06-15\nOn sale\nThe sedan will cost 520,000 to 640,000 rubles, said the Lada Vesta team.",
      ),
    ).toEqual([["lada-vesta", "2025-06-01", 520_000, []]]);
  });
});

describe("short forms of a change", () => {
  it("reads m/m and y/y, м/м and г/г, and takes no scale letter alone for a million", () => {
    expect(
      brief(
        "date: 2025-11-15\nPrices\nIn October the average used car cost 1.25 million rubles (+0.6% m/m, +4.1% y/y).",
      ),
    ).toEqual([["used-car-avg", "2025-10-01", 1_250_000, [0.6, 4.1]]]);
    const [p] = prices(
      "date: 2025-11-15\nЦены\nВ октябре средняя цена нового автомобиля составила 3,4 млн рублей (+0,9% м/м, +3,1% г/г).",
    );
    expect(p?.changes.map((c) => c.basis)).toEqual(["previous_period", "year_ago"]);
  });

  it("gives a comma-run heading the next percentage its own basis", () => {
    const [p] = prices(
      "date: 2025-11-15\nЦены\nСредняя цена нового автомобиля в октябре составила 3,4 млн рублей. За месяц она прибавила 0,9%, за год — 3,1%.",
    );
    expect(p?.changes.map((c) => [c.pct, c.basis])).toEqual([
      [0.9, "previous_period"],
      [3.1, "year_ago"],
    ]);
  });

  it("reads a signed change in roubles told before its model's level", () => {
    const [p] = prices(
      "date: 2025-06-15\nЦены\nGeely Atlas: +70 тыс. рублей. Теперь кроссовер стоит от 3,3 млн рублей.",
    );
    expect(p?.changes).toEqual([expect.objectContaining({ abs: 70_000 })]);
  });

  it("dates a model's list price told from a day to that day's month", () => {
    expect(brief("date: 2025-06-15\nЦены\nС 1 июля Lada Largus будет стоить от 1,75 млн рублей.")).toEqual([
      ["lada-largus", "2025-07-01", 1_750_000, []],
    ]);
  });
});

describe("trims, ceilings, spreads and a shared scale", () => {
  it("does not take a trim level for a model nor a ceiling for a price", () => {
    expect(
      prices(
        "date: 2025-06-15\nНовинка\nLada Azimut выйдет в двух версиях — Comfort и Prestige. Цену не назвали, но потолок — 3 миллиона рублей.",
      ),
    ).toEqual([]);
  });

  it("does not take a market's spread of prices for its average", () => {
    expect(
      prices(
        "date: 2025-06-15\nВторичка\nНа вторичном рынке цены на такие машины колеблются от 700 тысяч до 2,5 миллиона рублей.",
      ),
    ).toEqual([]);
  });

  it("reads the start of a model's range told with the scale of its top", () => {
    expect(
      brief(
        "date: 2025-06-15\nЦены\nGeely Monjaro теперь стоит от 4,2 до 4,9 млн рублей в зависимости от версии.",
      ),
    ).toEqual([["geely-monjaro", "2025-06-01", 4_200_000, []]]);
  });
});

describe("suppositions and a change told paragraphs later", () => {
  it("reads no price told after a condition opens, a price with its terms stays", () => {
    expect(
      prices(
        "date: 2025-06-15\nМнение\nЕсли Lada Iskra стоит 1,6 млн рублей, то после повышения сбора станет 1,8 млн рублей.",
      ),
    ).toEqual([]);
    expect(
      brief("date: 2025-06-15\nЦены\nLada Iskra обойдётся от 1,6 млн рублей, если выбрать базовую версию."),
    ).toEqual([["lada-iskra", "2025-06-01", 1_600_000, []]]);
  });

  it("gives a change against a named period told later the article's lead figure", () => {
    const [p] = prices(
      "date: 2025-06-15\nЦены\nВ мае средняя цена нового автомобиля составила 3,2 млн рублей. Дилеры жалуются на спрос. По сравнению с январём средняя цена всё же выросла на 6%.",
    );
    expect(p?.changes).toEqual([expect.objectContaining({ pct: 6, vs: "2025-01" })]);
  });
});

describe("the basis of a year's change", () => {
  it("takes a year's or a half-year's change told with no basis against the same period a year before", () => {
    const [p] = prices(
      "date: 2024-02-10\nPrices\nThe average price of a new car in 2023 rose by 21% to 2.9 million rubles.",
    );
    expect(p?.changes).toEqual([expect.objectContaining({ pct: 21, basis: "year_ago" })]);
  });
});

describe("a brand origin told by its adjective alone", () => {
  it("reads 'на российские — 1,5 млн' after another origin's figure as Russian brands'", () => {
    expect(
      brief(
        "date: 2025-06-15\nЦены\nВ мае средний чек на китайские машины составил 3,5 млн рублей, на российские — 1,6 млн.",
      ),
    ).toEqual([
      ["new-car-avg-chinese", "2025-05-01", 3_500_000, []],
      ["new-car-avg-russian", "2025-05-01", 1_600_000, []],
    ]);
  });
});

describe("a level in a 'when' clause after a period compared with", () => {
  it("dates the level to that period and gives the change to the article's later figure", () => {
    expect(
      brief(
        "date: 2024-10-12\nPrices\nThe average new car cost 3.1 million roubles in September. That is 40% above the level of the middle of 2022, when a new car cost about 2.2 million roubles. Foreign brands averaged 3.6 million roubles.",
      ),
    ).toEqual([
      ["new-car-avg", "2024-09-01", 3_100_000, [40]],
      ["new-car-avg", "2022-07-01", 2_200_000, []],
      ["new-car-avg-foreign", "2024-09-01", 3_600_000, []],
    ]);
  });
});

describe("headline clauses, listings and 'than in the'", () => {
  it("takes the kind of car of the headline clause that holds the change", () => {
    const [p] = prices(
      "Used cars 1.5% cheaper than in April, while new ones keep rising\nA used car cost 1.48 million rubles in May.",
    );
    expect(p?.changes).toEqual([expect.objectContaining({ pct: -1.5 })]);
  });

  it("does not take a count of listings for a price", () => {
    expect(
      brief(
        "date: 2025-06-15\nUsed\nA used car cost 1.5 million rubles in May, says the portal, which studied some 2.2 million listings.",
      ),
    ).toEqual([["used-car-avg", "2025-05-01", 1_500_000, []]]);
  });

  it("reads 'than in the first half of' as a period compared with", () => {
    expect(findPeriods("4% higher than in the first half of 2024", "2025-07-09")[0]?.comparison).toBe(true);
  });
});

describe("changes that are a count's, a range's, or of a month named by its adjective", () => {
  it("reads a month named by its adjective as the period compared with", () => {
    const [p] = prices(
      "date: 2025-04-10\nВторичка\nСредняя цена подержанного автомобиля в марте составила 1,2 млн рублей. Это на 0,9% больше февральского уровня.",
    );
    expect(p?.changes).toEqual([expect.objectContaining({ pct: 0.9, basis: "previous_period" })]);
  });

  it("gives no price a change told with a count of cars, a range or a change that may come", () => {
    expect(
      brief(
        "date: 2025-04-10\nЦены\nLada Granta стоит от 990 тыс. рублей. За март владельцев сменили 480 тыс. легковушек — на 5% больше, чем годом ранее. Тарифы такси могут вырасти на 10–15%.",
      ),
    ).toEqual([["lada-granta", "2025-04-01", 990_000, []]]);
  });
});

describe("a mark after a level and 'в минувшем году'", () => {
  it("keeps a level whose next clause names a mark, and reads 'в минувшем году' as last year", () => {
    expect(
      brief(
        "date: 2024-02-05\nЦены\nВ 2021 году подержанная машина стоила 0,7 млн рублей, а в минувшем году — 1,05 млн рублей. В середине 2021 года новая машина стоила 1,95 млн рублей, а отметку в два миллиона цена превысила позже.",
      ),
    ).toEqual([
      ["used-car-avg", "2021-01-01", 700_000, []],
      ["used-car-avg", "2023-01-01", 1_050_000, []],
      ["new-car-avg", "2021-07-01", 1_950_000, []],
    ]);
  });
});

describe("vocabulary: 'доходит до', 'the budget Lada', 'over the past twelve months'", () => {
  it("reads a top trim's price that 'доходит до' a sum", () => {
    expect(
      brief("date: 2026-01-20\nЦены\nЦена топовой Lada Largus Cross доходит до 2 100 000 рублей."),
    ).toEqual([["lada-largus-cross", "2026-01-01", 2_100_000, []]]);
  });

  it("reads 'the budget Lada' as a cheap car and twelve months back as a year", () => {
    expect(
      brief("date: 2026-01-20\nPrices\nThe budget Lada Granta kept its starting price of 739,900 rubles."),
    ).toEqual([["lada-granta", "2026-01-01", 739_900, []]]);
    const [p] = prices(
      "date: 2024-08-06\nUsed\nA used car cost 1.48 million rubles in July. Over the past twelve months the figure is up 2.9%.",
    );
    expect(p?.changes).toEqual([expect.objectContaining({ pct: 2.9, basis: "year_ago" })]);
  });
});

describe("models and levels told 'respectively'", () => {
  it("pairs models listed ahead with as many levels in their order", () => {
    expect(
      brief(
        "date: 2026-01-20\nЦены\nLada Largus и Lada Iskra предлагаются от 1 690 000 и 1 390 000 рублей соответственно.",
      ),
    ).toEqual([
      ["lada-largus", "2026-01-01", 1_690_000, []],
      ["lada-iskra", "2026-01-01", 1_390_000, []],
    ]);
  });
});

describe("a share of a price", () => {
  it("does not take a share of the price a programme pays for a change", () => {
    expect(
      brief(
        "date: 2026-01-20\nVans\nA basic GAZelle NN costs about 3.8 million rubles, and a programme compensates up to 15% of the price.",
      ),
    ).toEqual([["gaz-gazelle-nn", "2026-01-01", 3_800_000, []]]);
  });
});

describe("'from the previous month'", () => {
  it("is the month before the level's, whatever the article's date", () => {
    const [p] = prices(
      "date: 2025-08-12\nUsed\nA typical used car cost 1.65 million rubles in July, down 0.9% from the previous month.",
    );
    expect(p?.changes).toEqual([expect.objectContaining({ pct: -0.9, basis: "previous_period", vs: null })]);
  });
});

describe("money around a car that is no car's price", () => {
  const one = (text: string) =>
    prices(`date: 2025-11-12\n${text}`).map((p) => [p.series, p.period?.start ?? null, p.value]);

  it("reads no price for a used copy of a model", () => {
    expect(
      one("Вторичка\nПодержанная Kia Rio 2018 года на сайтах объявлений стоит около 1,2 млн рублей."),
    ).toEqual([]);
    expect(one("Used\nA second-hand Lada Vesta now sells for about 1.1 million rubles.")).toEqual([]);
  });

  it("reads no price for an option, a service or an insurance policy of a model", () => {
    expect(one("Опции\nПакет «Зима» для Chery Tiggo 4 обойдётся в 120 тыс. рублей.")).toEqual([]);
    expect(one("Extras\nA three-year service plan for the Haval Jolion costs 95,000 rubles.")).toEqual([]);
  });

  it("takes an average named with no model as the market's, not the model the sentence before named", () => {
    expect(
      one(
        "Рынок\nGeely Coolray в октябре стоил 2,6 млн рублей. Аналитики ожидают, что средняя цена к концу года превысит 3,7 млн рублей.",
      ),
    ).toEqual([["geely-coolray", "2025-10-01", 2_600_000]]);
  });

  it("reads no country average for a city's or a region's", () => {
    expect(one("Регионы\nВ Казани средняя цена нового автомобиля — 3,2 млн рублей.")).toEqual([]);
  });

  it("reads no price for the lower bound of a class of cars", () => {
    expect(one("Premium\nCars priced above 6 million rubles made up 9% of October sales.")).toEqual([]);
  });
});

describe("a mark and a level reached", () => {
  it("reads a figure no mark is rounded to, after 'отметки', as the level reached", () => {
    expect(
      prices(
        "date: 2025-11-12\nВторичка\nСредняя цена подержанного автомобиля в октябре достигла отметки 1,27 млн рублей.",
      ).map((p) => [p.series, p.value]),
    ).toEqual([["used-car-avg", 1_270_000]]);
    expect(
      prices(
        "date: 2025-11-12\nMarket\nThe average price of a used car reached the mark of 1.34 million rubles in October.",
      ).map((p) => p.value),
    ).toEqual([1_340_000]);
  });

  it("still reads a round mark as no level", () => {
    expect(
      prices(
        "date: 2025-11-12\nРынок\nСредняя цена подержанного автомобиля держится выше отметки в 1,5 млн рублей.",
      ).map((p) => p.value),
    ).toEqual([]);
  });
});

describe("averages that are no series of the Russian market", () => {
  const one = (text: string) => prices(`date: 2025-11-12\n${text}`).map((p) => [p.series, p.value]);

  it("reads no average of another country, nor a sum told in its currency", () => {
    expect(
      one("Соседи\nВ Казахстане новая машина в среднем стоит 14 млн тенге, или 2,4 млн рублей."),
    ).toEqual([]);
    expect(one("Neighbours\nIn Belarus a new car costs on average 2.1 million Russian rubles.")).toEqual([]);
  });

  it("reads no average of a body type or of electric cars", () => {
    expect(one("Кроссоверы\nСредняя цена нового кроссовера в октябре — 3,8 млн рублей.")).toEqual([]);
    expect(one("EVs\nThe average price of a used electric car is 2.7 million rubles.")).toEqual([]);
  });

  it("reads no running cost, repair or insurance as a price", () => {
    expect(
      one("Расходы\nСодержание автомобиля в среднем обходится владельцу в 310 тыс. рублей в год."),
    ).toEqual([]);
    expect(one("Costs\nThe average repair after an accident now costs 160,000 rubles.")).toEqual([]);
  });
});
