import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callbackUpdate } from "../../bot/local-updates.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";
import { createHarness, type Harness } from "../support/harness.ts";
import { expectTelegramHtml } from "../support/html.ts";

let database: TestDatabase;
let bot: Harness;
beforeAll(async () => {
  database = await createTestDatabase();
  bot = createHarness(database.db);
});
afterAll(() => database.destroy());

/** Presses a button with arbitrary data, as an old message or a forged client could. */
async function harnessPress(data: string) {
  const before = bot.calls.length;
  await bot.handle(callbackUpdate({ id: 7, languageCode: "en" }, data, { message_id: 1 }));
  return bot.calls.slice(before);
}

async function say(text: string, lang = "en") {
  const calls = await bot.send(text, { languageCode: lang });
  const texts = bot.texts(calls);
  for (const t of texts) expectTelegramHtml(t);
  for (const c of calls.filter((c) => c.method === "sendMessage")) expect(c.payload.parse_mode).toBe("HTML");
  return { calls, text: texts.join("\n") };
}

describe("/start and /help", () => {
  it("greets in the user's language with examples", async () => {
    expect((await say("/start")).text).toContain("/price used");
    expect((await say("/start", "ru")).text).toContain("Брифинги по автопрому");
  });

  it("lists commands, series, topics and purposes from the database", async () => {
    const { text } = await say("/help");
    expect(text).toContain("Series: Used cars, New cars, Moskvich 3, Moskvich 3 CVT");
    expect(text).toContain("Recycling fee");
    expect(text).toContain("Purposes: Public procurement, Demand support, Subsidised car loans, Taxis");
    const ru = (await say("/help", "ru")).text;
    expect(ru).toContain("Подержанные, Новые, Москвич 3");
    expect(ru).toContain("Утильсбор");
    expect(ru).toContain("Госзакупки, Поддержка спроса");
  });

  it("accepts what help lists, the old codes, and names in both languages", async () => {
    const answers = async (text: string, lang = "en") => {
      const reply = (await say(text, lang)).text;
      expect(reply, text).not.toMatch(
        /can't read|don't know|Не могу прочитать|Не знаю|недопустимое|not a value/,
      );
      return reply;
    };
    for (const purpose of ["demand_support", "demand support", "Demand support", "поддержка спроса"])
      expect(await answers(`/localization 2025 ${purpose}`)).toContain("2,000");
    for (const purpose of ["procurement", "Public procurement", "госзакупки"])
      expect(await answers(`/localization 2023 ${purpose}`, "ru")).toMatch(/3\s200/);
    await answers("/localization 2024 subsidised_loans");
    await answers("/localization 2024 Subsidised car loans");
    await answers("/localization 2024 льготные автокредиты", "ru");
    await answers("/localization 2020 light commercial vehicles");
    for (const series of ["used-car-avg", "Used cars", "Подержанные", "new-car-avg", "Moskvich 3 CVT"])
      expect(await answers(`/price ${series}`)).toContain("<b>");
    await answers("/chart New cars");
    for (const topic of [
      "cross_border",
      "Cross-border travel",
      "recycling_fee",
      "Recycling fee",
      "Въезд и границы",
    ])
      expect(await answers(`/policy ${topic}`)).toContain("1–");
    expect(await answers("/policy EE")).toContain("Estonia");
    expect(await answers("/policy Эстония", "ru")).toContain("Эстония");
    expect(await answers("/whatif year=2025 purpose=demand_support")).toContain("Demand support");
    expect(await answers("/whatif год=2025 цель=поддержка спроса", "ru")).toContain("Поддержка спроса");
    await answers("/whatif year=2020 purpose=procurement category=passenger_car");
  });
});

