// How news pages tell a bar put off, a year told in brackets and a bar told as one of two ways in, on
// sentences written for these tests (none taken from real articles): the rule that stands today is
// not what a postponement moves; a rule put off starts on the day it was moved to; "не с 2026, а с
// 2027" moves the start; a purpose and start told in the sentence before serve the figure.
import { describe, expect, it } from "vitest";
import { ingestVocabulary, readArticle } from "../../../domain/ingest/extract.ts";

const vocab = ingestVocabulary([]);
type Bar = { purpose: string; points: number; from: string | null; status: string | null };
const bars = (text: string, articleDate = "2025-06-10"): Bar[] =>
  readArticle(text, vocab, { articleDate })
    .facts.filter((f) => f.kind === "threshold")
    .map((f) => {
      const t = f as unknown as Bar;
      return { purpose: t.purpose, points: t.points, from: t.from, status: t.status };
    });

describe("thresholds put off", () => {
  it("leaves the rule told as today's where it is when a later sentence puts the change off", () => {
    for (const text of [
      "Госзакупки\nНа сегодня для госзаказа модели требуется 3 100 баллов. Ужесточение требований отложено до 1 июля 2027 года.",
      "Procurement\nAt present a model needs 3,100 points to be sold to state buyers. The tightening has been delayed until July 1, 2027.",
    ])
      expect(bars(text), text).toEqual([
        { purpose: "procurement", points: 3100, from: "2025-01-01", status: "in_force" },
      ]);
  });

  it("reads the increase put off with its new start, not the one planned", () => {
    for (const text of [
      "Лизинг\nДействующая планка для льготного лизинга — 1 900 баллов. Её повышение до 2 400 баллов, намеченное на 1 января 2026 года, сдвинули на 1 января 2027 года.",
      "Leasing\nThe current bar for subsidised leasing is 1,900 points. Its increase to 2,400 points, planned for January 1, 2026, has been pushed back to January 1, 2027.",
      "Лизинг\nСейчас для льготного лизинга хватает 1 900 баллов. Повышение до 2 400 баллов отложили до 2027 года.",
      "Leasing\nSubsidised leasing currently requires 1,900 points. The increase to 2,400 points was put off until 2027.",
    ])
      expect(bars(text), text).toEqual([
        { purpose: "leasing", points: 1900, from: "2025-01-01", status: "in_force" },
        { purpose: "leasing", points: 2400, from: "2027-01-01", status: "postponed" },
      ]);
  });

  it("takes the start a rule was moved to from 'не с …, а с …' and 'not from … but from …'", () => {
    for (const text of [
      "Такси\nДля такси 3 400 баллов станут обязательными не с 2026, а с 2027 года.",
      "Такси\nТребование в 3 400 баллов для такси начнёт действовать не с 1 января 2026 года, а с 1 января 2027 года.",
      "Taxi\nTaxis will have to score 3,400 points not from January 1, 2026, but from January 1, 2027.",
      "Taxi\nThe 3,400-point requirement for taxis applies not in 2026 but in 2027.",
    ])
      expect(bars(text), text).toEqual([
        { purpose: "taxi", points: 3400, from: "2027-01-01", status: "postponed" },
      ]);
  });
});

describe("a year in brackets after the figure", () => {
  it("gives each figure the year in its own brackets", () => {
    for (const text of [
      "Госзаказ\nПланка для госзаказа — 3 300 баллов (2026), 3 600 баллов (2027).",
      "Госзаказ\nДля госзакупок требуется 3 300 баллов (в 2026 году) и 3 600 баллов (в 2027 году).",
      "Procurement\nState procurement requires 3,300 points (2026) and 3,600 points (2027).",
      "Procurement\nThe bar for government tenders is 3,300 points (in 2026), then 3,600 points (in 2027).",
    ])
      expect(
        bars(text).map((b) => [b.purpose, b.points, b.from]),
        text,
      ).toEqual([
        ["procurement", 3300, "2026-01-01"],
        ["procurement", 3600, "2027-01-01"],
      ]);
  });
});

describe("points as one of two ways in", () => {
  it("gives the figure the purpose and start of the sentence before, not the contract named as the other way", () => {
    for (const text of [
      "Такси\nС 1 марта 2026 года возить пассажиров смогут только локализованные машины. Автомобиль должен либо выпускаться по СПИК, либо набрать 3 200 баллов.",
      "Такси\nС 1 марта 2026 года в такси допустят лишь локализованные модели. Машине нужно иметь специнвестконтракт или набрать не менее 3 200 баллов.",
      "Taxi\nFrom March 1, 2026, only localized cars may work as taxis. A car must either be made under a special investment contract or score 3,200 points.",
      "Taxi\nStarting March 1, 2026, taxi fleets may only use localized cars. A model must be built under a SPIC or collect at least 3,200 localization points.",
    ])
      expect(bars(text), text).toEqual([{ purpose: "taxi", points: 3200, from: "2026-03-01", status: null }]);
  });

  it("reads the refund of the fee a model is entitled to by its points", () => {
    for (const text of [
      "Компенсация\nВозмещение утильсбора положено лишь тем заводам, чьи модели набирают не менее 2 900 баллов.",
      "Refund\nOnly plants whose models reach 2,900 points are entitled to a refund of the recycling fee.",
    ])
      expect(
        bars(text).map((b) => [b.purpose, b.points]),
        text,
      ).toEqual([["recycling_fee_compensation", 2900]]);
  });
});

