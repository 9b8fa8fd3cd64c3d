// Delivers queued digests. Claims rows with a lease (never holding a transaction while talking
// to Telegram), paces messages with the rate limiter, and handles Telegram's answers:
// 429 pauses every sender (in this process at once, in others through the database),
// 5xx and network errors back off and retry, 403 and a vanished chat deactivate the subscriber,
// and after `maxAttempts` a row is marked failed with its error. A crashed sender's rows come
// back when their lease expires; a row whose lease ran out while it waited is left unsent.
// DIGEST_RATE is the whole bot's: the senders alive (a heartbeat row each) divide it.
import { randomUUID } from "node:crypto";
import { type Api, GrammyError, HttpError } from "grammy";
import type { Db } from "../../db/client.ts";
import { deactivateAlertChat, markSkipped } from "../../db/queries/alerts.ts";
import {
  claimDeliveries,
  type DeliveryRow,
  deactivateByChat,
  heartbeatSender,
  markFailed,
  markSent,
  releaseForRetry,
  removeSender,
  uncover,
} from "../../db/queries/digests.ts";
import { readStored, writeStored } from "../../db/queries/storage.ts";
import { alertGate } from "../../domain/alerts/delivery.ts";
import { recordAlertSent, recordDigestSent } from "../../metrics.ts";
import type { Logger } from "../context.ts";
import type { Lang } from "../i18n.ts";
import { keyboard, type Reply } from "../render/reply.ts";
import { RateLimiter } from "./rate-limiter.ts";

const PAUSE_KEY = "digest:paused-until";

export interface SenderOptions {
  db: Db;
  /** A Bot API client without auto-retry: the sender decides about retries itself. */
  api: Api;
  /** A digest, an alert or a correction, by the row's kind, in the chat's language. */
  render: (row: DeliveryRow, lang: Lang) => Reply;
  logger: Logger;
  /** Clock for the rows' timestamps (leases, retries); pacing uses the monotonic clock. */
  now?: () => Date;
  perSecond?: number;
  /** How far behind its schedule the pacing may catch up at once (RateLimiter's `catchUpMs`). */
  catchUpMs?: number;
  /** Telegram's paid broadcasts: up to 1,000 messages a second, charged in Stars. */
  paidBroadcast?: boolean;
  maxAttempts?: number;
  leaseSeconds?: number;
  batchSize?: number;
  /** Messages in flight at once; enough to keep the rate when Telegram answers slowly. */
  concurrency?: number;
  owner?: string;
  /** Delivers only this chat's rows (`npm run chat`, whose outbox is its one user's). */
  onlyChat?: number;
  /** Called after each message Telegram accepted (the benchmark counts with it). */
  onSent?: (row: DeliveryRow) => void;
}

export interface SenderStats {
  sent: number;
  retried: number;
  throttled: number;
  failed: number;
  deactivated: number;
  /** Rows left unsent because their lease ran out while they waited (another sender takes them). */
  expired: number;
}

/** Chats that are gone for good: the subscriber is deactivated rather than retried. */
const GONE =
  /chat not found|bot was kicked|bot was blocked|user is deactivated|group chat was upgraded|not enough rights to send/i;

/** How often a sender says it is alive, and when an unheard sender stops counting. */
const HEARTBEAT_MS = 5_000;
const STALE_MS = 15_000;
/** A row is sent only with at least this much of its lease left. */
const LEASE_MARGIN_MS = 1_000;

export class DigestSender {
  readonly owner: string;
  readonly stats: SenderStats = { sent: 0, retried: 0, throttled: 0, failed: 0, deactivated: 0, expired: 0 };
  private readonly limiter: RateLimiter;
  /** The whole bot's rate (DIGEST_RATE within Telegram's cap), shared by the senders alive. */
  private readonly budget: number;
  private lastHeartbeat = Number.NEGATIVE_INFINITY;
  private readonly now: () => Date;
  private stopped = false;
  private running: Promise<void> | null = null;

