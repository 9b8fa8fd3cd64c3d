import type { Db } from "../../db/client.ts";
import {
  digestCounts,
  findSubscriber,
  latestFacts,
  newsBetween,
  type SubscriberRow,
  updateSubscriber,
  upsertSubscriber,
} from "../../db/queries/digests.ts";
import { DomainError } from "../errors.ts";
import { normalize } from "../text.ts";
import {
  composeDigest,
  type Digest,
  type DigestItem,
  isEmptyDigest,
  latestSample,
  TOPICS,
  type Topic,
} from "./compose.ts";
import { nextDigestAt } from "./schedule.ts";

export type Subscriber = SubscriberRow;

export const DEFAULT_DIGEST_MINUTE = 8 * 60;

/** Russian time zones offered as buttons, west to east; any other IANA name can be typed. */
export const RUSSIAN_ZONES = [
  "Europe/Kaliningrad",
  "Europe/Moscow",
  "Europe/Samara",
  "Asia/Yekaterinburg",
  "Asia/Omsk",
  "Asia/Novosibirsk",
  "Asia/Krasnoyarsk",
  "Asia/Irkutsk",
  "Asia/Yakutsk",
  "Asia/Vladivostok",
  "Asia/Magadan",
  "Asia/Kamchatka",
] as const;

export const MAX_KEYWORDS = 20;

/** `8:00`, `07:30`, `19.45` → minutes after midnight. */
export function parseDigestTime(input: string): number {
  const m = /^\s*(\d{1,2})[:.](\d{2})\s*$/.exec(input);
  const h = Number(m?.[1]);
  const min = Number(m?.[2]);
  if (!m || h > 23 || min > 59) throw new DomainError("invalid_time", { input: input.trim().slice(0, 20) });
  return h * 60 + min;
}

/** An IANA zone name, matched case-insensitively (`asia/vladivostok` works). */
export function parseTimeZone(input: string): string {
  const name = input.trim();
  const canonical = Intl.supportedValuesOf("timeZone").find((z) => z.toLowerCase() === name.toLowerCase());
  const zone = canonical ?? (name === "UTC" || name.toLowerCase() === "utc" ? "UTC" : null);
  if (!zone) throw new DomainError("invalid_time_zone", { input: name.slice(0, 40) });
  return zone;
}

export function formatDigestTime(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
}

export async function getSubscriber(db: Db, chatId: number): Promise<Subscriber | undefined> {
  return findSubscriber(db, chatId);
}

/** Subscribes a chat with the defaults, or turns an earlier subscription back on with its settings. */
export async function subscribe(
  db: Db,
  chat: { chatId: number; chatType: string; lang: "en" | "ru" },
  now: Date,
  defaultZone: string,
): Promise<Subscriber> {
  const existing = await findSubscriber(db, chat.chatId);
  if (existing) {
    const row = await updateSubscriber(db, chat.chatId, {
      active: true,
      deactivatedAt: null,
      deactivatedReason: null,
      chatType: chat.chatType,
      nextDueAt: nextDigestAt(existing, now),
      ...(existing.active ? {} : { coveredUntil: now }),
    });
    if (!row) throw new DomainError("not_subscribed");
    return row;
  }
  const schedule = { digestMinute: DEFAULT_DIGEST_MINUTE, timeZone: defaultZone, weekdaysOnly: false };
  return upsertSubscriber(db, {
    chatId: chat.chatId,
    chatType: chat.chatType,
    lang: chat.lang,
    topics: [...TOPICS],
    ...schedule,
    whenEmpty: "skip",
    nextDueAt: nextDigestAt(schedule, now),
    coveredUntil: now,
  });
}

export async function unsubscribe(db: Db, chatId: number, now: Date): Promise<void> {
  if (!(await findSubscriber(db, chatId))?.active) throw new DomainError("not_subscribed");
  const row = await updateSubscriber(db, chatId, {
    active: false,
    deactivatedAt: now,
    deactivatedReason: "unsubscribed",
  });
  if (!row) throw new DomainError("not_subscribed");
}

