// The fake Bot API as a process of its own, so its event loop does not share time with the
// sender it measures. Prints `{"apiRoot": ...}` on its first line; GET /__stats, /__reset.
import { startFakeTelegram } from "./fake-telegram.ts";

const fake = await startFakeTelegram({
  globalLimit: Number(process.env.FAKE_LIMIT ?? 500),
  chatGapMs: Number(process.env.FAKE_CHAT_GAP_MS ?? 1000),
});
process.stdout.write(`${JSON.stringify({ apiRoot: fake.apiRoot })}\n`);
process.once("SIGTERM", () => void fake.close().then(() => process.exit(0)));
