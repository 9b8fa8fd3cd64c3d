// The knowledge base the bot starts with: every fact of shared/reference/facts.md, each tied to
// its source by key. Summaries are our own words. Where sources disagree, both rows are kept.

/** Bump when the seed gains facts, so existing databases pick them up on the next start. */
export const SEED_VERSION = 5;

export interface SeedSource {
  key: string;
  publisher: string;
  title: string;
  /** The outlet and title for Russian answers. */
  publisherRu?: string | null;
  titleRu?: string | null;
  url: string | null;
  publishedOn: string | null;
  /** Where the exact date is not known: what is ("late 2022"), shown instead of a date. */
  dateNoteEn?: string | null;
  dateNoteRu?: string | null;
}

/**
 * Sources earlier seeds held that later ones replaced by a better report of the same figure
 * (old key -> new key): loading the seed moves every citation over and deletes the old source.
 */
export const replacedSources: Record<string, string> = {
  "rt-492726": "reuters-2023-02-17",
  legendgrp: "zr-957922",
  "ru-main": "automechanika-2021-01-19",
  kxan36news: "kommersant-2020-lcv",
};

export const seedSources: SeedSource[] = [
  {
    key: "briefing-000",
    publisher: "News report relaying RIA Novosti and Avtostat",
    publisherRu: "Новостная заметка по данным РИА Новости и «Автостата»",
    title: "Manturov on the industry's second chance; used-car prices in December 2023",
    titleRu: "Мантуров о втором шансе автопрома; цены на подержанные машины в декабре 2023 года",
    url: null,
    publishedOn: null,
    dateNoteEn: "January 2024 at the earliest",
    dateNoteRu: "не раньше января 2024 года",
  },
  {
    key: "briefing-004",
    publisher: "News report",
    publisherRu: "Новостная заметка",
    title: "Carmakers may license foreign models; localization rule kept for 2023",
    titleRu:
      "Автопроизводителям разрешат лицензионную сборку иностранных моделей; правило баллов за НИОКР сохранено на 2023 год",
    url: null,
    publishedOn: null,
    dateNoteEn: "late 2022",
    dateNoteRu: "конец 2022 года",
  },
  {
    key: "tass-24728109",
    publisher: "TASS",
    publisherRu: "ТАСС",
    title: "How Avtostat averages used-car prices",
    titleRu: "Как «Автостат» считает среднюю цену подержанных машин",
    url: "https://tass.ru/ekonomika/24728109",
    publishedOn: null,
  },
  {
    key: "autostat-52256",
    publisher: "Avtostat",
    publisherRu: "«Автостат»",
    title: "Average new-car price, first half of 2022",
    titleRu: "Средняя цена нового автомобиля в первом полугодии 2022 года",
    url: "https://www.autostat.ru/news/52256/",
    publishedOn: null,
  },
  {
    key: "reuters-2023-02-17",
    publisher: "Reuters, citing Avtostat (reprinted by Big Life; the original is not at hand)",
    publisherRu: "Reuters со ссылкой на «Автостат» (перепечатка Big Life; оригинал недоступен)",
    title: "Russians switch to buying used cars as sanctions dry up new car market",
    titleRu: "Санкции иссушили рынок новых машин, и россияне переходят на подержанные",
    url: "https://big-life.net/countries/item/6426-russians-switch-to-buying-used-cars-as-sanctions-dry-up-new-car-market",
    publishedOn: "2023-02-17",
  },
  {
    key: "avtovzglyad-2023-02-18",
    publisher: "AvtoVzglyad, citing unnamed analysts",
    publisherRu: "«АвтоВзгляд» со ссылкой на неназванных аналитиков",
    title:
      "Car loans not for everyone, new cars will not get cheaper, Chinese brands will ruin AvtoVAZ: the week in review",
    titleRu: "Автокредит дадут не всем, новые машины не подешевеют, а китайцы погубят АвтоВАЗ: итоги недели",
    url: "https://avtovzglyad.ru/avto/avtoprom/2023-02-18-avtokredit-dadut-ne-vsem-novye-mashiny-ne-podeshevejut-a-kitajtsy-pogubjat-avtovaz-itogi-nedeli",
    publishedOn: "2023-02-18",
  },
  {
    key: "avtovzglyad-62758",
    publisher: "AvtoVzglyad, citing Avtostat",
    publisherRu: "«АвтоВзгляд» со ссылкой на «Автостат»",
    title: "The average new-car price in Russia is above 3 mln roubles again",
    titleRu: "Средняя цена новой машины в России опять превысила 3 млн рублей",
    url: "https://avtovzglyad.ru/avto/price/62758-2024-09-20-srednyaya-tsena-novoy-mashinyi-vrossii-opyat-prevyisila-3-mln-rubley",
    publishedOn: "2024-09-20",
  },
  {
    key: "zr-957922",
    publisher: "Za Rulem, citing Avtostat",
    publisherRu: "«За рулём» со ссылкой на «Автостат»",
    title: "Average new-car prices for 2023 and the first half of 2024",
    titleRu: "Средние цены новых машин за 2023 год и первое полугодие 2024 года",
    url: "https://zr.ru/content/news/957922-tseny-na-avtomobili-v-rossii-ob",
    publishedOn: null,
  },
  {
    key: "overclockers-141764",
    publisher: "Overclockers.ru, citing Avtostat",
    publisherRu: "Overclockers.ru со ссылкой на «Автостат»",
    title: "Average new-car price, October 2025",
    titleRu: "Средняя цена нового автомобиля в октябре 2025 года",
    url: "https://overclockers.ru/world/show/141764/",
    publishedOn: null,
  },
  {
    key: "motor-2023-02-09",
    publisher: "Motor.ru",
    publisherRu: "«Мотор»",
    title: "Moskvich prices announced",
    titleRu: "Объявлены цены «Москвичей»",
    url: "https://motor.ru/news/moskvichi-09-02-2023.htm",
    publishedOn: "2023-02-09",
  },
  {
    key: "lenta-2025-10-02",
    publisher: "Lenta.ru",
    publisherRu: "«Лента.ру»",
    title: "Localization points for body and engine operations",
    titleRu: "Баллы локализации за операции с кузовом и двигателем",
    url: "https://lenta.ru/news/2025/10/02/nizhe/",
    publishedOn: "2025-10-02",
  },
  {
    key: "youtvnews-22620",
    publisher: "YouTV News, citing Kommersant (the original is not at hand)",
    publisherRu: "YouTV News со ссылкой на «Коммерсантъ» (оригинал недоступен)",
    title: "Localization points and the 2028 procurement threshold",
    titleRu: "Баллы локализации и порог для госзакупок с 2028 года",
    url: "https://youtvnews.com/policy/22620",
    publishedOn: null,
  },
  {
    key: "m24-878731",
    publisher: "Moskva 24",
    publisherRu: "«Москва 24»",
    title: "Localization requirements for taxis",
    titleRu: "Требования к локализации для такси",
    url: "https://www.m24.ru/shows1/166/878731",
    publishedOn: "2026-03-02",
  },
  {
    key: "kommersant-3984285",
    publisher: "Kommersant",
    publisherRu: "«Коммерсантъ»",
    title: "Points table for vehicle localization",
    titleRu: "Таблица баллов локализации автомобилей",
    url: "https://www.kommersant.ru/amp/3984285",
    publishedOn: null,
  },
  {
    key: "izvestia-dzen",
    publisher: "Izvestia (reprinted on Dzen)",
    publisherRu: "«Известия» (перепечатка в Дзене)",
    title: "Licence costs to count toward localization",
    titleRu: "Затраты на лицензии зачтут в локализацию",
    url: "https://dzen.ru/a/Y65Yzqq_PRqa2Tr4",
    publishedOn: null,
    dateNoteEn: "late 2022",
    dateNoteRu: "конец 2022 года",
  },
  {
    key: "eg-online-400094",
    publisher: "Ekonomika i Zhizn",
    publisherRu: "«Экономика и жизнь»",
    title: "Decree No. 661 introduces localization points",
    titleRu: "Постановление № 661 вводит баллы локализации",
    url: "https://eg-online.ru/news/400094",
    publishedOn: null,
  },
  {
    key: "gazeta-13358869",
    publisher: "Gazeta.ru, quoting deputy minister Morozov",
    publisherRu: "«Газета.Ru» со ссылкой на замминистра Морозова",
    title: "Maximum score of the localization scale",
    titleRu: "Максимальный балл шкалы локализации",
    url: "https://gazeta.ru/business/2020/11/12/13358869.shtml",
    publishedOn: "2020-11-12",
  },
  {
    key: "interfax-1050075",
    publisher: "Interfax",
    publisherRu: "«Интерфакс»",
    title: "Localization level under special investment contracts may be lowered to 5,500 points",
    titleRu: "Уровень локализации по СПИК могут снизить до 5 500 баллов",
    url: "https://www.interfax.ru/russia/1050075",
    publishedOn: "2025-09-30",
  },
  {
    key: "tass-25209091",
    publisher: "TASS",
    publisherRu: "ТАСС",
    title: "Proposal to lower the localization level required under special investment contracts",
    titleRu: "Предложение снизить требуемый уровень локализации по СПИК",
    url: "https://tass.ru/ekonomika/25209091",
    publishedOn: null,
  },
  {
    key: "bfm-536306",
    publisher: "Business FM",
    publisherRu: "Business FM",
    title: "Procurement localization threshold for 2023",
    titleRu: "Порог локализации для госзакупок на 2023 год",
    url: "https://www.bfm.ru/amp/news/536306",
    publishedOn: null,
  },
  {
    key: "vedomosti-1134694",
    publisher: "Vedomosti",
    publisherRu: "«Ведомости»",
    title: "Localization thresholds for procurement and demand support",
    titleRu: "Пороги локализации для госзакупок и программ поддержки спроса",
    url: "https://www.vedomosti.ru/business/articles/2025/08/28/1134694",
    publishedOn: "2025-08-28",
  },
  {
    key: "motamo-812899",
    publisher: "Motamo",
    publisherRu: "Motamo",
    title: "Decree 719 amended: 3,500 points for procurement from 2027",
    titleRu: "Поправки к постановлению № 719: 3500 баллов для госзакупок с 2027 года",
    url: "https://motamo.ru/article/812899",
    publishedOn: null,
  },
  {
    key: "obyektiv",
    publisher: "Obyektiv",
    publisherRu: "«Объектив»",
    title: "Putin signs the law on localization-level requirements",
    titleRu: "Путин подписал закон о требованиях к уровню локализации",
    url: "https://www.obyektiv.press/news/putin-podpisal-zakon-o-trebovaniyah-k-urovnyu",
    publishedOn: "2025-05-23",
  },
  {
    key: "interfax-923400",
    publisher: "Interfax",
    publisherRu: "«Интерфакс»",
    title: "Draft localization threshold for subsidised car loans",
    titleRu: "Проект порога локализации для льготных автокредитов",
    url: "https://www.interfax.ru/amp/923400",
    publishedOn: null,
  },
  {
    key: "vedomosti-1178769",
    publisher: "Vedomosti",
    publisherRu: "«Ведомости»",
    title: "Localization requirement for taxis",
    titleRu: "Требование локализации для такси",
    url: "https://www.vedomosti.ru/business/articles/2026/02/25/1178769",
    publishedOn: "2026-02-25",
  },
  {
    key: "kommersant-2020-lcv",
    publisher: "Kommersant (machine-translated reprint on kxan36news.com; the original is not at hand)",
    publisherRu: "«Коммерсантъ» (машинный перевод на kxan36news.com; оригинал недоступен)",
    title: "Minibuses: the industry complains the localization criteria are vague",
    titleRu: "Микроавтобусы: автопром жалуется на размытые критерии локализации",
    url: "https://www.kxan36news.com/soon-recognized-mikroautobusai-the-auto-industry-complains-about-the-vagueness-of-the-criteria-of-localization",
    publishedOn: null,
    dateNoteEn: "2020",
    dateNoteRu: "2020 год",
  },
  {
    key: "automechanika-2021-01-19",
    publisher: "Automechanika Moscow news, citing Vedomosti",
    publisherRu: "Новости Automechanika Moscow со ссылкой на «Ведомости»",
    title: "Localization scores of Russian-built cars",
    titleRu: "Баллы локализации машин российской сборки",
    url: "https://automechanika.ru.messefrankfurt.com/moscow/en/press/News/News/localization_0122.html",
    publishedOn: "2021-01-19",
  },
  {
    key: "rg-2022-05-06",
    publisher: "Rossiyskaya Gazeta",
    publisherRu: "«Российская газета»",
    title: "Parallel-import order takes effect",
    titleRu: "Вступил в силу приказ о параллельном импорте",
    url: "https://rg.ru/2022/05/06/",
    publishedOn: "2022-05-06",
  },
  {
    key: "interfax-887487",
    publisher: "Interfax",
    publisherRu: "«Интерфакс»",
    title: "Decree No. 855 on simplified vehicle requirements",
    titleRu: "Постановление № 855 об упрощённых требованиях к автомобилям",
    url: "https://www.interfax.ru/russia/887487",
    publishedOn: null,
  },
  {
    key: "kommersant-5447167",
    publisher: "Kommersant",
    publisherRu: "«Коммерсантъ»",
    title: "Parallel-import law adopted",
    titleRu: "Принят закон о параллельном импорте",
    url: "https://www.kommersant.ru/doc/5447167",
    publishedOn: null,
  },
  {
    key: "dp-2023-07-07",
    publisher: "Delovoy Peterburg",
    publisherRu: "«Деловой Петербург»",
    title: "Recycling fee for imported cars indexed",
    titleRu: "Утильсбор на ввозимые автомобили проиндексирован",
    url: "https://www.dp.ru/a/2023/07/07/utilsbor-na-vvozimie-dlja",
    publishedOn: "2023-07-07",
  },
  {
    key: "err-1609098554",
    publisher: "ERR News",
    publisherRu: "ERR News",
    title: "Estonia closes entry to cars with Russian plates",
    titleRu: "Эстония закрыла въезд машинам с российскими номерами",
    url: "https://news.err.ee/1609098554/",
    publishedOn: null,
  },
  {
    key: "vedomosti-1004629",
    publisher: "Vedomosti",
    publisherRu: "«Ведомости»",
    title: "Draft amendment to Decree 719 keeps welding and painting points",
    titleRu: "Проект поправок к постановлению № 719 сохраняет баллы за сварку и окраску",
    url: "https://www.vedomosti.ru/auto/articles/2023/11/08/1004629",
    publishedOn: "2023-11-08",
  },
  {
    key: "vedomosti-1139042",
    publisher: "Vedomosti",
    publisherRu: "«Ведомости»",
    title: "Recycling fee increases through 2030",
    titleRu: "Утильсбор будет расти до 2030 года",
    url: "https://www.vedomosti.ru/business/articles/2025/09/12/1139042",
    publishedOn: "2025-09-12",
  },
];

