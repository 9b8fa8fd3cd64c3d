// Thresholds' status and start as a document tells them, on sentences written for these tests (none
// taken from real articles): a headline's draft or signed decree reaches every rule of the body.
import { describe, expect, it } from "vitest";
import { ingestVocabulary, readArticle } from "../../../domain/ingest/extract.ts";

const vocab = ingestVocabulary([]);
const thresholds = (text: string, articleDate: string | null = null) =>
  readArticle(text, vocab, { articleDate })
    .facts.filter((f) => f.kind === "threshold")
    .map((f) => {
      const t = f as Extract<typeof f, { kind: "threshold" }>;
      return { purpose: t.purpose, points: t.points, from: t.from, status: t.status };
    });

describe("thresholds: the document's status reaches every rule", () => {
  it("gives a headline's draft to a body threshold whose sentence names no document", () => {
    expect(
      thresholds(
        "Министерство предложило новые требования к машинам для госзакупок\nИзменения касаются легковых автомобилей российской сборки.\nДля участия в закупках модели понадобится 3 900 баллов.",
        "2026-05-12",
      ),
    ).toContainEqual(expect.objectContaining({ purpose: "procurement", points: 3900, status: "draft" }));
  });

  it("gives a headline's signed decree to the body's thresholds", () => {
    expect(
      thresholds(
        "The cabinet signed a decree on taxi localization\nThe rules cover cars added to regional registers.\nA taxi must have at least 3,400 points.",
        "2026-05-12",
      ),
    ).toContainEqual(expect.objectContaining({ purpose: "taxi", points: 3400, status: "adopted" }));
  });

  it("reads a rule told as 'a decision, not a draft' as adopted", () => {
    expect(
      thresholds(
        "Интервью\nЧто ждёт льготные кредиты?\nС 1 января 2027 года порог для льготного автокредитования поднимут до 2 700 баллов, и это уже решение, а не проект.",
        "2026-05-12",
      ),
    ).toContainEqual(
      expect.objectContaining({
        purpose: "subsidised_loans",
        points: 2700,
        from: "2027-01-01",
        status: "adopted",
      }),
    );
  });
});

describe("thresholds: words for a bar and its need", () => {
  it("reads a bar told with 'требовалось' after a frame that names no purpose", () => {
    expect(
      thresholds(
        "Кредиты\nМинистерство обновило условия программы льготного автокредитования.\nВ 2024 году, когда для участия требовалось 1 800 баллов, в список входило больше моделей.",
        "2025-01-20",
      ),
    ).toContainEqual(
      expect.objectContaining({ purpose: "subsidised_loans", points: 1800, from: "2024-01-01" }),
    );
  });

  it("reads a 'норматив' as a bar", () => {
    expect(
      thresholds(
        "Кредиты\nВ программу льготного автокредитования попадут не все машины.\nКроссовер вошёл в неё при прежнем нормативе — 1 900 баллов.",
        "2025-01-20",
      ),
    ).toContainEqual(expect.objectContaining({ purpose: "subsidised_loans", points: 1900 }));
  });

  it("does not take a future approval ('после утверждения') for a signed document", () => {
    expect(
      thresholds(
        "Министерство выложило проект приказа о такси\nДокумент обсуждается.\nДля работы в такси машине понадобится не меньше 3 300 баллов. Список моделей составят после утверждения приказа.",
        "2025-09-10",
      ),
    ).toContainEqual(expect.objectContaining({ purpose: "taxi", points: 3300, status: "draft" }));
  });
});

