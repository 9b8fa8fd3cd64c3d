// npm run db:seed — loads the seed knowledge into the configured database (idempotent).
import { loadConfigOrExit } from "../../config.ts";
import { openDatabase } from "../client.ts";
import { DataDirLockedError } from "../data-dir-lock.ts";
import { loadSeed } from "./load.ts";

const config = loadConfigOrExit(process.env, { needsToken: false });
try {
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  try {
    await database.migrate();
    const result = await loadSeed(database.db, { force: true });
    console.log(
      `Seed version ${result.version} loaded into ${database.driver === "pglite" ? config.DATA_DIR : "PostgreSQL"}.`,
    );
  } finally {
    await database.close();
  }
} catch (err) {
  console.error(err instanceof DataDirLockedError ? err.message : err);
  process.exit(1);
}
