// The what-if calculator through the whole bot: one-line form, the dialogue step by step with
// bad input at every step, Back and /cancel, restart in the middle, and saved scenarios.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiCall } from "../../bot/local-api.ts";
import { callbackUpdate } from "../../bot/local-updates.ts";
import { invalidateKnowledge } from "../../db/cache.ts";
import { readStored } from "../../db/queries/storage.ts";
import { localizationRuleSetSources, localizationRuleSets, sources } from "../../db/schema/index.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { createHarness, type Harness } from "../support/harness.ts";
import { expectTelegramHtml } from "../support/html.ts";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.destroy());

let nextUser = 1000;
/** A bot and a fresh user, so tests do not share dialogues or scenarios. */
function session(lang = "en", bot: Harness = createHarness(database.db)) {
  const user = { id: nextUser++, languageCode: lang };
  const collect = (calls: ApiCall[]) => {
    const texts = bot.texts(calls);
    for (const t of texts) expectTelegramHtml(t);
    const last = [...calls].reverse().find((c) => c.method === "sendMessage");
    // Russian groups digits with no-break spaces; compare with plain ones.
    const text = texts.join("\n").replace(/\u00a0/g, " ");
    return { calls, text, buttons: bot.buttons(last).map((b) => b.text) };
  };
  return {
    bot,
    user,
    say: async (text: string) => collect(await bot.send(text, user)),
    press: async (label: string) => collect(await bot.press(label, user)),
    collect,
  };
}

/** The same user on a new bot instance over the same database, as after a restart. */
function resume(s: ReturnType<typeof session>, bot: Harness) {
  const collect = (calls: ApiCall[]) => {
    const texts = bot.texts(calls);
    const last = [...calls].reverse().find((c) => c.method === "sendMessage");
    return { calls, text: texts.join("\n"), buttons: bot.buttons(last).map((b) => b.text) };
  };
  return {
    say: async (text: string) => collect(await bot.send(text, s.user)),
    /** Presses a button of a message the previous process sent. */
    pressOld: async (label: string) => {
      const data = s.bot.calls
        .flatMap((c) => s.bot.buttons(c))
        .reverse()
        .find((b) => b.text === label)?.data;
      if (!data) throw new Error(`no button ${label}`);
      const before = bot.calls.length;
      await bot.handle(callbackUpdate(s.user, data, { message_id: 1 }));
      return collect(bot.calls.slice(before));
    },
  };
}

const ONE_LINE = "/whatif year=2023 purpose=procurement ops=welding,painting rd=2.5 licence=0.5";

