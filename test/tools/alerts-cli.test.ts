// Alerts without Telegram, as a person would try them: set alerts in one `npm run chat` run,
// import a price, a policy change, a threshold and a model score with `npm run import`, and the
// next chat run prints the alerts first; a third run prints nothing again.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const dir = mkdtempSync(path.join(tmpdir(), "briefing-alerts-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const env = { ...process.env, DATA_DIR: path.join(dir, "data"), DATABASE_URL: "", LOG_LEVEL: "silent" };

async function chat(input: string, ...args: string[]): Promise<string> {
  const child = run("npx", ["tsx", "bot/chat/main.ts", ...args], { env, encoding: "utf8" });
  child.child.stdin?.end(input);
  return (await child).stdout;
}

describe("alerts through npm run chat and npm run import", () => {
  it("fires each rule kind an import can make visible, once, in the next chat run", async () => {
    const set = await chat(
      "/alert moskvich 3\n/alert policy estonia\n/alert localization taxi\n/alert keyword Tenet\n",
      "--user",
      "77",
    );
    expect(set.match(/Alert set:/g)).toHaveLength(4);

    const file = path.join(dir, "news.json");
    writeFileSync(
      file,
      JSON.stringify({
        sources: [{ key: "cli-test-1", publisher: "Autostat", title: "Prices and rules in brief" }],
        pricePoints: [
          {
            series: "moskvich-3",
            periodStart: "2026-11-01",
            granularity: "month",
            value: 2_250_000,
            sources: ["cli-test-1"],
          },
        ],
        policyChanges: [
          {
            key: "cli-test-ee",
            effectiveOn: "2027-01-01",
            jurisdiction: "EE",
            topic: "cross_border",
            titleEn: "Estonia tightens the border rules for cars",
            titleRu: "Эстония ужесточает правила въезда автомобилей",
            summaryEn: "A new rule for cars at the border.",
            summaryRu: "Новое правило для автомобилей на границе.",
            sources: ["cli-test-1"],
          },
        ],
        ruleSets: [
          {
            key: "cli-test-taxi",
            regime: "decree-719",
            category: "passenger_car",
            purpose: "taxi",
            effectiveFrom: "2028-01-01",
            threshold: 4200,
            sources: ["cli-test-1"],
          },
        ],
        modelScores: [
          { key: "cli-test-tenet", model: "Tenet T4", year: 2026, points: 3900, source: "cli-test-1" },
        ],
      }),
    );
    const imported = await run("npx", ["tsx", "tools/import.ts", file], { env, encoding: "utf8" });
    expect(imported.stdout).toContain("Alerts queued: 4");

    const next = await chat("/alerts\n", "--user", "77");
    expect(next).toContain("Price alert\nMoskvich 3, November 2026: RUB 2.25 mln");
    expect(next).toContain("Estonia tightens the border rules for cars");
    expect(next).toContain("Taxis: threshold 4,200 points from January 1, 2028");
    expect(next).toContain("Tenet T4: 3,900 localization points (2026)");
    // The alerts come first, then the answer to the line typed.
    expect(next.indexOf("Price alert")).toBeLessThan(next.indexOf("Your alerts"));

    const again = await chat("/alerts\n", "--user", "77");
    expect(again).not.toContain("alert\n");
    expect(again).toContain("Your alerts");
  }, 120_000);
});
