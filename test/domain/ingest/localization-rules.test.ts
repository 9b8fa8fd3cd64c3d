// Localization rules of the article reader on sentences written for these tests (none taken from
// real articles): thresholds per purpose and start, status, a model's own score, points per item.
import { describe, expect, it } from "vitest";
import { ingestVocabulary, readArticle } from "../../../domain/ingest/extract.ts";

const vocab = ingestVocabulary([]);
const kinds = new Set(["threshold", "model_score", "localization_item", "max_score"]);
const read = (text: string, articleDate: string | null = null) =>
  readArticle(text, vocab, { articleDate })
    .facts.filter((f) => kinds.has(f.kind))
    .map((f) => {
      const {
        sentence: _s,
        span: _p,
        confidence: _c,
        ...rest
      } = f as typeof f & {
        sentence?: string;
        span?: string;
        confidence?: number;
      };
      return rest;
    });

describe("thresholds: purpose", () => {
  it("reads a hyphenated car-loan programme and cars bought on credit as subsidised loans", () => {
    expect(
      read(
        "Loans\nA car will need at least 1,750 localization points to join the subsidised car-loan scheme.",
        "2024-05-02",
      ),
    ).toContainEqual(
      expect.objectContaining({ kind: "threshold", purpose: "subsidised_loans", points: 1750 }),
    );
    expect(
      read(
        "Credit\nModels sold on credit under the state scheme must have 1.5 thousand points.",
        "2024-05-02",
      ),
    ).toContainEqual(
      expect.objectContaining({ kind: "threshold", purpose: "subsidised_loans", points: 1500 }),
    );
  });

  it("does not take the alternative way to qualify for the purpose", () => {
    const facts = read(
      "Такси\nЗакон о локализации такси заработает 1 апреля 2027 г.\nМашина должна быть выпущена по специнвестконтракту, заключённому с 1 мая 2021 г. по 1 мая 2024 г., либо иметь не менее 2900 баллов локализации.",
      "2027-02-10",
    );
    expect(facts).toContainEqual(
      expect.objectContaining({ kind: "threshold", purpose: "taxi", points: 2900 }),
    );
    expect(facts.some((f) => f.kind === "threshold" && f.purpose === "spic")).toBe(false);
  });

  it("dates the threshold of the purpose whose law takes effect from that day", () => {
    expect(
      read(
        "Taxi rules\nThe taxi localization law comes into force on April 1, 2027. Cars must either be built under a special investment contract, or score at least 2,900 points.",
        "2027-02-10",
      ),
    ).toContainEqual(
      expect.objectContaining({ kind: "threshold", purpose: "taxi", points: 2900, from: "2027-04-01" }),
    );
  });

  it("reads a minimal level set for a year", () => {
    const facts = read(
      "Такси\nМинимальный уровень локализации машин такси на 2027 год установлен в 2 900 баллов, а к 2029 году он поднимется до 3 300 баллов.",
      "2027-01-15",
    );
    expect(facts).toContainEqual(
      expect.objectContaining({ kind: "threshold", purpose: "taxi", points: 2900, from: "2027-01-01" }),
    );
    expect(facts).toContainEqual(
      expect.objectContaining({ kind: "threshold", purpose: "taxi", points: 3300, from: "2029-01-01" }),
    );
  });
});

describe("thresholds: numbers that are no points", () => {
  it("skips an ordinal decree number and the day of a dateline", () => {
    const facts = read(
      "Loans\nMOSCOW, May 14 - Cars bought with soft loans must collect 1.7 thousand points under the 719th decree from January 1, 2025, a draft says.",
      "2024-05-14",
    );
    expect(facts.map((f) => (f as { points: number }).points)).toEqual([1700]);
    expect(facts[0]).toMatchObject({ purpose: "subsidised_loans", from: "2025-01-01", status: "draft" });
  });
});

describe("thresholds: status", () => {
  it("reads 'теперь' after a decision as the adopted rule, not the one standing", () => {
    const facts = read(
      "Минпромторг\nПравительство утвердило поправки. Участникам СПИК теперь нужно набрать 5 800 баллов локализации.",
      "2025-06-10",
    );
    expect(facts).toContainEqual(
      expect.objectContaining({
        kind: "threshold",
        purpose: "spic",
        points: 5800,
        status: "adopted",
        from: null,
      }),
    );
  });
});
