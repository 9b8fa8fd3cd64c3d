import { count, eq, inArray, isNull } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as schema from "../../db/schema/index.ts";
import {
  SEED_VERSION,
  seedPolicyChanges,
  seedRuleSets,
  seedSeries,
  seedSources,
} from "../../db/seed/data.ts";
import { loadSeed } from "../../db/seed/load.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase({ seed: false });
});
afterAll(() => database.destroy());

async function counts() {
  const db = database.db;
  const n = async (table: PgTable) => (await db.select({ n: count() }).from(table))[0]?.n ?? 0;
  return {
    sources: await n(schema.sources),
    points: await n(schema.pricePoints),
    pointSources: await n(schema.pricePointSources),
    reported: await n(schema.priceReportedChanges),
    policy: await n(schema.policyChanges),
    policySources: await n(schema.policyChangeSources),
    rules: await n(schema.localizationRuleSets),
    items: await n(schema.localizationItems),
    params: await n(schema.localizationParameters),
    scores: await n(schema.localizationModelScores),
    purposes: await n(schema.localizationPurposes),
    feeRates: await n(schema.recyclingFeeRates),
  };
}

describe("seed knowledge", () => {
  it("loads every reference fact once, and again without duplicates", async () => {
    expect(await loadSeed(database.db)).toEqual({ applied: true, version: SEED_VERSION });
    const first = await counts();
    expect(first).toEqual({
      sources: seedSources.length,
      points: 12,
      pointSources: 13,
      reported: 5,
      policy: 11,
      policySources: 14,
      rules: 10,
      items: 10,
      params: 3,
      scores: 5,
      purposes: 7,
      feeRates: 1,
    });
    expect(await loadSeed(database.db)).toEqual({ applied: false, version: SEED_VERSION });
    await loadSeed(database.db, { force: true });
    expect(await counts()).toEqual(first);
  });

  it("holds the recycling-fee rate of a popular new 1–2 litre car with its source, and the purposes by name", async () => {
    const [rate] = await database.db.select().from(schema.recyclingFeeRates);
    expect(rate).toMatchObject({
      vehicleAge: "new",
      engineBand: "1-2l",
      personal: false,
      value: 556200,
      unit: "rub",
      effectiveFrom: "2024-10-01",
      origin: "seed",
    });
    const [source] = await database.db
      .select()
      .from(schema.sources)
      .where(eq(schema.sources.id, rate?.sourceId ?? 0));
    expect(source?.url).toBe("https://www.vedomosti.ru/business/articles/2025/09/12/1139042");
    const purposes = await database.db.select().from(schema.localizationPurposes);
    expect(purposes.find((p) => p.key === "spic")?.nameRu).toBe("Специнвестконтракты (СПИК)");
    expect(purposes.find((p) => p.key === "recycling_fee_compensation")?.nameRu).toBe(
      "Компенсация утильсбора",
    );
  });

  it("links every fact to a source", async () => {
    const db = database.db;
    const orphanPoints = await db
      .select({ id: schema.pricePoints.id })
      .from(schema.pricePoints)
      .leftJoin(schema.pricePointSources, eq(schema.pricePointSources.pointId, schema.pricePoints.id))
      .where(isNull(schema.pricePointSources.sourceId));
    expect(orphanPoints).toEqual([]);
    const orphanChanges = await db
      .select({ id: schema.policyChanges.id })
      .from(schema.policyChanges)
      .leftJoin(
        schema.policyChangeSources,
        eq(schema.policyChangeSources.policyChangeId, schema.policyChanges.id),
      )
      .where(isNull(schema.policyChangeSources.sourceId));
    expect(orphanChanges).toEqual([]);
    for (const change of seedPolicyChanges) expect(change.sources.length).toBeGreaterThan(0);
    for (const rule of seedRuleSets) expect(rule.sources.length).toBeGreaterThan(0);
    for (const series of seedSeries)
      for (const p of series.points) expect(p.sources.length).toBeGreaterThan(0);
  });

  it("keeps both sides of each disagreement", async () => {
    const db = database.db;
    const y2028 = await db
      .select({ threshold: schema.localizationRuleSets.threshold })
      .from(schema.localizationRuleSets)
      .where(eq(schema.localizationRuleSets.effectiveFrom, "2028-01-01"));
    expect(y2028.map((r) => r.threshold).sort()).toEqual([3700, 3800]);
  });

  it("holds one maximum of the scale, and the special investment contract level apart from it", async () => {
    const rows = await database.db
      .select({ name: schema.localizationParameters.name, value: schema.localizationParameters.value })
      .from(schema.localizationParameters);
    expect(rows.filter((r) => r.name === "max_total_points").map((r) => r.value)).toEqual([8800]);
    expect(rows.filter((r) => r.name === "spik_target_points").map((r) => r.value)).toEqual([7000]);
    expect(rows.filter((r) => r.name === "spik_target_proposed_points").map((r) => r.value)).toEqual([5500]);
  });

  it("returns numeric columns as numbers", async () => {
    const [point] = await database.db.select().from(schema.pricePoints).limit(1);
    expect(typeof point?.value).toBe("number");
  });
});

describe("seed sources", () => {
  it("names every source by outlet and title in both languages, never by a file name", () => {
    for (const s of seedSources) {
      expect(s.publisherRu, s.key).toBeTruthy();
      expect(s.titleRu, s.key).toBeTruthy();
      for (const text of [s.publisher, s.publisherRu, s.title, s.titleRu, s.dateNoteEn, s.dateNoteRu]) {
        expect(text ?? "", s.key).not.toMatch(/\d{3}_[0-9a-f]{16}|\.txt\b|briefing-0/);
      }
      // A source without an exact date says what is known of it; none pretends to a date.
      if (s.key.startsWith("briefing-")) expect(s.publishedOn).toBeNull();
    }
  });
});

