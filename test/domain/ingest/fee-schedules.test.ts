// Recycling-fee rates by date and by the many ways a category is named (every sentence written for
// this test): a schedule of one category told step by step, the day a decision was taken that is no
// start, "today" with a verb of coming into force, bands in cubic centimetres, kilowatts and "or
// less", used cars, "this category" going on, and amounts told in words or after "RUB".
import { describe, expect, it } from "vitest";
import { ingestVocabulary, readArticle } from "../../../domain/ingest/extract.ts";
import { categoryOf, decidedOn } from "../../../domain/ingest/fees.ts";
import { findQuantities } from "../../../domain/language/numbers.ts";

const rates = (text: string) =>
  readArticle(text, ingestVocabulary([])).facts.flatMap((f) =>
    f.kind === "recycling_fee" ? [{ category: f.category, old: f.old, new: f.new, from: f.from }] : [],
  );

describe("fee schedules", () => {
  it("gives each step of a schedule the date told beside it", () => {
    expect(
      rates(
        "date: 2025-12-15\nУтильсбор на два года вперёд\nЗа новый автомобиль с двигателем 1–2 литра утильсбор с 1 января 2026 года будет равен 900 000 рублей, а с 1 января 2027 года — 1 080 000 рублей.",
      ),
    ).toEqual([
      { category: "new-1-2l", old: null, new: 900000, from: "2026-01-01" },
      { category: "new-1-2l", old: 900000, new: 1080000, from: "2027-01-01" },
    ]);
    expect(
      rates(
        "date: 2025-12-15\nRecycling fee plan\nFor a new car with a 1-2 litre engine the recycling fee is set at 900,000 roubles in 2026 and 1,080,000 roubles in 2027.",
      ),
    ).toEqual([
      { category: "new-1-2l", old: null, new: 900000, from: "2026-01-01" },
      { category: "new-1-2l", old: 900000, new: 1080000, from: "2027-01-01" },
    ]);
  });

  it("does not take a level told after 'to' for the old value of the next step", () => {
    const found = rates(
      "date: 2025-12-15\nRecycling fee plan\nThe recycling fee for a new car with a 1-2 litre engine will go up to 900,000 roubles from January 1, 2026, and to 1,080,000 roubles from January 1, 2027.",
    );
    expect(found.map((r) => [r.new, r.from])).toEqual([
      [900000, "2026-01-01"],
      [1080000, "2027-01-01"],
    ]);
  });
});

describe("fee start dates", () => {
  it("does not take the day a decree was approved or signed for its start", () => {
    const found = rates(
      "date: 2025-11-03\nNew recycling fee rules\nThe cabinet approved on October 31 a decree on the recycling fee, and the rules take effect on December 1. A new car with a 1-2 litre engine of 160-190 hp will cost 800,000 roubles in fees.",
    );
    expect(found[0]?.from).toBe("2025-12-01");
    expect(decidedOn("Кабмин утвердил 31 октября постановление", 16, 26)).toBe(true);
    expect(decidedOn("Министр 31 октября подписал постановление", 8, 18)).toBe(true);
    expect(decidedOn("Сбор вырастет с 1 декабря", 16, 25)).toBe(false);
  });

  it("reads 'took effect today' as the article's day, not a month of an announcement", () => {
    const found = rates(
      "date: 2025-02-03\nУтильсбор вырос\nПовышение утильсбора, о котором объявили в ноябре, вступило в силу сегодня. Для новых машин с мотором 1–2 литра сбор вырос с 700 000 до 820 000 рублей.",
    );
    expect(found[0]?.from).toBe("2025-02-03");
  });
});