describe("sources", () => {
  it("are named in the user's language, with what is known of their date", async () => {
    const ru = (await say("/price москвич 3", "ru")).text;
    expect(ru).toContain("Новостная заметка — Автопроизводителям разрешат лицензионную сборку");
    expect(ru).toContain("конец 2022 года");
    expect(ru).toContain("«Мотор»");
    expect(ru).not.toContain("News report");
    const en = (await say("/localization 2028 procurement")).text;
    expect(en).toContain("Obyektiv");
    expect(en).toContain("reported by one outlet only");
    const loc = (await say("/localization 2028 госзакупки", "ru")).text;
    expect(loc).toContain("«Коммерсантъ»");
    expect(loc).toContain("сообщение только одного издания");
  });

  it("show both 2022 new-car prices where the outlets disagree", async () => {
    const { text } = await say("/price new 2022");
    expect(text).toContain("2.33 mln");
    expect(text).toContain("2.38 mln");
    expect(text).toContain("Reuters, citing Avtostat (reprinted by Big Life");
    expect(text).toContain("AvtoVzglyad, citing unnamed analysts");
  });
});

describe("/price", () => {
  it("answers the used-car price with period, changes and source", async () => {
    const { text, calls } = await say("/price used");
    expect(text).toContain("December 2023: <b>RUB 1.63 mln</b>");
    expect(text).toContain("+2.6 %");
    expect(text).toContain("+RUB 41.7 thousand");
    expect(text).toContain("+22.7 %");
    expect(text).toContain("as reported");
    expect(text).toContain("News report relaying RIA Novosti and Avtostat");
    expect(text).toContain("used-car prices in December 2023, January 2024 at the earliest");
    expect(bot.buttons(calls[0]).map((b) => b.text)).toEqual([
      "New cars",
      "Moskvich 3",
      "Moskvich 3 CVT",
      "History",
      "📈 Chart",
      "🔔 Alert me",
    ]);
  });

  it("formats numbers the Russian way for Russian users", async () => {
    const { text } = await say("/price подержанные", "ru");
    expect(text).toContain("декабрь 2023: <b>1,63 млн ₽</b>");
    expect(text).toContain("+2,6 %");
    expect(text).toContain("+41,7 тыс. ₽");
    expect(text).toContain("Источники");
  });

  it("answers a model's starting price", async () => {
    const { text } = await say("/price moskvich 3");
    expect(text).toContain("RUB 1.97 mln");
    expect(text).toContain("RUB 2.04 mln");
    expect(text).toContain("motor.ru");
  });

  it("switches series and shows history with the buttons, editing the message", async () => {
    await say("/price used");
    const switched = await bot.press("New cars");
    expect(switched.map((c) => c.method)).toEqual(["answerCallbackQuery", "editMessageText"]);
    expect(bot.texts(switched)[0]).toContain("October 2025: <b>RUB 3.43 mln</b>");
    expect(bot.texts(switched)[0]).toContain("since August 2024");
    const history = await bot.press("History");
    const text = bot.texts(history)[0] ?? "";
    expect(text).toContain("H1 2022: <b>RUB 2.316 mln</b>");
    expect(text).toContain("mid-2023: <b>RUB 3.02 mln</b>");
    expect(text).toContain("about RUB 3.4 mln");
    expectTelegramHtml(text);
  });

  it("answers a period, or the values inside it", async () => {
    expect((await say("/price new 2023")).text).toContain("2023: <b>RUB 2.96 mln</b>");
    const year = (await say("/price new 2024")).text;
    expect(year).toContain("March 2024");
    expect(year).toContain("August 2024");
  });

  it("explains unknown series and periods, listing what exists", async () => {
    expect((await say("/price trucks")).text).toContain(
      "Available: Used cars, New cars, Moskvich 3, Moskvich 3 CVT.",
    );
    expect((await say("/price used someday")).text).toContain("can't read “someday” as a period");
    expect((await say("/price used 2019")).text).toContain("from 2023-12-01 to 2023-12-01");
    expect((await say("/price грузовики", "ru")).text).toContain("Не знаю показателя «грузовики»");
    expect((await say("/price грузовики", "ru")).text).toContain(
      "Подержанные, Новые, Москвич 3, Москвич 3 CVT",
    );
  });

  it("escapes what the user typed", async () => {
    const { text } = await say("/price <script>alert(1)</script>");
    expect(text).toContain("&lt;script&gt;");
    expect(text).not.toContain("<script>");
  });
});

