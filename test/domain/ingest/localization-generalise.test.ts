// Localization rules that generalise across writers, on sentences written for these tests (none
// taken from real articles): the purpose a sentence names first, purposes told in other words, the
// year of a threshold, points listed per operation, a model's score and its year.
import { describe, expect, it } from "vitest";
import { localizationFacts } from "./plain-facts.ts";

const read = localizationFacts;

describe("thresholds: the purpose a sentence is about", () => {
  it("takes the purpose named first, not an alternative way to qualify named after it", () => {
    const facts = read(
      "New rules\nFrom April 1, 2027 a car may join a regional taxi register only if it has collected the set number of localization points or is built under a special investment contract.\nFor 2027 the threshold is 3,000 points.",
      "2026-11-10",
    );
    expect(facts).toContainEqual(
      expect.objectContaining({ kind: "threshold", purpose: "taxi", points: 3000 }),
    );
    expect(facts.some((f) => f.kind === "threshold" && f.purpose === "spic")).toBe(false);
  });

  it("reads a subsidy that refunds or offsets the recycling fee as recycling-fee compensation", () => {
    expect(
      read(
        "Support\nThe main change is about the subsidy that effectively refunds the recycling fee. To get it, a model will need at least 1,700 points.",
        "2026-04-02",
      ),
    ).toContainEqual(
      expect.objectContaining({ kind: "threshold", purpose: "recycling_fee_compensation", points: 1700 }),
    );
    expect(
      read(
        "Субсидии\nГлавное изменение касается субсидии, которая фактически возмещает производителю утильсбор. Чтобы её получить, модели понадобится не менее 1 700 баллов.",
        "2026-04-02",
      ),
    ).toContainEqual(
      expect.objectContaining({ kind: "threshold", purpose: "recycling_fee_compensation", points: 1700 }),
    );
  });
});

describe("thresholds: the maximum and the year", () => {
  it("gives a word for the maximum to the number right after it, not to the one before", () => {
    const facts = read(
      "Taxis\nFor taxis the bar is 3,300 points in 2027, and by 2029 it will rise to 3,900 points out of the maximal 8,800.",
      "2026-06-01",
    );
    expect(facts).toContainEqual(expect.objectContaining({ kind: "max_score", points: 8800 }));
    expect(facts).toContainEqual(
      expect.objectContaining({ kind: "threshold", purpose: "taxi", points: 3900, from: "2029-01-01" }),
    );
    expect(facts.some((f) => f.kind === "max_score" && f.points === 3900)).toBe(false);
  });

  it("leaves a new rule told against this year's level without a year", () => {
    const facts = read(
      "Subsidy\nThe ministry approved new parameters for the subsidy that compensates the recycling fee. A model will now need 1,400 points, well below the 3,600 points set for this year.",
      "2026-09-01",
    );
    expect(facts).toContainEqual(
      expect.objectContaining({ purpose: "recycling_fee_compensation", points: 1400, from: null }),
    );
    expect(facts).toContainEqual(
      expect.objectContaining({ purpose: "recycling_fee_compensation", points: 3600, from: "2026-01-01" }),
    );
  });

  it("dates every threshold of a sentence that opens with 'this year'", () => {
    const facts = read(
      "Points\nThis year a car needs 3,100 points for public procurement, while subsidised loans and leasing accept models with 1,500 points.",
      "2026-02-01",
    );
    expect(facts).toContainEqual(
      expect.objectContaining({ purpose: "demand_support", points: 1500, from: "2026-01-01" }),
    );
  });
});