export interface SeedSeries {
  key: string;
  kind: "market_average" | "model_start";
  nameEn: string;
  nameRu: string;
  shortEn: string;
  shortRu: string;
  methodEn?: string;
  methodRu?: string;
  methodSource?: string;
  model?: string;
  aliases: string[];
  sortOrder: number;
  points: SeedPoint[];
}

export interface SeedPoint {
  periodStart: string;
  granularity: "month" | "half_year" | "year" | "mid_year";
  value: number;
  approximate?: boolean;
  noteEn?: string;
  noteRu?: string;
  sources: string[];
  reported?: {
    basis: "previous_period" | "year_ago";
    changePct?: number;
    changeAbs?: number;
    source: string;
  }[];
}

export const seedSeries: SeedSeries[] = [
  {
    key: "used-car-avg",
    kind: "market_average",
    nameEn: "Average used passenger-car price, Russia",
    nameRu: "Средняя цена подержанного легкового автомобиля, Россия",
    shortEn: "Used cars",
    shortRu: "Подержанные",
    methodEn: "Avtostat weights the average by sales volume of each model and model year.",
    methodRu: "Автостат взвешивает среднюю по объёму продаж каждой модели и года выпуска.",
    methodSource: "tass-24728109",
    aliases: [
      "used",
      "used car",
      "used cars",
      "used-car",
      "secondary",
      "second-hand",
      "б/у",
      "бу",
      "подержанные",
      "подержанный",
      "подержанная",
      "подержанных",
      "вторичка",
      "вторичный",
      "с пробегом",
    ],
    sortOrder: 10,
    points: [
      {
        periodStart: "2023-12-01",
        granularity: "month",
        value: 1_630_000,
        sources: ["briefing-000"],
        reported: [
          { basis: "previous_period", changePct: 2.6, changeAbs: 41_700, source: "briefing-000" },
          { basis: "year_ago", changePct: 22.7, changeAbs: 300_300, source: "briefing-000" },
        ],
      },
    ],
  },
  {
    key: "new-car-avg",
    kind: "market_average",
    nameEn: "Average new passenger-car price, Russia",
    nameRu: "Средняя цена нового легкового автомобиля, Россия",
    shortEn: "New cars",
    shortRu: "Новые",
    methodEn: "Avtostat weights recommended retail prices by sales.",
    methodRu: "Автостат взвешивает рекомендованные розничные цены по продажам.",
    methodSource: "autostat-52256",
    aliases: ["new", "new car", "new cars", "новые", "новый", "новая", "новых", "новое", "новые авто"],
    sortOrder: 20,
    points: [
      { periodStart: "2022-01-01", granularity: "half_year", value: 2_316_000, sources: ["autostat-52256"] },
      {
        periodStart: "2022-01-01",
        granularity: "year",
        value: 2_330_000,
        sources: ["reuters-2023-02-17"],
        reported: [{ basis: "year_ago", changePct: 17, source: "reuters-2023-02-17" }],
      },
      {
        periodStart: "2022-01-01",
        granularity: "year",
        value: 2_380_000,
        noteEn: "citing unnamed analysts",
        noteRu: "по данным неназванных аналитиков",
        sources: ["avtovzglyad-2023-02-18"],
        reported: [{ basis: "year_ago", changePct: 20, source: "avtovzglyad-2023-02-18" }],
      },
      {
        periodStart: "2023-07-01",
        granularity: "mid_year",
        value: 3_020_000,
        noteEn: "first time above 3 mln",
        noteRu: "впервые выше 3 млн",
        sources: ["avtovzglyad-62758"],
      },
      {
        periodStart: "2023-01-01",
        granularity: "year",
        value: 2_960_000,
        sources: ["zr-957922"],
      },
      {
        periodStart: "2024-03-01",
        granularity: "month",
        value: 3_400_000,
        approximate: true,
        noteEn: "peak",
        noteRu: "пик",
        sources: ["avtovzglyad-62758"],
      },
      {
        periodStart: "2024-01-01",
        granularity: "half_year",
        value: 3_160_000,
        sources: ["zr-957922"],
        reported: [{ basis: "year_ago", changePct: 14, source: "zr-957922" }],
      },
      { periodStart: "2024-08-01", granularity: "month", value: 3_030_000, sources: ["avtovzglyad-62758"] },
      { periodStart: "2025-10-01", granularity: "month", value: 3_430_000, sources: ["overclockers-141764"] },
    ],
  },
  {
    key: "moskvich-3",
    kind: "model_start",
    nameEn: "Moskvich 3 crossover, starting price (1.5T, manual)",
    nameRu: "Москвич 3 (кроссовер), начальная цена (1.5T, механика)",
    shortEn: "Moskvich 3",
    shortRu: "Москвич 3",
    model: "Moskvich 3",
    aliases: [
      "moskvich 3",
      "moskvich3",
      "moskvich",
      "moskvich-3",
      "москвич 3",
      "москвич3",
      "москвич",
      "москвича 3",
    ],
    sortOrder: 30,
    points: [
      {
        periodStart: "2023-02-01",
        granularity: "month",
        value: 1_970_000,
        sources: ["briefing-004", "motor-2023-02-09"],
      },
    ],
  },
  {
    key: "moskvich-3-cvt",
    kind: "model_start",
    nameEn: "Moskvich 3 crossover with CVT, starting price",
    nameRu: "Москвич 3 (кроссовер) с вариатором, начальная цена",
    shortEn: "Moskvich 3 CVT",
    shortRu: "Москвич 3 CVT",
    model: "Moskvich 3",
    aliases: ["moskvich 3 cvt", "moskvich3 cvt", "москвич 3 вариатор", "москвич 3 cvt", "москвич3 вариатор"],
    sortOrder: 31,
    points: [
      { periodStart: "2023-02-01", granularity: "month", value: 2_040_000, sources: ["motor-2023-02-09"] },
    ],
  },
];

