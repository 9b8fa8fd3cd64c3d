// Decisions are read one per decision, clause by clause: a predicate that decides, a subject the
// knowledge base keeps, its status and the date it takes effect (sentences written for this test).
import { describe, expect, it } from "vitest";
import { ingestVocabulary, readArticle } from "../../../domain/ingest/extract.ts";

const vocab = ingestVocabulary([]);
const decisions = (text: string) =>
  readArticle(text, vocab).facts.filter((f) => f.kind === "policy" || f.kind === "fee_policy");

describe("policy decisions in an article", () => {
  it("tells an adoption and a postponement apart, the postponement dated by the rule's start", () => {
    const found = decisions(
      "date: 2025-06-20\nНовые ставки сбора: что изменится\nКабмин утвердил новый порядок расчёта утильсбора, и с 1 августа текущего года он начнёт действовать.\nИзначально документ должен был вступить в силу с 1 июля, но Минпромторг перенёс срок на месяц.\nПо данным брокеров, за май частники ввезли около 30 тыс. машин.",
    );
    expect(found).toEqual([
      expect.objectContaining({
        kind: "fee_policy",
        status: "adopted",
        actor: "government",
        effective: "2025-08-01",
      }),
      expect.objectContaining({
        kind: "fee_policy",
        status: "postponed",
        actor: "ministry-industry",
        effective: "2025-08-01",
      }),
    ]);
  });

  it("reads a proposed ban and a drafted fee change as two drafts, and a figure as no decision", () => {
    const found = decisions(
      "date: 2025-04-02\nДепутаты предложили запретить ввоз старых машин\nГруппа депутатов Госдумы предложила запретить ввоз легковушек старше 15 лет.\nОтдельно Минпромторг подготовил проект, по которому с 1 июня этого года льготный утильсбор сохранится лишь для машин до 160 л. с.\nДля более мощной машины сбор вырастет до 700 тыс. рублей.",
    );
    expect(found).toContainEqual(
      expect.objectContaining({
        kind: "policy",
        action: "restricts",
        jurisdiction: "RU",
        status: "draft",
        actor: "parliament",
      }),
    );
    expect(found).toContainEqual(
      expect.objectContaining({ kind: "fee_policy", status: "draft", effective: "2025-06-01" }),
    );
    expect(found).toHaveLength(2);
  });

  it("proposes no policy of its own for a draft that a threshold tells", () => {
    const found = decisions(
      "date: 2024-03-04\nMinistry to raise the localization bar for subsidised loans\nThe industry ministry published a draft decree that ties subsidised car loans to localization points.\nUnder the document, from July 1, 2024 a car will need at least 1,800 points to qualify.\nThe central bank's key rate stands at 16%.",
    );
    // The draft is told by its threshold (its start and status: policy-thresholds.test.ts), no card of its own.
    expect(found).toEqual([]);
  });

  it("reads another country's duty decision as that country's, and the recycling-fee compensation's bar as no policy", () => {
    const duty = decisions(
      "date: 2024-12-10\nСоседи меняют пошлины\nКиргизия с 1 февраля повышает ввозные пошлины на машины старше семи лет, сообщило правительство республики.",
    );
    expect(duty).toEqual([
      expect.objectContaining({
        kind: "policy",
        action: "duty",
        jurisdiction: "KG",
        status: "adopted",
        effective: "2025-02-01",
      }),
    ]);
    const rule = decisions(
      "date: 2025-10-01\nПравительство изменило условия промышленной компенсации\nЧтобы получать компенсацию утильсбора, модель с 2026 года должна набрать 2 200 баллов локализации.\nПостановление подписано в пятницу.",
    );
    // The compensation's new bar is that threshold, adopted (policy-thresholds.test.ts).
    expect(rule).toEqual([]);
  });
});
