// Prices as news tells them, round seven (sentences written for this test): the country's market
// named as "the Russian car market", a change or a period told a sentence away from the level with
// a sentence of no figure between, a market told to grow by its sales.
import { describe, expect, it } from "vitest";
import { brief, prices } from "./prices.ts";

describe("the country's market is no kind of car", () => {
  it("reads 'the Russian car market' and 'Russian car prices' as the whole market", () => {
    for (const text of [
      "Prices\nThe average price of a new car on the Russian car market reached 3.43 million roubles in October.",
      "Russian car prices hit a record\nIn October a new car cost 3.43 million roubles on average, the agency said.",
      "Цены\nСредняя цена нового автомобиля на российском автомобильном рынке в октябре достигла 3,43 млн рублей.",
    ])
      expect(prices(text, "2025-11-13").map((p) => p.series)).toEqual(["new-car-avg"]);
  });

  it("still reads Russian brands when the cars are named so", () => {
    for (const text of [
      "Цены\nСредняя цена российского автомобиля в октябре достигла 1,43 млн рублей.",
      "Prices\nIn October Russian cars cost 1.43 million roubles on average.",
    ])
      expect(prices(text, "2025-11-13").map((p) => p.series)).toEqual(["new-car-avg-russian"]);
  });
});

describe("a change and a period told a sentence away", () => {
  it("gives a change told ahead, with its month, to the level after a sentence of no figure", () => {
    for (const text of [
      "Рынок\nНовые автомобили в ноябре подорожали на 1,8%. Об этом сообщает аналитическое агентство. Средневзвешенная цена составила 3,52 млн рублей.",
      "Market\nNew cars in November became 1.8% more expensive. That is what the agency reports. The weighted average price reached 3.52 million rubles.",
    ])
      expect(prices(text, "2025-12-05").map(brief)).toEqual([
        {
          series: "new-car-avg",
          start: "2025-11-01",
          value: 3_520_000,
          changes: [[1.8, "previous_period", null]],
        },
      ]);
  });

  it("gives the level a change told after one sentence of no figure", () => {
    for (const text of [
      "Market\nThe weighted average price of a new car reached 3.52 million rubles in November. The agency links this to the weaker rouble. The increase over the month was 1.8%.",
      "Рынок\nСредневзвешенная цена нового автомобиля в ноябре достигла 3,52 млн рублей. Аналитики связывают это с ослаблением рубля. Рост за месяц составил 1,8%.",
    ])
      expect(prices(text, "2025-12-05").map(brief)).toEqual([
        {
          series: "new-car-avg",
          start: "2025-11-01",
          value: 3_520_000,
          changes: [[1.8, "previous_period", null]],
        },
      ]);
  });

  it("keeps the year told a sentence before one of no figure", () => {
    const ps = prices(
      "Итоги\nВ 2025 г. рынок оживился. Такие данные приводит агентство. Средневзвешенная цена нового автомобиля составила 3,4 млн руб.",
      "2026-01-20",
    );
    expect(ps.map(brief)).toEqual([
      { series: "new-car-avg", start: "2025-01-01", value: 3_400_000, changes: [] },
    ]);
  });

  it("lets two sentences of no figure end the level's run", () => {
    const ps = prices(
      "Рынок\nСредневзвешенная цена нового автомобиля в ноябре достигла 3,52 млн рублей. Аналитики связывают это с курсом. Дилеры с ними согласны. Рост за месяц составил 1,8%.",
      "2025-12-05",
    );
    expect(ps.map((p) => p.changes.length)).toEqual([0]);
  });

  it("takes no growth of the market, which is its sales, for a change of a price", () => {
    for (const text of [
      "Итоги\nРынок в 2025 г. вырос на 10%. Средневзвешенная цена нового автомобиля составила 3,4 млн руб.",
      "Results\nIn 2025 the market grew by 10%. The weighted average price of a new car was 3.4 million rubles.",
    ])
      expect(prices(text, "2026-01-20").map((p) => p.changes)).toEqual([[]]);
  });
});
