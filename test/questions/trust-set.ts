// Questions an executive types where a plausible-looking wrong answer is the danger: a model
// or a period the knowledge base does not hold, comparisons, news, who-said-what, one part of
// the localization rules, typos, Cyrillic commands. Each answer must show the right figures
// (or say plainly what is missing) and must not show the figures of another question.
export interface TrustCase {
  q: string;
  lang: "en" | "ru";
  shows: string[];
  /** Text the answer must not contain: another series' or another item's figure. */
  hides?: string[];
}

const USED_EN = "RUB 1.63 mln";
const USED_RU = "1,63 млн ₽";
const NEW_EN = "RUB 3.43 mln";
const NEW_RU = "3,43 млн ₽";

export const TRUST_CASES: TrustCase[] = [
  // A change asked since a period: counted from the first value held since then, or said plainly
  // that none is held yet (asked on 2026-11-21, when the latest new-car figure is of October 2025).
  {
    q: "how much have new car prices changed since the start of 2024",
    lang: "en",
    shows: [NEW_EN, "since March 2024", "RUB 3.4 mln", "+0.9 %", "calculated"],
  },
  {
    q: "насколько подорожали новые машины с начала 2024 года",
    lang: "ru",
    shows: [NEW_RU, "с марта 2024", "+0,9 %"],
  },
  {
    q: "на сколько выросли цены на новые авто с начала года",
    lang: "ru",
    shows: [NEW_RU, "октябрь 2025", "Значений с января 2026 в базе пока нет"],
  },
  { q: "new car price year to date", lang: "en", shows: [NEW_EN, "No value since January 2026 is held yet"] },
  // Recycling-fee rates: the category asked, or plainly that it is not held (never a new car's rate as an old one's).
  {
    q: "какой утильсбор на новую машину до 2 литров",
    lang: "ru",
    shows: ["556 200 ₽", "1 октября 2024", "Ведомости"],
    hides: [USED_RU, NEW_RU],
  },
  { q: "recycling fee for a new 1.5 litre car", lang: "en", shows: ["RUB 556,200", "October 1, 2024"] },
  {
    q: "утильсбор на машину старше трёх лет",
    lang: "ru",
    shows: ["у меня нет", "Новые (до 3 лет)"],
    hides: ["<b>Утильсбор:"],
  },
  {
    q: "recycling fee for a car older than three years",
    lang: "en",
    shows: ["I hold no recycling fee rate"],
  },
  // A model the knowledge base does not hold: said by name, no other series' number.
  { q: "Lada Vesta price", lang: "en", shows: ["Lada Vesta", "no prices"], hides: [USED_EN, NEW_EN] },
  { q: "сколько стоит Lada Vesta", lang: "ru", shows: ["Lada Vesta", "нет"], hides: [USED_RU] },
  { q: "how much is a Haval Jolion", lang: "en", shows: ["Haval Jolion"], hides: [USED_EN, NEW_EN] },
  { q: "цена на Geely Monjaro в 2024", lang: "ru", shows: ["Geely Monjaro"], hides: [USED_RU, NEW_RU] },
  { q: "Moskvich 6 price", lang: "en", shows: ["Moskvich 6"], hides: ["RUB 1.97 mln"] },
  { q: "почем Тойота Камри", lang: "ru", shows: ["Тойота Камри"], hides: [USED_RU] },
  { q: "сколько стоит бензин", lang: "ru", shows: ["бензин"], hides: [USED_RU] },
  // Periods: the series that holds the period, or an honest "not for that period" with dates in words.
  // A period told in words people type, not a written date: the period asked, or plainly not held.
  {
    q: "сколько стоила новая машина к началу года",
    lang: "ru",
    shows: ["январь 2026", "нет", "Последнее, что есть"],
  },
  { q: "average used car price at the end of 2023", lang: "en", shows: ["December 2023", USED_EN] },
  { q: "цена подержанного авто в конце 2023 года", lang: "ru", shows: ["декабрь 2023", USED_RU] },
  { q: "new car price two years ago", lang: "en", shows: ["November 2024", "no figure"] },
  { q: "почем были новые машины в мае прошлого года", lang: "ru", shows: ["май 2025", "нет"] },
  { q: "new car prices in Q3 2024", lang: "en", shows: ["no prices by quarter", "2024"] },
  { q: "цены на подержанные машины прошлой зимой", lang: "ru", shows: ["по временам года"] },
  { q: "what did a new car cost last week", lang: "en", shows: ["could not tell which period"] },
  { q: "средняя цена новых авто за третий квартал 2024", lang: "ru", shows: ["Поквартальных", "2024 год"] },
  { q: "used car prices last winter", lang: "en", shows: ["no prices by season"] },
  { q: "сколько стоили машины на прошлой неделе", lang: "ru", shows: ["Не понял, о каком периоде"] },
  {
    q: "how did prices change over 2024",
    lang: "en",
    shows: ["new passenger-car", "RUB 3.16 mln"],
    hides: ["2023-12-01"],
  },
  {
    q: "как изменились цены в 2024 году",
    lang: "ru",
    shows: ["нового", "3,16 млн ₽"],
    hides: ["2023-12-01"],
  },
  { q: "what were car prices in 2022", lang: "en", shows: ["RUB 2.33 mln"], hides: [USED_EN] },
  {
    q: "how much did used car prices grow last year",
    lang: "en",
    shows: ["no figure", "2025", "The latest I have", USED_EN],
    hides: ["2023-12-01"],
  },
  {
    q: "цены на подержанные машины в 2021 году",
    lang: "ru",
    shows: ["2021", "нет", USED_RU],
    hides: ["2023-12-01"],
  },
  {
    q: "средняя цена новых авто в первом полугодии 2024",
    lang: "ru",
    shows: ["3,16 млн ₽", "1-е полугодие 2024"],
    hides: ["март 2024"],
  },
  {
    q: "new car price in the first half of 2022",
    lang: "en",
    shows: ["RUB 2.316 mln"],
    hides: ["RUB 3.43 mln"],
  },
  {
    q: "цена новых машин во втором полугодии 2030",
    lang: "ru",
    shows: ["нет"],
    hides: [NEW_RU.replace("3,43", "9,99")],
  },
  // Comparisons answer every side.
  { q: "compare new and used car prices", lang: "en", shows: [USED_EN, NEW_EN] },
  { q: "сравни цены на новые и подержанные", lang: "ru", shows: [USED_RU, NEW_RU] },
  { q: "used vs new car price", lang: "en", shows: [USED_EN, NEW_EN] },
  { q: "москвич 3 или подержанная машина что дешевле", lang: "ru", shows: ["1,97 млн ₽", USED_RU] },
  // Who said what: the statements the briefings hold, never the timeline as if it were the answer.
  { q: "what did Manturov say", lang: "en", shows: ["Manturov", "statements"], hides: ["Estonia"] },
  { q: "что сказал Мантуров о Китае", lang: "ru", shows: ["Мантуров"], hides: ["Эстония"] },
  { q: "what does Burgazliev think about licences", lang: "en", shows: ["Burgazliev"], hides: ["RUB"] },
  // Purposes: the rules for the purpose asked about, and when they start.
  { q: "what are the rules for taxis", lang: "en", shows: ["Taxis", "3,200"], hides: ["Estonia"] },
  { q: "when does the taxi rule start", lang: "en", shows: ["March 1, 2026", "3,200"] },
  { q: "с какого числа действует порог для такси", lang: "ru", shows: ["1 марта 2026", "3 200"] },
  { q: "when does the procurement threshold go up to 3500", lang: "en", shows: ["January 1, 2027", "3,500"] },
  // News: what is new by its own date, and never old items as this week's news.
  {
    q: "что нового",
    lang: "ru",
    shows: ["Последнее в базе знаний"],
    hides: ["Средняя цена нового легкового автомобиля, Россия</b>"],
  },
  { q: "новости за неделю", lang: "ru", shows: ["ничего нового нет", "Последнее, что есть"] },
  {
    q: "any news this week?",
    lang: "en",
    shows: ["Nothing in the knowledge base is dated within the past week"],
  },
  { q: "what's new", lang: "en", shows: ["The latest in the knowledge base"] },
  // One part of the localization rules.
  {
    q: "which operations give the most points",
    lang: "en",
    shows: ["1. Engine and gearbox", "2,300", "2. Body painting"],
  },
  { q: "за какие операции больше всего баллов", lang: "ru", shows: ["1. Производство двигателя", "2 300"] },
  {
    q: "сколько баллов дает сварка",
    lang: "ru",
    shows: ["Сварка кузова: 400"],
    hides: ["Окраска кузова", "Пороги"],
  },
  {
    q: "how many points is painting worth",
    lang: "en",
    shows: ["Body painting: 500"],
    hides: ["Body welding"],
  },
  { q: "максимальный балл локализации", lang: "ru", shows: ["8 800", "СПИК"], hides: ["расходятся"] },
  { q: "what is the maximum localization score", lang: "en", shows: ["8,800"], hides: ["disagree"] },
  { q: "какой максимум баллов по шкале локализации", lang: "ru", shows: ["8 800"], hides: ["расходятся"] },
  // Two typos in a long word.
  { q: "сколко стоят падержаные машины", lang: "ru", shows: [USED_RU] },
  { q: "avrage prise of secondhand cars", lang: "en", shows: [USED_EN] },
  // Cyrillic commands arrive as plain text.
  { q: "/цена подержанные", lang: "ru", shows: [USED_RU] },
  { q: "/цена новые 2023", lang: "ru", shows: ["2,96 млн ₽"] },
  { q: "/язык", lang: "ru", shows: ["язык"] },
  { q: "/помощь", lang: "ru", shows: ["/price"] },
  { q: "/сколько стоит москвич 3", lang: "ru", shows: ["1,97 млн ₽"] },
];
