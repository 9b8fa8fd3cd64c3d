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
