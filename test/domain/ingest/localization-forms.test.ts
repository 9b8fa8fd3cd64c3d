// Forms a threshold is told in that no writer of ours used before, on sentences written for these
// tests: the masculine "должен", "не ниже" and "смогут", a bar set after a dash or a colon (and under
// a heading of a few words), a table turned or drawn with pipes at its edges, and the vans' bar
// told beside the cars' in one sentence.
import { describe, expect, it } from "vitest";
import { ingestVocabulary, readArticle } from "../../../domain/ingest/extract.ts";

const vocab = ingestVocabulary([]);
const thresholds = (text: string, articleDate: string | null = "2026-02-10") =>
  readArticle(text, vocab, { articleDate })
    .facts.filter((f) => f.kind === "threshold")
    .map((f) => {
      const t = f as typeof f & { purpose: string; points: number; from: string | null };
      return { purpose: t.purpose, points: t.points, from: t.from };
    });

describe("thresholds: words of need", () => {
  it("reads 'должен', 'не ниже', 'смогут' and 'придётся' as a bar", () => {
    expect(
      thresholds(
        "Правила\nЧтобы попасть в госзакупки, грузовик должен иметь 3 100 баллов, а в 2028 году — 3 400.",
      ),
    ).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ purpose: "procurement", points: 3100 }),
        expect.objectContaining({ purpose: "procurement", points: 3400, from: "2028-01-01" }),
      ]),
    );
    expect(
      thresholds(
        "Правила\nЛизинг по льготной ставке будет доступен моделям с локализацией не ниже 2 150 баллов.",
      ),
    ).toContainEqual(expect.objectContaining({ purpose: "leasing", points: 2150 }));
    expect(
      thresholds("Правила\nПродаваться государственным заказчикам смогут машины, набравшие 3 050 баллов."),
    ).toContainEqual(expect.objectContaining({ purpose: "procurement", points: 3050 }));
    expect(
      thresholds("Правила\nДля попадания в госзаказ кроссоверу придётся набрать 3 050 баллов."),
    ).toContainEqual(expect.objectContaining({ purpose: "procurement", points: 3050 }));
  });
});

describe("thresholds: a bar set after a dash or a colon", () => {
  it("reads 'purpose: figure' and 'purpose — figure' lines", () => {
    expect(thresholds("Rules\nLeasing: 2,150 points in 2026, 2,350 in 2027.")).toEqual([
      { purpose: "leasing", points: 2150, from: "2026-01-01" },
      { purpose: "leasing", points: 2350, from: "2027-01-01" },
    ]);
    expect(thresholds("Правила\nЛьготные автокредиты — 2 450 баллов с 2027 года.")).toEqual([
      { purpose: "subsidised_loans", points: 2450, from: "2027-01-01" },
    ]);
  });

  it("takes the purpose of a heading of a few words over a schedule under it", () => {
    expect(
      thresholds(
        "Новые правила\n\nГосударственные закупки\nВ 2026 году — 3 900 баллов, в 2027-м — 4 100.\n\nЛизинг\nВ 2026 году — 2 050 баллов.",
      ),
    ).toEqual([
      { purpose: "procurement", points: 3900, from: "2026-01-01" },
      { purpose: "procurement", points: 4100, from: "2027-01-01" },
      { purpose: "leasing", points: 2050, from: "2026-01-01" },
    ]);
  });

  it("does not read a model's score told after a dash as a bar", () => {
    const facts = readArticle(
      "Оценки\nПо льготной программе продаются несколько моделей. Lada Niva Travel — 3 950 баллов.",
      vocab,
      { articleDate: "2026-02-10" },
    ).facts;
    expect(facts.some((f) => f.kind === "threshold")).toBe(false);
  });
});

describe("thresholds: tables", () => {
  it("reads a table drawn with pipes at its edges and a rule under its header", () => {
    expect(
      thresholds(
        "Пороги\nМинистерство опубликовало новые требования. Они вступят в силу в следующем году.\nБаллы локализации по направлениям:\n| Направление | 2026 | 2027 |\n|---|---|---|\n| Госзакупки | 3 050 | 3 250 |",
      ),
    ).toEqual([
      { purpose: "procurement", points: 3050, from: "2026-01-01" },
      { purpose: "procurement", points: 3250, from: "2027-01-01" },
    ]);
  });

  it("reads a table that opens the body under a headline about points, its header no breadcrumb", () => {
    expect(
      thresholds(
        "Баллы локализации до 2028 года\n| Направление | 2027 | 2028 |\n|---|---|---|\n| Госзакупки | 3 450 | 3 700 |\nВедомство разослало таблицу участникам рынка.",
      ),
    ).toEqual([
      { purpose: "procurement", points: 3450, from: "2027-01-01" },
      { purpose: "procurement", points: 3700, from: "2028-01-01" },
    ]);
  });

  it("reads a table turned: purposes in the header, a year per row", () => {
    expect(
      thresholds(
        "Thresholds\nThe ministry published new requirements. They take effect next year.\nLocalization points by year:\nYear | Public procurement | Leasing\n2026 | 3,050 | 2,150\n2027 | 3,250 | 2,350",
      ),
    ).toEqual([
      { purpose: "procurement", points: 3050, from: "2026-01-01" },
      { purpose: "leasing", points: 2150, from: "2026-01-01" },
      { purpose: "procurement", points: 3250, from: "2027-01-01" },
      { purpose: "leasing", points: 2350, from: "2027-01-01" },
    ]);
  });
});

describe("thresholds: the vans' bar beside the cars'", () => {
  it("gives the vans only the figure told in their own part", () => {
    expect(
      thresholds(
        "Rules\nFor public tenders, cars need 3,050 points and light commercial vehicles 2,450 points.",
      ),
    ).toEqual([
      { purpose: "procurement", points: 3050, from: null },
      { purpose: "lcv_procurement", points: 2450, from: null },
    ]);
    expect(
      thresholds(
        "Правила\nДля госзакупок легковых машин нужно 3 050 баллов, для лёгких коммерческих — 2 450.",
      ),
    ).toEqual([
      { purpose: "procurement", points: 3050, from: null },
      { purpose: "lcv_procurement", points: 2450, from: null },
    ]);
  });

  it("counts pickups among the light commercial vehicles", () => {
    expect(
      thresholds("Правила\nПикапам для госзакупок теперь нужно 2 600 баллов, легковым машинам — 3 100."),
    ).toEqual(
      expect.arrayContaining([expect.objectContaining({ purpose: "lcv_procurement", points: 2600 })]),
    );
    expect(thresholds("Rules\nTo be bought by the state, pickups now need 2,600 points.")).toEqual([
      expect.objectContaining({ purpose: "lcv_procurement", points: 2600 }),
    ]);
  });

  it("does not carry the vans of a sentence that told their bar to the next sentence's purpose", () => {
    expect(
      thresholds(
        "Правила\nДля закупок фургонов планка — 2 450 баллов. Машинам для государственных нужд нужно не менее 3 050 баллов.",
      ),
    ).toContainEqual(expect.objectContaining({ purpose: "procurement", points: 3050 }));
  });
});
