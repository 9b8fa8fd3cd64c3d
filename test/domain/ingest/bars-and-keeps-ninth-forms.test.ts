// Localization and policy forms of the ninth batch's kinds, on sentences written for these tests
// (none taken from the articles): loans and leasing told as one pair whose "and" / "or" falls where a
// clause would be cut; a bar that replaced a "former" one (adopted, not a start moved) and a bar told
// for "this year" beside a raise decided later (in force); a bar a rule "was supposed to" need, then put
// off; a model's earlier score told for "last year" or "the start of the year", and "last year" told
// beside the day the score was reported; a SPIC that "commits the plant to" a level by a year; R&D told
// as "research spending"; a country that keeps its own fee, a rate kept in a clause beside a change, a
// fee charged by Russia told after a colon that names who calls it so, and "дата вступления в силу"
// named as a noun; a bar under a heading that names its purpose, told "not 4,600 as before, but 5,200".
import { describe, expect, it } from "vitest";
import { plainFacts } from "./plain-facts.ts";

const bars = (text: string, date = "2026-05-14") =>
  plainFacts(text, date)
    .filter((f) => f.kind === "threshold")
    .map((f) => ({ purpose: f.purpose, points: f.points, from: f.from, status: f.status }));
const scores = (text: string, date = "2026-05-14") =>
  plainFacts(text, date)
    .filter((f) => f.kind === "model_score")
    .map((f) => ({ model: f.model, points: f.points, date: f.date }));
const decisions = (text: string, date = "2026-01-20") =>
  plainFacts(text, date)
    .filter((f) => f.kind === "policy" || f.kind === "fee_policy")
    .map((f) => ({
      kind: f.kind,
      jurisdiction: f.jurisdiction ?? null,
      action: f.action ?? null,
      status: f.status,
      effective: f.effective,
    }));

describe("thresholds: loans and leasing told as one pair are demand support", () => {
  it.each([
    ["Support rules\nA crossover needs 2,400 points for both subsidised loans and leasing."],
    [
      "Support rules\nTo be offered through subsidised lending or leasing, a model must collect 2,400 points.",
    ],
    ["Support rules\nLoans and leasing. Both programmes require 2,400 points from a car."],
    ["Условия поддержки\nМодели нужно 2 400 баллов и для льготных автокредитов, и для лизинга."],
    ["Условия поддержки\nКредиты и лизинг. Обе программы требуют от машины 2 400 баллов."],
  ])("%s", (text) => {
    expect(bars(text)).toContainEqual(expect.objectContaining({ purpose: "demand_support", points: 2400 }));
  });

  it("keeps loans and leasing apart when each has its own figure", () => {
    const found = bars(
      "Support rules\nFor leasing a model needs 2,100 points, and for subsidised loans 2,400.",
    );
    expect(found).toContainEqual(expect.objectContaining({ purpose: "leasing", points: 2100 }));
    expect(found).toContainEqual(expect.objectContaining({ purpose: "subsidised_loans", points: 2400 }));
  });
});

describe("thresholds: a bar that replaced a former one is adopted, of the article's year", () => {
  it.each([
    [
      "Пороги локализации\nВ текущем году для госзакупок машина должна набрать не менее 3 900 баллов вместо прежних 3 500.",
    ],
    [
      "Localization bars\nThis year a car must collect not less than 3,900 points for state procurement instead of the former 3,500.",
    ],
  ])("%s", (text) => {
    const found = bars(text);
    expect(found).toContainEqual({
      purpose: "procurement",
      points: 3900,
      from: "2026-01-01",
      status: "adopted",
    });
    expect(found).toContainEqual({ purpose: "procurement", points: 3500, from: null, status: null });
  });

  it("still reads a start moved to a day named with its month as put off", () => {
    const found = decisions(
      "Рекомендации по утильсбору\nПравительство решило, что новые ставки утильсбора заработают с 1 марта вместо 1 февраля.",
    );
    expect(found).toContainEqual(expect.objectContaining({ status: "postponed" }));
  });
});

describe("thresholds: a heading's purpose, and a bar told “not X as before, but Y”", () => {
  it.each([
    [
      "Support rules explained\nRecycling fee compensation. The full refund goes to models scoring not 4,600 as before but 5,200 points.",
    ],
    [
      "Правила поддержки\nКомпенсация утильсбора. Полностью вернуть сбор смогут модели, набравшие не 4 600, как раньше, а 5 200 баллов.",
    ],
  ])("%s", (text) => {
    const found = bars(text);
    expect(found).toContainEqual(
      expect.objectContaining({ purpose: "recycling_fee_compensation", points: 5200 }),
    );
    expect(found).toContainEqual({
      purpose: "recycling_fee_compensation",
      points: 4600,
      from: null,
      status: null,
    });
  });

  it("reads a model's own score under such a heading as the model's", () => {
    const text =
      "Правила поддержки\nКомпенсация утильсбора. Haval Jolion, набравший 5 200 баллов, получает выплату целиком.";
    expect(bars(text)).toEqual([]);
    expect(scores(text)).toContainEqual(expect.objectContaining({ model: "haval-jolion", points: 5200 }));
  });
});

