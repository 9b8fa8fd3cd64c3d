// The digest sender's pacing: never more than the rate in any second, counted until a second after
// each answer; one message a second to a chat; and a timer that fires late makes up the sends it
// owes at once instead of one per wake-up.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { RateLimiter } from "../../bot/digest/rate-limiter.ts";

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
afterEach(() => {
  vi.useRealTimers();
});

/** Acquires for `chats` distinct chats at once and records when each was let through. */
function queue(limiter: RateLimiter, chats: number, firstChat = 1): number[] {
  const at: number[] = [];
  for (let i = 0; i < chats; i++)
    void limiter.acquire(firstChat + i, false).then((answered) => {
      at.push(Date.now());
      answered();
    });
  return at;
}
const maxInAnySecond = (at: number[]) =>
  Math.max(...at.map((t) => at.filter((u) => u >= t && u < t + 1000).length));

describe("the digest rate limiter", () => {
  it("keeps to the rate in every second and spaces sends by at least half an interval", async () => {
    const limiter = new RateLimiter({ perSecond: 100, clock: () => Date.now() });
    const at = queue(limiter, 300);
    await vi.advanceTimersByTimeAsync(3500);
    expect(at).toHaveLength(300);
    expect(maxInAnySecond(at)).toBeLessThanOrEqual(100);
    const gaps = at.slice(1).map((t, i) => t - (at[i] ?? 0));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(5);
  });

  /**
   * A loaded machine: every millisecond of timers the clock moves five, as if each wake-up came
   * late. Over 100 such steps the limiter's clock covers 500 ms, in which 200 messages a second
   * allow 100 sends.
   */
  async function lateTimers(catchUpMs?: number): Promise<number[]> {
    let lag = 0;
    const limiter = new RateLimiter({ perSecond: 200, catchUpMs, clock: () => Date.now() + lag });
    const at: number[] = [];
    for (let i = 0; i < 100; i++)
      void limiter.acquire(i + 1, false).then((answered) => {
        at.push(Date.now() + lag);
        answered();
      });
    for (let step = 0; step < 100; step++) {
      lag += 4;
      await vi.advanceTimersByTimeAsync(1);
    }
    return at;
  }

  it("makes up the sends a late timer owes at once, within the second's rate", async () => {
    const at = await lateTimers();
    expect(at.length).toBeGreaterThanOrEqual(95);
    expect(maxInAnySecond(at)).toBeLessThanOrEqual(200);
  });

  it("sends one message per late wake-up when catch-up is off", async () => {
    expect((await lateTimers(0)).length).toBeLessThan(60);
  });

  it("owes nothing for time nobody waited: after an idle spell the next send goes alone", async () => {
    const limiter = new RateLimiter({ perSecond: 100, clock: () => Date.now() });
    queue(limiter, 1);
    await vi.advanceTimersByTimeAsync(5000);
    const at = queue(limiter, 5, 100);
    await vi.advanceTimersByTimeAsync(0);
    expect(at).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(100);
    expect(at).toHaveLength(5);
  });

  it("lets a chat receive once a second while other chats go on", async () => {
    const limiter = new RateLimiter({ perSecond: 100, clock: () => Date.now() });
    const at: [number, number][] = [];
    for (const chat of [7, 7, 8, 9])
      void limiter.acquire(chat, false).then(() => at.push([chat, Date.now()]));
    await vi.advanceTimersByTimeAsync(2000);
    const [first = 0, second = 0] = at.filter(([c]) => c === 7).map(([, t]) => t);
    expect(second - first).toBeGreaterThanOrEqual(1000);
    expect(at.findIndex(([c]) => c === 9)).toBeLessThan(at.map(([c]) => c).lastIndexOf(7));
  });

  it("holds every send during a pause", async () => {
    const limiter = new RateLimiter({ perSecond: 100, clock: () => Date.now() });
    limiter.pause(3000);
    const at = queue(limiter, 3);
    await vi.advanceTimersByTimeAsync(2999);
    expect(at).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(100);
    expect(at).toHaveLength(3);
    expect(Math.min(...at)).toBeGreaterThanOrEqual(3000);
  });

  it("keeps a message in the window until a second after its answer", async () => {
    const limiter = new RateLimiter({ perSecond: 3, clock: () => Date.now() });
    const pending: (() => void)[] = [];
    const at: number[] = [];
    for (let chat = 1; chat <= 4; chat++)
      void limiter.acquire(chat, false).then((answered) => {
        at.push(Date.now());
        pending.push(answered);
      });
    await vi.advanceTimersByTimeAsync(2500);
    // Three unanswered messages fill a window of three however long they take.
    expect(at).toHaveLength(3);
    for (const answered of pending.splice(0)) answered();
    await vi.advanceTimersByTimeAsync(999);
    expect(at).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(2);
    expect(at).toHaveLength(4);
    expect(at[3]).toBeGreaterThanOrEqual(3500);
  });
});
