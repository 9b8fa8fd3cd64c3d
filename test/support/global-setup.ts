// Builds one migrated, seeded PGlite image for the whole run; each test file starts from a copy
// (loading an image is several times faster than initdb + migrations + seed).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { TestProject } from "vitest/node";
import { wrapPglite } from "../../db/client.ts";
import { loadSeed } from "../../db/seed/load.ts";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteImage: string;
  }
}

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(tmpdir(), "briefing-test-"));
  const file = path.join(dir, "seeded.tar");
  const client = await PGlite.create();
  const database = wrapPglite(client);
  await database.migrate();
  await loadSeed(database.db);
  const image = await client.dumpDataDir("none");
  writeFileSync(file, Buffer.from(await image.arrayBuffer()));
  await client.close();
  project.provide("pgliteImage", file);
  return () => rmSync(dir, { recursive: true, force: true });
}
