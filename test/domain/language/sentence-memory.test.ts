import { describe, expect, it } from "vitest";
import { findPeriods } from "../../../domain/language/dates.ts";
import { findQuantities } from "../../../domain/language/numbers.ts";
import { forgetSentences, sentenceMemory } from "../../../domain/language/sentence-memory.ts";

describe("what the language layer keeps of an article's sentences", () => {
  it("reads a text once per article and again after the next article begins", () => {
    let reads = 0;
    const remember = sentenceMemory<number>();
    const read = () => ++reads;
    expect(remember("цена 2,1 млн", read)).toBe(1);
    expect(remember("цена 2,1 млн", read)).toBe(1);
    forgetSentences();
    expect(remember("цена 2,1 млн", read)).toBe(2);
  });

  it("stays bounded for callers that never say an article began", () => {
    let reads = 0;
    const remember = sentenceMemory<number>();
    for (let i = 0; i < 5_000; i++) remember(`вопрос ${i}`, () => ++reads);
    expect(remember("вопрос 0", () => ++reads)).toBe(5_001);
  });

  it("gives each caller its own copy, so one caller's change is not another's reading", () => {
    const s = "Средняя цена выросла на 4% до 2,44 млн рублей в мае 2025 года";
    const first = findQuantities(s);
    const firstValue = first[1]?.value;
    if (first[1]) first[1].value = 0;
    expect(findQuantities(s)[1]?.value).toBe(firstValue);
    const periods = findPeriods(s, "2025-06-10");
    periods.pop();
    expect(findPeriods(s, "2025-06-10")).toHaveLength(periods.length + 1);
  });
});