describe("thresholds: told again in the next sentence", () => {
  it("reads 'сейчас для этого достаточно 3,1 тыс.' and 'only if it scores' after a threshold", () => {
    const facts = read(
      "Госзакупки\nПо новым правилам с 1 января 2028 года легковушка сможет участвовать в госзакупках, только если наберёт 3600 баллов.\nСейчас для этого достаточно 3,1 тыс.",
      "2026-12-01",
    );
    expect(facts).toContainEqual(
      expect.objectContaining({ purpose: "procurement", points: 3600, from: "2028-01-01" }),
    );
    expect(facts).toContainEqual(
      expect.objectContaining({ purpose: "procurement", points: 3100, from: "2026-01-01" }),
    );
  });

  it("reads a bar's rise told in the next sentence with no purpose of its own", () => {
    const facts = read(
      "Такси\nДля работы в такси с начала 2026 года минимальный порог равен 3,1 тысяч баллов. С 2028 года он вырастет до 3,4 тысяч, а в 2029 — до 3,6 тысяч баллов.",
      "2026-02-01",
    );
    expect(facts).toContainEqual(
      expect.objectContaining({ purpose: "taxi", points: 3100, from: "2026-01-01" }),
    );
    expect(facts).toContainEqual(
      expect.objectContaining({ purpose: "taxi", points: 3400, from: "2028-01-01" }),
    );
    expect(facts).toContainEqual(
      expect.objectContaining({ purpose: "taxi", points: 3600, from: "2029-01-01" }),
    );
    const en = read(
      "Taxis\nToday a taxi must have 3,100 points. This benchmark is expected to rise to 3,600 points by the year 2029.",
      "2026-02-01",
    );
    expect(en).toContainEqual(expect.objectContaining({ purpose: "taxi", points: 3600, from: "2029-01-01" }));
  });

  it("does not give a purpose it cannot name the one told before", () => {
    const facts = read(
      "Баллы\nПо специнвестконтракту завод к 2031 году обязан выйти на 5 600 баллов.\nДля участия в конкурсах на поставку экспортных партий требуется минимум 3 300 баллов.",
      "2026-05-10",
    );
    expect(facts.some((f) => f.kind === "threshold" && f.points === 3300)).toBe(false);
  });

  it("reads purposes told in other words", () => {
    const facts = read(
      "Points\nState-backed car loans are available this year for models with 2,050 points or more.\nTo be purchased by government customers, a car requires 3,250 points in 2026.",
      "2026-05-10",
    );
    expect(facts).toContainEqual(expect.objectContaining({ purpose: "subsidised_loans", points: 2050 }));
    expect(facts).toContainEqual(
      expect.objectContaining({ purpose: "procurement", points: 3250, from: "2026-01-01" }),
    );
  });
});

describe("a model's score and its year", () => {
  it("gives one figure to every model listed before it", () => {
    const facts = read(
      "Scores\nThe Lada Granta and Lada Largus scored 3,150 localization points each in the 2024 assessment.",
      "2025-01-20",
    );
    expect(facts).toContainEqual(
      expect.objectContaining({ kind: "model_score", model: "lada-granta", points: 3150, date: "2024" }),
    );
    expect(facts).toContainEqual(
      expect.objectContaining({ kind: "model_score", model: "lada-largus", points: 3150, date: "2024" }),
    );
  });

  it("dates a score by 'last year' and by the year told for the scores just before", () => {
    expect(
      read("Taxi\nThe Moskvich 3 at the end of last year had 2,990 points.", "2026-05-26"),
    ).toContainEqual(expect.objectContaining({ model: "moskvich-3", points: 2990, date: "2025" }));
    const facts = read(
      "Scores\nThe Lada Granta scored 3,150 points in the 2024 assessment. The Lada Vesta earned 3,050 points.",
      "2025-01-20",
    );
    expect(facts).toContainEqual(
      expect.objectContaining({ model: "lada-vesta", points: 3050, date: "2024" }),
    );
  });
});

describe("thresholds: changes and postponements", () => {
  it("marks a threshold whose sentence tells it was postponed, and moves only the rule still to come", () => {
    expect(
      read(
        "Такси\nМинпромторг перенёс на 1 октября 2027 года ужесточение требований для такси: порог в 3 800 баллов заработает позже.",
        "2026-04-14",
      ),
    ).toContainEqual(
      expect.objectContaining({ purpose: "taxi", points: 3800, from: "2027-10-01", status: "postponed" }),
    );
    const moved = read(
      "Taxis\nA taxi must have 3,100 localization points in 2026; from 2028 the requirement rises to 3,600.\nThe government postponed the increase to 2029.",
      "2026-10-02",
    );
    expect(moved).toContainEqual(expect.objectContaining({ points: 3100, from: "2026-01-01" }));
    expect(moved).toContainEqual(
      expect.objectContaining({ points: 3600, from: "2029-01-01", status: "postponed" }),
    );
  });

  it("moves nothing when the postponement is only proposed", () => {
    const facts = read(
      "Taxis\nA taxi must have 3,100 localization points in 2026; from 2028 the requirement rises to 3,600.\nThe ministry has proposed to postpone the increase to 2029.",
      "2026-10-02",
    );
    expect(facts).toContainEqual(expect.objectContaining({ points: 3600, from: "2028-01-01" }));
  });

  it("does not call the figure a change starts from adopted", () => {
    const facts = read(
      "Фургоны\nПравительство утвердило поправки. Для лёгких коммерческих автомобилей порог вырастет с 2 300 до 2 500 баллов.",
      "2026-04-14",
    );
    expect(facts).toContainEqual(
      expect.objectContaining({ purpose: "lcv_procurement", points: 2300, status: null }),
    );
    expect(facts).toContainEqual(
      expect.objectContaining({ purpose: "lcv_procurement", points: 2500, status: "adopted" }),
    );
  });

  it("keeps one candidate when a dated bar is told again later with no date", () => {
    const facts = read(
      "СПИК\nМинпромторг предлагает установить планку для СПИК в 5,5 тыс. баллов вместо текущих 7 тыс.\nРанее эта планка находилась на уровне 7 000 баллов.",
      "2025-09-30",
    );
    expect(facts.filter((f) => f.kind === "threshold" && f.points === 7000)).toHaveLength(1);
  });
});

