// The briefings the bot starts with and the names they mention. Every summary and statement is
// written in our own words, in both languages; the story behind each is its source (data.ts).

export interface SeedEntity {
  key: string;
  kind: "person" | "organisation" | "country" | "brand" | "model" | "topic";
  nameEn: string;
  nameRu: string;
  roleEn?: string;
  roleRu?: string;
  aliases: string[];
}

export interface SeedStatement {
  /** An entity key, or a speaker known by name only. */
  speaker: string;
  gistEn: string;
  gistRu: string;
}

export interface SeedBriefing {
  /** The source (data.ts) that told the story. */
  source: string;
  language: "en" | "ru";
  /** The day it is news for, used for ordering; the source's own date (or note) is what users see. */
  reportedOn: string;
  summaryEn: string;
  summaryRu: string;
  entities: string[];
  statements: SeedStatement[];
}

export const seedEntities: SeedEntity[] = [
  {
    key: "manturov",
    kind: "person",
    nameEn: "Denis Manturov",
    nameRu: "Денис Мантуров",
    roleEn: "head of the Ministry of Industry and Trade",
    roleRu: "глава Минпромторга",
    aliases: ["manturov", "denis manturov", "мантуров", "денис мантуров"],
  },
  {
    key: "burgazliev",
    kind: "person",
    nameEn: "Sergei Burgazliev",
    nameRu: "Сергей Бургазлиев",
    roleEn: "independent automotive industry consultant",
    roleRu: "независимый эксперт автомобильного рынка",
    aliases: ["burgazliev", "sergei burgazliev", "sergey burgazliev", "бургазлиев", "сергей бургазлиев"],
  },
  {
    key: "minpromtorg",
    kind: "organisation",
    nameEn: "Ministry of Industry and Trade",
    nameRu: "Минпромторг",
    aliases: [
      "ministry of industry and trade",
      "industry ministry",
      "minpromtorg",
      "минпромторг",
      "министерство промышленности и торговли",
      "минпром",
    ],
  },
  {
    key: "avtostat",
    kind: "organisation",
    nameEn: "Avtostat",
    nameRu: "«Автостат»",
    roleEn: "analytical agency of the Russian car market",
    roleRu: "аналитическое агентство автомобильного рынка",
    aliases: ["avtostat", "autostat", "автостат"],
  },
  {
    key: "ria-novosti",
    kind: "organisation",
    nameEn: "RIA Novosti",
    nameRu: "РИА Новости",
    aliases: ["ria novosti", "ria news", "риа новости", "риа"],
  },
  {
    key: "china",
    kind: "country",
    nameEn: "China",
    nameRu: "Китай",
    aliases: ["china", "chinese", "китай", "китайский", "китайские", "китайских", "китайцы", "кнр"],
  },
  {
    key: "estonia",
    kind: "country",
    nameEn: "Estonia",
    nameRu: "Эстония",
    aliases: ["estonia", "estonian", "эстония", "эстонский", "эстонские", "таллин", "tallinn"],
  },
  {
    key: "moskvich",
    kind: "model",
    nameEn: "Moskvich 3",
    nameRu: "Москвич 3",
    aliases: ["moskvich", "moskvich 3", "москвич", "москвич 3"],
  },
  {
    key: "avtovaz",
    kind: "organisation",
    nameEn: "AvtoVAZ",
    nameRu: "АвтоВАЗ",
    aliases: ["avtovaz", "autovaz", "автоваз", "lada", "лада"],
  },
  {
    key: "haval",
    kind: "brand",
    nameEn: "Haval",
    nameRu: "Haval",
    aliases: ["haval", "хавал", "хавейл"],
  },
  {
    key: "chery",
    kind: "brand",
    nameEn: "Chery",
    nameRu: "Chery",
    aliases: ["chery", "чери"],
  },
  {
    key: "geely",
    kind: "brand",
    nameEn: "Geely",
    nameRu: "Geely",
    aliases: ["geely", "джили"],
  },
  {
    key: "licensing",
    kind: "topic",
    nameEn: "Licensed assembly",
    nameRu: "Лицензионная сборка",
    aliases: [
      "licence",
      "licences",
      "license",
      "licenses",
      "licensing",
      "licensed assembly",
      "лицензия",
      "лицензии",
      "лицензий",
      "лицензиях",
      "лицензионный",
      "лицензионная сборка",
    ],
  },
  {
    key: "staffing",
    kind: "topic",
    nameEn: "Staff shortage",
    nameRu: "Кадровый дефицит",
    aliases: [
      "staff shortage",
      "shortage of engineers",
      "shortage of specialists",
      "skills shortage",
      "talent gap",
      "engineers",
      "кадровый дефицит",
      "дефицит кадров",
      "нехватка кадров",
      "нехватка инженеров",
      "нехватка специалистов",
      "кадры",
      "инженеры",
    ],
  },
];

