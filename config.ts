import { z } from "zod";

// The one place configuration is read and checked. Every other module receives what it needs.

const TOKEN = /^\d+:[A-Za-z0-9_-]{1,}$/;

const schema = z.object({
  BOT_TOKEN: z
    .string({ error: "is required (the token @BotFather gave you)" })
    .regex(TOKEN, { error: "must look like 123456789:AA... (the token @BotFather gave you)" }),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { error: "must be a postgres:// or postgresql:// connection string" })
    .optional(),
  DATA_DIR: z.string().min(1, { error: "must not be empty" }).default("./data"),
  TELEGRAM_API_ROOT: z.url({ error: "must be a URL such as http://127.0.0.1:8081" }).optional(),
  BOT_MODE: z.enum(["polling", "webhook"], { error: "must be 'polling' or 'webhook'" }).default("polling"),
  WEBHOOK_SECRET: z
    .string()
    .regex(/^[A-Za-z0-9_-]{16,256}$/, {
      error: "must be 16 to 256 characters of A-Z, a-z, 0-9, _ and - (Telegram's secret_token)",
    })
    .optional(),
  /** Public HTTPS URL Telegram posts updates to; setWebhook is called with it at start when given. */
  WEBHOOK_URL: z.url({ error: "must be the public https:// URL of this bot's webhook" }).optional(),
  PORT: z.coerce.number().int().min(1).max(65535, { error: "must be a TCP port (1-65535)" }).default(8080),
  HOST: z.string().default("0.0.0.0"),
  /** GET /metrics on a port of its own (any mode; webhook mode also serves it on PORT). */
  METRICS_PORT: z.coerce
    .number({ error: "must be a TCP port (1-65535)" })
    .int({ error: "must be a TCP port (1-65535)" })
    .min(1, { error: "must be a TCP port (1-65535)" })
    .max(65535, { error: "must be a TCP port (1-65535)" })
    .optional(),
  ADMIN_IDS: z
    .string()
    .default("")
    .transform((value, ctx) => {
      const parts = value
        .split(/[\s,]+/)
        .map((p) => p.trim())
        .filter(Boolean);
      const bad = parts.filter((p) => !/^\d{1,15}$/.test(p));
      if (bad.length > 0) {
        ctx.addIssue({
          code: "custom",
          message: "must be Telegram user ids separated by commas, e.g. 12345,67890",
        });
        return z.NEVER;
      }
      return parts.map(Number);
    }),
  DEFAULT_TIMEZONE: z
    .string()
    .default("Europe/Moscow")
    .refine(isTimeZone, { error: "must be an IANA time zone such as Europe/Moscow" }),
  DIGESTS: z.enum(["on", "off"], { error: "must be 'on' or 'off'" }).default("on"),
  DIGEST_RATE: z.coerce
    .number({ error: "must be a number of messages per second" })
    .min(1, { error: "must be at least 1 message per second" })
    .max(1000, { error: "must be at most 1000 messages per second (Telegram's paid broadcast limit)" })
    .default(25),
  DIGEST_PAID_BROADCAST: z
    .enum(["true", "false"], { error: "must be 'true' or 'false'" })
    .default("false")
    .transform((v) => v === "true"),
  DIGEST_MAX_ATTEMPTS: z.coerce.number().int().min(1, { error: "must be at least 1" }).max(50).default(5),
  DIGEST_LEASE_SECONDS: z.coerce
    .number()
    .int()
    .min(1, { error: "must be at least 1 second" })
    .max(3600)
    .default(60),
  FEEDS: z.enum(["on", "off"], { error: "must be 'on' or 'off'" }).default("on"),
  /** Minutes between polling rounds: `15`, `15m`, `1h`. */
  FEED_INTERVAL: z
    .string()
    .default("15")
    .transform((value, ctx) => {
      const m = /^(\d{1,5})\s*(m|min|h)?$/i.exec(value);
      const minutes = m ? Number(m[1]) * (m[2]?.toLowerCase() === "h" ? 60 : 1) : Number.NaN;
      if (!(minutes >= 1 && minutes <= 1440)) {
        ctx.addIssue({
          code: "custom",
          message: "must be minutes between 1 and 1440, e.g. 15, 15m or 1h",
        });
        return z.NEVER;
      }
      return minutes;
    }),
  FEED_TIMEOUT_MS: z.coerce
    .number({ error: "must be a number of milliseconds" })
    .int({ error: "must be a whole number of milliseconds" })
    .min(100, { error: "must be at least 100 ms" })
    .max(600_000, { error: "must be at most 600000 ms (10 minutes)" })
    .default(15_000),
  FEED_MAX_BYTES: z.coerce
    .number({ error: "must be a number of bytes" })
    .int({ error: "must be a whole number of bytes" })
    .min(1024, { error: "must be at least 1024 bytes" })
    .max(100_000_000, { error: "must be at most 100000000 bytes" })
    .default(5_000_000),
  FEED_ALLOW_PRIVATE: z
    .enum(["true", "false"], { error: "must be 'true' or 'false'" })
    .default("false")
    .transform((v) => v === "true"),
  LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], {
      error: "must be one of fatal, error, warn, info, debug, trace, silent",
    })
    .default("info"),
});

export type Config = z.infer<typeof schema>;

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/**
 * Validates the environment. Messages name the setting and never echo its value, so a
 * mistyped token is never printed. Empty strings count as unset.
 * `needsToken: false` is for tools that never call Telegram (terminal chat, seeding).
 */
export function loadConfig(env: NodeJS.ProcessEnv, options: { needsToken?: boolean } = {}): Config {
  const input: Record<string, string | undefined> = {};
  for (const key of Object.keys(schema.shape)) {
    const value = env[key];
    input[key] = value === undefined || value.trim() === "" ? undefined : value.trim();
  }
  if (options.needsToken === false && input.BOT_TOKEN === undefined) input.BOT_TOKEN = "0:local";
  const result = schema
    .refine((c) => c.DIGEST_PAID_BROADCAST || c.DIGEST_RATE <= 30, {
      path: ["DIGEST_RATE"],
      message: "must be at most 30 messages per second unless DIGEST_PAID_BROADCAST=true",
    })
    .refine((c) => c.BOT_MODE !== "webhook" || c.METRICS_PORT !== c.PORT, {
      path: ["METRICS_PORT"],
      message: "must differ from PORT (the webhook server serves /metrics on PORT already)",
    })
    .refine((c) => c.BOT_MODE !== "webhook" || c.WEBHOOK_SECRET !== undefined, {
      path: ["WEBHOOK_SECRET"],
      message: "is required when BOT_MODE=webhook (Telegram sends it with every update)",
    })
    .safeParse(input);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`));
  }
  return result.data;
}

/** For entry points: on bad configuration print the problems and exit with code 2. */
export function loadConfigOrExit(env: NodeJS.ProcessEnv, options: { needsToken?: boolean } = {}): Config {
  try {
    return loadConfig(env, options);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`${err.message}\n`);
    process.exit(2);
  }
}