describe("thresholds: schedules, pairs and bars told without the word for points", () => {
  it("dates a schedule told 'YYYY год — N баллов' and 'YYYY: N points'", () => {
    const ru = thresholds(
      "Пороги\nТребования для госзакупок будут расти: 2027 год — 3 600 баллов, 2028 год — 3 800 баллов.",
      "2026-11-20",
    );
    expect(ru).toContainEqual(
      expect.objectContaining({ purpose: "procurement", points: 3600, from: "2027-01-01" }),
    );
    expect(ru).toContainEqual(
      expect.objectContaining({ purpose: "procurement", points: 3800, from: "2028-01-01" }),
    );
    const en = thresholds(
      "Bars\nTaxi threshold by year: 2027: 3,400 points; 2028: 3,900 points.",
      "2026-11-20",
    );
    expect(en).toContainEqual(expect.objectContaining({ purpose: "taxi", points: 3900, from: "2028-01-01" }));
  });

  it("gives the time told before a change to the figure it reaches, not the one it starts from", () => {
    const found = thresholds(
      "Кредиты\nВ 2027 году порог для льготного автокредитования вырос с 2 500 до 2 800 баллов.",
      "2026-11-20",
    );
    expect(found).toContainEqual(expect.objectContaining({ points: 2800, from: "2027-01-01" }));
    expect(found).not.toContainEqual(expect.objectContaining({ points: 2500, from: "2027-01-01" }));
  });

  it("reads a bar named with its purpose and no word for points, and 'очков', 'score'", () => {
    expect(thresholds("Планка\nПланка для госзакупок в 2027 году — 3,6 тыс.", "2026-11-20")).toContainEqual(
      expect.objectContaining({ purpose: "procurement", points: 3600, from: "2027-01-01" }),
    );
    expect(
      thresholds("Такси\nМашинам для такси понадобится не меньше 3,4 тыс. очков локализации.", "2026-11-20"),
    ).toContainEqual(expect.objectContaining({ purpose: "taxi", points: 3400 }));
  });

  it("reads a difference or a count as no threshold", () => {
    const found = thresholds(
      "Кредиты\nДля льготного автокредита модели потребуется 2 800 баллов — это на 300 больше, чем сейчас. Only about 12 of the roughly 50 models clear the procurement bar.",
      "2026-11-20",
    );
    expect(found.map((f) => f.points)).toEqual([2800]);
  });

  it("reads the industrial subsidy, sales to the state, 'may only' and 'for loans'", () => {
    expect(
      thresholds(
        "Промсубсидия\nЧтобы получать промышленную субсидию, заводу нужно не менее 2 200 баллов.",
        "2026-11-20",
      ),
    ).toContainEqual(expect.objectContaining({ purpose: "recycling_fee_compensation", points: 2200 }));
    expect(
      thresholds(
        "Procurement\nCarmakers selling to the state will have to hit 3,600 points from 2027.",
        "2026-11-20",
      ),
    ).toContainEqual(expect.objectContaining({ purpose: "procurement", points: 3600, from: "2027-01-01" }));
    expect(
      thresholds(
        "Procurement\nState and municipal customers may only buy cars scoring 3,400 points or more.",
        "2026-11-20",
      ),
    ).toContainEqual(expect.objectContaining({ purpose: "procurement", points: 3400 }));
    expect(
      thresholds("Leasing\nThe leasing threshold is 2,400 points; for loans it is 2,600.", "2026-11-20"),
    ).toContainEqual(expect.objectContaining({ purpose: "subsidised_loans", points: 2600 }));
  });
});

describe("thresholds: who qualifies is not what for", () => {
  it("takes a contract that tells who qualifies for no purpose when another is named", () => {
    expect(
      thresholds(
        "СПИК\nЗаводы, подписавшие СПИК, для участия в госзакупках должны набирать не менее 3 400 баллов.",
        "2026-11-20",
      ),
    ).toContainEqual(expect.objectContaining({ purpose: "procurement", points: 3400 }));
    expect(
      thresholds(
        "SPIC\nPlants with a special investment contract need 3,400 points to take part in public procurement.",
        "2026-11-20",
      ),
    ).toContainEqual(expect.objectContaining({ purpose: "procurement", points: 3400 }));
  });

  it("reads a bar told as what makes a car count as Russian, or 'если наберут'", () => {
    expect(
      thresholds("Закупки\nАвтомобиль признаётся российским для госзакупок при 3 400 баллах.", "2026-11-20"),
    ).toContainEqual(expect.objectContaining({ purpose: "procurement", points: 3400 }));
    expect(
      thresholds("Такси\nМашины смогут работать в такси, если наберут 3 400 баллов.", "2026-11-20"),
    ).toContainEqual(expect.objectContaining({ purpose: "taxi", points: 3400 }));
  });

  it("keeps 'now' told after a future bar for the next figure", () => {
    const found = thresholds(
      "Закупки\nМинимум баллов для участия в госзакупках с 2028 года составит 3 800, сейчас — 3 400.",
      "2026-11-20",
    );
    expect(found).toContainEqual(expect.objectContaining({ points: 3800, from: "2028-01-01" }));
    expect(found).not.toContainEqual(expect.objectContaining({ points: 3800, status: "in_force" }));
  });
});

