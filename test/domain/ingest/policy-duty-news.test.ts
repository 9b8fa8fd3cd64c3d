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

  it("reads a duty that will stay as a decision to keep it", () => {
    expect(
      decisions(
        "Электромобили\nНулевая ввозная пошлина на электромобили сохранится до конца 2027 года, сообщили в министерстве.",
        "2025-11-20",
      ),
    ).toContainEqual(expect.objectContaining({ action: "keeps", status: "adopted" }));
    expect(
      decisions(
        "EV duty\nThe zero import duty on electric cars will remain in place next year, the ministry said.",
        "2025-11-20",
      ),
    ).toContainEqual(expect.objectContaining({ action: "keeps", status: "adopted" }));
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