export const seedJurisdictions = [
  { code: "RU", nameEn: "Russia", nameRu: "Россия", aliases: ["russia", "россия", "рф", "ru"] },
  { code: "EE", nameEn: "Estonia", nameRu: "Эстония", aliases: ["estonia", "эстония", "ee"] },
];

export const seedTopics = [
  {
    key: "localization",
    nameEn: "Localization",
    nameRu: "Локализация",
    aliases: ["localization", "localisation", "local", "локализация", "локализации"],
  },
  {
    key: "parallel_import",
    nameEn: "Parallel import",
    nameRu: "Параллельный импорт",
    aliases: ["parallel import", "parallel", "import", "параллельный импорт", "параллельный", "импорт"],
  },
  {
    key: "technical_rules",
    nameEn: "Technical rules",
    nameRu: "Технические требования",
    aliases: [
      "technical rules",
      "technical",
      "safety",
      "технические требования",
      "техтребования",
      "технические",
    ],
  },
  {
    key: "recycling_fee",
    nameEn: "Recycling fee",
    nameRu: "Утильсбор",
    aliases: ["recycling fee", "recycling", "utilization fee", "утильсбор", "утилизационный сбор"],
  },
  {
    key: "cross_border",
    nameEn: "Cross-border travel",
    nameRu: "Въезд и границы",
    aliases: ["cross-border", "cross border", "border", "borders", "граница", "границы", "въезд"],
  },
];

