// Paces sends under Telegram's limits: a global rate, one message per second to a chat, 20 a
// minute to a group. `pause` stops every send (a 429's retry_after) until the time given.

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
  private nextSlot = 0;
  private pausedUntil = 0;
  private readonly chatNext = new Map<number, number>();
  private readonly interval: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly clock: () => number;

  constructor(private readonly options: RateLimiterOptions) {
    this.interval = 1000 / options.perSecond;
    this.sleep = options.sleep ?? realSleep;
    this.clock = options.clock ?? (() => performance.now());
  }

  /** Waits for a slot for this chat; resolves when a message may go out. */
  async acquire(chatId: number, isGroup: boolean): Promise<void> {
    for (;;) {
      const now = this.clock();
      const chatAt = this.chatNext.get(chatId) ?? 0;
      const at = Math.max(this.nextSlot, this.pausedUntil, chatAt, now);
      if (at <= now) {
        // Slots are taken in order; a burst after idling is not allowed to exceed the rate.
        this.nextSlot = Math.max(this.nextSlot, now - this.interval) + this.interval;
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

  /** Resume time of the current pause, for sharing with other processes. */
  pausedFor(): number {
    return Math.max(0, this.pausedUntil - this.clock());
  }

  private forgetOld(now: number): void {
    for (const [chat, at] of this.chatNext) if (at < now) this.chatNext.delete(chat);
  }
}
