// Runs in every test file: after each test, every whole-bot harness (test/support/harness.ts)
// checks the Bot API calls it has not checked yet, digests sent outside an update included, for
// internal names. The harnesses register on globalThis so files without one import nothing.
import { afterEach } from "vitest";

afterEach(async () => {
  const live = globalThis as { liveHarnesses?: Set<{ checkNames(): Promise<void> }> };
  for (const harness of live.liveHarnesses ?? []) await harness.checkNames();
});