export const seedBriefings: SeedBriefing[] = [
  {
    source: "briefing-000",
    language: "en",
    reportedOn: "2024-01-15",
    summaryEn:
      "Industry and Trade Minister Denis Manturov sees a second chance for Russia's car industry and builds it on joint production with Chinese partners and on making components at home. Avtostat put the average used car at about RUB 1.63 mln in December 2023, 2.6 % more than in November and 22.7 % more than a year before. Estonia closed its border to cars with Russian plates.",
    summaryRu:
      "Глава Минпромторга Денис Мантуров считает, что у автопрома появился второй шанс, и делает ставку на совместное производство с китайскими партнёрами и выпуск комплектующих в России. По данным «Автостата», подержанная легковушка в декабре 2023 года стоила в среднем около 1,63 млн рублей — на 2,6 % дороже, чем в ноябре, и на 22,7 % дороже, чем годом раньше. Эстония закрыла въезд машинам с российскими номерами.",
    entities: ["manturov", "minpromtorg", "avtostat", "ria-novosti", "china", "estonia"],
    statements: [
      {
        speaker: "manturov",
        gistEn: "The industry has been given a second chance, and he is sure it will pay off.",
        gistRu: "У отрасли появился второй шанс, и он уверен, что она им воспользуется.",
      },
      {
        speaker: "manturov",
        gistEn:
          "Output should be rebuilt through joint production with Chinese partners, whose car industry is now among the world's leaders, and then by making components at home.",
        gistRu:
          "Выпуск нужно восстанавливать в совместных проектах с китайскими партнёрами, чей автопром сегодня среди мировых лидеров, а затем наладить производство комплектующих в России.",
      },
    ],
  },
  {
    source: "briefing-004",
    language: "en",
    reportedOn: "2022-12-15",
    summaryEn:
      "Russian carmakers will be allowed to assemble foreign models under licence, and what they pay for licences will count toward their localization score. The rule of 400 points for each 1 % of revenue spent on R&D stays as it is for 2023, while the industry fears a shortage of engineers and other specialists. Consultant Sergei Burgazliev expects the licences to come mostly from Chinese carmakers. The Moskvich 3 is expected to start at RUB 1.97 mln.",
    summaryRu:
      "Российским автопроизводителям разрешат собирать иностранные модели по лицензии, а расходы на лицензии зачтут в балл локализации. Правило «400 баллов за каждый процент выручки, потраченный на НИОКР» Минпромторг оставил на 2023 год без изменений, но в отрасли опасаются кадрового дефицита: инженеров и технических специалистов не хватает. Независимый эксперт Сергей Бургазлиев ожидает, что лицензии будут брать в основном у китайских производителей. Стартовая цена Москвича 3 ожидается на уровне 1,97 млн рублей.",
    entities: ["minpromtorg", "burgazliev", "china", "moskvich", "licensing", "staffing"],
    statements: [
      {
        speaker: "burgazliev",
        gistEn: "Russian firms will most likely take licences from Chinese carmakers to build up production.",
        gistRu:
          "Российские компании, скорее всего, будут брать лицензии у китайских автопроизводителей, чтобы нарастить выпуск.",
      },
      {
        speaker: "burgazliev",
        gistEn:
          "Working with established foreign partners can ease the shortage of specialists and of parts.",
        gistRu:
          "Работа с опытными иностранными партнёрами поможет смягчить нехватку специалистов и комплектующих.",
      },
      {
        speaker: "minpromtorg",
        gistEn: "The points for R&D spending stay unchanged for 2023 instead of being raised step by step.",
        gistRu:
          "Баллы за расходы на НИОКР в 2023 году остаются прежними, хотя планка должна была постепенно расти.",
      },
    ],
  },
  {
    source: "err-1609098554",
    language: "en",
    reportedOn: "2023-09-13",
    summaryEn: "Estonia closed its border to cars with Russian number plates.",
    summaryRu: "Эстония закрыла въезд в страну машинам с российскими номерами.",
    entities: ["estonia"],
    statements: [],
  },
];
