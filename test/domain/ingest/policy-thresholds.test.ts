// A localization decision told by its thresholds is those thresholds, with their status and start:
// no policy card of its own beside them (the evaluation set's rule, README.md). A rule change the
// thresholds do not tell stays a policy. Sentences written for these tests.
import { describe, expect, it } from "vitest";
import { ingestVocabulary, readArticle } from "../../../domain/ingest/extract.ts";
import { decisions } from "./decisions.ts";

const vocab = ingestVocabulary([]);
const thresholds = (text: string, articleDate: string) =>
  readArticle(text, vocab, { articleDate }).facts.flatMap((f) =>
    f.kind === "threshold" ? [{ purpose: f.purpose, points: f.points, from: f.from, status: f.status }] : [],
  );

describe("a decision told by its thresholds", () => {
  it("proposes the adopted threshold and no policy beside it", () => {
    const text =
      "Кабмин поднял планку для госзаказа\nПравительство утвердило поправки к постановлению: с 1 января 2027 года для участия в госзакупках легковому автомобилю понадобится не менее 4 200 баллов локализации.";
    expect(decisions(text, "2026-05-14").filter((d) => d.action === "changes")).toEqual([]);
    expect(thresholds(text, "2026-05-14")).toEqual([
      { purpose: "procurement", points: 4200, from: "2027-01-01", status: "adopted" },
    ]);
  });

  it("does the same for a draft told a sentence before its figure", () => {
    const text =
      "Loans to require more points\nThe industry ministry has drafted amendments to the subsidised car loan programme. Under them, a model will need at least 2,400 localization points from 2026 to qualify.";
    expect(decisions(text, "2025-09-02").filter((d) => d.action === "changes")).toEqual([]);
    expect(thresholds(text, "2025-09-02").map((t) => [t.purpose, t.points, t.status])).toEqual([
      ["subsidised_loans", 2400, "draft"],
    ]);
  });

  it.each([
    [
      "Ministry to raise the localization bar for subsidised loans\nThe industry ministry published a draft decree that ties subsidised car loans to localization points.\nUnder the document, from July 1, 2024 a car will need at least 1,800 points to qualify.\nThe central bank's key rate stands at 16%.",
      "2024-03-04",
      { purpose: "subsidised_loans", points: 1800, from: "2024-07-01", status: "draft" },
    ],
    [
      "Правительство изменило условия промышленной компенсации\nЧтобы получать компенсацию утильсбора, модель с 2026 года должна набрать 2 200 баллов локализации.\nПостановление подписано в пятницу.",
      "2025-10-01",
      { purpose: "recycling_fee_compensation", points: 2200, from: "2026-01-01", status: "adopted" },
    ],
    [
      "Taxi cars must be local\nFrom April 1, 2026, taxi firms may only add cars with at least 3,000 localization points.\nThe taxi rule was approved by parliament in July.",
      "2025-08-20",
      { purpose: "taxi", points: 3000, from: "2026-04-01", status: "adopted" },
    ],
  ])("gives the decision's status and start to its threshold: %s", (text, date, expected) => {
    expect(thresholds(text, date)).toEqual([expected]);
    expect(decisions(text, date).filter((d) => d.action === "changes")).toEqual([]);
  });

  it("keeps a rule change that no threshold tells, beside a threshold that only stands", () => {
    const text =
      "Как считают баллы\nДля госзакупок легковушке сейчас нужно не менее 3 200 баллов. Правительство изменило порядок подтверждения производства: с 1 июля электронные компоненты будут проверять прямо на заводах.";
    const found = decisions(text, "2026-02-20").filter((d) => d.action === "changes");
    expect(found.map((d) => [d.status, d.effective])).toEqual([["adopted", "2026-07-01"]]);
  });
});
