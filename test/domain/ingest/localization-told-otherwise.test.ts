// How news pages tell localization figures in words the rules did not know, on sentences written for
// these tests (none taken from real articles): the contract that says who qualifies next to what
// the bar is for, purposes told by their programmes or their buyers, a status told by a verb of
// intent or of a decision made, and the year of a model's score told as the year of the ministry's
// check, not the year the model was launched.
import { describe, expect, it } from "vitest";
import { localizationFacts } from "./plain-facts.ts";

const read = localizationFacts;
const purposes = (text: string, date = "2026-04-15") =>
  read(text, date)
    .filter((f) => f.kind === "threshold")
    .map((f) => (f as { purpose: string }).purpose);

describe("thresholds: the contract tells who qualifies, the other purpose what for", () => {
  it("gives the bar to the recycling-fee refund when the holders of a contract are its subject", () => {
    for (const text of [
      "Субсидии\nЗаводам со специнвестконтрактом, чтобы получить утильсбор обратно целиком, надо набрать 4 100 баллов.",
      "Субсидии\nУчастники СПИК смогут вернуть утильсбор полностью, только если их машины наберут 4 100 баллов.",
      "Subsidies\nMakers holding a SPIC need 4,100 points to get the whole recycling fee reimbursed.",
      "Subsidies\nUnder their special investment contracts, carmakers get the recycling fee back in full only if a model scores 4,100 points.",
      "Subsidies\nFor plants under special investment contracts, the industrial subsidy that offsets the recycling fee requires 4,100 points.",
    ])
      expect(purposes(text), text).toEqual(["recycling_fee_compensation"]);
  });

  it("keeps the contract's own target when the sentence names no other purpose", () => {
    expect(purposes("Цель\nЗаводы со СПИК к концу срока контракта должны выйти на 5 400 баллов.")).toEqual([
      "spic",
    ]);
    expect(
      purposes("Target\nCarmakers under special investment contracts have to reach 5,400 points by 2030."),
    ).toEqual(["spic"]);
  });

  it("reads the refund of the fee told as its return", () => {
    expect(purposes("Возврат\nПорог для возврата утильсбора в 2026 году — 4 100 баллов.")).toEqual([
      "recycling_fee_compensation",
    ]);
  });

  it("reads a bare subsidy or compensation as the refund in an article about the industrial subsidy", () => {
    const facts = read(
      "Промсубсидии\nПромышленные субсидии возмещают автозаводам уплаченный утильсбор. Чтобы получить субсидию целиком, в 2026 году модели нужно 4 500 баллов.",
      "2026-04-15",
    );
    expect(facts).toContainEqual(
      expect.objectContaining({
        kind: "threshold",
        purpose: "recycling_fee_compensation",
        points: 4500,
        from: "2026-01-01",
      }),
    );
    const en = read(
      "Subsidies\nThe industrial subsidy pays the recycling fee back to local plants. To receive the full compensation, a car will need 4,500 points in 2026.",
      "2026-04-15",
    );
    expect(en).toContainEqual(
      expect.objectContaining({ purpose: "recycling_fee_compensation", points: 4500, from: "2026-01-01" }),
    );
  });

  it("does not make a bare subsidy a purpose where the article names no refund of the fee", () => {
    expect(purposes("Субсидии\nЧтобы получить субсидию, модели нужно 4 500 баллов.")).toEqual([]);
  });
});

describe("thresholds: purposes told by their programmes and their buyers", () => {
  it("reads the Family Car and First Car programmes as subsidised loans", () => {
    expect(
      purposes(
        "Программы\nЧтобы попасть в программы «Семейный автомобиль» и «Первый автомобиль», модели нужно набрать не менее 2 600 баллов.",
      ),
    ).toEqual(["subsidised_loans"]);
    expect(
      purposes(
        "Programmes\nTo be sold under the First Car and Family Car schemes, a model needs 2,600 points.",
      ),
    ).toEqual(["subsidised_loans"]);
  });

  it("reads a car leased with a state discount as leasing", () => {
    expect(
      purposes(
        "Leasing\nFrom 2027, only cars with 2,400 points or more can be leased with a state discount.",
      ),
    ).toEqual(["leasing"]);
  });

  it("reads cars bought for officials, with budget money or for state fleets as procurement", () => {
    for (const text of [
      "Чиновники\nЧиновникам разрешат покупать только машины, набравшие не менее 3 400 баллов.",
      "Бюджет\nАвтомобиль, который покупают за счёт бюджета, должен набрать 3 400 баллов.",
      "Budget\nFor a car to be bought with budget money it must score 3,400 points.",
      "Fleets\nCars for government fleets must score 3,400 points in 2027.",
      "Officials\nOfficial cars for civil servants will need at least 3,400 points.",
    ])
      expect(purposes(text), text).toEqual(["procurement"]);
  });

  it("reads 'the same minimum' for another purpose as the bar told before", () => {
    const facts = read(
      "Leasing\nFrom 2027 the bar for subsidised car loans is 2,400 points. The same minimum will apply to subsidised leasing.",
      "2026-04-15",
    );
    expect(facts).toContainEqual(expect.objectContaining({ purpose: "leasing", points: 2400 }));
  });
});

