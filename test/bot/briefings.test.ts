// Briefings through the whole bot: the questions in both languages, /news page by page,
// /briefings, a briefing opened, and an ingested article that becomes a briefing of its own.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestArticle, redateArticle } from "../../domain/ingest/curate.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { createHarness, type Harness } from "../support/harness.ts";
import { expectTelegramHtml } from "../support/html.ts";

let database: TestDatabase;
let bot: Harness;
beforeAll(async () => {
  database = await createTestDatabase();
  bot = createHarness(database.db, { now: () => new Date("2026-11-21T09:00:00Z") });
});
afterAll(() => database.destroy());

const en = { id: 91_001, languageCode: "en" };
const ru = { id: 91_002, languageCode: "ru" };
const ask = async (q: string, user: { id: number; languageCode: string }) => {
  const texts = bot.texts(await bot.send(q, user));
  for (const t of texts) expectTelegramHtml(t);
  return texts.join("\n").replace(/\u00a0/g, " ");
};

describe("the briefings of the issue, asked in words", () => {
  it("answers each with the right briefing, its gist and its source", async () => {
    const manturov = await ask("what did Manturov say about China", en);
    expect(manturov).toContain("joint production with Chinese partners");
    expect(manturov).toContain(
      "News report relaying RIA Novosti and Avtostat — Manturov on the industry's second chance",
    );
    const manturovRu = await ask("что говорил Мантуров о китайских партнёрах", ru);
    expect(manturovRu).toContain("совместных проектах с китайскими партнёрами");
    expect(manturovRu).toContain("Мантуров о втором шансе автопрома");
    expect(manturovRu).toContain("не раньше января 2024 года");
    const staffing = await ask("кадровый дефицит", ru);
    expect(staffing).toContain("опасаются <b>кадрового</b>");
    expect(await ask("licences to assemble foreign cars", en)).toContain(
      "Carmakers may license foreign models",
    );
    const who = await ask("who is Burgazliev", en);
    expect(who).toContain("Sergei Burgazliev</b> — independent automotive industry consultant");
    expect(who).toContain("take licences from Chinese carmakers");
    expect(await ask("новости про Эстонию", ru)).toContain(
      "Эстония закрыла въезд машинам с российскими номерами",
    );
  });

  it("counts briefings among what is new", async () => {
    const text = await ask("what's new", en);
    expect(text).toContain("The latest in the knowledge base");
    expect(text).toContain("<b>Latest briefings</b>");
    expect(text).toContain(
      "<b>Manturov on the industry's second chance; used-car prices in December 2023</b> — Industry and Trade Minister",
    );
    expect(await ask("что нового", ru)).toContain("<b>Свежие брифинги</b>");
  });

  it("says plainly that nothing was found, with examples, and no figures", async () => {
    const text = await ask("what did Putin say about bananas", en);
    expect(text).toContain("I found nothing in the briefings about “what did Putin say about bananas”");
    expect(text).toContain("who is Burgazliev");
    expect(text).not.toMatch(/RUB|Manturov on/);
  });
});

describe("the language of the answer", () => {
  it("is the question's when the user has not chosen one, and the chosen one otherwise", async () => {
    const user = { id: 91_010, languageCode: "en" };
    expect(await ask("кадровый дефицит", user)).toContain("Нашлось в брифингах");
    expect(await ask("сколько стоит подержанная машина", user)).toContain("1,63 млн ₽");
    expect(await ask("used car price", { id: 91_011, languageCode: "ru" })).toContain("RUB 1.63 mln");
    await bot.send("/language", user);
    await bot.press("🇬🇧 English", user);
    expect(await ask("кадровый дефицит", user)).toContain("Briefings found");
  });
});

describe("/news and /briefings", () => {
  it("lists the latest briefings newest first, opens one with its statements, facts and source", async () => {
    const calls = await bot.send("/news", en);
    const text = bot.texts(calls).join("\n");
    expect(text).toContain("Latest briefings");
    expect(text.indexOf("Manturov on the industry")).toBeLessThan(text.indexOf("Estonia closes entry"));
    const opened = bot
      .texts(await bot.press("📄 1", en))
      .join("\n")
      .replace(/\u00a0/g, " ");
    expect(opened).toContain("<b>Who said what</b>");
    expect(opened).toContain(
      "Denis Manturov (head of the Ministry of Industry and Trade): The industry has been given",
    );
    expect(opened).toContain("Facts it gave");
    expect(opened).toContain("RUB 1.63 mln (December 2023)");
    expect(opened).toContain("January 2024 at the earliest");
  });

  it("takes the Cyrillic commands and answers in Russian", async () => {
    const news = bot.texts(await bot.send("/новости", ru)).join("\n");
    expect(news).toContain("Свежие брифинги");
    const found = bot.texts(await bot.send("/брифинги лицензии", ru)).join("\n");
    expect(found).toContain("Автопроизводителям разрешат лицензионную сборку");
    expect(bot.texts(await bot.send("/briefings", en)).join("\n")).toContain("Tell me what to look for");
  });

  it("pages through more briefings than fit one message, and an ingested article is one of them", async () => {
    const bodies = [
      "Dealers expect calmer prices. Analyst Jane Marlow said the market for crossovers would grow again by spring as new assembly lines in Kaluga start.",
      "Продажи грузовиков росли весь год. По словам эксперта Ивана Орлова, спрос на тягачи сохранится и в следующем году, если ставки по кредитам снизятся.",
      "Buyers turned to hybrids. Fleet manager Tom Reyes noted that running costs mattered more than list prices for companies buying dozens of cars a year.",
    ];
    const ids: number[] = [];
    for (const [i, body] of bodies.entries()) {
      const r = await ingestArticle(database.db, `Test story ${i + 1}\n\n${body} ${body}`, 1, {
        articleDate: `2026-11-1${i}`,
      });
      ids.push(r.articleId);
    }
    const first = await bot.send("/news", en);
    expect(bot.texts(first).join("\n")).toContain("Test story 3");
    expect(bot.buttons(first.find((c) => c.method === "sendMessage")).map((b) => b.text)).toContain(
      "Older ▶",
    );
    const second = bot.texts(await bot.press("Older ▶", en)).join("\n");
    expect(second).toContain("Carmakers may license foreign models");
    expect(await ask("what did Jane Marlow say", en)).toContain("the market for crossovers would grow again");
    expect(await ask("что сказал Иван Орлов", ru)).toContain("спрос на тягачи сохранится");
    const search = await ask("/briefings crossovers Kaluga", en);
    expect(search).toContain("Test story 1");
    // A date given later moves the briefing in the list.
    await redateArticle(database.db, ids[0] ?? 0, "2026-11-20", 1);
    const moved = bot.texts(await bot.send("/news", en)).join("\n");
    expect(moved.indexOf("Test story 1")).toBeLessThan(moved.indexOf("Test story 3"));
    // The digest's clock is the real one: the articles came in just now.
    const later = createHarness(database.db, { now: () => new Date(Date.now() + 60_000) });
    const digest = bot.texts(await later.send("/digest", en)).join("\n");
    expect(digest).toContain("Test story 3");
    expect(digest).toContain("<i>Dealers expect calmer prices.</i>");
  });
});
