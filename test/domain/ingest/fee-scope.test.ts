// How far a recycling-fee passage reaches (sentences written for this test): whose rate it is (a
// private importer's passage ends at a sentence on companies or on everyone else), which engine band
// a power band belongs to, and the forms a band or an age is told in.
import { describe, expect, it } from "vitest";
import { ingestVocabulary, readArticle } from "../../../domain/ingest/extract.ts";
import { categoryOf } from "../../../domain/ingest/fees.ts";

const rates = (text: string) =>
  readArticle(text, ingestVocabulary([])).facts.flatMap((f) =>
    f.kind === "recycling_fee"
      ? [{ category: f.category, old: f.old, new: f.new, unit: f.unit, from: f.from }]
      : [],
  );
const cats = (text: string) => rates(text).map((r) => `${r.category} ${r.new}`);

describe("whose rate a fee passage tells", () => {
  it("ends a passage on private importers at a sentence on companies, though it has no figure", () => {
    const found = cats(
      "date: 2025-12-04\nЧто теперь платят за ввоз машины\nС 1 декабря утильсбор считают по-новому. Частники, которые везут машину для себя, сохранили льготу — 3 400 рублей, если мотор не мощнее 160 л.с.\nДилеры и импортёры теперь платят по новой шкале.\nДля новой машины с мотором от 1 до 2 литров мощностью 160–190 л.с. ставка составляет 750 000 рублей.",
    );
    expect(found).toContain("new-1-2l-160-190hp 750000");
    expect(found.some((c) => c.startsWith("personal-new-1-2l"))).toBe(false);
  });

  it("ends it at “everyone else” and “the general rates”, which are no rates that stay", () => {
    const found = rates(
      "date: 2026-01-14\nФиксированный сбор для частников сохранили\nС 1 января ставки утильсбора снова подняли. Частные лица, ввозящие машину до 160 л.с. для себя, по-прежнему платят 3 400 рублей.\nВ остальных случаях действуют общие ставки: для новой машины 1–2 литра мощностью 190–220 л.с. — 952 800 рублей.",
    );
    expect(found).toContainEqual(
      expect.objectContaining({ category: "new-1-2l-190-220hp", old: null, new: 952_800 }),
    );
  });

  it("takes a rise from 3 400 roubles as the private importer's, whoever the sentence names", () => {
    const found = cats(
      "date: 2025-10-02\nМинпромторг уточнил новый утильсбор\nПо проекту с 1 декабря за новую машину с мотором 1–2 литра и мощностью 160–190 л.с. сбор вырастет с 3 400 до 750 000 рублей.",
    );
    expect(found).toContain("personal-new-1-2l-160-190hp 750000");
  });
});

describe("the engine band of a passage", () => {
  it("gives a power band told later the engine band the passage is about", () => {
    const found = rates(
      "date: 2026-01-13\nУтильсбор после праздников\nС 1 января ставки утилизационного сбора выросли. Посмотрим на машины с мотором от 1 до 2 литров.\nНовая машина мощностью 160–190 л.с. обходится в 900 000 рублей вместо 750 000 рублей.\nКоэффициент для новых машин в этом диапазоне поднялся с 37,5 до 45.",
    );
    expect(found).toContainEqual(
      expect.objectContaining({ category: "new-1-2l-160-190hp", old: 750_000, new: 900_000 }),
    );
    expect(found).toContainEqual(
      expect.objectContaining({ category: "new-1-2l-160-190hp", old: 37.5, new: 45, unit: "coefficient" }),
    );
  });

  it("keeps the private importer's rate up to 160 hp one for every engine", () => {
    const found = cats(
      "date: 2026-01-13\nУтильсбор в январе\nС 1 января выросли ставки для машин с мотором 1–2 литра: новая машина мощностью 160–190 л.с. — 900 000 рублей.\nЧастные лица, ввозящие машину до 160 л.с. для себя, по-прежнему платят 3 400 рублей.",
    );
    expect(found).toContain("personal-le160hp 3400");
  });

  it("reads a list item that opens on its age as the same band's older car", () => {
    const found = rates(
      "date: 2026-01-16\nThe recycling fee went up again\nFrom January 1 the recycling fee for a new car with a 1-2 litre engine of 160-190 hp is 900,000 rubles, up from 750,000 rubles.\nAn older one pays 1,492,800 rubles against 1,244,000 rubles before.",
    );
    expect(found).toContainEqual(
      expect.objectContaining({ category: "old-1-2l-160-190hp", old: 1_244_000, new: 1_492_800 }),
    );
  });

  it("reads each amount's age across a dash: “машина старше трёх лет — в 1 244 000”", () => {
    const found = cats(
      "date: 2025-12-03\nНовые ставки утильсбора\nС 1 декабря новый автомобиль с мотором 1–2 литра мощностью 160–190 л.с. облагается утильсбором в 750 000 рублей, машина старше трёх лет — в 1 244 000 рублей.",
    );
    expect(found).toEqual(
      expect.arrayContaining(["new-1-2l-160-190hp 750000", "old-1-2l-160-190hp 1244000"]),
    );
  });

  it("takes no average price told beside the fee for a rate", () => {
    const found = cats(
      "date: 2025-11-14\nBuyers rush before the fee rise\nBuyers paid 3.5 million rubles on average for a new car in October, before the recycling fee goes up.",
    );
    expect(found).toEqual([]);
  });
});

describe("the forms of a band and an age", () => {
  it.each([
    ["для машин объёмом 1001–2000 куб. см", { engine: "1-2l" }],
    ["with an engine capacity of 1,000 to 2,000 cc", { engine: "1-2l" }],
    ["с объёмом двигателя свыше 1 и до 2 литров", { engine: "1-2l" }],
    ["engines from 1 l to 2 l", { engine: "1-2l" }],
    ["a 1,598 cc engine", { engine: "1-2l" }],
    ["мощностью свыше 160 до 190 л.с.", { power: "160-190hp" }],
    ["over 160 hp but no more than 190 hp", { power: "160-190hp" }],
    ["between 160 and 190 horse power", { power: "160-190hp" }],
    ["мощностью от 160 до 190 «лошадей»", { power: "160-190hp" }],
    ["cars no older than 3 years", { age: "new" }],
    ["an older one", { age: "old" }],
  ])("%s", (text, want) => {
    expect(categoryOf(text)).toEqual(want);
  });
});
