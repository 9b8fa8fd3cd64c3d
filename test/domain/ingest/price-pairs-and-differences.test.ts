// Prices told in pairs and changes told as a difference (sentences written for this test): "от 2,1 и
// 2,9 млн рублей соответственно", "has become 50,000 rubles more expensive", "100,000 rubles less than
// in January".
import { describe, expect, it } from "vitest";
import { prices } from "./prices.ts";

const d = "2025-02-05";
const values = (text: string) => prices(text, d).map((p) => [p.series, p.value]);
/** Each price with the roubles of its changes (a change told by its direction alone has none). */
const abs = (text: string) =>
  prices(text, d).map((p) => [p.series, p.value, p.changes.flatMap((c) => (c.abs === null ? [] : [c.abs]))]);

describe("two prices for two models in one sentence", () => {
  it("gives the first of a pair the scale its second is told with, in either order", () => {
    expect(
      values("Chery Tiggo 4 и Chery Tiggo 7 Pro Max теперь стоят от 2,1 и 2,9 млн рублей соответственно."),
    ).toEqual([
      ["chery-tiggo-4", 2_100_000],
      ["chery-tiggo-7-pro-max", 2_900_000],
    ]);
    expect(
      values("Кроссоверы Haval Jolion и Haval F7 предлагаются от 2,2 и 2,0 млн рублей соответственно."),
    ).toEqual([
      ["haval-jolion", 2_200_000],
      ["haval-f7", 2_000_000],
    ]);
    expect(
      values("The Tenet T4 and Tenet T7 are offered from 2.3 and 2.9 million rubles respectively."),
    ).toEqual([
      ["tenet-t4", 2_300_000],
      ["tenet-t7", 2_900_000],
    ]);
  });

  it("does not scale a count or a share told beside a price", () => {
    expect(values("Продажи Haval Jolion выросли на 2 и 3 тыс. штук, а цена — 2,2 млн рублей.")).toEqual([
      ["haval-jolion", 2_200_000],
    ]);
  });
});

describe("a change in roubles told as a difference", () => {
  it("reads 'N rubles more expensive than in <month>' after the level", () => {
    expect(
      abs(
        "The Lada Vesta sedan is now sold from 1,405,900 rubles, it is 25 thousand rubles more expensive than in January.",
      ),
    ).toEqual([["lada-vesta", 1_405_900, [25_000]]]);
    expect(abs("The Omoda C5 now costs 2,499,900 rubles, 100,000 rubles less than in January.")).toEqual([
      ["omoda-c5", 2_499_900, [-100_000]],
    ]);
    expect(abs("Omoda C5 теперь стоит 2 499 900 рублей — на 100 тыс. рублей меньше, чем в январе.")).toEqual([
      ["omoda-c5", 2_499_900, [-100_000]],
    ]);
  });

  it("reads 'became N rubles cheaper' told ahead of the level", () => {
    expect(
      abs(
        "The Chery Tiggo 7 Pro Max has become 50,000 rubles more expensive and now starts at 2,959,900 rubles.",
      ),
    ).toEqual([["chery-tiggo-7-pro-max", 2_959_900, [50_000]]]);
    expect(
      abs("The Geely Coolray got 60,000 rubles cheaper and is now offered from 2,149,990 rubles."),
    ).toEqual([["geely-coolray", 2_149_990, [-60_000]]]);
    expect(abs("Lada Granta стала на 20 тыс. рублей дороже и теперь стоит от 799 900 рублей.")).toEqual([
      ["lada-granta", 799_900, [20_000]],
    ]);
  });

  it("keeps a gap to another model out of the model's change", () => {
    expect(
      abs("The Haval Jolion starts at 2,199,000 rubles, 150,000 rubles cheaper than the Chery Tiggo 4."),
    ).toEqual([["haval-jolion", 2_199_000, []]]);
    expect(
      abs("Haval Jolion стоит от 2 199 000 рублей, на 150 тыс. рублей дешевле, чем у конкурентов."),
    ).toEqual([["haval-jolion", 2_199_000, []]]);
    expect(abs("The Jolion now costs 2,199,000 rubles, 150,000 rubles less than rivals.")).toEqual([
      ["haval-jolion", 2_199_000, []],
    ]);
  });

  it("does not take a year before a scaled figure for the first of a pair", () => {
    expect(
      values("The average new car cost 2.1 million rubles in 2022 and 2.9 million rubles in 2025."),
    ).toEqual([
      ["new-car-avg", 2_100_000],
      ["new-car-avg", 2_900_000],
    ]);
  });
});

