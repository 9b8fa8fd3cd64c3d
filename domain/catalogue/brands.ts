// Car brands sold or assembled in Russia, in Latin and Cyrillic spelling. Names only, no facts:
// they let a question about a model the knowledge base does not hold ("Lada Vesta price",
// "сколько стоит Haval Jolion") be told apart from a question about something the bot has,
// so it can say by name what it does not know instead of answering with another series.
export const CAR_BRANDS: { name: string; aliases: string[] }[] = [
  { name: "Lada", aliases: ["lada", "лада", "vaz", "ваз", "avtovaz", "автоваз"] },
  { name: "Moskvich", aliases: ["moskvich", "москвич"] },
  { name: "Haval", aliases: ["haval", "хавал", "хавейл"] },
  { name: "Chery", aliases: ["chery", "чери"] },
  { name: "Geely", aliases: ["geely", "джили"] },
  { name: "Changan", aliases: ["changan", "чанган"] },
  { name: "Exeed", aliases: ["exeed", "эксид"] },
  { name: "Omoda", aliases: ["omoda", "омода"] },
  { name: "Jaecoo", aliases: ["jaecoo", "джейку"] },
  { name: "Tank", aliases: ["tank"] },
  { name: "Great Wall", aliases: ["great wall", "грейт волл"] },
  { name: "Jetour", aliases: ["jetour", "джетур"] },
  { name: "Tenet", aliases: ["tenet", "тенет"] },
  { name: "Belgee", aliases: ["belgee", "белджи"] },
  { name: "Solaris", aliases: ["solaris", "солярис"] },
  { name: "Evolute", aliases: ["evolute", "эволют"] },
  { name: "XCite", aliases: ["xcite", "икссайт"] },
  { name: "Livan", aliases: ["livan", "ливан"] },
  { name: "Kaiyi", aliases: ["kaiyi", "кайи"] },
  { name: "Dongfeng", aliases: ["dongfeng", "донгфенг", "дунфэн"] },
  { name: "FAW", aliases: ["faw", "фав"] },
  { name: "JAC", aliases: ["jac", "джак"] },
  { name: "GAC", aliases: ["gac"] },
  { name: "Hongqi", aliases: ["hongqi", "хончи", "хунцы"] },
  { name: "BYD", aliases: ["byd"] },
  { name: "Zeekr", aliases: ["zeekr", "зикр"] },
  { name: "Li Auto", aliases: ["li auto", "lixiang", "лисян"] },
  { name: "Voyah", aliases: ["voyah", "воя"] },
  { name: "Aurus", aliases: ["aurus", "аурус"] },
  { name: "UAZ", aliases: ["uaz", "уаз"] },
  { name: "GAZ", aliases: ["gaz", "газ", "газель", "gazelle"] },
  { name: "KAMAZ", aliases: ["kamaz", "камаз"] },
  { name: "Sollers", aliases: ["sollers", "соллерс"] },
  { name: "Toyota", aliases: ["toyota", "тойота"] },
  { name: "Kia", aliases: ["kia", "киа"] },
  { name: "Hyundai", aliases: ["hyundai", "хендай", "хендэ", "хундай", "хёндэ"] },
  { name: "Volkswagen", aliases: ["volkswagen", "vw", "фольксваген"] },
  { name: "Skoda", aliases: ["skoda", "шкода"] },
  { name: "Renault", aliases: ["renault", "рено"] },
  { name: "Nissan", aliases: ["nissan", "ниссан"] },
  { name: "Mazda", aliases: ["mazda", "мазда"] },
  { name: "Mitsubishi", aliases: ["mitsubishi", "мицубиси", "митсубиси"] },
  { name: "Honda", aliases: ["honda", "хонда"] },
  { name: "Ford", aliases: ["ford", "форд"] },
  { name: "Chevrolet", aliases: ["chevrolet", "шевроле"] },
  { name: "BMW", aliases: ["bmw", "бмв"] },
  { name: "Mercedes-Benz", aliases: ["mercedes", "мерседес", "benz"] },
  { name: "Audi", aliases: ["audi", "ауди"] },
  { name: "Lexus", aliases: ["lexus", "лексус"] },
  { name: "Porsche", aliases: ["porsche", "порше"] },
  { name: "Volvo", aliases: ["volvo", "вольво"] },
  { name: "Tesla", aliases: ["tesla", "тесла"] },
];

// Kinds of car a question may ask about that no stored series averages ("Chinese cars",
// "электромобили"): named back to the user instead of answered with the all-market average.
export const CAR_SEGMENTS: { name: string; aliases: string[] }[] = [
  { name: "Chinese cars", aliases: ["chinese", "китайские", "китайских", "китайский", "китайцы"] },
  { name: "foreign cars", aliases: ["foreign", "imported", "иномарки", "иномарок", "импортные"] },
  { name: "Japanese cars", aliases: ["japanese", "японские", "японских"] },
  { name: "Korean cars", aliases: ["korean", "корейские", "корейских"] },
  { name: "German cars", aliases: ["german", "немецкие", "немецких"] },
  { name: "European cars", aliases: ["european", "европейские", "европейских"] },
  { name: "Russian-made cars", aliases: ["domestic", "russian-made", "отечественные", "отечественных"] },
  {
    name: "electric cars",
    aliases: ["electric", "ev", "evs", "электромобили", "электромобилей", "электрические"],
  },
  { name: "hybrids", aliases: ["hybrid", "hybrids", "гибриды", "гибридов", "гибридные"] },
  { name: "premium cars", aliases: ["premium", "luxury", "премиальные", "премиум", "люксовые"] },
  { name: "trucks", aliases: ["truck", "trucks", "грузовики", "грузовиков", "грузовые"] },
  { name: "buses", aliases: ["bus", "buses", "автобусы", "автобусов"] },
  { name: "motorcycles", aliases: ["motorcycle", "motorcycles", "мотоциклы", "мотоциклов"] },
  { name: "SUVs", aliases: ["suv", "suvs", "внедорожники", "внедорожников"] },
  { name: "spare parts", aliases: ["parts", "spare parts", "запчасти", "запчастей"] },
];

/** A model's name with its brand in one spelling (`хавейл джолион` → `haval джолион`), lower-cased. */
export function canonicalModel(text: string): string {
  let out = ` ${text.toLowerCase().replace(/ё/g, "е")} `;
  for (const b of CAR_BRANDS) {
    for (const a of b.aliases) out = out.replace(` ${a} `, ` ${b.name.toLowerCase()} `);
  }
  return out.trim().replace(/\s+/g, " ");
}

/** Two names of one model, whatever the brand's spelling. */
export const sameModel = (a: string, b: string) => canonicalModel(a) === canonicalModel(b);
