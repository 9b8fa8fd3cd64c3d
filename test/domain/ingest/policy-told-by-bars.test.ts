// A localization decision told by its thresholds, the threshold told two sentences after the
// decision and with no status of its own (sentences written for these tests): the thresholds are
// the decision and carry its status; no rule change of its own beside them.
import { describe, expect, it } from "vitest";
import { ingestVocabulary, readArticle } from "../../../domain/ingest/extract.ts";

const vocab = ingestVocabulary([]);
type Read = { kind: string; purpose?: string; points?: number; action?: string; status?: string | null };
const read = (text: string, articleDate: string): Read[] =>
  readArticle(text, vocab, { articleDate }).facts.flatMap((f): Read[] =>
    f.kind === "threshold"
      ? [{ kind: f.kind, purpose: f.purpose, points: f.points, status: f.status }]
      : f.kind === "policy"
        ? [{ kind: f.kind, action: f.action, status: f.status }]
        : [],
  );

describe("a localization decision told by a threshold further on", () => {
  it.each([
    [
      "Такси\nПравительство ужесточило требования к машинам для такси.\nПеревозчики просят отсрочку.\nС 1 февраля 2026 года автомобиль для такси должен набрать не менее 2 500 баллов локализации.",
      "adopted",
    ],
    [
      "Taxis\nThe government has tightened the localization requirements for taxis.\nFleet owners say they need more time.\nFrom February 1, 2026 a car used as a taxi must score at least 2,500 points.",
      "adopted",
    ],
  ])("is the threshold, with the decision's status: %s", (text, status) => {
    expect(read(text, "2025-07-15")).toEqual([{ kind: "threshold", purpose: "taxi", points: 2500, status }]);
  });

  it("lends no status to a bar of the years before the article", () => {
    const found = read(
      "Закупки\nМинпромторг ужесточил требования к локализации для госзакупок.\nЗаводы готовятся.\nВ 2023 году для госзаказа хватало 2 000 баллов, а с 2026 года понадобится 3 000 баллов.",
      "2025-07-15",
    );
    expect(found.filter((f) => f.kind === "policy")).toEqual([]);
    expect(found).not.toContainEqual(expect.objectContaining({ points: 2000, status: "adopted" }));
  });
});
