// The period a typed question asks about, read against the day it is asked: the forms people
// type ("к началу года", "two years ago", "в конце прошлого года"), the date layer's own forms,
// and the ones no series is kept by, which must be flagged rather than read as "the latest".
import { describe, expect, it } from "vitest";
import { questionPeriod } from "../../domain/questions/periods.ts";
import { tokenize } from "../../domain/questions/words.ts";

const today = new Date("2026-03-15T08:00:00Z");
const read = (q: string) => questionPeriod(q, tokenize(q), today);
const month = (start: string) => ({ period: { start, granularity: "month" } });
const year = (start: string) => ({ period: { start, granularity: "year" } });

describe("the period a question asks about", () => {
  it.each([
    ["цена нового авто на начало года", "2026-01-01"],
    ["how much was a used car at the beginning of last year", "2025-01-01"],
    ["средняя цена в начале 2023 года", "2023-01-01"],
    ["price of a new car in early 2024", "2024-01-01"],
    ["сколько стоила машина к концу позапрошлого года", "2024-12-01"],
    ["used car price by the end of 2022", "2022-12-01"],
    ["late 2021 new car price", "2021-12-01"],
  ])("reads the start or end of a year: %s", (q, start) => {
    expect(read(q)).toEqual(month(start));
  });

  it.each([
    ["сколько стоил новый автомобиль год назад", "2025-03-01"],
    ["цена подержанных машин три года назад", "2023-03-01"],
    ["цены полгода назад", "2025-09-01"],
    ["used cars 4 months ago", "2025-11-01"],
    ["new car price a year ago", "2025-03-01"],
    ["what did cars cost two months ago", "2026-01-01"],
  ])("counts back from today: %s", (q, start) => {
    expect(read(q)).toEqual(month(start));
  });

  it.each([
    ["цены в позапрошлом году", "2024-01-01"],
    ["new car price the year before last", "2024-01-01"],
    ["средняя цена за 2022 год", "2022-01-01"],
  ])("reads a year: %s", (q, start) => {
    expect(read(q)).toEqual(year(start));
  });

  it.each([
    ["цена в феврале", "2026-02-01"],
    ["цена в ноябре", "2025-11-01"],
    ["used car price in May", "2025-05-01"],
    ["новые машины в июле прошлого года", "2025-07-01"],
    ["price in October 2024", "2024-10-01"],
  ])("takes a month with no year as the latest such month: %s", (q, start) => {
    expect(read(q)).toEqual(month(start));
  });

  it("reads half-years and the middle of a year with the article reader's date layer", () => {
    expect(read("цены во втором полугодии 2024")).toEqual({
      period: { start: "2024-07-01", granularity: "half_year" },
    });
    expect(read("new car price in mid-2021")).toEqual({
      period: { start: "2021-07-01", granularity: "mid_year" },
    });
  });

  it.each([
    ["насколько подорожали новые машины с начала года", "2026-01-01"],
    ["как изменилась цена подержанных авто с начала этого года", "2026-01-01"],
    ["цена нового авто с начала 2024 года", "2024-01-01"],
    ["how much have used car prices risen since the start of the year", "2026-01-01"],
    ["new car price since the beginning of 2025", "2025-01-01"],
    ["used car price year to date", "2026-01-01"],
    ["new car price YTD", "2026-01-01"],
    ["на сколько выросла цена с февраля", "2026-02-01"],
    ["цены с октября", "2025-10-01"],
    ["подержанные машины с мая прошлого года", "2025-05-01"],
    ["used car prices since March", "2026-03-01"],
    ["new car price since July 2024", "2024-07-01"],
  ])("reads a change asked since a period as the latest figure with that basis: %s", (q, start) => {
    expect(read(q)).toEqual({ period: null, since: { start, granularity: "month" } });
  });

  it("keeps a start date of a rule, and words that only begin like a month, out of the since basis", () => {
    expect(read("что изменится с 1 марта")).not.toHaveProperty("since");
    expect(read("used car price since the market opened")).not.toHaveProperty("since");
    expect(read("цены с маркировкой")).not.toHaveProperty("since");
  });

  it("flags a quarter or a season, keeping the year it falls in", () => {
    expect(read("цена во 2 квартале 2025 года")).toEqual({ ...year("2025-01-01"), unread: "quarter" });
    expect(read("new car price Q1 2024")).toEqual({ ...year("2024-01-01"), unread: "quarter" });
    expect(read("цены прошлым летом")).toEqual({ period: undefined, unread: "season" });
    expect(read("prices in the autumn")).toEqual({ period: undefined, unread: "season" });
  });

  it("flags period words it cannot read, and names no period when none is asked", () => {
    expect(read("цена на прошлой неделе")).toEqual({ period: undefined, unread: "other" });
    expect(read("new car price since the beginning")).toEqual({ period: undefined, unread: "other" });
    expect(read("сколько стоит новая машина")).toEqual({ period: undefined });
    expect(read("used car price")).toEqual({ period: undefined });
  });
});
