// Localization figures told in ways real pages use and the rules did not know, on sentences written for
// these tests (none taken from real articles): a bar's start told alone in the next sentence (a date,
// "next year", a verb of intent), a bar a draft "provides for", a bar "they will demand", the figure a
// change starts from that is no year, a model's score told as "now" after an earlier one, and a model
// named in English after "the" or "its" with its score.
import { describe, expect, it } from "vitest";
import { ingestVocabulary, readArticle } from "../../../domain/ingest/extract.ts";

const vocab = ingestVocabulary([]);
const facts = (text: string, articleDate: string | null) => readArticle(text, vocab, { articleDate }).facts;
const thresholds = (text: string, articleDate: string | null = "2026-05-12") =>
  facts(text, articleDate)
    .filter((f) => f.kind === "threshold")
    .map((f) => {
      const t = f as Extract<typeof f, { kind: "threshold" }>;
      return { purpose: t.purpose, points: t.points, from: t.from, status: t.status };
    });
const scores = (text: string, articleDate: string | null = "2026-04-01") =>
  facts(text, articleDate)
    .filter((f) => f.kind === "model_score")
    .map((f) => {
      const m = f as Extract<typeof f, { kind: "model_score" }>;
      return { model: m.model, points: m.points, date: m.date };
    });

describe("thresholds: the start told alone in the next sentence", () => {
  it.each([
    [
      "Закупки\nДля государственных и муниципальных закупок порог поднимут до 3600 баллов. Новое требование начнёт действовать со следующего года.",
      "procurement",
      3600,
      "2027-01-01",
    ],
    [
      "Кредиты\nДля продажи в льготный автокредит машине понадобится 2500 баллов. Правило заработает со следующего года.",
      "subsidised_loans",
      2500,
      "2027-01-01",
    ],
    [
      "Tenders\nThe bar for government procurement will rise to 3,600 points. The new requirement takes effect next year.",
      "procurement",
      3600,
      "2027-01-01",
    ],
    [
      "Loans\nCars need 2,500 points to be sold with state-subsidised loans. This rule will apply from next year.",
      "subsidised_loans",
      2500,
      "2027-01-01",
    ],
  ])("%s", (text, purpose, points, from) => {
    expect(thresholds(text)).toContainEqual(expect.objectContaining({ purpose, points, from }));
  });

  it("takes a day or a month told with a verb of intent, and keeps the draft", () => {
    for (const [text, from] of [
      [
        "Порог\nПроект предусматривает 2700 баллов для льготного автокредитования. Требование планируется ввести с 1 июля 2027 года.",
        "2027-07-01",
      ],
      [
        "Draft\nThe draft sets 2,700 points for subsidised car loans. It is proposed to apply from July 1, 2027.",
        "2027-07-01",
      ],
      [
        "Лизинг\nМинпромторг предлагает требовать для льготного лизинга 2 700 баллов. Норму хотят распространять с марта 2027 года.",
        "2027-03-01",
      ],
    ] as const)
      expect(thresholds(text, "2026-04-01"), text).toContainEqual(
        expect.objectContaining({ points: 2700, from, status: "draft" }),
      );
  });

  it("takes no start from a next sentence that tells a bar of its own or another purpose", () => {
    const got = thresholds(
      "Кредиты\nДля льготных автокредитов нужно 2500 баллов. Для такси с 1 марта 2026 года заработает порог в 3200 баллов.",
      "2026-01-20",
    );
    expect(got).toContainEqual(expect.objectContaining({ purpose: "subsidised_loans", points: 2500 }));
    expect(got.find((t) => t.purpose === "subsidised_loans")?.from).not.toBe("2026-03-01");
  });
});

describe("thresholds: told by what a draft provides for or what will be demanded", () => {
  it.each([
    ["Проект\nПроект постановления предусматривает 2700 баллов для льготного автокредитования.", 2700],
    ["Draft\nThe draft resolution envisages 2,700 points for preferential car loans.", 2700],
    ["Draft\nThe document provides for a 2,700-point bar on subsidised car loans.", 2700],
    ["Проект\nДля льготных автокредитов в документе предусмотрено 2 700 баллов.", 2700],
  ])("%s", (text, points) => {
    expect(thresholds(text, "2026-04-01")).toContainEqual(
      expect.objectContaining({ purpose: "subsidised_loans", points }),
    );
  });

  it("reads 'потребуют' and 'требуют' as a bar", () => {
    for (const text of [
      "Такси\nОт машин, работающих в такси, с 1 марта 2026 года потребуют 3,2 тыс. баллов локализации.",
      "Такси\nС 1 марта 2026 года от автомобилей такси требуют не меньше 3200 баллов.",
      "Такси\nС 1 марта 2026 года для такси потребует 3200 баллов новый закон.",
    ])
      expect(thresholds(text, "2025-11-01"), text).toContainEqual(
        expect.objectContaining({ purpose: "taxi", points: 3200, from: "2026-03-01" }),
      );
  });
});

