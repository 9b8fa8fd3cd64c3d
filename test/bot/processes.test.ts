// The entry points as a user runs them: the terminal chat with piped input, and `npm start`
// against a Bot API address where nothing listens.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeTelegram } from "../support/fake-telegram.ts";
import { START_ARGS } from "../support/start-command.ts";

const dir = mkdtempSync(path.join(tmpdir(), "briefing-proc-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const env = { ...process.env, DATA_DIR: path.join(dir, "data"), DATABASE_URL: "", LOG_LEVEL: "" };

describe("npm run ingest", () => {
  it("prints the reader's newer kinds as JSON: fee rate and decision, threshold, model score", () => {
    const file = new URL("../fixtures/articles/ru-fee-localization.txt", import.meta.url).pathname;
    const child = spawnSync("npm", ["run", "-s", "ingest", "--", file, "--json"], { env, encoding: "utf8" });
    expect(child.status).toBe(0);
    const reading = JSON.parse(child.stdout) as { articleDate: string; facts: { kind: string }[] };
    expect(reading.articleDate).toBe("2026-11-20");
    expect(reading.facts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: "recycling_fee",
          category: "new-1-2l",
          old: 667400,
          new: 745600,
          from: "2027-01-01",
        }),
        expect.objectContaining({ kind: "fee_policy", status: "adopted", effective: "2027-01-01" }),
        expect.objectContaining({ kind: "threshold", purpose: "recycling_fee_compensation", points: 4500 }),
        expect.objectContaining({ kind: "model_score", points: 3630, date: "2026-11-20" }),
      ]),
    );
  });
});

describe("npm run ingest, as text", () => {
  it("names a fee category, a purpose and a model in words, never by their codes", () => {
    const file = new URL("../fixtures/articles/ru-fee-localization.txt", import.meta.url).pathname;
    const child = spawnSync("npm", ["run", "-s", "ingest", "--", file], { env, encoding: "utf8" });
    expect(child.status).toBe(0);
    expect(child.stdout).toContain(
      "recycling fee, new (up to 3 years old), engine 1–2 l, commercial import: 667400 -> 745600 RUB from 2027-01-01",
    );
    expect(child.stdout).toContain("threshold: recycling fee compensation 4500 points from 2027-01-01");
    expect(child.stdout).toContain("model score: haval jolion 3630 points");
    expect(child.stdout).not.toMatch(/new-1-2l|recycling_fee_compensation|haval-jolion/);
  });
});

describe("npm run chat", () => {
  it("answers piped lines in order, prints buttons, presses them with #N, and exits 0", () => {
    const child = spawnSync("npm", ["run", "-s", "chat"], {
      input: "/price used\n#1\n#9\n/localization 2023\n",
      env,
      encoding: "utf8",
    });
    expect(child.status).toBe(0);
    const out = child.stdout;
    expect(out).toContain("December 2023: RUB 1.63 mln");
    expect(out).toContain("+2.6 %");
    expect(out).toContain("+22.7 %");
    expect(out).toContain("RIA Novosti and Avtostat");
    expect(out).toContain("[1] New cars");
    expect(out).toContain("(edited)\nAverage new passenger-car price, Russia");
    expect(out).toContain("(no button 9;");
    expect(out).toContain("3,200 points from January 1, 2023");
    expect(out).not.toMatch(/<\/?b>/);
  });

  it("saves a photo to a file per message and prints its path and caption", () => {
    const child = spawnSync("npm", ["run", "-s", "chat"], {
      input: "/chart new\n/chart new\n",
      env,
      encoding: "utf8",
    });
    expect(child.status, child.stderr).toBe(0);
    const saved = [...child.stdout.matchAll(/\[photo: (.+\.png)\]\n(.*)/g)];
    expect(saved).toHaveLength(2);
    const [first, second] = saved.map((m) => m[1] ?? "");
    expect(first).not.toBe(second);
    for (const file of [first ?? "", second ?? ""]) {
      expect(file.startsWith(path.join(dir, "data", "chat-photos"))).toBe(true);
      expect(readFileSync(file ?? "").subarray(0, 4)).toEqual(Buffer.from([137, 80, 78, 71]));
    }
    expect(saved[0]?.[2]).toContain("Average new passenger-car price, Russia: price history, 9 values.");
    expect(child.stdout).not.toContain("[photo]");
  });

  it("speaks Russian with --lang ru", () => {
    const child = spawnSync("npm", ["run", "-s", "chat", "--", "--lang", "ru", "--user", "5"], {
      input: "/price москвич 3\n",
      env,
      encoding: "utf8",
    });
    expect(child.status).toBe(0);
    expect(child.stdout).toContain("1,97 млн ₽");
  });
});