export type SettingsChange =
  | { kind: "topic"; topic: Topic }
  | { kind: "time"; minute: number }
  | { kind: "zone"; zone: string }
  | { kind: "weekdays"; weekdaysOnly: boolean }
  | { kind: "empty"; whenEmpty: "skip" | "notice" }
  | { kind: "language"; lang: "en" | "ru" }
  | { kind: "include" | "exclude"; keywords: string[] };

/** Applies one change and recomputes when the next digest is due. */
export async function changeSettings(
  db: Db,
  chatId: number,
  change: SettingsChange,
  now: Date,
): Promise<Subscriber> {
  const sub = await findSubscriber(db, chatId);
  if (!sub?.active) throw new DomainError("not_subscribed");
  const next: Partial<Subscriber> = {};
  switch (change.kind) {
    case "topic": {
      const topics = new Set(sub.topics);
      if (topics.has(change.topic)) topics.delete(change.topic);
      else topics.add(change.topic);
      next.topics = TOPICS.filter((t) => topics.has(t));
      break;
    }
    case "time":
      next.digestMinute = change.minute;
      break;
    case "zone":
      next.timeZone = change.zone;
      break;
    case "weekdays":
      next.weekdaysOnly = change.weekdaysOnly;
      break;
    case "empty":
      next.whenEmpty = change.whenEmpty;
      break;
    case "language":
      next.lang = change.lang;
      break;
    case "include":
    case "exclude": {
      const words = [...new Set(change.keywords.map(normalize).filter(Boolean))];
      if (words.length > MAX_KEYWORDS || words.some((w) => w.length > 40)) {
        throw new DomainError("invalid_keywords", { max: MAX_KEYWORDS });
      }
      if (change.kind === "include") next.includeKeywords = words;
      else next.excludeKeywords = words;
      break;
    }
  }
  const schedule = { ...sub, ...next };
  const row = await updateSubscriber(db, chatId, { ...next, nextDueAt: nextDigestAt(schedule, now) });
  if (!row) throw new DomainError("not_subscribed");
  return row;
}

/** How far back /digest looks for a chat without a subscription. */
export const PREVIEW_DAYS = 7;

const DEFAULT_PREFS = { topics: [...TOPICS], includeKeywords: [], excludeKeywords: [] };

/**
 * Today's digest on demand: for a subscriber, what is new since their last digest; for a chat
 * without one, what a digest would hold (the news of the last PREVIEW_DAYS) and, when that is
 * nothing, a short sample of the latest facts (labelled as the latest, not as new).
 */
export async function digestNow(
  db: Db,
  chatId: number,
  now: Date,
): Promise<{ digest: Digest; subscriber?: Subscriber; latest: DigestItem[] }> {
  const sub = await findSubscriber(db, chatId);
  const since = sub?.active ? sub.coveredUntil : new Date(now.getTime() - PREVIEW_DAYS * 24 * 3600_000);
  const prefs = sub?.active ? sub : DEFAULT_PREFS;
  const news = await newsBetween(db, since, now);
  const digest = composeDigest(news, prefs, since, now);
  const latest =
    !sub?.active && isEmptyDigest(digest) ? latestSample(await latestFacts(db, now, 3), prefs) : [];
  return { digest, subscriber: sub?.active ? sub : undefined, latest };
}

/** A digest's window again (for its "more" button), with the chat's topics and keywords. */
export async function digestBetween(db: Db, chatId: number, since: Date, until: Date): Promise<Digest> {
  const sub = await findSubscriber(db, chatId);
  return composeDigest(await newsBetween(db, since, until), sub?.active ? sub : DEFAULT_PREFS, since, until);
}

/** Outbox figures for today (UTC) and the send rate over the last minute, for operators. */
export function digestStats(db: Db, now: Date) {
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  return digestCounts(db, start, now);
}