describe("fee categories in other words", () => {
  it("reads engine bands in cubic centimetres and 'between … and …' litres", () => {
    expect(categoryOf("с мотором объёмом от 1000 до 2000 куб. см").engine).toBe("1-2l");
    expect(categoryOf("engines between 1 and 2 litres").engine).toBe("1-2l");
  });

  it("reads power bands in kilowatts and bounds told as 'or less' or 'not more powerful'", () => {
    expect(categoryOf("электромотор мощностью 117,7–139,7 кВт").power).toBe("160-190hp");
    expect(categoryOf("cars of 160 horsepower or less").power).toBe("le160hp");
    expect(categoryOf("машины мощностью 160 л. с. и менее").power).toBe("le160hp");
    expect(categoryOf("a car not more powerful than 160 hp").power).toBe("le160hp");
  });

  it("reads an engine up to three litres in its short and cubic-centimetre forms", () => {
    expect(categoryOf("для машин с мотором до 3 л").engine).toBe("le3l");
    expect(categoryOf("engines of no more than 3 litres").engine).toBe("le3l");
    expect(categoryOf("объёмом до 3000 куб. см").engine).toBe("le3l");
    expect(categoryOf("машины до 3 лет").engine).toBeUndefined();
  });

  it("reads used cars as older than three years", () => {
    expect(categoryOf("for used cars").age).toBe("old");
    expect(categoryOf("для машин с пробегом").age).toBe("old");
    expect(categoryOf("для подержанных иномарок").age).toBe("old");
  });

  it("keeps a band a going-on sentence names for the next one", () => {
    const found = rates(
      "date: 2025-12-05\nRecycling fee for private importers\nCars above 160 hp now pay the commercial recycling fee. For private importers of cars up to 160 hp, though, the preferential rate stays, and this category is most of the imports. Such cars still pay 3,400 roubles when new and 5,200 roubles when older than three years.",
    );
    expect(found.map((r) => r.category)).toEqual(["personal-new-le160hp", "personal-old-le160hp"]);
  });

  it("goes on from 'эту категорию' with the category told before", () => {
    const found = rates(
      "date: 2025-09-01\nУтильсбор до 2030 года\nВ этом году утильсбор на новые машины с мотором от 1 до 2 литров составляет 667 400 рублей. К 2030 году утильсбор на эту категорию машин дойдёт до 1,2 млн рублей.",
    );
    expect(found.map((r) => [r.category, r.new])).toEqual([
      ["new-1-2l", 667400],
      ["new-1-2l", 1200000],
    ]);
  });
});

describe("amounts in other forms", () => {
  it("reads hundreds, teens and tens in words and a rouble told before the figure", () => {
    expect(findQuantities("восемьсот семьдесят тысяч рублей")[0]?.value).toBe(870000);
    expect(findQuantities("nine hundred sixty thousand roubles")[0]?.value).toBe(960000);
    expect(findQuantities("одиннадцать тысяч рублей")[0]?.value).toBe(11000);
    const rub = findQuantities("a fee of RUB 820,000")[0];
    expect([rub?.value, rub?.currency]).toEqual([820000, "rub"]);
    expect(findQuantities("RUB 1.3 mn")[0]?.value).toBe(1300000);
  });
});

