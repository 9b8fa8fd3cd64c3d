// Localization rules of the article reader on sentences written for these tests (none taken from
// real articles): thresholds per purpose and start, status, a model's own score, points per item.
import { describe, expect, it } from "vitest";
import { localizationFacts } from "./plain-facts.ts";

const read = localizationFacts;

describe("thresholds: purpose", () => {
  it("reads a hyphenated car-loan programme and cars bought on credit as subsidised loans", () => {
    expect(
      read(
        "Loans\nA car will need at least 1,750 localization points to join the subsidised car-loan scheme.",
        "2024-05-02",
      ),
    ).toContainEqual(
      expect.objectContaining({ kind: "threshold", purpose: "subsidised_loans", points: 1750 }),
    );
    expect(
      read(
        "Credit\nModels sold on credit under the state scheme must have 1.5 thousand points.",
        "2024-05-02",
      ),
    ).toContainEqual(
      expect.objectContaining({ kind: "threshold", purpose: "subsidised_loans", points: 1500 }),
    );
  });

  it("does not take the alternative way to qualify for the purpose", () => {
    const facts = read(
      "Такси\nЗакон о локализации такси заработает 1 апреля 2027 г.\nМашина должна быть выпущена по специнвестконтракту, заключённому с 1 мая 2021 г. по 1 мая 2024 г., либо иметь не менее 2900 баллов локализации.",
      "2027-02-10",
    );
    expect(facts).toContainEqual(
      expect.objectContaining({ kind: "threshold", purpose: "taxi", points: 2900 }),
    );
    expect(facts.some((f) => f.kind === "threshold" && f.purpose === "spic")).toBe(false);
  });

  it("dates the threshold of the purpose whose law takes effect from that day", () => {
    expect(
      read(
        "Taxi rules\nThe taxi localization law comes into force on April 1, 2027. Cars must either be built under a special investment contract, or score at least 2,900 points.",
        "2027-02-10",
      ),
    ).toContainEqual(
      expect.objectContaining({ kind: "threshold", purpose: "taxi", points: 2900, from: "2027-04-01" }),
    );
  });

  it("reads a minimal level set for a year", () => {
    const facts = read(
      "Такси\nМинимальный уровень локализации машин такси на 2027 год установлен в 2 900 баллов, а к 2029 году он поднимется до 3 300 баллов.",
      "2027-01-15",
    );
    expect(facts).toContainEqual(
      expect.objectContaining({ kind: "threshold", purpose: "taxi", points: 2900, from: "2027-01-01" }),
    );
    expect(facts).toContainEqual(
      expect.objectContaining({ kind: "threshold", purpose: "taxi", points: 3300, from: "2029-01-01" }),
    );
  });
});

describe("thresholds: numbers that are no points", () => {
  it("skips an ordinal decree number and the day of a dateline", () => {
    const facts = read(
      "Loans\nMOSCOW, May 14 - Cars bought with soft loans must collect 1.7 thousand points under the 719th decree from January 1, 2025, a draft says.",
      "2024-05-14",
    );
    expect(facts.map((f) => (f as { points: number }).points)).toEqual([1700]);
    expect(facts[0]).toMatchObject({ purpose: "subsidised_loans", from: "2025-01-01", status: "draft" });
  });
});

describe("thresholds: status", () => {
  it("reads 'теперь' after a decision as the adopted rule, not the one standing", () => {
    const facts = read(
      "Минпромторг\nПравительство утвердило поправки. Участникам СПИК теперь нужно набрать 5 800 баллов локализации.",
      "2025-06-10",
    );
    expect(facts).toContainEqual(
      expect.objectContaining({
        kind: "threshold",
        purpose: "spic",
        points: 5800,
        status: "adopted",
        from: null,
      }),
    );
  });
});

