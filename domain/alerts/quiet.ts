// Quiet hours: an alert that falls inside a chat's quiet hours (its own time zone) waits until
// they end. Hours may wrap midnight (22:00–08:00).

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

/** When an alert queued at `now` may go out to a chat with these quiet hours. */
export function releaseAt(
  now: Date,
  chat: { quietFrom: number | null; quietTo: number | null; timeZone: string },
): Date {
  const { quietFrom: from, quietTo: to } = chat;
  if (from === null || to === null || from === to) return now;
  const minute = localMinute(now, chat.timeZone);
  const inside = from < to ? minute >= from && minute < to : minute >= from || minute < to;
  if (!inside) return now;
  const wait = (to - minute + 1440) % 1440;
  // To the start of the minute the quiet hours end; a DST jump that night moves it by an hour at most.
  const at = new Date(now.getTime() + wait * 60_000);
  at.setUTCSeconds(0, 0);
  return at;
}
