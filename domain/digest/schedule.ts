// When digests are due. croner computes the next local time in the subscriber's zone (daylight
// saving included); the tick turns due subscribers into outbox rows keyed by (subscriber, local
// date), so any number of ticks and processes produce one row per subscriber and day.
import { Cron } from "croner";
import type { Db } from "../../db/client.ts";
import {
  advanceSubscribers,
  type DeliveryInsert,
  dueSubscribers,
  insertDeliveries,
  newsBetween,
} from "../../db/queries/digests.ts";
import { composeDigest, isEmptyDigest } from "./compose.ts";

export interface Schedule {
  digestMinute: number;
  timeZone: string;
  weekdaysOnly: boolean;
}

function cronFor(s: Schedule): Cron {
  const pattern = `0 ${s.digestMinute % 60} ${Math.floor(s.digestMinute / 60)} * * ${s.weekdaysOnly ? "1-5" : "*"}`;
  return new Cron(pattern, { timezone: s.timeZone, paused: true });
}

/** The first digest time strictly after `after`. */
export function nextDigestAt(s: Schedule, after: Date): Date {
  const next = cronFor(s).nextRun(after);
  if (!next) throw new Error(`no next run for ${s.timeZone}`);
  return next;
}

/** The latest digest time at or before `now`, starting from a due time (a bot that was down catches up once). */
export function latestOccurrence(s: Schedule, due: Date, now: Date): Date {
  const cron = cronFor(s);
  let occurrence = due;
  for (let i = 0; i < 1000; i++) {
    const next = cron.nextRun(occurrence);
    if (!next || next > now) break;
    occurrence = next;
  }
  return occurrence;
}

/** `YYYY-MM-DD` of an instant in a time zone. */
export function localDate(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(instant);
}

export interface TickResult {
  due: number;
  queued: number;
  skippedEmpty: number;
}

/**
 * One scheduler tick: every subscriber whose digest time has come gets one outbox row for that
 * local date, with the digest composed from what is new since their last one. Safe to run from
 * several processes at once: the unique key drops duplicates and due times only move forward.
 */
export async function scheduleDue(db: Db, now: Date, options: { batch?: number } = {}): Promise<TickResult> {
  const batch = options.batch ?? 2000;
  const result: TickResult = { due: 0, queued: 0, skippedEmpty: 0 };
  for (;;) {
    const subs = await dueSubscribers(db, now, batch);
    if (subs.length === 0) return result;
    result.due += subs.length;
    const occurrences = subs.map((s) => ({ sub: s, at: latestOccurrence(s, s.nextDueAt, now) }));
    // One query for the news of the widest window; each subscriber takes its own slice.
    const since = new Date(Math.min(...subs.map((s) => s.coveredUntil.getTime())));
    const until = new Date(Math.max(...occurrences.map((o) => o.at.getTime())));
    const news = await newsBetween(db, since, until);
    const rows: DeliveryInsert[] = occurrences.map(({ sub, at }) => {
      const digest = composeDigest(news, sub, sub.coveredUntil, at);
      const empty = isEmptyDigest(digest);
      if (empty && sub.whenEmpty === "skip") result.skippedEmpty++;
      return {
        subscriberId: sub.id,
        localDate: localDate(at, sub.timeZone),
        chatId: sub.chatId,
        chatType: sub.chatType,
        lang: sub.lang,
        status: empty && sub.whenEmpty === "skip" ? "skipped" : "pending",
        content: digest,
        since: sub.coveredUntil,
        until: at,
        nextAttemptAt: now,
        createdAt: now,
      };
    });
    const inserted = new Set((await insertDeliveries(db, rows)).map((r) => r.subscriberId));
    result.queued += rows.filter((r) => r.status === "pending" && inserted.has(r.subscriberId ?? -1)).length;
    await advanceSubscribers(
      db,
      occurrences.map(({ sub, at }) => ({
        id: sub.id,
        nextDueAt: nextDigestAt(sub, now),
        // Only the process whose row went in moves the covered mark.
        coveredUntil: inserted.has(sub.id) ? at : null,
      })),
    );
    if (subs.length < batch) return result;
  }
}