describe("thresholds: told across sentences", () => {
  it("reads an answer with its question", () => {
    const facts = read(
      "Explainer\nQ: What is the top of the scale? A: 8,800 points, which nobody has reached. Q: What does a car need for the soft-loan programme? A: 1,900 points this year.",
      "2025-03-03",
    );
    expect(facts).toContainEqual(expect.objectContaining({ kind: "max_score", points: 8800 }));
    expect(facts).toContainEqual(
      expect.objectContaining({
        kind: "threshold",
        purpose: "subsidised_loans",
        points: 1900,
        from: "2025-01-01",
      }),
    );
  });

  it("reads the bar a draft would set in the next sentence, and the standing one as in force", () => {
    const facts = read(
      "Leasing\nLessors need cars with at least 1,700 points in 2025 to join the leasing programme. A draft says the bar would go up to 2,100 from July 1, 2026.",
      "2025-05-05",
    );
    expect(facts).toContainEqual(
      expect.objectContaining({ purpose: "leasing", points: 1700, from: "2025-01-01", status: "in_force" }),
    );
    expect(facts).toContainEqual(
      expect.objectContaining({ purpose: "leasing", points: 2100, from: "2026-07-01", status: "draft" }),
    );
  });

  it("takes 'с той же даты' from the threshold before", () => {
    expect(
      read(
        "Проект\nМинпромторг опубликовал проект: с 1 июля 2026 года льготный автокредит дадут только на машины с 1,9 тыс. баллов. Для льготного лизинга планка ниже — 1 700 баллов с той же даты.",
        "2026-01-20",
      ),
    ).toContainEqual(
      expect.objectContaining({ purpose: "leasing", points: 1700, from: "2026-07-01", status: "draft" }),
    );
  });

  it("moves a planned threshold to the date it was postponed to", () => {
    const facts = read(
      "Госзаказ\nПравительство подписало поправки. Предполагалось, что с 1 июля 2026 года машине для госзакупок понадобится 3 800 баллов. Теперь это требование начнёт действовать с 1 июля 2027 года.",
      "2026-05-12",
    );
    expect(facts).toContainEqual(
      expect.objectContaining({
        purpose: "procurement",
        points: 3800,
        from: "2027-07-01",
        status: "postponed",
      }),
    );
  });

  it("reads the figure a draft would replace as the one in force, and drops it once replaced", () => {
    const draft = read(
      "СПИК\nМинпромторг предлагает установить для СПИК планку не менее 6 тыс. баллов вместо текущих 7,5 тыс.",
      "2026-04-01",
    );
    expect(draft).toContainEqual(expect.objectContaining({ purpose: "spic", points: 6000, status: "draft" }));
    expect(draft).toContainEqual(
      expect.objectContaining({ purpose: "spic", points: 7500, status: "in_force" }),
    );
    const adopted = read(
      "СПИК\nПравительство утвердило поправки: участникам СПИК нужно набрать не 7 500, а 6 000 баллов.",
      "2026-04-01",
    );
    expect(adopted.map((f) => (f as { points: number }).points)).toEqual([6000]);
  });

  it("tells a figure told twice once", () => {
    const facts = read(
      "Госзакупки\nДля госзакупок машина должна набрать 3300 баллов. Повторим: для госзакупок машина должна набрать 3300 баллов.",
      "2026-02-02",
    );
    expect(facts.filter((f) => f.kind === "threshold")).toHaveLength(1);
  });

  it("keeps an analyst's SPIC level out of a loan-programme draft", () => {
    const facts = read(
      "Кредиты\nМинпромторг выложил проект о льготных автокредитах. Согласно документу, с 1 января 2027 года кредит можно будет взять на машину с 2 тыс. баллов. Заводы делают четыре тысячи, а участникам специнвестконтрактов нужно выйти на уровень 6 тыс. баллов.",
      "2026-10-01",
    );
    expect(facts).toContainEqual(
      expect.objectContaining({
        purpose: "subsidised_loans",
        points: 2000,
        from: "2027-01-01",
        status: "draft",
      }),
    );
    expect(facts).toContainEqual(expect.objectContaining({ purpose: "spic", points: 6000, status: null }));
  });
});

describe("points per item", () => {
  it("reads a 'maximum for all these' after a sentence listing body operations as their sum", () => {
    expect(
      read(
        "Scale\nThe scale rewards welding the body, painting it and stamping its panels. For all these a plant can earn a maximum of 1,400 points.",
      ),
    ).toEqual([
      expect.objectContaining({ kind: "localization_item", item: "body_operations_total", points: 1400 }),
    ]);
  });

  it("reads body operations told together before the number as their sum", () => {
    expect(
      read(
        "Scale\nEach step is rewarded: welding, painting and stamping the body together bring up to 1,400 points.",
      ),
    ).toEqual([
      expect.objectContaining({ kind: "localization_item", item: "body_operations_total", points: 1400 }),
    ]);
  });

  it("does not give a number the item another clause names after it", () => {
    expect(
      read(
        "Scale\nThe growth came from a local navigation unit (plus 150 points), and the cars also got Russian tyres and paint.",
      ),
    ).toEqual([]);
  });
});

