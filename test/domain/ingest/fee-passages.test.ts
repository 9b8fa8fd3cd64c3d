// Recycling-fee rates read as a passage (sentences written for this test): a passage that speaks of
// private importers keeps their rates theirs, and a rate told as today's
// has no start of its own.
import { describe, expect, it } from "vitest";
import { ingestVocabulary, readArticle } from "../../../domain/ingest/extract.ts";

const rates = (text: string) =>
  readArticle(text, ingestVocabulary([])).facts.flatMap((f) =>
    f.kind === "recycling_fee" ? [{ category: f.category, old: f.old, new: f.new, from: f.from }] : [],
  );

describe("recycling-fee passages", () => {
  it("keeps the private importer's rates through the passage", () => {
    const found = rates(
      "date: 2025-03-03\nКак изменится утильсбор для машин из-за рубежа\nС 1 апреля текущего года утильсбор считают по новой формуле.\nДля физических лиц льгота остаётся только для машин не мощнее 160 л. с.\nЕсли же новый автомобиль с мотором 1–2 литра выдаёт от 160 до 190 сил, сбор вырастет с 3,4 тыс. до 700 тыс. рублей.",
    );
    expect(found).toContainEqual({
      category: "personal-new-1-2l-160-190hp",
      old: 3400,
      new: 700_000,
      from: "2025-04-01",
    });
  });

  it("gives a rate told as today's no start date", () => {
    const found = rates(
      "date: 2025-05-12\nДепутаты обсуждают утильсбор\nСейчас частники платят за новую машину льготный утильсбор — 3,4 тыс. рублей.\nМинпромторг предложил с 1 июля этого года поднять для них сбор за мощные машины до 900 тыс. рублей.",
    );
    expect(found).toContainEqual(expect.objectContaining({ new: 3400, from: null }));
    expect(found).toContainEqual(expect.objectContaining({ new: 900_000, from: "2025-07-01" }));
  });
});