describe("thresholds: a bar told for this year beside a raise decided later stands in force", () => {
  it.each([
    [
      "Support bars\nTo get the recycling fee compensated, a maker must show at least 3,100 points this year; from January 1, 2027 the bar rises to 3,600 under a decree signed in March.",
    ],
    [
      "Пороги\nВ этом году для компенсации утильсбора нужно 3 100 баллов. С 1 января 2027 года планка вырастет до 3 600 по постановлению, подписанному в марте.",
    ],
  ])("%s", (text) => {
    const found = bars(text);
    expect(found).toContainEqual(
      expect.objectContaining({ purpose: "recycling_fee_compensation", points: 3100, status: "in_force" }),
    );
    expect(found).toContainEqual(
      expect.objectContaining({ purpose: "recycling_fee_compensation", points: 3600, status: "adopted" }),
    );
  });

  it("keeps a schedule approved last year adopted, this year's step too", () => {
    const found = bars(
      "Support bars\nThis year a model must have at least 3,100 points for subsidised loans, and from 2027 the bar rises to 3,600, under rules approved last year.",
    );
    expect(found).toContainEqual(
      expect.objectContaining({ purpose: "subsidised_loans", points: 3100, status: "adopted" }),
    );
  });
});

describe("thresholds: a bar a car was supposed to need, then put off", () => {
  it("reads “was supposed to score … postponed this to” as put off to the new year", () => {
    expect(
      bars(
        "Taxi rules\nFrom 2027 a taxi was supposed to score 3,800 points. The government has postponed this to 2029.",
        "2026-03-02",
      ),
    ).toContainEqual({ purpose: "taxi", points: 3800, from: "2029-01-01", status: "postponed" });
  });

  it("reads a step a law “envisages”, “since postponed”, as put off, not a draft", () => {
    const found = bars(
      "Taxi rules\nTaxis need 3,300 points now. The law envisages 3,800 from 2027, a step since postponed to 2029.",
      "2026-03-02",
    );
    expect(found).toContainEqual({ purpose: "taxi", points: 3800, from: "2029-01-01", status: "postponed" });
    expect(found).toContainEqual({ purpose: "taxi", points: 3300, from: "2026-01-01", status: "in_force" });
  });

  it("keeps a step a draft envisages, with no putting off told, a draft", () => {
    expect(
      bars("Taxi rules\nA draft envisages 3,800 points for taxis from 2027.", "2026-03-02"),
    ).toContainEqual(expect.objectContaining({ purpose: "taxi", points: 3800, status: "draft" }));
  });

  it("reads a bar “сначала назначили на 2027 год, затем отложили” as put off", () => {
    expect(
      bars(
        "Такси\nПорог в 3 800 баллов для такси сначала назначили на 2027 год, но затем его отложили до 2029 года.",
        "2026-03-02",
      ),
    ).toContainEqual({ purpose: "taxi", points: 3800, from: "2029-01-01", status: "postponed" });
  });
});

describe("model scores: an earlier score dated by its own time", () => {
  it.each([
    ["Scores\nThe Haval Jolion has 4,300 points now, up from 3,950 last year.", "2025"],
    ["Scores\nThe Haval Jolion reached 4,300 points, up from 3,950 at the start of the year.", "2026"],
    ["Баллы\nУ Haval Jolion сейчас 4 300 баллов против 3 950 в начале года.", "2026"],
  ])("%s", (text, year) => {
    expect(scores(text)).toContainEqual({ model: "haval-jolion", points: 3950, date: year });
  });

  it.each([
    ["Scores\nThe Haval Jolion reached 3,950 points last year, the plant said on Tuesday."],
    ["Баллы\nВ прошлом году Haval Jolion набрал 3 950 баллов, сообщил завод 5 мая."],
  ])("reads “last year” before the day the score was told: %s", (text) => {
    expect(scores(text)).toContainEqual({ model: "haval-jolion", points: 3950, date: "2025" });
  });

  it("keeps the day a score was given on when no other time is told", () => {
    expect(scores("Scores\nOn May 5 the ministry gave the Haval Jolion 3,950 points.")).toContainEqual({
      model: "haval-jolion",
      points: 3950,
      date: "2026-05-05",
    });
  });
});