describe("a model's own score", () => {
  it("names a code by the brand an earlier sentence gave", () => {
    expect(
      read(
        "Interview\nThe Tenet T8 starts at 3.1 million rubles. Does it qualify? In its last conclusion the ministry gave the T8 2,050 points.",
        "2026-03-10",
      ),
    ).toContainEqual(expect.objectContaining({ kind: "model_score", model: "tenet-t8", points: 2050 }));
  });

  it("gives a score told for an earlier conclusion to the model scored just before", () => {
    const facts = read(
      "Scores\nThe ministry's May conclusion gives the Haval Dargo 1.9 thousand points. In the previous conclusion, dated November 2025, it was 1.6 thousand.",
      "2026-06-01",
    );
    expect(facts).toContainEqual(expect.objectContaining({ model: "haval-dargo", points: 1900 }));
    expect(facts).toContainEqual(
      expect.objectContaining({ model: "haval-dargo", points: 1600, date: "2025" }),
    );
  });

  it("drops a model's second figure told without R&D or 'respectively'", () => {
    const facts = read(
      "Scores\nThe Haval Dargo collects 1.9 thousand points with R&D and about 1.7 thousand without it.",
      "2026-06-01",
    );
    expect(facts.map((f) => (f as { points: number }).points)).toEqual([1900]);
  });

  it("reads 'up from N a year ago' as the model's score a year before", () => {
    const facts = read(
      "Scores\nThe Solaris HS localization score stands at 2,250 points, up from 1,980 a year ago.",
      "2026-06-01",
    );
    expect(facts).toContainEqual(expect.objectContaining({ model: "solaris-hs", points: 2250 }));
    expect(facts).toContainEqual(
      expect.objectContaining({ model: "solaris-hs", points: 1980, date: "2025" }),
    );
  });
});

describe("thresholds: comparisons and obligations", () => {
  it("gives 'против нынешних N' to the figure compared, not to the new one", () => {
    const facts = read(
      "Фургоны\nС 2027 года малотоннажные фургоны для госзакупок должны будут набирать не менее 2 700 баллов против нынешних 2 500.",
      "2026-04-20",
    );
    expect(facts).toContainEqual(
      expect.objectContaining({ purpose: "lcv_procurement", points: 2700, from: "2027-01-01", status: null }),
    );
    expect(facts).toContainEqual(
      expect.objectContaining({
        purpose: "lcv_procurement",
        points: 2500,
        from: "2026-01-01",
        status: "in_force",
      }),
    );
  });

  it("reads a SPIC obligation as its threshold", () => {
    expect(
      read(
        "SPIC\nCarmakers with a special investment contract are obliged to reach 6,200 points.",
        "2026-04-20",
      ),
    ).toContainEqual(expect.objectContaining({ kind: "threshold", purpose: "spic", points: 6200 }));
  });
});

describe("numbers that are counts, not points", () => {
  it("skips a count of companies beside a SPIC threshold and reads the scale's top", () => {
    const facts = read(
      "SPIC\nAbout 30 companies hold special investment contracts, and they must reach 6,200 points by 2031. The scale, set up in 2019, awards up to 8,800 points.",
      "2026-04-20",
    );
    expect(facts).toEqual([
      expect.objectContaining({ kind: "threshold", purpose: "spic", points: 6200, from: "2031-01-01" }),
      expect.objectContaining({ kind: "max_score", points: 8800 }),
    ]);
    expect(
      read(
        "СПИК\nОколо 30 заводов работают по специнвестконтрактам, и им нужно выйти на 6 200 баллов.",
        "2026-04-20",
      ),
    ).toEqual([expect.objectContaining({ kind: "threshold", purpose: "spic", points: 6200 })]);
  });
});

describe("thresholds that stay", () => {
  it("reads 'remains' / 'останется прежним' as the rule in force this year, and a draft's future rule as draft", () => {
    expect(
      read(
        "Vans\nThe government approved the change. For vans the bar remains at 2,500 points.",
        "2026-03-03",
      ),
    ).toContainEqual(
      expect.objectContaining({
        purpose: "lcv_procurement",
        points: 2500,
        from: "2026-01-01",
        status: "in_force",
      }),
    );
    const draft = read(
      "Проект\nМинпромторг разработал проект поправок. Согласно ему, с 1 июля 2027 года для госзакупок легковушке понадобится 3 700 баллов. Для фургонов порог останется прежним — 2 500 баллов.",
      "2026-03-03",
    );
    expect(draft).toContainEqual(
      expect.objectContaining({ purpose: "procurement", points: 3700, from: "2027-07-01", status: "draft" }),
    );
    expect(draft).toContainEqual(
      expect.objectContaining({ purpose: "lcv_procurement", points: 2500, status: "in_force" }),
    );
  });
});
