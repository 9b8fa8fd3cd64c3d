// A per-user budget for expensive work (charts, what-if calculations): a sliding minute, kept
// in memory per instance. Past it the user gets a polite message instead of the work.
import type { BotContext } from "./context.ts";

export const EXPENSIVE_PER_MINUTE = 10;
const recent = new Map<number, number[]>();

/** True when the user may run one more expensive request now; otherwise tells them to wait. */
export async function allowExpensive(ctx: BotContext): Promise<boolean> {
  const user = ctx.from?.id;
  if (user === undefined) return true;
  const now = Date.now();
  const times = (recent.get(user) ?? []).filter((t) => t > now - 60_000);
  if (times.length >= EXPENSIVE_PER_MINUTE) {
    const wait = Math.ceil(((times[0] ?? now) + 60_000 - now) / 1000);
    const text = ctx.tr("error-too-many", { seconds: String(wait) });
    if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text, show_alert: true });
    else if (ctx.chat) await ctx.reply(text, { parse_mode: "HTML" });
    recent.set(user, times);
    return false;
  }
  times.push(now);
  recent.set(user, times);
  if (recent.size > 100_000) {
    for (const [u, ts] of recent) if ((ts.at(-1) ?? 0) < now - 60_000) recent.delete(u);
  }
  return true;
}
