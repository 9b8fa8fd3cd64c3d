// The database going away and coming back, through a TCP proxy in front of PostgreSQL that
// drops every connection and refuses new ones: users get "temporarily unavailable", and the bot
// answers again by itself once the database is back. (PGlite is embedded; it cannot go away.)

import type { AddressInfo } from "node:net";
import { connect, createServer, type Server, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPostgres } from "../../db/client.ts";
import { createTestDatabase, type TestDatabase, testDriver } from "../support/database.ts";
import { createHarness } from "../support/harness.ts";

const onPostgres = testDriver === "postgres";

class DroppingProxy {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  port = 0;
  constructor(private readonly target: { host: string; port: number }) {}

  async up(): Promise<void> {
    this.server = createServer((client) => {
      const upstream = connect(this.target.port, this.target.host);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on("error", () => {});
        s.on("close", () => {
          this.sockets.delete(s);
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server?.listen(this.port, "127.0.0.1", resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async down(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = null;
  }
}

let database: TestDatabase;
let proxy: DroppingProxy;
beforeAll(async () => {
  if (!onPostgres) return;
  database = await createTestDatabase();
  const url = new URL(database.url ?? "");
  proxy = new DroppingProxy({ host: url.hostname, port: Number(url.port || 5432) });
  await proxy.up();
});
afterAll(async () => {
  if (!onPostgres) return;
  await proxy.down();
  await database.destroy();
});

describe.skipIf(!onPostgres)("database outage", () => {
  it("says the knowledge base is temporarily unavailable, then recovers by itself", async () => {
    const url = new URL(database.url ?? "");
    url.host = `127.0.0.1:${proxy.port}`;
    const viaProxy = openPostgres(url.href, 2);
    try {
      const bot = createHarness(viaProxy.db);
      const ask = async () => bot.texts(await bot.send("/price used")).join("\n");
      expect(await ask()).toContain("RUB 1.63 mln");

      await proxy.down();
      expect(await ask()).toContain("temporarily unavailable");
      expect(await ask()).toContain("temporarily unavailable");
      const logged = bot.logs.filter((l) => l.level === "error");
      expect(logged.length).toBeGreaterThan(0);
      expect(logged[0]?.obj).toMatchObject({ updateId: expect.any(Number) });

      await proxy.up();
      expect(await ask()).toContain("RUB 1.63 mln");
    } finally {
      await viaProxy.close();
    }
  }, 120_000);
});
