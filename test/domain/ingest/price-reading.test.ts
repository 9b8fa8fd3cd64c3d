// Prices as news tells them (sentences written for this test): which period a figure takes when a
// sentence lists several, what a month after "выше уровня" is, which kind of car a figure is of.
import { describe, expect, it } from "vitest";
import { type Candidate, ingestVocabulary, readArticle } from "../../../domain/ingest/extract.ts";
import { findPeriods } from "../../../domain/language/dates.ts";

type Price = Extract<Candidate, { kind: "price" }>;
const vocab = ingestVocabulary([]);
const prices = (text: string, articleDate: string | null = null): Price[] =>
  readArticle(text, vocab, { articleDate }).facts.filter((f): f is Price => f.kind === "price");
const brief = (p: Price) => ({
  series: p.series,
  start: p.period?.start ?? null,
  value: p.value,
  changes: p.changes.map((c) => [c.pct, c.basis, c.vs ?? null]),
});

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
