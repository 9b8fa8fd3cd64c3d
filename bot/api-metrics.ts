// A grammY API transformer that counts every Bot API attempt by method, and the failures by
// error code ('network' when Telegram was not reached), 429s apart. Installed next to the
// network (before auto-retry), so each retry counts as a call of its own.
import type { Transformer } from "grammy";
import { botApiCalls, botApiErrors, botApiThrottled } from "../metrics.ts";

const calls = new Map<string, ReturnType<typeof botApiCalls.labels>>();

function callsOf(method: string) {
  let c = calls.get(method);
  if (!c) {
    c = botApiCalls.labels(method);
    calls.set(method, c);
  }
  return c;
}

export function apiMetrics(): Transformer {
  return async (prev, method, payload, signal) => {
    callsOf(method).inc();
    try {
      const res = await prev(method, payload, signal);
      if (!res.ok) {
        botApiErrors.labels(method, String(res.error_code)).inc();
        if (res.error_code === 429) botApiThrottled.labels(method).inc();
      }
      return res;
    } catch (err) {
      botApiErrors.labels(method, "network").inc();
      throw err;
    }
  };
}
