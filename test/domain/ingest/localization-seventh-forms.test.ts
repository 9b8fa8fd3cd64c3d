// Thresholds told by a bar already introduced and by a bare "compensation" in an article about the
// recycling-fee refund, on sentences written for these tests (none taken from real articles).
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

describe("thresholds: a bar already introduced is adopted", () => {
  it("reads 'ввели порог' as adopted, and only for its own sentence's bar", () => {
    const got = thresholds(
      "Для госзакупок легковой машине требуется не менее 3 100 баллов. С 1 октября для фургонов, которые закупают госзаказчики, ввели отдельный порог — 2 400 баллов.",
    );
    expect(got).toContainEqual(
      expect.objectContaining({ purpose: "lcv_procurement", points: 2400, status: "adopted" }),
    );
    expect(got).toContainEqual(
      expect.objectContaining({ purpose: "procurement", points: 3100, status: null }),
    );
  });

  it("reads 'has been introduced' as adopted", () => {
    expect(
      thresholds("A separate 2,600-point bar for taxis has been introduced in the regional registers."),
    ).toContainEqual(expect.objectContaining({ purpose: "taxi", points: 2600, status: "adopted" }));
  });

  it("does not take 'может быть введена' for a decision", () => {
    expect(
      thresholds("В 2028 году может быть введена планка в 2 800 баллов для лёгких коммерческих машин."),
    ).not.toContainEqual(expect.objectContaining({ points: 2800, status: "adopted" }));
  });
});

describe("thresholds: a bare compensation in an article about the refund", () => {
  it("gives 'претендовать на компенсацию' the recycling-fee refund named before", () => {
    expect(
      thresholds(
        "Заводы ждут компенсации утильсбора.\nЧтобы претендовать на компенсацию, сейчас производителю нужно 4 200 баллов.",
      ),
    ).toContainEqual(
      expect.objectContaining({ purpose: "recycling_fee_compensation", points: 4200, status: "in_force" }),
    );
  });

  it("does so in English too", () => {
    expect(
      thresholds(
        "Plants wait for the recycling fee compensation.\nTo receive the compensation, a maker currently needs 4,300 points.",
      ),
    ).toContainEqual(expect.objectContaining({ purpose: "recycling_fee_compensation", points: 4300 }));
  });
});

describe("thresholds: a contract named after the figure as the other way in", () => {
  it("keeps the taxi purpose and the law's start, not the contract's dates", () => {
    expect(
      thresholds(
        "С 1 апреля в регионах заработали новые правила для такси. Чтобы машину внесли в реестр, она должна набирать не менее 3 300 баллов или выпускаться по СПИК, подписанному с 1 мая 2021 года.",
        "2026-05-12",
      ),
    ).toContainEqual(expect.objectContaining({ purpose: "taxi", points: 3300, from: "2026-04-01" }));
  });

  it("does so in English, with a day the rule took effect on", () => {
    expect(
      thresholds(
        "New taxi rules took effect on April 1. A taxi must score at least 3,300 points or be built under a special investment contract signed from May 1, 2021.",
        "2026-05-12",
      ),
    ).toContainEqual(expect.objectContaining({ purpose: "taxi", points: 3300, from: "2026-04-01" }));
  });

  it("still reads a bar that is the contract's own", () => {
    expect(
      thresholds("Компании, подписавшие СПИК, к концу контракта обязаны выйти на 6 800 баллов."),
    ).toContainEqual(expect.objectContaining({ purpose: "spic", points: 6800 }));
  });
});

describe("thresholds: units are no scores", () => {
  it("reads no bar from a weight in tonnes told after a bar", () => {
    const got = thresholds(
      "Для лизинга порог сейчас 2 000 баллов. Этому порогу отвечают все фургоны массой до 3,5 т.",
      "2026-03-12",
    );
    expect(got.map((t) => t.points)).toEqual([2000]);
  });

  it("does so in English", () => {
    const got = thresholds(
      "The leasing bar is now 2,000 points. All vans of up to 3.5 t meet this bar.",
      "2026-03-12",
    );
    expect(got.map((t) => t.points)).toEqual([2000]);
  });
});

describe("thresholds: the next sentence tells when the bar takes effect", () => {
  it("gives a drafted bar the day the next sentence says it is to start", () => {
    expect(
      thresholds(
        "Минпромторг предлагает допускать к льготному автокредитованию только машины, набравшие не менее 1,7 тыс. баллов. Требование должно начать действовать с 1 января 2027 года.",
        "2026-05-12",
      ),
    ).toContainEqual(
      expect.objectContaining({
        purpose: "subsidised_loans",
        points: 1700,
        from: "2027-01-01",
        status: "draft",
      }),
    );
  });

  it("does so in English", () => {
    expect(
      thresholds(
        "The ministry proposes to admit to preferential car loans only cars with at least 1,700 localization points. The requirement is to take effect from January 1, 2027, the draft says.",
        "2026-05-12",
      ),
    ).toContainEqual(
      expect.objectContaining({ purpose: "subsidised_loans", points: 1700, from: "2027-01-01" }),
    );
  });
});
