// Export and import: an export imported into an empty database restores it exactly; a file with
// any invalid row is rejected whole, with row-level messages, and nothing is written.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportKnowledge, ImportError, importKnowledge, pricesFromCsv } from "../../db/transfer/transfer.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";

let seeded: TestDatabase;
let empty: TestDatabase;
beforeAll(async () => {
  seeded = await createTestDatabase();
  empty = await createTestDatabase({ seed: false });
});
afterAll(async () => {
  await seeded.destroy();
  await empty.destroy();
});

describe("knowledge export and import", () => {
  it("restores an export exactly in an empty database", async () => {
    const exported = await exportKnowledge(seeded.db);
    expect(exported.sources.length).toBeGreaterThan(20);
    expect(exported.pricePoints.length).toBeGreaterThan(5);
    const counts = await importKnowledge(empty.db, JSON.parse(JSON.stringify(exported)));
    expect(counts.pricePoints).toBe(exported.pricePoints.length);
    expect(await exportKnowledge(empty.db)).toEqual(exported);
    // Importing it again changes nothing.
    await importKnowledge(empty.db, exported);
    expect(await exportKnowledge(empty.db)).toEqual(exported);
  });

  it("rejects a file with any invalid row, naming each row, and writes nothing", async () => {
    const before = await exportKnowledge(seeded.db);
    const file = {
      sources: [{ key: "new-source", publisher: "Test", title: "A test source" }],
      pricePoints: [
        {
          series: "used-car-avg",
          periodStart: "2026-10-01",
          granularity: "month",
          value: 1_900_000,
          sources: ["new-source"],
        },
        { series: "used-car-avg", periodStart: "2026-13-01", granularity: "month", value: -5, sources: [] },
        {
          series: "flying-cars",
          periodStart: "2026-10-01",
          granularity: "month",
          value: 1,
          sources: ["nowhere"],
        },
      ],
    };
    let error: unknown;
    try {
      await importKnowledge(seeded.db, file);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ImportError);
    const problems = (error as ImportError).problems.join("\n");
    expect(problems).toContain("pricePoints.1.value: must be a positive number of roubles");
    expect(problems).toContain("pricePoints.1.sources: needs at least one source");
    expect(await exportKnowledge(seeded.db)).toEqual(before);

    const references = await importKnowledge(seeded.db, { pricePoints: [file.pricePoints[2]] }).catch(
      (e) => e,
    );
    expect((references as ImportError).problems).toEqual([
      'pricePoints.0.series: unknown series "flying-cars"',
      'pricePoints.0.sources.0: unknown source "nowhere"',
    ]);
    expect(await exportKnowledge(seeded.db)).toEqual(before);
  });

  it("loads prices from CSV", async () => {
    const csv =
      "series,period_start,granularity,value,source\nnew-car-avg,2025-11-01,month,3510000,overclockers-141764\n";
    await importKnowledge(seeded.db, pricesFromCsv(csv));
    const after = await exportKnowledge(seeded.db);
    expect(after.pricePoints).toContainEqual(
      expect.objectContaining({
        series: "new-car-avg",
        periodStart: "2025-11-01",
        value: 3_510_000,
        sources: ["overclockers-141764"],
      }),
    );
    const bad = await importKnowledge(
      seeded.db,
      pricesFromCsv("series,period_start,granularity,value,source\nnew-car-avg,soon,month,,x\n"),
    ).catch((e) => e);
    expect(bad).toBeInstanceOf(ImportError);
  });
});
