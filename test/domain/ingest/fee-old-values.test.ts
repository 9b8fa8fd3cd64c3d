// The old value of a recycling-fee rate in the forms news tells it (sentences written for this test):
// "было … стало", "прежде … теперь", a bracket dated to an earlier month or marked "ранее", today's
// level before a later start, and today's level told in the sentence after the new one.
import { describe, expect, it } from "vitest";
import { ingestVocabulary, readArticle } from "../../../domain/ingest/extract.ts";

const rates = (text: string) =>
  readArticle(text, ingestVocabulary([])).facts.flatMap((f) =>
    f.kind === "recycling_fee" ? [{ category: f.category, old: f.old, new: f.new, from: f.from }] : [],
  );
const pairs = (text: string) => rates(text).map((r) => `${r.category} ${r.old ?? "-"}→${r.new}`);

describe("the old value of a fee rate", () => {
  it("reads “было … стало” and “прежде … теперь”", () => {
    const found = pairs(
      "date: 2024-09-28\nУтильсбор: было и стало\nС 1 октября индексируют утилизационный сбор. Для новых машин с мотором от 1 до 2 литров было 300,6 тыс. рублей, стало 556,2 тыс. рублей.\nПрежде за машину старше трёх лет с таким же мотором платили 528,8 тыс. рублей, теперь — 963,8 тыс.",
    );
    expect(found).toEqual(expect.arrayContaining(["new-1-2l 300600→556200", "old-1-2l 528800→963800"]));
  });

  it("reads a bracket dated to an earlier month or marked as before", () => {
    const found = pairs(
      "date: 2026-01-06\nСтавки утильсбора в январе\nС 1 января ставки утильсбора выросли. Для новой машины с мотором 1–2 л мощностью 160–190 л.с. — 900 тыс. руб. (в декабре — 750 тыс.).\nДля машины старше трёх лет той же мощности ставка выросла до 1 492 800 рублей (1 244 000 рублей ранее).",
    );
    expect(found).toEqual(
      expect.arrayContaining(["new-1-2l-160-190hp 750000→900000", "old-1-2l-160-190hp 1244000→1492800"]),
    );
  });

  it("reads today's level and the level from a later start in one sentence", () => {
    const found = rates(
      "date: 2025-12-18\nУтильсбор в новом году\nСейчас утильсбор для новой машины с мотором 1–2 литра мощностью 160–190 л.с. составляет 750 тыс. рублей, с 1 января он составит 900 тыс. рублей.\nThe fee for such a car older than three years is currently 1,244,000 rubles and from January 1 will be 1,492,800 rubles.",
    );
    expect(found).toContainEqual({
      category: "new-1-2l-160-190hp",
      old: 750_000,
      new: 900_000,
      from: "2026-01-01",
    });
    expect(found).toContainEqual(expect.objectContaining({ old: 1_244_000, new: 1_492_800 }));
  });

  it("takes today's level told after the new one as its old value", () => {
    const found = pairs(
      "date: 2025-12-18\nУтильсбор-2026\nС 1 января утильсбор на новые машины с мотором 1–2 литра мощностью до 160 л.с. вырастет на 28%, до 857 400 рублей. Сейчас он составляет 667 400 рублей.",
    );
    expect(found).toEqual(["new-1-2l-le160hp 667400→857400"]);
  });

  it("proposes no rate of its own for today's level a later rate rises from", () => {
    const found = pairs(
      "date: 2025-12-18\nRecycling fee to rise\nThe recycling fee for a new car with a 1-2 litre engine of 160-190 hp is currently 750,000 rubles. From January 1 it will rise to 900,000 rubles.",
    );
    expect(found).toEqual(["new-1-2l-160-190hp 750000→900000"]);
  });
});

describe("a private importer's passage reaches only tied sentences", () => {
  it("gives a sentence that tells its own category afresh no private payer", () => {
    const found = pairs(
      "date: 2025-12-03\nУтильсбор с декабря\nС 1 декабря утильсбор зависит от мощности. Для частных лиц льгота сохранилась, если машина не мощнее 160 л.с.: 3 400 рублей за новую.\nДля новой машины с мотором 1–2 литра мощностью 190–220 л.с. сбор составляет 794 000 рублей.",
    );
    expect(found).toContain("new-1-2l-190-220hp -→794000");
  });

  it("keeps the private payer through an answer to a question and “если же”", () => {
    const found = pairs(
      "date: 2025-11-21\nУтильсбор: вопросы и ответы\nКого коснётся повышение утильсбора? Частных лиц, которые ввозят машину мощнее 160 л.с. для себя.\nА если мощность 200 сил?\nДля полосы 190–220 л.с. сбор за новую машину с мотором 1–2 литра составит 794 тыс. рублей.\nЕсли же машине больше трёх лет, ставка составит 1 320 000 рублей.",
    );
    expect(found).toContain("personal-new-1-2l-190-220hp -→794000");
    expect(found).toContain("personal-old-1-2l-190-220hp -→1320000");
  });
});
