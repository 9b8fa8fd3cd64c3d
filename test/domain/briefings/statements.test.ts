// The statement reader on sentences of our own, in both languages.
import { describe, expect, it } from "vitest";
import { catalogueOf, type Entity } from "../../../domain/briefings/entities.ts";
import { readStatements } from "../../../domain/briefings/statements.ts";

const entity = (
  id: number,
  key: string,
  kind: string,
  nameEn: string,
  nameRu: string,
  aliases: string[],
): Entity => ({
  id,
  key,
  kind,
  nameEn,
  nameRu,
  roleEn: null,
  roleRu: null,
  aliases,
});
const catalogue = catalogueOf([
  entity(1, "manturov", "person", "Denis Manturov", "Денис Мантуров", ["мантуров", "manturov"]),
  entity(2, "avtostat", "organisation", "Avtostat", "«Автостат»", ["автостат", "avtostat"]),
  entity(3, "china", "country", "China", "Китай", ["китай", "китайские"]),
]);

describe("who said what in an article", () => {
  it("reads a Russian speaker before the cue and links a known one", () => {
    const [s] = readStatements(
      "Министр Денис Мантуров заявил, что заводы вернут прежний выпуск через два года. Погода была тёплой.",
      catalogue,
    );
    expect(s?.entity?.key).toBe("manturov");
    expect(s?.cue).toBe("заявил");
    expect(s?.quote).toContain("вернут прежний выпуск");
  });

  it("reads «по словам» with the speaker after it, in the genitive", () => {
    const [s] = readStatements(
      "По словам Мантурова, китайские партнёры готовы делиться технологиями сборки.",
      catalogue,
    );
    expect(s?.entity?.key).toBe("manturov");
  });

  it("reads a speaker the catalogue does not know by the capitalised name", () => {
    const said = readStatements(
      "Эксперт Иван Петров считает, что спрос на кроссоверы вырастет к лету. — Цены стабилизируются, — отметил Олег Сидоров.",
      catalogue,
    );
    expect(said.map((s) => s.speaker)).toEqual(["Иван Петров", "Олег Сидоров"]);
    expect(said.every((s) => s.entity === null)).toBe(true);
  });

  it("reads English cues before and after the speaker", () => {
    const said = readStatements(
      "Jane Doe said the plant would reopen in spring. The dealers expect calmer prices, according to Avtostat. Sales will recover, believes Mark Lee.",
      catalogue,
    );
    expect(said.map((s) => s.speaker)).toEqual(["Jane Doe", "Avtostat", "Mark Lee"]);
    expect(said[1]?.entity?.key).toBe("avtostat");
  });

  it("finds nothing in sentences without a cue or without a speaker", () => {
    expect(
      readStatements("Prices rose by two percent in May. Цены выросли на два процента в мае.", catalogue),
    ).toEqual([]);
    expect(readStatements("it was said that prices would rise sometime later this year.", catalogue)).toEqual(
      [],
    );
  });
});