describe("thresholds: the figure a change starts from is no year", () => {
  it.each([
    "Кредиты\nМинпромторг поднял планку для льготных автокредитов с 2000 до 2500 баллов.",
    "Кредиты\nПорог для льготного автокредитования вырос с 2000 баллов до 2500.",
    "Loans\nThe bar for soft car loans went up from 2000 to 2500 points.",
  ])("%s", (text) => {
    const got = thresholds(text, "2026-01-22");
    expect(got).toContainEqual(expect.objectContaining({ purpose: "subsidised_loans", points: 2500 }));
    expect(got.every((t) => t.from !== "2000-01-01")).toBe(true);
  });
});

describe("model scores: the figure told as 'now' after an earlier one", () => {
  it.each([
    "Оценка\nВ прошлом заключении у Tenet T4 было 1800 баллов, теперь — 2200.",
    "Score\nIn the previous conclusion the Tenet T4 had 1,800 points; now it has 2,200.",
    "Оценка\nРанее Tenet T4 набирал 1800 баллов, а сейчас — 2200.",
    "Score\nEarlier the Tenet T4 scored 1,800 points, and today 2,200.",
  ])("%s", (text) => {
    const got = scores(text);
    expect(got).toContainEqual({ model: "tenet-t4", points: 2200, date: "2026-04-01" });
    expect(got).toContainEqual({ model: "tenet-t4", points: 1800, date: null });
  });
});

describe("model scores: a model named in English after 'the' or 'its', told with its score", () => {
  it.each([
    [
      "Haval\nHaval builds several crossovers in Tula. The Jolion scored 4,120 points, the Dargo 2,100.",
      "haval-dargo",
      2100,
    ],
    [
      "Haval\nHaval builds several crossovers in Tula. Its Dargo received 2,100 points from the ministry.",
      "haval-dargo",
      2100,
    ],
    [
      "Haval\nHaval builds several crossovers in Tula. The ministry gave the Dargo 2,100 points and the M6 1,700.",
      "haval-dargo",
      2100,
    ],
    [
      "Chery\nChery's Kaliningrad partner assembles the brand's crossovers. The Tiggo crossover has 1,450 points.",
      "chery-tiggo",
      1450,
    ],
  ])("%s", (text, model, points) => {
    expect(scores(text)).toContainEqual(expect.objectContaining({ model, points }));
  });

  it("gives each model of a list its own figure", () => {
    expect(
      scores(
        "Haval\nHaval builds several crossovers in Tula. The ministry gave the Dargo 2,100 points and the M6 1,700.",
      ),
    ).not.toContainEqual(expect.objectContaining({ model: "haval-m6", points: 2100 }));
  });

  it("reads no score from a count told with a name", () => {
    expect(
      scores(
        "Haval\nHaval builds several crossovers in Tula. The Dargo sold 2,100 cars in March, dealers said.",
      ),
    ).toEqual([]);
  });
});

describe("items: the engine's control unit in machine-translated words", () => {
  const items = (text: string) =>
    facts(text, "2026-04-01")
      .filter((f) => f.kind === "localization_item" || f.kind === "max_score")
      .map((f) => (f.kind === "localization_item" ? `${f.item}:${f.points}` : `max:${f.points}`));
  it.each([
    "Points\nFor the block of management of the engine of Russian production the scale gives 75 points.",
    "Points\nA locally made engine control block brings 75 points.",
    "Баллы\nЗа российский контроллер двигателя дают 75 баллов.",
  ])("%s", (text) => {
    expect(items(text)).toEqual(["engine_ecu:75"]);
  });
});

describe("model scores: a source named inside the sentence is no model", () => {
  it.each([
    ["Оценка\n«Москвич 3», по информации Autonews, набирает 2140 баллов.", "moskvich-3"],
    ["Оценка\nHaval Jolion, как пишет Kommersant, набирает 1630 баллов.", "haval-jolion"],
    ["Оценка\nTenet T7, по данным Autostat Info, набрал 1630 баллов.", "tenet-t7"],
  ])("%s", (text, model) => {
    expect(scores(text).map((s) => s.model)).toEqual([model]);
  });
});

