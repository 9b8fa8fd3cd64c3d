// Localization figures told in ways the eighth batch showed the rules did not know, on sentences
// written for these tests (none taken from real articles): a draft article that recalls a signed law,
// a bar a draft leaves alone, a bar a law sets, a bar told as today's with "сегодня", a draft's bar told
// with no time after a dated one, a model's score told beside a year or a shortfall.
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

describe("thresholds: a draft article that recalls a signed law keeps its figures drafts", () => {
  it.each([
    [
      "Минпромторг подготовил проект поправок к постановлению № 719.\nСогласно документу, с 1 января 2027 года для госзакупок машине понадобится не менее 3800 баллов. Закон о такси президент уже подписал.",
      3800,
    ],
    [
      "The ministry has drafted amendments to decree No. 719.\nUnder the document, from January 1, 2027, a car will need at least 3,800 points for public procurement. The taxi law was signed by the president in the spring.",
      3800,
    ],
    [
      "Министерство промышленности разработало проект изменений в правила локализации.\nПо документу, с 1 января 2027 года машина для госзаказа должна будет набрать 3800 баллов. Ранее был принят закон о локализации такси.",
      3800,
    ],
  ])("%s", (text, points) => {
    expect(thresholds(text)).toContainEqual({
      purpose: "procurement",
      points,
      from: "2027-01-01",
      status: "draft",
    });
  });
});

describe("thresholds: a bar the draft leaves alone has no status of the draft's", () => {
  it.each([
    "Минпромторг опубликовал проект поправок к постановлению № 719.\nС 1 января 2027 года для госзакупок понадобится 3800 баллов. Льготные автокредиты проект не затрагивает: в этом году для них нужно 2400 баллов.",
    "Минпромторг опубликовал проект поправок к постановлению № 719.\nС 1 января 2027 года для госзакупок понадобится 3800 баллов. Условия льготного автокредитования документ не меняет: в этом году для них нужно 2400 баллов.",
    "The ministry published draft amendments to decree No. 719.\nFrom January 1, 2027, public procurement will require 3,800 points. The draft does not change preferential car loans: this year they need 2,400 points.",
  ])("%s", (text) => {
    const loans = thresholds(text).find((t) => t.points === 2400);
    expect(loans?.from).toBe("2026-01-01");
    expect(loans?.status).not.toBe("draft");
  });
});

describe("thresholds: a bar a law sets is adopted, in a draft article too", () => {
  it.each([
    "Минпромторг предложил проект новых требований к локализации.\nДля такси, как предусматривает закон, с 1 марта 2026 года нужно 3200 баллов.",
    "Минпромторг подготовил проект поправок.\nПо закону о такси с 1 марта 2026 года машина для перевозок должна набирать 3200 баллов.",
    "The ministry has proposed new localization requirements.\nUnder the law, from March 1, 2026, a car must have 3,200 points to work as a taxi.",
  ])("%s", (text) => {
    expect(thresholds(text)).toContainEqual({
      purpose: "taxi",
      points: 3200,
      from: "2026-03-01",
      status: "adopted",
    });
  });
});

describe("thresholds: a decided schedule in a draft article is adopted", () => {
  it.each([
    "Минпромторг предлагает ввести баллы для льготных кредитов.\nВ госзакупках в 2026 году нужно 3200 баллов, а с 2027 года, по уже утвержденному графику, требование вырастет до 3500.",
    "Минпромторг предлагает ввести баллы для льготных кредитов.\nВ госзакупках в 2026 году нужно 3200 баллов, а с 2027 года, согласно утверждённому графику, планка вырастет до 3500.",
    "The ministry proposes to bring points into car loans.\nIn procurement 3,200 points are needed in 2026, and from 2027, under the approved schedule, the bar will rise to 3,500 points.",
  ])("%s", (text) => {
    expect(thresholds(text)).toContainEqual({
      purpose: "procurement",
      points: 3500,
      from: "2027-01-01",
      status: "adopted",
    });
  });
});

describe("thresholds: 'сегодня' tells the rule that stands beside its change", () => {
  it.each([
    "Минпромторг разместил проект поправок.\nДля легких коммерческих автомобилей, которым сегодня достаточно 2500 баллов, требование вырастет до 2900.",
    "Минпромторг разместил проект поправок.\nЛегким коммерческим машинам сегодня нужно 2500 баллов, планка поднимется до 2900.",
    "Минпромторг разместил проект поправок.\nСегодня для легкого коммерческого транспорта достаточно 2500 баллов, требование вырастет до 2900.",
  ])("%s", (text) => {
    expect(thresholds(text)).toContainEqual({
      purpose: "lcv_procurement",
      points: 2500,
      from: "2026-01-01",
      status: "in_force",
    });
  });
});

describe("thresholds: a draft's bar with no time after a dated one starts with it", () => {
  it.each([
    "Минпромторг опубликовал проект поправок.\nПо документу, с 1 января 2027 года для льготного автокредита понадобится 2600 баллов. Для льготного лизинга порог предлагают установить на уровне 2400 баллов.",
    "Минпромторг опубликовал проект поправок.\nСогласно проекту, с 1 января 2027 года для льготных автокредитов машина должна набрать 2600 баллов. Для лизинга планку предлагается закрепить на 2400 баллах.",
    "The ministry published draft amendments.\nUnder the draft, from January 1, 2027, a car will need 2,600 points for subsidised car loans. For leasing the bar is proposed at 2,400 points.",
  ])("%s", (text) => {
    expect(thresholds(text)).toContainEqual({
      purpose: "leasing",
      points: 2400,
      from: "2027-01-01",
      status: "draft",
    });
  });
});

