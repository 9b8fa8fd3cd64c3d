import { desc, eq } from "drizzle-orm";
import type { Db } from "../client.ts";
import { policyChanges, pricePoints, priceSeries } from "../schema/index.ts";

/** The newest price points (with their series' names) and policy changes, retracted ones included. */
export async function newestFacts(db: Db, limit: number) {
  const [points, changes] = await Promise.all([
    db
      .select({ p: pricePoints, seriesEn: priceSeries.shortEn, seriesRu: priceSeries.shortRu })
      .from(pricePoints)
      .innerJoin(priceSeries, eq(priceSeries.id, pricePoints.seriesId))
      .orderBy(desc(pricePoints.createdAt), desc(pricePoints.id))
      .limit(limit),
    db
      .select()
      .from(policyChanges)
      .orderBy(desc(policyChanges.createdAt), desc(policyChanges.id))
      .limit(limit),
  ]);
  return { points, changes };
}

/** Sets or clears the retraction mark; false when there is no such row. */
export async function markRetracted(db: Db, table: "price" | "policy", id: number, at: Date | null) {
  const rows =
    table === "price"
      ? await db
          .update(pricePoints)
          .set({ retractedAt: at })
          .where(eq(pricePoints.id, id))
          .returning({ id: pricePoints.id })
      : await db
          .update(policyChanges)
          .set({ retractedAt: at })
          .where(eq(policyChanges.id, id))
          .returning({ id: policyChanges.id });
  return rows.length > 0;
}

/** Sets a price point's value; returns the value it had, or undefined when there is no such point. */
export async function setPointValue(db: Db, id: number, value: number): Promise<number | undefined> {
  const [before] = await db
    .select({ value: pricePoints.value })
    .from(pricePoints)
    .where(eq(pricePoints.id, id));
  if (!before) return undefined;
  await db.update(pricePoints).set({ value }).where(eq(pricePoints.id, id));
  return before.value;
}
