// A customs duty moved in the forms reports use for it (sentences written for these tests): a
// duty that "went up" or "rose", one told as "higher" or "new" from a day, and a start told as
// "next month".
import { describe, expect, it } from "vitest";
import { findDates } from "../../../domain/language/dates.ts";
import { decisions } from "./decisions.ts";

describe("a duty moved", () => {
  it.each([
    [
      "Duties\nImport duties on passenger cars from China went up by five points this week.",
      "2025-09-05",
      "RU",
    ],
    ["Пошлины\nВвозные пошлины на легковые машины в Армении поднялись вдвое.", "2025-09-05", "AM"],
    [
      "Excise\nGeorgia's excise on old hybrids rose sharply on Monday, the finance ministry said.",
      "2025-03-05",
      "GE",
    ],
  ])("reads a duty's own verb in the past: %s", (text, date, country) => {
    expect(decisions(text, date)).toContainEqual(
      expect.objectContaining({ action: "duty", jurisdiction: country, status: "adopted" }),
    );
  });

  it("reads a higher or new duty with the day it starts", () => {
    expect(
      decisions(
        "Georgia\nFrom March 1, Georgia charges higher excise on hybrid cars older than six years.",
        "2025-02-20",
      ),
    ).toContainEqual(
      expect.objectContaining({ action: "duty", jurisdiction: "GE", effective: "2025-03-01" }),
    );
    expect(
      decisions(
        "Пошлины\nС 1 июля в Казахстане действуют новые пошлины на машины старше пяти лет.",
        "2025-06-20",
      ),
    ).toContainEqual(
      expect.objectContaining({ action: "duty", jurisdiction: "KZ", effective: "2025-07-01" }),
    );
  });

  it("takes no duty from a higher price that mentions one without a start", () => {
    expect(
      decisions(
        "Prices\nDealers expect higher prices because of the new duty on Chinese cars.",
        "2025-06-20",
      ).filter((d) => d.action === "duty"),
    ).toEqual([]);
  });

  it("dates 'next month' as the first day of the month after the article's", () => {
    expect(
      findDates("The tariff will be lowered starting next month.", "2025-12-14").map((d) => d.date),
    ).toEqual(["2026-01-01"]);
    expect(findDates("Ставка изменится со следующего месяца.", "2025-04-30").map((d) => d.date)).toEqual([
      "2025-05-01",
    ]);
    expect(findDates("Ставка изменится со следующего месяца.", null).map((d) => d.undated)).toEqual([true]);
  });

  it("dates a change told to happen on a day, with no 'from'", () => {
    expect(
      decisions("Duty\nThe duty on imported trucks will rise on July 1, the ministry said.", "2025-05-10"),
    ).toContainEqual(expect.objectContaining({ action: "duty", effective: "2025-07-01" }));
    expect(
      decisions("Пошлины\nВвозные пошлины на мотоциклы вырастут 1 марта 2027 года.", "2026-11-10"),
    ).toContainEqual(expect.objectContaining({ action: "duty", effective: "2027-03-01" }));
  });

  it("takes 'предполагается, что' for a plan, not a decision", () => {
    expect(
      decisions(
        "Утильсбор\nПредполагается, что новые ставки утильсбора вступят в силу с 1 января 2026 года.",
        "2025-09-10",
      ),
    ).toEqual([expect.objectContaining({ kind: "fee", status: "draft", effective: "2026-01-01" })]);
  });

  it("gives 'того же года' / 'of the same year' the year of the date told before it", () => {
    expect(
      findDates(
        "Пошлины вырастут с 1 марта 2027 года, а на легковые машины — с 1 июля того же года.",
        "2025-11-10",
      ).map((d) => d.date),
    ).toEqual(["2027-03-01", "2027-07-01"]);
    expect(
      findDates(
        "The first step comes on March 1, 2027 and the second on July 1 of the same year.",
        "2025-11-10",
      ).map((d) => d.date),
    ).toEqual(["2027-03-01", "2027-07-01"]);
  });
});
