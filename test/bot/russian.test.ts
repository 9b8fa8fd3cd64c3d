// Russian as a Russian writes it: periods take the case their preposition asks for, counts agree
// with their noun, time zones are named by city with their offset. English stays as it was.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createI18n, type Lang, translatorFor } from "../../bot/i18n.ts";
import { formatDate, formatPeriod, formatTimeZone, type GrammaticalCase } from "../../bot/render/format.ts";
import type { Granularity } from "../../domain/period.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { createHarness, type Harness } from "../support/harness.ts";

const i18n = createI18n();
const ru = translatorFor(i18n, "ru");
const en = translatorFor(i18n, "en");
const t = (lang: Lang) => (lang === "ru" ? ru : en);
const period = (start: string, granularity: Granularity = "month") => ({ start, granularity });
const nbsp = (s: string) => s.replace(/\u00a0/g, " ");

describe("periods in Russian", () => {
  it("take the case of their preposition", () => {
    const cases: [GrammaticalCase, string, string, string, string][] = [
      ["nominative", "ноябрь 2023", "2023", "1-е полугодие 2024", "середина 2023"],
      ["genitive", "ноября 2023", "2023 года", "1-го полугодия 2024", "середины 2023"],
      ["dative", "ноябрю 2023", "2023 году", "1-му полугодию 2024", "середине 2023"],
      ["accusative", "ноябрь 2023", "2023 год", "1-е полугодие 2024", "середину 2023"],
      ["instrumental", "ноябрём 2023", "2023 годом", "1-м полугодием 2024", "серединой 2023"],
      ["prepositional", "ноябре 2023", "2023 году", "1-м полугодии 2024", "середине 2023"],
    ];
    for (const [c, month, year, half, mid] of cases) {
      expect(formatPeriod(period("2023-11-01"), "ru", ru, c), c).toBe(month);
      expect(formatPeriod(period("2023-01-01", "year"), "ru", ru, c), c).toBe(year);
      expect(formatPeriod(period("2024-01-01", "half_year"), "ru", ru, c), c).toBe(half);
      expect(formatPeriod(period("2023-07-01", "mid_year"), "ru", ru, c), c).toBe(mid);
    }
    expect(formatPeriod(period("2024-07-01", "half_year"), "ru", ru, "genitive")).toBe("2-го полугодия 2024");
    expect(formatDate("2022-05-01", "ru", "month", "genitive")).toBe("мая 2022");
    expect(formatDate("2023-01-01", "ru", "year", "genitive")).toBe("2023 года");
    expect(formatDate("2023-09-13", "ru", "day", "genitive")).toBe("13 сентября 2023");
  });

  it("read naturally in the messages, and English does not change", () => {
    const vars = (lang: Lang, c: GrammaticalCase, start = "2023-11-01") => ({
      period: formatPeriod(period(start), lang, t(lang), c),
      earlier: "1,5 млн ₽",
      abs: "+41,7 тыс. ₽",
      pct: "+2,6 %",
      value: "1,59 млн ₽",
    });
    expect(ru("price-change-previous", vars("ru", "dative"))).toBe("к ноябрю 2023: +41,7 тыс. ₽ (+2,6 %)");
    expect(ru("price-change-year-ago", vars("ru", "dative", "2022-12-01"))).toBe(
      "за год (к декабрю 2022): +41,7 тыс. ₽ (+2,6 %)",
    );
    expect(ru("price-change-since", vars("ru", "genitive", "2024-08-01"))).toMatch(/^с августа 2024 \(/);
    expect(ru("price-implied", vars("ru", "accusative"))).toBe(
      "значит, за ноябрь 2023 — около 1,59 млн ₽ (расчёт)",
    );
    expect(ru("q-read-price-period", vars("ru", "accusative"))).toBe("Цена за ноябрь 2023");
    expect(
      ru("q-read-price-period", {
        period: formatPeriod(period("2023-01-01", "year"), "ru", ru, "accusative"),
      }),
    ).toBe("Цена за 2023 год");
    expect(en("price-change-previous", vars("en", "dative"))).toBe("vs November 2023: +41,7 тыс. ₽ (+2,6 %)");
    expect(en("price-change-since", vars("en", "genitive", "2024-08-01"))).toMatch(/^since August 2024 \(/);
    expect(formatPeriod(period("2024-01-01", "half_year"), "en", en, "genitive")).toBe("H1 2024");
    expect(formatPeriod(period("2023-01-01", "year"), "en", en, "accusative")).toBe("2023");
    expect(
      ru("loc-item-within", {
        name: "Лицензии на сборку иностранных моделей",
        parent: "Расходы на НИОКР в России",
        points: "400",
        date: formatDate("2023-01-01", "ru", "year", "genitive"),
      }),
    ).toBe(
      "Лицензии на сборку иностранных моделей: учитываются в пункте «Расходы на НИОКР в России» (400 за 1 % выручки) с 2023 года",
    );
  });
});

describe("counts in Russian", () => {
  it("agree with «балл»", () => {
    const total = (n: number) => ru("wi-total", { points: String(n).replace(".", ","), n });
    expect(total(1)).toBe("<b>Итого: 1 балл</b> (расчёт)");
    expect(total(3)).toBe("<b>Итого: 3 балла</b> (расчёт)");
    expect(total(5)).toBe("<b>Итого: 5 баллов</b> (расчёт)");
    expect(total(21)).toBe("<b>Итого: 21 балл</b> (расчёт)");
    expect(total(2.5)).toBe("<b>Итого: 2,5 балла</b> (расчёт)");
    expect(total(3200)).toBe("<b>Итого: 3200 баллов</b> (расчёт)");
    // «не хватает» asks for the genitive: one «балла», several «баллов».
    expect(ru("wi-short", { gap: "1", n: 1 })).toBe("❌ не хватает <b>1</b> балла");
    expect(ru("wi-short", { gap: "3", n: 3 })).toBe("❌ не хватает <b>3</b> баллов");
    expect(ru("wi-short", { gap: "1 100", n: 1100 })).toBe("❌ не хватает <b>1 100</b> баллов");
    expect(ru("wi-passes", { margin: "2", n: 2 })).toBe("✅ проходит с запасом в 2 балла");
    expect(en("wi-total", { points: "1", n: 1 })).toBe("<b>Score: 1 points</b> (calculated)");
  });
});

describe("time zones", () => {
  const winter = new Date("2026-01-15T12:00:00Z");
  it("are named by city with their offset, in the user's language", () => {
    expect(formatTimeZone("Europe/Moscow", "ru", winter)).toBe("Москва (UTC+3)");
    expect(formatTimeZone("Asia/Yekaterinburg", "ru", winter)).toBe("Екатеринбург (UTC+5)");
    expect(formatTimeZone("Europe/Kaliningrad", "ru", winter)).toBe("Калининград (UTC+2)");
    expect(formatTimeZone("Asia/Kamchatka", "ru", winter)).toBe("Камчатка (UTC+12)");
    expect(formatTimeZone("Europe/Moscow", "en", winter)).toBe("Moscow (UTC+3)");
    expect(formatTimeZone("Europe/Berlin", "ru", winter)).toBe("Berlin (UTC+1)");
    expect(formatTimeZone("Europe/Berlin", "en", new Date("2026-07-15T12:00:00Z"))).toBe("Berlin (UTC+2)");
    expect(formatTimeZone("UTC", "ru", winter)).toBe("UTC");
  });
});

describe("answers in Russian", () => {
  let database: TestDatabase;
  let bot: Harness;
  beforeAll(async () => {
    database = await createTestDatabase();
    bot = createHarness(database.db, { deps: { defaultTimeZone: "Europe/Moscow" } });
  });
  afterAll(() => database.destroy());
  const say = async (text: string) =>
    nbsp(bot.texts(await bot.send(text, { id: 5101, languageCode: "ru" })).join("\n"));

  it("put real periods, counts and zones in the right form", async () => {
    const used = await say("/price подержанные");
    expect(used).toContain("• к ноябрю 2023: +41,7 тыс. ₽ (+2,6 %)");
    expect(used).toContain("значит, за ноябрь 2023 — около 1,588 млн ₽ (расчёт)");
    expect(used).toContain("• за год (к декабрю 2022): +300,3 тыс. ₽ (+22,7 %)");
    expect(used).not.toContain("к периоду");
    expect(await say("/price новые")).toContain("• с августа 2024 (3,03 млн ₽): +400 тыс. ₽ (+13,2 %)");
    expect(await say("/price новые 1 полугодие 2024")).toContain("с 1-го полугодия 2022 (2,316 млн ₽)");
    const loc = await say("/localization 2023");
    expect(loc).toContain("<b>Баллы локализации на 2023 год</b>");
    expect(loc).toContain("Госзакупки, легковые: <b>3 200</b> баллов с 1 января 2023");
    expect(loc).toContain(
      "учитываются в пункте «Расходы на НИОКР в России» (400 за 1 % выручки) с 2023 года",
    );
    const card = await say("/whatif год=2027 цель=госзакупки операции=сварка ниокр=0,01");
    expect(card).toContain("<b>Итого: 404 балла</b>");
    expect(card).toContain("не хватает <b>3 096</b> баллов");
    const settings = await say("/subscribe");
    expect(settings).toContain("Время: <b>08:00</b>, Москва (UTC+3), каждый день");
    expect(await say("/settings пояс Asia/Yekaterinburg")).toContain("Екатеринбург (UTC+5)");
  });
});