describe("SPIC level a contract commits the plant to, and R&D told as research spending", () => {
  it.each([
    ["Support bars\nThe special investment contract commits the Kaluga plant to 6,500 points by 2029."],
    ["Support bars\nIts SPIC obliges the company to reach 6,500 points by 2029."],
    ["Пороги\nПо специнвестконтракту завод обязан выйти на 6 500 баллов к 2029 году."],
  ])("%s", (text) => {
    expect(bars(text)).toContainEqual(
      expect.objectContaining({ purpose: "spic", points: 6500, from: "2029-01-01" }),
    );
  });

  it.each([
    [
      "Points\nThe maker also counts its research spending, for which the rules give 60 points per percent of revenue.",
    ],
    ["Points\nSpending on research earns a carmaker 60 points for each percent of revenue."],
    ["Баллы\nЗа расходы на исследования дают 60 баллов за каждый процент выручки."],
  ])("%s", (text) => {
    expect(plainFacts(text, "2026-05-14")).toContainEqual(
      expect.objectContaining({ kind: "rule", points: 60 }),
    );
  });
});

describe("policies: a country that keeps its own fee", () => {
  it.each([
    [
      "Recycling fee\nFrom December 1 Russia's recycling fee rose for powerful cars. Belarus said it would leave its own recycling fee unchanged for now.",
    ],
    [
      "Recycling fee\nFrom December 1 Russia's recycling fee rose for powerful cars. Belarus decided to keep its own recycling fee where it is.",
    ],
    [
      "Утильсбор\nС 1 декабря утильсбор в России вырос для мощных машин. Белоруссия решила сохранить свой утильсбор без изменений.",
    ],
  ])("%s", (text) => {
    const found = decisions(text, "2025-12-02");
    expect(found).toContainEqual(
      expect.objectContaining({ jurisdiction: "BY", action: "keeps", status: "adopted" }),
    );
    expect(found.some((d) => d.kind === "fee_policy" && d.jurisdiction === "BY")).toBe(false);
  });

  it("still reads a neighbour's fee raised as a fee change", () => {
    const found = decisions(
      "Утильсбор\nС 1 декабря утильсбор в России вырос для мощных машин. Белоруссия повысила свой утильсбор на 10%.",
      "2025-12-02",
    );
    expect(found).toContainEqual(expect.objectContaining({ kind: "fee_policy", jurisdiction: "BY" }));
  });

  it("does not read paying on “only if” as a fee kept", () => {
    const found = decisions(
      "Recycling fee\nFrom December 1 individuals will keep paying the preferential recycling fee only if the engine has no more than 160 hp, the ministry said.",
      "2025-11-28",
    );
    expect(found).toContainEqual(expect.objectContaining({ kind: "fee_policy", jurisdiction: null }));
  });
});

describe("policies: a rate kept in a clause beside a change is a decision of its own", () => {
  it.each([
    [
      "Соседи\nБелоруссия пересмотрела пошлины. С 1 января гибриды лишились льготы и платят пошлину 15%, а для электромобилей нулевая ставка сохранена: квотой можно воспользоваться с 22 января.",
    ],
    [
      "Neighbours\nBelarus revised its duties. From January 1 hybrids lost their exemption and pay a 15% duty, while the zero rate for electric cars was kept, with a quota usable from January 22.",
    ],
  ])("%s", (text) => {
    const found = decisions(text);
    expect(found).toContainEqual(
      expect.objectContaining({
        jurisdiction: "BY",
        action: "duty",
        status: "adopted",
        effective: "2026-01-01",
      }),
    );
    expect(found).toContainEqual(
      expect.objectContaining({
        jurisdiction: "BY",
        action: "keeps",
        status: "adopted",
        effective: "2026-01-22",
      }),
    );
  });
});

describe("policies: Russia's fee told after a colon, and the date of entry into force named as a noun", () => {
  it.each([
    [
      "Соседи\nВ Астане меру называют зеркальной: российская таможня ещё прошлой осенью начала доначислять утильсбор на машины казахстанской сборки.",
    ],
    [
      "Neighbours\nAstana calls the step a mirror: Russian customs last autumn began charging an extra recycling fee on cars assembled in Kazakhstan.",
    ],
  ])("%s", (text) => {
    const found = decisions(text, "2026-01-28");
    expect(found).toContainEqual({
      kind: "fee_policy",
      jurisdiction: null,
      action: null,
      status: "adopted",
      effective: null,
    });
    expect(found.some((d) => d.jurisdiction === "KZ")).toBe(false);
  });

  it("reads no decision made from “дату вступления в силу документ не называет”", () => {
    const found = decisions(
      "Соседи\nМинистерство Казахстана вынесло на обсуждение проект приказа о коэффициенте 2 к утилизационному платежу. Обсуждение продлится до 3 февраля, а дату вступления в силу документ не называет.",
      "2026-01-28",
    );
    expect(found).toContainEqual(expect.objectContaining({ jurisdiction: "KZ", status: "draft" }));
    expect(found.some((d) => d.status === "adopted")).toBe(false);
  });
});