export interface SeedPolicyChange {
  key: string;
  effectiveOn: string;
  datePrecision: "day" | "month" | "year";
  jurisdiction: string;
  topic: string;
  titleEn: string;
  titleRu: string;
  summaryEn: string;
  summaryRu: string;
  sources: string[];
}

export const seedPolicyChanges: SeedPolicyChange[] = [
  {
    key: "ru-2019-decree-661",
    effectiveOn: "2019-05-25",
    datePrecision: "day",
    jurisdiction: "RU",
    topic: "localization",
    titleEn: "Points-based localization introduced (Decree No. 661)",
    titleRu: "Введена балльная система локализации (постановление № 661)",
    summaryEn: "Decree No. 661 of 25 May 2019 moved localization for motor vehicles to a points score.",
    summaryRu: "Постановление № 661 от 25 мая 2019 года перевело оценку локализации автомобилей на баллы.",
    sources: ["eg-online-400094"],
  },
  {
    key: "ru-2022-05-parallel-import-order",
    effectiveOn: "2022-05-07",
    datePrecision: "day",
    jurisdiction: "RU",
    topic: "parallel_import",
    titleEn: "Parallel-import order takes effect",
    titleRu: "Вступил в силу приказ о параллельном импорте",
    summaryEn:
      "The Ministry of Industry and Trade's parallel-import list is in force; it names many car brands.",
    summaryRu: "Действует перечень Минпромторга для параллельного импорта; в нём много автомобильных марок.",
    sources: ["rg-2022-05-06"],
  },
  {
    key: "ru-2022-05-decree-855",
    effectiveOn: "2022-05-01",
    datePrecision: "month",
    jurisdiction: "RU",
    topic: "technical_rules",
    titleEn: "Decree No. 855 relaxes vehicle requirements",
    titleRu: "Постановление № 855 смягчает требования к автомобилям",
    summaryEn:
      "Cars may be built without ABS, ESP, ERA-GLONASS or airbags, with emission standards down to Euro 0.",
    summaryRu:
      "Автомобили можно выпускать без ABS, ESP, ЭРА-ГЛОНАСС и подушек безопасности, вплоть до экокласса Евро-0.",
    sources: ["interfax-887487"],
  },
  {
    key: "ru-2022-06-parallel-import-law",
    effectiveOn: "2022-06-28",
    datePrecision: "day",
    jurisdiction: "RU",
    topic: "parallel_import",
    titleEn: "Parallel-import law adopted",
    titleRu: "Принят закон о параллельном импорте",
    summaryEn: "A federal law made parallel imports legal for 2022.",
    summaryRu: "Федеральный закон легализовал параллельный импорт на 2022 год.",
    sources: ["kommersant-5447167"],
  },
  {
    key: "ru-2023-licences-count",
    effectiveOn: "2023-01-01",
    datePrecision: "year",
    jurisdiction: "RU",
    topic: "localization",
    titleEn: "Licence costs count toward localization",
    titleRu: "Затраты на лицензии учитываются в локализации",
    summaryEn:
      "Announced late 2022: what carmakers pay for licences to assemble foreign vehicles is counted as R&D spending in the localization score.",
    summaryRu:
      "Объявлено в конце 2022 года: плата за лицензии на сборку иностранных моделей засчитывается в расходы на НИОКР при подсчёте баллов локализации.",
    sources: ["briefing-004", "izvestia-dzen"],
  },
  {
    key: "ru-2023-rd-rule-kept",
    effectiveOn: "2023-01-01",
    datePrecision: "year",
    jurisdiction: "RU",
    topic: "localization",
    titleEn: "R&D points rule kept for 2023",
    titleRu: "Правило баллов за НИОКР сохранено на 2023 год",
    summaryEn:
      "Announced late 2022: the ministry left the R&D rule (400 points per 1 % of revenue) unchanged for 2023 rather than tightening it as planned.",
    summaryRu:
      "Объявлено в конце 2022 года: министерство оставило правило для НИОКР (400 баллов за 1 % выручки) на 2023 год вместо запланированного ужесточения.",
    sources: ["briefing-004", "izvestia-dzen"],
  },
  {
    key: "ru-2023-08-recycling-fee",
    effectiveOn: "2023-08-01",
    datePrecision: "day",
    jurisdiction: "RU",
    topic: "recycling_fee",
    titleEn: "Recycling fee indexed",
    titleRu: "Утильсбор проиндексирован",
    summaryEn:
      "Indexed by the decree of 7 July 2023; private persons importing a car with an engine up to 3 litres for their own use are exempt.",
    summaryRu:
      "Индексация по постановлению от 7 июля 2023 года; граждане, ввозящие для себя автомобиль с двигателем до 3 литров, освобождены.",
    sources: ["dp-2023-07-07"],
  },
  {
    key: "ee-2023-09-russian-plates",
    effectiveOn: "2023-09-13",
    datePrecision: "day",
    jurisdiction: "EE",
    topic: "cross_border",
    titleEn: "Estonia bars cars with Russian plates",
    titleRu: "Эстония закрыла въезд машинам с российскими номерами",
    summaryEn:
      "Cars registered in Russia may no longer enter, following the EU Commission's guidance of 8 September 2023; Lithuania and Latvia acted a day earlier.",
    summaryRu:
      "Автомобилям с российской регистрацией въезд закрыт по разъяснению Еврокомиссии от 8 сентября 2023 года; Литва и Латвия сделали это на день раньше.",
    sources: ["briefing-000", "err-1609098554"],
  },
  {
    key: "ru-2023-11-welding-painting-kept",
    effectiveOn: "2023-11-02",
    datePrecision: "day",
    jurisdiction: "RU",
    topic: "localization",
    titleEn: "Welding and painting keep their points",
    titleRu: "Сварка и окраска сохраняют баллы",
    summaryEn:
      "A draft amendment to Decree 719 drops the plan to move points away from body welding and painting.",
    summaryRu:
      "Проект поправок к постановлению № 719 отказался от переноса баллов со сварки и окраски кузова.",
    sources: ["vedomosti-1004629"],
  },
  {
    key: "ru-2024-10-recycling-fee",
    effectiveOn: "2024-10-01",
    datePrecision: "day",
    jurisdiction: "RU",
    topic: "recycling_fee",
    titleEn: "Recycling fee up 70–85 %",
    titleRu: "Утильсбор вырос на 70–85 %",
    summaryEn:
      "The fee rose by 70–85 % (556,200 RUB for a popular new car with a 1–2 litre engine) and is set to grow 10–20 % a year until 2030.",
    summaryRu:
      "Сбор вырос на 70–85 % (556 200 ₽ для популярной новой машины с двигателем 1–2 литра) и будет расти на 10–20 % в год до 2030 года.",
    sources: ["vedomosti-1139042"],
  },
  {
    key: "ru-2024-12-decree-719-amended",
    effectiveOn: "2024-12-11",
    datePrecision: "day",
    jurisdiction: "RU",
    topic: "localization",
    titleEn: "Decree 719 amended: 3,500 points for procurement from 2027",
    titleRu: "Поправки к постановлению № 719: 3500 баллов для госзакупок с 2027 года",
    summaryEn:
      "Points for some components change, and the public-procurement threshold for passenger cars rises to 3,500 from 1 January 2027.",
    summaryRu:
      "Изменены баллы за ряд компонентов; порог для госзакупок легковых машин с 1 января 2027 года — 3500 баллов.",
    sources: ["motamo-812899"],
  },
];