describe("model scores: a figure of points is no year, and a shortfall is no bar", () => {
  it.each([
    "Tenet T4 придётся сложнее: в прошлом году у кроссовера было 1980 баллов, сейчас — 2250, и до кредитного порога 2027 года ему не хватает 350.",
    "У Tenet T4 в прошлом году было 1980 баллов, сейчас — 2250, а до порога 2027 года ему не хватает ещё 350.",
    "The Tenet T4 had 1,980 points last year, now 2,250, and it is still 350 points short of the 2027 loan bar.",
  ])("%s", (text) => {
    expect(scores(text, "2026-04-15")).toEqual([
      { model: "tenet-t4", points: 1980, date: "2025" },
      { model: "tenet-t4", points: 2250, date: "2026-04-15" },
    ]);
    expect(thresholds(text, "2026-04-15")).toEqual([]);
  });
  it.each([
    "Tenet T7 по итогам прошлогодней проверки получил 3380 баллов.",
    "По итогам прошлогодней оценки Tenet T7 набрал 3380 баллов.",
    "Under last year's check the Tenet T7 scored 3,380 points.",
  ])("%s", (text) => {
    expect(scores(text, "2026-06-17")).toEqual([{ model: "tenet-t7", points: 3380, date: "2025" }]);
  });
});

const rd = (text: string) =>
  facts(text, "2025-06-20")
    .filter((f) => f.kind === "rule")
    .map((f) => (f as Extract<typeof f, { kind: "rule" }>).points);

describe("R&D points: the share told in words, after another item's points", () => {
  it.each([
    "An engine control unit made locally adds 200 points, and for every percent of revenue spent on research and development the company receives 110 points.",
    "Local welding brings 300 points, and each percent of revenue put into R&D earns the maker 110 points.",
    "Электронный блок управления даёт 200 баллов, а за каждый процент выручки, потраченный на НИОКР, начисляют 110 баллов.",
  ])("%s", (text) => {
    expect(rd(text)).toEqual([110]);
  });
});

describe("thresholds: a bar told as today's with 'is now', 'had to' and 'undertake to'", () => {
  it.each([
    ["For state procurement the requirement is now 2,800 points.", "procurement", 2800, "2025-01-01"],
    ["The bar for public procurement now stands at 2,800 points.", "procurement", 2800, "2025-01-01"],
    [
      "In 2024 for public procurement a passenger car had to collect 2,600 points.",
      "procurement",
      2600,
      "2024-01-01",
    ],
    [
      "Last year a car had to score 2,600 points to be sold to state customers.",
      "procurement",
      2600,
      "2024-01-01",
    ],
  ])("%s", (text, purpose, points, from) => {
    expect(thresholds(`Localization news\n${text}`, "2025-06-20")).toContainEqual(
      expect.objectContaining({ purpose, points, from }),
    );
  });
  it.each([
    "Companies with a special investment contract (SPIC) undertake to reach 7,000 points by the end of it.",
    "Holders of a SPIC pledge to reach 7,000 points by the end of the contract.",
    "Участники СПИК обязуются выйти на 7000 баллов к концу контракта.",
  ])("%s", (text) => {
    expect(thresholds(`Localization news\n${text}`, "2025-06-20")).toContainEqual(
      expect.objectContaining({ purpose: "spic", points: 7000 }),
    );
  });
});

describe("thresholds: 'the same quantity' for taxis, with a day of unknown year and a signed law", () => {
  it.each([
    "Public procurement in 2025 required 3,200 points. From March 1 the same quantity is required to enter the regional taxi register, the law on this was signed by the president.",
    "For public procurement a car needed 3,200 points in 2025. From March 1 the same amount is needed for the taxi register: the president signed the law.",
    "В 2025 году для госзакупок требовалось 3200 баллов. С 1 марта столько же нужно для попадания в региональный реестр такси, закон об этом подписал президент.",
  ])("%s", (text) => {
    expect(thresholds(`Localization news\n${text}`, null)).toContainEqual({
      purpose: "taxi",
      points: 3200,
      from: null,
      status: "adopted",
    });
  });
});

describe("thresholds: the previous bar a rule replaced, told with a year-like figure", () => {
  it.each([
    [
      "Новости\nДля льготного автокредитования в этом году правительство подняло требование до 2500 баллов вместо прежних 2000.",
      "subsidised_loans",
    ],
    [
      "Минпромторг опубликовал проект поправок.\nСейчас для льготного автокредитования достаточно 2200 баллов: этот уровень действует с начала года вместо прежних 2000.",
      "subsidised_loans",
    ],
    [
      "News\nThis year the government raised the bar for subsidised car loans to 2,500 points instead of the previous 2000.",
      "subsidised_loans",
    ],
  ])("%s", (text, purpose) => {
    expect(thresholds(text, "2026-04-15")).toContainEqual(
      expect.objectContaining({ purpose, points: 2000, from: null }),
    );
  });
});
