// Price charts: the PNG's size, that the title and axis labels really drew text (resvg draws
// none without a font file), and the Chart button sending a photo through the whole bot.
import { Resvg } from "@resvg/resvg-js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createI18n, translatorFor } from "../../bot/i18n.ts";
import { CHART_FONTS, CHART_HEIGHT, CHART_WIDTH, chartSvg, renderChart } from "../../bot/render/chart.ts";
import { findSeries, getPriceHistory } from "../../domain/prices.ts";
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
    const viaCommand = await bot.send("/chart moskvich 3", { languageCode: "ru" });
    expect(viaCommand.some((c) => c.method === "sendPhoto")).toBe(true);
    expect(bot.texts(await bot.send("/chart spaceships")).join("\n")).toContain("I don't know the series");
  });
});
