// Policy decisions told by their starts: two starts of one measure, a fee told by its own move and
// its day, a charge begun on a day (every sentence written for this test).
import { describe, expect, it } from "vitest";
import { decisions } from "./decisions.ts";

const fees = (text: string) =>
  decisions(text)
    .filter((d) => d.kind === "fee")
    .map((d) => `${d.jurisdiction} ${d.status} ${d.effective}`);
const policies = (text: string, action: string) =>
  decisions(text)
    .filter((d) => d.kind === "policy" && d.action === action)
    .map((d) => `${d.jurisdiction} ${d.status} ${d.effective}`);

describe("two starts on one subject are two decisions", () => {
  it("keeps an earlier rise and the next step apart (Russian)", () => {
    const found = fees(
      "date: 2024-12-20\nЧто будет с утильсбором\nПравительство уже подняло утильсбор с 1 октября этого года. С 1 января следующего года утильсбор для машин с мотором до 2 литров вырастет ещё на 20%.",
    );
    expect(found).toContain("RU adopted 2024-10-01");
    expect(found).toContain("RU adopted 2025-01-01");
  });

  it("keeps a decree applied since one day and its second step apart (English)", () => {
    const found = fees(
      "date: 2025-12-10\nThe new fee scale\nThe recycling fee scale the government approved in November has applied since December 1. From January 1 the charge on a typical import will rise to 900,000 roubles.",
    );
    expect(found).toContain("RU adopted 2025-12-01");
    expect(found).toContain("RU adopted 2026-01-01");
  });

  it("dates a step told as scheduled for a day", () => {
    const found = fees(
      "date: 2024-10-02\nFee indexed\nThe recycling fee indexation the cabinet approved took effect on October 1. The next indexation of the recycling fee is scheduled for January 1, 2025.",
    );
    expect(found).toContain("RU adopted 2024-10-01");
  });

  it("reads two bans of one country dated in one sentence as two (Russian and English)", () => {
    expect(
      policies(
        "date: 2026-08-02\nКиргизия ужесточает правила\nРынок региона меняется. Киргизия с 1 марта запретила ввоз праворульных машин, а с 1 июля — и их регистрацию.",
        "restricts",
      ),
    ).toEqual(["KG adopted 2026-03-01", "KG adopted 2026-07-01"]);
    expect(
      policies(
        "date: 2026-08-02\nKyrgyzstan tightens\nKyrgyzstan banned imports of right-hand-drive cars from March 1 and their registration from July 1.",
        "restricts",
      ),
    ).toEqual(["KG adopted 2026-03-01", "KG adopted 2026-07-01"]);
    expect(
      policies(
        "date: 2025-06-01\nGeorgia and re-exports\nGeorgia's agency said resale rules are unchanged. Re-export of such cars has been prohibited since March 1, 2024 for US-made cars and since October 15, 2024 for hybrids.",
        "restricts",
      ),
    ).toEqual(["GE adopted 2024-03-01", "GE adopted 2024-10-15"]);
  });

  it("does not split a span of time or a postponement's two days", () => {
    const span = decisions(
      "date: 2026-03-12\nТакси и баллы\nС 1 марта в России заработал закон о локализации такси для машин по специнвестконтрактам, заключённым с 1 марта 2022 по 1 марта 2025 года.",
    ).filter((d) => d.kind === "policy");
    expect(span.length).toBeLessThanOrEqual(1);
    expect(
      fees(
        "date: 2025-10-31\nПравила утильсбора заработают позже\nМинпромторг перенёс вступление в силу новых правил утильсбора с 1 ноября на 1 декабря.",
      ),
    ).toEqual(["RU postponed 2025-12-01"]);
  });
});

