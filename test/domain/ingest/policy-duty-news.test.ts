// A customs duty decided in the forms neighbours' and Russia's news tell it (sentences written for
// these tests): a change told in the present with its start, a new level "now", a duty zeroed, a
// duty decided beside a ban or the recycling fee, a duty told as further news in an article on the
// fee, a duty that "will stay"; and what is none: a sidebar's link, the EU's sanctions a country
// applies, an excise that is not a promotion.
import { describe, expect, it } from "vitest";
import { decisions } from "./decisions.ts";

const duties = (text: string, date: string) => decisions(text, date).filter((d) => d.action === "duty");

describe("a duty decided", () => {
  it.each([
    [
      "Duties\nThe import duty on cars up to three years old rises from 25% to 30% from February 1.",
      "RU",
      "2025-02-01",
    ],
    [
      "Пошлины\nС 1 июля ставки ввозных пошлин для физлиц в Казахстане повышаются на 15%.",
      "KZ",
      "2025-07-01",
    ],
    ["Пошлины\nВ Армении с 1 апреля снижается пошлина на ввоз гибридов.", "AM", "2025-04-01"],
  ])("reads a change told in the present with its start: %s", (text, country, start) => {
    expect(duties(text, "2025-01-20")).toContainEqual(
      expect.objectContaining({ jurisdiction: country, status: "adopted", effective: start }),
    );
  });

  it("takes no decision from a duty told in the present with no start", () => {
    expect(duties("Пошлины\nПошлины на машины из Китая растут вслед за курсом евро.", "2025-01-20")).toEqual(
      [],
    );
  });

  it("reads a new level told as 'теперь' and a duty zeroed", () => {
    expect(
      duties(
        "Казахстан\nВвозная пошлина на машины старше семи лет в Казахстане теперь составляет 40%.",
        "2025-03-01",
      ),
    ).toContainEqual(expect.objectContaining({ jurisdiction: "KZ", status: "adopted" }));
    expect(
      duties(
        "Belarus\nBelarus has zeroed import duties on electric cars bought by individuals.",
        "2025-03-01",
      ),
    ).toContainEqual(expect.objectContaining({ jurisdiction: "BY", status: "adopted" }));
  });

  it("reads an excise raised, which no promotion is", () => {
    expect(
      duties("Грузия\nВласти Грузии подняли акциз на подержанные машины с бензиновым мотором.", "2025-03-01"),
    ).toContainEqual(expect.objectContaining({ jurisdiction: "GE", status: "adopted" }));
  });

  it("reads a duty decided beside a ban or the recycling fee as a decision of its own", () => {
    expect(
      decisions(
        "Bishkek\nKyrgyzstan barred the import of right-hand drive cars and raised import duties on old ones from May 1.",
        "2025-04-10",
      ),
    ).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: "restricts", jurisdiction: "KG" }),
        expect.objectContaining({ action: "duty", jurisdiction: "KG", effective: "2025-05-01" }),
      ]),
    );
    expect(
      decisions(
        "Цены\nБелоруссия с 1 марта повысила утильсбор и ввозные пошлины на машины старше пяти лет.",
        "2025-02-10",
      ),
    ).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: "fee", jurisdiction: "BY" }),
        expect.objectContaining({ action: "duty", jurisdiction: "BY", effective: "2025-03-01" }),
      ]),
    );
  });

  it("reads a duty told as further news in an article on the fee", () => {
    expect(
      duties(
        "Утильсбор\nС 1 декабря утильсбор для мощных машин считается по новой шкале.\nКроме того, с 1 января пошлина на ввоз грузовых фургонов снижена до 10%.",
        "2025-12-05",
      ),
    ).toEqual([expect.objectContaining({ jurisdiction: "RU", status: "adopted", effective: "2026-01-01" })]);
    expect(
      duties(
        "Scrappage fee\nThe scrappage fee for imported cars went up on October 1.\nSeparately, import duties on hybrid cars were cut to 5% for a year.",
        "2025-10-05",
      ),
    ).toEqual([expect.objectContaining({ jurisdiction: "RU", status: "adopted" })]);
  });

  it("takes no decision from a duty told as the cause of something else", () => {
    expect(
      duties(
        "Утильсбор\nУтильсбор вырос с 1 октября.\nПосле повышения пошлин с 1 января поток машин из Китая сократился.",
        "2025-10-05",
      ),
    ).toEqual([]);
  });

  it("reads a duty or a procedure told as staying, with no decision told, as the rule that stands", () => {
    expect(
      decisions(
        "Электромобили\nНулевая ввозная пошлина на электромобили сохранится до конца 2027 года, сообщили в министерстве.",
        "2025-11-20",
      ),
    ).toContainEqual(expect.objectContaining({ action: "keeps", status: "in_force" }));
    expect(
      decisions(
        "EV duty\nThe zero import duty on electric cars will remain in place next year, the ministry said.",
        "2025-11-20",
      ),
    ).toContainEqual(expect.objectContaining({ action: "keeps", status: "in_force" }));
    expect(
      decisions(
        "Утильсбор\nВ министерстве заявили, что порядок уплаты утильсбора для машин из ЕАЭС останется прежним.",
        "2025-11-20",
      ),
    ).toEqual([expect.objectContaining({ kind: "policy", action: "keeps", status: "in_force" })]);
  });

  it("reads a keep decided outright beside a change ruled out as a decision", () => {
    expect(
      decisions(
        "Astana\nKazakhstan's industry ministry said it would keep its requirements for imported cars unchanged and had no plans to tighten them.",
        "2025-11-20",
      ),
    ).toContainEqual(expect.objectContaining({ jurisdiction: "KZ", action: "keeps", status: "adopted" }));
  });

  it("reads a change of the fee's payment procedure as a rule changed, not the fee", () => {
    expect(
      decisions(
        "Законы\nПравительство изменило порядок уплаты утильсбора: с 1 мая его платят до постановки машины на учёт.",
        "2025-03-20",
      ),
    ).toEqual([
      expect.objectContaining({
        kind: "policy",
        action: "changes",
        status: "adopted",
        effective: "2025-05-01",
      }),
    ]);
  });

  it("reads a capital as its country and a wire's dateline as no decider", () => {
    expect(
      decisions(
        "Wire\nMINSK/MOSCOW, May 4 - Officials met on Monday.\nThe cabinet in Bishkek approved a ban on importing cars older than 15 years from July 1.",
        "2025-05-04",
      ),
    ).toEqual([
      expect.objectContaining({ action: "restricts", jurisdiction: "KG", effective: "2025-07-01" }),
    ]);
  });

  it("reads a keep or an exemption with no subject of its own in a fee article as a rule kept", () => {
    expect(
      decisions(
        "Утильсбор\nУтильсбор вырос с 1 декабря.\nСовмин Белоруссии продлил освобождение от НДС при ввозе электромобилей до конца 2027 года.",
        "2025-12-05",
      ),
    ).toContainEqual(expect.objectContaining({ jurisdiction: "BY", action: "keeps", status: "adopted" }));
  });

  it("reads a headline's change of the customs clearance rules that names no country as the body's", () => {
    expect(
      decisions(
        "Соседи меняют правила растаможки\nС 1 февраля в Армении перестают действовать льготы на ввоз машин из третьих стран: пошлины будут взиматься в полном размере.",
        "2025-12-20",
      ),
    ).toEqual([expect.objectContaining({ action: "duty", jurisdiction: "AM", effective: "2026-02-01" })]);
  });
});

