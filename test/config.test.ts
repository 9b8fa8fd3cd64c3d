import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../config.ts";

const token = "123456:ABCdefGhIJKlmNoPQRstuVWxyz0123456";

describe("configuration", () => {
  it("applies defaults", () => {
    expect(loadConfig({ BOT_TOKEN: token })).toMatchObject({
      DATA_DIR: "./data",
      BOT_MODE: "polling",
      DEFAULT_TIMEZONE: "Europe/Moscow",
      LOG_LEVEL: "info",
      ADMIN_IDS: [],
    });
    expect(loadConfig({ BOT_TOKEN: token, ADMIN_IDS: "1, 22,333" }).ADMIN_IDS).toEqual([1, 22, 333]);
    expect(loadConfig({ BOT_TOKEN: token })).toMatchObject({
      FEEDS: "on",
      FEED_INTERVAL: 15,
      FEED_TIMEOUT_MS: 15_000,
      FEED_MAX_BYTES: 5_000_000,
      FEED_ALLOW_PRIVATE: false,
    });
    expect(loadConfig({ BOT_TOKEN: token, FEED_INTERVAL: "1h" }).FEED_INTERVAL).toBe(60);
  });

  it.each([
    [{}, "BOT_TOKEN"],
    [{ BOT_TOKEN: "secret-but-wrong" }, "BOT_TOKEN"],
    [{ BOT_TOKEN: token, DATABASE_URL: "mysql://x" }, "DATABASE_URL"],
    [{ BOT_TOKEN: token, TELEGRAM_API_ROOT: "not a url" }, "TELEGRAM_API_ROOT"],
    [{ BOT_TOKEN: token, BOT_MODE: "carrier-pigeon" }, "BOT_MODE"],
    [{ BOT_TOKEN: token, ADMIN_IDS: "alice" }, "ADMIN_IDS"],
    [{ BOT_TOKEN: token, DEFAULT_TIMEZONE: "Mars/Olympus" }, "DEFAULT_TIMEZONE"],
    [{ BOT_TOKEN: token, LOG_LEVEL: "loud" }, "LOG_LEVEL"],
    [{ BOT_TOKEN: token, BOT_MODE: "webhook" }, "WEBHOOK_SECRET"],
    [{ BOT_TOKEN: token, BOT_MODE: "webhook", WEBHOOK_SECRET: "short" }, "WEBHOOK_SECRET"],
    [{ BOT_TOKEN: token, PORT: "99999" }, "PORT"],
    [{ BOT_TOKEN: token, METRICS_PORT: "nine" }, "METRICS_PORT"],
    [{ BOT_TOKEN: token, METRICS_PORT: "70000" }, "METRICS_PORT"],
    [
      {
        BOT_TOKEN: token,
        BOT_MODE: "webhook",
        WEBHOOK_SECRET: "a".repeat(20),
        PORT: "9100",
        METRICS_PORT: "9100",
      },
      "METRICS_PORT",
    ],
    [{ BOT_TOKEN: token, DIGEST_RATE: "100" }, "DIGEST_RATE"],
    [{ BOT_TOKEN: token, DIGEST_RATE: "fast" }, "DIGEST_RATE"],
    [{ BOT_TOKEN: token, DIGESTS: "maybe" }, "DIGESTS"],
    [{ BOT_TOKEN: token, FEEDS: "sometimes" }, "FEEDS"],
    [{ BOT_TOKEN: token, FEED_INTERVAL: "0" }, "FEED_INTERVAL"],
    [{ BOT_TOKEN: token, FEED_INTERVAL: "often" }, "FEED_INTERVAL"],
    [{ BOT_TOKEN: token, FEED_TIMEOUT_MS: "5s" }, "FEED_TIMEOUT_MS"],
    [{ BOT_TOKEN: token, FEED_MAX_BYTES: "12" }, "FEED_MAX_BYTES"],
    [{ BOT_TOKEN: token, FEED_ALLOW_PRIVATE: "yes" }, "FEED_ALLOW_PRIVATE"],
  ])("names the bad setting (%j)", (env, setting) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain(setting);
    expect((error as Error).message).not.toContain("secret-but-wrong");
  });

  it("lets local tools run without a token", () => {
    expect(loadConfig({}, { needsToken: false }).BOT_TOKEN).toBe("0:local");
  });

  it("stops the bot with exit code 2, naming the setting and never printing the token", () => {
    const child = spawnSync("npx", ["tsx", "bot/main.ts"], {
      env: { ...process.env, BOT_TOKEN: "999:leak-me-not", LOG_LEVEL: "shouty" },
      encoding: "utf8",
    });
    expect(child.status).toBe(2);
    expect(child.stderr).toContain("LOG_LEVEL");
    expect(child.stderr + child.stdout).not.toContain("leak-me-not");
  });
});
