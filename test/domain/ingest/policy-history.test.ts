// Policy decisions told as history, as a request or as another country's (sentences written for
// these tests): a recap ("Напомним, …") of an earlier stage, a postponement only asked to be worked
// out, a plan that was, a span of time that is no start, another country's government keeping cars.
import { describe, expect, it } from "vitest";
import { decisions } from "./decisions.ts";

describe("policy: history, requests and other countries", () => {
  it("takes a recapped earlier stage for history, and a span of time for no start", () => {
    const found = decisions(
      "Закон о такси подписан\nНапомним, что в апреле депутаты одобрили в первом чтении законопроект о локализации такси: машина должна быть выпущена по контракту, заключённому в период с 1 мая 2022 по 1 мая 2024 года. Сегодня президент подписал этот закон о локализации, он вступит в силу с 1 сентября 2026 года.",
      "2025-06-02",
    );
    expect(found).toEqual([
      { kind: "policy", jurisdiction: "RU", action: "changes", status: "adopted", effective: "2026-09-01" },
    ]);
  });

  it("reads a postponement only asked to be worked out as a draft", () => {
    const found = decisions(
      "Утильсбор\nМинистерство должно подготовить предложения по возможной отсрочке новых ставок утильсбора на месяц.",
      "2025-10-10",
    );
    expect(found.map((f) => f.status)).toEqual(["draft"]);
  });

  it("does not read a plan that was as a decision made", () => {
    const found = decisions(
      "Утильсбор\nМинистерство выложило проект новых ставок утильсбора. Планировалось, что они вступят в силу уже с 1 октября.",
      "2025-09-10",
    );
    expect(found.map((f) => f.status)).toEqual(["draft"]);
  });

  it("does not take another country's government for Russia's", () => {
    const found = decisions(
      "Kazakhstan tightens rules\nThe Kazakh government issued new rules, effectively keeping legalised cars in the country and stopping their resale to Russia.",
      "2025-10-01",
    );
    expect(found.some((f) => f.jurisdiction === "RU")).toBe(false);
  });
});

describe("policy: bans as news tells them", () => {
  it("reads a closed entry for cars with Russian plates as the closing country's ban, from today", () => {
    const found = decisions(
      "Финляндия закрыла въезд машинам с российскими номерами\nС сегодняшнего дня такие автомобили не могут въехать на территорию Финляндии.",
      "2023-09-16",
    );
    expect(found).toContainEqual({
      kind: "policy",
      jurisdiction: "FI",
      action: "restricts",
      status: "adopted",
      effective: "2023-09-16",
    });
    expect(found.some((f) => f.jurisdiction === "RU")).toBe(false);
  });

  it("dates a ban introduced on a weekday by that day", () => {
    const found = decisions(
      "Граница\nСоседняя Норвегия ввела похожий запрет ещё в понедельник.",
      "2023-09-14",
    );
    expect(found).toContainEqual(expect.objectContaining({ jurisdiction: "NO", effective: "2023-09-11" }));
  });

  it("does not take the localization bar for a ban", () => {
    const found = decisions(
      "Russia lowers the localization bar for carmakers\nThe ministry eased the rules.",
      "2025-05-05",
    );
    expect(found.some((f) => f.action === "restricts")).toBe(false);
  });
});

describe("policy: moves of the market are no decisions", () => {
  it("does not read a bank's key rate or a brand's prices and promotions as a rule changed", () => {
    const found = decisions(
      "Кредиты дорожают\nМинпромторг обсуждает новые требования к локализации.\nБанк России повысил ключевую ставку до 18%, а Chery продлил весеннюю акцию и снизил цены на два кроссовера.",
      "2025-04-10",
    );
    expect(found.some((f) => f.status === "adopted")).toBe(false);
  });
});

describe("policy: postponements and rules kept", () => {
  it("reads a start moved, put off, delayed by 'повременить' or told 'rather than' the first date as postponed", () => {
    const cases: [string, string][] = [
      ["Taxi\nThe start of the taxi localization rules has been moved to October 1, 2027.", "2027-10-01"],
      [
        "Taxi\nThe taxi localization rules will now take effect on October 1, 2027 rather than April 1.",
        "2027-10-01",
      ],
      ["Запрет\nУзбекистан отсрочил запрет на ввоз подержанных машин до 1 августа 2027 года.", "2027-08-01"],
      ["Ban\nUzbekistan has put off its ban on used-car imports until August 1, 2027.", "2027-08-01"],
      [
        "Утильсбор\nПравительство решило повременить с повышением утильсбора до 1 августа 2027 года.",
        "2027-08-01",
      ],
    ];
    for (const [text, date] of cases)
      expect(decisions(text, "2026-11-20")).toContainEqual(
        expect.objectContaining({ status: "postponed", effective: date }),
      );
  });

  it("reads a decision to keep a rule for a year, and a foreign country's kept relief dated by the next sentence", () => {
    expect(
      decisions(
        "Scale\nThe ministry decided to keep the current localization points scale in 2027 instead of raising it.",
        "2026-12-01",
      ),
    ).toContainEqual(
      expect.objectContaining({ action: "keeps", status: "adopted", effective: "2027-01-01" }),
    );
    expect(
      decisions(
        "Соседи\nВ Армении решили не трогать льготу для граждан: машину по-прежнему можно ввезти с пониженной пошлиной. Программу продлили ещё на год, с 1 января она действует до конца 2027-го.",
        "2026-12-20",
      ),
    ).toContainEqual(
      expect.objectContaining({
        jurisdiction: "AM",
        action: "keeps",
        status: "adopted",
        effective: "2027-01-01",
      }),
    );
  });
});

