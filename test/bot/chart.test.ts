// Price charts: the PNG's size, that the title and axis labels really drew text (resvg draws
// none without a font file), and the Chart button sending a photo through the whole bot.
import { Resvg } from "@resvg/resvg-js";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createI18n, translatorFor } from "../../bot/i18n.ts";
import { CHART_FONTS, CHART_HEIGHT, CHART_WIDTH, chartSvg, renderChart } from "../../bot/render/chart.ts";
import { invalidateKnowledge } from "../../db/cache.ts";
import { pricePoints } from "../../db/schema/index.ts";
import { chartPlan, findSeries, getPriceHistory } from "../../domain/prices.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { createHarness } from "../support/harness.ts";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.destroy());

const i18n = createI18n();

/** Dark pixels (text, lines) in a rectangle of an RGBA image. */
function inkIn(pixels: Buffer, width: number, box: { x: number; y: number; w: number; h: number }): number {
  let ink = 0;
  for (let y = box.y; y < box.y + box.h; y++) {
    for (let x = box.x; x < box.x + box.w; x++) {
      const i = (y * width + x) * 4;
      if ((pixels[i] ?? 255) < 128 && (pixels[i + 1] ?? 255) < 128 && (pixels[i + 2] ?? 255) < 128) ink++;
    }
  }
  return ink;
}

describe("price charts", () => {
  it("renders a PNG of the series with a title, axis labels and a source line", async () => {
    const series = await findSeries(database.db, "new-car-avg");
    if (!series) throw new Error("seed missing");
    const history = await getPriceHistory(database.db, series);
    expect(history.points.length).toBeGreaterThan(1);
    for (const lang of ["en", "ru"] as const) {
      const t = translatorFor(i18n, lang);
      const chart = await renderChart(history, lang, t);
      expect(chart.png.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
      expect(chart.png.readUInt32BE(16)).toBe(CHART_WIDTH);
      expect(chart.png.readUInt32BE(20)).toBe(CHART_HEIGHT);
      expect(chart.png.length).toBeGreaterThan(10_000);

      const svg = chartSvg(history, lang, t);
      expect(svg).toContain(lang === "ru" ? "Средняя цена" : "Average");
      const title = { x: 190, y: 20, w: 600, h: 40 };
      const yLabels = { x: 10, y: 120, w: 160, h: 420 };
      const source = { x: 30, y: CHART_HEIGHT - 46, w: 400, h: 30 };
      const draw = (fontFiles: string[]) =>
        new Resvg(svg, {
          font: { fontFiles, loadSystemFonts: false, defaultFontFamily: "DejaVu Sans" },
        }).render();
      const withFont = draw(CHART_FONTS);
      const noFont = draw([]);
      for (const box of [title, yLabels, source]) {
        expect(inkIn(withFont.pixels, withFont.width, box)).toBeGreaterThan(200);
        // The control: the same chart without a font file has no text there.
        expect(inkIn(noFont.pixels, noFont.width, box)).toBe(0);
      }
    }
  });

  it("sends the chart as a photo from the Chart button and /chart", async () => {
    const bot = createHarness(database.db);
    await bot.send("/price new");
    const pressed = await bot.press("📈 Chart");
    const photo = pressed.find((c) => c.method === "sendPhoto");
    expect(photo).toBeDefined();
    const viaCommand = await bot.send("/chart новые", { languageCode: "ru" });
    expect(viaCommand.some((c) => c.method === "sendPhoto")).toBe(true);
    expect(bot.texts(await bot.send("/chart spaceships")).join("\n")).toContain("I don't know the series");
  });

  it("draws one line per granularity with a legend, estimates apart", async () => {
    // The seed's 2023 figure once came from an expert estimate; marked so here, it must stand apart.
    await database.db
      .update(pricePoints)
      .set({ noteEn: "expert estimate", noteRu: "экспертная оценка" })
      .where(eq(pricePoints.value, 2_960_000));
    invalidateKnowledge(database.db);
    const series = await findSeries(database.db, "new-car-avg");
    if (!series) throw new Error("seed missing");
    const history = await getPriceHistory(database.db, series);
    const plan = chartPlan(history);
    expect(plan.lines.map((l) => l.granularity)).toEqual(["month", "half_year", "year", "mid_year"]);
    expect(plan.estimates.map((p) => p.period.start)).toEqual(["2023-01-01"]);
    for (const l of plan.lines) expect(new Set(l.points.map((p) => p.period.granularity)).size).toBe(1);
    const en = chartSvg(history, "en", translatorFor(i18n, "en"));
    // Months, half-years and years (2022 holds two disagreeing reports) have two points or more:
    // three lines, never one zigzag; the mid-year reading is a marker, the 2023 estimate a hollow one.
    expect(en.match(/<polyline/g)).toHaveLength(3);
    for (const word of [">months<", ">half-years<", ">years<", ">mid-year<", ">expert estimate<"])
      expect(en).toContain(word);
    const ru = chartSvg(history, "ru", translatorFor(i18n, "ru"));
    for (const word of [
      ">по месяцам<",
      ">по полугодиям<",
      ">по годам<",
      ">середина года<",
      ">экспертная оценка<",
    ])
      expect(ru).toContain(word);
  });

  it("tells a series with too few values in words instead of a one-dot chart", async () => {
    const bot = createHarness(database.db);
    const en = await bot.send("/chart used");
    expect(en.some((c) => c.method === "sendPhoto")).toBe(false);
    expect(bot.texts(en).join("\n")).toContain(
      "too few values for a chart (1 stored) — December 2023: <b>RUB 1.63 mln</b>",
    );
    const ru = await bot.send("/chart подержанные", { languageCode: "ru" });
    expect(bot.texts(ru).join("\n")).toContain(
      "для графика слишком мало данных (сохранено 1 значение) — декабрь 2023: <b>1,63 млн ₽</b>",
    );
  });

  it("counts values in captions with plural forms", () => {
    const en = translatorFor(i18n, "en");
    const ru = translatorFor(i18n, "ru");
    expect(en("chart-caption", { name: "N", count: 1 })).toContain("price history, 1 value.");
    expect(en("chart-caption", { name: "N", count: 9 })).toContain("price history, 9 values.");
    expect(ru("chart-caption", { name: "N", count: 1 })).toContain("динамика цены, 1 значение.");
    expect(ru("chart-caption", { name: "N", count: 3 })).toContain("динамика цены, 3 значения.");
    expect(ru("chart-caption", { name: "N", count: 9 })).toContain("динамика цены, 9 значений.");
    expect(ru("chart-caption", { name: "N", count: 21 })).toContain("динамика цены, 21 значение.");
    expect(ru("chart-too-few", { name: "N", count: 3, values: "v" })).toContain("(сохранено 3 значения)");
  });
});