describe("thresholds: relative years and adopted rules", () => {
  it("reads 'с будущего года' and 'next year' as the year after the article's", () => {
    expect(
      read("Закупки\nС будущего года машинам для госзакупок понадобится 3 600 баллов.", "2026-06-10"),
    ).toContainEqual(expect.objectContaining({ purpose: "procurement", points: 3600, from: "2027-01-01" }));
    expect(
      read("Loans\nNext year the bar for subsidised loans rises to 2,250 points.", "2026-06-10"),
    ).toContainEqual(
      expect.objectContaining({ purpose: "subsidised_loans", points: 2250, from: "2027-01-01" }),
    );
  });

  it("gives a year told after a comma to the next figure, not to the one before", () => {
    const facts = read(
      "Лизинг\nНынешний порог для льготного лизинга — 2 050 баллов, в 2028-м он составит 2 350.",
      "2026-06-10",
    );
    expect(facts).toContainEqual(
      expect.objectContaining({ purpose: "leasing", points: 2050, from: "2026-01-01" }),
    );
    expect(facts).toContainEqual(
      expect.objectContaining({ purpose: "leasing", points: 2350, from: "2028-01-01" }),
    );
  });

  it("reads 'требования утверждены' and 'вступило в силу' as an adopted decision", () => {
    expect(
      read(
        "Закупки\nНовые требования утверждены постановлением правительства. С 1 июля 2027 года для госзакупок нужно 3 600 баллов.",
        "2026-06-10",
      ),
    ).toContainEqual(
      expect.objectContaining({
        purpose: "procurement",
        points: 3600,
        from: "2027-07-01",
        status: "adopted",
      }),
    );
  });
});

describe("points per item told as a list", () => {
  it("gives the item brought in by 'за' after a figure to that figure, and goes on without the word", () => {
    const facts = read(
      "Баллы\nКузовные операции весят больше всего: 450 баллов дают за сварку кузова и 550 — за его окраску.\nЕщё 150 начисляют, если кузов сделан из российского металла, а за отечественный блок управления двигателем полагается 120.",
    );
    expect(facts).toContainEqual(expect.objectContaining({ item: "body_welding", points: 450 }));
    expect(facts).toContainEqual(expect.objectContaining({ item: "body_painting", points: 550 }));
    expect(facts).toContainEqual(expect.objectContaining({ item: "russian_metal", points: 150 }));
    expect(facts).toContainEqual(expect.objectContaining({ item: "engine_ecu", points: 120 }));
  });

  it("keeps 'за X … N, за Y — M' pairing each item with the figure after it", () => {
    const facts = read("Баллы\nЗа сварку кузова завод получает 450 баллов, за окраску — 550.");
    expect(facts).toContainEqual(expect.objectContaining({ item: "body_welding", points: 450 }));
    expect(facts).toContainEqual(expect.objectContaining({ item: "body_painting", points: 550 }));
  });
});

