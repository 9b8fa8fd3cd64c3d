// Policy decisions told the way news tells duties, readings of a bill and changes ruled out
// (sentences written for these tests).
import { describe, expect, it } from "vitest";
import { decisions } from "./decisions.ts";

describe("policy: a duty changed by its own verb", () => {
  it("reads 'пошлины вырастут с 1 апреля' and 'duties were cut' as a duty decision made", () => {
    const ru = decisions(
      "Пошлины\nВвозные пошлины на подержанные легковушки старше пяти лет в Армении вырастут с 1 апреля.",
      "2025-02-10",
    );
    expect(ru).toContainEqual({
      kind: "policy",
      jurisdiction: "AM",
      action: "duty",
      status: "adopted",
      effective: "2025-04-01",
    });
    const en = decisions(
      "Duties\nImport duties on small electric vans in Uzbekistan were cut to zero, the customs committee said.",
      "2025-02-10",
    );
    expect(en.map((d) => [d.jurisdiction, d.action, d.status])).toEqual([["UZ", "duty", "adopted"]]);
  });

  it("does not read prices that rise because of a duty as a duty decision", () => {
    const found = decisions(
      "Рынок\nДилеры говорят, что цены на машины вырастут из-за высоких пошлин в соседних странах.",
      "2025-02-10",
    );
    expect(found).toEqual([]);
  });

  it("reads a new duty level told with its start, and customs-clearance rates, as a duty", () => {
    const found = decisions(
      "Таможня\nВ Таджикистане с 1 июля пошлина на машины старше десяти лет составит два евро за кубический сантиметр.",
      "2025-05-10",
    );
    expect(found.map((d) => [d.jurisdiction, d.action, d.status, d.effective])).toEqual([
      ["TJ", "duty", "adopted", "2025-07-01"],
    ]);
    const kept = decisions(
      "Bishkek\nThe Kyrgyz cabinet decided to keep its customs clearance rates for cars unchanged.",
      "2025-05-10",
    );
    expect(kept.map((d) => [d.jurisdiction, d.action])).toEqual([["KG", "keeps"]]);
  });

  it("takes a sentence's first-told subject when it names both a duty and the recycling fee", () => {
    const found = decisions(
      "Соседи\nАрмения повысила пошлины на старые машины, тогда как утильсбор там не взимается.",
      "2025-05-10",
    );
    expect(found.filter((d) => d.kind === "policy").map((d) => [d.jurisdiction, d.action])).toEqual([
      ["AM", "duty"],
    ]);
  });
});

describe("policy: readings of a bill", () => {
  it("reads a bill passed in the third reading as adopted, and one passed in the first as a draft", () => {
    const third = decisions(
      "Дума\nДепутаты приняли в третьем чтении законопроект о штрафах за неуплату утильсбора.",
      "2025-05-10",
    );
    expect(third.map((d) => d.status)).toEqual(["adopted"]);
    const first = decisions(
      "Duma\nThe lawmakers passed in the first reading a bill on fines for unpaid recycling fees.",
      "2025-05-10",
    );
    expect(first.map((d) => d.status)).toEqual(["draft"]);
  });
});

describe("policy: a change ruled out, a rule that stands", () => {
  it("reads 'не собираются запрещать' as the rule kept in force, not as a draft ban", () => {
    const found = decisions(
      "Минтранс: запрещать старые автобусы в России не собираются\nОграничений для таких машин сейчас не предполагается, сказал министр.",
      "2025-05-10",
    );
    expect(found.map((d) => [d.jurisdiction, d.action, d.status])).toEqual([["RU", "keeps", "in_force"]]);
  });

  it("reads a ban that 'has stood for years' in another country as in force", () => {
    const found = decisions("Соседи\nВ Армении такой запрет действует уже несколько лет.", "2025-05-10");
    expect(found.map((d) => [d.jurisdiction, d.action, d.status])).toEqual([["AM", "restricts", "in_force"]]);
  });

  it("reads a next step only discussed, its draft 'not yet submitted', as no decision", () => {
    const found = decisions(
      "Локализация\nВ отрасли говорят о новом пороге для такси, но проект пока не внесён.",
      "2025-05-10",
    );
    expect(found).toEqual([]);
  });
});

describe("policy: an explainer's background", () => {
  it("does not read a rule change told in a Q&A's answer as a decision, but still reads its fee decision", () => {
    const rule = decisions(
      "Explainer | Localization\nHow many points does a van need?\nFor state purchases, 1,700 points this year.\nWill it change?\nUnder a draft the ministry published in May, the bar would rise to 2,100 points from next January.",
      "2025-06-10",
    );
    expect(rule.filter((d) => d.action === "changes")).toEqual([]);
    const fee = decisions(
      "Вопрос — ответ\nСколько стоит ввоз?\nПравительство утвердило новые ставки утильсбора, они начнут применяться с 1 июля.\nА для старых машин?\nДля них ставка выше.",
      "2025-06-10",
    );
    expect(fee.map((d) => [d.kind, d.status, d.effective])).toContainEqual(["fee", "adopted", "2025-07-01"]);
  });
});

describe("policy: where cars come from is not who decides", () => {
  it("gives a ban on cars from Japan to the government that bans, not to Japan", () => {
    const found = decisions(
      "Ограничения\nПравительство запретило ввоз праворульных машин из Японии с 1 сентября.",
      "2025-06-10",
    );
    expect(found.map((d) => [d.jurisdiction, d.action])).toEqual([["RU", "restricts"]]);
  });
});