describe("a list price told beside a discount", () => {
  it("keeps the list price and leaves the discount's own clause out", () => {
    expect(
      abs(
        "Haval Jolion предлагается по цене от 1,9 млн рублей, а с учетом скидки 200 тыс. рублей его можно купить дешевле.",
      ),
    ).toEqual([["haval-jolion", 1_900_000, []]]);
    expect(
      abs(
        "The Haval Jolion is priced from 1.9 million rubles, while dealers offer a discount of 200,000 rubles.",
      ),
    ).toEqual([["haval-jolion", 1_900_000, []]]);
    expect(
      abs(
        "The Belgee X50 keeps a starting price of 2,199,990 rubles, but several dealers offer it with a discount of up to 250,000 rubles.",
      ),
    ).toEqual([["belgee-x50", 2_199_990, []]]);
    expect(abs("Omoda C5 стоит от 2,4 млн рублей; дилеры дают скидку до 15%.")).toEqual([
      ["omoda-c5", 2_400_000, []],
    ]);
  });

  it("reads no price that a discount brings", () => {
    expect(values("Цена Haval Jolion со скидкой — 1,7 млн рублей.")).toEqual([]);
    expect(values("With a discount, the Jolion costs 1.7 million rubles.")).toEqual([]);
    expect(
      values("Скидки на Tiggo 4 достигают 300 тыс. рублей, так что машину можно купить за 1,8 млн рублей."),
    ).toEqual([]);
  });
});

describe("the figures a discount brings", () => {
  it("leaves out a programme's cap told after the discount", () => {
    expect(values("Скидка по программе — 20% от цены Lada Vesta, но не более 900 тыс. рублей.")).toEqual([]);
    expect(values("The discount on the Haval Jolion is 10%, and dealers cap it at 350,000 rubles.")).toEqual(
      [],
    );
    expect(
      abs("Evolute i-Jet стоит от 3,2 млн рублей, и скидка по программе уменьшает эту сумму на 800 тыс."),
    ).toEqual([["evolute-i-jet", 3_200_000, []]]);
  });
});

describe("a price a discount told right after it brings", () => {
  it("is no list price", () => {
    expect(values("Haval Jolion можно купить за 1,7 млн рублей с учётом скидки.")).toEqual([]);
    expect(values("The Jolion costs 1.7 million rubles with a discount.")).toEqual([]);
    expect(values("The Tiggo 4 goes for 1.8 million rubles after the dealer discount.")).toEqual([]);
  });
});

describe("the former and the latter of two models named in the same sentence", () => {
  it("gives each figure the model its ordinal points to", () => {
    expect(
      values(
        "AvtoVAZ raised prices for the Lada Granta and the Lada Vesta: the former now costs from 900,000 rubles and the latter from 1.4 million rubles.",
      ),
    ).toEqual([
      ["lada-granta", 900_000],
      ["lada-vesta", 1_400_000],
    ]);
    expect(
      values(
        "АвтоВАЗ поднял цены на Lada Granta и Lada Vesta: первая теперь стоит от 900 тыс. рублей, вторая — от 1,4 млн рублей.",
      ),
    ).toEqual([
      ["lada-granta", 900_000],
      ["lada-vesta", 1_400_000],
    ]);
    expect(
      values(
        "The Haval Jolion and the Haval Dargo got new prices, with the latter listed at 3.1 million rubles.",
      ),
    ).toEqual([["haval-dargo", 3_100_000]]);
  });

  it("takes an ordinal of time for none ('в первое полугодие')", () => {
    expect(
      values("Продажи Lada Granta и Lada Vesta росли, а в первое полугодие Granta стоила 900 тыс. рублей."),
    ).toEqual([["lada-granta", 900_000]]);
    expect(
      values("Lada Granta and Lada Vesta sold well; for the first time the Vesta cost 1.5 million rubles."),
    ).toEqual([["lada-vesta", 1_500_000]]);
  });
});

describe("a model's price told in the sentence after its name", () => {
  it("reads 'is offered for', 'is listed at', 'продаётся за', 'предлагают за' as a price", () => {
    expect(
      values(
        "Prices\nPreviously the Lada Vesta sedan cost 1.37 million rubles. Now the base version is offered for 1.45 million rubles.",
      ),
    ).toEqual([["lada-vesta", 1_450_000]]);
    expect(
      values(
        "Цены\nРаньше седан Lada Vesta стоил 1,37 млн рублей. Теперь базовая версия продаётся за 1,45 млн рублей.",
      ),
    ).toEqual([["lada-vesta", 1_450_000]]);
    expect(
      values(
        "Prices\nThe Lada Vesta got more expensive. The base version is now listed at 1.45 million rubles.",
      ),
    ).toEqual([["lada-vesta", 1_450_000]]);
    expect(values("Цены\nHaval обновил Jolion. Базовую версию предлагают за 2,2 млн рублей.")).toEqual([
      ["haval-jolion", 2_200_000],
    ]);
  });
});

describe("the CVT version in machine-translated English", () => {
  it("takes 'variator' for the CVT", () => {
    expect(values("Prices\nThe Moskvich 3 with a variator now costs 2.35 million rubles.")).toEqual([
      ["moskvich-3-cvt", 2_350_000],
    ]);
    expect(
      values(
        "Prices\nThe Moskvich 3 costs 2.1 million rubles, and the variator version 2.35 million rubles.",
      ),
    ).toEqual([
      ["moskvich-3", 2_100_000],
      ["moskvich-3-cvt", 2_350_000],
    ]);
    expect(values("Prices\nThe Moskvich 3 with the CVT now costs 2.35 million rubles.")).toEqual([
      ["moskvich-3-cvt", 2_350_000],
    ]);
  });
});