describe("fee passages", () => {
  it("gives the rates after a later start told in the passage that start", () => {
    const found = rates(
      "date: 2025-11-20\nУтильсбор: два повышения подряд\nС 1 декабря утильсбор будут считать с учётом мощности. Новая машина с мотором 1–2 литра мощностью 160–190 л. с. обойдётся в 760 тыс. рублей сбора. С 1 января 2026 года коэффициенты поднимут ещё раз. Тогда за такую же машину сбор составит 910 тыс. рублей.",
    );
    expect(found.map((r) => [r.new, r.from])).toEqual([
      [760000, "2025-12-01"],
      [910000, "2026-01-01"],
    ]);
  });

  it("does not move the passage's start back to a date told as history", () => {
    const found = rates(
      "date: 2025-12-20\nУтильсбор с января\nС 1 января 2026 года утильсбор снова проиндексируют. Напомним, с 1 октября 2024 года утильсбор уже повышали. Для новой машины с мотором 1–2 литра сбор составит 860 тыс. рублей.",
    );
    expect(found.map((r) => r.from)).toEqual(["2026-01-01"]);
  });

  it("carries a question's category to the answer's band, past a short 'Нет.'", () => {
    const found = rates(
      "date: 2025-11-20\nУтильсбор: вопросы и ответы\nИзменится ли базовая ставка утильсбора? Нет. Как и раньше, она равна 20 000 рублей. Сколько отдаст за новую машину с мотором 1–2 литра частник? Для мощности от 160 до 190 л. с. сбор составит 760 тыс. рублей вместо 3 400 рублей.",
    );
    expect(found.map((r) => [r.category, r.old, r.new])).toEqual([
      ["base-rate", 20000, 20000],
      ["personal-new-1-2l-160-190hp", 3400, 760000],
    ]);
  });

  it("reads 'вместо X … Y' as a change from X, and a future 'останется' as a rate that stays", () => {
    const found = rates(
      "date: 2025-11-20\nУтильсбор для мощных машин\nС 1 декабря за новую машину мощнее 160 л. с. вместо 3 400 рублей частник заплатит 760 тыс. рублей. Базовая ставка останется прежней — 20 тыс. рублей.",
    );
    expect(found.map((r) => [r.category, r.old, r.new])).toEqual([
      ["personal-new-gt160hp", 3400, 760000],
      ["base-rate", 20000, 20000],
    ]);
  });

  it("reads a category with an amount in a fee article past an aside, but not the fee's revenue", () => {
    const found = rates(
      "date: 2025-12-20\nУтильсбор с января вырастет\nС 1 января утильсбор для новых машин с мотором 1–2 литра составит 860 тыс. рублей. Индексация будет ежегодной до 2030 года. Для частных лиц, ввозящих машину до 160 л. с. для себя, ничего не меняется: 3,4 тыс. рублей за новую. В прошлом году утильсбор принёс бюджету больше 1 трлн рублей.",
    );
    expect(found.map((r) => [r.category, r.new])).toEqual([
      ["new-1-2l", 860000],
      ["personal-new-le160hp", 3400],
    ]);
  });
});

describe("fee tables and single cars", () => {
  it("reads a table: the header's columns, each row's band and the category told before it", () => {
    const found = rates(
      "date: 2025-11-25\nУтильсбор для частников: таблица\nС 1 декабря частные лица, ввозящие машину для себя, платят утильсбор по новым ставкам.\nВ таблице — суммы для машин с мотором 1–2 литра.\nМощность | Новые | Старше трёх лет\n160–190 л. с. | 760 000 ₽ | 1 250 000 ₽\n190–220 л. с. | 800 000 ₽ | 1 330 000 ₽",
    );
    expect(found.map((r) => [r.category, r.new])).toEqual([
      ["personal-new-1-2l-160-190hp", 760000],
      ["personal-old-1-2l-160-190hp", 1250000],
      ["personal-new-1-2l-190-220hp", 800000],
      ["personal-old-1-2l-190-220hp", 1330000],
    ]);
  });

  it("keeps the engine for 'с тем же мотором'", () => {
    const found = rates(
      "date: 2025-11-25\nУтильсбор с декабря\nДля новой машины с мотором 1–2 литра мощностью 160–190 л. с. утильсбор составит 760 тыс. рублей. Для машины старше трёх лет с тем же мотором сбор составит 1,25 млн рублей.",
    );
    expect(found.map((r) => r.category)).toEqual(["new-1-2l-160-190hp", "old-1-2l-160-190hp"]);
  });

  it("puts one car's engine and power into the bands of the rules", () => {
    expect(categoryOf("новая машина с мотором 1,6 л на 150 сил")).toMatchObject({
      engine: "1-2l",
      power: "le160hp",
    });
    expect(categoryOf("a 2.0-litre crossover of 205 hp")).toMatchObject({
      engine: "1-2l",
      power: "190-220hp",
    });
    expect(categoryOf("мотор объёмом 1 998 куб. см").engine).toBe("1-2l");
  });

  it("does not read 'new rules' or 'new rates' as a new car", () => {
    expect(categoryOf("по новым правилам машина мощностью 160–190 л. с.").age).toBeUndefined();
    expect(categoryOf("under the new rates a car older than three years").age).toBe("old");
    expect(categoryOf("машины, которым меньше трёх лет").age).toBe("new");
  });

  it("ends a passage on private importers at a sentence on companies", () => {
    const found = rates(
      "date: 2025-11-25\nУтильсбор с декабря\nДля частных лиц льготная ставка за новую машину до 160 л. с. остаётся 3 400 рублей. Импортёры же за новую машину с мотором 1–2 литра мощностью 160–190 л. с. заплатят 760 тыс. рублей.",
    );
    expect(found.map((r) => r.category)).toEqual(["personal-new-le160hp", "new-1-2l-160-190hp"]);
  });
});

