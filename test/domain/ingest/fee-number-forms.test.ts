// Recycling-fee rates in the number forms of lists and tables (sentences written for this test): a
// unit told once for a list ("тыс. руб.:"), a list of bare figures that shares the scale of its last
// amount, "соответственно" over the bands of the list before, and the words for a multiplier and
// the base rate.
import { describe, expect, it } from "vitest";
import { ingestVocabulary, readArticle } from "../../../domain/ingest/extract.ts";

const rates = (text: string) =>
  readArticle(text, ingestVocabulary([])).facts.flatMap((f) =>
    f.kind === "recycling_fee"
      ? [`${f.category} ${f.old ?? "-"}→${f.new}${f.unit === "coefficient" ? "x" : ""}`]
      : [],
  );

describe("the number forms of fee lists", () => {
  it("reads a list under a unit told once, and “соответственно” over its bands", () => {
    const found = rates(
      "date: 2025-12-22\nНовые ставки утильсбора\nС 1 января утильсбор проиндексируют. Ставки для новых машин с мотором 1–2 литра, тыс. руб.: 160–190 л.с. — 900; 190–220 л.с. — 952,8.\nДля машин старше трёх лет они составят 1492,8 и 1584 тыс. руб. соответственно.",
    );
    expect(found).toEqual(
      expect.arrayContaining([
        "new-1-2l-160-190hp -→900000",
        "new-1-2l-190-220hp -→952800",
        "old-1-2l-160-190hp -→1492800",
        "old-1-2l-190-220hp -→1584000",
      ]),
    );
  });

  it("reads bulleted items under a heading that tells the unit", () => {
    const found = rates(
      "date: 2025-12-22\nУтильсбор в январе\nС 1 января утильсбор снова вырастет. Ставки для новых машин с мотором 1–2 литра (тыс. руб.):\n• 160–190 л.с. — 900;\n• 190–220 л.с. — 952,8.\nДилеры ждут роста цен.",
    );
    expect(found).toEqual(["new-1-2l-160-190hp -→900000", "new-1-2l-190-220hp -→952800"]);
  });

  it("does not take “составил” for a rate that stays", () => {
    const found = rates(
      "date: 2024-10-03\nУтильсбор вырос\nС 1 октября утильсбор для новых машин с мотором 1–2 литра составил 667,4 тыс. рублей.",
    );
    expect(found).toEqual(["new-1-2l -→667400"]);
  });
});

describe("the words for a multiplier and the base rate", () => {
  it("reads a multiplier, “до … с …” and the base amount", () => {
    const found = rates(
      "date: 2025-12-22\nRecycling fee: the figures\nThe base amount of the recycling fee stays at 20,000 rubles.\nFor a new car with a 1-2 litre engine of 160-190 hp the multiplier is 37.5.\nКоэффициент для новых автомобилей 1–2 л мощностью до 160 л.с. вырастет до 42,87 с 33,37.",
    );
    expect(found).toEqual(
      expect.arrayContaining([
        "base-rate 20000→20000",
        "new-1-2l-160-190hp -→37.5x",
        "new-1-2l-le160hp 33.37→42.87x",
      ]),
    );
  });
});