export const REGIME = "decree-719";

export interface SeedItem {
  key: string;
  code: string;
  nameEn: string;
  nameRu: string;
  kind: "fixed" | "per_percent" | "within";
  points: number;
  /** What users type for it in the what-if calculator, English and Russian. */
  aliases: string[];
  countsWithin?: string;
  validFrom?: string;
  noteEn?: string;
  noteRu?: string;
  sortOrder: number;
  sources: string[];
}

export const seedItems: SeedItem[] = [
  {
    key: "719-body-welding",
    code: "body_welding",
    aliases: ["welding", "body welding", "weld", "сварка", "сварка кузова"],
    nameEn: "Body welding",
    nameRu: "Сварка кузова",
    kind: "fixed",
    points: 400,
    sortOrder: 10,
    sources: ["lenta-2025-10-02"],
  },
  {
    key: "719-body-painting",
    code: "body_painting",
    aliases: ["painting", "body painting", "paint", "окраска", "покраска", "окраска кузова"],
    nameEn: "Body painting",
    nameRu: "Окраска кузова",
    kind: "fixed",
    points: 500,
    sortOrder: 20,
    sources: ["lenta-2025-10-02"],
  },
  {
    key: "719-engine-ecu",
    code: "engine_ecu",
    aliases: ["ecu", "engine ecu", "control unit", "эбу", "блок управления"],
    nameEn: "Russian engine control unit",
    nameRu: "Российский блок управления двигателем",
    kind: "fixed",
    points: 100,
    sortOrder: 30,
    sources: ["lenta-2025-10-02"],
  },
  {
    key: "719-cylinder-block",
    code: "cylinder_block",
    aliases: ["cylinder block", "block", "блок цилиндров"],
    nameEn: "Russian cylinder block",
    nameRu: "Российский блок цилиндров",
    kind: "fixed",
    points: 95,
    sortOrder: 40,
    sources: ["lenta-2025-10-02"],
  },
  {
    key: "719-engine-assembly",
    code: "engine_assembly",
    aliases: ["engine assembly", "assembly", "сборка двигателя"],
    nameEn: "Engine assembly with control tests",
    nameRu: "Сборка двигателя с контрольными испытаниями",
    kind: "fixed",
    points: 25,
    sortOrder: 50,
    sources: ["youtvnews-22620"],
  },
  {
    key: "719-powertrain-stamping",
    code: "powertrain_and_stamping",
    aliases: [
      "powertrain",
      "stamping",
      "engine and gearbox",
      "штамповка",
      "двигатель и кпп",
      "силовой агрегат",
    ],
    nameEn:
      "Engine and gearbox production with Russian components, plus stamping of at least 70 % of the body",
    nameRu: "Производство двигателя и КПП с российскими компонентами плюс штамповка не менее 70 % кузова",
    kind: "fixed",
    points: 2300,
    noteEn: "counted together",
    noteRu: "засчитываются вместе",
    sortOrder: 60,
    sources: ["kommersant-3984285"],
  },
  {
    key: "719-russian-metal",
    code: "russian_metal",
    aliases: ["metal", "russian metal", "aluminium", "aluminum", "металл", "российский металл"],
    nameEn: "Russian metal (incl. aluminium) for body or cab",
    nameRu: "Российский металл (в т. ч. алюминий) для кузова или кабины",
    kind: "fixed",
    points: 200,
    sortOrder: 70,
    sources: ["kommersant-3984285"],
  },
  {
    key: "719-russian-paints",
    code: "russian_paints",
    aliases: ["paints", "russian paints", "лкм", "краски"],
    nameEn: "At least 60 % Russian paints",
    nameRu: "Не менее 60 % российских лакокрасочных материалов",
    kind: "fixed",
    points: 100,
    sortOrder: 80,
    sources: ["kommersant-3984285"],
  },
  {
    key: "719-rd-spending",
    code: "rd_spending",
    aliases: ["rd", "r&d", "research", "ниокр"],
    nameEn: "R&D spending in Russia",
    nameRu: "Расходы на НИОКР в России",
    kind: "per_percent",
    points: 400,
    noteEn: "also reported as 200 points per 0.5 %",
    noteRu: "также приводится как 200 баллов за 0,5 %",
    sortOrder: 90,
    sources: ["kommersant-3984285", "briefing-004"],
  },
  {
    key: "719-licence-payments",
    code: "licence_payments",
    aliases: ["licence", "licences", "license", "licenses", "лицензии", "лицензия"],
    nameEn: "Licences to assemble foreign vehicles",
    nameRu: "Лицензии на сборку иностранных моделей",
    kind: "within",
    points: 0,
    countsWithin: "rd_spending",
    validFrom: "2023-01-01",
    sortOrder: 100,
    sources: ["briefing-004", "izvestia-dzen"],
  },
];

