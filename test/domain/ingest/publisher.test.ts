// Who an ingested article is cited as: a publisher the text names, else the feed's name, else the
// site it came from; "Article" / "Статья" only when nothing is known.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articles, sources } from "../../../db/schema/index.ts";
import { ingestArticle } from "../../../domain/ingest/curate.ts";
import { createTestDatabase, type TestDatabase } from "../../support/database.ts";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.destroy());

const body = (title: string, outlet = "") =>
  `${title}\nСредняя цена нового легкового автомобиля в России в октябре составила 3,5 млн рублей, ${outlet}сообщили аналитики рынка. Это на 1% больше, чем месяцем ранее.`;

async function citedAs(text: string, from: Parameters<typeof ingestArticle>[3]) {
  const result = await ingestArticle(database.db, text, 1, from);
  const [row] = await database.db
    .select({ publisher: sources.publisher, publisherRu: sources.publisherRu })
    .from(articles)
    .innerJoin(sources, eq(sources.id, articles.sourceId))
    .where(eq(articles.id, result.articleId));
  return { publisher: row?.publisher, publisherRu: row?.publisherRu };
}

describe("the publisher an article is cited as", () => {
  it("takes the outlet the text names before the feed's name", async () => {
    expect(await citedAs(body("Цены в октябре", "«Автостат» "), { publisher: "Лента новостей" })).toEqual({
      publisher: "Автостат",
      publisherRu: null,
    });
  });

  it("takes the site an article came from when no name is known", async () => {
    expect(await citedAs(body("Цены в ноябре"), { url: "https://www.example-auto.ru/news/1" })).toEqual({
      publisher: "example-auto.ru",
      publisherRu: null,
    });
  });

  it("says 'an article' in each language when nothing is known", async () => {
    expect(await citedAs(body("Цены в декабре"), {})).toEqual({
      publisher: "Article",
      publisherRu: "Статья",
    });
  });
});