describe("thresholds: a status told by a verb", () => {
  it("reads a ministry that considers, discusses or intends a bar as a draft", () => {
    for (const text of [
      "Кредиты\nМинпромторг рассматривает возможность поднять порог для льготного автокредитования до 2 800 баллов с 2027 года.",
      "Loans\nThe ministry is considering raising the bar for subsidised car loans to 2,800 points from 2027.",
      "Leasing\nВедомство намерено поднять планку для льготного лизинга до 2 800 баллов с 2027 года.",
      "Loans\nOfficials are discussing a 2,800-point bar for subsidised car loans from 2027.",
    ])
      expect(read(text, "2026-04-15"), text).toContainEqual(
        expect.objectContaining({ kind: "threshold", points: 2800, status: "draft" }),
      );
  });

  it("reads a bar the government has set or fixed as adopted", () => {
    for (const text of [
      "Procurement\nThe government has set the procurement threshold at 3,600 points from 2027.",
      "Госзакупки\nПравительство установило для госзакупок порог в 3 600 баллов с 2027 года.",
      "Госзакупки\nКабмин закрепил новый порог для госзакупок: с 2027 года — 3 600 баллов.",
    ])
      expect(read(text, "2026-04-15"), text).toContainEqual(
        expect.objectContaining({ kind: "threshold", points: 3600, status: "adopted" }),
      );
  });
});

describe("model scores: the year of the check, not of the model's other news", () => {
  it("does not date a score by the year a model went into production or joined a programme", () => {
    for (const text of [
      "Tenet\nКроссовер Tenet T7, который собирают в Калуге с 2024 года, набирает 3 950 баллов.",
      "Tenet\nThe Tenet T7, built in Kaluga since 2024, scores 3,950 points.",
      "Tenet\nThe Tenet T7, which joined the loan programme in 2024, now has 3,950 points.",
      "Tenet\nTenet T7, запущенный в серию в 2024 году, по оценке Минпромторга набирает 3 950 баллов.",
    ])
      expect(read(text, "2026-03-20"), text).toContainEqual(
        expect.objectContaining({ kind: "model_score", model: "tenet-t7", points: 3950, date: "2026-03-20" }),
      );
  });

  it("keeps the year told for the score itself", () => {
    expect(
      read("Tenet\nПо итогам проверки Минпромторга в 2025 году Tenet T7 получил 3 950 баллов.", "2026-03-20"),
    ).toContainEqual(expect.objectContaining({ model: "tenet-t7", points: 3950, date: "2025" }));
  });

  it("gives the year of an assessment told in the sentence before to the scores after it", () => {
    const ru = read(
      "Оценка\nМинпромторг подвёл итоги оценки локализации за 2025 год. Лидером стала Lada Granta с 5 250 баллами. Haval Jolion получил 4 150 баллов.",
      "2026-03-20",
    );
    expect(ru).toContainEqual(expect.objectContaining({ model: "lada-granta", points: 5250, date: "2025" }));
    expect(ru).toContainEqual(expect.objectContaining({ model: "haval-jolion", points: 4150, date: "2025" }));
    const en = read(
      "Scores\nThe ministry has published its localization assessment of models made in 2025. The Lada Granta led with 5,250 points, and the Haval Jolion got 4,150 points.",
      "2026-03-20",
    );
    expect(en).toContainEqual(expect.objectContaining({ model: "lada-granta", points: 5250, date: "2025" }));
    expect(en).toContainEqual(expect.objectContaining({ model: "haval-jolion", points: 4150, date: "2025" }));
  });

  it("dates a score told as current by the article, after an assessment of an earlier year", () => {
    const facts = read(
      "Оценка\nМинпромторг подвёл итоги оценки локализации за 2024 год. Сейчас Haval Jolion набирает 4 150 баллов.",
      "2026-03-20",
    );
    expect(facts).toContainEqual(expect.objectContaining({ model: "haval-jolion", date: "2026-03-20" }));
  });
});

