import { describe, expect, it } from "vitest";
import { comparePeriods, parsePeriod, periodEnd, previousPeriod, yearEarlier } from "../../domain/period.ts";

describe("parsePeriod", () => {
  it.each([
    ["2023", { start: "2023-01-01", granularity: "year" }],
    ["2023-12", { start: "2023-12-01", granularity: "month" }],
    ["12.2023", { start: "2023-12-01", granularity: "month" }],
    ["December 2023", { start: "2023-12-01", granularity: "month" }],
    ["dec 2023", { start: "2023-12-01", granularity: "month" }],
    ["декабрь 2023", { start: "2023-12-01", granularity: "month" }],
    ["в декабре 2023 года", { start: "2023-12-01", granularity: "month" }],
    ["за май 2022", { start: "2022-05-01", granularity: "month" }],
    ["H1 2024", { start: "2024-01-01", granularity: "half_year" }],
    ["первое полугодие 2024", { start: "2024-01-01", granularity: "half_year" }],
    ["2024 h2", { start: "2024-07-01", granularity: "half_year" }],
  ])("reads %s", (text, expected) => {
    expect(parsePeriod(text)).toEqual(expected);
  });

  it.each(["", "tomorrow", "2023-13", "13.2023", "99999", "1800", "декабрь", "h3 2024"])(
    "rejects %j",
    (text) => {
      expect(parsePeriod(text)).toBeNull();
    },
  );
});

describe("period arithmetic", () => {
  it("finds ends, previous periods and a year earlier", () => {
    expect(periodEnd({ start: "2024-02-01", granularity: "month" })).toBe("2024-02-29");
    expect(periodEnd({ start: "2024-01-01", granularity: "half_year" })).toBe("2024-06-30");
    expect(previousPeriod({ start: "2024-01-01", granularity: "month" })).toEqual({
      start: "2023-12-01",
      granularity: "month",
    });
    expect(previousPeriod({ start: "2024-07-01", granularity: "half_year" })).toEqual({
      start: "2024-01-01",
      granularity: "half_year",
    });
    expect(previousPeriod({ start: "2023-07-01", granularity: "mid_year" })).toBeNull();
    expect(yearEarlier({ start: "2023-12-01", granularity: "month" })).toEqual({
      start: "2022-12-01",
      granularity: "month",
    });
  });

  it("orders a month before the year it closes", () => {
    const dec = { start: "2023-12-01", granularity: "month" as const };
    const year = { start: "2023-01-01", granularity: "year" as const };
    expect(comparePeriods(dec, year)).toBeLessThan(0);
  });
});
