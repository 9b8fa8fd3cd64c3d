// Questions about briefings as people type them (lower case, typos, no question marks, word
// forms), half Russian: each must get the right briefing or statement, with its source, or an
// honest "nothing found". Written before the matcher was tuned; new phrasings belong here.

export interface BriefingCase {
  q: string;
  lang: "en" | "ru";
  /** Text the answer must contain. */
  shows: string[];
  /** Text it must not. */
  hides?: string[];
}

// The briefings by their titles as the source list shows them, and the statements by their gist.
const MANTUROV_EN = "Manturov on the industry's second chance";
const MANTUROV_RU = "Мантуров о втором шансе автопрома";
const LICENCES_EN = "Carmakers may license foreign models";
const LICENCES_RU = "Автопроизводителям разрешат лицензионную сборку";
const ESTONIA_EN = "Estonia closes entry to cars with Russian plates";
const ESTONIA_RU = "Эстония закрыла въезд машинам с российскими номерами";
const CHINA_SAID_EN = "joint production with Chinese partners";
const CHINA_SAID_RU = "с китайскими партнёрами";
const BURGAZLIEV_EN = "take licences from Chinese carmakers";
const BURGAZLIEV_RU = "брать лицензии у китайских";
const NOTHING_EN = "I found nothing in the briefings";
const NOTHING_RU = "В брифингах ничего не нашлось";

export const BRIEFING_CASES: BriefingCase[] = [
  // English
  { q: "what did Manturov say about China", lang: "en", shows: [CHINA_SAID_EN, MANTUROV_EN] },
  { q: "what did manturov say", lang: "en", shows: ["second chance", MANTUROV_EN], hides: [LICENCES_EN] },
  { q: "manturov china", lang: "en", shows: [MANTUROV_EN] },
  { q: "what does Burgazliev think about licences", lang: "en", shows: [BURGAZLIEV_EN], hides: ["RUB"] },
  { q: "who is Burgazliev", lang: "en", shows: ["independent automotive industry consultant", LICENCES_EN] },
  { q: "who is manturov", lang: "en", shows: ["head of the Ministry of Industry and Trade"] },
  { q: "licences to assemble foreign cars", lang: "en", shows: [LICENCES_EN] },
  { q: "news about Estonia", lang: "en", shows: [ESTONIA_EN] },
  { q: "shortage of engineers", lang: "en", shows: [LICENCES_EN] },
  { q: "staff shortage in the car industry", lang: "en", shows: [LICENCES_EN] },
  {
    q: "what did the industry ministry say",
    lang: "en",
    shows: ["points for R&amp;D spending stay unchanged"],
  },
  { q: "what did Putin say about bananas", lang: "en", shows: [NOTHING_EN], hides: ["RUB", MANTUROV_EN] },
  { q: "any news on chinese carmakers", lang: "en", shows: [LICENCES_EN] },
  { q: "what do analysts say about licensing", lang: "en", shows: [LICENCES_EN] },
  { q: "manturov second chance", lang: "en", shows: [MANTUROV_EN] },
  { q: "what did burgazliev say about chinese makers", lang: "en", shows: [BURGAZLIEV_EN] },
  { q: "briefings mentioning avtostat", lang: "en", shows: [MANTUROV_EN] },
  { q: "estonia russian plates news", lang: "en", shows: [ESTONIA_EN] },
  { q: "who's Denis Manturov", lang: "en", shows: ["head of the Ministry of Industry and Trade"] },
  { q: "what did elon musk say", lang: "en", shows: [NOTHING_EN], hides: ["RUB"] },
  // Russian
  { q: "что говорил Мантуров о китайских партнёрах", lang: "ru", shows: [CHINA_SAID_RU, MANTUROV_RU] },
  { q: "что сказал мантуров", lang: "ru", shows: ["второй шанс", MANTUROV_RU] },
  { q: "кадровый дефицит", lang: "ru", shows: [LICENCES_RU] },
  { q: "кадровый дефицит в автопроме", lang: "ru", shows: [LICENCES_RU] },
  { q: "лицензии на сборку иностранных автомобилей", lang: "ru", shows: [LICENCES_RU] },
  { q: "что пишут о лицензиях", lang: "ru", shows: [LICENCES_RU] },
  { q: "новости про Эстонию", lang: "ru", shows: [ESTONIA_RU] },
  { q: "кто такой Бургазлиев", lang: "ru", shows: ["независимый эксперт"] },
  { q: "кто такой мантуров", lang: "ru", shows: ["глава Минпромторга"] },
  { q: "что думает бургазлиев о лицензиях", lang: "ru", shows: [BURGAZLIEV_RU] },
  { q: "мнение бургазлиева", lang: "ru", shows: [BURGAZLIEV_RU] },
  { q: "что заявил минпромторг", lang: "ru", shows: ["Баллы за расходы на НИОКР"] },
  { q: "что сказал путин про бананы", lang: "ru", shows: [NOTHING_RU], hides: ["₽"] },
  { q: "нехватка инженеров", lang: "ru", shows: [LICENCES_RU] },
  { q: "новости о китайских автопроизводителях", lang: "ru", shows: [LICENCES_RU] },
  { q: "мантуров второй шанс", lang: "ru", shows: [MANTUROV_RU] },
  { q: "что пишут про эстонию", lang: "ru", shows: [ESTONIA_RU] },
  { q: "манутров китай", lang: "ru", shows: [MANTUROV_RU] },
  { q: "лицензионная сборка", lang: "ru", shows: [LICENCES_RU] },
  { q: "что говорит бургазлиев", lang: "ru", shows: ["Бургазлиев", BURGAZLIEV_RU] },
];
