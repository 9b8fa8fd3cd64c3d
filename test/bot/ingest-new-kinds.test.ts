// The reader's newer kinds through the whole bot: a Russian and an English article with a
// recycling-fee rate, a threshold of a purpose that is a row (recycling-fee compensation, СПИК)
// and a model's score are approved on the card, then answer /policy recycling, /localization,
// /localization model, the what-if calculator, plain-word questions and the digest.
import { readFileSync } from "node:fs";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { invalidateKnowledge } from "../../db/cache.ts";
import {
  auditLog,
  localizationModelScores,
  localizationPurposes,
  localizationRuleSets,
  recyclingFeeRates,
} from "../../db/schema/index.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { createHarness, type Harness } from "../support/harness.ts";
import { expectTelegramHtml } from "../support/html.ts";

let database: TestDatabase;
let bot: Harness;
const admin = { id: 4343, languageCode: "en" };
const ruAdmin = { id: 4344, languageCode: "ru" };
// Digests report what entered the knowledge base lately: the clock is the database's.
beforeAll(async () => {
  database = await createTestDatabase();
  bot = createHarness(database.db, { now: () => new Date(), deps: { adminIds: [admin.id, ruAdmin.id] } });
});
afterAll(() => database.destroy());

const article = (name: string) =>
  readFileSync(new URL(`../fixtures/articles/${name}`, import.meta.url), "utf8");
const say = async (text: string, user: { id: number; languageCode: string } = admin) => {
  const texts = bot.texts(await bot.send(text, user));
  for (const t of texts) expectTelegramHtml(t);
  return texts.join("\n").replace(/\u00a0/g, " ");
};
const press = async (label: string, user: { id: number; languageCode: string }) => {
  const texts = bot.texts(await bot.press(label, user));
  for (const t of texts) expectTelegramHtml(t);
  return texts.join("\n").replace(/\u00a0/g, " ");
};

