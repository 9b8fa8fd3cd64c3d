// Every candidate carries the words it came from and a confidence, and the confidence falls when
// the sentence leaves something to be guessed (no article date, a hedge).
import { describe, expect, it } from "vitest";
import { ingestVocabulary, readArticle } from "../../../domain/ingest/extract.ts";

const vocab = ingestVocabulary([
  { key: "new-car-avg", aliases: ["new car", "новый автомобиль"] },
  { key: "used-car-avg", aliases: ["used car", "подержанный автомобиль"] },
]);

const article = (date: string | null) =>
  `${date ? `date: ${date}\n` : ""}Цены и утильсбор: что изменилось
В октябре средняя цена нового автомобиля составила 3,4 млн рублей, на 2% больше, чем в сентябре.
Машина с пробегом стоила около 1,6 млн рублей.
С 1 декабря текущего года утильсбор на новую машину с мотором от 1 до 2 литров вырастет с 667 400 до 857 400 рублей, решило правительство.
Для госзакупок модели нужно набрать не менее 3 200 баллов локализации.`;

describe("provenance of candidates", () => {
  it("keeps a span from its own sentence and a confidence for every kind", () => {
    const { facts } = readArticle(article("2025-11-10"), vocab);
    expect(new Set(facts.map((f) => f.kind))).toEqual(
      new Set(["price", "recycling_fee", "fee_policy", "threshold"]),
    );
    for (const f of facts) {
      expect(f.span, f.kind).toBeTruthy();
      expect(f.sentence.replace(/\s+/g, " ")).toContain((f.span ?? "").replace(/…$/, "").trim());
      expect(f.confidence).toBeGreaterThan(0);
      expect(f.confidence).toBeLessThanOrEqual(1);
    }
  });

  it("is less sure of a hedged figure and of a date whose year is unknown", () => {
    const dated = readArticle(article("2025-11-10"), vocab).facts;
    const undated = readArticle(article(null), vocab).facts;
    const price = (fs: typeof dated, value: number) =>
      fs.find((f) => f.kind === "price" && f.value === value);
    expect(price(dated, 1_600_000)?.confidence ?? 1).toBeLessThan(price(dated, 3_400_000)?.confidence ?? 0);
    const fee = (fs: typeof dated) => fs.find((f) => f.kind === "recycling_fee");
    expect(fee(undated)).toMatchObject({ undated: true, from: null });
    expect(fee(undated)?.confidence ?? 1).toBeLessThan(fee(dated)?.confidence ?? 0);
    expect(fee(dated)).toMatchObject({ from: "2025-12-01", old: 667_400, new: 857_400 });
  });
});