describe("/policy", () => {
  it("lists the reference changes newest first and pages through them", async () => {
    const first = await say("/policy");
    expect(first.text).toContain("Decree 719 amended: 3,500 points for procurement from 2027");
    expect(first.text).toContain("1–5 of 11");
    expect(first.text.indexOf("December 11, 2024")).toBeLessThan(first.text.indexOf("October 1, 2024"));
    const second = await bot.press("Older ▶");
    expect(bot.texts(second)[0]).toContain("6–10 of 11");
    const third = await bot.press("Older ▶");
    const last = bot.texts(third)[0] ?? "";
    expect(last).toContain("11–11 of 11");
    expect(last).toContain("Decree No. 661");
    expect(bot.buttons(third.at(-1)).map((b) => b.text)).toEqual(["◀ Newer"]);
  });

  it("filters by country and topic", async () => {
    const ee = (await say("/policy estonia")).text;
    expect(ee).toContain("Estonia bars cars with Russian plates");
    expect(ee).toContain("err.ee");
    const ru = (await say("/policy утильсбор", "ru")).text;
    expect(ru).toContain("Утильсбор вырос на 70–85 %");
    expect(ru).not.toContain("Эстония");
  });

  it("explains a filter it cannot read", async () => {
    expect((await say("/policy weather")).text).toContain("Topics: ");
    expect((await say("/policy localization 2099")).text).toContain("No policy changes match");
  });
});

