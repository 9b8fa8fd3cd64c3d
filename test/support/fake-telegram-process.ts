// Starts test/support/fake-telegram-main.ts as a child process and talks to its stats endpoints.
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

export interface FakeTelegramProcess {
  apiRoot: string;
  stats(): Promise<{ received: Map<number, number>; throttled: number; accepted: number }>;
  reset(): Promise<void>;
  close(): Promise<void>;
}

export async function spawnFakeTelegram(env: Record<string, string> = {}): Promise<FakeTelegramProcess> {
  const main = fileURLToPath(new URL("./fake-telegram-main.ts", import.meta.url));
  const child = spawn(process.execPath, ["--import", "tsx", main], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const lines = createInterface({ input: child.stdout });
  const first = await new Promise<string>((resolve, reject) => {
    lines.once("line", resolve);
    child.once("exit", (code) => reject(new Error(`fake Telegram exited with ${code}`)));
  });
  const { apiRoot } = JSON.parse(first) as { apiRoot: string };
  return {
    apiRoot,
    async stats() {
      const body = (await (await fetch(`${apiRoot}/__stats`)).json()) as {
        received: [number, number][];
        throttled: number;
        accepted: number;
      };
      return { ...body, received: new Map(body.received) };
    },
    async reset() {
      await fetch(`${apiRoot}/__reset`);
    },
    close: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
