// Policy rules on moved dates, decisions not made yet and the country a decision belongs to
// (every sentence written for this test).
import { describe, expect, it } from "vitest";
import { ingestVocabulary, readArticle } from "../../../domain/ingest/extract.ts";
import { countryDecisions } from "./decisions.ts";

const vocab = ingestVocabulary([]);
const decisions = countryDecisions;
const rates = (text: string) =>
  readArticle(text, vocab).facts.flatMap((f) =>
    f.kind === "recycling_fee" ? [{ category: f.category, old: f.old, new: f.new, from: f.from }] : [],
  );

describe("a moved start", () => {
  it("dates a postponement by the date it moves to, not the one it moves from", () => {
    const found = decisions(
      "date: 2026-02-10\nThe ministry delays the fee reform\nThe industry ministry has moved the start of the new recycling fee rules from March 1 to May 1, it said on Tuesday.",
    );
    expect(found).toContainEqual({
      kind: "fee",
      country: "RU",
      status: "postponed",
      effective: "2026-05-01",
    });
    expect(found.some((d) => d.effective === "2026-03-01")).toBe(false);
  });
});

describe("a decision not made yet", () => {
  it("does not take 'has not been signed yet' for a signing", () => {
    const found = decisions(
      "date: 2026-02-10\nArmenia weighs a higher car fee\nArmenia plans to double its recycling fee on imported cars, its economy ministry said.\nThe draft order has not been signed yet.",
    );
    expect(found).toEqual([{ kind: "fee", country: "AM", status: "draft", effective: null }]);
  });

  it("takes a country's 'says it will' for an announcement, not an adoption", () => {
    const found = decisions(
      "date: 2026-02-10\nWeekly digest\nAbroad. Uzbekistan says it will raise its own recycling fee on cars from Russia.",
    );
    expect(found).toContainEqual({ kind: "fee", country: "UZ", status: "draft", effective: null });
  });
});

describe("the country each decision belongs to", () => {
  it("gives a decree told as 'the relevant decree' to the decision just told, and another country's date not to the fee", () => {
    const found = decisions(
      "date: 2026-01-20\nСоседи ужесточают правила ввоза машин\nМинистерство Армении опубликовало проект, который удваивает утилизационный сбор за машины из России.\nСрок вступления документа в силу не назван.\nГрузия, в свою очередь, с 1 марта текущего года запрещает ввоз праворульных машин.\nСоответствующее постановление правительства подписано в понедельник.",
    );
    expect(found).toContainEqual({ kind: "fee", country: "AM", status: "draft", effective: null });
    expect(found).toContainEqual({
      kind: "restricts",
      country: "GE",
      status: "adopted",
      effective: "2026-03-01",
    });
    expect(found.filter((d) => d.country === "GE")).toHaveLength(1);
  });
});

describe("a rate against the one that stands", () => {
  it("reads 'X rubles, against Y now' as a change from Y to X from next January", () => {
    const found = rates(
      "date: 2026-11-20\nWeekly digest\nRules. The government has approved the next recycling fee step: from next January a new car with a 1-2 litre engine will carry a fee of 1,400,000 rubles, against 1,250,000 now.",
    );
    expect(found).toContainEqual({ category: "new-1-2l", old: 1250000, new: 1400000, from: "2027-01-01" });
  });
});

describe("the plan that was and a postponement to a month", () => {
  it("dates a postponement 'to the beginning of' a month by its first day, past 'initially … was planned'", () => {
    const found = decisions(
      "date: 2026-02-10\nThe ministry delays the fee reform\nThe industry ministry has postponed the new recycling fee rules to the beginning of May. Initially, the rules were planned to apply from March 1.",
    );
    expect(found).toContainEqual({
      kind: "fee",
      country: "RU",
      status: "postponed",
      effective: "2026-05-01",
    });
    expect(found.some((d) => d.effective === "2026-03-01")).toBe(false);
  });

  it("takes an abolished privilege for a decision made", () => {
    const found = decisions(
      "date: 2026-02-10\nЛьготы больше нет\nПостановлением правительства отменена льготная ставка утильсбора для машин мощнее 160 л. с.",
    );
    expect(found).toContainEqual(expect.objectContaining({ kind: "fee", status: "adopted" }));
  });
});

describe("who postponed", () => {
  it("takes the body of the postponing clause, not the decree's author named before it", () => {
    const found = readArticle(
      "date: 2026-02-10\nНовые правила утильсбора\nС 1 мая начинают действовать новые правила расчёта утильсбора.\nПостановление правительства изначально должно было заработать с 1 марта, однако Минпромторг перенёс старт на два месяца.",
      vocab,
    ).facts.flatMap((f) =>
      f.kind === "fee_policy" ? [{ status: f.status, actor: f.actor, effective: f.effective }] : [],
    );
    expect(found).toContainEqual({
      status: "postponed",
      actor: "ministry-industry",
      effective: "2026-05-01",
    });
    expect(found).toContainEqual(expect.objectContaining({ status: "adopted", effective: "2026-05-01" }));
  });
});

describe("a rule kept", () => {
  it("reads a decision not to change a rule, told by the sentence a draft refers back to, as a rule kept", () => {
    const found = decisions(
      "date: 2026-02-10\nБаллы за окраску останутся\nМинистерство решило не менять число баллов локализации за окраску кузова.\nЭто следует из проекта поправок к постановлению, опубликованного в понедельник.",
    );
    expect(found).toContainEqual({ kind: "keeps", country: "RU", status: "draft", effective: null });
    expect(found.some((d) => d.kind === "changes")).toBe(false);
  });

  it("reads an extended duty relief as a rule kept", () => {
    const found = decisions(
      "date: 2026-02-10\nNews\nThe Eurasian commission approved extending the zero import duty on electric cars until the end of next year.",
    );
    expect(found).toContainEqual(expect.objectContaining({ kind: "keeps", status: "adopted" }));
  });
});

describe("a decision's content in the next sentence", () => {
  it("dates a decision by the next sentence when it opens on a start", () => {
    const found = decisions(
      "date: 2026-02-10\nTaxi rules approved\nThe government approved new localization requirements for taxi cars on Friday.\nFrom April 1, 2027 only cars with enough localization points may join a regional taxi register.",
    );
    expect(found).toContainEqual({
      kind: "changes",
      country: "RU",
      status: "adopted",
      effective: "2027-04-01",
    });
  });
});