beforeAll(() => {
  // The tests start the bundle, as users do, so they also check that it finds its files.
  const build = spawnSync("npm", ["run", "-s", "build"], { encoding: "utf8" });
  expect(build.status, build.stderr).toBe(0);
}, 60_000);

describe("npm start", () => {
  it("migrates, seeds, logs that Telegram is unreachable, keeps running, and stops on SIGTERM", async () => {
    const child = spawn(process.execPath, START_ARGS, {
      env: {
        ...env,
        DATA_DIR: path.join(dir, "start"),
        BOT_TOKEN: "123:abc",
        TELEGRAM_API_ROOT: "http://127.0.0.1:9",
      },
    });
    let log = "";
    child.stderr.on("data", (d) => {
      log += d;
    });
    child.stdout.on("data", (d) => {
      log += d;
    });
    const deadline = Date.now() + 45_000;
    while (
      (log.match(/Bot API call failed|cannot reach Telegram/g) ?? []).length < 2 &&
      Date.now() < deadline
    ) {
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(log).toContain("database ready");
    expect((log.match(/Bot API call failed|cannot reach Telegram/g) ?? []).length).toBeGreaterThanOrEqual(2);
    expect(child.exitCode).toBeNull();
    const exit = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    child.kill("SIGTERM");
    expect(await exit).toBe(0);
    expect(log).not.toContain("123:abc");
  });
});

describe("npm start in webhook mode", () => {
  it("serves /healthz, /metrics and updates with the secret, refuses others, and stops cleanly on SIGTERM", async () => {
    const fake = await startFakeTelegram();
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    const secret = "webhook-secret-for-the-process-test";
    const child = spawn(process.execPath, START_ARGS, {
      env: {
        ...env,
        DATA_DIR: path.join(dir, "webhook"),
        BOT_TOKEN: "123:abc",
        TELEGRAM_API_ROOT: fake.apiRoot,
        BOT_MODE: "webhook",
        WEBHOOK_SECRET: secret,
        PORT: String(port),
        HOST: "127.0.0.1",
        DIGESTS: "off",
      },
    });
    let log = "";
    child.stderr.on("data", (d) => {
      log += d;
    });
    try {
      const deadline = Date.now() + 45_000;
      while (!log.includes("webhook server listening") && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 100));
      }
      const base = `http://127.0.0.1:${port}`;
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      const update = {
        update_id: 1,
        message: {
          message_id: 1,
          date: 1_700_000_000,
          chat: { id: 42, type: "private", first_name: "A" },
          from: { id: 42, is_bot: false, first_name: "A", language_code: "en" },
          text: "/price used",
          entities: [{ type: "bot_command", offset: 0, length: 6 }],
        },
      };
      const send = (s: string) =>
        fetch(`${base}/telegram`, {
          method: "POST",
          headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": s },
          body: JSON.stringify(update),
        });
      expect((await send("not-the-secret-at-all-no")).status).toBe(401);
      expect((await send(secret)).status).toBe(200);
      expect(fake.received.get(42)).toBe(1);
      // Telegram delivering the same update again gets no second answer.
      expect((await send(secret)).status).toBe(200);
      expect(fake.received.get(42)).toBe(1);
      // Prometheus metrics on the same port: the update, the repeat, the reply, the process.
      const metrics = await fetch(`${base}/metrics`);
      expect(metrics.status).toBe(200);
      const text = await metrics.text();
      expect(text).toContain('briefing_updates_total{type="message",outcome="ok"} 1');
      expect(text).toContain('briefing_updates_total{type="message",outcome="duplicate"} 1');
      expect(text).toContain('briefing_update_duration_seconds_count{type="message"} 1');
      expect(text).toMatch(/briefing_bot_api_calls_total\{method="sendMessage"\} [1-9]/);
      expect(text).toContain('briefing_digest_outbox_rows{status="pending"} 0');
      expect(text).toContain("process_resident_memory_bytes");
      const exit = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
      child.kill("SIGTERM");
      expect(await exit).toBe(0);
      expect(log).toContain('"msg":"stopped"');
      expect(log).not.toContain(secret);
      expect(log).toMatch(/"msg":"update"/);
    } finally {
      child.kill("SIGKILL");
      await fake.close();
    }
  });
});
