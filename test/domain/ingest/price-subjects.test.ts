// Prices as news tells them, round five (sentences written for this test): relative months, a
// period opening a sentence, brand origins in the genitive plural, a headline's second change.
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

describe("periods told relative to the article", () => {
  it("reads 'в прошлом месяце' and 'last month' as the month before the article's", () => {
    expect(findPeriods("В прошлом месяце машины подешевели", "2024-01-12")[0]?.period).toEqual({
      start: "2023-12-01",
      granularity: "month",
    });
    expect(findPeriods("Prices rose last month", "2024-06-03")[0]?.period).toEqual({
      start: "2024-05-01",
      granularity: "month",
    });
    expect(findPeriods("В прошлом месяце машины подешевели", null)[0]).toBeUndefined();
  });

  it("takes 'Over January–June' opening a sentence as the period told, not a comparison", () => {
    const [p] = findPeriods("Over January-June 2024 the average sedan cost 2.5 million rubles", "2024-07-20");
    expect(p?.comparison).toBe(false);
    expect(findPeriods("up 4% over June 2024", "2024-07-20")[0]?.comparison).toBe(true);
  });

  it("gives a change against 'one year ago' the year-earlier basis", () => {
    const [p] = prices(
      "Title\nOver January-June 2024 a used car got 2% cheaper than one year ago, to 1.2 million rubles, the analysts said.",
      "2024-07-20",
    );
    expect(p && brief(p)).toEqual({
      series: "used-car-avg",
      start: "2024-01-01",
      value: 1_200_000,
      changes: [[-2, "year_ago", null]],
    });
  });
});

describe("which kind of car a figure is of", () => {
  it("reads 'российских марок' (genitive plural) as Russian brands, not the foreign ones named after", () => {
    const got = prices(
      "Заголовок\nВ мае автомобили отечественных марок стоили в среднем 1,4 млн рублей, а иномарки — около 3,2 млн рублей.\nМашины китайских марок обходились в 2,8 млн рублей, а машины российских марок — в 1,41 млн рублей.",
      "2024-06-05",
    ).map((p) => [p.series, p.value]);
    expect(got).toEqual([
      ["new-car-avg-russian", 1_400_000],
      ["new-car-avg-foreign", 3_200_000],
      ["new-car-avg-chinese", 2_800_000],
      ["new-car-avg-russian", 1_410_000],
    ]);
  });
});

describe("a headline's change", () => {
  it("adds the headline's month-on-month change to a level the body gives with a year-on-year one", () => {
    const [p] = prices(
      "Новые машины в мае подорожали на 1,5%\nСредневзвешенная цена нового автомобиля по итогам мая составила 2 млн 950 тыс. рублей.\nОтносительно мая прошлого года рост достиг 12%.",
      "2024-06-05",
    );
    expect(p && brief(p)).toEqual({
      series: "new-car-avg",
      start: "2024-05-01",
      value: 2_950_000,
      changes: [
        [12, "year_ago", null],
        [1.5, "previous_period", null],
      ],
    });
  });

  it("does not add a headline change that repeats the body's", () => {
    const [p] = prices(
      "Новые машины за год подорожали на 12%\nСредневзвешенная цена нового автомобиля по итогам мая составила 2 млн 950 тыс. рублей.\nОтносительно мая прошлого года рост достиг 12%.",
      "2024-06-05",
    );
    expect(p?.changes).toHaveLength(1);
  });
});