describe("multipliers below one", () => {
  it("reads the private importer's multipliers per age, told as standing now", () => {
    const found = readArticle(
      "date: 2025-11-10\nУтильсбор для частников\nДля физлиц, ввозящих машину для себя, пока ещё действуют коэффициенты утильсбора 0,17 для машин до трёх лет и 0,26 для более старых.",
      ingestVocabulary([]),
    ).facts.flatMap((f) => (f.kind === "recycling_fee" ? [[f.category, f.new, f.unit, f.from]] : []));
    expect(found).toEqual([
      ["personal-new", 0.17, "coefficient", null],
      ["personal-old", 0.26, "coefficient", null],
    ]);
  });
});

describe("the fee's other names in translated reprints", () => {
  it("reads a 'scrap fee', 'recycling collection' or 'disposal fee' as the recycling fee", () => {
    for (const name of ["scrap fee", "recycling collection", "disposal fee", "utilization levy"]) {
      const found = rates(
        `date: 2025-11-25\nThe ${name} grows from December 1\nFrom December 1 the ${name} for a new car with a 1-2 litre engine of 160-190 hp will be 760,000 roubles.`,
      );
      expect(found.map((r) => [r.category, r.new, r.from])).toEqual([
        ["new-1-2l-160-190hp", 760000, "2025-12-01"],
      ]);
    }
  });
});

describe("private importers' rates told with 'cost' and ages after the amounts", () => {
  it("reads 'will still cost 3,400 rubles if it is new and 5,200 if older' by the age after each amount", () => {
    const found = rates(
      "date: 2025-12-26\nRecycling fee grows from January 1\nFrom January 1 the recycling fee for companies importing a new car with a 1-2 litre engine will be 900,000 rubles.\nFor individuals nothing changes: a car up to 160 hp will still cost 3,400 rubles if it is new and 5,200 rubles if it is older than three years.",
    );
    expect(found.map((r) => [r.category, r.new])).toEqual([
      ["new-1-2l", 900000],
      ["personal-new-le160hp", 3400],
      ["personal-old-le160hp", 5200],
    ]);
  });
});

describe("labels told after the amounts", () => {
  it("gives 'соответственно' / 'respectively' and '(новые / старше трёх лет)' labels in order", () => {
    const slash = rates(
      "date: 2025-11-25\nУтильсбор с 1 декабря\nС 1 декабря утильсбор для машин 1–2 л мощностью 190–220 л. с. — 800 000 / 1 330 000 рублей (новые / старше трёх лет).",
    );
    expect(slash.map((r) => [r.category, r.new])).toEqual([
      ["new-1-2l-190-220hp", 800000],
      ["old-1-2l-190-220hp", 1330000],
    ]);
    const resp = rates(
      "date: 2025-11-25\nRecycling fee from December 1\nFrom December 1 the recycling fee for a 1-2 litre car of 190-220 hp will be 800,000 and 1,330,000 rubles for new and used cars respectively.",
    );
    expect(resp.map((r) => r.category)).toEqual(["new-1-2l-190-220hp", "old-1-2l-190-220hp"]);
  });
});