/**
 * What thresholds are for, with the names users read and the words they type (the first English
 * and the first Russian alias are what the bot offers). A new purpose is a row here, not code.
 */
export const seedPurposes = [
  {
    key: "procurement",
    nameEn: "Public procurement",
    nameRu: "Госзакупки",
    aliases: [
      "procurement",
      "public procurement",
      "tender",
      "tenders",
      "госзакупки",
      "госзакупок",
      "закупки",
      "закупок",
    ],
    sortOrder: 0,
  },
  {
    key: "demand_support",
    nameEn: "Demand support",
    nameRu: "Поддержка спроса",
    aliases: ["demand support", "demand", "support", "поддержка спроса", "поддержка"],
    sortOrder: 1,
  },
  {
    key: "subsidised_loans",
    nameEn: "Subsidised car loans",
    nameRu: "Льготные автокредиты",
    aliases: [
      "subsidised loans",
      "subsidized loans",
      "loans",
      "car loans",
      "льготные кредиты",
      "кредиты",
      "автокредиты",
      "subsidised car loans",
      "subsidized car loans",
      "льготные автокредиты",
    ],
    sortOrder: 2,
  },
  { key: "taxi", nameEn: "Taxis", nameRu: "Такси", aliases: ["taxi", "taxis", "такси"], sortOrder: 3 },
  {
    key: "spic",
    nameEn: "Special investment contracts (СПИК)",
    nameRu: "Специнвестконтракты (СПИК)",
    aliases: [
      "special investment contract",
      "special investment contracts",
      "spic",
      "СПИК",
      "специнвестконтракт",
      "специнвестконтракты",
    ],
    sortOrder: 4,
  },
  {
    key: "recycling_fee_compensation",
    nameEn: "Recycling-fee compensation",
    nameRu: "Компенсация утильсбора",
    aliases: [
      "recycling fee compensation",
      "recycling-fee compensation",
      "fee compensation",
      "компенсация утильсбора",
      "компенсации утильсбора",
    ],
    sortOrder: 5,
  },
  {
    key: "leasing",
    nameEn: "Leasing",
    nameRu: "Лизинг",
    aliases: ["leasing", "lease", "лизинг", "лизинга"],
    sortOrder: 6,
  },
];

