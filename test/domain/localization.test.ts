import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  getLocalization,
  loadPurposes,
  type PurposeInfo,
  parseLocalizationQuery,
  parseShare,
} from "../../domain/localization.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";

let database: TestDatabase;
let purposes: PurposeInfo[];
beforeAll(async () => {
  database = await createTestDatabase();
  purposes = await loadPurposes(database.db);
});
afterAll(() => database.destroy());

const today = new Date("2026-11-21T00:00:00Z");
const ask = (args: string) => getLocalization(database.db, parseLocalizationQuery(args, today, purposes));

describe("localization answers", () => {
  it("gives the 2023 procurement threshold, R&D rate and the licence rule with sources", async () => {
    const a = await ask("2023");
    const procurement = a.thresholds.find(
      (t) => t.purpose === "procurement" && t.category === "passenger_car",
    );
    expect(procurement?.options.map((o) => o.threshold)).toEqual([3200]);
    expect(procurement?.disagreement).toBe(false);
    const rd = a.items.find((i) => i.code === "rd_spending");
    expect(rd).toMatchObject({ kind: "per_percent", points: 400 });
    const licence = a.items.find((i) => i.code === "licence_payments");
    expect(licence?.countsWithin).toMatchObject({ code: "rd_spending", points: 400 });
    expect(a.items.find((i) => i.code === "body_welding")?.points).toBe(400);
    expect(a.sources.map((s) => s.key)).toEqual(
      expect.arrayContaining(["bfm-536306", "kommersant-3984285", "briefing-004"]),
    );
  });

  it("does not apply the licence rule before 2023", async () => {
    const a = await ask("2022");
    expect(a.items.some((i) => i.code === "licence_payments")).toBe(false);
  });

  it("keeps both 2028 thresholds where the sources disagree", async () => {
    const a = await ask("2028 procurement passenger");
    expect(a.thresholds).toHaveLength(1);
    expect(a.thresholds[0]?.disagreement).toBe(true);
    expect(a.thresholds[0]?.options.map((o) => o.threshold)).toEqual([3700, 3800]);
    expect(a.sources.map((s) => s.key)).toEqual(expect.arrayContaining(["youtvnews-22620", "obyektiv"]));
  });

  it("uses the latest threshold in force: 3,500 from 2027, 3,200 in 2026", async () => {
    expect((await ask("2027 госзакупки")).thresholds[0]?.options[0]?.threshold).toBe(3500);
    expect((await ask("procurement")).thresholds[0]).toMatchObject({ effectiveFrom: "2025-01-01" });
  });

  it("computes the points for an R&D share from the stored rate", async () => {
    expect((await ask("rd 2.5%")).rd).toMatchObject({ share: 2.5, perPercent: 400, points: 1000 });
    expect((await ask("ниокр 2,5 %")).rd?.points).toBe(1000);
    expect((await ask("0.5%")).rd?.points).toBe(200);
  });

  it("gives the maximum of the scale and, apart from it, the special investment contract level as its threshold", async () => {
    const a = await ask("2025");
    expect(a.maxTotal.map((m) => m.value)).toEqual([8800]);
    const spic = a.thresholds.find((t) => t.purpose === "spic");
    expect(spic?.options.map((o) => o.threshold)).toEqual([7000]);
    expect(spic?.purposeName).toEqual({
      en: "Special investment contracts (СПИК)",
      ru: "Специнвестконтракты (СПИК)",
    });
    // Shown as the threshold, the target line does not repeat it; a year before it keeps the line.
    expect(a.spikInThresholds).toBe(true);
    expect(a.spikTarget).toMatchObject({ target: { value: 7000 }, proposed: { value: 5500 } });
    expect((await ask("2024")).spikInThresholds).toBe(false);
    expect((await ask("2025 procurement")).spikTarget).toBeNull();
    const urls = a.sources.map((s) => s.url);
    expect(urls).toContain("https://gazeta.ru/business/2020/11/12/13358869.shtml");
    expect(urls).toContain("https://www.interfax.ru/russia/1050075");
    expect(urls).toContain("https://tass.ru/ekonomika/25209091");
  });

  it("says where thresholds start when a year has none", async () => {
    const a = await ask("2016");
    expect(a.thresholds).toEqual([]);
    expect(a.firstKnownYear).toBe(2020);
  });

  it("rejects what it cannot read, naming the accepted values", () => {
    expect(() => parseLocalizationQuery("1800", today, purposes)).toThrow(
      expect.objectContaining({ code: "invalid_year" }),
    );
    expect(() => parseLocalizationQuery("rd lots", today, purposes)).toThrow(
      expect.objectContaining({ code: "invalid_share" }),
    );
    expect(() => parseLocalizationQuery("rd 150%", today, purposes)).toThrow(
      expect.objectContaining({ code: "invalid_share" }),
    );
    expect(() => parseLocalizationQuery("boats", today, purposes)).toThrow(
      expect.objectContaining({ code: "unknown_localization_argument" }),
    );
    expect(parseShare("2,75%")).toBe(2.75);
  });

  it("reads the purposes the database holds by key, English or Russian name", () => {
    for (const words of ["spic", "special investment contracts", "СПИК", "специнвестконтракты"])
      expect(parseLocalizationQuery(`2025 ${words}`, today, purposes).purpose).toBe("spic");
    expect(parseLocalizationQuery("компенсация утильсбора", today, purposes).purpose).toBe(
      "recycling_fee_compensation",
    );
    expect(parseLocalizationQuery("2026 лизинг", today, purposes).purpose).toBe("leasing");
    expect(parseLocalizationQuery("leasing", today, purposes).purpose).toBe("leasing");
    expect(parseShare("-1")).toBeNull();
  });
});