describe("the next step of a schedule", () => {
  it("dates a step told as 'ожидается 1 января' and ends a passage on private importers there", () => {
    const found = rates(
      "date: 2024-10-01\nУтильсбор вырос\nС 1 октября утильсбор для новых машин с мотором 1–2 литра вырос до 556 200 рублей. Исключение — частные лица, ввозящие машину для себя. Следующая индексация ожидается 1 января 2025 года: тарифы для новых машин с мотором 1–2 литра дойдут до 667 400 рублей.",
    );
    expect(found.map((r) => [r.category, r.new, r.from])).toEqual([
      ["new-1-2l", 556200, "2024-10-01"],
      ["new-1-2l", 667400, "2025-01-01"],
    ]);
  });
});

describe("bulleted lists under headings", () => {
  it("reads each bullet with the heading's age and the lead-in's engine, and '(было X)' as the old value", () => {
    const found = rates(
      "date: 2026-01-12\nУтильсбор после 1 января\nС 1 января ставки утильсбора снова выросли.\nВозьмём самую частую категорию — машины с мотором от 1 до 2 литров.\nНовые (до трёх лет):\n• 160–190 л.с. — 910 000 ₽ вместо 760 000 ₽;\n• 190–220 л.с. — 960 000 ₽ вместо 800 000 ₽.\nСтарше трёх лет:\n• 160–190 л.с. — 1 500 000 ₽ (было 1 250 000 ₽).",
    );
    expect(found.map((r) => [r.category, r.old, r.new])).toEqual([
      ["new-1-2l-160-190hp", 760000, 910000],
      ["new-1-2l-190-220hp", 800000, 960000],
      ["old-1-2l-160-190hp", 1250000, 1500000],
    ]);
  });
});

describe("payers, fixed preferential rates and a start told again", () => {
  it("does not narrow a company's category with a sentence on private importers", () => {
    const found = rates(
      "date: 2026-10-14\nУтильсбор отложили\nС 1 июля 2027 года ставка для новых машин с мотором 1–2 л мощностью 160–190 л.с. вырастет с нынешних 910 000 до 1 090 000 рублей.\nЛьготный сбор для граждан, ввозящих машину мощностью до 160 л.с. для себя, останется 3 400 рублей.",
    );
    expect(found.map((r) => [r.category, r.old, r.new])).toEqual([
      ["new-1-2l-160-190hp", 910000, 1090000],
      ["personal-le160hp", 3400, 3400],
    ]);
  });

  it("comes back to the article's start after a later step told in passing", () => {
    const found = rates(
      "date: 2024-09-24\nRecycling fee rises from October 1\nFrom October 1 a new car with a 1-2 litre engine pays 670,000 rubles. From January 1, 2025 the same car will pay 860,000 rubles. Cars older than three years with the same engine pay 1,180,000 rubles from October 1. The base rate stays at 20,000 rubles.",
    );
    expect(found.map((r) => [r.new, r.from])).toEqual([
      [670000, "2024-10-01"],
      [860000, "2025-01-01"],
      [1180000, "2024-10-01"],
      [20000, "2024-10-01"],
    ]);
  });

  it("reads an engine that does not exceed three litres", () => {
    expect(categoryOf("as long as the engine does not exceed 3 liters").engine).toBe("le3l");
  });
});

describe("a rate told 'since' a day", () => {
  it("dates 'has been … rubles since January 1' and reads a 'payment' as the fee", () => {
    const found = rates(
      "date: 2026-01-20\nNeighbour raises its recycling fee\nThe payment for a new car with a 1-2 litre engine there rises to 600,000 tenge. In Russia the fee for the same car has been 1,120,000 rubles since January 1 this year.",
    );
    expect(found.map((r) => [r.category, r.new, r.from])).toEqual([["new-1-2l", 1120000, "2026-01-01"]]);
  });
});

describe("a power band of the same age", () => {
  it("keeps the engine told before when a sentence names the same age and another power band", () => {
    const found = rates(
      "date: 2025-11-20\nУтильсбор с декабря\nДля новой машины с мотором 1–2 литра мощностью 160–190 л. с. сбор составит 760 тыс. рублей. Для новой машины мощностью 190–220 л. с. сбор составит 800 тыс. рублей.",
    );
    expect(found.map((r) => r.category)).toEqual(["new-1-2l-160-190hp", "new-1-2l-190-220hp"]);
  });
});