describe("/localization", () => {
  it("names the purpose asked for when its threshold is not known, and when one is", async () => {
    const en = (await say("/localization 2024 taxi")).text;
    expect(en).toContain("No threshold for Taxis is known for 2024; the earliest is from 2026.");
    const ru = (await say("/localization 2024 такси", "ru")).text;
    expect(ru).toContain(
      "Порог для цели «Такси» на 2024 год неизвестен; первый известный действует с 2026 года.",
    );
    expect(ru).not.toContain("этой цели");
    // Another purpose's earlier thresholds say nothing of this one's.
    const early = (await say("/localization 2019 taxi")).text;
    expect(early).toContain("earliest is from 2026");
    expect(early).not.toContain("from 2020");
  });

  it("shows 2023: 400 points per 1 % of R&D, licences within R&D, the 3,200 threshold, with sources", async () => {
    const { text } = await say("/localization 2023");
    expect(text).toContain("R&amp;D spending in Russia: 400 per 1 % of revenue");
    expect(text).toContain(
      "Licences to assemble foreign vehicles: count within R&amp;D spending in Russia (400 per 1 % of revenue), from 2023",
    );
    expect(text).toMatch(
      /Public procurement, passenger cars: <b>3,200<\/b> points from January 1, 2023 \[\d+\]/,
    );
    expect(text).toContain("bfm.ru");
    expect(text).toContain("kommersant.ru");
  });

  it("shows disagreeing sources side by side", async () => {
    const { text } = await say("/localization 2028 procurement");
    expect(text).toMatch(
      /sources disagree — <b>3,700<\/b> \[[\d, ]+\] or <b>3,800<\/b> \(reported by one outlet only\) \[\d+\]/,
    );
    expect(text).not.toContain("7,000 [");
    expect(text).toMatch(/Maximum score: 8,800 \[\d+\]/);
  });

  it("shows the maximum of the scale and the special investment contract level as what they are", async () => {
    const { text } = await say("/localization 2025");
    expect(text).toMatch(/^Maximum score: 8,800 \[\d+\]$/m);
    expect(text).toMatch(
      /^• Special investment contracts \(СПИК\), passenger cars: <b>7,000<\/b> points from January 1, 2025 \(the ministry proposed lowering it to 5,500 in September 2025\) \[\d+, \d+\]$/m,
    );
    expect(text).not.toContain("target: 7,000");
    // A year before the threshold took effect still tells the contract level apart from the maximum.
    expect((await say("/localization 2024")).text).toMatch(
      /^Special investment contract \(СПИК\) target: 7,000 \(proposed: 5,500\) \[\d+, \d+\]$/m,
    );
    expect(text).not.toMatch(/disagree — 7,000|7,000 \[\d+\] or 8,800/);
    expect(text).toContain("gazeta.ru");
    expect(text).toContain("interfax.ru");
    const ru = (await say("/localization 2025", "ru")).text;
    expect(ru).toMatch(/^Максимум шкалы — 8\u00a0800 баллов \[\d+\]$/m);
    expect(ru).toMatch(
      /^• Специнвестконтракты \(СПИК\), легковые: <b>7\u00a0000<\/b> баллов с 1 января 2025/m,
    );
    expect((await say("/localization 2024", "ru")).text).toMatch(
      /^Целевой уровень по СПИК — 7\u00a0000 баллов \(предложено снизить до 5\u00a0500\) \[\d+, \d+\]$/m,
    );
    expect(ru).not.toContain("расходятся — 7");
    expect(ru).not.toMatch(/spik|max_total|719-/);
  });

  it("computes points for an R&D share and moves between years with buttons", async () => {
    const { text, calls } = await say("/localization 2026 rd 2,5%");
    expect(text).toContain("R&amp;D 2.5 % of revenue → 1,000 points");
    expect(bot.buttons(calls[0]).map((b) => b.text)).toEqual(["◀ 2025", "2027 ▶", "🔔 Alert me"]);
    const next = await bot.press("2027 ▶");
    expect(bot.texts(next)[0]).toContain("<b>3,500</b> points from January 1, 2027");
    expect(bot.texts(next)[0]).toContain("1,000 points");
  });

  it("answers in Russian", async () => {
    const { text } = await say("/localization 2023 госзакупки", "ru");
    expect(text).toContain("Госзакупки, легковые: <b>3\u00a0200</b> баллов");
    expect(text).toContain("Расходы на НИОКР в России: 400 за 1 % выручки");
  });

  it("explains bad arguments", async () => {
    expect((await say("/localization 1800")).text).toContain("is not a year");
    expect((await say("/localization rd lots")).text).toContain("is not a share of revenue");
    expect((await say("/localization boats")).text).toContain(
      "procurement, demand support, subsidised loans",
    );
    expect((await say("/localization лодки", "ru")).text).toContain(
      "госзакупки, поддержка спроса, льготные кредиты",
    );
    const policy = (await say("/policy boats")).text;
    expect(policy).toContain("Countries: Estonia, Russia");
    expect(policy).toContain("Recycling fee");
    expect(policy).not.toMatch(/recycling_fee|\bEE\b|\bRU\b/);
    expect((await say("/policy лодки", "ru")).text).toContain("Страны: Эстония, Россия");
    expect((await say("/localization 2016")).text).toContain("the earliest is from 2020");
  });
});

describe("everything else", () => {
  it("points unknown commands to /help and answers plain text it cannot read with examples", async () => {
    expect((await say("/weather")).text).toContain("/help");
    expect((await say("tell me a joke")).text).toContain("I can't answer that yet");
  });

  it("answers a stale or forged button politely", async () => {
    for (const data of ["p:no-such-series", "pl:abc", "lc:20x", "zzz"]) {
      const calls = await bot.send("/start").then(() => harnessPress(data));
      expect(calls.map((c) => c.method)).toEqual(["answerCallbackQuery"]);
      expect(calls[0]?.payload.text).toBe("This button is out of date. Please ask again.");
    }
  });
});
