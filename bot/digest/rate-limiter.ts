// Paces sends under Telegram's limits: a global rate, one message a second to a chat, 20 a
// minute to a group. `pause` stops every send (a 429's retry_after) until the time given.
//
// The global rate is a sliding one-second window (at most `perSecond` messages in any second),
// not a token bucket: a sender whose event loop stalls (the embedded database runs on it) makes
// up the lost slots right after, so the achieved rate stays at the target without exceeding it.
//
// Telegram counts a message when it reaches Telegram, which is some time between our send and its
// answer, so the window counts a message from its send until a second after its answer (`acquire`
// returns the call that says it was answered). On a quiet line that is a second and a few
// milliseconds. When the far end stalls, answers are late and the messages in flight keep their
// place in the window, so the sender waits rather than have Telegram count a second's worth of
// our sends, stamped late all together, in less than a second (a 429 and a pause for everyone).
//
// Catch-up runs at most at twice the rate (half an interval between sends), so it never becomes a
// burst. That gap is kept on a schedule rather than from the last send: a timer that fires late
// (a loaded machine wakes a process milliseconds after it asked) releases the sends the schedule
// owes, up to `catchUpMs` worth, instead of one send per wake-up. Waiters queue in order and one
// timer releases them.

export interface RateLimiterOptions {
  /** Messages per second across all chats. */
  perSecond: number;
  /** Milliseconds between two messages to one private chat (Telegram: about 1 s). */
  chatGapMs?: number;
  /** Milliseconds between two messages to one group (Telegram: 20 a minute). */
  groupGapMs?: number;
  /** How far behind its schedule a late wake-up may catch up at once (0: one send per wake-up). */
  catchUpMs?: number;
  clock?: () => number;
}

/** Says the message was answered (or not sent after all); call it exactly once. */
export type Answered = () => void;

interface Waiter {
  chatId: number;
  isGroup: boolean;
  resolve: (answered: Answered) => void;
}

export class RateLimiter {
  /** Answer times of the last second's messages, in order. */
  private readonly answered: number[] = [];
  private inFlight = 0;
  /** When the next send may go by the catch-up gap, kept on a schedule (see above). */
  private nextAt = Number.NEGATIVE_INFINITY;
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

  /** Resolves when a message to this chat may go out, with the call that says it was answered. */
  acquire(chatId: number, isGroup: boolean): Promise<Answered> {
    return new Promise((resolve) => {
      // Only time spent waiting is owed: a sender that was idle has no sends to make up.
      if (this.waiters.length === 0) this.nextAt = Math.max(this.nextAt, this.clock());
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
      while (this.answered.length > 0 && (this.answered[0] ?? 0) <= now - 1000) this.answered.shift();
      if (this.inFlight + this.answered.length >= this.perWindow) {
        // Full: the oldest answer leaves the window in time, or an answer comes and pumps.
        if (this.answered.length > 0) this.wake((this.answered[0] ?? now) + 1000 - now);
        return;
      }
      const globalAt = Math.max(this.nextAt, this.pausedUntil);
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
      this.inFlight++;
      this.nextAt = Math.max(this.nextAt, now - (this.options.catchUpMs ?? 20)) + this.minGap;
      const gap = waiter.isGroup ? (this.options.groupGapMs ?? 3000) : (this.options.chatGapMs ?? 1000);
      this.chatNext.set(waiter.chatId, now + gap);
      if (this.chatNext.size > 100_000) this.forgetOld(now);
      waiter.resolve(this.answer());
    }
  }

  private answer(): Answered {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.inFlight--;
      this.answered.push(this.clock());
      this.pump();
    };
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
