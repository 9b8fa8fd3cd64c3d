// Thresholds' status and start as a document tells them, on sentences written for these tests (none
// taken from real articles): a headline's draft or signed decree reaches every rule of the body.
import { describe, expect, it } from "vitest";
import { ingestVocabulary, readArticle } from "../../../domain/ingest/extract.ts";

const vocab = ingestVocabulary([]);
const thresholds = (text: string, articleDate: string | null = null) =>
  readArticle(text, vocab, { articleDate })
    .facts.filter((f) => f.kind === "threshold")
    .map((f) => {
      const t = f as Extract<typeof f, { kind: "threshold" }>;
      return { purpose: t.purpose, points: t.points, from: t.from, status: t.status };
    });

describe("thresholds: the document's status reaches every rule", () => {
  it("gives a headline's draft to a body threshold whose sentence names no document", () => {
    expect(
      thresholds(
        "Министерство предложило новые требования к машинам для госзакупок\nИзменения касаются легковых автомобилей российской сборки.\nДля участия в закупках модели понадобится 3 900 баллов.",
        "2026-05-12",
      ),
    ).toContainEqual(expect.objectContaining({ purpose: "procurement", points: 3900, status: "draft" }));
  });

  it("gives a headline's signed decree to the body's thresholds", () => {
    expect(
      thresholds(
        "The cabinet signed a decree on taxi localization\nThe rules cover cars added to regional registers.\nA taxi must have at least 3,400 points.",
        "2026-05-12",
      ),
    ).toContainEqual(expect.objectContaining({ purpose: "taxi", points: 3400, status: "adopted" }));
  });

  it("reads a rule told as 'a decision, not a draft' as adopted", () => {
    expect(
      thresholds(
        "Интервью\nЧто ждёт льготные кредиты?\nС 1 января 2027 года порог для льготного автокредитования поднимут до 2 700 баллов, и это уже решение, а не проект.",
        "2026-05-12",
      ),
    ).toContainEqual(
      expect.objectContaining({
        purpose: "subsidised_loans",
        points: 2700,
        from: "2027-01-01",
        status: "adopted",
      }),
    );
  });
});

describe("thresholds: words for a bar and its need", () => {
  it("reads a bar told with 'требовалось' after a frame that names no purpose", () => {
    expect(
      thresholds(
        "Кредиты\nМинистерство обновило условия программы льготного автокредитования.\nВ 2024 году, когда для участия требовалось 1 800 баллов, в список входило больше моделей.",
        "2025-01-20",
      ),
    ).toContainEqual(
      expect.objectContaining({ purpose: "subsidised_loans", points: 1800, from: "2024-01-01" }),
    );
  });

  it("reads a 'норматив' as a bar", () => {
    expect(
      thresholds(
        "Кредиты\nВ программу льготного автокредитования попадут не все машины.\nКроссовер вошёл в неё при прежнем нормативе — 1 900 баллов.",
        "2025-01-20",
      ),
    ).toContainEqual(expect.objectContaining({ purpose: "subsidised_loans", points: 1900 }));
  });

  it("does not take a future approval ('после утверждения') for a signed document", () => {
    expect(
      thresholds(
        "Министерство выложило проект приказа о такси\nДокумент обсуждается.\nДля работы в такси машине понадобится не меньше 3 300 баллов. Список моделей составят после утверждения приказа.",
        "2025-09-10",
      ),
    ).toContainEqual(expect.objectContaining({ purpose: "taxi", points: 3300, status: "draft" }));
  });
});
