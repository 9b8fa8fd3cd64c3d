import pino from "pino";

/**
 * JSON logs on stderr. The token appears in Bot API URLs and errors, so every path that may
 * hold it is redacted, and messages are scrubbed of anything token-shaped.
 */
export function createLogger(level: string, token?: string, secrets: (string | undefined)[] = []) {
  const hidden = [token, ...secrets].filter((x): x is string => !!x);
  return pino(
    {
      level,
      redact: {
        paths: [
          "token",
          "config.BOT_TOKEN",
          "config.WEBHOOK_SECRET",
          "*.token",
          "secret",
          "*.secret",
          "err.url",
          "url",
        ],
        censor: "[redacted]",
      },
      hooks: {
        logMethod(args, method) {
          const scrub = (v: unknown) =>
            typeof v === "string"
              ? hidden.reduce(
                  (text, h) => text.replaceAll(h, "[redacted]"),
                  v.replace(/\d{5,}:[A-Za-z0-9_-]{20,}/g, "[token]"),
                )
              : v;
          method.apply(
            this,
            args.map((a) =>
              typeof a === "object" && a !== null
                ? JSON.parse(JSON.stringify(a, (_k, v) => scrub(v)))
                : scrub(a),
            ) as Parameters<typeof method>,
          );
        },
      },
    },
    pino.destination(2),
  );
}