  constructor(private readonly o: SenderOptions) {
    this.owner = o.owner ?? `sender-${randomUUID().slice(0, 8)}`;
    this.now = o.now ?? (() => new Date());
    const cap = o.paidBroadcast ? 1000 : 30;
    this.budget = Math.min(o.perSecond ?? 25, cap);
    this.limiter = new RateLimiter({ perSecond: this.budget, catchUpMs: o.catchUpMs });
  }

  /**
   * Sends until nothing is claimable. Workers take rows from a queue that is refilled (claimed)
   * while the last ones are still in flight, so the pace does not stall between batches.
   */
  async drain(): Promise<SenderStats> {
    const leaseSeconds = this.o.leaseSeconds ?? 60;
    // Claim no more than a third of a lease's worth at the current rate: the queue holds up to
    // one and a half batches, and rows must go out well before their lease ends.
    const batchSize = () =>
      Math.max(1, Math.min(this.o.batchSize ?? 100, Math.floor((this.rate * leaseSeconds) / 3)));
    const queue: DeliveryRow[] = [];
    const sent: number[] = [];
    let exhausted = false;
    let refilling: Promise<void> | null = null;
    const refill = async () => {
      if (performance.now() - this.lastHeartbeat > HEARTBEAT_MS) await this.shareRate();
      await this.waitSharedPause();
      const leaseUntil = new Date(this.now().getTime() + leaseSeconds * 1000);
      const rows = await claimDeliveries(
        this.o.db,
        this.owner,
        this.now(),
        leaseUntil,
        batchSize(),
        this.o.onlyChat,
      );
      if (rows.length === 0) exhausted = true;
      queue.push(...rows);
    };
    let lastFlush = performance.now();
    const flush = async () => {
      lastFlush = performance.now();
      const ids = sent.splice(0);
      await markSent(this.o.db, ids, this.owner, this.now());
    };
    const worker = async () => {
      for (;;) {
        if (!refilling && !exhausted && !this.stopped && queue.length < batchSize() / 2) {
          refilling = refill().finally(() => {
            refilling = null;
          });
        }
        const row = queue.shift();
        if (!row) {
          if (refilling) {
            await refilling;
            continue;
          }
          return;
        }
        if (await this.sendOne(row)) sent.push(row.id);
        // Marks go in batches, but never lag more than 100 ms: after a crash, rows Telegram took
        // and the database does not know about are sent again, so that window stays small.
        if (sent.length >= 100 || performance.now() - lastFlush > 100) await flush();
      }
    };
    await Promise.all(Array.from({ length: this.o.concurrency ?? 32 }, worker));
    await flush();
    return this.stats;
  }

  /** Drains now and then every `idleMs` until stopped. */
  start(idleMs = 2000): void {
    if (this.running) return;
    this.stopped = false;
    this.running = (async () => {
      while (!this.stopped) {
        try {
          await this.drain();
        } catch (err) {
          this.o.logger.error({ err: (err as Error).message }, "digest sender failed; retrying");
        }
        await sleep(idleMs, () => this.stopped);
      }
    })();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.running;
    this.running = null;
    // Leave the count now, so the others take the whole budget without waiting for staleness.
    await removeSender(this.o.db, this.owner).catch(() => {});
  }

  /** Messages a second this sender allows itself now. */
  get rate(): number {
    return this.limiter.perSecond;
  }

  /**
   * DIGEST_RATE is the bot's total, however many instances send: each sender says it is alive
   * and takes its share of the budget. If the database cannot say, the share stays as it was.
   */
  async shareRate(): Promise<void> {
    this.lastHeartbeat = performance.now();
    const now = this.now();
    try {
      const senders = await heartbeatSender(this.o.db, this.owner, now, new Date(now.getTime() - STALE_MS));
      this.limiter.setRate(this.budget / senders);
    } catch (err) {
      this.o.logger.warn({ err: (err as Error).message }, "cannot share the digest rate");
    }
  }

  private async waitSharedPause(): Promise<void> {
    const until = Number((await readStored(this.o.db, PAUSE_KEY)) ?? 0);
    const wait = until - this.now().getTime();
    if (wait > 0) this.limiter.pause(wait);
  }

