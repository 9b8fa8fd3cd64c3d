// Which month a price is of when the sentence names another month than the price's own (all
// sentences written for this test).
import { describe, expect, it } from "vitest";
import { brief, prices } from "./prices.ts";

const starts = (text: string, date: string) => prices(text, date).map((p) => [p.series, brief(p).start]);

describe("a model's price and the month it is of", () => {
  it("dates a price told as it stands to the article's month, not the month of the change", () => {
    expect(
      starts(
        "Chery again\nThe Chery Tiggo 7 Pro Max went up by 2% in the past month and now starts at 2,990,000 rubles.",
        "2025-11-20",
      ),
    ).toEqual([["chery-tiggo-7-pro-max", "2025-11-01"]]);
    expect(
      starts(
        "Haval\nЕщё в сентябре Haval Dargo стоил 3 200 000 рублей, сейчас — 3 300 000 рублей.",
        "2025-11-20",
      ),
    ).toEqual([
      ["haval-dargo", "2025-09-01"],
      ["haval-dargo", "2025-11-01"],
    ]);
  });

  it("dates a price still to come 'с января' to the coming January, not the one gone by", () => {
    expect(
      starts(
        "Lada\nАвтоВАЗ сообщил, что с января Lada Vesta будет стоить от 1 600 000 рублей.",
        "2025-12-20",
      ),
    ).toEqual([["lada-vesta", "2026-01-01"]]);
  });

  it("keeps an earlier month for a price told in the past tense", () => {
    expect(
      starts(
        "Geely\nIn November the Geely Atlas cost 3,100,000 rubles; in December it is 3,200,000 rubles.",
        "2025-12-20",
      ),
    ).toEqual([
      ["geely-atlas", "2025-11-01"],
      ["geely-atlas", "2025-12-01"],
    ]);
  });
});