describe("figures of one sentence told against each other", () => {
  it("gives a figure brought in by a comparison the purpose of the figure it is compared with", () => {
    for (const text of [
      "Кредиты\nПорог для льготных автокредитов в 2027 году предлагается поднять до 2 900 баллов против нынешних 2 300, для льготного лизинга — 2 600 баллов.",
      "Loans\nThe draft lifts the bar for subsidised car loans in 2027 to 2,900 points, up from the current 2,300, and for subsidised leasing to 2,600 points.",
    ])
      expect(bars(text, "2026-05-10"), text).toEqual([
        { purpose: "subsidised_loans", points: 2900, from: "2027-01-01", status: "draft" },
        { purpose: "subsidised_loans", points: 2300, from: "2026-01-01", status: "in_force" },
        { purpose: "leasing", points: 2600, from: "2027-01-01", status: "draft" },
      ]);
  });

  it("reads the purpose and start told past a figure set between dashes", () => {
    for (const text of [
      "Лизинг\nМинистерство предлагает порог для автокредитов с 1 января 2027 года. Такое же требование — те же 1 800 баллов — предлагается распространить на льготный лизинг, но позже, с 1 июля 2027 года.",
      "Leasing\nThe ministry proposes a bar for car loans from January 1, 2027. The same requirement — the same 1,800 points — would be extended to subsidised leasing, but later, from July 1, 2027.",
    ])
      expect(bars(text, "2026-05-10"), text).toEqual([
        { purpose: "leasing", points: 1800, from: "2027-07-01", status: "draft" },
      ]);
  });

  it("reads a figure put off and told again in its sentence once, with the start it was moved to", () => {
    for (const text of [
      "Такси\nПопасть в реестр такси можно, только если машина набирает не менее 3 100 баллов. Планку хотели поднять до 3 600 баллов через год, но повышение перенесли: 3 600 баллов потребуются в 2028 году.",
      "Taxi\nA car enters the taxi register only if it scores at least 3,100 points. The bar was to rise to 3,600 points a year later, but the increase was postponed: 3,600 points will be needed in 2028.",
    ])
      expect(
        bars(text, "2026-05-10").filter((b) => b.points === 3600),
        text,
      ).toEqual([{ purpose: "taxi", points: 3600, from: "2028-01-01", status: "postponed" }]);
  });
});

describe("bars told by who is let in or kept out", () => {
  it("reads 'and more', 'or higher', 'open to', 'cut-off' and 'below … cannot' as a bar", () => {
    for (const [text, purpose, points] of [
      [
        "Кредиты\nВ программу «Семейный автомобиль» попадают модели, набравшие 2 100 баллов и больше.",
        "subsidised_loans",
        2100,
      ],
      [
        "Loans\nThe subsidised lending programme is open to models scoring 2,100 points or more.",
        "subsidised_loans",
        2100,
      ],
      [
        "Loans\nThe cut-off for the Family Car programme is 2,100 localization points.",
        "subsidised_loans",
        2100,
      ],
      [
        "Leasing\nPreferential leasing covers vehicles with a localization score of 1,900 points or higher.",
        "leasing",
        1900,
      ],
      [
        "Закупки\nМашины с локализацией ниже 3 300 баллов не могут участвовать в госзакупках.",
        "procurement",
        3300,
      ],
      ["Procurement\nCars below 3,300 points cannot be sold to government agencies.", "procurement", 3300],
    ] as const)
      expect(
        bars(text).map((b) => [b.purpose, b.points]),
        text,
      ).toEqual([[purpose, points]]);
  });
});

describe("bars by year in a list or a one-column table", () => {
  const rows = (text: string) => bars(text).map((b) => [b.purpose, b.points, b.from]);
  const want = [
    ["procurement", 3150, "2025-01-01"],
    ["procurement", 3350, "2026-01-01"],
  ];

  it("goes on with the purpose of a list's first row", () => {
    expect(
      rows(
        "Пороги\nТребования для госзакупок по годам:\n• 2025 год — 3 150 баллов;\n• 2026 год — 3 350 баллов.",
      ),
    ).toEqual(want);
    expect(
      rows("Thresholds\nProcurement thresholds by year:\n• 2025: 3,150 points\n• 2026: 3,350 points"),
    ).toEqual(want);
  });

  it("reads a table of years and points under a line that names the purpose", () => {
    expect(
      rows("Таблица\nПороги локализации для госзакупок\nГод | Баллы\n2025 | 3 150\n2026 | 3 350"),
    ).toEqual(want);
    expect(
      rows("Table\nLocalization thresholds for state procurement\nYear | Points\n2025 | 3,150\n2026 | 3,350"),
    ).toEqual(want);
  });
});