describe("thresholds in a draft article", () => {
  const draft = read(
    "Draft\nThe ministry has published a draft resolution on cars bought by the state.\nUnder the document, from January 1, 2028, a car will have to score at least 3,600 points for public procurement.\nIn 2029 the requirement is to rise further to 3,800 points.\nFor light commercial vehicles the bar will go up from 2,300 to 2,500 points.\nThe draft also keeps the threshold for subsidised car loans at 2,050 points.",
    "2027-04-14",
  );

  it("reads a rise told with 'is to' as the draft's", () => {
    expect(draft).toContainEqual(
      expect.objectContaining({ purpose: "procurement", points: 3800, from: "2029-01-01", status: "draft" }),
    );
  });

  it("reads the figure a drafted change starts from as today's rule, the one it goes to as the draft's", () => {
    expect(draft).toContainEqual(
      expect.objectContaining({
        purpose: "lcv_procurement",
        points: 2300,
        from: "2027-01-01",
        status: "in_force",
      }),
    );
    expect(draft).toContainEqual(
      expect.objectContaining({ purpose: "lcv_procurement", points: 2500, status: "draft" }),
    );
  });

  it("reads a threshold the draft keeps as the one in force", () => {
    expect(draft).toContainEqual(
      expect.objectContaining({
        purpose: "subsidised_loans",
        points: 2050,
        from: "2027-01-01",
        status: "in_force",
      }),
    );
  });

  it("reads 'лишь на машины, набравшие' as a need", () => {
    expect(
      read("Кредиты\nЛьготный автокредит выдают лишь на машины, набравшие 2 050 баллов.", "2027-04-14"),
    ).toContainEqual(expect.objectContaining({ purpose: "subsidised_loans", points: 2050 }));
  });
});

describe("a model's score: the subject, not its old name", () => {
  it("gives the score to the model, not to the former name told beside it", () => {
    const facts = read(
      "Scores\nThe Solaris HS, the former Hyundai Solaris built near St Petersburg, scores about 2,010 points.",
      "2026-08-29",
    );
    expect(facts).toContainEqual(
      expect.objectContaining({ kind: "model_score", model: "solaris-hs", points: 2010 }),
    );
    expect(facts.some((f) => f.kind === "model_score" && f.model === "hyundai-solaris")).toBe(false);
  });
});

describe("thresholds: one sentence, a figure per year", () => {
  it("gives each figure the year told with it", () => {
    for (const text of [
      "Taxi\nFor taxis the bar is 3,100 points in 2027, 3,400 in 2028 and 3,600 in 2029.",
      "Такси\nДля такси порог составит 3100 баллов в 2027 году, 3400 — в 2028-м и 3600 — в 2029-м.",
    ]) {
      const facts = read(text, "2026-11-20");
      expect(facts).toContainEqual(
        expect.objectContaining({ purpose: "taxi", points: 3100, from: "2027-01-01" }),
      );
      expect(facts).toContainEqual(
        expect.objectContaining({ purpose: "taxi", points: 3400, from: "2028-01-01" }),
      );
      expect(facts).toContainEqual(
        expect.objectContaining({ purpose: "taxi", points: 3600, from: "2029-01-01" }),
      );
    }
  });

  it("does not read 'составит' as a rule that stays", () => {
    expect(
      read("Лизинг\nВ 2028 году порог для льготного лизинга составит 2 350 баллов.", "2026-06-10"),
    ).toContainEqual(expect.objectContaining({ purpose: "leasing", points: 2350, status: null }));
  });
});

describe("thresholds: years told 'respectively'", () => {
  it("gives the listed years to the figures in their order", () => {
    for (const text of [
      "Закупки\nДля госзакупок в 2027 и 2028 годах потребуется 3400 и 3650 баллов соответственно.",
      "Procurement\nIn 2027 and 2028 public procurement will require 3,400 and 3,650 points respectively.",
    ]) {
      const facts = read(text, "2026-11-20");
      expect(facts).toContainEqual(
        expect.objectContaining({ purpose: "procurement", points: 3400, from: "2027-01-01" }),
      );
      expect(facts).toContainEqual(
        expect.objectContaining({ purpose: "procurement", points: 3650, from: "2028-01-01" }),
      );
    }
  });
});

describe("a van's score, named without its maker", () => {
  it("takes 'ГАЗель NN' and 'the GAZelle Next' as GAZ's models, not the next brand named", () => {
    const ru = read(
      "Фургоны\nПо итогам проверки «ГАЗель NN» получила 4 100 баллов, а «Соболь NN» — 3 800.",
      "2025-03-04",
    );
    expect(ru).toContainEqual(
      expect.objectContaining({ kind: "model_score", model: "gaz-gazelle-nn", points: 4100 }),
    );
    expect(ru).toContainEqual(
      expect.objectContaining({ kind: "model_score", model: "gaz-sobol-nn", points: 3800 }),
    );
    const en = read(
      "Vans\nThe GAZelle Next earned 4,050 points in the check, and the Sollers Argo is listed as well.",
      "2025-03-04",
    );
    expect(en).toContainEqual(
      expect.objectContaining({ kind: "model_score", model: "gaz-gazelle-next", points: 4050 }),
    );
    expect(en.filter((f) => f.kind === "model_score")).toHaveLength(1);
  });
});
