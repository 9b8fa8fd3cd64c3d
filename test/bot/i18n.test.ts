import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { localesDir } from "../../bot/i18n.ts";

const keys = (lang: string) =>
  [...readFileSync(path.join(localesDir, `${lang}.ftl`), "utf8").matchAll(/^([a-z][a-z0-9_-]*)\s*=/gm)]
    .map((m) => m[1])
    .sort();

describe("messages", () => {
  it("exist in both languages", () => {
    expect(keys("ru")).toEqual(keys("en"));
    expect(keys("en").length).toBeGreaterThan(50);
  });
});

describe("every message", () => {
  it("is Telegram HTML in both languages, whatever its variables hold", async () => {
    const { createI18n } = await import("../../bot/i18n.ts");
    const { expectTelegramHtml } = await import("../support/html.ts");
    const i18n = createI18n();
    // Every variable any message uses, with a plain value (real values arrive escaped).
    const names = ["en", "ru"].flatMap((l) =>
      [...readFileSync(path.join(localesDir, `${l}.ftl`), "utf8").matchAll(/\$([a-z_]+)/g)].map(
        (m) => m[1] ?? "",
      ),
    );
    const vars = Object.fromEntries(names.map((n) => [n, "x"]));
    for (const lang of ["en", "ru"]) {
      for (const key of keys(lang)) {
        if (!key) continue;
        const text = i18n.t(lang, key, vars);
        expect(text, `${lang} ${key}`).not.toBe(key);
        expectTelegramHtml(text);
      }
    }
  });
});