describe("thresholds: several purposes in one sentence, each told after its figure", () => {
  it.each([
    "Status\nThe government approved new bars: 3,300 points for state procurement and 2,300 for leasing.",
    "Статус\nПравительство утвердило пороги: 3300 баллов для госзакупок и 2300 для лизинга.",
    "Status\nThe new bars are 3,300 points for state procurement, 2,500 for subsidised car loans and 2,300 for leasing.",
    "Статус\nНовые пороги — 3300 баллов для госзакупок, 2500 для льготных автокредитов и 2300 для лизинга.",
  ])("%s", (text) => {
    const got = thresholds(text, "2026-02-01").map((t) => `${t.purpose}:${t.points}`);
    expect(got).toContain("procurement:3300");
    expect(got).toContain("leasing:2300");
    expect(got).not.toContain("procurement:2300");
  });
});

describe("thresholds: the year left out, and the rule a decision made 'now'", () => {
  it("reads 'в прошлом — …, в этом — …' with their years", () => {
    for (const text of [
      "Госзакупки\nДля госзакупок в прошлом году требовалось 3200 баллов, в этом — 3300.",
      "Госзакупки\nДля госзакупок в прошлом — 3200 баллов, в этом — 3300.",
      "Tenders\nState procurement required 3,200 points last year and 3,300 this year.",
    ]) {
      const got = thresholds(text, "2026-02-01");
      expect(got, text).toContainEqual(expect.objectContaining({ points: 3200, from: "2025-01-01" }));
      expect(got, text).toContainEqual(expect.objectContaining({ points: 3300, from: "2026-01-01" }));
    }
  });

  it("reads a rule told with 'теперь' or 'now' after a decision as adopted, with no start of its own", () => {
    for (const text of [
      "Кредиты\nМинпромторг обновил условия льготного автокредитования. Теперь машина должна набирать не менее 2500 баллов.",
      "Loans\nThe ministry updated the terms of the preferential car loan programme. A car now has to score at least 2,500 points.",
      "Кредиты\nПравительство утвердило новые правила. Теперь для льготного автокредита нужно 2500 баллов.",
    ])
      expect(thresholds(text, "2026-01-22"), text).toContainEqual(
        expect.objectContaining({
          purpose: "subsidised_loans",
          points: 2500,
          from: null,
          status: "adopted",
        }),
      );
  });

  it("reads the recycling fee's offset under a contract as its refund", () => {
    for (const text of [
      "Recycling\nTo get the scrappage fee offset under a SPIC, a model needs 4,000 points.",
      "Recycling\nThe recycling fee rebate for SPIC holders requires 4,000 points.",
      "Утильсбор\nВозмещение утильсбора в рамках СПИК положено моделям с 4000 баллов и выше.",
    ])
      expect(
        thresholds(text, "2026-04-01").map((t) => t.purpose),
        text,
      ).toEqual(["recycling_fee_compensation"]);
  });
});

describe("model scores: the model named in the sentence before", () => {
  it.each([
    [
      "Оценка\nTenet T7 производят в Калуге. Модель набирает 2150 баллов из 8800 возможных.",
      "tenet-t7",
      2150,
    ],
    [
      "Score\nThe Tenet T7 is built in Kaluga. The model scores 2,150 out of a possible 8,800 points.",
      "tenet-t7",
      2150,
    ],
    ["Оценка\nLada Iskra выпускается в Тольятти. Седан получил 5200 баллов.", "lada-iskra", 5200],
    [
      "Score\nThe Moskvich 3 went back on sale in March. It scored 2,140 points in the latest review.",
      "moskvich-3",
      2140,
    ],
  ])("%s", (text, model, points) => {
    expect(scores(text)).toContainEqual(expect.objectContaining({ model, points }));
  });

  it("reads the scale's top told as 'из 8800 возможных' as the maximum, not a score", () => {
    const got = facts(
      "Оценка\nTenet T7 производят в Калуге. Модель набирает 2150 баллов из 8800 возможных.",
      "2026-04-01",
    );
    expect(got).toContainEqual(expect.objectContaining({ kind: "max_score", points: 8800 }));
    expect(got).not.toContainEqual(expect.objectContaining({ kind: "model_score", points: 8800 }));
  });

  it("gives no model to a sentence after one that named two", () => {
    expect(
      scores("Оценка\nLada Vesta и Haval Jolion продаются лучше всех. Модель набирает 2150 баллов."),
    ).toEqual([]);
  });
});