describe("/whatif in one line", () => {
  it("scores welding + painting + (2.5 + 0.5) × 400 = 2,100 against 3,200 and goal-seeks 2.75 pp of R&D", async () => {
    const s = session();
    const { text, buttons } = await s.say(ONE_LINE);
    expect(text).toContain("Body welding → <b>400</b>");
    expect(text).toContain("Body painting → <b>500</b>");
    expect(text).toContain("2.5 % of revenue × 400 per 1 % → <b>1,000</b>");
    expect(text).toContain(
      "0.5 % of revenue × 400 per 1 %, counted within R&amp;D spending in Russia → <b>200</b>",
    );
    expect(text).toContain("Score: 2,100 points");
    expect(text).toContain("Threshold: <b>3,200</b>");
    expect(text).toContain("short by <b>1,100</b> points");
    expect(text).toContain("<b>2.75 percentage points</b> more of revenue (5.25 % in total)");
    // The one operation that closes 1,100 alone; smaller ones do not appear.
    expect(text).toContain("Engine and gearbox production");
    expect(text).not.toContain("or Russian engine control unit");
    expect(text).toMatch(/Business FM/);
    expect(buttons).toEqual(expect.arrayContaining(["📅 Compare years", "💾 Save", "✏️ Year"]));

    const years = await s.press("📅 Compare years");
    expect(years.text).toContain("<b>2023</b>: 2,100 of 3,200");
    expect(years.text).toContain("<b>2027</b>: 2,100 of 3,500");
    expect(years.text).toContain("short by 1,400");
    // 2028: the sources disagree, both stay visible.
    expect(years.text).toContain("<b>2028</b>: 2,100 of 3,700 or 3,800");
  });

  it("reads Russian keys and values, decimal commas and any key order", async () => {
    const s = session("ru");
    const { text } = await s.say(
      "/whatif лицензии=0,5 ниокр=2,5% операции=сварка, окраска цель=госзакупки год=2023",
    );
    expect(text).toContain("Итого: 2 100 баллов");
    expect(text).toContain("не хватает <b>1 100</b> баллов");
    expect(text).toContain("ещё <b>2,75 п. п.</b> выручки");
  });

  it("shows the margin when the scenario passes, and no goal-seek", async () => {
    const { text } = await session().say("/whatif year=2023 ops=welding,painting,powertrain rd=1");
    expect(text).toContain("Score: 3,600 points");
    expect(text).toContain("✅ passes, 400 points to spare");
    expect(text).not.toContain("To close the gap");
  });

  it("caps the score at the scale's maximum of 8,800, with its source, and flags R&D beyond 22 %", async () => {
    const { text } = await session().say("/whatif year=2023 rd=100");
    expect(text).toContain("100 % of revenue × 400 per 1 % → <b>40,000</b>");
    expect(text).toContain("beyond 22 % it adds nothing: the score is already at the scale's maximum");
    expect(text).toMatch(
      /<b>Score: 8,800 points<\/b> \(calculated\): the items add up to 40,000, but a score is capped at the scale's maximum of 8,800 \[(\d+)\]/,
    );
    const ref = /capped at the scale's maximum of 8,800 \[(\d+)\]/.exec(text)?.[1];
    expect(text).toMatch(new RegExp(`\\[${ref}\\] [^\\n]*gazeta\\.ru/business/2020/11/12/13358869`));
    expect(text).toContain("✅ passes, 5,600 points to spare");
    expect(text).not.toContain("40,000 points");
    expect(text).not.toContain("36,800");
  });

  it("compares years with the capped score, citing the maximum", async () => {
    const s = session();
    await s.say("/whatif year=2023 rd=100");
    const { text } = await s.press("📅 Compare years");
    expect(text).toMatch(/<b>2023<\/b>: 8,800 \[(\d+)\] of 3,200/);
    expect(text).toContain("gazeta.ru");
    expect(text).not.toContain("40,000");
  });

  it("caps the score in Russian too", async () => {
    const { text } = await session("ru").say("/whatif year=2023 rd=100");
    expect(text).toContain("сверх 22 % ничего не добавляет: максимум шкалы уже достигнут");
    expect(text).toMatch(
      /<b>Итого: 8 800 баллов<\/b> \(расчёт\): по пунктам набирается 40 000, но засчитывается не больше максимума шкалы — 8 800 баллов \[\d+\]/,
    );
    expect(text).toContain("✅ проходит с запасом в 5 600 баллов");
    expect(text).toContain("gazeta.ru");
    expect(text).not.toMatch(/max_total|rd_spending|719-/);
  });

  it("says a threshold above the scale's maximum is unreachable and does not goal-seek towards it", async () => {
    const db = database.db;
    const [source] = await db
      .insert(sources)
      .values({ key: "test-2033", publisher: "Test", title: "A test threshold" })
      .returning();
    const [rule] = await db
      .insert(localizationRuleSets)
      .values({
        key: "test-2033-high",
        regime: "decree-719",
        category: "passenger_car",
        purpose: "procurement",
        effectiveFrom: "2033-01-01",
        threshold: 9000,
      })
      .returning();
    if (!source || !rule) throw new Error("insert failed");
    await db.insert(localizationRuleSetSources).values({ ruleSetId: rule.id, sourceId: source.id });
    invalidateKnowledge(db);
    try {
      const en = (await session().say("/whatif year=2033 ops=welding")).text;
      expect(en).toMatch(/— ❌ unreachable: above the scale's maximum of 8,800 \[\d+\]/);
      expect(en).not.toContain("To close the gap");
      expect(en).toContain("gazeta.ru");
      const ru = (await session("ru").say("/whatif year=2033 ops=welding")).text;
      expect(ru).toMatch(/— ❌ недостижим: порог выше максимума шкалы \(8 800 баллов\) \[\d+\]/);
    } finally {
      await db.delete(localizationRuleSets).where(eq(localizationRuleSets.id, rule.id));
      invalidateKnowledge(db);
    }
  });

  it("marks licences as not counted before 2023 and uses the year's rules", async () => {
    const { text } = await session().say("/whatif year=2025 purpose=demand ops=welding rd=1 licence=1");
    expect(text).toContain("Demand support, passenger cars · 2025");
    expect(text).toContain("Threshold: <b>2,000</b>");
    expect(text).toContain("Score: 1,200 points");
  });

  it("lists the accepted keys or values for a wrong one, in the user's language", async () => {
    const s = session();
    expect((await s.say("/whatif year=2023 colour=red")).text).toContain(
      "I don't know the key “colour”. Use: year (год), purpose (цель), category (категория), ops (операции), rd (ниокр), licence (лицензии)",
    );
    expect((await s.say("/whatif ops=welding,teleport")).text).toContain(
      "“teleport” is not a value for ops. Accepted: welding (сварка), painting (окраска)",
    );
    expect((await s.say("/whatif purpose=space")).text).toContain("Accepted: procurement");
    expect((await s.say("/whatif rd=abc")).text).toContain("“abc” is not a share of revenue");
    expect((await s.say("/whatif rd=70 licence=40")).text).toContain("at most 100 %");
    expect((await s.say("/whatif year=1990")).text).toContain("not a year I can answer for");
    expect((await s.say("/whatif year=2021")).text).toContain("Rules are known from 2023");
    expect((await s.say("/whatif welding")).text).toContain("I expected key=value");
    const ru = session("ru");
    expect((await ru.say("/whatif цвет=красный")).text).toContain("Не знаю параметра «цвет»");
  });
});

describe("/whatif dialogue", () => {
  it("asks step by step, answers bad input at every step with a message and the same question", async () => {
    const s = session();
    let r = await s.say("/whatif");
    expect(r.text).toContain("Step 1 of 5");
    expect(r.text).toContain("What is the score for?");

    r = await s.say("space tourism");
    expect(r.text).toContain("I didn't recognise that purpose");
    expect(r.text).toContain("What is the score for?");
    r = await s.say("госзакупки");
    expect(r.text).toContain("Which year?");
    expect(r.buttons).toEqual(expect.arrayContaining(["2023", "2025", "2027", "2028"]));

    r = await s.say("twenty");
    expect(r.text).toContain("“twenty” is not a year with known rules");
    expect(r.text).toContain("Which year?");
    r = await s.say("1999");
    expect(r.text).toContain("from 2023");
    r = await s.press("2023");
    expect(r.text).toContain("Step 3 of 5");
    expect(r.text).toContain("Which operations and components");

    r = await s.say("welding, flux capacitor");
    expect(r.text).toContain("I don't know “flux capacitor”");
    expect(r.text).toContain("Which operations and components");
    const toggled = await s.press("▫️ Body welding · 400");
    const markup = toggled.calls.find((c) => c.method === "editMessageReplyMarkup");
    expect(JSON.stringify(markup?.payload.reply_markup)).toContain("✅ Body welding");
    await s.press("▫️ Body painting · 500");
    r = await s.press("✔ Done");
    expect(r.text).toContain("Step 4 of 5");
    expect(r.text).toContain("R&amp;D spending in Russia: what share of revenue");

    for (const bad of ["lots", "101", "-1", "2.5.1"]) {
      r = await s.say(bad);
      expect(r.text).toContain("is not a share of revenue");
      expect(r.text).toContain("Step 4 of 5");
    }
    r = await s.say("2,5 %");
    expect(r.text).toContain("Step 5 of 5");
    expect(r.text).toContain("It counts within R&amp;D spending in Russia");

    r = await s.say("98");
    expect(r.text).toContain("exceed 100 % of revenue");
    expect(r.text).toContain("Step 5 of 5");
    r = await s.say("0.5%");
    expect(r.text).toContain("Score: 2,100 points");
    expect(r.text).toContain("short by <b>1,100</b> points");
    expect(r.text).toContain("2.75 percentage points");

    // The dialogue is over: plain text is no longer taken as an answer.
    expect((await s.say("2.5")).text).toContain("I can't answer that yet");
  });

  it("goes back a step with Back and keeps the earlier answers", async () => {
    const s = session();
    await s.say("/whatif");
    await s.press("Public procurement, passenger cars");
    await s.press("2027");
    let r = await s.press("◀ Back");
    expect(r.text).toContain("Which year?");
    r = await s.press("2023");
    await s.press("✔ Done");
    r = await s.press("◀ Back");
    expect(r.text).toContain("Which operations");
    await s.press("✔ Done");
    await s.press("3 %");
    r = await s.press("0 %");
    expect(r.text).toContain("Public procurement, passenger cars · 2023");
    expect(r.text).toContain("Score: 1,200 points");
  });

  it("stops on /cancel and on the Cancel button at any step", async () => {
    const s = session();
    await s.say("/whatif");
    await s.press("Taxis, passenger cars");
    let r = await s.say("/cancel");
    expect(r.text).toContain("What-if dialogue stopped");
    expect((await s.say("2026")).text).toContain("I can't answer that yet");
    expect((await s.say("/cancel")).text).toContain("There is nothing to cancel");

    await s.say("/whatif");
    await s.press("Public procurement, passenger cars");
    await s.press("2023");
    r = await s.press("✖ Cancel");
    expect(r.text).toContain("What-if dialogue stopped");
    expect((await s.say("1")).text).toContain("I can't answer that yet");
  });

  it("answers other commands mid-dialogue and keeps waiting; old question buttons are refused", async () => {
    const s = session();
    await s.say("/whatif");
    await s.press("Public procurement, passenger cars");
    const price = await s.say("/price used");
    expect(price.text).toContain("Average used passenger-car price");
    const stale = await s.bot.press("Taxis, passenger cars", s.user);
    expect(stale.find((c) => c.method === "answerCallbackQuery")?.payload.text).toBe(
      "That question is already answered.",
    );
    // Forged or mistyped button data changes nothing; the question still waits.
    for (const data of ["wd:2:y:abc", "wd:2:y:1900", "wd:2:o:teleport", "wd:2:t:space:x", "wd:2", "wd:x:y"]) {
      await s.bot.handle(callbackUpdate(s.user, data, { message_id: 1 }));
    }
    const r = await s.say("2025");
    expect(r.text).toContain("Which operations");
    expect(s.bot.logs.filter((l) => l.level === "error")).toEqual([]);
  });

  it("keeps a dialogue per person in a group: two people answer in turns and neither takes the other's answers", async () => {
    const bot = createHarness(database.db);
    const group = { id: -100_777, type: "supergroup" as const, title: "Board" };
    const anna = { id: nextUser++, languageCode: "en" };
    const boris = { id: nextUser++, languageCode: "ru" };
    const inGroup = (calls: ApiCall[]) => {
      const sent = calls.filter((c) => c.method === "sendMessage" || c.method === "editMessageText");
      for (const c of sent) expect(Number(c.payload.chat_id)).toBe(group.id);
      return bot
        .texts(calls)
        .join("\n")
        .replace(/\u00a0/g, " ");
    };
    expect(inGroup(await bot.send("/whatif", anna, group))).toContain("Step 1 of 5");
    expect(inGroup(await bot.send("/whatif", boris, group))).toContain("Шаг 1 из 5");
    expect(inGroup(await bot.send("procurement", anna, group))).toContain("Which year?");
    // Boris's button press moves his dialogue only.
    expect(inGroup(await bot.press("Такси, легковые", boris, group))).toContain("Шаг 2 из 5");
    expect(inGroup(await bot.send("2023", anna, group))).toContain("Which operations");
    expect(inGroup(await bot.send("2027", boris, group))).toContain("Шаг 3 из 5");
    expect(inGroup(await bot.send("/cancel", boris, group))).toContain("Диалог «что если» остановлен");
    expect(inGroup(await bot.send("welding, painting", anna, group))).toContain("Step 4 of 5");
    expect(inGroup(await bot.send("2.5", anna, group))).toContain("Step 5 of 5");
    const card = inGroup(await bot.send("0.5", anna, group));
    expect(card).toContain("Score: 2,100 points");
    // Boris's dialogue is gone: his plain words in the group are group chatter, not an answer.
    expect(await bot.send("2.5", boris, group)).toEqual([]);
    expect(bot.logs.filter((l) => l.level === "error")).toEqual([]);
  });

  it("asks again for non-text messages", async () => {
    const s = session();
    await s.say("/whatif");
    const before = s.bot.calls.length;
    await s.bot.handle({
      update_id: 9_000_001,
      message: {
        message_id: 9_000_001,
        date: 1_700_000_000,
        chat: { id: s.user.id, type: "private", first_name: "User" },
        from: { id: s.user.id, is_bot: false, first_name: "User", language_code: "en" },
        sticker: {
          file_id: "x",
          file_unique_id: "x",
          type: "regular",
          width: 1,
          height: 1,
          is_animated: false,
          is_video: false,
        },
      },
    });
    const text = s.bot.texts(s.bot.calls.slice(before)).join("\n");
    expect(text).toContain("Please answer the question below");
    expect(text).toContain("What is the score for?");
  });

  it("in Russian", async () => {
    const s = session("ru");
    let r = await s.say("/whatif");
    expect(r.text).toContain("Для чего считаем баллы?");
    await s.press("Госзакупки, легковые");
    await s.press("2027");
    r = await s.say("сварка и окраска");
    expect(r.text).toContain("Расходы на НИОКР в России: какая доля выручки");
    r = await s.say("абв");
    expect(r.text).toContain("«абв» — не доля выручки");
    await s.say("2,5");
    r = await s.say("0,5");
    expect(r.text).toContain("Итого: 2 100 баллов");
    expect(r.text).toContain("Порог: <b>3 500</b>");
    expect(r.text).toContain("не хватает <b>1 400</b> баллов");
  });

  it("resumes after a restart with the earlier answers kept", async () => {
    const first = session();
    await first.say("/whatif");
    await first.press("Public procurement, passenger cars");
    await first.press("2023");
    await first.press("▫️ Body welding · 400");
    await first.press("▫️ Body painting · 500");

    // The dialogue's state is in the database, under the chat and the user.
    const key = `conversation:${first.user.id}:${first.user.id}`;
    expect(await readStored(database.db, key)).toBeDefined();

    // A new bot process on the same database: nothing of the first one is in memory.
    const restarted = resume(first, createHarness(database.db));
    let r = await restarted.pressOld("✔ Done");
    expect(r.text).toContain("R&amp;D spending in Russia: what share of revenue");
    r = await restarted.say("2.5");
    expect(r.text).toContain("Licences to assemble foreign vehicles");

    const again = resume(first, createHarness(database.db));
    r = await again.say("0.5");
    expect(r.text).toContain("Public procurement, passenger cars · 2023");
    expect(r.text).toContain("Body welding → <b>400</b>");
    expect(r.text).toContain("Score: 2,100 points");
    expect(r.text).toContain("short by <b>1,100</b> points");
  });
});

describe("the result card's buttons", () => {
  it("changes one input and recalculates", async () => {
    const s = session();
    await s.say(ONE_LINE);
    let r = await s.press("✏️ R&D spending in Russia");
    expect(r.text).toContain("R&amp;D spending in Russia: what share of revenue");
    expect(r.text).toContain("Now: 2.5 %");
    r = await s.say("5.25");
    expect(r.text).toContain("Score: 3,200 points");
    expect(r.text).toContain("✅ passes, 0 points to spare");

    r = await s.press("✏️ Year");
    r = await s.press("2027");
    expect(r.text).toContain("· 2027");
    expect(r.text).toContain("short by <b>300</b> points");
    expect(r.text).toContain("<b>0.75 percentage points</b>");
  });

  it("saves, lists, reopens, renames and deletes scenarios per user", async () => {
    const s = session();
    await s.say(ONE_LINE);
    let r = await s.press("💾 Save");
    expect(r.text).toContain("How should I name this scenario?");
    r = await s.say("  ");
    expect(r.text).toContain("A name needs 1 to 40 characters");
    r = await s.say("x".repeat(41));
    expect(r.text).toContain("A name needs 1 to 40 characters");
    r = await s.say("Plant <A> 2023");
    expect(r.text).toContain("Saved as «Plant &lt;A&gt; 2023»");

    r = await s.say("/scenarios");
    expect(r.text).toContain("<b>Plant &lt;A&gt; 2023</b> — Public procurement, passenger cars, 2023");
    r = await s.press("📂 Plant <A> 2023");
    expect(r.text).toContain("What-if «Plant &lt;A&gt; 2023»");
    expect(r.text).toContain("Score: 2,100 points");
    expect(r.buttons).toEqual(expect.arrayContaining(["🏷 Rename", "🗑 Delete"]));

    // Another user sees none of it, and cannot use this user's buttons.
    const other = session();
    expect((await other.say("/scenarios")).text).toContain("no saved scenarios");
    const foreign = await s.bot.press("📂 Plant <A> 2023", other.user);
    expect(s.bot.texts(foreign).join("\n")).toContain("I can't find this calculation for you");

    // A second scenario cannot take the same name unless the user replaces it.
    await s.say("/whatif year=2027 ops=welding rd=1");
    await s.press("💾 Save");
    r = await s.say("plant <a> 2023");
    expect(r.text).toContain("You already have a scenario named «plant &lt;a&gt; 2023»");
    r = await s.press("♻️ Replace it");
    expect(r.text).toContain("Saved as «plant &lt;a&gt; 2023»");
    r = await s.say("/scenarios");
    expect(r.text).toContain("Public procurement, passenger cars, 2027");
    expect(r.text).not.toContain(", 2023\n");

    await s.press("📂 plant <a> 2023");
    r = await s.press("🏷 Rename");
    expect(r.text).toContain("Send the new name");
    r = await s.say("Welding only");
    expect(r.text).toContain("Saved as «Welding only»");
    await s.say("/scenarios");
    await s.press("📂 Welding only");
    r = await s.press("🗑 Delete");
    expect(r.text).toContain("Delete the scenario «Welding only»?");
    r = await s.press("🗑 Delete");
    expect(r.text).toContain("Deleted «Welding only»");
    expect((await s.say("/scenarios")).text).toContain("no saved scenarios");
  });
});