describe("a fee told by its own move and the day it starts", () => {
  it("reads the move as an adopted change from that day, in several phrasings", () => {
    expect(
      fees(
        "date: 2026-03-12\nУтильсбор и цены: что изменилось в марте\nЦены на машины растут. С 1 января для частного ввоза сбор увеличился с 750 тыс. до 900 тыс. рублей, а коэффициент вырос с 37,5 до 45.",
      ),
    ).toContain("RU adopted 2026-01-01");
    expect(
      fees(
        "date: 2025-12-20\nWhat changes in January\nFrom January 1, the recycling fee on passenger cars will go up by 10-20 percent under the long-term schedule.",
      ),
    ).toContain("RU adopted 2026-01-01");
    expect(
      fees(
        "date: 2025-11-20\nУтильсбор в декабре\nРынок ждёт перемен. С 1 декабря утильсбор для машин мощнее 160 л. с. вырастет в несколько раз.",
      ),
    ).toContain("RU adopted 2025-12-01");
  });

  it("does not read a duty named only as the cause of a fall", () => {
    for (const text of [
      "date: 2026-02-01\nImports fall\nSales of imported cars fell 20% in January after the customs duty was raised.",
      "date: 2026-02-01\nИмпорт падает\nПродажи ввезённых машин в январе упали на 20% после того, как пошлину повысили.",
    ])
      expect(policies(text, "duty")).toEqual([]);
  });
});

describe("a charge begun or a measure taken on a day", () => {
  it("dates the decision by the day told after its verb", () => {
    expect(
      fees(
        "date: 2026-05-10\nUzbekistan charges a fee\nUzbekistan began charging a recycling fee on imported passenger cars on May 1.",
      ),
    ).toContain("UZ adopted 2026-05-01");
    expect(
      fees(
        "date: 2026-04-10\nБелоруссия и электромобили\nБелоруссия стала взимать утильсбор с электромобилей по полной ставке с 1 апреля.",
      ),
    ).toContain("BY adopted 2026-04-01");
    expect(
      policies(
        "date: 2026-02-05\nBelarus doubles duty\nBelarus doubled the customs duty on used cars on February 1.",
        "duty",
      ),
    ).toEqual(["BY adopted 2026-02-01"]);
  });
});

describe("the fee's compensation told as what a subsidy does", () => {
  it("is no decision on the fee", () => {
    for (const text of [
      "date: 2025-10-01\nКомпенсация\nЕщё один проект: субсидия, компенсирующая утильсбор производителям, с 1 января 2026 года будет выплачиваться только за модели с 2800 баллами.",
      "date: 2025-10-01\nCompensation\nStill a draft: the ministry wants the subsidy that offsets the utilsbor to be paid from January 1, 2026 only for models with 2,800 points.",
    ])
      expect(fees(text)).toEqual([]);
  });
});

describe("the start told in the next sentence of the decision's order or rules", () => {
  it("dates a rule change by the sentence on its order, rules or changes", () => {
    expect(
      policies(
        "date: 2026-03-10\nМинпромторг изменил подсчёт баллов\nМинпромторг изменил порядок подсчёта баллов за локализацию: теперь в зачёт идут расходы на НИОКР. Приказ вступил в силу 5 марта.",
        "changes",
      ),
    ).toEqual(["RU adopted 2026-03-05"]);
    expect(
      policies(
        "date: 2026-03-02\nNew points rules\nThe government approved changes to how localization points are counted. The rules apply from March 1.",
        "changes",
      ),
    ).toEqual(["RU adopted 2026-03-01"]);
    expect(
      policies(
        "date: 2026-06-02\nБаллы считают иначе\nПравительство обновило критерии начисления баллов за локализацию. Эти изменения начнут действовать с 1 июля.",
        "changes",
      ),
    ).toEqual(["RU adopted 2026-07-01"]);
  });
});

describe("a keep told as decided", () => {
  it("reads 'решило сохранить', 'will keep' and 'сохранит' as a kept rule", () => {
    expect(
      policies(
        "date: 2026-01-20\nЛьгота сохранится\nПравительство Белоруссии решило сохранить нулевую пошлину на ввоз электромобилей физлицами до конца 2026 года.",
        "keeps",
      ),
    ).toEqual(["BY adopted null"]);
    expect(
      policies(
        "date: 2026-01-20\nGeorgia keeps EV relief\nGeorgia will keep the excise exemption for electric cars for another year, the Finance Ministry said.",
        "keeps",
      ),
    ).toEqual(["GE adopted null"]);
    expect(
      policies(
        "date: 2026-01-20\nАрмения и электромобили\nАрмения сохранит освобождение электромобилей от пошлины ещё на год, сообщили в Минэкономики республики.",
        "keeps",
      ),
    ).toEqual(["AM adopted null"]);
  });
});