export interface SeedRuleSet {
  key: string;
  category: "passenger_car" | "lcv";
  /** A key of seedPurposes. */
  purpose: string;
  effectiveFrom: string;
  threshold: number;
  status?: "in_force" | "draft";
  noteEn?: string;
  noteRu?: string;
  sources: string[];
}

export const seedRuleSets: SeedRuleSet[] = [
  {
    key: "pc-procurement-2023",
    category: "passenger_car",
    purpose: "procurement",
    effectiveFrom: "2023-01-01",
    threshold: 3200,
    sources: ["bfm-536306"],
  },
  {
    key: "pc-procurement-2025",
    category: "passenger_car",
    purpose: "procurement",
    effectiveFrom: "2025-01-01",
    threshold: 3200,
    sources: ["vedomosti-1134694"],
  },
  {
    key: "pc-procurement-2027",
    category: "passenger_car",
    purpose: "procurement",
    effectiveFrom: "2027-01-01",
    threshold: 3500,
    noteEn: "amendment of 11 Dec 2024",
    noteRu: "поправки от 11.12.2024",
    sources: ["motamo-812899"],
  },
  {
    key: "pc-procurement-2028-youtv",
    category: "passenger_car",
    purpose: "procurement",
    effectiveFrom: "2028-01-01",
    threshold: 3700,
    sources: ["youtvnews-22620", "m24-878731"],
  },
  {
    key: "pc-procurement-2028-obyektiv",
    category: "passenger_car",
    purpose: "procurement",
    effectiveFrom: "2028-01-01",
    threshold: 3800,
    noteEn: "reported by one outlet only",
    noteRu: "сообщение только одного издания",
    sources: ["obyektiv"],
  },
  {
    key: "pc-demand-support-2025",
    category: "passenger_car",
    purpose: "demand_support",
    effectiveFrom: "2025-01-01",
    threshold: 2000,
    noteEn: "subsidised loans and leasing",
    noteRu: "льготные кредиты и лизинг",
    sources: ["vedomosti-1134694"],
  },
  {
    key: "pc-subsidised-loans-2024-draft",
    category: "passenger_car",
    purpose: "subsidised_loans",
    effectiveFrom: "2024-01-01",
    threshold: 1600,
    status: "draft",
    sources: ["interfax-923400"],
  },
  {
    key: "pc-taxi-2026",
    category: "passenger_car",
    purpose: "taxi",
    effectiveFrom: "2026-03-01",
    threshold: 3200,
    noteEn: "or a special investment contract signed 1 Mar 2022 – 1 Mar 2025",
    noteRu: "или специнвестконтракт, заключённый с 01.03.2022 по 01.03.2025",
    sources: ["vedomosti-1178769"],
  },
  {
    key: "pc-spic-2025",
    category: "passenger_car",
    purpose: "spic",
    effectiveFrom: "2025-01-01",
    threshold: 7000,
    noteEn: "the ministry proposed lowering it to 5,500 in September 2025",
    noteRu: "в сентябре 2025 года Минпромторг предложил снизить его до 5500",
    sources: ["interfax-1050075", "tass-25209091"],
  },
  {
    key: "lcv-procurement-2020",
    category: "lcv",
    purpose: "procurement",
    effectiveFrom: "2020-01-01",
    threshold: 2000,
    sources: ["kommersant-2020-lcv"],
  },
];

