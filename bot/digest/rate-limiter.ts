// Paces sends under Telegram's limits: a global rate, one message a second to a chat, 20 a
// minute to a group. `pause` stops every send (a 429's retry_after) until the time given.
//
// The global rate is a sliding one-second window (at most `perSecond` sends in any second), not
// a token bucket: a sender whose event loop stalls (the embedded database runs on it) makes up
// the lost slots right after, so the achieved rate stays at the target without ever exceeding it.
// A minimum gap of half an interval keeps the catch-up from turning into a burst. Waiters queue
// in order and one timer releases them, so pacing costs one timer per message, not one per waiter.

export interface RateLimiterOptions {
  /** Messages per second across all chats. */
  perSecond: number;
  /** Milliseconds between two messages to one private chat (Telegram: about 1 s). */
  chatGapMs?: number;
  /** Milliseconds between two messages to one group (Telegram: 20 a minute). */
  groupGapMs?: number;
  clock?: () => number;
}

interface Waiter {
  chatId: number;
  isGroup: boolean;
  resolve: () => void;
}

export class RateLimiter {
  private readonly sent: number[] = [];
  private lastSend = Number.NEGATIVE_INFINITY;
  private pausedUntil = 0;
  private readonly chatNext = new Map<number, number>();
  private readonly waiters: Waiter[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  private rate = 1;
  private perWindow = 1;
  private minGap = 0;
  private readonly clock: () => number;

  constructor(private readonly options: RateLimiterOptions) {
    this.clock = options.clock ?? (() => performance.now());
    this.setRate(options.perSecond);
  }

  /** Changes the global rate from the next message on (senders sharing a budget). */
  setRate(perSecond: number): void {
    this.rate = perSecond;
    this.perWindow = Math.max(1, Math.floor(perSecond));
    this.minGap = 500 / perSecond;
  }

  get perSecond(): number {
    return this.rate;
  }

  /** Resolves when a message to this chat may go out. */
  acquire(chatId: number, isGroup: boolean): Promise<void> {
    return new Promise((resolve) => {
      this.waiters.push({ chatId, isGroup, resolve });
      this.pump();
    });
  }

  /** Every sender of this process waits until `ms` from now. */
  pause(ms: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, this.clock() + ms);
  }

  private pump(): void {
    if (this.timer) return;
    while (this.waiters.length > 0) {
      const now = this.clock();
      while (this.sent.length > 0 && (this.sent[0] ?? 0) <= now - 1000) this.sent.shift();
      const windowFreeAt = this.sent.length >= this.perWindow ? (this.sent[0] ?? 0) + 1000 : now;
      const globalAt = Math.max(windowFreeAt, this.lastSend + this.minGap, this.pausedUntil);
      if (globalAt > now) {
        this.wake(globalAt - now);
        return;
      }
      // The first waiter whose chat may receive now; others keep their place.
      const index = this.waiters.findIndex((w) => (this.chatNext.get(w.chatId) ?? 0) <= now);
      if (index < 0) {
        const soonest = Math.min(...this.waiters.map((w) => this.chatNext.get(w.chatId) ?? now));
        this.wake(soonest - now);
        return;
      }
      const [waiter] = this.waiters.splice(index, 1);
      if (!waiter) return;
      this.sent.push(now);
      this.lastSend = now;
      const gap = waiter.isGroup ? (this.options.groupGapMs ?? 3000) : (this.options.chatGapMs ?? 1000);
      this.chatNext.set(waiter.chatId, now + gap);
      if (this.chatNext.size > 100_000) this.forgetOld(now);
      waiter.resolve();
    }
  }

  private wake(ms: number): void {
    this.timer = setTimeout(
      () => {
        this.timer = null;
        this.pump();
      },
      Math.max(0, ms),
    );
  }

  private forgetOld(now: number): void {
    for (const [chat, at] of this.chatNext) if (at < now) this.chatNext.delete(chat);
  }
}