describe("points per operation: an item told with a possessive", () => {
  it("reads 'the engine's assembly'", () => {
    expect(
      read("Points\nFor the engine's assembly a plant is credited with 300 points.", "2026-03-20"),
    ).toContainEqual(
      expect.objectContaining({ kind: "localization_item", item: "engine_assembly", points: 300 }),
    );
  });
});

describe("thresholds: a need told with 'надо'", () => {
  it("reads 'надо набрать' as a requirement", () => {
    expect(
      purposes("Такси\nЧтобы машину пустили работать в такси, ей надо набрать 3 300 баллов в 2027 году."),
    ).toEqual(["taxi"]);
  });
});

describe("thresholds: the start and the figure compared with", () => {
  it("keeps the year of an English date whose comma follows the day", () => {
    const facts = read(
      "Procurement\nState procurement will require 3,600 points from March 1, 2028, compared with 3,400 this year.",
      "2027-05-01",
    );
    expect(facts).toContainEqual(
      expect.objectContaining({ purpose: "procurement", points: 3600, from: "2028-03-01" }),
    );
  });

  it("reads a figure brought in by a comparison with today as the rule in force", () => {
    const facts = read(
      "Draft\nThe ministry has drafted new rules. Cars bought with budget money will need 3,600 points from 2028, compared with 3,400 this year.",
      "2027-05-01",
    );
    expect(facts).toContainEqual(
      expect.objectContaining({ purpose: "procurement", points: 3600, from: "2028-01-01", status: "draft" }),
    );
    expect(facts).toContainEqual(
      expect.objectContaining({
        purpose: "procurement",
        points: 3400,
        from: "2027-01-01",
        status: "in_force",
      }),
    );
  });
});

describe("thresholds: a programme's list and its year told before the bar", () => {
  it("reads 'to make the list' as the programme the article named before", () => {
    const facts = read(
      "Кредиты\nМинпромторг обновил перечень машин, доступных по льготному автокредиту. Чтобы попасть в перечень, машина теперь должна набирать не менее 2 700 баллов.",
      "2027-01-20",
    );
    expect(facts).toContainEqual(expect.objectContaining({ purpose: "subsidised_loans", points: 2700 }));
  });

  it("gives the bar the year a sentence before gave its programme", () => {
    const facts = read(
      "Loans\nThe ministry has published the list of cars eligible for subsidised car loans in 2027. A petrol car qualifies only with at least 2,700 points.",
      "2027-01-20",
    );
    expect(facts).toContainEqual(
      expect.objectContaining({ purpose: "subsidised_loans", points: 2700, from: "2027-01-01" }),
    );
  });

  it("does not give that year to the rule told as the one before", () => {
    const facts = read(
      "Loans\nThe ministry has published the list of cars eligible for subsidised car loans in 2027. To make the list a car must now score 2,700 points, while 2,300 was enough before.",
      "2027-01-20",
    );
    expect(facts).not.toContainEqual(expect.objectContaining({ points: 2300, from: "2027-01-01" }));
  });

  it("dates a rule that stood until a year to the year before, and 'last year' to the article's year before", () => {
    const ru = read(
      "Кредиты\nЕсли до 2027 года машинам для льготного автокредита нужно было иметь 2 300 баллов, то теперь порог поднят до 2 700.",
      "2027-01-20",
    );
    expect(ru).toContainEqual(
      expect.objectContaining({ purpose: "subsidised_loans", points: 2300, from: "2026-01-01" }),
    );
    const en = read(
      "Loans\nThe entry bar for subsidised car loans is 2,700 points, up from 2,300 last year.",
      "2027-01-20",
    );
    expect(en).toContainEqual(
      expect.objectContaining({ purpose: "subsidised_loans", points: 2300, from: "2026-01-01" }),
    );
  });
});