describe("model scores: lists and tables of models", () => {
  it.each([
    "Scores\nLocalization points by model:\nLada Vesta: 5,600\nLada Granta: 5,400\nHaval Jolion: 4,120",
    "Оценка\nБаллы локализации моделей:\nLada Vesta — 5600;\nLada Granta — 5400;\nHaval Jolion — 4120.",
    "Оценка\n| Модель | Баллы |\n|---|---|\n| Lada Vesta | 5 600 |\n| Lada Granta | 5 400 |\n| Haval Jolion | 4 120 |",
  ])("%s", (text) => {
    expect(scores(text).map((s) => `${s.model}:${s.points}`)).toEqual([
      "lada-vesta:5600",
      "lada-granta:5400",
      "haval-jolion:4120",
    ]);
  });

  it("reads no score from a list of prices or counts under a score", () => {
    expect(
      scores(
        "Scores\nThe Lada Vesta scored 5,600 points.\nLada Granta: 1.25 million\nHaval Jolion: 2,190,000",
      ).map((s) => s.model),
    ).toEqual(["lada-vesta"]);
    expect(
      scores("Цены\n| Модель | Цена, руб. |\n| Lada Granta | 1 250 000 |\n| Haval Jolion | 2 190 000 |"),
    ).toEqual([]);
  });
});

describe("thresholds: the bar told as what is enough", () => {
  it.each([
    "Loans\nUnder the draft, from January 1, 2027, a car can be bought with a preferential car loan only if it scores at least 2,600 points. Now for this it is enough to have two thousand points.",
    "Loans\nUnder the draft, from January 1, 2027, a car can be bought with a preferential car loan only if it scores at least 2,600 points. Now 2,000 points are enough for this.",
    "Loans\nUnder the draft, from January 1, 2027, a car can be bought with a preferential car loan only if it scores at least 2,600 points. Today 2,000 points suffice.",
    "Кредиты\nПо проекту, с 1 января 2027 года купить машину в льготный автокредит можно будет, только если она набирает не менее 2600 баллов. Сейчас для этого достаточно двух тысяч баллов.",
  ])("%s", (text) => {
    expect(thresholds(text, "2026-05-01")).toContainEqual({
      purpose: "subsidised_loans",
      points: 2000,
      from: "2026-01-01",
      status: "in_force",
    });
  });

  it("keeps a model's score that is enough for a programme a score", () => {
    for (const text of [
      "Loans\nThe Haval Jolion's 4,120 points are enough for the preferential car loan programme.",
      "Loans\nThe Haval Jolion scores 4,120 points, which is enough for subsidised car loans.",
      "Кредиты\nНабранных Haval Jolion 4120 баллов достаточно для льготного автокредита.",
    ]) {
      expect(thresholds(text, "2026-05-01"), text).toEqual([]);
      expect(scores(text, "2026-05-01"), text).toContainEqual(
        expect.objectContaining({ model: "haval-jolion", points: 4120 }),
      );
    }
  });
});

describe("thresholds: 'from the same date' passes over a rule told as today's", () => {
  it.each([
    "Loans\nUnder the draft, from January 1, 2027, a car needs at least 2,600 points for a preferential car loan. Now 2,000 points are enough. For subsidised leasing the bar will grow to 2,400 points from the same date.",
    "Кредиты\nПо проекту, с 1 января 2027 года для льготного автокредита нужно не менее 2600 баллов. Сейчас достаточно 2000. Для льготного лизинга с той же даты порог вырастет до 2400 баллов.",
    "Loans\nThe draft sets 2,600 points for subsidised car loans from January 1, 2027, against 2,000 currently. Leasing would need 2,400 points from the same date.",
  ])("%s", (text) => {
    expect(thresholds(text, "2026-05-01")).toContainEqual(
      expect.objectContaining({ purpose: "leasing", points: 2400, from: "2027-01-01" }),
    );
  });
});

describe("model scores: a model of a brand the catalogue lacks", () => {
  it.each([
    ["Оценка\nЭлектромобиль «Атом» набрал 3500 баллов локализации.", "atom", 3500],
    ["Score\nThe Amberavto A5 received 3,100 points.", "amberavto-a5", 3100],
    ["Оценка\nКроссовер Eonyx M7 набирает 2900 баллов.", "eonyx-m7", 2900],
    ["Оценка\nПо оценке министерства, седан «Волга» получил 2700 баллов.", "volga", 2700],
  ])("%s", (text, model, points) => {
    expect(scores(text, "2026-05-01")).toContainEqual(expect.objectContaining({ model, points }));
  });

  it("takes no decree or resolution for a model", () => {
    expect(
      scores("Rules\nUnder Resolution 719 the Lada Vesta scores 5,600 points.", "2026-05-01").map(
        (s) => s.model,
      ),
    ).toEqual(["lada-vesta"]);
  });
});