describe("thresholds: the rule that stands today", () => {
  it("reads 'действующий', 'нынешний', 'at present' as the rule in force", () => {
    expect(
      thresholds(
        "Закупки\nПравительство утвердило поправки. Действующий порог для госзакупок — 3 400 баллов.",
        "2026-11-20",
      ),
    ).toContainEqual(expect.objectContaining({ purpose: "procurement", points: 3400, status: "in_force" }));
    expect(
      thresholds("Taxi\nThe cabinet signed the decree. At present a taxi needs 3,400 points.", "2026-11-20"),
    ).toContainEqual(expect.objectContaining({ purpose: "taxi", points: 3400, status: "in_force" }));
  });
});

describe("thresholds: a start told with a dash after it", () => {
  it("dates 'к 1 января 2029-го — не менее 3 900' by that day", () => {
    expect(
      thresholds(
        "Такси\nДля такси нужен тот же уровень баллов, что и для госзакупок (сейчас — не менее 3 400, а к 1 января 2029-го — не менее 3 900).",
        "2026-11-20",
      ),
    ).toContainEqual(expect.objectContaining({ points: 3900, from: "2029-01-01" }));
  });
});

describe("thresholds: taxis told as carrying passengers, a law that started to work", () => {
  it("reads 'возить пассажиров' as the taxi purpose, not an alternative told before", () => {
    expect(
      thresholds(
        "Такси\nС 1 марта заработал закон о локализации такси. Машина может быть выпущена по СПИК. Ещё один вариант, чтобы модель смогла возить пассажиров, — уровень локализации в 3 400 баллов.",
        "2027-03-04",
      ),
    ).toContainEqual(expect.objectContaining({ purpose: "taxi", points: 3400, status: "adopted" }));
  });
});

describe("points per item: other words for the items", () => {
  const items = (text: string) =>
    readArticle(text, vocab, { articleDate: "2026-11-20" })
      .facts.filter((f) => f.kind === "localization_item")
      .map((f) => (f.kind === "localization_item" ? [f.item, f.points] : []));

  it("reads Russian steel, paint-and-varnish materials, an ЭБУ, 'окрашивание', 'body paint'", () => {
    expect(items("Баллы\nЗа применение российской стали в кузове начисляют 210 баллов.")).toEqual([
      ["russian_metal", 210],
    ]);
    expect(items("Баллы\nОтечественные лакокрасочные материалы приносят 110 баллов.")).toEqual([
      ["russian_paints", 110],
    ]);
    expect(items("Баллы\nЭБУ двигателя российского производства даёт 120 баллов.")).toEqual([
      ["engine_ecu", 120],
    ]);
    expect(items("Баллы\nОкрашивание кузова оценивается в 510 баллов.")).toEqual([["body_painting", 510]]);
    expect(items("Points\nBody welding scores 410 points; body paint, 510.")).toEqual([
      ["body_welding", 410],
      ["body_painting", 510],
    ]);
  });

  it("gives items told 'respectively' their figures in order", () => {
    expect(items("Баллы\nСварка и окраска кузова дают 410 и 510 баллов соответственно.")).toEqual([
      ["body_welding", 410],
      ["body_painting", 510],
    ]);
    expect(items("Points\nWelding and painting the body earn 410 and 510 points respectively.")).toEqual([
      ["body_welding", 410],
      ["body_painting", 510],
    ]);
  });

  it("does not take the verb 'стали' for steel", () => {
    expect(items("Баллы\nБаллы стали валютой автопрома: за сварку дают 400 баллов.")).toEqual([
      ["body_welding", 400],
    ]);
  });
});