describe("no decision", () => {
  it("takes none from a sidebar's link told on one line", () => {
    expect(
      decisions(
        "Market\nNew-car sales rose 8% in May.\nPrevious Article: Kazakhstan bans old imports from July",
        "2025-06-05",
      ),
    ).toEqual([]);
  });

  it("gives the EU's own ban to the EU, and not a country's ban applying EU sanctions", () => {
    expect(
      decisions(
        "Exports\nThe European Union banned the export of cars costing over 50,000 euros to Russia in 2022.",
        "2025-06-05",
      ),
    ).toEqual([expect.objectContaining({ action: "restricts", jurisdiction: "EU" })]);
    expect(
      decisions(
        "Border\nLatvia will turn away cars with Russian plates from Friday, applying EU sanctions, its ministry said.",
        "2025-06-03",
      ).map((d) => d.jurisdiction),
    ).toEqual(["LV"]);
  });

  it("gives a decision told of cars going through a country to the country that decided", () => {
    expect(
      decisions(
        "Fee\nAfter Russia raised the recycling fee on October 1, imports through Kyrgyzstan slowed.",
        "2025-11-05",
      ).map((d) => d.jurisdiction),
    ).not.toContain("KG");
  });
});

describe("a duty decided for several countries", () => {
  it("is one decision per country named as deciding", () => {
    expect(
      duties(
        "Пошлины\nКазахстан и Узбекистан с 1 июня повысили ввозные пошлины на старые машины.",
        "2025-05-20",
      ).map((d) => [d.jurisdiction, d.effective]),
    ).toEqual([
      ["KZ", "2025-06-01"],
      ["UZ", "2025-06-01"],
    ]);
  });

  it("spreads a union's duty decision over the members the next sentence names", () => {
    expect(
      duties(
        "Квоты\nУтильсбор вырос с 1 декабря.\nКроме того, в ЕАЭС заработали квоты на беспошлинный ввоз гибридов.\nС 10 февраля жители Армении могут ввезти 5 тыс. гибридов без уплаты пошлин, Киргизии — 4 тыс.",
        "2026-02-20",
      )
        .map((d) => [d.jurisdiction, d.effective])
        .sort(),
    ).toEqual([
      ["AM", "2026-02-10"],
      ["KG", "2026-02-10"],
    ]);
  });

  it("dates a duty bill by the rates of the next sentence, not as a fee of its own", () => {
    expect(
      decisions(
        "Утильсбор\nУтильсбор для мощных машин вырос.\nПравительство Узбекистана внесло в парламент законопроект о повышении пошлины на подержанные машины. Если документ примут, новые ставки заработают с 1 мая следующего года.",
        "2025-10-20",
      ).filter((d) => d.jurisdiction === "UZ"),
    ).toEqual([expect.objectContaining({ action: "duty", status: "draft", effective: "2026-05-01" })]);
  });
});