describe("seed upgrades", () => {
  it("removes the 7,000 row seed 2 held as a maximum and moves the maximum to its source", async () => {
    const db = database.db;
    await loadSeed(db);
    // The state seed 2 left: 7,000 as a disagreeing maximum, 8,800 cited to another source.
    const [old] = await db.select({ id: schema.sources.id }).from(schema.sources).limit(1);
    if (!old) throw new Error("no source");
    await db.insert(schema.localizationParameters).values({
      key: "719-max-total-vedomosti",
      regime: "decree-719",
      name: "max_total_points",
      value: 7000,
      sourceId: old.id,
    });
    await db
      .update(schema.localizationParameters)
      .set({ sourceId: old.id })
      .where(eq(schema.localizationParameters.key, "719-max-total-morozov"));
    await db.update(schema.appMeta).set({ value: "2" }).where(eq(schema.appMeta.key, "seed_version"));
    expect(await loadSeed(db)).toEqual({ applied: true, version: SEED_VERSION });
    const max = await db
      .select({ value: schema.localizationParameters.value, url: schema.sources.url })
      .from(schema.localizationParameters)
      .innerJoin(schema.sources, eq(schema.sources.id, schema.localizationParameters.sourceId))
      .where(eq(schema.localizationParameters.name, "max_total_points"));
    expect(max).toEqual([{ value: 8800, url: "https://gazeta.ru/business/2020/11/12/13358869.shtml" }]);
  });

  it("moves citations of replaced sources to the better reports and drops the old ones (seed 2 -> 3)", async () => {
    const db = database.db;
    await loadSeed(db);
    // A database as seed 2 left it: the 2022 new-car price cited a reprint, 2023 an expert estimate.
    const [rt] = await db
      .insert(schema.sources)
      .values({ key: "rt-492726", publisher: "RT, citing Avtostat", title: "Average new-car price for 2022" })
      .returning();
    const [legend] = await db
      .insert(schema.sources)
      .values({ key: "legendgrp", publisher: "Legend Group", title: "Average new-car price for 2023" })
      .returning();
    const point = async (value: number) => {
      const [row] = await db
        .select({ id: schema.pricePoints.id })
        .from(schema.pricePoints)
        .where(eq(schema.pricePoints.value, value));
      if (!row) throw new Error(`no point ${value}`);
      return row.id;
    };
    const p2022 = await point(2_330_000);
    const p2023 = await point(2_960_000);
    await db
      .delete(schema.pricePointSources)
      .where(inArray(schema.pricePointSources.pointId, [p2022, p2023]));
    await db.delete(schema.priceReportedChanges).where(eq(schema.priceReportedChanges.pointId, p2022));
    await db.insert(schema.pricePointSources).values([
      { pointId: p2022, sourceId: rt?.id ?? 0 },
      { pointId: p2023, sourceId: legend?.id ?? 0 },
    ]);
    await db
      .insert(schema.priceReportedChanges)
      .values({ pointId: p2022, basis: "year_ago", changePct: 17, sourceId: rt?.id ?? 0 });
    await db
      .update(schema.pricePoints)
      .set({ noteEn: "expert estimate" })
      .where(eq(schema.pricePoints.id, p2023));
    await db.update(schema.appMeta).set({ value: "2" }).where(eq(schema.appMeta.key, "seed_version"));

    expect(await loadSeed(db)).toEqual({ applied: true, version: SEED_VERSION });
    const keys = (await db.select({ key: schema.sources.key }).from(schema.sources)).map((r) => r.key);
    expect(keys).not.toContain("rt-492726");
    expect(keys).not.toContain("legendgrp");
    const cited = async (pointId: number) =>
      (
        await db
          .select({ key: schema.sources.key })
          .from(schema.pricePointSources)
          .innerJoin(schema.sources, eq(schema.sources.id, schema.pricePointSources.sourceId))
          .where(eq(schema.pricePointSources.pointId, pointId))
      ).map((r) => r.key);
    expect(await cited(p2022)).toEqual(["reuters-2023-02-17"]);
    expect(await cited(p2023)).toEqual(["zr-957922"]);
    const reported = await db
      .select({ sourceId: schema.priceReportedChanges.sourceId })
      .from(schema.priceReportedChanges)
      .where(eq(schema.priceReportedChanges.pointId, p2022));
    expect(reported).toHaveLength(1);
    const [note] = await db
      .select({ noteEn: schema.pricePoints.noteEn })
      .from(schema.pricePoints)
      .where(eq(schema.pricePoints.id, p2023));
    expect(note?.noteEn).toBeNull();
  });

  it("updates the rows it owns when its version rises (a database from seed 1 gains item aliases)", async () => {
    const db = database.db;
    await loadSeed(db);
    await db.update(schema.localizationItems).set({ aliases: [] });
    await db.update(schema.appMeta).set({ value: "1" }).where(eq(schema.appMeta.key, "seed_version"));
    expect(await loadSeed(db)).toEqual({ applied: true, version: SEED_VERSION });
    const [welding] = await db
      .select({ aliases: schema.localizationItems.aliases })
      .from(schema.localizationItems)
      .where(eq(schema.localizationItems.code, "body_welding"));
    expect(welding?.aliases).toEqual(expect.arrayContaining(["welding", "сварка"]));
  });
});
