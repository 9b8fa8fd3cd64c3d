// Quiet hours are applied where alerts are queued (db/queries/alerts.ts, in SQL, so one
// statement queues a fact's alerts); this reads a local time the same way, for tests and tools.

/** Minutes after local midnight in `zone` at `at`. */
export function localMinute(at: Date, zone: string): number {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: zone,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(at);
  const h = Number(parts.find((p) => p.type === "hour")?.value ?? 0);
  const m = Number(parts.find((p) => p.type === "minute")?.value ?? 0);
  return h * 60 + m;
}