/**
 * Scalars of the regime, one row each. `max_total_points` caps every score (the calculator reads
 * it); the special investment contract (СПИК) level is a target a carmaker commits to, not a
 * maximum, with the level proposed in its place.
 */
export const seedParameters = [
  { key: "719-max-total-morozov", name: "max_total_points", value: 8800, source: "gazeta-13358869" },
  { key: "719-spik-target", name: "spik_target_points", value: 7000, source: "interfax-1050075" },
  {
    key: "719-spik-target-proposed",
    name: "spik_target_proposed_points",
    value: 5500,
    source: "tass-25209091",
  },
];

/**
 * Parameter rows earlier seeds held that are wrong: removed on upgrade. 7,000 was seeded as a
 * disagreeing maximum; it is the special investment contract level (`719-spik-target`).
 */
export const retiredParameterKeys = ["719-max-total-vedomosti"];

export const seedModelScores = [
  {
    key: "2020-lada-granta",
    model: "Lada Granta",
    year: 2020,
    points: 3280,
    source: "automechanika-2021-01-19",
  },
  {
    key: "2020-lada-largus",
    model: "Lada Largus",
    year: 2020,
    points: 3280,
    source: "automechanika-2021-01-19",
  },
  { key: "2020-lada-4x4", model: "Lada 4x4", year: 2020, points: 3260, source: "automechanika-2021-01-19" },
  {
    key: "2020-lada-vesta",
    model: "Lada Vesta",
    year: 2020,
    points: 3200,
    source: "automechanika-2021-01-19",
  },
  { key: "2020-nissan", model: "Nissan", year: 2020, points: 1500, source: "automechanika-2021-01-19" },
];

/**
 * Recycling-fee rates by category and the date they apply from. Bands: engine 1-2l | le3l, power
 * le160hp | 160-190hp | gt160hp; null means any.
 */
export const seedFeeRates = [
  {
    key: "rf-new-1-2l-2024-10",
    vehicleAge: "new",
    engineBand: "1-2l",
    powerBand: null,
    personal: false,
    baseRate: false,
    value: 556200,
    unit: "rub",
    effectiveFrom: "2024-10-01",
    status: "in_force",
    source: "vedomosti-1139042",
  },
];