describe("a weekday told with a verb of coming into force", () => {
  it("is the coming weekday for a present or future verb, the last one for a past verb", () => {
    expect(
      policies(
        "date: 2024-01-12\nKazakhstan bans kits\nKazakhstan has banned the import of right-hand drive cars in parts. The order of the industry minister comes into force on Tuesday and will apply for six months.",
        "restricts",
      ),
    ).toEqual(["KZ adopted 2024-01-16"]);
    expect(
      policies(
        "date: 2024-01-12\nКазахстан запретил ввоз\nКазахстан запретил ввоз праворульных машин в разобранном виде. Приказ министра вступит в силу во вторник.",
        "restricts",
      ),
    ).toEqual(["KZ adopted 2024-01-16"]);
    expect(
      policies(
        "date: 2024-01-12\nКазахстан запретил ввоз\nКазахстан запретил ввоз праворульных машин в разобранном виде. Приказ министра вступил в силу во вторник.",
        "restricts",
      ),
    ).toEqual(["KZ adopted 2024-01-09"]);
  });
});

describe("a keep told in the past and a step told as scheduled", () => {
  it("reads 'сохранил', 'retained the' as a kept rule", () => {
    expect(
      policies(
        "date: 2025-01-15\nЛьготы на электромобили\nСовет министров Белоруссии сохранил льготы при ввозе электромобилей: освобождение от пошлин продолжит действовать до конца года.",
        "keeps",
      ),
    ).toEqual(["BY adopted null"]);
    expect(
      policies(
        "date: 2025-01-15\nKazakhstan and EVs\nKazakhstan's government has retained the zero customs duty on electric cars for private importers.",
        "keeps",
      ),
    ).toEqual(["KZ adopted null"]);
  });

  it("dates a step told as scheduled for a day", () => {
    for (const text of [
      "date: 2024-10-02\nFee indexed\nThe recycling fee indexation the cabinet approved took effect on October 1. The next indexation of the recycling fee is scheduled for January 1, 2025, and the rates will then be raised every year.",
      "date: 2024-10-02\nУтильсбор проиндексирован\nИндексация утильсбора, утверждённая правительством, вступила в силу 1 октября. Следующий шаг намечен на 1 января 2025 года: тогда утильсбор поднимется ещё раз.",
    ]) {
      const found = fees(text);
      expect(found).toContain("RU adopted 2024-10-01");
      expect(found).toContain("RU adopted 2025-01-01");
    }
  });
});

describe("a duty told as applied from a day", () => {
  it("reads 'has been applying', 'applies', 'применяются' with a start as an adopted duty", () => {
    for (const text of [
      "date: 2026-01-20\nArmenia and EAEU rates\nFrom January 1, Armenia has been applying the EAEU customs duty rates to cars imported from third countries.",
      "date: 2026-01-20\nArmenia and EAEU rates\nSince January 1, Armenia applies the EAEU import duty rates to cars from third countries.",
      "date: 2026-01-20\nАрмения и пошлины\nС 1 января к ввозимым в Армению машинам из третьих стран применяются пошлины ЕАЭС.",
    ])
      expect(policies(text, "duty")).toEqual(["AM adopted 2026-01-01"]);
  });
});

describe("a change told as coming", () => {
  it("is a draft ('a coming duty increase', 'an upcoming hike', 'о предстоящем повышении')", () => {
    expect(
      policies(
        "date: 2026-01-20\nNews\nThe market waits. Kyrgyzstan has separately warned importers of a coming customs-duty increase of up to 20%.",
        "duty",
      ),
    ).toEqual(["KG draft null"]);
    expect(
      fees(
        "date: 2026-01-20\nNews\nThe market waits. Kazakhstan told dealers to prepare for an upcoming hike in the recycling payment.",
      ),
    ).toEqual(["KZ draft null"]);
    expect(
      policies(
        "date: 2026-01-20\nНовости\nРынок ждёт. Минэкономики Киргизии предупредило импортёров о предстоящем повышении таможенных пошлин на 20%.",
        "duty",
      ),
    ).toEqual(["KG draft null"]);
  });
});
