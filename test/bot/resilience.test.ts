import { Api } from "grammy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerCommands } from "../../bot/commands.ts";
import { createI18n, translatorFor } from "../../bot/i18n.ts";
import { createLocalApi } from "../../bot/local-api.ts";
import type { Db } from "../../db/client.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { createHarness } from "../support/harness.ts";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.destroy());

describe("error boundary", () => {
  it("logs a failing handler with the update id, apologises, and keeps serving", async () => {
    let broken = true;
    // A database handle that fails while `broken`, as a lost connection would.
    const flaky = new Proxy(database.db, {
      get(target, prop, receiver) {
        if (broken && prop === "select") throw new Error("connection lost");
        return Reflect.get(target, prop, receiver);
      },
    }) as Db;
    const bot = createHarness(flaky);
    const failed = await bot.send("/price used");
    expect(bot.texts(failed)).toEqual([
      "Sorry, something went wrong on our side. Please try again in a moment.",
    ]);
    const logged = bot.logs.find((l) => l.level === "error");
    expect(logged?.obj).toMatchObject({ updateId: expect.any(Number), err: { message: "connection lost" } });

    broken = false;
    const ok = await bot.send("/price used");
    expect(bot.texts(ok)[0]).toContain("RUB 1.63 mln");
  });
});

describe("command menu", () => {
  const i18n = createI18n();
  const translate = (lang: "en" | "ru") => translatorFor(i18n, lang);

  it("registers the commands in both languages", async () => {
    const local = createLocalApi();
    const api = new Api("1:x", { fetch: local.fetch });
    const logs: string[] = [];
    const ok = await registerCommands(api, translate, {
      info() {},
      warn: (_o, m) => logs.push(m ?? ""),
      error() {},
    });
    expect(ok).toBe(true);
    const calls = local.calls.filter((c) => c.method === "setMyCommands");
    expect(calls.map((c) => c.payload.language_code)).toEqual([undefined, "ru", "en"]);
    expect(JSON.stringify(calls[1]?.payload)).toContain("Цены");
  });

  it("logs a failure and gives up after its attempts without throwing", async () => {
    const local = createLocalApi({
      respond: () => ({ ok: false, error_code: 400, description: "Bad Request" }),
    });
    const api = new Api("1:x", { fetch: local.fetch });
    const warnings: object[] = [];
    const ok = await registerCommands(
      api,
      translate,
      { info() {}, warn: (o) => warnings.push(o), error() {} },
      { attempts: 2, firstDelayMs: 1 },
    );
    expect(ok).toBe(false);
    expect(warnings).toHaveLength(2);
  });
});
