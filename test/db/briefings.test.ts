// The briefings' SQL on the test database (PGlite, or PostgreSQL with TEST_DATABASE_URL):
// the seed's briefings, search in both languages with entity links, the fragment, the facts.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  factsOfSource,
  latestBriefings,
  listEntities,
  MARK_START,
  searchBriefings,
  statementsOf,
} from "../../db/queries/briefings.ts";
import { briefings, sources } from "../../db/schema/index.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";

let database: TestDatabase;
const ids: Record<string, number> = {};
beforeAll(async () => {
  database = await createTestDatabase();
  const rows = await database.db
    .select({ id: briefings.id, key: sources.key })
    .from(briefings)
    .innerJoin(sources, eq(sources.id, briefings.sourceId));
  for (const r of rows) ids[r.key] = r.id;
});
afterAll(() => database.destroy());

const entity = async (key: string) => {
  const found = (await listEntities(database.db)).find((e) => e.key === key);
  if (!found) throw new Error(`no entity ${key}`);
  return found.id;
};

describe("briefings in the database", () => {
  it("seeds the sample briefings with statements in both languages", async () => {
    const { rows, total } = await latestBriefings(database.db, 0, 10);
    expect(total).toBeGreaterThanOrEqual(3);
    expect((rows[0]?.reportedOn ?? "") >= (rows[1]?.reportedOn ?? "")).toBe(true);
    const said = await statementsOf(database.db, [ids["briefing-000"] ?? 0]);
    expect(said.length).toBe(2);
    expect(said.every((s) => s.gistEn && s.gistRu)).toBe(true);
  });

  it("finds a briefing by Russian words in its Russian summary, with the fragment marked", async () => {
    const hits = await searchBriefings(database.db, {
      words: ["кадровый", "дефицит"],
      entityIds: [],
      lang: "ru",
      limit: 5,
    });
    expect(hits[0]?.id).toBe(ids["briefing-004"]);
    expect(hits[0]?.fragment).toContain(`${MARK_START}кадрового`);
  });

  it("finds English words stemmed and ranks the briefing with more matches first", async () => {
    const hits = await searchBriefings(database.db, {
      words: ["manturov", "china"],
      entityIds: [],
      lang: "en",
      limit: 5,
    });
    expect(hits[0]?.id).toBe(ids["briefing-000"]);
    const licences = await searchBriefings(database.db, {
      words: ["licences", "assemble", "foreign"],
      entityIds: [],
      lang: "en",
      limit: 5,
    });
    expect(licences[0]?.id).toBe(ids["briefing-004"]);
  });

  it("finds by entity alone, and nothing for words no briefing holds", async () => {
    const hits = await searchBriefings(database.db, {
      words: [],
      entityIds: [await entity("estonia")],
      lang: "ru",
      limit: 5,
    });
    expect(hits.map((h) => h.id)).toEqual(
      expect.arrayContaining([ids["briefing-000"], ids["err-1609098554"]]),
    );
    expect(
      await searchBriefings(database.db, {
        words: ["putin", "bananas"],
        entityIds: [],
        lang: "en",
        limit: 5,
      }),
    ).toEqual([]);
    expect(
      await searchBriefings(database.db, { words: ["the", "и"], entityIds: [], lang: "en", limit: 5 }),
    ).toEqual([]);
  });

  it("lists the facts a briefing's source gave", async () => {
    const [row] = await database.db.select().from(sources).where(eq(sources.key, "briefing-000"));
    const facts = await factsOfSource(database.db, row?.id ?? 0);
    expect(facts.prices.map((p) => p.value)).toContain(1_630_000);
    expect(facts.policies.length).toBeGreaterThan(0);
  });
});
