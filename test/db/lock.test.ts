import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../db/client.ts";
import { DataDirLockedError } from "../../db/data-dir-lock.ts";

/**
 * A child process run without blocking this one: the lock this process holds is kept fresh by a
 * timer, and a synchronous spawn would stop it, so a slow child could find the lock gone stale.
 */
function run(
  command: string,
  args: string[],
  options: { env: NodeJS.ProcessEnv },
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: options.env });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding("utf8").on("data", (d: string) => {
      stderr += d;
    });
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

const dir = mkdtempSync(path.join(tmpdir(), "briefing-lock-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("embedded database directory", () => {
  it("refuses a second opener while the first holds it, and frees it on close", async () => {
    const first = await openDatabase({ dataDir: dir });
    await expect(openDatabase({ dataDir: dir })).rejects.toBeInstanceOf(DataDirLockedError);

    // Another process gets the same refusal, with a message naming DATA_DIR.
    const child = await run("npx", ["tsx", "db/seed/cli.ts"], {
      env: { ...process.env, DATA_DIR: dir, DATABASE_URL: "" },
    });
    expect(child.status).toBe(1);
    expect(child.stderr).toContain(`already used by another process`);
    expect(child.stderr).toContain(`DATA_DIR=${dir}`);

    await first.close();
    const again = await openDatabase({ dataDir: dir });
    await again.migrate();
    await again.close();
  });
});

describe("command-line tools on a directory in use", () => {
  it("print one line naming DATA_DIR and exit 1, no stack trace", async () => {
    const held = mkdtempSync(path.join(tmpdir(), "briefing-lock-tools-"));
    const first = await openDatabase({ dataDir: held });
    try {
      for (const args of [
        ["tools/ingest.ts", "test/fixtures/articles/en-new-prices.txt"],
        ["tools/export.ts", path.join(held, "kb.json")],
      ]) {
        const child = await run("npx", ["tsx", ...args], {
          env: { ...process.env, DATA_DIR: held, DATABASE_URL: "", LOG_LEVEL: "" },
        });
        expect(child.status, args[0]).toBe(1);
        expect(child.stderr.trim().split("\n"), args[0]).toEqual([
          expect.stringContaining(`DATA_DIR=${held}`),
        ]);
        expect(child.stderr).not.toMatch(/^\s+at /m);
      }
    } finally {
      await first.close();
      rmSync(held, { recursive: true, force: true });
    }
  });
});
