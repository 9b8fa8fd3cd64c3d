// Polls the news feeds in this process: a croner job every FEED_INTERVAL runs one round (feeds
// are claimed through the database, so any number of processes may run it), then tells the
// admins in one message what the round found, and once about each feed failing for a day.
// No transaction is open while Telegram is called.
import { autoRetry } from "@grammyjs/auto-retry";
import { Cron } from "croner";
import { Api } from "grammy";
import type { Config } from "../../config.ts";
import type { Db } from "../../db/client.ts";
import { listAdminIds } from "../../db/queries/articles.ts";
import { claimFailureReports } from "../../db/queries/feeds.ts";
import { readUserLang } from "../../db/queries/users.ts";
import { FeedPoller, type PollSettings, type RoundResult } from "../../domain/feeds/poll.ts";
import type { Logger } from "../context.ts";
import { createI18n, type Lang, translatorFor } from "../i18n.ts";
import { renderFailing, renderRound } from "../render/feeds.ts";

export const FAILING_REPORT_MS = 24 * 3600_000;

/** The poller's settings from the configuration. */
export function feedSettingsFrom(config: Config): PollSettings {
  return {
    timeoutMs: config.FEED_TIMEOUT_MS,
    maxBytes: config.FEED_MAX_BYTES,
    intervalMinutes: config.FEED_INTERVAL,
  };
}

export interface FeedServiceOptions {
  db: Db;
  /** A Bot API client for the admins' messages. */
  api: Api;
  logger: Logger;
  settings: PollSettings;
  /** ADMIN_IDS; those added with /admins add are read from the database each time. */
  adminIds: number[];
  now?: () => Date;
}

export function feedApi(token: string, apiRoot?: string, fetchFn?: typeof fetch): Api {
  const api = new Api(token, { apiRoot, fetch: fetchFn });
  api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 30 }));
  return api;
}

export class FeedService {
  readonly poller: FeedPoller;
  private cron: Cron | null = null;
  private readonly i18n = createI18n();
  private running: Promise<unknown> | null = null;

  constructor(private readonly o: FeedServiceOptions) {
    this.poller = new FeedPoller(o.db, { ...o.settings, now: o.now });
  }

  /** One round and its messages; a round still running is not started twice. */
  async tick(): Promise<RoundResult | null> {
    if (this.running) return null;
    const run = (async () => {
      try {
        const result = await this.poller.round();
        if (result.polled > 0)
          this.o.logger.info(
            {
              polled: result.polled,
              notModified: result.notModified,
              failed: result.failed.length,
              articles: result.articles.length,
            },
            "feeds polled",
          );
        await this.report(result);
        return result;
      } catch (err) {
        this.o.logger.error({ err: (err as Error).message }, "feed round failed");
        return null;
      }
    })();
    this.running = run;
    try {
      return await run;
    } finally {
      this.running = null;
    }
  }

  private async admins(): Promise<{ id: number; lang: Lang }[]> {
    const ids = [...new Set([...this.o.adminIds, ...(await listAdminIds(this.o.db))])];
    const out: { id: number; lang: Lang }[] = [];
    for (const id of ids) {
      const stored = await readUserLang(this.o.db, id).catch(() => null);
      // Their /language choice; the bot's default language otherwise (Telegram's is not known here).
      out.push({ id, lang: stored === "ru" ? "ru" : "en" });
    }
    return out;
  }

  private async report(result: RoundResult): Promise<void> {
    const now = (this.o.now ?? (() => new Date()))();
    const failing = await claimFailureReports(this.o.db, new Date(now.getTime() - FAILING_REPORT_MS), now);
    if (result.articles.length === 0 && failing.length === 0) return;
    for (const admin of await this.admins()) {
      const t = translatorFor(this.i18n, admin.lang);
      const texts = [
        ...(result.articles.length > 0 ? [renderRound(result, t)] : []),
        ...failing.map((f) => renderFailing(f, t, admin.lang)),
      ];
      for (const text of texts) {
        try {
          await this.o.api.sendMessage(admin.id, text, {
            parse_mode: "HTML",
            link_preview_options: { is_disabled: true },
          });
        } catch (err) {
          this.o.logger.warn(
            { admin: admin.id, err: (err as Error).message },
            "cannot tell an admin about feeds",
          );
        }
      }
    }
  }

  /** Every FEED_INTERVAL minutes (croner), and once now. */
  start(): void {
    const minutes = this.o.settings.intervalMinutes;
    this.cron = new Cron("* * * * *", { protect: true, interval: minutes * 60 }, () => void this.tick());
    void this.tick();
  }

  async stop(): Promise<void> {
    this.cron?.stop();
    await this.running;
  }
}
