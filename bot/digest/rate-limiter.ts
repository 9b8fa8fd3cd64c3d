// Paces sends under Telegram's limits: a global rate, one message a second to a chat, 20 a
// minute to a group. `pause` stops every send (a 429's retry_after) until the time given.
//
// The global rate is a sliding one-second window (at most `perSecond` sends in any second), not
// a token bucket: a sender whose event loop stalls (the embedded database runs on it) makes up
// the lost slots right after, so the achieved rate stays at the target without ever exceeding it.
// A minimum gap of half an interval keeps the catch-up from turning into a burst.

export interface RateLimiterOptions {
  /** Messages per second across all chats. */
  perSecond: number;
  /** Milliseconds between two messages to one private chat (Telegram: about 1 s). */
  chatGapMs?: number;
  /** Milliseconds between two messages to one group (Telegram: 20 a minute). */
  groupGapMs?: number;
  sleep?: (ms: number) => Promise<void>;
  clock?: () => number;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class RateLimiter {
  private readonly sent: number[] = [];
  private lastSend = Number.NEGATIVE_INFINITY;
  private pausedUntil = 0;
  private readonly chatNext = new Map<number, number>();
  private readonly perWindow: number;
  private readonly minGap: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly clock: () => number;

  constructor(private readonly options: RateLimiterOptions) {
    this.perWindow = Math.max(1, Math.floor(options.perSecond));
    this.minGap = 500 / options.perSecond;
    this.sleep = options.sleep ?? realSleep;
    this.clock = options.clock ?? (() => performance.now());
  }

  /** Waits for a slot for this chat; resolves when a message may go out. */
  async acquire(chatId: number, isGroup: boolean): Promise<void> {
    for (;;) {
      const now = this.clock();
      while (this.sent.length > 0 && (this.sent[0] ?? 0) <= now - 1000) this.sent.shift();
      const windowFreeAt = this.sent.length >= this.perWindow ? (this.sent[0] ?? 0) + 1000 : now;
      const at = Math.max(
        windowFreeAt,
        this.lastSend + this.minGap,
        this.pausedUntil,
        this.chatNext.get(chatId) ?? 0,
        now,
      );
      if (at <= now) {
        this.sent.push(now);
        this.lastSend = now;
        const gap = isGroup ? (this.options.groupGapMs ?? 3000) : (this.options.chatGapMs ?? 1000);
        this.chatNext.set(chatId, now + gap);
        if (this.chatNext.size > 100_000) this.forgetOld(now);
        return;
      }
      await this.sleep(at - now);
    }
  }

  /** Every sender of this process waits until `ms` from now. */
  pause(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.clock() + ms);
  }

  private forgetOld(now: number): void {
    for (const [chat, at] of this.chatNext) if (at < now) this.chatNext.delete(chat);
  }
}
