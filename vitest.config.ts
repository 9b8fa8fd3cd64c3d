import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/support/global-setup.ts"],
    // After each test: no whole-bot harness showed a user an internal key, code or file name.
    setupFiles: ["test/support/setup.ts"],
    // Database and child-process tests take seconds on a 2-core machine; none of them time anything.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: process.env.VITEST_JSON ? ["default", "json"] : ["default"],
    outputFile: { json: process.env.VITEST_JSON ?? "test-results.json" },
  },
});