describe("approving the reader's newer kinds", () => {
  it("shows a Russian article's rate, threshold and model score on the card in words, and approves them", async () => {
    const card = await say(`/ingest ${article("ru-fee-localization.txt")}`, ruAdmin);
    expect(card).toMatch(
      /⏳ \d\. Порог локализации \(Компенсация утильсбора, легковые\): <b>4 500<\/b>, 1 января 2027/,
    );
    expect(card).toMatch(/⏳ \d\. Баллы локализации модели Haval Jolion: <b>3 630<\/b>/);
    expect(card).toMatch(
      /⏳ \d\. Ставка утильсбора \(новые \(до 3 лет\), двигатель 1–2 л, коммерческий ввоз\): 667,4 тыс\. ₽ → <b>745,6 тыс\. ₽<\/b>, 1 января 2027/,
    );
    expect(card).toMatch(/⏳ \d\. Решение по утильсбору: принято, 1 января 2027/);
    expect(card).not.toMatch(/recycling_fee_compensation|haval-jolion|new-1-2l/);
    const done = await press("✅ Одобрить все", ruAdmin);
    expect(done.match(/✅ \d\./g)).toHaveLength(4);

    const [rate] = await database.db
      .select()
      .from(recyclingFeeRates)
      .where(eq(recyclingFeeRates.value, 745600));
    expect(rate).toMatchObject({
      vehicleAge: "new",
      engineBand: "1-2l",
      personal: false,
      unit: "rub",
      effectiveFrom: "2027-01-01",
      status: "in_force",
      origin: "live",
    });
    const [rule] = await database.db
      .select()
      .from(localizationRuleSets)
      .where(eq(localizationRuleSets.purpose, "recycling_fee_compensation"));
    expect(rule).toMatchObject({ threshold: 4500, effectiveFrom: "2027-01-01", origin: "live" });
    const [score] = await database.db
      .select()
      .from(localizationModelScores)
      .where(eq(localizationModelScores.model, "Haval Jolion"));
    expect(score).toMatchObject({ year: 2026, points: 3630, origin: "live" });
    const audit = await database.db.select().from(auditLog).where(eq(auditLog.action, "approve_fact"));
    expect(audit).toHaveLength(4);
    expect(audit.map((a) => Object.keys(a.after as object))).toEqual(
      expect.arrayContaining([["status", "written"]]),
    );
  });

  it("recognises the same rate in an English article and approves its СПИК threshold and model score", async () => {
    const card = await say(`/ingest ${article("en-fee-localization.txt")}`);
    expect(card).toMatch(
      /♻️ \d\. Recycling fee rate \(new \(up to 3 years old\), engine 1–2 l, commercial import\): RUB 667\.4 thousand → <b>RUB 745\.6 thousand<\/b>, January 1, 2027/,
    );
    expect(card).toMatch(
      /⏳ \d\. Localization threshold \(Special investment contracts \(СПИК\), passenger cars\): <b>6,000<\/b>, January 1, 2027/,
    );
    expect(card).toMatch(/⏳ \d\. Localization score of Tenet T7: <b>4,120<\/b>/);
    const position = (re: RegExp) => re.exec(card)?.[1] ?? "";
    await press(`✅ ${position(/(\d)\. Localization threshold/)}`, admin);
    const after = await press(`✅ ${position(/(\d)\. Localization score of/)}`, admin);
    expect(after).toMatch(/✅ \d\. Localization threshold/);
    expect(after).toMatch(/✅ \d\. Localization score of Tenet T7/);
  });

  it("answers /policy recycling with the rates by category, their dates and sources", async () => {
    const en = await say("/policy recycling");
    expect(en).toContain("<b>Recycling fee rates by category</b>");
    expect(en).toMatch(
      /• New \(up to 3 years old\), engine 1–2 l, commercial import: <b>RUB 745,600<\/b> from January 1, 2027 \[\d+\]/,
    );
    expect(en).toMatch(
      /• New \(up to 3 years old\), engine 1–2 l, commercial import: <b>RUB 556,200<\/b> from October 1, 2024 \[\d+\]/,
    );
    expect(en).toContain("vedomosti.ru");
    expect(en).toContain("Recycling fee rates changed");
    const ru = await say("/policy утильсбор", ruAdmin);
    expect(ru).toMatch(
      /• Новые \(до 3 лет\), двигатель 1–2 л, коммерческий ввоз: <b>745 600 ₽<\/b> с 1 января 2027/,
    );
    expect(ru).toContain("Ставки утильсбора изменены");
  });

  it("answers the rate asked in plain words, and says so when the category is not held", async () => {
    const ru = await say("какой утильсбор на новую машину до 2 литров", ruAdmin);
    expect(ru).toContain("<b>Утильсбор: новая машина, двигатель до 2 л</b>");
    expect(ru).toContain("<b>745 600 ₽</b> с 1 января 2027");
    const en = await say("recycling fee for a new 1.5 litre car");
    expect(en).toContain("<b>Recycling fee for a new car, engine 1.5 l</b>");
    expect(en).toContain("<b>RUB 556,200</b> from October 1, 2024");
    const old = await say("утильсбор на машину старше трёх лет", ruAdmin);
    expect(old).toContain("Ставки утильсбора для категории «машина старше 3 лет» у меня нет. Есть такие:");
    expect(old).toContain("Новые (до 3 лет), двигатель 1–2 л");
    const big = await say("recycling fee for a new 2.5 litre car");
    expect(big).toContain("I hold no recycling fee rate for a new car, engine 2.5 l.");
  });

  it("shows the new thresholds in /localization, by name in either language", async () => {
    const ru = await say("/localization 2027 компенсация утильсбора", ruAdmin);
    expect(ru).toMatch(/• Компенсация утильсбора, легковые: <b>4 500<\/b> баллов с 1 января 2027/);
    expect(ru).not.toContain("Госзакупки");
    const en = await say("/localization 2027 special investment contracts");
    expect(en).toMatch(
      /• Special investment contracts \(СПИК\), passenger cars: <b>6,000<\/b> points from January 1, 2027 \[\d+\]/,
    );
    expect(en).toContain("Maximum score: 8,800");
  });

  it("lists a model's reported scores, and says so for a model without one", async () => {
    expect(await say("/localization model haval jolion")).toMatch(
      /Haval Jolion, 2026: <b>3,630<\/b> points \[\d+\]/,
    );
    expect(await say("/localization модель Tenet T7", ruAdmin)).toMatch(/Tenet T7, 2026: <b>4 120<\/b>/);
    expect(await say("/localization model lada vesta")).toContain("Lada Vesta, 2020: <b>3,200</b>");
    expect(await say("/localization model chery tiggo 4")).toContain(
      "I have no reported localization score for <b>chery tiggo 4</b>",
    );
    expect(await say("сколько баллов у Lada Vesta", ruAdmin)).toContain("Lada Vesta, 2020");
  });

  it("calculates against the new purposes in the what-if calculator", async () => {
    const en = await say("/whatif year=2027 purpose=recycling fee compensation ops=welding,painting rd=2");
    expect(en).toContain("Recycling-fee compensation, passenger cars · 2027");
    expect(en).toMatch(
      /Threshold: <b>4,500<\/b> from January 1, 2027 \[\d+\] — ❌ short by <b>2,800<\/b> points/,
    );
    const ru = await say("/whatif год=2027 цель=спик операции=сварка ниокр=2", ruAdmin);
    expect(ru).toContain("Специнвестконтракты (СПИК), легковые · 2027");
    expect(ru).toContain("6 000");
  });

  it("reports the approved threshold and fee decision in the digest", async () => {
    const en = await say("/digest", { id: 4545, languageCode: "en" });
    expect(en).toContain(
      "Recycling-fee compensation, passenger cars: <b>4,500</b> points from January 1, 2027",
    );
    expect(en).toContain("Special investment contracts (СПИК), passenger cars: <b>6,000</b>");
    expect(en).toContain("Recycling fee rates changed");
    const ru = await say("/digest", { id: 4546, languageCode: "ru" });
    expect(ru).toContain("Компенсация утильсбора, легковые");
  });

  it("keeps Approve off for an undated candidate and says why, in both languages", async () => {
    const text =
      "Такси и баллы локализации\n\nРаботать в такси смогут только машины с локализацией: сейчас для такси нужно не менее 3 300 баллов. Кроссовер Haval Jolion сейчас набирает 3 700 баллов.";
    const calls = await bot.send(`/ingest ${text}`, ruAdmin);
    const card = bot
      .texts(calls)
      .join("\n")
      .replace(/\u00a0/g, " ");
    expect(card).toContain("(дата неизвестна: в статье нет года)");
    expect(card).toContain("⚠️ год неизвестен: укажите дату статьи");
    expect(card).toContain("⚠️ дата статьи неизвестна, а значит, и год этих баллов");
    const labels = calls.flatMap((c) => bot.buttons(c)).map((b) => b.text);
    expect(labels.some((l) => l.startsWith("✅"))).toBe(false);
    expect(labels.filter((l) => l.startsWith("❌"))).toHaveLength(2);
    const en = await say(`/ingest ${text}`);
    expect(en).toContain("⚠️ the year is not known: give the article's date");
    expect(en).toContain("⚠️ the article's date is not known, so neither is the year of the score");
  });

  it("flags a rate that contradicts the stored one for its category and date", async () => {
    const text =
      "date: 2026-11-25\nRecycling fee to rise in January\n\nThe government has signed a decree indexing the recycling fee. From January 1, 2027 the recycling fee for new passenger cars with 1-2 litre engines will rise from 667,400 to 760,000 rubles.";
    expect(await say(`/ingest ${text}`)).toContain("⚠️ contradicts the stored rate <b>RUB 745,600</b>");
    expect(await say(`/ingest ${text}`, ruAdmin)).toContain(
      "⚠️ расходится с сохранённой ставкой <b>745 600 ₽</b>",
    );
  });

  it("does not approve a threshold of a purpose the table does not hold, and says so", async () => {
    await database.db
      .delete(localizationPurposes)
      .where(eq(localizationPurposes.key, "recycling_fee_compensation"));
    invalidateKnowledge(database.db);
    const calls = await bot.send(`/ingest ${article("ru-fee-localization.txt")}`, ruAdmin);
    const card = bot
      .texts(calls)
      .join("\n")
      .replace(/\u00a0/g, " ");
    const line = card.split("\n").find((l) => l.includes("Порог локализации")) ?? "";
    expect(line).toContain("⚠️ такой цели нет среди известных боту");
    const position = /(\d+)\. Порог/.exec(line)?.[1];
    const labels = calls.flatMap((c) => bot.buttons(c)).map((b) => b.text);
    expect(labels).not.toContain(`✅ ${position}`);
    expect(labels).toContain(`❌ ${position}`);
    const en = await say(`/ingest ${article("ru-fee-localization.txt")}`);
    expect(en).toContain("⚠️ this purpose is not among those the bot holds");
  });
});
