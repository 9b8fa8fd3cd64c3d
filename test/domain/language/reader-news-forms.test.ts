// Forms real news takes that the reader must read (sentences written for this test): a page's own
// dateline, a fee schedule by year, another country's decision, a rule starting "from Wednesday",
// a threshold carried to a new purpose, a replaced figure, a model named by its code, a sidebar.
import { describe, expect, it } from "vitest";
import { type Candidate, ingestVocabulary, readArticle } from "../../../domain/ingest/extract.ts";

const of =
  <K extends Candidate["kind"]>(kind: K) =>
  (f: Candidate): f is Extract<Candidate, { kind: K }> =>
    f.kind === kind;

const vocab = ingestVocabulary([]);
const read = (text: string) => readArticle(text, vocab);

describe("news as it is written", () => {
  it("takes the article's date from its dateline and resolves relative dates against it", () => {
    const r = read(
      "Новости / Авто\nУтильсбор вырастет с понедельника\n28 ноября 2025, 10:15\nПравительство утвердило, что с 1 декабря текущего года утильсбор на новую машину с мотором от 1 до 2 литров составит 857 400 рублей.",
    );
    expect(r.articleDate).toBe("2025-11-28");
    expect(r.dateFrom).toBe("stated");
    expect(r.title).toBe("Утильсбор вырастет с понедельника");
    expect(r.facts).toContainEqual(
      expect.objectContaining({
        kind: "recycling_fee",
        category: "new-1-2l",
        new: 857_400,
        from: "2025-12-01",
      }),
    );
  });

  it("reads a fee schedule by year, each step from the one before", () => {
    const { facts } = read(
      "date: 2024-06-03\nDeputies want a higher fee\nDeputies proposed to raise the recycling fee for cars with engines of 1 to 2 litres. This year it could go from 300,600 rubles to 556,200 rubles, in 2026 to 800,800 rubles and by 2030 to 1.2 million rubles.",
    );
    const rates = facts.filter(of("recycling_fee"));
    expect(rates.map((f) => [f.new, f.old, f.from])).toEqual([
      [556_200, 300_600, "2024-01-01"],
      [800_800, 556_200, "2026-01-01"],
      [1_200_000, 800_800, "2030-01-01"],
    ]);
    expect(facts).toContainEqual(
      expect.objectContaining({ kind: "fee_policy", status: "draft", actor: "parliament" }),
    );
  });

  it("gives another country's decision its own jurisdiction and a 'from Wednesday' start", () => {
    const duty = read(
      "date: 2024-11-20\nСоседи поднимают пошлины\nКазахстан с 1 января повышает ввозные пошлины на подержанные машины, сообщило министерство финансов республики.",
    ).facts;
    expect(duty).toContainEqual(
      expect.objectContaining({
        kind: "policy",
        jurisdiction: "KZ",
        action: "duty",
        effective: "2025-01-01",
      }),
    );
    // 2023-09-11 is a Monday: "from Thursday" is 14 September.
    const ban = read(
      "date: 2023-09-11\nBorder closes to Russian cars\nLatvia will stop letting in cars with Russian plates from Thursday, the government said.",
    ).facts;
    expect(ban).toContainEqual(
      expect.objectContaining({ kind: "policy", jurisdiction: "LV", effective: "2023-09-14" }),
    );
  });

  it("carries a threshold to a new purpose and keeps only the figure that replaced another", () => {
    const { facts } = read(
      "date: 2025-09-01\nНовые планки локализации\nДля госзакупок легковушка в этом году должна набрать не менее 3 200 баллов локализации. Столько же с 1 марта 2026 года понадобится машинам для работы в такси. Заводам со СПИК теперь нужно набрать не 7 000, а 5 500 баллов.",
    );
    const thresholds = facts.filter(of("threshold")).map((f) => [f.purpose, f.points, f.from]);
    expect(thresholds).toEqual([
      ["procurement", 3200, "2025-01-01"],
      ["taxi", 3200, "2026-03-01"],
      ["spic", 5500, expect.anything()],
    ]);
  });

  it("names a model told by its code after its brand, and drops a sidebar's figures", () => {
    const { facts } = read(
      "date: 2025-08-14\nЦены на кроссоверы Tenet\nКроссовер Tenet T4 стоит от 1 999 000 рублей, а T7 — от 2 889 000 рублей.\nЧитайте также\nСредняя цена новой машины выросла до 3,5 млн рублей",
    );
    const prices = facts.filter(of("price")).map((f) => [f.series, f.value]);
    expect(prices).toEqual([
      ["tenet-t4", 1_999_000],
      ["tenet-t7", 2_889_000],
    ]);
  });
});
