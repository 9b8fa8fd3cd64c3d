// Policy rules on one sentence that joins several countries' decisions, each in its own clause
// (every sentence written for this test).
import { describe, expect, it } from "vitest";
import { ingestVocabulary, readArticle } from "../../../domain/ingest/extract.ts";

const vocab = ingestVocabulary([]);
interface Decision {
  kind: string;
  country: string | null;
  effective: string | null | undefined;
}
const decisions = (text: string): Decision[] =>
  readArticle(text, vocab).facts.flatMap((f): Decision[] =>
    f.kind === "fee_policy"
      ? [{ kind: "fee", country: f.jurisdiction ?? "RU", effective: f.effective }]
      : f.kind === "policy"
        ? [{ kind: f.action, country: f.jurisdiction, effective: f.effective }]
        : [],
  );

describe("two countries' decisions in one sentence", () => {
  it("gives each country its own decision and date (English, 'and')", () => {
    const found = decisions(
      "date: 2026-04-02\nNeighbours tighten car rules\nThe regional market keeps moving. Belarus on 1 February banned the re-export of cars bought under the benefit, and Armenia from June 1, 2025 raised the customs duty on cars older than seven years.",
    );
    expect(found).toContainEqual({ kind: "restricts", country: "BY", effective: "2026-02-01" });
    expect(found).toContainEqual({ kind: "duty", country: "AM", effective: "2025-06-01" });
    expect(found.some((d) => d.kind === "restricts" && d.country === "AM")).toBe(false);
  });

  it("gives each country its own decision and date (Russian, 'а')", () => {
    const found = decisions(
      "date: 2026-04-02\nСоседи ужесточают правила\nРынок региона меняется. Киргизия с 1 марта прошлого года запретила ввоз праворульных машин, а Армения с 1 июня 2025 года повысила пошлину на автомобили старше семи лет.",
    );
    expect(found).toContainEqual({ kind: "restricts", country: "KG", effective: "2025-03-01" });
    expect(found).toContainEqual({ kind: "duty", country: "AM", effective: "2025-06-01" });
    expect(found.some((d) => d.kind === "restricts" && d.country === "AM")).toBe(false);
  });

  it("reads a fee told in the second clause as that country's fee, after a semicolon", () => {
    const found = decisions(
      "date: 2026-04-02\nNeighbours tighten car rules\nThe regional market keeps moving. Kazakhstan on 1 February banned the registration of right-hand-drive cars; Uzbekistan from May 1, 2025 raised the recycling fee on electric cars.",
    );
    expect(found).toContainEqual({ kind: "restricts", country: "KZ", effective: "2026-02-01" });
    expect(found).toContainEqual({ kind: "fee", country: "UZ", effective: "2025-05-01" });
    expect(found.some((d) => d.kind === "restricts" && d.country === "UZ")).toBe(false);
  });

  it("keeps one decision when the second country's clause tells no subject of its own", () => {
    const found = decisions(
      "date: 2026-02-01\nКвоты на ввоз электромобилей\nВ ЕАЭС начали действовать квоты. С 22 января граждане Белоруссии могут ввезти 10 тыс. электромобилей без уплаты пошлин, Армении и Казахстана — по 8 тыс. машин.",
    );
    expect(found.filter((d) => d.kind === "restricts")).toEqual([]);
  });
});

describe("Kazakhstan's recycling payment", () => {
  it("reads a drafted rise in the 'recycling payment' as a fee decision with its later start", () => {
    const found = decisions(
      "date: 2026-03-12\nAstana plans a higher charge on imported cars\nAstana, March 12. Kazakhstan's industry ministry has drafted a rise in the recycling payment on cars brought in from Russia. The draft was published for comment on Monday and, if approved, would apply from July 1 this year.",
    );
    expect(found).toContainEqual({ kind: "fee", country: "KZ", effective: "2026-07-01" });
  });

  it("reads a 'disposal payment' the same way", () => {
    const found = decisions(
      "date: 2026-03-12\nAstana plans a higher charge on imported cars\nKazakhstan's government has proposed raising the disposal payment on imported passenger cars from September 1.",
    );
    expect(found).toContainEqual({ kind: "fee", country: "KZ", effective: "2026-09-01" });
  });

  it("reads the Russian 'утилизационный платёж' as the fee too", () => {
    const found = decisions(
      "date: 2026-03-12\nАстана повысит платёж за ввоз машин\nМинистерство промышленности Казахстана подготовило проект повышения утилизационного платежа на машины из России. Если документ утвердят, новые ставки начнут действовать с 1 июля.",
    );
    expect(found).toContainEqual({ kind: "fee", country: "KZ", effective: "2026-07-01" });
  });
});