describe("thresholds: tables and lists", () => {
  it("reads a table of bars by purpose and year", () => {
    const found = thresholds(
      "Пороги\nМинистерство утвердило новые пороги локализации.\nДокумент опубликован сегодня.\nПороги баллов по направлениям:\nНаправление | 2027 | 2028\nГосзакупки | 3600 | 3800\nЛьготное автокредитование | 2700 | 2900",
      "2026-11-20",
    );
    expect(found).toContainEqual({
      purpose: "procurement",
      points: 3800,
      from: "2028-01-01",
      status: "adopted",
    });
    expect(found).toContainEqual({
      purpose: "subsidised_loans",
      points: 2700,
      from: "2027-01-01",
      status: "adopted",
    });
  });

  it("gives a list's lead year to every listed bar", () => {
    const found = thresholds(
      "Bars\nLocalization thresholds for 2027: procurement, 3,600 points; subsidised loans, 2,700; leasing, 2,500.",
      "2026-11-20",
    );
    expect(found.map((f) => f.from)).toEqual(["2027-01-01", "2027-01-01", "2027-01-01"]);
  });
});

describe("thresholds: the contract as another way in", () => {
  it("keeps the taxi purpose past a sentence that names a SPIC as an alternative route", () => {
    const found = thresholds(
      "Taxi\nOnly localized cars may join taxi registers. A car is either built under a special investment contract or collects enough localization points. The minimum stands at 3,400 points for 2027.",
      "2026-11-20",
    );
    expect(found).toContainEqual(
      expect.objectContaining({ purpose: "taxi", points: 3400, from: "2027-01-01" }),
    );
  });

  it("gives a draft's status to a bar told 'according to the document'", () => {
    const found = thresholds(
      "Кредиты\nМинистерство опубликовало проект изменений в правила о такси. Документ датирован 2 ноября.\nДля льготного автокредитования, согласно документу, потребуется 2 800 баллов.",
      "2026-11-20",
    );
    expect(found).toContainEqual(
      expect.objectContaining({ purpose: "subsidised_loans", points: 2800, status: "draft" }),
    );
  });
});

describe("a document's state told in other words", () => {
  const statuses = (text: string) =>
    readArticle(text, ingestVocabulary([]), { articleDate: "2025-10-01" })
      .facts.filter((f) => f.kind === "threshold")
      .map((f) => (f as { status: string | null }).status);

  it("reads a document being prepared or under discussion as a draft", () => {
    for (const text of [
      "Ministry wants tougher rules\nThe ministry is preparing amendments to decree 719. From 2027 state procurement will require 3,700 points.",
      "Rules\nThe document, drafted by the ministry, is under public discussion. From 2027 state procurement will require 3,700 points.",
      "Правила\nДокумент разработан Минпромторгом и проходит согласование. С 2027 года для госзакупок потребуется 3 700 баллов.",
      "Правила\nПо замыслу Минпромторга, с 2027 года для госзакупок потребуется 3 700 баллов.",
    ])
      expect(statuses(text), text).toEqual(["draft"]);
  });

  it("reads a document endorsed, finalised or approved as adopted", () => {
    for (const text of [
      "Rules tightened\nThe cabinet has endorsed amendments to decree 719. From 2027, state procurement will require 3,700 points.",
      "Rules\nThe government has finalised the new thresholds. State procurement will require 3,700 points from 2027.",
      "Правила\nПравительство одобрило поправки. С 2027 года для госзакупок потребуется 3 700 баллов.",
    ])
      expect(statuses(text), text).toEqual(["adopted"]);
  });
});