describe("policy: forecasts, extensions and a decision told on", () => {
  it("reads an analysts' forecast of the fee as no decision", () => {
    expect(
      decisions("Рынок\nАналитики ожидают, что утильсбор снова повысят в 2027 году.", "2026-11-20"),
    ).toEqual([]);
    expect(
      decisions("Market\nAnalysts expect the recycling fee to be raised again next year.", "2026-11-20"),
    ).toEqual([]);
  });

  it("reads an extension ('продлила') as a decision, and a bar 'from' a country as a ban", () => {
    expect(
      decisions(
        "Пошлина\nАрмения продлила нулевую пошлину на электромобили до конца 2027 года.",
        "2026-11-20",
      ),
    ).toContainEqual(expect.objectContaining({ jurisdiction: "AM", status: "adopted" }));
    expect(
      decisions(
        "Localization\nThe ministry published draft rules raising the procurement bar to 3,600 points.",
        "2026-11-20",
      ).some((f) => f.action === "restricts"),
    ).toBe(false);
  });
});

describe("policy: other countries' decisions", () => {
  it("gives a decision of Japan, Turkey or Tajikistan to that country, not to Russia", () => {
    expect(decisions("Japan\nJapan banned exports of luxury cars to Russia.", "2026-11-20")).toContainEqual(
      expect.objectContaining({ jurisdiction: "JP", action: "restricts" }),
    );
    expect(
      decisions("Турция\nТурция повысила пошлину на ввоз машин до 40% с 1 июня 2027 года.", "2026-11-20"),
    ).toContainEqual(expect.objectContaining({ jurisdiction: "TR", action: "duty" }));
    expect(
      decisions("Таджикистан\nТаджикистан с 1 апреля запрещает ввоз машин старше десяти лет.", "2026-11-20"),
    ).toContainEqual(
      expect.objectContaining({ jurisdiction: "TJ", action: "restricts", effective: "2027-04-01" }),
    );
  });
});

describe("policy: the taxi rule", () => {
  it("reads an approved regulation on taxis as a rule changed", () => {
    expect(
      decisions("Taxis\nThe president has approved a new regulation on cars used as taxis.", "2026-05-24"),
    ).toContainEqual(expect.objectContaining({ jurisdiction: "RU", action: "changes", status: "adopted" }));
  });
});

describe("policy: intentions are drafts", () => {
  it("reads 'хочет', 'готовит', 'wants to', 'is expected to approve' as a draft", () => {
    for (const text of [
      "Утильсбор\nМинистерство хочет повысить утильсбор с 1 января 2028 года.",
      "Fee\nThe industry ministry wants to raise the recycling fee from January 1, 2028.",
      "Казахстан\nКазахстан готовит запрет на ввоз праворульных машин.",
      "Fee\nThe government is expected to approve the new recycling fee rates next week.",
    ])
      expect(decisions(text, "2026-11-20").map((f) => f.status)).toEqual(["draft"]);
  });
});

describe("policy: a sentence with no subject of its own", () => {
  it("does not give fleets' renewals the article's rule decision, and reads an excise as a duty", () => {
    const found = decisions(
      "Такси\nПравительство утвердило требования к локализации такси. За прошлый год таксопарки обновили около 30 тыс. машин.",
      "2026-11-20",
    );
    expect(found).toHaveLength(1);
    expect(
      decisions(
        "Грузия\nГрузия с 1 марта повысит акцизы на ввоз автомобилей старше шести лет.",
        "2026-11-20",
      ),
    ).toContainEqual(expect.objectContaining({ jurisdiction: "GE", action: "duty" }));
  });
});

describe("policy: a postponed increase of customs payments", () => {
  it("reads 'postponed an increase in customs payments' as a duty postponed to the date told next", () => {
    expect(
      decisions(
        "Armenia\nArmenia has postponed an increase in customs payments on imported cars, which was due on June 1. Under a government resolution published on Tuesday, the higher rates will now apply from October 1 this year.",
        "2027-05-20",
      ),
    ).toContainEqual(
      expect.objectContaining({
        jurisdiction: "AM",
        action: "duty",
        status: "postponed",
        effective: "2027-10-01",
      }),
    );
  });
});
