// The article reader's rules on sentences written for these tests (none taken from real articles).
import { describe, expect, it } from "vitest";
import { ingestVocabulary, readArticle } from "../../../domain/ingest/extract.ts";

const vocab = ingestVocabulary([]);
const read = (text: string, articleDate?: string | null) =>
  readArticle(text, vocab, articleDate === undefined ? {} : { articleDate }).facts;

describe("relative dates against the article date", () => {
  const ru =
    "Утильсбор снова вырастет\nПравительство решило, что утильсбор вырастет с 1 декабря текущего года.";
  const en =
    "Recycling fee to rise\nThe government said the recycling fee will rise from October 1 this year.";

  it("resolves them when the article date is given", () => {
    expect(read(ru, "2026-11-20")).toContainEqual(
      expect.objectContaining({ kind: "fee_policy", effective: "2026-12-01", status: "adopted" }),
    );
    expect(read(en, "2026-09-10")).toContainEqual(
      expect.objectContaining({ kind: "fee_policy", effective: "2026-10-01", actor: "government" }),
    );
  });

  it("reads the date from a first line", () => {
    expect(readArticle(`date: 2026-11-20\n${ru}`, vocab).articleDate).toBe("2026-11-20");
    expect(read(`date: 2026-11-20\n${ru}`)).toContainEqual(
      expect.objectContaining({ kind: "fee_policy", effective: "2026-12-01" }),
    );
  });

  it("flags them as undated without one", () => {
    expect(read(en)).toContainEqual(
      expect.objectContaining({ kind: "fee_policy", effective: null, undated: true }),
    );
    const price = read("Цены\nВ сентябре средняя цена нового автомобиля составила 3,2 млн рублей.").find(
      (f) => f.kind === "price",
    );
    expect(price).toMatchObject({ period: null, undated: true, value: 3_200_000 });
  });

  it("places a month without a year before the article", () => {
    const price = read(
      "Цены\nВ декабре прошлого года подержанный автомобиль стоил в среднем 1,4 млн рублей.",
      "2026-02-01",
    ).find((f) => f.kind === "price");
    expect(price).toMatchObject({
      series: "used-car-avg",
      period: { start: "2025-12-01", granularity: "month" },
    });
  });
});

describe("prices", () => {
  it("reads several subjects in one sentence, each with its change", () => {
    const facts = read(
      "Цены\nВ октябре иномарки подорожали на 2% до 3,6 млн рублей, а отечественные модели — на 1% до 1,3 млн рублей.",
      "2026-11-05",
    ).filter((f) => f.kind === "price");
    expect(facts).toMatchObject([
      { series: "new-car-avg-foreign", value: 3_600_000, changes: [{ pct: 2 }] },
      { series: "new-car-avg-russian", value: 1_300_000, changes: [{ pct: 1 }] },
    ]);
  });

  it("keeps distractors out", () => {
    const facts = read(
      [
        "Рынок",
        "Покупатели потратили на новые машины 2,7 трлн рублей.",
        "Средняя зарплата в отрасли достигла 95 тыс. рублей.",
        "Скидка по программе — до 400 тыс. рублей.",
        "Курс доллара составил 88 рублей.",
        "The average car has cost above the 3 million mark for the second year in a row.",
        "That is about $38,000 at the current rate.",
      ].join("\n"),
      "2026-04-01",
    );
    expect(facts.filter((f) => f.kind === "price")).toEqual([]);
  });
});

describe("recycling fee and localization", () => {
  it("reads old and new rates with the date they apply from", () => {
    const facts = read(
      "Утильсбор\nС 1 марта утильсбор для новых машин с двигателем от 1 до 2 литров вырастет с 600 000 до 720 000 рублей.",
      "2026-02-10",
    );
    expect(facts).toContainEqual(
      expect.objectContaining({
        kind: "recycling_fee",
        category: "new-1-2l",
        old: 600_000,
        new: 720_000,
        from: "2026-03-01",
      }),
    );
    expect(facts.filter((f) => f.kind === "price")).toEqual([]);
  });

  it("reads points per operation, thresholds per purpose and the maximum", () => {
    const facts = read(
      [
        "Баллы",
        "За окраску кузова завод получает 450 баллов, за сварку — 380.",
        "В этом году для госзакупок нужно 3 400 баллов, а для такси — 2 900 баллов.",
        "Максимальная сумма по шкале — 9 000 баллов.",
      ].join("\n"),
      "2026-05-01",
    );
    expect(facts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: "localization_item", item: "body_painting", points: 450 }),
        expect.objectContaining({ kind: "localization_item", item: "body_welding", points: 380 }),
        expect.objectContaining({
          kind: "threshold",
          purpose: "procurement",
          points: 3400,
          from: "2026-01-01",
        }),
        expect.objectContaining({ kind: "threshold", purpose: "taxi", points: 2900 }),
        expect.objectContaining({ kind: "max_score", points: 9000 }),
      ]),
    );
  });
});
