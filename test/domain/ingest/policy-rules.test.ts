// Policy decisions as news tells them (every sentence written for this test): a postponement told
// only by "позже" or "not X but Y", a decision under a condition, a draft named by its document,
// a measure that "may be introduced", the country a passage is about, the signing of a postponement,
// and a fee that rose as against prices that rose.
import { describe, expect, it } from "vitest";
import { decisions } from "./decisions.ts";

describe("policy status", () => {
  it("reads a postponement told by 'позже' and 'не …, а …', and by 'отсрочить'", () => {
    const found = decisions(
      "date: 2025-10-20\nУтильсбор подождёт\nВице-премьер попросил отсрочить новые правила утильсбора до 1 декабря.\nНовые правила начнут действовать на месяц позже: не 1 ноября, а 1 декабря.",
    );
    expect(found).toEqual([
      { kind: "fee", jurisdiction: "RU", status: "postponed", effective: "2025-12-01" },
    ]);
  });

  it("takes a decision under a condition, a draft decree and a measure that may come for drafts", () => {
    const conditional = decisions(
      "date: 2025-09-15\nМетодику утильсбора обсуждают\nМинпромторг разместил проект постановления о новом утильсборе.\nЕсли документ будет утверждён, новые ставки заработают с 1 ноября.",
    );
    expect(conditional.every((d) => d.status === "draft")).toBe(true);
    expect(conditional).toContainEqual(expect.objectContaining({ status: "draft", effective: "2025-11-01" }));
    const may = decisions(
      "date: 2025-06-02\nСоседи ужесточают правила\nВ Армении может быть введён запрет на ввоз машин старше десяти лет.",
    );
    expect(may).toEqual([
      { kind: "policy", jurisdiction: "AM", action: "restricts", status: "draft", effective: null },
    ]);
  });

  it("gives the signing of a postponement, told without a date, to the postponement", () => {
    const found = decisions(
      "date: 2026-02-10\nКабмин сдвинул индексацию\nПравительство перенесло на 1 июня индексацию утильсбора для грузовиков, которая должна была начаться 1 марта.\nПостановление подписал председатель правительства.",
    );
    expect(found).toEqual([
      { kind: "fee", jurisdiction: "RU", status: "postponed", effective: "2026-06-01" },
    ]);
  });
});

describe("amendments drawn up", () => {
  it("reads amendments drawn up and an initiative as drafts", () => {
    for (const line of [
      "Минпромторг подготовил поправки к постановлению об утильсборе, по которым ставки вырастут с 1 августа.",
      "The industry ministry has drawn up amendments that would raise the recycling fee from August 1.",
      "Инициатива о повышении утильсбора с 1 августа поступила в правительство.",
    ])
      expect(decisions(`date: 2025-05-20\nНовости\n${line}`)).toEqual([
        { kind: "fee", jurisdiction: "RU", status: "draft", effective: "2025-08-01" },
      ]);
  });
});

describe("who decides", () => {
  it("keeps the country a passage is about for the sentences after it", () => {
    const found = decisions(
      "date: 2025-03-01\nArmenia tightens import rules\nArmenia's government banned imports of cars older than ten years from April 1.\nThe decree was signed by the prime minister on Friday.\nIn addition, the ban could later be extended to motorcycles.",
    );
    expect(found.filter((d) => d.jurisdiction === "RU")).toEqual([]);
    expect(found).toContainEqual(
      expect.objectContaining({ jurisdiction: "AM", status: "adopted", effective: "2025-04-01" }),
    );
  });
});

describe("when a decision takes effect", () => {
  it("dates a decision told of 'the rule' just told by the sentence that told it", () => {
    const found = decisions(
      "date: 2025-08-20\nTaxi cars must be local\nFrom April 1, 2026, taxi firms may only add cars listed in the register of Russian industrial products.\nThe taxi rule was approved by parliament in July.",
    );
    expect(found).toContainEqual(expect.objectContaining({ status: "adopted", effective: "2026-04-01" }));
  });
});

describe("what is no decision", () => {
  it("takes no draft from a proposal turned down, and no decision from a headline over several countries", () => {
    const found = decisions(
      "date: 2025-06-02\nLatvia bans, Lithuania waits: the Baltics and old cars\nLatvia's government banned the import of cars older than 15 years from July 1.\nIn Lithuania, the cabinet left the car tax unchanged, rejecting a proposal to double it.",
    );
    expect(found.filter((d) => d.status === "draft")).toEqual([]);
    expect(found).toContainEqual(
      expect.objectContaining({ jurisdiction: "LV", status: "adopted", effective: "2025-07-01" }),
    );
    expect(found.filter((d) => d.jurisdiction === "LT" && d.action === "restricts")).toEqual([]);
  });
});

describe("a decision's history", () => {
  it("takes an earlier stage of a decision made for its history, not a draft of its own", () => {
    const found = decisions(
      "date: 2025-04-10\nДепутаты запретили регистрацию машин без маячка\nГосдума приняла закон, запрещающий регистрацию машин без аварийного маячка, с 1 сентября 2026 года.\nРанее законопроект одобрил профильный комитет.",
    );
    expect(found).toEqual([
      { kind: "policy", jurisdiction: "RU", action: "restricts", status: "adopted", effective: "2026-09-01" },
    ]);
  });
});

describe("a postponement's new date", () => {
  it("takes the date told of 'this requirement' after the postponement", () => {
    const found = decisions(
      "date: 2024-09-20\nГосзаказ подождёт\nПовышение порога локализации для машин госзаказа перенесено на год.\nПравительство подписало постановление в среду.\nТеперь это требование начнёт действовать с 1 января 2026 года.",
    );
    expect(found).toEqual([
      { kind: "policy", jurisdiction: "RU", action: "changes", status: "postponed", effective: "2026-01-01" },
    ]);
  });
});

describe("a fee that changed", () => {
  it("reads a fee that rose as a decision, but not prices that rose beside a fee", () => {
    expect(
      decisions(
        "date: 2026-01-03\nУтильсбор вырос снова\nС 1 января в России вновь вырос утильсбор на ввозимые машины.",
      ),
    ).toContainEqual({ kind: "fee", jurisdiction: "RU", status: "adopted", effective: "2026-01-01" });
    expect(
      decisions(
        "date: 2026-03-03\nUsed cars get dearer as the scrappage fee bites\nUsed-car prices went up again in February, as higher recycling fees kept private imports low.",
      ),
    ).toEqual([]);
  });
});