  /** Sends one digest; true when Telegram accepted it. */
  private async sendOne(row: DeliveryRow): Promise<boolean> {
    if (row.kind !== "digest" && !(await this.alertMayGo(row))) return false;
    const reply = this.o.render(row, row.lang === "ru" ? "ru" : "en");
    const isGroup = row.chatType === "group" || row.chatType === "supergroup";
    const answered = await this.limiter.acquire(row.chatId, isGroup);
    // A long wait (a 429 pause) can outlast the lease; then another sender may have the row
    // already, so this one leaves it rather than send it twice.
    if (row.leaseUntil && this.now().getTime() > row.leaseUntil.getTime() - LEASE_MARGIN_MS) {
      answered();
      this.stats.expired++;
      return false;
    }
    try {
      await this.o.api.sendMessage(row.chatId, reply.text, {
        parse_mode: "HTML",
        link_preview_options: { is_disabled: true },
        reply_markup: keyboard(reply),
        ...(this.o.paidBroadcast ? { allow_paid_broadcast: true } : {}),
      });
      answered();
      this.stats.sent++;
      if (row.kind === "digest") recordDigestSent();
      else recordAlertSent();
      this.o.onSent?.(row);
      return true;
    } catch (err) {
      answered();
      await this.handleFailure(row, err);
      return false;
    }
  }

  /** An alert whose fact is gone is not sent; a correction waits for the alert it corrects. */
  private async alertMayGo(row: DeliveryRow): Promise<boolean> {
    const gate = await alertGate(this.o.db, row);
    if (gate === "send") return true;
    if (gate === "later") {
      const at = new Date(this.now().getTime() + 5_000);
      await releaseForRetry(this.o.db, row.id, this.owner, at, "waits for the alert it corrects", false);
    } else await markSkipped(this.o.db, row.id, this.owner, gate);
    return false;
  }

  private async handleFailure(row: DeliveryRow, err: unknown): Promise<void> {
    const db = this.o.db;
    const now = this.now();
    const message = err instanceof Error ? err.message : String(err);
    if (err instanceof GrammyError && err.error_code === 429) {
      const seconds = err.parameters.retry_after ?? 5;
      this.stats.throttled++;
      this.limiter.pause(seconds * 1000);
      await writeStored(db, PAUSE_KEY, now.getTime() + seconds * 1000);
      this.o.logger.warn(
        { chatId: row.chatId, retryAfter: seconds },
        "Telegram asked to slow down; all senders pause",
      );
      await releaseForRetry(db, row.id, this.owner, new Date(now.getTime() + seconds * 1000), message, false);
      return;
    }
    if (err instanceof GrammyError && (err.error_code === 403 || GONE.test(err.description))) {
      this.stats.deactivated++;
      this.stats.failed++;
      await deactivateByChat(db, row.chatId, err.description, now);
      await deactivateAlertChat(db, row.chatId);
      await markFailed(db, row.id, this.owner, err.description);
      this.o.logger.info({ chatId: row.chatId, reason: err.description }, "subscriber deactivated");
      return;
    }
    const transient = err instanceof HttpError || (err instanceof GrammyError && err.error_code >= 500);
    if (transient && row.attempts < (this.o.maxAttempts ?? 5)) {
      this.stats.retried++;
      // 2, 4, 8 … seconds, at most five minutes, with jitter so retries of many rows spread out.
      const delay = Math.min(300_000, 2 ** row.attempts * 1000) * (0.75 + Math.random() * 0.5);
      await releaseForRetry(db, row.id, this.owner, new Date(now.getTime() + delay), message, true);
      return;
    }
    this.stats.failed++;
    const failed = await markFailed(db, row.id, this.owner, message);
    // Its news was not delivered: the next digest starts where this one did.
    if (failed?.subscriberId && failed.localDate)
      await uncover(db, failed.subscriberId, failed.since, failed.until);
    this.o.logger.warn({ chatId: row.chatId, attempts: row.attempts, err: message }, "digest failed");
  }
}

async function sleep(ms: number, stop: () => boolean): Promise<void> {
  const end = Date.now() + ms;
  while (!stop() && Date.now() < end)
    await new Promise((r) => setTimeout(r, Math.min(100, end - Date.now())));
}
