import { type Database, type OpenOptions, openDatabase } from "./client.ts";
import { loadSeed, type SeedResult } from "./seed/load.ts";

/** Opens the database, applies migrations and loads the seed knowledge if it is not there yet. */
export async function openReadyDatabase(
  options: OpenOptions,
): Promise<{ database: Database; seed: SeedResult }> {
  const database = await openDatabase(options);
  try {
    await database.migrate();
    const seed = await loadSeed(database.db);
    return { database, seed };
  } catch (err) {
    await database.close();
    throw err;
  }
}
