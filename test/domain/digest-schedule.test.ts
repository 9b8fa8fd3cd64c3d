// Scheduling with a fixed clock moved by hand: subscribers at 08:00 in several zones, one with
// daylight saving, get exactly one outbox row per local day, at 08:00 local, across a DST change.
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { digestDeliveries, pricePoints, priceSeries, subscribers } from "../../db/schema/index.ts";
import type { Digest } from "../../domain/digest/compose.ts";
import { localDate, nextDigestAt, scheduleDue } from "../../domain/digest/schedule.ts";
import { changeSettings, subscribe } from "../../domain/digest/subscriptions.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.destroy());

const ZONES = ["Europe/Moscow", "Asia/Vladivostok", "Europe/Kaliningrad", "Europe/Berlin"];

/** Local `HH:MM` of an instant. */
const localTime = (d: Date, zone: string) =>
  new Intl.DateTimeFormat("en-GB", { timeZone: zone, hour: "2-digit", minute: "2-digit" }).format(d);

describe("digest scheduling", () => {
  it("gives each zone one digest per local day at 08:00, across Berlin's switch to summer time", async () => {
    const db = database.db;
    // Berlin moves its clocks forward on 29 March 2026.
    const start = new Date("2026-03-26T00:00:00Z");
    const ids: Record<string, number> = {};
    for (const [i, zone] of ZONES.entries()) {
      const sub = await subscribe(db, { chatId: 9000 + i, chatType: "private", lang: "en" }, start, zone);
      ids[zone] = sub.id;
    }
    // Ticks every 5 minutes for five days, twice each (two processes ticking at once).
    for (let t = start.getTime(); t < start.getTime() + 5 * 86_400_000; t += 5 * 60_000) {
      const now = new Date(t);
      await Promise.all([scheduleDue(db, now), scheduleDue(db, now)]);
    }
    for (const zone of ZONES) {
      const rows = await db
        .select()
        .from(digestDeliveries)
        .where(eq(digestDeliveries.subscriberId, ids[zone] ?? 0))
        .orderBy(asc(digestDeliveries.localDate));
      const days = rows.map((r) => r.localDate);
      expect(new Set(days).size).toBe(days.length);
      expect(days.length).toBeGreaterThanOrEqual(4);
      for (const row of rows) {
        expect(localTime(row.until, zone)).toBe("08:00");
        expect(localDate(row.until, zone)).toBe(row.localDate);
      }
    }
    const berlin = await db
      .select({ until: digestDeliveries.until, day: digestDeliveries.localDate })
      .from(digestDeliveries)
      .where(eq(digestDeliveries.subscriberId, ids["Europe/Berlin"] ?? 0));
    const utc = Object.fromEntries(berlin.map((r) => [r.day, r.until.toISOString().slice(11, 16)]));
    expect(utc["2026-03-28"]).toBe("07:00");
    expect(utc["2026-03-29"]).toBe("06:00");
  });

  it("skips weekends for weekday subscribers and catches up once after downtime", async () => {
    const db = database.db;
    const friday = new Date("2026-11-20T00:00:00Z");
    const sub = await subscribe(
      db,
      { chatId: 9100, chatType: "private", lang: "ru" },
      friday,
      "Europe/Moscow",
    );
    await changeSettings(db, 9100, { kind: "weekdays", weekdaysOnly: true }, friday);
    // The bot is down from Friday until Tuesday noon, then ticks.
    await scheduleDue(db, new Date("2026-11-20T06:00:00Z"));
    await scheduleDue(db, new Date("2026-11-24T09:00:00Z"));
    await scheduleDue(db, new Date("2026-11-24T09:05:00Z"));
    const rows = await db
      .select({ day: digestDeliveries.localDate })
      .from(digestDeliveries)
      .where(eq(digestDeliveries.subscriberId, sub.id))
      .orderBy(asc(digestDeliveries.localDate));
    expect(rows.map((r) => r.day)).toEqual(["2026-11-20", "2026-11-24"]);
    const [after] = await db.select().from(subscribers).where(eq(subscribers.id, sub.id));
    expect(after?.nextDueAt.toISOString()).toBe("2026-11-25T05:00:00.000Z");
  });

  it("computes the next local 08:00 with croner, DST included", () => {
    const s = { digestMinute: 480, timeZone: "Europe/Berlin", weekdaysOnly: false };
    expect(nextDigestAt(s, new Date("2026-03-28T12:00:00Z")).toISOString()).toBe("2026-03-29T06:00:00.000Z");
    expect(nextDigestAt(s, new Date("2026-10-24T12:00:00Z")).toISOString()).toBe("2026-10-25T07:00:00.000Z");
    const vlad = { digestMinute: 480, timeZone: "Asia/Vladivostok", weekdaysOnly: true };
    expect(nextDigestAt(vlad, new Date("2026-11-20T12:00:00Z")).toISOString()).toBe(
      "2026-11-22T22:00:00.000Z",
    );
  });

  it("puts what is new since the last digest in the next one, on the chosen topics and keywords", async () => {
    const db = database.db;
    const t0 = new Date("2026-06-01T00:00:00Z");
    await subscribe(db, { chatId: 9200, chatType: "private", lang: "en" }, t0, "Europe/Moscow");
    await subscribe(db, { chatId: 9201, chatType: "private", lang: "en" }, t0, "Europe/Moscow");
    await changeSettings(db, 9201, { kind: "exclude", keywords: ["used"] }, t0);
    await scheduleDue(db, new Date("2026-06-01T05:00:00Z"));
    const [series] = await db.select().from(priceSeries).where(eq(priceSeries.key, "used-car-avg"));
    if (!series) throw new Error("seed missing");
    await db.insert(pricePoints).values({
      seriesId: series.id,
      periodStart: "2026-05-01",
      granularity: "month",
      value: 1_750_000,
      createdAt: new Date("2026-06-01T10:00:00Z"),
    });
    await scheduleDue(db, new Date("2026-06-02T05:00:00Z"));
    const digestOf = async (chatId: number) => {
      const rows = await db
        .select()
        .from(digestDeliveries)
        .where(eq(digestDeliveries.chatId, chatId))
        .orderBy(asc(digestDeliveries.localDate));
      return rows.map((r) => ({ day: r.localDate, status: r.status, content: r.content as Digest }));
    };
    const first = await digestOf(9200);
    expect(first.map((d) => [d.day, d.status])).toEqual([
      ["2026-06-01", "skipped"],
      ["2026-06-02", "pending"],
    ]);
    expect(first[1]?.content.sections).toEqual([
      { topic: "prices", items: [expect.objectContaining({ seriesKey: "used-car-avg", value: 1_750_000 })] },
    ]);
    // Excluding "used" leaves nothing new: the day is skipped.
    expect((await digestOf(9201)).map((d) => d.status)).toEqual(["skipped", "skipped"]);
  });
});