describe("a postponement and a counting rule", () => {
  it("dates a postponement told later as 'не с …, а с …' by the new day", () => {
    expect(
      decisions(
        "Утильсбор\nНовые ставки утильсбора снова сдвинули.\nМинпромторг сообщил, что новая шкала заработает не с 1 марта, а с 1 мая.",
        "2025-02-10",
      ).filter((d) => d.kind === "fee"),
    ).toEqual([expect.objectContaining({ status: "postponed", effective: "2025-05-01" })]);
  });

  it("takes a fee's formula that 'учитывает' engine power for no change of how points are counted", () => {
    expect(
      decisions(
        "Утильсбор\nМинпромторг сообщил, что новая методика расчёта утильсбора, учитывающая мощность мотора, заработает с 1 декабря.",
        "2025-10-10",
      ).filter((d) => d.kind === "policy"),
    ).toEqual([]);
  });
});

describe("a duty and a ban told at length", () => {
  it.each([
    [
      "Пошлины\nСтавки пошлин на машины старше пяти лет, ввезённые частными лицами, с 1 июня выросли на четверть.",
      "RU",
    ],
    [
      "Duties\nImport duties on hybrids, which had been 0.5 euros per cc, went up to 1.2 euros from June 1.",
      "RU",
    ],
    ["Пошлины\nТаможенные платежи за подержанные машины в Узбекистане с 1 июня подорожали вдвое.", "UZ"],
  ])("reads a duty whose verb comes after a clause: %s", (text, country) => {
    expect(duties(text, "2025-05-20")).toEqual([
      expect.objectContaining({ jurisdiction: country, status: "adopted", effective: "2025-06-01" }),
    ]);
  });

  it("keeps a price told with a clause before its verb out of the duties", () => {
    expect(
      duties("Цены\nЦены на машины, ввезённые до повышения пошлин, выросли на 5%.", "2025-05-20"),
    ).toEqual([]);
  });

  it("reads a foreign ban told as standing from a day, with Russia's citizens named, as that country's", () => {
    expect(
      decisions(
        "Re-export\nArmenia's customs service confirmed that since April 10 citizens of Russia may not take cars bought there out of the country.",
        "2025-05-20",
      ),
    ).toEqual([
      expect.objectContaining({
        action: "restricts",
        jurisdiction: "AM",
        status: "adopted",
        effective: "2025-04-10",
      }),
    ]);
  });
});

describe("a plan told in a lede, a duty applied since a day, a decision yet to be made", () => {
  it("reads a lede's future decision over a body's draft as that draft", () => {
    expect(
      decisions(
        "Ответ соседа\nУзбекистан повысит сбор на машины из России.\nУзбекистан намерен повысить утилизационный сбор на машины, ввозимые из России, говорится в проекте постановления.",
        "2025-09-10",
      ).filter((d) => d.jurisdiction === "UZ"),
    ).toEqual([expect.objectContaining({ kind: "fee", status: "draft" })]);
  });

  it("reads a duty a country has applied since a day as a change from that day", () => {
    expect(
      duties(
        "Tariffs\nUzbekistan has applied the new customs tariff to imported cars since March 1, 2024.",
        "2025-09-10",
      ),
    ).toEqual([expect.objectContaining({ jurisdiction: "UZ", status: "adopted", effective: "2024-03-01" })]);
  });

  it("reads a decision a cabinet has yet to approve as a draft", () => {
    expect(
      decisions(
        "Fees\nIn Tajikistan the cabinet has yet to approve the recycling fee the ministry had planned for this spring.",
        "2025-09-10",
      ),
    ).toEqual([expect.objectContaining({ kind: "fee", jurisdiction: "TJ", status: "draft" })]);
  });
});

describe("a ban talked of, and a headline over two countries", () => {
  it("takes no ban from one officials discuss with no draft published", () => {
    expect(
      decisions(
        "Kazakhstan\nIn Kazakhstan, officials are discussing a ban on importing cars older than 20 years, but no draft has been published.",
        "2025-11-14",
      ),
    ).toEqual([]);
  });

  it("gives each country of a two-part headline its own part's decision", () => {
    const found = decisions(
      "Digest\nTashkent raises duties on old cars; Baku keeps its EV exemption\nUzbekistan's parliament approved higher customs duties on cars older than ten years, effective March 1.",
      "2025-11-14",
    );
    expect(found).toContainEqual(
      expect.objectContaining({
        jurisdiction: "UZ",
        action: "duty",
        status: "adopted",
        effective: "2026-03-01",
      }),
    );
    expect(found).not.toContainEqual(expect.objectContaining({ jurisdiction: "UZ", action: "keeps" }));
  });
});