describe("points per operation: items told by participles, abbreviations and other nouns", () => {
  const items = (text: string) =>
    read(text, "2026-03-20")
      .filter((f) => f.kind === "localization_item")
      .map((f) => [(f as { item: string }).item, (f as { points: number }).points]);

  it("reads a body told as welded or painted here", () => {
    expect(
      items(
        "Шкала\nЕсли кузов сварен на местном заводе, начисляют 400 баллов; если он там же окрашен — ещё 500.",
      ),
    ).toEqual([
      ["body_welding", 400],
      ["body_painting", 500],
    ]);
  });

  it("reads the engine told as a motor and its block as the engine block", () => {
    expect(items("Шкала\nЛокальная сборка мотора оценивается в 300 баллов.")).toEqual([
      ["engine_assembly", 300],
    ]);
    expect(items("Scale\nA locally cast engine block is worth 150 points.")).toEqual([
      ["cylinder_block", 150],
    ]);
  });

  it("reads paints told as ЛКМ or paintwork materials and metal told as rolled stock", () => {
    expect(items("Шкала\nЗа российские ЛКМ дают 100 баллов.")).toEqual([["russian_paints", 100]]);
    expect(items("Scale\nPaintwork materials made in Russia add 100 points.")).toEqual([
      ["russian_paints", 100],
    ]);
    expect(items("Шкала\nЕщё 200 баллов дают, если кузов сделан из отечественного проката.")).toEqual([
      ["russian_metal", 200],
    ]);
  });

  it("reads the powertrain and stamping told with 'stamped'", () => {
    expect(
      items(
        "Scale\nIf the engine and gearbox are made in Russia and at least 70% of the body is stamped locally, the plant earns 2,300 points.",
      ),
    ).toEqual([["powertrain_stamping", 2300]]);
  });
});

describe("thresholds: loans and leasing told apart", () => {
  it("reads leasing set against loans as leasing, not as the pair", () => {
    for (const text of [
      "Лизинг\nДля льготного лизинга планка ниже, чем для автокредитов: 1 900 баллов.",
      "Leasing\nUnlike subsidised car loans, preferential leasing asks for only 1,900 points.",
      "Лизинг\nЛьготный лизинг, в отличие от льготного автокредитования, будет доступен машинам с 1 900 баллами.",
      "Лизинг\nВ программах поддержки спроса пороги разные: для льготного лизинга — 1 900 баллов.",
    ])
      expect(purposes(text), text).toEqual(["leasing"]);
  });

  it("keeps loans and leasing told as one pair as demand support", () => {
    expect(
      purposes("Спрос\nДля программ льготного автокредитования и лизинга в 2027 году нужно 2 600 баллов."),
    ).toEqual(["demand_support"]);
    expect(
      purposes("Demand\nSubsidised car loans and leasing will be open to models with 2,600 points in 2027."),
    ).toEqual(["demand_support"]);
  });
});

describe("thresholds: more words for loans, leasing and procurement, and a bar told by exclusion", () => {
  it("reads concessional loans, loans with state support and the subsidised-loan scheme", () => {
    for (const text of [
      "Loans\nConcessional car loans will require at least 2,600 points.",
      "Кредиты\nКредиты с господдержкой будут выдавать только на машины, набравшие не менее 2 600 баллов.",
      "Loans\nThe subsidised-loan scheme will need 2,600 points from models.",
    ])
      expect(purposes(text), text).toEqual(["subsidised_loans"]);
  });

  it("reads lessors offering state terms as leasing and state contracts as procurement", () => {
    expect(
      purposes("Leasing\nLessors will only be able to offer state discounts on vehicles with 2,300 points."),
    ).toEqual(["leasing"]);
    expect(
      purposes(
        "Contracts\nOnly models with at least 3,400 points will be allowed to compete for state contracts.",
      ),
    ).toEqual(["procurement"]);
  });

  it("reads a bar told as the level below which models are dropped", () => {
    expect(
      purposes(
        "Loans\nModels scoring below 2,600 points will be dropped from the subsidised car loan programme.",
      ),
    ).toEqual(["subsidised_loans"]);
    expect(
      purposes(
        "Кредиты\nИз программы льготного автокредитования исключат модели, набирающие менее 2 600 баллов.",
      ),
    ).toEqual(["subsidised_loans"]);
  });

  it("gives a year told in parentheses to the figure inside them only", () => {
    const facts = read(
      "Кредиты\nЛьготные автокредиты: порог — 2 600 баллов (в 2026 году — 2 300).",
      "2027-02-01",
    );
    expect(facts).toContainEqual(expect.objectContaining({ points: 2300, from: "2026-01-01" }));
    expect(facts).not.toContainEqual(expect.objectContaining({ points: 2600, from: "2026-01-01" }));
  });
});

describe("thresholds: what a contract's holder commits to", () => {
  it("gives the bar to the contract when its holders commit to it, whatever refund the sentence names", () => {
    for (const text of [
      "СПИК\nУчастники СПИК, которым возмещают утильсбор, к 2029 году обязуются выйти на 4 700 баллов.",
      "SPIC\nSPIC holders, whose recycling fee is refunded, commit to reaching 4,700 points by 2029.",
      "СПИК\nПо условиям СПИК завод, получающий промсубсидии, к концу срока контракта должен набрать 4 700 баллов.",
    ])
      expect(purposes(text), text).toEqual(["spic"]);
  });
});
