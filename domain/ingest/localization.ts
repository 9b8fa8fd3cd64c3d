// Localization news (decree 719 and the rules built on it): points per operation or component, the
// thresholds a model needs per purpose and year, the maximum score and a model's own score.
// Rule-based over the number and date layer; purposes are data (PURPOSES), not code paths.
import { findDates, findPeriods } from "../language/dates.ts";
import { findQuantities, type Quantity } from "../language/numbers.ts";

export type ThresholdStatus = "draft" | "adopted" | "in_force" | "postponed";

export type LocalizationCandidate =
  | { kind: "localization_item"; item: string; points: number; sentence: string; span: string }
  | {
      kind: "threshold";
      purpose: string;
      points: number;
      /** ISO date the threshold applies from (1 January for a year). */
      from: string | null;
      status: ThresholdStatus | null;
      undated: boolean;
      sentence: string;
      span: string;
    }
  | { kind: "max_score"; points: number; sentence: string; span: string }
  | {
      kind: "model_score";
      model: string;
      points: number;
      date: string | null;
      sentence: string;
      span: string;
    };

/** Operations and components with the seed's item codes. */
export const ITEMS: [RegExp, string][] = [
  // Nouns and the participles of a body made here: "сварка", "кузов сварен", "the body is welded".
  [/сварк\p{L}*|сварен\p{L}*|сварива\p{L}*|welding|(?<![\p{L}])welded(?![\p{L}])/iu, "body_welding"],
  [
    /окраск\p{L}*|окрашивани\p{L}*|окрашен\p{L}*|окрашива\p{L}*|(?<![\p{L}])painting(?! of)|painting of (?:the )?(?:body|bodies|hull|car)|body paint(?![\p{L}])|(?:body|it) is painted/iu,
    "body_painting",
  ],
  [
    /блок\p{L}* управления|(?<![\p{L}])(?:ECU|ЭБУ)(?![\p{L}])|control unit|(?:engine )?management unit|(?:management|control) block|block of (?:the )?(?:management|control) of (?:the )?(?:engine|motor)|контроллер\p{L}* (?:двигател|мотор)\p{L}*|(?:engine|motor) controllers?/iu,
    "engine_ecu",
  ],
  // "the block of cylinders", a translation's word order, is the cylinder block.
  [
    /блок\p{L}* цилиндров|cylinder[- ]blocks?|engine blocks?|blocks? of (?:the )?cylinders/iu,
    "cylinder_block",
  ],
  [
    /(двигател\p{L}*|engine)[^;]{0,40}(коробк\p{L}*|gearbox)[^;]{0,140}(штамп\p{L}*|stamp\p{L}*)|штамп\p{L}* (?:\p{L}+ )?(?:силов\p{L}* (?:установк|агрегат)\p{L}*)|stamp\p{L}* (?:of )?(?:the )?powertrain (?:parts|components)|powertrain (?:parts |components )?stamping/iu,
    "powertrain_stamping",
  ],
  [
    /сборк\p{L}* (?:двигател|мотор|ДВС)\p{L}*|assembling(?: and [\p{L}-]+)? (?:of )?the (?:engine|motor)|(?:engine|motor)(?:'s)? assembly|assembly of (?:the |its )?(?:engine|motor)s?/iu,
    "engine_assembly",
  ],
  [
    /металл\p{L}*|(?<![\p{L}])metal|(?:российск|отечественн)\p{L}* стал(?:и|ь|ью)(?![\p{L}])|(?<![\p{L}])steel(?![\p{L}])|(?<![\p{L}])прокат\p{L}*/iu,
    "russian_metal",
  ],
  [
    /(?<![\p{L}])(?:краск\p{L}*|красок)|лакокрасочн\p{L}*|(?<![\p{L}])ЛКМ(?![\p{L}])|(?<![\p{L}])(?:paints|coatings?|paint and varnish|paintwork materials?|(?:russian|domestic|local)(?:-made)? paint)(?![\p{L}])/iu,
    "russian_paints",
  ],
];

const LOANS =
  /(?:preferential |subsidi[sz]ed |soft )?auto[- ]?credit\p{L}*|(?:state|government)[- ](?:backed|subsidi[sz]ed|supported) (?:car[- ])?(?:loans?|lending|credit)|льготн\p{L}* (?:автокредит\p{L}*|кредитовани\p{L}*)|льготн\p{L}* (?:авто)?кредит\p{L}*|субсидированн\p{L}* (?:авто)?кредит\p{L}*|автокредитовани\p{L}*|subsidi[sz]ed (?:car[- ])?loans?|preferential (?:car[- ])?loans?|car[- ]loans? program\p{L}*|soft[- ](?:car[- ])?loans?|(?:bought|purchased|sold) on credit|(?<![\p{L}])(?:for|to|on|under) (?:car[- ])?loans(?![\p{L}])|(?<![\p{L}])автокредит\p{L}*|(?:покупа\p{L}*|купленн\p{L}*|приобрет\p{L}*) в кредит|[«"“„](?:Семейн|Перв)\p{L}* автомобил\p{L}*|программ\p{L}* (?:Семейн|Перв)\p{L}* автомобил\p{L}*|(?:family|first) car (?:and (?:the )?(?:family|first) car )?(?:programm?e?s?|schemes?|loans?)|[«"“](?:family|first) car[»"”]|кредит\p{L}* (?:с|при) (?:гос)?поддержк\p{L}*|(?:concessional|concessionary|discounted|cheap|state[- ]subsidi[sz]ed)[- ](?:car[- ])?loans?|subsidi[sz]ed[- ](?:car[- ])?loan|subsidi[sz]ed (?:car )?lending|loans? with (?:state|government) (?:support|subsid\p{L}*)|loan subsid\p{L}*/iu;
/**
 * R&D, in its Russian spelled-out name too ("научно-исследовательские и опытно-конструкторские работы"),
 * and told as what is spent on it: "research spending", "spending on research", "расходы на исследования".
 */
export const RD =
  /ниокр|niokr|исследован\p{L}* и разработ\p{L}*|научно-исследовательск\p{L}* и опытно-конструкторск\p{L}*|research and (?:experimental )?development|(?<![\p{L}])r&d(?![\p{L}])|(?<![\p{L}])research (?:spending|expenditures?|costs|outlays)(?![\p{L}])|(?:spending|spent|expenditures?) on research|(?:расход|затрат|трат)\p{L}* на (?:исследовани|научн)\p{L}*/iu;
/** "leasing", and a car "leased with a state discount". */
const LEASING = /лизинг\p{L}*|leasing|(?<![\p{L}])(?:leas(?:e|ed|es)|lessors?|lessees?)(?![\p{L}])/iu;

/** Light commercial vehicles, pickups among them (not all commercial vehicles: trucks and buses have their own bars). */
const LCV =
  /light commercial|лёгк\p{L}* коммерческ\p{L}*|легк\p{L}* коммерческ\p{L}*|(?<![\p{L}])LCVs?|фургон\p{L}*|малотоннаж\p{L}*|(?<![\p{L}])vans?(?![\p{L}])|light trucks?|пикап\p{L}*|(?<![\p{L}])pick-?ups?(?![\p{L}])/iu;

/** Cars as opposed to vans: "легковые автомобили", "passenger cars". */
const PASSENGER = /легков\p{L}*|passenger cars?/iu;

/** The recycling fee itself, in the words news pages use for it. */
const FEE =
  /(?:утильсбор\p{L}*|утилизационн\p{L}* (?:сбор|платеж|платёж)\p{L}*|utilsbor|(?:recycling|scrappage|scrap|disposal|utili[sz]ation)[- ](?:fees?|levy|levies|charges?|collection))/u
    .source;
/**
 * The fee given back to a plant: "компенсация утильсбора", "вернуть утильсбор", "утильсбор обратно",
 * "reimburse the recycling fee", "get the recycling fee back", and the industrial subsidy that does it.
 */
const REFUND = new RegExp(
  [
    String.raw`(?:компенсац\p{L}*|компенсир\p{L}*|возмещ\p{L}*|возмест\p{L}*|окуп\p{L}*|возвра\p{L}*|верн(?:уть|[её]т|ут)\p{L}*)(?:\s+\p{L}+){0,2}\s+${FEE}`,
    String.raw`${FEE}(?:\s+\p{L}+){0,2}\s+(?:обратно|возвраща\p{L}*|возмеща\p{L}*|компенсиру\p{L}*)`,
    String.raw`(?:compensat\p{L}*|refund\p{L}*|reimburs\p{L}*|offset\p{L}*|recoup\p{L}*|recover\p{L}*|rebate\p{L}*|pays? back|paid back|returns?)(?:\s+(?:of|for))?(?:\s+\p{L}+){0,2}\s+${FEE}`,
    String.raw`${FEE}(?:\s+\p{L}+){0,2}\s+(?:back|refunded|reimbursed|compensated|returned|repaid)(?![\p{L}])`,
    String.raw`${FEE} (?:compensation|refund\p{L}*|reimbursement|offset|rebate)|fee compensation`,
    String.raw`промышленн\p{L}* (?:субсиди\p{L}*|компенсац\p{L}*)|промсубсиди\p{L}*|industrial (?:subsid\p{L}*|compensation)`,
  ].join("|"),
  "iu",
);

/** Purposes a threshold is told for; a new purpose is a row here. */
export const PURPOSES: [RegExp, string][] = [
  [LCV, "lcv_procurement"],
  [REFUND, "recycling_fee_compensation"],
  [/специнвест\p{L}*|СПИК|SPIC|special investment contract/iu, "spic"],
  [
    /такси|taxi|(?:пассажирск\p{L}* перевоз\p{L}*|перевоз\p{L}* пассажиров|возить пассажиров)|(?:carry|carrying) passengers|passenger (?:transport|carriage)/iu,
    "taxi",
  ],
  [
    /госзакуп\p{L}*|бюджетн\p{L}* деньг\p{L}*|государственн\p{L}* закуп\p{L}*|(?<![\p{L}])закуп\p{L}*|госзаказ\p{L}*|госзаказчик\p{L}*|(?:государственн|муниципальн)\p{L}* заказчик\p{L}*|бюджетн\p{L}* (?:организаци|учреждени)\p{L}*|тендер\p{L}*|госнужд\p{L}*|(?:государственных|муниципальных) нужд|public tenders?|government tenders?|state tenders?|state purchases|state agencies|state customers|state buyers|(?:state|government) and municipal (?:customers|buyers|clients|needs)|municipal (?:customers|buyers)|state bodies|government (?:customers|buyers|agencies|bodies)|(?:sell\p{L}*|suppl\p{L}*|deliver\p{L}*) (?:cars )?to the (?:state|government)|поставк\p{L}* (?:для )?(?:государств|госзаказчик)\p{L}*|(?:bought|purchased) by (?:the )?(?:state|government)|procurement|government purchases|public purchases|госконтракт\p{L}*|(?:state|government) (?:orders?|contracts?)(?![\p{L}])|для чиновник\p{L}*|чиновникам|чиновничь\p{L}*|госслужащ\p{L}*|служебн\p{L}* (?:машин|автомобил|транспорт)\p{L}*|за сч[её]т (?:средств )?(?:федеральн\p{L}* |регионал\p{L}* )?бюджет\p{L}*|(?:for|to|by) (?:civil servants|(?:government |state )?officials)|civil servants|official cars|(?:budget|public|taxpayers'?) (?:money|funds)|(?:government|state|official) (?:car )?fleets?/iu,
    "procurement",
  ],
  [/поддержк\p{L}* спроса|demand support/iu, "demand_support"],
  [LOANS, "subsidised_loans"],
  [LEASING, "leasing"],
];

/** Words before a contract that make it who qualifies: "подписавшие СПИК", "with a SPIC". */
const SPIC_HOLDER =
  /(?:подписавш\p{L}*|заключивш\p{L}*|имеющ\p{L}*|произвед[её]нн\p{L}* по|выпущенн\p{L}* по|(?<![\p{L}])with (?:a |an |their |its )?|(?<![\p{L}])(?:having |who have |that have )?signed (?:a |an )?|made under (?:a |an )?|built under (?:a |an )?)\s*$/iu;

/**
 * The purpose a sentence leaves for the next: "a car is either built under a SPIC or collects enough
 * points" names the contract as another way in, not what the points are for.
 */
function toldPurpose(s: string): string | null {
  const p = purposeIn(s);
  const spic = PURPOSES.find(([, x]) => x === "spic")?.[0];
  if (p === "spic" && spic && /(?<![\p{L}])(?:either|or|либо|или)(?![\p{L}])/iu.test(s))
    return purposeIn(s.replace(new RegExp(spic.source, "giu"), " "));
  return p;
}

/**
 * The contract as the goal itself: "целевой уровень", "для заключения СПИК", "to sign a SPIC", and what a
 * holder commits to under it ("обязуются выйти на", "commit to reaching", "к концу срока контракта").
 */
const SPIC_TARGET =
  /целев\p{L}*|обязу\p{L}*|обязательств\p{L}*|выйти на|(?<![\p{L}])(?:commits?|committed|committing|obliges?|binds?)\s+(?:[\p{L}'’-]+\s+){0,3}?to(?![\p{L}])|commitments?|pledg\p{L}*|undertak\p{L}*|к концу (?:срока )?(?:действия )?(?:контракта|СПИК)|by the end of the (?:contract|SPIC)|по условиям (?:СПИК|контракта|специнвест\p{L}*)|under the terms of (?:the|its|their|a) (?:contract|SPIC)|(?:для|чтобы)\s+(?:заключ|подпис|получ|оформ)\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:СПИК|специнвест)|(?<![\p{L}])target|(?:to|in order to)\s+(?:sign|conclude|enter(?: into)?|obtain|get|win)\s+(?:a |an )?(?:SPIC|special investment)/iu;

function heldContract(part: string): boolean {
  const spic = PURPOSES.find(([, p]) => p === "spic")?.[0];
  const m = spic ? new RegExp(spic.source, "iu").exec(part) : null;
  return m !== null && SPIC_HOLDER.test(part.slice(Math.max(0, m.index - 30), m.index));
}

/**
 * The purpose a passage is about: the one it names first ("в такси … либо по СПИК" is about taxis),
 * a van's procurement over procurement. Loans and leasing told together are the demand-support
 * threshold; each alone is its own.
 */
function purposeIn(told: string): string | null {
  // "Unlike subsidised loans, leasing …", "в отличие от льготного автокредитования": the programme set
  // against the one a bar is told for is not its purpose.
  const part = told.replace(CONTRASTED, " ");
  let found: string | null = null;
  let at = Number.POSITIVE_INFINITY;
  for (const [re, p] of PURPOSES) {
    const i = part.search(re);
    if (i >= 0 && i < at) {
      at = i;
      found = p;
    }
  }
  // "Компании, подписавшие СПИК, для участия в госзакупках …", "Makers holding a SPIC need … to get
  // the recycling fee reimbursed": a contract that tells who qualifies is not what the bar is for
  // when the passage names another purpose, unless the bar is the contract's own ("для заключения СПИК").
  if (found === "spic" && !SPIC_TARGET.test(part)) {
    let other: { at: number; p: string } | null = null;
    for (const [re, p] of PURPOSES) {
      if (p === "spic") continue;
      const i = part.search(re);
      if (i >= 0 && (!other || i < other.at)) other = { at: i, p };
    }
    if (other) found = other.p;
  }
  if (found === "procurement" && PURPOSES[0]?.[0].test(part)) found = "lcv_procurement";
  // "В программах поддержки спроса … для льготного лизинга — 1 800": the one programme named is the bar's.
  if (found === "demand_support" && (LOANS.test(part) || LEASING.test(part)) && !JOINED.test(part))
    return purposeIn(part.replace(DEMAND, " "));
  if ((found === "subsidised_loans" || found === "leasing") && JOINED.test(part)) return "demand_support";
  return found;
}

const CONTRASTED = new RegExp(
  `(?:unlike|as opposed to|than (?:for|under)|в отличие от|чем (?:для|по|у))\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${LOANS.source}|${LEASING.source})`,
  "giu",
);
const DEMAND = new RegExp((PURPOSES.find(([, p]) => p === "demand_support")?.[0] ?? /$^/u).source, "giu");
/**
 * Loans and leasing told as one pair ("loans and leasing", "автокредитования и лизинга"), not set
 * against each other ("для лизинга планка ниже, чем для автокредитов", "unlike subsidised loans").
 */
/**
 * A loan named bare beside leasing: "Loans and leasing", "loan and leasing programmes", "кредиты и
 * лизинг" (alone, "loans" are no programme of the state's; beside leasing they are the other one).
 */
const LOAN_WORD = String.raw`(?:${LOANS.source})|(?<![\p{L}])(?:car[- ])?(?:loans?|lending|credits?)(?![\p{L}])|(?<![\p{L}])(?:авто)?кредит\p{L}*`;
const JOINED = new RegExp(
  `(?:${LOAN_WORD})\\s*(?:,\\s*)?(?:и|and|or|или|&|/)\\s*(?:[\\p{L}-]+\\s+){0,2}?(?:${LEASING.source})|(?:${LEASING.source})\\s*(?:,\\s*)?(?:и|and|or|или|&|/)\\s*(?:[\\p{L}-]+\\s+){0,3}?(?:${LOANS.source})`,
  "iu",
);
const JOINED_ALL = new RegExp(JOINED.source, "giu");
/**
 * The text with the "and" / "or" inside a pair of loans and leasing made "&" of the same length, so
 * no cut between clauses falls inside the pair: "for both subsidised loans and leasing", "subsidised
 * lending or leasing, a model must …".
 */
const pairsKept = (x: string) =>
  x.replace(JOINED_ALL, (m) =>
    m.replace(/(?<![\p{L}])(?:и|and|or|или)(?![\p{L}])/giu, (w) => `&${" ".repeat(w.length - 1)}`),
  );

const POINTS_AFTER = /^\s*(?:localization\s+)?(?:балл\p{L}*|points?|pts)/iu;
const NEEDS =
  /нужно|(?:below|under|less than|fewer than|ниже|менее|меньше)\s+\d[^.]{0,80}?(?:исключ|выбыва|лиш[иа]т|dropped|excluded|removed|lose)|(?:исключ\p{L}*|выбыва\p{L}*|drop\p{L}*|exclud\p{L}*|remov\p{L}*)[^.]{0,80}?(?:below|under|less than|fewer than|ниже|менее|меньше)\s+\d|(?<![\p{L}])(?:asks? for|calls? for|demands?)(?![\p{L}])|(?<![\p{L}])(?:надо|нужн[аыен])(?![\p{L}])|(?:только|лишь) если|(?<![\p{L}])only if|при условии|необходимо|должн\p{L}*|обязан\p{L}*|(?:считаться|считается|признаётся|признается|признают|counts? as|is considered|qualif\p{L}* as)\s+(?:[\p{L}-]+\s+)?(?:российск\p{L}*|russian(?:-made)?|отечественн\p{L}*|domestic(?:ally made)?|made in russia)|достаточно|(?<![\p{L}])(?:enough|suffices?|sufficient)(?![\p{L}])|требовани\p{L}*|требует\p{L}*|(?<![\p{L}])(?:требуется|требуют|требова\p{L}*|потребова\p{L}*|потребу\p{L}*)|норматив\p{L}*|планк\p{L}*|порог\p{L}*|уровень|уровн\p{L}*|не менее|минимум|минимальн\p{L}*|установлен\p{L}*|needs?|needed|requires?|required|requirement|хват\p{L}*|necessary|must|at least|threshold|goal|level|(?<![\p{L}])bars?(?![\p{L}])|minimum|should|have to|has to|had to|(?<![\p{L}])(?:undertak(?:e|es|ing) to|undertook to|pledg(?:e|es|ed) to|обязуются|обязуется)(?![\p{L}])|доступн\p{L}*|доступен|не ниже|не меньше|no (?:less|fewer) than|not less than|смогут|сможет|придётся|придется|will be able|allowed|допуска\p{L}*|допуск\p{L}*|претендова\p{L}*|потребуется|понадоб\p{L}*|(?<![\p{L}])(?:только|лишь|only)\s+(?:на|для|те|тем|to|for|on|cars|models|vehicles|машин\p{L}*|автомобил\p{L}*|модел\p{L}*)|(?<![\p{L}])(?:от|с|with)\s+(?:не менее\s+)?\d[\d\s,.]*(?:тыс\.?\s*|thousand\s+)?(?:балл|points)|obliged|obligated|committed to|(?<![\p{L}])(?:was|were|is|are) (?:supposed|due) to (?:need|score|have|reach|collect|get)(?![\p{L}])|(?<![\p{L}])если (?:\p{L}+ )?(?:набер|набира|набрал|име(?:ет|ют))\p{L}*|(?<![\p{L}])if (?:it|they) (?:scores?|has|have|collects?|reach\p{L}*)(?![\p{L}])|(?<![\p{L}])(?:can|may) only(?![\p{L}])|обязуют\p{L}*|eligible|eligibility|qualify|qualifies|available|entitled|обязательн\p{L}*|mandatory|compulsory|(?<![\p{L}])(?:commits?|committing|obliges?|binds?)\s+(?:[\p{L}'’-]+\s+){0,3}?to(?![\p{L}])|(?<![\p{L}])sets(?![\p{L}])|(?<![\p{L}])(?:и|или)\s+(?:больше|более|выше)(?![\p{L}])|(?<![\p{L}])(?:or|and)\s+(?:more|higher|above)(?![\p{L}])|cut-?offs?|(?<![\p{L}])open to(?![\p{L}])|предусматрива\p{L}*|предусмотр\p{L}*|(?<![\p{L}])(?:envisag\p{L}*|provides? for|provided for|stipulat\p{L}*)(?![\p{L}])|(?:below|under|less than|fewer than|ниже|менее|меньше)\s+\d[^.]{0,80}?(?:не (?:могут|может|смогут|сможет|допуска\p{L}*|попада\p{L}*|получ\p{L}*)|cannot|can't|can not|not allowed|barred|shut out|(?:are|is) not eligible)/iu;
/** A word for the maximum right after its figure: "8800 возможных баллов", "8,800 possible points". */
const MAX_AFTER = /^\s*(?:балл\p{L}*\s+)?(?:возможн\p{L}*|максимальн\p{L}*|possible|maximum)(?![\p{L}])/iu;
const NEEDS_ALL = new RegExp(NEEDS.source, "giu");
/**
 * Whether a word for a requirement stands nearer the figure than the word for the maximum: "sets a
 * maximum of 8,800" is the maximum, "the maximum is 8,800, and a model needs 3,300" a bar.
 */
function needsNearer(before: string): boolean {
  const lastOf = (r: RegExp) => Math.max(-1, ...[...before.matchAll(r)].map((m) => m.index ?? 0));
  const need = lastOf(NEEDS_ALL);
  return need >= 0 && need > lastOf(MAXIMUM_ALL);
}
/** "автомобиль должен набрать": the masculine "must", told of a car, not of a model named before. */
const MUST = /(?<![\p{L}])должен(?![\p{L}])/iu;
/** A rule still intended, not made: proposed, considered, discussed, planned. */
/**
 * (Also "prepared the project by which …", "under the project": a translation's word for the draft,
 * the document told, not a plant's project.)
 */
const DRAFT =
  /проект\p{L}*|(?<![\p{L}])(?:prepared|published|posted|drew up|drawn up|submitted|developed|put forward)\s+(?:a\s+|the\s+|its\s+)?(?:new\s+)?project(?![\p{L}])|(?<![\p{L}])(?:the|a) project (?:by|under|according to) which|(?<![\p{L}])(?:under|according to) the project(?![\p{L}])|предлож\p{L}*|предлага\p{L}*|новой редакции|proposed|proposal|draft|would|plans? to|рассматрива\p{L}*|обсужда\p{L}*|намерен[аоы]?(?![\p{L}])|намерева\p{L}*|планиру\p{L}*|(?<![\p{L}])(?:considering|considers|discuss(?:ing|es|ed)|intends?|mulling|weighing)(?![\p{L}])|(?<![\p{L}])(?:may|might|could) (?:raise|lower|increase|cut|set|introduce|tighten)(?![\p{L}])|(?<![\p{L}])(?:могут|может) (?:поднять|повысить|снизить|увеличить|ввести|ужесточить)(?![\p{L}])|обсужден\p{L}*|законопроект\p{L}*|инициатив\p{L}*|regulation\.gov|(?<![\p{L}])(?:хочет|хотят|suggest(?:s|ed)?|envisag\p{L}*|under consideration|initiative|wants to)(?![\p{L}])|(?<![\p{L}])(?:(?:is|are) preparing|prepares|drawing up|drafting|drafted|under (?:public )?discussion|готовит|разрабатыва\p{L}*|разработан[аоы]?|по замыслу|проходит согласование|на согласовании)(?![\p{L}])/iu;
/** "Still only a draft", "пока лишь проект": the word of time tells the draft's state, not a rule in force. */
const STILL_DRAFT =
  /(?<![\p{L}])(?:still|пока(?:\s+что)?|вс[её] ещ[её])\s+(?:(?:only|just|лишь|только)\s+)?(?:an?\s+)?(?:draft|proposal|проект\p{L}*|предложени\p{L}*)/giu;
/** "это уже решение правительства, а не проект", "no longer a draft": a draft denied is none. */
const NOT_DRAFT =
  /(?<![\p{L}])(?:а\s+)?(?:не|уже не|больше не|no longer|not)\s+(?:a\s+|an\s+)?(?:проект\p{L}*|предложени\p{L}*|draft|proposal)/iu;
const notDraft = (x: string) => x.replace(new RegExp(NOT_DRAFT.source, "giu"), " ");
const isDraft = (x: string) => DRAFT.test(notDraft(x));
/**
 * "проект не затрагивает условия программ", "требования к такси проект не меняет", "the department does
 * not plan to revise this bar", "the draft leaves the taxi rule unchanged": a rule a draft leaves alone.
 */
const LEFT_ALONE =
  /(?:проект\p{L}*|документ\p{L}*|поправк\p{L}*|министерств\p{L}*|ведомств\p{L}*|draft|document|amendments?|ministry|department)\s+(?:[\p{L}-]+\s+){0,2}?(?:не\s+(?:затрагива\p{L}*|затронет|затронут|меня\p{L}*|изменя\p{L}*|измен\p{L}*|касается|коснётся|коснется|трогает|пересматрива\p{L}*|пересмотр\p{L}*|планиру\p{L}* (?:менять|изменять|пересматривать|трогать))|(?:does|do|will) not (?:change|affect|touch|alter|revise|plan to (?:change|revise|touch|alter))|(?:doesn't|won't) (?:change|affect|touch|alter|revise)|leaves?\s+(?:[\p{L}-]+\s+){0,3}?(?:unchanged|intact|alone|untouched))/iu;
/** "как предусматривает закон", "under the law": a rule a law sets is made, not proposed (not "законопроект"). */
const LAW =
  /(?<![\p{L}])(?:закон(?:ом|у|а|е)?|по закону|the law|under the law|by law|federal law)(?![\p{L}])/iu;
/** Verbs of a decision made: a signed or approved document, one that takes effect. */
const ADOPTED =
  /подписал\p{L}*|(?<![\p{L}])(?:принят[аоы]?|принял[аио]?)(?![\p{L}])|подписан(?!и[еяюй])\p{L}*|утвердил\p{L}*|утвержд[её]н(?!и[еяюй])\p{L}*|вступ\p{L}* в силу|approved|signed|adopted|takes effect|took effect|(?:came|comes|entered|enters) into (?:force|effect)|обновил\p{L}*|(?<![\p{L}])updated (?:the|its|their)(?![\p{L}])|заработал[аио]?(?![\p{L}])|(?<![\p{L}])(?:установил[аио]?|закрепил[аио]?)(?![\p{L}])|(?<![\p{L}])(?:has|have|had) (?:set|fixed|established)(?![\p{L}])|(?<![\p{L}])(?:endorsed|finali[sz]ed|green-?lit|rubber-stamped|одобрил[аио]?|одобрен[аоы]?)(?![\p{L}])/iu;
/**
 * "планка введена", "ввели порог", "has been introduced": a bar already brought in, told in its own
 * sentence only (an article's other bars are not made by it); not "будет введена", "may be introduced",
 * which may still be a plan.
 */
const INTRODUCED =
  /(?<![\p{L}])(?<!(?:будет|будут|может|могут|бы|быть)\s+)(?:введен[аоы]?|введён|ввели|ввело|ввёл)(?![\p{L}])|(?<![\p{L}])(?:has|have) been introduced(?![\p{L}])/iu;
const SAME_AMOUNT =
  /столько же|столь(?:ко)? же|т(?:от|акой) же (?:порог|уровень|минимум|норматив)|т(?:у|ака\p{L}) же планк\p{L}*|то же (?:требование|количество баллов|число баллов)|the same (?:number|level|bar|threshold|score|minimum|requirement|quantity|amount)|as many points/iu;
/** (Also "пока же действует", "for the time being": the rule told as standing while it may change.) */
const CURRENT =
  /сейчас|(?<![\p{L}])пока же(?![\p{L}])|(?<![\p{L}])for the time being(?![\p{L}])|(?<![\p{L}])сегодня(?![\p{L}])|нынешн\p{L}*|действующ\p{L}*|в настоящее время|на сегодня(?:шний день)?|пока что|(?<![\p{L}])(?:existing|at present|presently|for now|as of today)(?![\p{L}])|(?<![\p{L}])(?:оставля\p{L}*|оставит|оставил\p{L}*)|(?<![\p{L}])(?:keeps?|kept|leaves)(?![\p{L}])|теперь|по-прежнему|ныне|останет\p{L}*|остаёт\p{L}*|остает\p{L}*|сохраня\p{L}*|сохранит\p{L}*|(?<![\p{L}])(?:remains?|remained|unchanged|(?<!to )stays?)(?![\p{L}])|текущ\p{L}* (?:требовани|порог|уровн|планк)\p{L}*|(?<![\p{L}])(?:current(?:ly)?|still|today|now)(?![\p{L}])/iu;
/** "since March 1", "с 1 марта 2026 года": a day a rule began, told before its figure. */
const SINCE_DAY =
  /(?<![\p{L}])(?:since|from|starting|с|со)\s+(?:\d{1,2}\s+(?:январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр)\p{L}*|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?!\d))/iu;
/** "теперь нужно 5 400" after a decision: the new rule, not the one that stood. */
const NOW_CHANGED = /теперь|(?<![\p{L}])now(?![\p{L}])/giu;
const NEXT_YEAR =
  /(?<![\p{L}])(?:next year|the following year|the coming year|(?:в|со?|к) (?:следующ|будущ|наступающ)\p{L}* год\p{L}*|(?:следующ|будущ)\p{L}* года|с нового года|в (?:следующем|будущем)(?=\s*[—–-]))(?![\p{L}])/iu;
// "в прошлом году — 3200, в этом — 3300": the year left out after the first is still told.
const THIS_YEAR = /в этом году|в текущем году|этого года|this year|in the current year|в этом(?=\s*[—–-])/iu;

const TAKES_EFFECT =
  /вступ\p{L}* в силу|заработа\p{L}*|(?:начн|начать|начина)\p{L}* действовать|takes? effect|(?:comes?|came|enters?|entered) into (?:force|effect)|goes into effect/iu;

/**
 * A sentence of its own that tells only when a rule starts: "Новое требование начнёт действовать со
 * следующего года", "Норму планируется ввести с 1 июля 2027 года", "It is proposed to apply from
 * July 1, 2027", "The rule kicks in next year".
 */
const STARTS_WHEN = new RegExp(
  `${TAKES_EFFECT.source}|(?<![\\p{L}])(?:ввести|введут|вводится|вводят|будет введ\\p{L}*|будут введ\\p{L}*|применя\\p{L}*|примен(?:ят|ит)\\p{L}*|действовать|распространя\\p{L}*|apply|applies|applied|will be introduced|to be introduced|introduced from|kicks? in|(?:will )?start(?:s)? to apply|in force)(?![\\p{L}])`,
  "iu",
);

/** The day a sentence like that tells: a date, a month, a year, or "next year" after the article's. */
function startToldAlone(s: string, articleDate: string | null): string | null {
  const at = s.search(STARTS_WHEN);
  if (at < 0 || purposeIn(s) !== null || points(s).length > 0) return null;
  const date = startDates(s, articleDate).find((d) => d.start > 0)?.date;
  if (date) return date;
  const month = monthStart(s, articleDate);
  if (month) return month;
  const y = /(?<![\d])(?:с|со|from|in|в|since)\s+(?:начала\s+|the start of\s+)?((?:19|20)\d{2})(?!\d)/iu.exec(
    s,
  )?.[1];
  if (y) return `${y}-01-01`;
  const year = articleDate ? Number(articleDate.slice(0, 4)) : null;
  return year && NEXT_YEAR.test(s) ? `${year + 1}-01-01` : null;
}

/**
 * "не 7 000, а 5 400", "вместо текущих 7 тыс.", "instead of the current 7,000": the figure a rule
 * replaces. It is no rule once the change is made; while the change is a draft, it is the one in force.
 */
function replaced(s: string, q: Quantity): boolean {
  const before = s.slice(Math.max(0, q.start - 40), q.start);
  if (
    /(?<![\p{L}])(не|not)\s*$/iu.test(before) &&
    /^[^.]{0,30}?(?:,\s*(?:а|but)|\s+but)\s/iu.test(s.slice(q.end))
  )
    return true;
  return /(?:instead of|вместо|rather than)(?:\s+(?:the\s+)?(?:current|present|existing|previous|former|today's|текущ\p{L}*|нынешн\p{L}*|действующ\p{L}*|прежн\p{L}*))?\s*$/iu.test(
    before,
  );
}

/** A time a rule starts at: "с 2026", "с 1 января 2027 года", "from January 1, 2027", "in 2027". */
const TIME = String.raw`(?:(?:с|со|в|до|к|на|from|in|by)\s+)(?:(?:1|первого)\s+\p{L}+\s+|\p{L}+\s+1,?\s+)?(?:19|20)\d{2}(?:-?(?:го|м|й))?(?:\s+(?:год\p{L}*|г\.))?`;
/** "не с 2026, а с 2027 года", "not from January 1, 2026, but from January 1, 2027": the time moved to. */
const TIME_SWAP = new RegExp(
  String.raw`(?<![\p{L}])(?:не|not)\s+(${TIME})\s*,?\s*(?:а|but)\s+(${TIME})`,
  "giu",
);
/** "from 2027 instead of 2026", "rather than 2026": the time a rule was moved away from. */
const TIME_DROPPED =
  /(?:instead of|rather than|вместо)\s+(?:the\s+)?(?:(?:1|первого)\s+\p{L}+\s+|\p{L}+\s+1,?\s+)?(?:19|20)\d{2}(?:-?(?:го|м|й))?(?:\s+(?:год\p{L}*|г\.))?/giu;

/** "не с 2026, а с 2027 года": a start moved to a later year is a rule put off. */
function movedLater(s: string): boolean {
  const yearOf = (x: string | undefined) => Number(/(?:19|20)\d{2}/u.exec(x ?? "")?.[0] ?? 0);
  return [...s.matchAll(TIME_SWAP)].some((m) => yearOf(m[2]) > yearOf(m[1]));
}

/**
 * A figure's own part with the time it was moved away from replaced by the one it was moved to: the
 * part may end at the comma of "не с 2026, а с 2027 года", so the new time is taken from the sentence.
 */
function withMovedTimes(own: string, s: string): string {
  let x = own;
  for (const m of s.matchAll(TIME_SWAP)) {
    const head = m[0].slice(0, m[0].indexOf(m[1] ?? "") + (m[1] ?? "").length);
    if (x.includes(m[0])) x = x.replace(m[0], ` ${m[2]}`);
    else if (x.includes(head)) x = x.replace(head, ` ${m[2]}`);
  }
  return x.replace(TIME_DROPPED, " ");
}

/**
 * The bar "the same date" points back to: the last one told with a start, passing over a rule told as
 * today's ("From 2027 it is 2,600; now 2,000 is enough. For leasing, from the same date, 2,400").
 */
function sameDateOf(out: LocalizationCandidate[]) {
  const bars = out.filter(
    (c): c is Extract<LocalizationCandidate, { kind: "threshold" }> =>
      c.kind === "threshold" && c.from !== null,
  );
  return bars.filter((c) => c.status !== "in_force").pop() ?? bars.pop();
}

/** "вместо прежних 7000", "instead of the previous 7,000": the figure replaced told as the rule before. */
const TOLD_BEFORE =
  /(?:прежн|предыдущ|нынешн|текущ|действующ|previous|former|current|existing|present|today's)\p{L}*\s*$/iu;

const SAME_DATE =
  /с (?:той же|этой же) даты|с того же (?:дня|числа|срока)|from the same (?:date|day)|on the same date/iu;
/** "Теперь это требование начнёт действовать с 1 января 2026 года", "the rule was pushed back to 2027". */
const MOVED =
  /перен[её]с\p{L}*|перенос\p{L}*|отлож\p{L}*|сдвину\p{L}*|postpone\p{L}*|delay\p{L}*|pushed back|put off|начн\p{L}* действовать|заработает|вступит в силу|will (?:now )?(?:apply|take effect|start to apply|come into force)/iu;
const POSTPONED =
  /перен[её]с\p{L}*|перенос\p{L}*|отлож\p{L}*|сдвину\p{L}*|postpone\p{L}*|delay\p{L}*|pushed back|put off/iu;
/** A putting off told as done: "has been postponed", "since postponed", "перенесли", "отложен". */
const POSTPONED_DONE =
  /(?<![\p{L}])(?:(?:has|have|had) been|was|were|since|already|then) (?:postponed|delayed|pushed back|put off|moved back)(?![\p{L}])|(?<![\p{L}])(?:перенесл[аио]?|перенесли|перенес[её]н[аоы]?|перенёс|отложил[аио]?|отложили|отложен[аоы]?)(?![\p{L}])/iu;
/** A start told with its preposition ("с 1 июля 2024 года", "from July 1, 2024") in a clause after a figure's. */
function laterStart(rest: string, articleDate: string | null): string | null {
  const d = findDates(rest, articleDate, "nearest").find(
    (x) =>
      x.date &&
      /(?:19|20)\d{2}/u.test(rest.slice(x.start, x.end)) &&
      /(?<![\p{L}])(?:с|со|from|starting|since|начиная с)\s*$/iu.test(
        rest.slice(Math.max(0, x.start - 14), x.start),
      ),
  );
  return d?.date ?? null;
}

/** The preposition that brings in the new start of a rule put off: "перенесли на", "отложили до", "pushed back to". */
const MOVED_TO =
  /(?<![\p{L}])(?:на|до|to|until|till|into)\s+(?:the\s+)?(?:(?:start|beginning) of\s+|начал[оа]\s+)?$/iu;

/** The day a sentence moves a rule to: the first date or year told after its verb of putting off. */
function movedTo(s: string, articleDate: string | null): string | null {
  const at = s.search(POSTPONED);
  if (at < 0) return null;
  const rest = s.slice(at);
  const day = findDates(rest, articleDate, "nearest").find(
    (d) => d.date && /\d/u.test(rest.slice(d.start, d.end)) && MOVED_TO.test(rest.slice(0, d.start)),
  );
  if (day?.date) return day.date;
  const y =
    /(?<![\p{L}])(?:на|до|to|until|till|into)\s+(?:the\s+)?(?:(?:start|beginning) of\s+|начал[оа]\s+)?((?:19|20)\d{2})(?!\d)/iu.exec(
      rest,
    )?.[1];
  return y ? `${y}-01-01` : null;
}
const WAS_PLANNED =
  /планировал\p{L}*|предполагал\p{L}*|ожидал\p{L}*|должн\p{L}* был\p{L}*|was (?:planned|due|expected|supposed)|had been (?:planned|due|expected)/iu;

/** Words that bring in what a threshold is for: "для участия в …", "to qualify for …". */
const PURPOSE_FRAME =
  /(?<![\p{L}])(?:для (?:участия|получения|доступа|включения|попадания|допуска|работы)|чтобы (?:участвовать|попасть|получить|претендовать|работать)|to (?:qualify|take part|participate|be eligible|be included|be added|be admitted|receive|get access)|for (?:access|participation|admission|eligibility))(?![\p{L}])(?!\s+(?:(?:в|на|к|in|for|to|under)\s+)?(?:таки\p{L}+|эт\p{L}+|то[йм]|не[её]|него|них|её|его|их|it|them|this|that|these|those|such)(?![\p{L}]))/iu;

/**
 * "Минпромторг обновил перечень машин для льготного кредитования в 2026 году", "the list of cars
 * eligible for subsidised loans in 2026", "С 1 марта 2026 года в такси смогут работать только …": a
 * sentence with no figure that gives a purpose a start of the article's year or later.
 */
/** A rule already at work: "заработал", "вступил в силу", "took effect". */
const STARTED =
  /(?<![\p{L}])(?:заработал[аио]?|вступил[аио]? в силу|начал[аио]? действовать|took effect|came into (?:force|effect)|(?:has|have) taken effect)(?![\p{L}])/iu;
function programmeStart(s: string, articleDate: string | null): { purpose: string; from: string } | null {
  const articleYear = articleDate ? Number(articleDate.slice(0, 4)) : null;
  if (!articleYear || points(s, true).length > 0) return null;
  const purpose = purposeIn(s);
  if (!purpose) return null;
  const day = findDates(s, articleDate, "nearest").find(
    (d) =>
      d.date &&
      // "С 1 марта заработал закон о такси", "took effect on March 1": a rule already at work needs
      // no year for its day; one told ahead does.
      (/(?:19|20)\d{2}/u.test(s.slice(d.start, d.end)) || STARTED.test(s)) &&
      (/(?<![\p{L}])(?:с|со|from|starting|since|effective|начиная с)\s*$/iu.test(
        s.slice(Math.max(0, d.start - 14), d.start),
      ) ||
        (STARTED.test(s) && /(?<![\p{L}])on\s*$/iu.test(s.slice(Math.max(0, d.start - 4), d.start)))),
  );
  const y =
    /(?<![\p{L}\d])(?:в|на|for|in)\s+(?:наступивш\p{L}*\s+|текущ\p{L}*\s+|нов\p{L}*\s+|the\s+)?((?:19|20)\d{2})(?!\d)/iu.exec(
      s,
    )?.[1];
  const from = day?.date ?? (y ? `${y}-01-01` : null);
  if (!from || Number(from.slice(0, 4)) < articleYear) return null;
  return { purpose, from };
}

/** A rule told as the one before: "ранее было достаточно 2 000", "2,000 was enough before". */
const PAST =
  /ранее|прежде|раньше|прежн\p{L}*|(?<![\p{L}])(?:был[аио]?|требовал\p{L}*|хватало|before|previously|earlier|formerly|was|were|had been|used to)(?![\p{L}])/iu;
const UNTIL_PAST = /^(?:до|until|before)\s/iu;

/** Words that bring in a figure to compare with: "compared with 3,300", "против нынешних 3 300". */
const COMPARED =
  /(?:compared (?:with|to)|(?<![\p{L}])against|versus|vs\.?|up from|down from|(?<![\p{L}])против|по сравнению с|в сравнении с)\s*(?:the\s+)?(?:current\s+|present\s+|нынешн\p{L}*\s+|текущ\p{L}*\s+|действующ\p{L}*\s+)?$/iu;
const SEP_ANY = /[,;.]|\s(?:and|а|и|but|но)\s/u;

/** A subsidy or compensation named with no object: "субсидию целиком", "претендовать на компенсацию", "the full compensation". */
const BARE_REFUND =
  /^\s*(?:(?:на|for|to)\s+)?(?:(?:the|a|its|their|full|whole|entire|полн\p{L}*|всю|весь)\s+){0,2}(?:субсиди\p{L}*|компенсаци\p{L}*|промсубсиди\p{L}*|subsid(?:y|ies)|compensation)(?![\p{L}])/iu;

/** A threshold's own nouns: a sentence that continues one with them needs no word for points. */
const BAR =
  /планк\p{L}*|порог\p{L}*|норматив\p{L}*|требовани\p{L}*|минимум|показател\p{L}*|(?<![\p{L}])(?:bar|threshold|requirement|minimum|benchmark)(?![\p{L}])/iu;
/** The nouns of a bar itself (not of a requirement in general). */
const OWN_BAR =
  /планк\p{L}*|порог\p{L}*|норматив\p{L}*|минимум|(?<![\p{L}])(?:bar|threshold|minimum)(?![\p{L}])/iu;
/** Verbs a threshold's change is told with: "С 2027 года он вырастет до 3,5 тыс.", "it will rise to 3,700". */
const RISES =
  /(?<![\p{L}])(?:вырас\p{L}*|вырос\p{L}*|повыс\p{L}*|повыша\p{L}*|повышени\p{L}*|подним\p{L}*|подня\p{L}*|увелич\p{L}*|сниз\p{L}*|сниж\p{L}*|уменьш\p{L}*|опуст\p{L}*|rises?|rising|rose|raised?|increase[sd]?|grows?|climbs?|goes up|go up|lowered|reduced?|drops?|falls?|goes down|go down)(?![\p{L}])/iu;

function points(s: string, loose = false): Quantity[] {
  const qs = findQuantities(s).filter((q) => !q.percent && !q.currency);
  const hasPointsWord =
    loose || /балл|points?|(?<![\p{L}])очк(?:ов|и|а)(?![\p{L}])|(?<![\p{L}])scores?(?![\p{L}])/iu.test(s);
  // "MOSCOW, Sept 29 -", "с 1 марта 2026 г.": a number inside a date is no score.
  const days = findDates(s, null);
  return qs.filter((q) => {
    if (days.some((d) => q.start < d.end && d.start < q.end)) return false;
    const before = s.slice(Math.max(0, q.start - 14), q.start);
    if (/(№|No\.?|номер|постановлени\p{L}*|decree|resolution)\s*$/iu.test(before)) return false;
    // "the 719th decree", "по 719-му постановлению": an ordinal names a document, not a score.
    if (
      /^(?:-?(?:th|st|nd|rd|й|го|му|м|ое|ом)(?![\p{L}])|\s*(?:decree|resolution|постановлени))/iu.test(
        s.slice(q.end),
      )
    )
      return false;
    if (
      /^\s*(год|year|%|процент|лет|years|млрд|million|моделей|моделям|models|cars|машин|litre|литр|h\.?p|л\.с|компани\p{L}*|companies|заводов|заводам|plants|factories|brands|марок|брендов|контракт\p{L}*|contracts|производител\p{L}*|(?:car)?makers|из них|of them|штук|units|vehicles|автомобил\p{L}*|человек|people|workers|сотрудник\p{L}*|регион\p{L}*|regions)/iu.test(
        s.slice(q.end),
      )
    )
      return false;
    // "only about 15 of the roughly 60 models", "15 из 60": a count of a whole is no score.
    if (
      /^\s*(?:of (?:the )?(?:roughly |about |some )?\d|из\s+(?:примерно\s+|около\s+)?\d)/iu.test(
        s.slice(q.end),
      )
    )
      return false;
    // No score reaches past the scale's maximum (8,800): "1.7 million points" is a slip of translation.
    if (q.value > 12_000) return false;
    // "2 500 баллов — на 500 больше, чем сейчас", "500 more than today": a difference is no score.
    if (
      /(?<![\p{L}])(?:на|by|ещё на|еще на)\s*$/iu.test(before) &&
      /^\s*(?:балл\p{L}*\s*|points?\s*)?(?:больше|меньше|выше|ниже|more|less|fewer|higher|lower)(?![\p{L}])/iu.test(
        s.slice(q.end),
      )
    )
      return false;
    // "thanks to Russian telematics (plus 200 points)", "(+200 баллов)": a gain is no score.
    if (/(?:(?<![\p{L}])(?:plus|плюс)|\+)\s*$/iu.test(before)) return false;
    if (POINTS_AFTER.test(s.slice(q.end))) return true;
    // "2500 баллов вместо прежних 2000", "instead of the previous 2000": the figure replaced in a sentence
    // about points is a bar, though it reads like a year.
    if (hasPointsWord && replaced(s, q)) return true;
    if (/^\d{4}$/.test(q.text) && q.value >= 1990 && q.value <= 2100) return false;
    // "за окраску — 500", "brings 200", "adds another 100" in a sentence about points.
    return hasPointsWord && q.value >= 10 && q.value <= 20_000;
  });
}

const CLAUSE_START =
  /,\s*(?:and|а|тогда как|while|whereas|but|но)\s|;\s|тогда как|(?<![\p{L}])либо\s|,?\s(?:or|either)\s/giu;
const CLAUSE_END = /,\s*(?:and|а|тогда как|while|whereas|but|но|либо)\s|;\s|\s—\s|тогда как|\sor\s/iu;

/** The clause a number stands in: from the last ", а" / ", and" / ";" before it to the next one after. */
function clauseOf(s0: string, q: Quantity, lo: number, hi: number): [number, number] {
  const s = pairsKept(s0);
  let start = lo;
  for (const m of s.slice(lo, q.start).matchAll(CLAUSE_START)) start = lo + (m.index ?? 0);
  const rest = s.slice(q.end, hi);
  const e = CLAUSE_END.exec(rest);
  // "Такое же требование — те же 2 000 баллов — распространят на лизинг": a figure set between two
  // dashes is an aside; its clause goes on past the closing dash.
  if (e && /^\s—\s$/u.test(e[0]) && /\s—\s/u.test(s.slice(start, q.start))) {
    const on = q.end + (e.index ?? 0) + e[0].length;
    const next = CLAUSE_END.exec(s.slice(on, hi));
    return [start, next ? on + (next.index ?? 0) : hi];
  }
  return [start, e ? q.end + (e.index ?? 0) : hi];
}

/**
 * "иметь специнвестконтракт или набрать 3 200", "be built under a SPIC or collect 3,200": a contract
 * named as the other way in is not what the figure is for; what follows the last "или" / "or" is.
 */
function contractAlternative(before: string): string {
  if (purposeIn(before) !== "spic") return before;
  const spic = PURPOSES.find(([, p]) => p === "spic")?.[0];
  const m = spic ? new RegExp(spic.source, "iu").exec(before) : null;
  if (!m) return before;
  const tail = before.slice(m.index + m[0].length);
  const or = [...tail.matchAll(new RegExp(OR.source, "giu"))].pop();
  return or ? tail.slice((or.index ?? 0) + or[0].length) : before;
}

/**
 * "набирать 3200 баллов или выпускаться по специнвестконтракту", "score 3,200 points or be built under
 * a SPIC": a contract named after the figure as the other way in is not what the figure is for.
 */
function contractAfter(after: string): string {
  const or = new RegExp(OR.source, "iu").exec(after);
  if (!or || purposeIn(after.slice(0, or.index)) !== null) return after;
  return purposeIn(after.slice(or.index)) === "spic" ? after.slice(0, or.index) : after;
}

/** The first purpose (by table order) named before the number in its clause, else after it. */
/** A preposition right after a figure that brings in what the figure is for. */
const FOR_AFTER =
  /^\s*(?:(?:localization\s+)?(?:балл\p{L}*|points?|pts)\s*)?(?:[—–-]\s*)?(?:для|на|по|в|for|in|under|to)\s/iu;
function purposeOf(s: string, q: Quantity, start: number, end: number): string | null {
  const before = contractAlternative(s.slice(start, q.start));
  const after = contractAfter(s.slice(q.end, end));
  // "Carmakers with a special investment contract need 3,200 points to take part in procurement".
  // "Makers holding a SPIC need 4,100 points to get the recycling fee back".
  if (purposeIn(before) === "spic" && (heldContract(before) || !SPIC_TARGET.test(s.slice(start, end)))) {
    const other = purposeIn(after);
    if (other) return other;
  }
  // "3,300 points for state procurement and 2,300 for leasing", "3300 баллов для госзакупок и 2300 для
  // лизинга": a purpose told right after its figure is the figure's, whatever the clause before named.
  if (FOR_AFTER.test(after)) {
    const own = purposeIn(pairsKept(after).split(/[,;]|\s(?:and|и|а|while|whereas)\s/u)[0] ?? "");
    if (own) return own;
  }
  for (const part of [before, after]) {
    const found = purposeIn(part);
    if (found) return found;
  }
  return null;
}

/**
 * "быть произведённой по СПИК, либо набирать 3200 баллов", "be made under a SPIC, or score 3,200":
 * what an alternative before the number names is another way to qualify, not the number's purpose.
 */
const OR = /(?<![\p{L}])(?:либо|или|or|either)(?![\p{L}])/iu;
const ALTERNATIVE = /(?:,\s*|\s)либо\s|,\s*or\s|(?<![\p{L}])either\s/giu;
function afterAlternative(before: string): string {
  const last = [...before.matchAll(ALTERNATIVE)].pop();
  return last ? before.slice((last.index ?? 0) + last[0].length) : before;
}

/** "the Vesta's localization level is 5,600": a model's own level, no level it must reach. */
const OWN_LEVEL =
  /(?:locali[sz]ation|локализаци\p{L}*)\s+(?:level|score|rate)|(?:level|degree) of locali[sz]ation|(?:уровень|уровня|степень|степени) локализаци\p{L}*/giu;

/** Verbs a model's own score is told with. */
const SCORE_VERB =
  /набира\p{L}*|набрал\p{L}*|имеет|(?<![\p{L}])(?:has|have|had)(?![\p{L}])|collects|collected|scores?|scored|получ\p{L}*|присво\p{L}*|дал[аи]?(?![\p{L}])|reaches|reached|stands at|specified|indicated|gave|gives|given|awarded|assigned|earns|earned|gets|got|received|указан\p{L}*|было\s|(?<![\p{L}])(?:it|this|that|which) was(?![\p{L}])|stood at|составлял\p{L}*/iu;
/** A sentence that tells the score again for an earlier conclusion or in other words. */
const SCORE_AGAIN =
  /заключени\p{L}*|ранее|прежн\p{L}*|предыдущ\p{L}*|conclusion|previous|earlier|before that|a year ago|год назад/iu;

/** Words a sentence speaks of the model named before with: "модель", "кроссовер", "the sedan", "it". */
const ANAPHOR =
  /(?<![\p{L}])(?:модел[ьи]|кроссовер\p{L}*|седан\p{L}*|хэтчбек\p{L}*|хетчбек\p{L}*|внедорожник\p{L}*|лифтбек\p{L}*|машин[аеуы]|автомобил[ьюя]|он[аи]?|(?:the|this) (?:model|crossover|sedan|hatchback|SUV|car|liftback|vehicle)|it|its)(?![\p{L}])/iu;
/** "теперь", "now": a model's figure told as today's, after an earlier one. */
const SHORTFALL =
  /(?:не хватает|не хватит|недоста[её]т|не достаёт|не достает|не добирает|lacks?|(?:is|are|falls?|remains?) short (?:of|by))\s+(?:(?:ещё|еще|всего|лишь|около|about|just|only|some)\s+)?$/iu;
const SHORT_AFTER = /^\s*(?:балл\p{L}*|points?)?\s*(?:short of|shy of|below the (?:bar|threshold))/iu;
const NOW_SCORE = /(?<![\p{L}])(?:теперь|сейчас|ныне|now|today|currently|these days)(?![\p{L}])/iu;
const EARLIER_SCORE =
  /up from|down from|compared with|against|против|по сравнению с|вместо прежних|с прежних/iu;

const MAXIMUM =
  /максим\p{L}*|maxim(?:um|al)|tops out|full scale|top of the scale|(?<![\p{L}])the scale(?![\p{L}])[^.]{0,60}?(?:up to|awards|gives)|шкал\p{L}*|потол\p{L}*|ceiling|highest possible|из возможных|(?<![\p{L}])возможн(?:ых|ые|ого|ой)(?![\p{L}])|out of a possible|possible/iu;
const MAXIMUM_ALL = new RegExp(MAXIMUM.source, "giu");

/** The body's works named as one: "кузовные работы", "bodywork", "body operations". */
const BODY_WORKS =
  /кузовн\p{L}* (?:работ|операци)\p{L}*|(?<![\p{L}])(?:bodywork|body (?:work|works|operations|shop operations))(?![\p{L}])/iu;

/** "окраска — столько же", "painting the same": an item given the points of the item told before it. */
const SAME_POINTS =
  /^\s*(?:[—–-]|brings|earns|gets|gives|даёт|дает|приносит)?\s*(?:столько же|the same|as much)(?![\p{L}])/iu;

/** How many of the body operations (welding, painting, stamping) a text names. */
function bodyOperations(x: string): number {
  return [/сварк|welding/iu, /окраск|painting/iu, /штамп|stamping/iu].filter((re) => re.test(x)).length;
}

/** The item a passage names first. */
function firstItem(x: string): string | null {
  let best: { at: number; v: string } | null = null;
  for (const [re, v] of ITEMS) {
    const at = x.search(re);
    if (at >= 0 && (!best || at < best.at)) best = { at, v };
  }
  return best?.v ?? null;
}

function lastBefore<T>(s: string, table: [RegExp, T][], lo: number, at: number): T | null {
  let best: { at: number; v: T } | null = null;
  for (const [re, v] of table)
    for (const m of s.slice(lo, at).matchAll(new RegExp(re.source, `${re.flags.replace("g", "")}g`))) {
      const i = lo + (m.index ?? 0);
      if (!best || i > best.at) best = { at: i, v };
    }
  return best?.v ?? null;
}

function nearest<T>(s: string, q: Quantity, table: [RegExp, T][], lo: number, hi: number): T | null {
  let best: { d: number; v: T } | null = null;
  for (const [re, v] of table) {
    for (const m of s.matchAll(new RegExp(re.source, `${re.flags.replace("g", "")}g`))) {
      const at = m.index ?? 0;
      if (at < lo || at > hi) continue;
      const d = at < q.start ? q.start - at : at - q.end;
      if (!best || d < best.d) best = { d, v };
    }
  }
  return best?.v ?? null;
}

/** "с марта 2026 г.", "from January 2027": the first day of a month a rule starts in. */
function monthStart(s: string, articleDate: string | null): string | null {
  const p = findPeriods(s, articleDate).find(
    (x) =>
      x.period?.granularity === "month" &&
      /(?<![\p{L}])(с|со|from|starting|since)\s*$/iu.test(s.slice(Math.max(0, x.start - 10), x.start)),
  );
  return p?.period?.start ?? null;
}

/**
 * Days a rule may start on, the one told as a start first ("from January 1, 2024", "с 1 марта"); a
 * document's own date ("постановление от 17 июля", "dated", a "MOSCOW, Sept 29 -" dateline) is none.
 */
function startDates(own: string, articleDate: string | null) {
  const ds = findDates(own, articleDate, "nearest").filter(
    (d) =>
      d.date &&
      /\d/.test(own.slice(d.start, d.end)) &&
      !/(?<![\p{L}])(?:от|dated|of)\s*$/iu.test(own.slice(Math.max(0, d.start - 8), d.start)) &&
      // A dateline's date ("MOSCOW, Sept 29 -") is followed by a dash; a start told with its
      // preposition ("а к 1 января 2028-го — 3 800") is not one.
      !(
        /^\s*[-–—]\s/u.test(own.slice(d.end)) &&
        !/(?<![\p{L}])(?:с|со|к|до|from|by|since|starting|начиная с)\s*$/iu.test(
          own.slice(Math.max(0, d.start - 12), d.start),
        )
      ),
  );
  const told = (d: { start: number }) =>
    /(?<![\p{L}])(?:с|со|from|starting|since|effective|начиная с|as of)\s*$/iu.test(
      own.slice(Math.max(0, d.start - 14), d.start),
    );
  return [...ds.filter(told), ...ds.filter((d) => !told(d))];
}

/**
 * "Tenet T7, which is built in Kaluga since 2024, scores …", "Lada Iskra, запущенная в серию в 2025
 * году, набирает …": a side clause about the model's making or its programme tells no score's year.
 */
const SIDE_CLAUSE =
  /,\s*(?:котор\p{L}*|which|that|who|built|made|assembled|produced|launched|released|introduced|запущенн\p{L}*|выпускаем\p{L}*|выпущенн\p{L}*|собираем\p{L}*|собранн\p{L}*|производим\p{L}*|представленн\p{L}*|появивш\p{L}*|вошедш\p{L}*|попавш\p{L}*)(?![\p{L}])[^,]*,/giu;
const withoutSideClauses = (s: string) =>
  s.replace(SIDE_CLAUSE, (c) => (/балл|points?|scor/iu.test(c) ? c : ","));

/** An assessment of models' scores: "итоги оценки", "по итогам проверки", "the ministry calculated". */
const ASSESSMENT =
  /оценк\p{L}*|итог\p{L}*|заключени\p{L}*|проверк\p{L}*|расч[её]т\p{L}*|рассчита\p{L}*|подсчита\p{L}*|посчита\p{L}*|(?<![\p{L}])(?:assess\p{L}*|calculat\p{L}*|review\p{L}*|audit\p{L}*|check(?:s|ed)?|conclusion\p{L}*|evaluat\p{L}*)(?![\p{L}])/iu;

/** Words of a requirement: a sentence with them tells a bar, not an assessment. */
const MUST_SCORE =
  /нужно|необходимо|должн\p{L}*|требу\p{L}*|(?<![\p{L}])(?:must|needs?|needed|required?|requires)(?![\p{L}])/iu;

/**
 * The year of an assessment a sentence tells ("Минпромторг подвёл итоги оценки за 2025 год", "the
 * ministry calculated the localization of models made in 2020"): the scores told after it are of
 * that year. Not a sentence about a bar (its year is the rule's).
 */
function assessmentYear(s: string, articleDate: string | null): string | null {
  if (!ASSESSMENT.test(s) || !/балл|локализац|points?|locali[sz]ation|scor/iu.test(s)) return null;
  if (purposeIn(s) !== null || OWN_BAR.test(s) || MUST_SCORE.test(s)) return null;
  // "В предыдущем заключении, от декабря 2022 года, …", "In the previous conclusion": an earlier
  // assessment recalled is not the one the next scores come from.
  // ("Ранее Минпромторг подвёл итоги …", "Earlier, the ministry …" is a news lead-in, not such a recall.)
  if (/прежн\p{L}*|предыдущ\p{L}*|(?<![\p{L}])(?:previous|prior|former)(?![\p{L}])/iu.test(s)) return null;
  // The year told, else the year of a day told without one ("the conclusion of February 6").
  const told = withoutSideClauses(s);
  const year =
    /(?<![\d])((?:19|20)\d{2})(?!\d)(?!\s*(?:балл|points?|pts))/iu.exec(told)?.[1] ??
    findDates(told, articleDate, "past")
      .find((d) => d.date)
      ?.date?.slice(0, 4);
  if (!year || (articleDate && year > articleDate.slice(0, 4))) return null;
  return year;
}

/** When a score was told: the day the sentence names ("from February 6"), its month's year, or the article's date. */
function scoreDate(
  sentence: string,
  articleDate: string | null,
  earlier: string | null = null,
  /** The figure's own part of the sentence, where "last year" is read. */
  own = sentence,
): string | null {
  const s = withoutSideClauses(sentence);
  // "было 1980 баллов": a figure of points is no year.
  const YEAR = /(?<![\d])((?:19|20)\d{2})(?!\d)(?!\s*(?:балл|points?|pts))/iu;
  const y = articleDate ? Number(articleDate.slice(0, 4)) : null;
  // "в прошлом году было 1980 баллов, … до порога 2027 года": the figure's own "last year" comes before
  // a year the rest of the sentence tells, and before the day it was told on ("reached 3,900 points
  // last year, the ministry said on Monday", "сообщил завод 3 марта").
  const ownPart = own.split(EARLIER_SCORE)[0] ?? own;
  const day = findDates(s, articleDate, "past").find((d) => d.date);
  if (y && LAST_YEAR.test(ownPart) && !YEAR.test(ownPart) && day?.date?.slice(0, 4) !== String(y - 1))
    return String(y - 1);
  if (day?.date) return day.date;
  // "У Belgee X70 — 3 020, а X-Cross 7 …: в 2025-м у кроссовера было 2 150", "the X70 has 3,020,
  // while the J7 had 2,400 in 2025": a year told after a clause set against the figure's is the
  // other model's.
  const SET_AGAINST = /,\s*(?:а|но|тогда как|while|whereas|but)\s|;\s/iu;
  const figure = own.split(SET_AGAINST).find((c) => /\d/u.test(c)) ?? own;
  const figureEnd = sentence.indexOf(figure) + figure.length;
  const yearAt = sentence.search(YEAR);
  const otherClause =
    figureEnd > figure.length - 1 &&
    !YEAR.test(figure) &&
    yearAt > figureEnd &&
    SET_AGAINST.test(sentence.slice(Math.max(0, figureEnd - 1), yearAt));
  const year = otherClause ? undefined : YEAR.exec(s)?.[1];
  if (year) return year;
  // "at the end of last year had 3,010 points", "по итогам прошлого года": the year before the article's.
  if (LAST_YEAR.test(ownPart)) return y ? String(y - 1) : null;
  // "… scored 3,280 under the 2020 assessment. The Vesta earned 3,200": the year told for the
  // scores just before.
  return earlier ?? articleDate;
}
/** "at the start of the year", "в начале года", "на начало года": the year of the time told. */
const YEAR_START =
  /(?<![\p{L}])(?:at the (?:start|beginning) of (?:the|this) year|(?:в|на|с) начал[еоа] (?:этого |текущего )?года|in January|в январе)(?![\p{L}])/iu;
const LAST_YEAR =
  /(?<![\p{L}])(?:last year(?:'s)?|the previous year|a year ago|прошлогодн\p{L}*|в прошлом году|прошлого года|минувшего года|в минувшем году|год назад|годом ранее|в прошлом(?=\s*[—–-]))(?![\p{L}])/iu;

export function readLocalization(
  sentences: string[],
  articleDate: string | null,
  modelsOf: (s: string) => { start: number; model: string }[],
  /** The one model the headline is about, if any. */
  subjectModel: string | null = null,
  /** The headline: the document's status it tells reaches the body's rules. */
  title = "",
): LocalizationCandidate[] {
  const out: LocalizationCandidate[] = [];
  const text = sentences.join(" ");
  // The document an article is about, as its headline and lede tell it: a draft ("проект
  // постановления", "the ministry proposed") or a decision made ("подписал", "approved").
  const lede = [title, ...sentences.slice(0, 2)].map(notDraft).join(" ");
  const draftDoc = DRAFT.test(lede) && !ADOPTED.test(lede);
  const docStatus: ThresholdStatus | null = draftDoc
    ? "draft"
    : ADOPTED.test(`${title} ${text}`)
      ? "adopted"
      : null;
  // A decision made, told anywhere: not in an article about a draft, where "the law was signed" is a
  // rule recalled beside it and makes none of the draft's figures adopted.
  const adopted = ADOPTED.test(text) && !draftDoc;
  const effectiveSentence = sentences.find((s) => TAKES_EFFECT.test(s)) ?? "";
  const effectiveAt = effectiveSentence.search(TAKES_EFFECT);
  const effective = findDates(effectiveSentence, articleDate).find((d) => d.start > effectiveAt);
  const year = articleDate ? Number(articleDate.slice(0, 4)) : null;
  const draftLead = sentences.slice(0, 2).some((x) => isDraft(x)) && !adopted;
  let lastPurpose: string | null = null;
  let assessedYear: string | null = null;
  let modelsBefore: { start: number; model: string }[] = [];
  const programmeStarts = new Map<string, string>();
  const ownStatus = new WeakSet<object>();
  /** Bars told as the ones a rule replaced ("вместо прежних 3 300", "instead of the former 3,300"). */
  const replacedBars = new WeakSet<object>();
  /** Bars told for "this year" with no change of their own. */
  const thisYearBars = new WeakSet<object>();
  // "не менее 2500 баллов … программы льготного автокредитования" told sentences apart: the one
  // purpose the article names serves a threshold whose sentence names none.
  const named = [...new Set(sentences.map((x) => purposeIn(x)).filter((x): x is string => x !== null))];
  const articlePurpose = named.length === 1 ? (named[0] ?? null) : null;
  // The headline's purpose too ("Минпромторг предложил поднять планку для льготных автокредитов"); a
  // draft for procurement is the vans' procurement bar's as well, the same decree's next line.
  const draftPurposes = new Set(
    [title, ...sentences]
      .filter((x) => isDraft(x) && !LEFT_ALONE.test(x))
      .flatMap((x) => {
        const p = purposeIn(x);
        return p === "procurement" ? [p, "lcv_procurement"] : p ? [p] : [];
      }),
  );
  // A table of bars: a header "Направление | 2025 | 2026" under a line about points, then one row per
  // purpose ("Госзакупки | 3200 | 3300"): each figure is the row's purpose's bar for its column's year.
  // The same table turned ("Год | Госзакупки | Лизинг", then "2026 | 3300 | 2300"), and either one
  // drawn with pipes at its edges ("| Госзакупки | 3 300 |") or with a rule under its header.
  let columns: (number | null)[] | null = null;
  let purposeColumns: (string | null)[] | null = null;
  let scoreColumn: number | null = null;
  for (const [si, s] of sentences.entries()) {
    const cells = s.includes("|")
      ? s
          .replace(/\.$/u, "")
          .replace(/^\s*\|/u, "")
          .replace(/\|\s*$/u, "")
          .split("|")
          .map((c) => c.trim())
      : [];
    if (
      cells.length >= 2 &&
      cells.every((c) => /^:?-{2,}:?$/u.test(c)) &&
      (columns || purposeColumns || scoreColumn !== null)
    )
      continue;
    // "| Модель | Баллы |" over "| Lada Vesta | 5600 |": a table of models' own scores.
    if (cells.length >= 2 && /^(?:модел\p{L}*|models?|автомобил\p{L}*|cars?)$/iu.test(cells[0] ?? "")) {
      const col = cells.findIndex((c, k) => k > 0 && /балл|points?|оценк|scores?/iu.test(c));
      scoreColumn = col > 0 ? col : null;
      continue;
    }
    if (scoreColumn !== null && cells.length > scoreColumn) {
      const model = modelsOf(cells[0] ?? "")[0]?.model;
      const q = findQuantities(cells[scoreColumn] ?? "").find((x) => !x.percent && !x.currency);
      if (model && q && q.value >= 10 && q.value <= 12_000) {
        out.push({
          kind: "model_score",
          model,
          points: q.value,
          date: articleDate,
          sentence: s,
          span: q.text,
        });
        continue;
      }
    }
    if (cells.length < 2) scoreColumn = null;
    if (cells.length >= 2) {
      const years = cells.slice(1).map((c) => (/^(?:19|20)\d{2}$/u.test(c) ? Number(c) : null));
      // The line above the header, or the headline for a table that opens the body.
      const about = `${si === 0 ? title : (sentences[si - 1] ?? "")} ${s}`;
      const onPoints = /балл|points?|порог|threshold|локализац|locali[sz]ation/iu.test(about);
      if (years.some((y) => y !== null) && onPoints) {
        columns = years;
        purposeColumns = null;
        continue;
      }
      // "Год | Баллы" under "Пороги для госзакупок": one column of points, for the purpose told above.
      const aboutPurpose = purposeIn(si === 0 ? title : (sentences[si - 1] ?? ""));
      const pointsOnly =
        /^(?:год|year)$/iu.test(cells[0] ?? "") &&
        cells.slice(1).every((c) => /балл|points?|порог|threshold|требовани|requirement|minimum/iu.test(c));
      const heads = cells
        .slice(1)
        .map((c) => (/\d/u.test(c) ? null : pointsOnly ? aboutPurpose : purposeIn(c)));
      if (heads.some((h) => h !== null) && onPoints && !/\d/u.test(cells[0] ?? "")) {
        purposeColumns = heads;
        columns = null;
        continue;
      }
      const purpose = columns ? purposeIn(cells[0] ?? "") : null;
      const rowYear = purposeColumns ? /^((?:19|20)\d{2})(?!\d)/u.exec(cells[0] ?? "")?.[1] : undefined;
      if ((columns && purpose) || (purposeColumns && rowYear)) {
        cells.slice(1).forEach((c, k) => {
          const q = findQuantities(c).find((x) => !x.percent && !x.currency);
          const y = columns ? columns[k] : Number(rowYear);
          const p = columns ? purpose : purposeColumns?.[k];
          if (!q || !y || !p || q.value < 100 || q.value > 12_000) return;
          out.push({
            kind: "threshold",
            purpose: p,
            points: q.value,
            from: `${y}-01-01`,
            status: null,
            undated: false,
            sentence: s,
            span: c,
          });
        });
        continue;
      }
    } else {
      columns = null;
      purposeColumns = null;
    }
    const previous = sentences[si - 1] ?? "";
    const given = programmeStart(s, articleDate);
    if (given) programmeStarts.set(given.purpose, given.from);
    // A score told as today's ("сейчас", "now") is the article's, whatever year was assessed before.
    const assessed = CURRENT.test(s) ? null : assessedYear;
    assessedYear = assessmentYear(s, articleDate) ?? assessedYear;
    const earlierYear = () => {
      const last = out.filter((c) => c.kind === "model_score").pop();
      return last?.kind === "model_score" &&
        last.date?.length === 4 &&
        (last.sentence === previous || last.sentence === s)
        ? last.date
        : assessed;
    };
    // Every sentence is read for models, so a brand named in one serves a code in a later one.
    // "The Solaris HS, the former Hyundai Solaris, scores …": a model's old name is not the subject.
    const models = modelsOf(s).filter(
      (m) =>
        !/(?<![\p{L}])(?:former(?:ly)?|ex-|бывш\p{L}*|прежде|ранее известн\p{L}* как)\s*$/iu.test(
          s.slice(Math.max(0, m.start - 24), m.start),
        ),
    );
    // "Tenet T7 производят в Калуге. Модель набирает 2150 баллов": the one model the sentence before
    // named is the model a sentence naming none speaks of as "the model", "the crossover", "it".
    const namedBefore = [...new Set(modelsBefore.map((m) => m.model))];
    modelsBefore = models;
    const anaphor =
      models.length === 0 && namedBefore.length === 1 && ANAPHOR.test(s) ? (namedBefore[0] ?? null) : null;
    // "Q: What is the maximum? A: 8,800 points.": an answer is read with its question.
    const asked = /\?\s*$/u.test(previous) ? previous : "";
    // "Планировалось, что с 1 января 2025 года … понадобится 3 600 баллов. Теперь это требование
    // начнёт действовать с 1 января 2026 года.": the threshold told before moves to the new start.
    const told = out.filter(
      (c): c is Extract<LocalizationCandidate, { kind: "threshold" }> =>
        c.kind === "threshold" && c.sentence === previous,
    );
    // "The ministry has proposed to postpone the increase": a proposal moves nothing yet.
    if (told.length > 0 && MOVED.test(s) && !isDraft(s) && points(s).length === 0) {
      const at = s.search(MOVED);
      const day = startDates(s.slice(at), articleDate)[0]?.date;
      const y = /(?<![\d])(?:с|from|to|until|на|до)\s+((?:19|20)\d{2})(?!\d)/iu.exec(s.slice(at))?.[1];
      const to = day ?? (y ? `${y}-01-01` : null);
      if (to && told.some((c) => c.from !== to)) {
        const postponed = POSTPONED.test(s) || WAS_PLANNED.test(previous);
        // "3,200 in 2026; from 2028 it rises to 3,700. The increase was postponed": what moves is the
        // rule still to come, the one told with the latest start.
        const latest = told.reduce<string | null>(
          (m, c) => (c.from && (!m || c.from > m) ? c.from : m),
          null,
        );
        for (const c of told) {
          if (c.from && c.from >= to) continue;
          // "Сейчас нужно 3 200. Ужесточение перенесли на 2027 год": the rule told as today's stays;
          // what moves is the change still to come.
          if (c.status === "in_force") continue;
          if (told.length > 1 && latest && c.from !== latest) continue;
          c.from = to;
          c.undated = false;
          if (postponed) c.status = "postponed";
        }
        continue;
      }
    }
    // "Столько же с 1 марта 2026 года потребуется для работы в такси": the last threshold again.
    const again = out.filter((c) => c.kind === "threshold").pop();
    const samePurpose = purposeIn(s);
    if (
      again &&
      samePurpose &&
      samePurpose !== again.purpose &&
      SAME_AMOUNT.test(s) &&
      points(s).length === 0
    ) {
      const days = findDates(s, articleDate, "nearest");
      const day = days.find((d) => d.date);
      // "From March 1 the same quantity is required" in an article with no date: a day of its own whose
      // year is unknown is flagged, never the other bar's start.
      const ownUndated = !day && days.some((d) => d.undated);
      const from = day?.date ?? monthStart(s, articleDate) ?? (ownUndated ? null : again.from);
      // "… the law about this was signed": the sentence's own word on the rule, not the other bar's.
      const status = isDraft(s) ? "draft" : ADOPTED.test(s) || LAW.test(s) ? "adopted" : again.status;
      out.push({
        ...again,
        purpose: samePurpose,
        from,
        status,
        undated: ownUndated || again.undated,
        sentence: s,
        span: s.match(SAME_AMOUNT)?.[0] ?? "",
      });
      lastPurpose = samePurpose;
      continue;
    }
    // "… at least 1,800 points in 2025. Under a draft, the bar would rise to 2,300 from 2026.": the
    // sentence after a threshold that names the bar again tells another of it.
    const lastThreshold = out.filter((c) => c.kind === "threshold").pop();
    const continues =
      lastThreshold?.sentence === previous &&
      (BAR.test(s) || RISES.test(s) || NEEDS.test(s)) &&
      purposeIn(s) === null;
    const lastOut = out[out.length - 1];
    const rescored = lastOut?.kind === "model_score" && lastOut.sentence === previous && SCORE_AGAIN.test(s);
    // "… 400 баллов за сварку. Ещё 200 начисляют за металл": a list of items goes on without the word.
    const listed =
      out.some((c) => c.kind === "localization_item" && c.sentence === previous) &&
      ITEMS.some(([re]) => re.test(s)) &&
      purposeIn(s) === null;
    // "Планка для госзакупок в 2026 году — 3,3 тыс.": a bar named with its purpose needs no word for points.
    const barred = OWN_BAR.test(s) && purposeIn(s) !== null;
    // "Lada Vesta: 5,600" under "Lada Granta: 5,400 points": a list of models' scores goes on line by line.
    const modelListed =
      lastOut?.kind === "model_score" &&
      lastOut.sentence === previous &&
      models.length === 1 &&
      purposeIn(s) === null &&
      /^\s*[:—–-]\s*\d/u.test(s.slice(models[0]?.start ?? 0).replace(/^[^:—–\d]*?(?=\s*[:—–-]\s*\d)/u, ""));
    if (
      !/балл|points?|локализац|locali[sz]ation|(?<![\p{L}])очк(?:ов|и|а)(?![\p{L}])/iu.test(s) &&
      !continues &&
      !rescored &&
      !listed &&
      !barred &&
      !modelListed
    ) {
      // "Работать в такси … смогут только …": the purpose the next sentence's threshold is for.
      const p = toldPurpose(s);
      if (p) lastPurpose = p;
      continue;
    }
    const ps = points(s, continues || rescored || listed || barred || modelListed);
    // "Госзакупки — 3 300 баллов", "Procurement: 3,300 points in 2026", and under a heading of a few
    // words ("Льготные автокредиты") the line "В 2026 году — 2 500 баллов": a figure set after a dash or a
    // colon, in a sentence that names no model and tells no score, is a bar.
    const stated =
      models.length === 0 &&
      !SCORE_VERB.test(s) &&
      ps.some((q) =>
        /[:—–]\s*(?:(?:не менее|от|до|at least|up to)\s+)?$/iu.test(
          s.slice(Math.max(0, q.start - 20), q.start),
        ),
      );
    // "Компенсация утильсбора. Полностью возместить сбор могут модели, набравшие … 5 400 баллов": under a
    // heading of a few words that names a purpose, a sentence that names none and no model, whose
    // figure a car must have collected ("набравшие", "scoring"), tells the heading's bar.
    const heading =
      previous.split(/\s+/u).length <= 4 && !/\d/u.test(previous) && purposeIn(s) === null
        ? purposeIn(previous)
        : null;
    const collected =
      heading !== null &&
      models.length === 0 &&
      /(?<![\p{L}])(?:набравш\p{L}*|набирающ\p{L}*|scoring|with at least|that score|which score)(?![\p{L}])/iu.test(
        s,
      );
    const headed =
      (stated && previous.split(/\s+/u).length <= 5 && !/\d/u.test(previous) ? purposeIn(previous) : null) ??
      (collected ? heading : null);
    let thresholdBefore = -1;
    ps.forEach((q, i) => {
      // "не 7 000, а 5 500": the figure replaced and its replacement share one clause.
      const prevQ = ps[i - 1];
      const lo = prevQ && replaced(s, prevQ) ? (ps[i - 2]?.end ?? 0) : (prevQ?.end ?? 0);
      const hi = ps[i + 1]?.start ?? s.length;
      const clause = s.slice(lo, hi);
      const span = q.text;
      const isReplaced = replaced(s, q);
      const [cs, ce] = clauseOf(s, q, lo, hi);
      // "Сварка, окраска и штамповка кузова вместе дают 1 200 баллов", "for all these … a maximum of
      // 1,500" after a sentence listing them: the body operations as one sum.
      const body = bodyOperations(s.slice(Math.max(lo, cs), q.start));
      const these =
        /(?:for|of) (?:all )?(?:these|them)|за (?:все )?(?:это|эти|них)|в сумме|суммарно|вместе/iu;
      if (
        (body >= 2 &&
          /вместе|в сумме|суммарно|together|combined|in total|altogether|up to|до\s|максимум|maximum/iu.test(
            s,
          )) ||
        (body === 0 && these.test(s.slice(lo, q.start)) && bodyOperations(previous) >= 2) ||
        // "а вместе со штамповкой кузовные работы дают до 1000 баллов", "bodywork as a whole brings up
        // to 1,000": the body's works named as one.
        (BODY_WORKS.test(s.slice(Math.max(lo, cs), q.start)) &&
          /вместе|в сумме|суммарно|целиком|together|combined|in total|altogether|as a whole|up to|до\s/iu.test(
            s.slice(Math.max(lo, cs), q.start),
          ))
      ) {
        out.push({
          kind: "localization_item",
          item: "body_operations_total",
          points: q.value,
          sentence: s,
          span,
        });
        return;
      }
      // "rise to 3,700 points from the maximal 8,800": a word for the maximum just before the next
      // number is that number's.
      // "Из 8800 возможных баллов модель набрала 4120": a word for the maximum right after a number is
      // that number's, not the next one's.
      const ownLo = prevQ ? prevQ.end + (MAX_AFTER.exec(s.slice(prevQ.end))?.[0].length ?? 0) : lo;
      const maxClause = ps[i + 1]
        ? s.slice(ownLo, hi).replace(/[^,;.]{0,30}$/u, "")
        : s.slice(Math.max(lo, ownLo), hi);
      if (
        MAX_AFTER.test(s.slice(q.end)) ||
        MAXIMUM.test(maxClause) ||
        (asked && MAXIMUM.test(asked) && i === 0 && !NEEDS.test(s.slice(0, q.start)))
      ) {
        if (
          (MAX_AFTER.test(s.slice(q.end)) || !needsNearer(s.slice(lo, q.start).replace(/level/giu, ""))) &&
          !lastBefore(s, ITEMS, Math.max(lo, cs), q.start)
        ) {
          out.push({ kind: "max_score", points: q.value, sentence: s, span });
          return;
        }
      }
      // Points per 1 % of R&D are read apart (rd_spending); the rest of the sentence is ours.
      if (RD.test(s.slice(cs, ce)) && /процент|percent|%/iu.test(s.slice(cs, ce))) return;
      // "до порога ему не хватает 350", "it is 300 points short of the bar": a shortfall is no bar or score.
      if (
        SHORTFALL.test(s.slice(Math.max(lo, q.start - 30), q.start)) ||
        SHORT_AFTER.test(s.slice(q.end, hi))
      )
        return;
      // "в прошлом году у кроссовера было 1980 баллов, сейчас — 2250": the figure told as today's after a
      // model's score in the sentence is that model's score again, not a bar.
      const scoredHere = out[out.length - 1];
      const nowAgain =
        i > 0 &&
        scoredHere?.kind === "model_score" &&
        scoredHere.sentence === s &&
        s.slice(ps[i - 1]?.end ?? 0, q.start).length < 40 &&
        NOW_SCORE.test(s.slice(ps[i - 1]?.end ?? 0, q.start)) &&
        purposeIn(s.slice(ps[i - 1]?.end ?? 0, q.start)) === null;
      const ownModel = isReplaced
        ? undefined
        : models.filter((m) => m.start < q.start && m.start >= Math.max(lo, cs)).pop();
      if (ownModel && !NEEDS.test(s.slice(ownModel.start, q.start).replace(OWN_LEVEL, " "))) {
        // "The Lada Granta and Lada Largus scored 3,280 each": every model of the list before the
        // figure has it.
        const inClause = models.filter((m) => m.start < ownModel.start && m.start >= Math.max(lo, cs));
        const listed: typeof models = [];
        let next = ownModel;
        for (const m of [...inClause].reverse()) {
          const gap = s.slice(m.start, next.start);
          if (!/^[^,;.]*?(?:,\s*|\s+(?:and|и|&)\s+)(?:the\s+)?$/iu.test(gap.replace(/^\S+(?:\s+\S+)?/u, "")))
            break;
          listed.unshift(m);
          next = m;
        }
        for (const m of listed)
          out.push({
            kind: "model_score",
            model: m.model,
            points: q.value,
            date: scoreDate(s, articleDate, earlierYear(), s.slice(lo, hi)),
            sentence: s,
            span,
          });
        // "Lada Granta сейчас набирает около 5 200 баллов": the model's own score.
        out.push({
          kind: "model_score",
          model: ownModel.model,
          points: q.value,
          date: scoreDate(s, articleDate, earlierYear(), s.slice(lo, hi)),
          sentence: s,
          span,
        });
        return;
      }
      // "400 баллов дают за сварку кузова и 500 — за его окраску", "200 начисляют, если кузов из
      // российского металла": an item brought in by "за" / "for" / "если" right after the figure is its own.
      const tail = s.slice(q.end, hi);
      const lead =
        /^\s*(?:балл\p{L}*|points?)?\s*(?:[—–-]\s*|(?:дают|даёт|дает|да[её]тся|начисля\p{L}*|полагает\p{L}*|приносит|принесёт|are given|is given|are awarded|is awarded|are granted|go|goes)\s*)?(?:за|for|,?\s*(?:если|if))\s/iu.exec(
          tail,
        );
      const itemAfter = lead
        ? firstItem(tail.slice(lead[0].length).split(/[;.]|,\s*(?:а|and|и)\s/u)[0] ?? "")
        : null;
      const ownItem = itemAfter ?? lastBefore(s, ITEMS, Math.max(lo, cs), q.start);
      if (ownItem && !purposeIn(s.slice(cs, ce))) {
        out.push({ kind: "localization_item", item: ownItem, points: q.value, sentence: s, span });
        return;
      }
      // "Для участия в …", "To qualify for …" naming a purpose we do not know: no purpose, not the
      // one told before.
      // "В 2025 году, когда для участия требовалось 2 тыс.": a frame that names nothing is the
      // purpose told before.
      const frame = PURPOSE_FRAME.exec(s.slice(cs, ce));
      const ownFrame =
        frame !== null &&
        !/^\s*(?:[,.;:—–-]|$|(?:требо|требу|потребо|потребу|нужн|необходим|надо|достаточн|понадоб|need|required|must|had to|has to|have to)\p{L}*|(?:(?:в|на|into|on|to|in)\s+)?(?:(?:the|this|that|этот|эту|этот|такой|такую)\s+)?(?:спис\p{L}*|перечень|перечн\p{L}*|реестр\p{L}*|программ\p{L}*|госпрограмм\p{L}*|list|programm?e?|scheme|register)(?![\p{L}]))/iu.test(
          s.slice(cs, ce).slice(frame.index + frame[0].length),
        );
      // "Чтобы получить субсидию целиком …", "To receive the full compensation …" in an article about
      // the subsidy that refunds the recycling fee: the bare subsidy is that refund.
      const bareRefund =
        frame !== null &&
        named.includes("recycling_fee_compensation") &&
        BARE_REFUND.test(s.slice(cs, ce).slice(frame.index + frame[0].length));
      // "2 700 баллов против нынешних 2 400, для лизинга — 2 500": the figure a comparison brings in
      // is the previous figure's purpose's, whatever the next clause names.
      const comparedWith =
        i > 0 && thresholdBefore === i - 1 && COMPARED.test(s.slice(lo, q.start)) ? lastPurpose : null;
      const purpose =
        comparedWith ??
        purposeOf(s, q, cs, ce) ??
        (ownFrame ? (bareRefund ? "recycling_fee_compensation" : "") : null) ??
        (NEEDS.test(s.slice(lo, ce)) ? toldPurpose(afterAlternative(s.slice(lo, q.start))) : null) ??
        (i > 0 && thresholdBefore === i - 1 ? lastPurpose : null) ??
        // "Машина должна либо иметь СПИК, либо набрать 3 200 баллов": the need told before the
        // alternative is the figure's too.
        (NEEDS.test(s.slice(cs, ce)) ||
        NEEDS.test(asked) ||
        (OR.test(s.slice(lo, q.start)) && (NEEDS.test(s.slice(lo, ce)) || MUST.test(s.slice(lo, ce))))
          ? (lastPurpose ?? articlePurpose)
          : null) ??
        // "Сейчас для этого достаточно 3,2 тыс.", "С 2027 года он вырастет до 3,5 тыс.": the sentence
        // after a threshold that tells its bar again or its change is about the same purpose.
        (continues ? (lastThreshold?.purpose ?? null) : null) ??
        // "• 2025 год — 3 200 баллов; • 2026 год — 3 300 баллов": a list's next row goes on with its purpose.
        (stated && lastThreshold?.sentence === previous ? lastThreshold.purpose : null) ??
        headed;
      // Procurement in an article about vans ("… a light commercial vehicle (LCV). … public procurement …").
      // Not when the sentence before told its own bar ("для лёгких коммерческих — 2 600. Автомобили для
      // государственных нужд — 3 300"): the next purpose is a new row, not the vans' again.
      // The vans must be named in the figure's own part: "для госзакупок легковых — 3 300, для лёгких
      // коммерческих — 2 600" gives the cars' bar to procurement.
      const ownPart =
        s.slice(Math.max(lo, cs), q.end) +
        (s.slice(q.end, hi).split(/[,;]|\s(?:and|а|и|while|whereas|but|но|тогда как)\s/u)[0] ?? "");
      const lcvNear =
        (LCV.test(ownPart) && !PASSENGER.test(ownPart)) ||
        (LCV.test(previous) &&
          !out.some((c) => c.kind === "threshold" && c.sentence === previous) &&
          !PASSENGER.test(s));
      const purposeHere = purpose === "procurement" && lcvNear ? "lcv_procurement" : purpose || null;
      if (
        purposeHere &&
        !nowAgain &&
        (NEEDS.test(s) ||
          (!models.some((m) => m.start < q.start) && MUST.test(s)) ||
          stated ||
          collected ||
          NEEDS.test(asked) ||
          continues ||
          /ужесточ|lower|снижа/iu.test(s))
      ) {
        const purpose = purposeHere;
        const before = s.slice(lo, q.start);
        let status: ThresholdStatus | null = null;
        const fromTo = /(?<![\p{L}])(from|с|со)\s*$/iu.test(before) && ps[i + 1];
        // "2 600 баллов против нынешних 2 400": what follows a comparison is the other figure's.
        const after = s.slice(q.end, hi);
        const cut = after.search(
          /(?<![\p{L}])(?:против|against|versus|vs\.?|compared|по сравнению|вместо|instead|up from|down from)(?![\p{L}])|[,;]\s*(?:(?:а|and|but|но|while)\s+)?(?:сейчас|now|currently|today|ныне|в этом году|this year)(?![\p{L}])/iu,
        );
        const own0 = s.slice(lo, q.end) + (cut >= 0 ? after.slice(0, cut) : after);
        // "since March 1 acts the law: a car must now collect 3,200", "с 1 марта … теперь нужно 3 200":
        // "now" beside the day the bar began tells the rule just in effect, not one that stands.
        const begun = SINCE_DAY.test(s.slice(0, q.start));
        const current = (x: string) => CURRENT.test(adopted || begun ? x.replace(NOW_CHANGED, "") : x);
        // "Условия программ проект не затрагивает: в этом году нужно 2500": the rule a draft leaves alone
        // is no figure of the draft's.
        const leftAlone = LEFT_ALONE.test(s);
        if (leftAlone) status = null;
        // "The law envisages 3,700 from 2027, a step since postponed to 2028": a putting off told as
        // done is the rule's state, whatever word of intent names the step.
        else if (POSTPONED_DONE.test(s)) status = "postponed";
        else if (isDraft(s))
          status = fromTo || CURRENT.test(before.replace(STILL_DRAFT, " ")) ? "in_force" : "draft";
        // "Минпромторг перенёс на 1 июля ужесточение: порог в 3 700 баллов заработает позже".
        else if (POSTPONED.test(s) || movedLater(s)) status = "postponed";
        else if (current(own0)) status = "in_force";
        // "порог вырастет с 2 400 до 2 600": the figure a change starts from is not what was adopted.
        else if (fromTo && RISES.test(s)) status = null;
        // "по уже утвержденному графику": a figure told as decided is adopted, in a draft article too.
        else if (adopted || NOT_DRAFT.test(s) || INTRODUCED.test(own0) || ADOPTED.test(own0) || LAW.test(s))
          status = "adopted";
        if (!status && isDraft(text) && CURRENT.test(clause)) status = "in_force";
        // A draft article's other rules are the draft's when they are for a purpose it is about
        // (not the SPIC level an analyst recalls in an article about a loan-programme draft).
        const drafted =
          draftPurposes.size === 0 ||
          draftPurposes.has(purpose) ||
          /(?:согласно|по) (?:документу|проекту)|according to the (?:document|draft)|under the draft/iu.test(
            s,
          );
        if (status === null && isDraft(text) && drafted && !leftAlone)
          status = /(?<![\p{L}])(а|and)\s/iu.test(before) ? "draft" : null;
        // "…выложило проект. Согласно документу, с 1 января 2024 года …": a draft article's rules.
        // "For vans the bar will go up from 2,400 to 2,600": in a draft article the figure a change
        // starts from is today's rule, the one it goes to the draft's.
        if (status === null && draftLead && fromTo && RISES.test(s)) status = "in_force";
        if (
          status === null &&
          draftLead &&
          (drafted || RISES.test(s)) &&
          /будет|будут|will|would|should|должн\p{L}* будет|можно будет|понадобится|потребуется|станет|станут|предстоит|(?<![\p{L}])(?:is|are) (?:expected )?to(?![\p{L}])/iu.test(
            s,
          )
        )
          status = "draft";
        // "… 3,500 from 2027, compared with 3,300 this year", "против нынешних 3 300": the figure a
        // comparison brings in, told as today's, is the rule in force, of the article's year.
        const comparedNow =
          COMPARED.test(s.slice(lo, q.start)) &&
          (THIS_YEAR.test(s.slice(q.end, hi).split(SEP_ANY)[0] ?? "") ||
            CURRENT.test(s.slice(Math.max(lo, q.start - 30), q.start)) ||
            CURRENT.test(s.slice(q.end, hi).split(SEP_ANY)[0] ?? ""));
        if (comparedNow && status !== "adopted" && status !== "postponed") status = "in_force";
        thresholdBefore = i;
        lastPurpose = purpose;
        // "снижен до 5400 баллов вместо прежних 7000": once the change is made, the figure replaced is
        // the rule that stood before, told with no status; while it is a draft, the one in force.
        // "вместо прежних 2000", "instead of the former 2,000": a figure told as the previous one stood
        // before, in a draft article too (the draft's "вместо нынешних" is the rule in force).
        const toldBefore = s.slice(Math.max(0, q.start - 30), q.start);
        const stoodBefore =
          isReplaced &&
          ((status !== "draft" && !(status === null && draftLead) && TOLD_BEFORE.test(toldBefore)) ||
            /(?:прежн|предыдущ|previous|former)\p{L}*\s*$/iu.test(toldBefore) ||
            // "не 4 800, как раньше, а 5 400", "not 4,800 as before but 5,400": told as the one before.
            /^\s*(?:балл\p{L}*|points?)?\s*,?\s*(?:как (?:раньше|прежде|было)|as (?:before|previously|it used to be))(?![\p{L}])/iu.test(
              s.slice(q.end),
            ));
        if (isReplaced && !stoodBefore && status !== "draft" && !(status === null && draftLead)) return;
        if (isReplaced) status = stoodBefore ? null : "in_force";
        // The date it applies from: this clause's own ("с 2027 года", "From March 1, 2026"), then
        // "this year" / "now", then the decision's effective date for a rule told in the future.
        // "Нынешний порог — 2 100 баллов, в 2027-м он составит 2 300": a time told after the
        // figure, past a comma, opens the next figure's part.
        // "3,200 points in 2026, 3,500 in 2027 and 3,700 in 2028", "3200 в 2026 году, 3500 — в
        // 2027-м": a time told before a separator that follows the previous figure is that figure's.
        // "from January 1, 2027, compared with …": the comma of an English date is no separator.
        // "2 500 баллов (в 2025 году — 2 000)": what a parenthesis tells is its own figure's.
        const SEP = /;|\(|,(?!\s*(?:19|20)\d{2}(?!\d))|\s(?:and|а|и)\s/u;
        let from0 = cs;
        if (ps[i - 1] && (ps[i - 1]?.end ?? 0) >= cs) {
          const between = s.slice(ps[i - 1]?.end ?? 0, q.start);
          const cut = [...between.matchAll(new RegExp(SEP.source, "gu"))].pop();
          if (cut) from0 = (ps[i - 1]?.end ?? 0) + (cut.index ?? 0) + cut[0].length;
        }
        // "В 2026 году порог вырос с 2 000 до 2 500": the time told before a change goes to the figure
        // it reaches, not the one it starts from.
        const prev = ps[i - 1];
        const startsPair = (k: number) => {
          const a = ps[k];
          const b = ps[k + 1];
          return (
            a !== undefined &&
            b !== undefined &&
            /(?<![\p{L}])(?:from|с|со)\s*$/iu.test(s.slice(Math.max(0, a.start - 6), a.start)) &&
            /^\s*(?:балл\p{L}*|points?)?\s*(?:до|to)\s*$/iu.test(s.slice(a.end, b.start))
          );
        };
        const ownSpan = ps[i + 1]
          ? s.slice(from0, q.end) + (s.slice(q.end, hi).split(SEP)[0] ?? "")
          : s.slice(from0, Math.max(ce, q.end)) +
            (ce <= q.end + 3 ? (s.slice(q.end).split(SEP)[0] ?? "") : "");
        // "3200 баллов или выпускаться по СПИК, заключённому с 1 марта 2022": the contract's dates are
        // not the bar's.
        const head = Math.max(0, q.end - from0);
        const own0Span = ownSpan.slice(0, head) + contractAfter(ownSpan.slice(head));
        const own = withMovedTimes(
          prev && startsPair(i - 1)
            ? s.slice(ps[i - 2]?.end ?? 0, prev.start) + own0Span
            : startsPair(i)
              ? s.slice(Math.max(0, q.start - 4), q.end)
              : own0Span,
          s,
        );
        const dates = startDates(own, articleDate);
        let yearOnly =
          /(?<![\d])(?:с|from|in|в|for|by|к|до|на|since)\s+(?:(?:the\s+)?(?:start|beginning)\s+of\s+|начала\s+|the year\s+)?((?:19|20)\d{2})(?!\d)(?!\s*(?:балл|points?))/iu.exec(
            own,
          );
        // "вырос с 2000 баллов до 2500", "с 2000 до 2500 баллов", "from 2000 to 2500 points": the figure a
        // change starts from, told after "с" or "from", is no year.
        if (
          yearOnly?.[1] &&
          ((Number(yearOnly[1]) === q.value && own.trimEnd().endsWith(yearOnly[1])) ||
            /^(?:с|from)\s+\d{4}\s+(?:до|to)\s+\d/iu.test(
              yearOnly[0] + own.slice((yearOnly.index ?? 0) + yearOnly[0].length),
            ))
        )
          yearOnly = null;
        // "2026 год — 3 300 баллов", "2027: 3,500 points": a schedule's year told before its figure.
        const scheduled =
          /((?:19|20)\d{2})(?:\s*(?:год\p{L}*|г\.|year))?\s*[:—–-]\s*(?:не менее\s+|at least\s+)?$/iu.exec(
            s.slice(from0, q.start),
          );
        let from: string | null = null;
        const month = monthStart(own, articleDate);
        // "3 300 баллов (2026), 3 600 баллов (2027)", "3,300 points (in 2026)": a year in brackets right
        // after the figure is its own.
        const bracketed =
          /^\s*(?:(?:localization\s+)?(?:балл\p{L}*|points?|pts))?\s*\(\s*(?:(?:в|на|с|in|for|from)\s+)?((?:19|20)\d{2})(?!\d)(?:\s*(?:год\p{L}*|г\.|year))?\s*\)/iu.exec(
            s.slice(q.end),
          );
        if (bracketed?.[1]) from = `${bracketed[1]}-01-01`;
        else if (SAME_DATE.test(own) && sameDateOf(out)?.from) {
          from = sameDateOf(out)?.from ?? null;
          status ??= sameDateOf(out)?.status ?? null;
        } else if (dates[0]?.date) from = dates[0].date;
        else if (month) from = month;
        // "Если до 2026 года машины должны были иметь 2000 баллов": the rule that stood until a year
        // is the year before's.
        else if (yearOnly?.[1] && UNTIL_PAST.test(yearOnly[0]) && PAST.test(own))
          from = `${Number(yearOnly[1]) - 1}-01-01`;
        else if (yearOnly?.[1]) from = `${yearOnly[1]}-01-01`;
        else if (scheduled?.[1]) from = `${scheduled[1]}-01-01`;
        // "с будущего года", "next year": the year after the article's.
        else if (NEXT_YEAR.test(own) && year) from = `${year + 1}-01-01`;
        // "… up from 2,000 last year", "в прошлом году было 2 000": the year before the article's.
        else if (LAST_YEAR.test(own) && year) from = `${year - 1}-01-01`;
        else if (
          status !== "draft" &&
          (THIS_YEAR.test(s.slice(0, q.end)) ||
            THIS_YEAR.test(own0) ||
            current(own0) ||
            status === "in_force") &&
          year
        )
          from = `${year}-01-01`;
        else if (status !== "draft" && /будет|will|должна будет/iu.test(clause) && effective?.date)
          from = effective.date;
        // "Закон о локализации такси вступает в силу 1 марта 2026 г. … не менее 3200 баллов": the
        // rule for the purpose whose law takes effect applies from that day.
        else if (status !== "draft" && effective?.date && purposeIn(effectiveSentence) === purpose)
          from = effective.date;
        // "… не менее 1,6 тыс. баллов. Такое требование должно начать действовать с 1 января 2024 года":
        // the next sentence that tells only when the rule takes effect gives this bar its day, draft or not.
        else if (sentences[si + 1] && startToldAlone(sentences[si + 1] ?? "", articleDate))
          from = startToldAlone(sentences[si + 1] ?? "", articleDate);
        // "… перечень машин для льготного кредитования в 2026 году. … должен набирать не менее 2500
        // баллов": the year a sentence before gave the programme is its bar's.
        else if (status !== "draft" && programmeStarts.has(purpose) && !PAST.test(own))
          from = programmeStarts.get(purpose) ?? null;
        // "For state procurement the requirement is now 2,800 points", "the bar now stands at 2,800" with
        // no other time: the rule told as today's, of the article's year (not "will now need", a new rule).
        else if (
          status !== "draft" &&
          /(?<![\p{L}])(?:(?:is|are|stands?) now|now (?:is|are|stands?))(?![\p{L}])/iu.test(own0) &&
          year
        )
          from = `${year}-01-01`;
        if (comparedNow && year) from = `${year}-01-01`;
        // "… распространить на льготный лизинг, но позже, с 1 июля 2024 года": the last figure of a sentence
        // with no time in its own part starts on the day the rest of the sentence tells it from.
        if (!from && !ps[i + 1] && status !== "in_force") from = laterStart(s.slice(ce), articleDate) ?? from;
        // "Повышение, которое планировалось с 1 января 2026 года, перенесли на 1 января 2027 года",
        // "was put off until 2027": a rule put off starts on the day it was moved to, not the one planned.
        if (status === "postponed") from = movedTo(s, articleDate) ?? from;
        const told = {
          kind: "threshold" as const,
          purpose,
          points: q.value,
          from: stoodBefore ? null : from,
          status,
          undated: !from && !year,
          sentence: s,
          span,
        };
        // The figure a change starts from, a draft article's level for a purpose it is not about, the
        // rule a decision replaced: no status of the document's.
        if (stoodBefore || (status === null && ((fromTo && RISES.test(s)) || !drafted || leftAlone)))
          ownStatus.add(told);
        if (stoodBefore) replacedBars.add(told);
        // "must show at least 3,000 points this year; from 2027 the requirement rises to 3,500": a bar
        // told for this year, with no change of its own, may be the one standing beside a raise.
        if (THIS_YEAR.test(own) && !RISES.test(own) && status !== "draft" && status !== "postponed")
          thisYearBars.add(told);
        out.push(told);
        lastPurpose = purpose;
        return;
      }
      // A sentence that names no model but says "the crossover collects …" is about the article's
      // model; "In the previous conclusion it was 1.3 thousand" is about the model scored just before.
      const scoredBefore = out[out.length - 1];
      const lastScored =
        scoredBefore?.kind === "model_score" && scoredBefore.sentence === previous
          ? scoredBefore.model
          : null;
      const model =
        models.filter((m) => m.start < q.start && m.start >= lo).pop() ??
        models.find((m) => m.start >= lo && m.start < hi) ??
        (subjectModel && models.length === 0 ? { start: 0, model: subjectModel } : undefined) ??
        (anaphor ? { start: 0, model: anaphor } : undefined) ??
        (lastScored && models.length === 0 && SCORE_AGAIN.test(s)
          ? { start: 0, model: lastScored }
          : undefined);
      // "1.63 thousand points with R&D and 1.5 thousand without", "1.3 and 1.2 thousand respectively":
      // a model's second figure in one sentence is a variant of its score, not another score.
      const same = out[out.length - 1];
      if (
        model &&
        i > 0 &&
        same?.kind === "model_score" &&
        same.sentence === s &&
        same.model === model.model &&
        /without|excluding|respectively|accordingly|без\s|соответственно/iu.test(s.slice(ps[i - 1]?.end ?? 0))
      )
        return;
      // "stands at 2,400 points, up from 2,100 a year ago": the model's earlier score.
      const between = s.slice(ps[i - 1]?.end ?? 0, q.start);
      if (
        !model &&
        same?.kind === "model_score" &&
        same.sentence === s &&
        thresholdBefore !== i - 1 &&
        EARLIER_SCORE.test(between)
      ) {
        // "up from 5,100 last year" is the year before; "up from 4,120 at the start of the year", "против
        // 3 900 в начале года" the year of the score it is set against.
        const told = s.slice(q.end, hi).split(SEP_ANY)[0] ?? "";
        const yearAgo =
          /a year (?:ago|earlier|before)|год назад|годом ранее|год(?:ом)? раньше/iu.test(
            s.slice(ps[i - 1]?.end ?? 0),
          ) || LAST_YEAR.test(told);
        const y = (same.date ?? articleDate)?.slice(0, 4);
        out.push({
          kind: "model_score",
          model: same.model,
          points: q.value,
          date: y ? (yearAgo ? String(Number(y) - 1) : YEAR_START.test(told) ? y : null) : null,
          sentence: s,
          span,
        });
        return;
      }
      // "в прошлом заключении было 1800 баллов, теперь — 2200", "had 1,800; now it has 2,200": the figure
      // told as today's is the model's score, and the one before it an earlier score of no known date.
      if (
        !model &&
        same?.kind === "model_score" &&
        same.sentence === s &&
        thresholdBefore !== i - 1 &&
        between.length < 60 &&
        NOW_SCORE.test(between)
      ) {
        if (same.date === articleDate && SCORE_AGAIN.test(s.slice(0, ps[i - 1]?.start ?? 0)))
          same.date = null;
        out.push({
          kind: "model_score",
          model: same.model,
          points: q.value,
          date: articleDate,
          sentence: s,
          span,
        });
        return;
      }
      if (model && SCORE_VERB.test(s)) {
        out.push({
          kind: "model_score",
          model: model.model,
          points: q.value,
          date: scoreDate(s, articleDate, earlierYear(), s.slice(lo, hi)),
          sentence: s,
          span,
        });
        return;
      }
      // An item named after the number counts in its own clause only ("за … красок", not ", and … paint").
      const item =
        lastBefore(s, ITEMS, lo, q.start) ?? nearest(s, q, ITEMS, Math.max(lo, cs), Math.min(hi, ce));
      if (item) out.push({ kind: "localization_item", item, points: q.value, sentence: s, span });
    });
    // "должна набирать 3200 баллов, а с января 2027 года — 3500": the undated one is today's.
    const here = out.filter(
      (c): c is Extract<LocalizationCandidate, { kind: "threshold" }> =>
        c.kind === "threshold" && c.sentence === s,
    );
    // "В текущем году машина должна набрать не менее 3 600 баллов вместо прежних 3 300", "This year a
    // car needs 3,600 points instead of the former 3,300": the bar that replaced a former one is a
    // change made, adopted (not in an article about a draft).
    if (here.some((c) => replacedBars.has(c)) && !isDraft(s) && !draftDoc && !draftLead)
      for (const c of here)
        if (!replacedBars.has(c) && c.status === null) {
          c.status = "adopted";
          ownStatus.add(c);
        }
    // "Сварка и окраска кузова дают 400 и 500 баллов соответственно", "Welding and painting earn 400
    // and 500 points respectively": the items named before the figures go to them in their order.
    const first = ps[0];
    if (/соответственно|respectively/iu.test(s) && first && ps.length >= 2) {
      const named: { at: number; item: string }[] = [];
      for (const [re, item] of ITEMS)
        for (const m of s.slice(0, first.start).matchAll(new RegExp(re.source, "giu")))
          if (!named.some((n) => n.item === item)) named.push({ at: m.index ?? 0, item });
      named.sort((a, b) => a.at - b.at);
      const mine = out.filter((c) => c.sentence === s);
      if (named.length === ps.length && mine.every((c) => c.kind === "localization_item")) {
        for (const c of mine) out.splice(out.indexOf(c), 1);
        ps.forEach((q, k) => {
          out.push({
            kind: "localization_item",
            item: named[k]?.item ?? "",
            points: q.value,
            sentence: s,
            span: q.text,
          });
        });
      }
    }
    // "сварка приносит 300 баллов, окраска — столько же": the item told with "столько же" has the points
    // of the item told before it in the sentence.
    for (const [re, item] of ITEMS)
      for (const m of s.matchAll(new RegExp(re.source, "giu"))) {
        const at = (m.index ?? 0) + m[0].length;
        if (!SAME_POINTS.test(s.slice(at))) continue;
        const before = out.filter(
          (c) => c.kind === "localization_item" && c.sentence === s && s.indexOf(c.span) < (m.index ?? 0),
        );
        const last = before[before.length - 1];
        if (last && last.kind === "localization_item" && last.item !== item)
          out.push({ kind: "localization_item", item, points: last.points, sentence: s, span: m[0] });
      }
    // "в 2026 и 2027 годах — 3300 и 3600 баллов соответственно", "in 2026 and 2027 … respectively":
    // the years listed go to the figures in their order.
    if (/соответственно|respectively/iu.test(s) && here.length >= 2) {
      const list =
        /((?:19|20)\d{2})((?:\s*,\s*(?:19|20)\d{2})*)\s*(?:и|and|,)\s*((?:19|20)\d{2})(?!\d)/u.exec(s);
      const years = list ? (list[0].match(/(?:19|20)\d{2}/gu) ?? []) : [];
      if (years.length === here.length && new Set(here.map((c) => c.purpose)).size === 1)
        here.forEach((c, k) => {
          c.from = `${years[k]}-01-01`;
          c.undated = false;
        });
    }
    // "Localization thresholds for 2026: procurement, 3,300 points; loans, 2,500": a year told in a
    // list's lead, before its colon, is every listed figure's.
    const lead = /^([^:]{0,120}):/u.exec(s)?.[1] ?? "";
    const leadYear = /(?<![\p{L}\d])(?:for|in|на|в)\s+((?:19|20)\d{2})(?!\d)/iu.exec(lead)?.[1];
    if (leadYear && here.length >= 2)
      for (const c of here)
        if (!c.from) {
          c.from = `${leadYear}-01-01`;
          c.undated = false;
        }
    // "в 2027 году предлагается 2 700 баллов …, для лизинга — 2 500": a draft's figure with no time of
    // its own has the time of the draft's figure told before it in the sentence.
    for (const [k, c] of here.entries()) {
      if (c.from || c.status !== "draft") continue;
      const sibling = here
        .slice(0, k)
        .reverse()
        .find((d) => d.status === "draft" && d.from);
      if (sibling?.from) c.from = sibling.from;
    }
    // "С 1 января 2027 года для кредитов понадобится 2600 баллов. Для лизинга порог предлагают установить
    // на уровне 2400": a draft's bar told with no time, right after a dated bar of the draft, starts with it.
    const draftBefore = out.filter((c) => c.kind === "threshold" && c.sentence === previous).pop() as
      | Extract<LocalizationCandidate, { kind: "threshold" }>
      | undefined;
    const draftsBefore =
      draftBefore?.status === "draft" ||
      (draftBefore?.status === null && docStatus === "draft" && !ownStatus.has(draftBefore));
    if (draftBefore && draftsBefore && draftBefore.from)
      for (const c of here)
        if (!c.from && c.status === "draft" && c.purpose !== draftBefore.purpose) {
          c.from = draftBefore.from;
          c.undated = false;
        }
    // Not when the dated one is this year's or earlier: "will now need 1,500, less than the 3,701
    // set for this year" tells a new rule against the old.
    if (year && here.some((c) => c.from && Number(c.from.slice(0, 4)) > year))
      for (const c of here) if (!c.from && c.status !== "draft") c.from = `${year}-01-01`;
    const p = toldPurpose(s);
    if (p) lastPurpose = p;
  }
  // "… need 1,800 points in 2025. Under a draft, the bar would rise to 2,300 from 2026.": the
  // threshold a draft would change, told with no status, is the one in force.
  const thresholds = out.filter(
    (c): c is Extract<LocalizationCandidate, { kind: "threshold" }> => c.kind === "threshold",
  );
  for (const c of thresholds) {
    if (c.status !== null || !c.from) continue;
    const from = c.from;
    if (thresholds.some((d) => d.status === "draft" && d.purpose === c.purpose && d.from && d.from > from))
      c.status = "in_force";
  }
  // "a carmaker must show at least 3,000 points this year; from January 1, 2027 the requirement rises
  // to 3,500", "В этом году нужно 3 000 баллов. С 2027 года планка вырастет до 3 500": the bar told for
  // this year beside a raise decided or proposed for a later year ("The ministry prepared a draft by
  // which from 2027 the bar will grow"), in its sentence or the next, is the rule that
  // stands, in force (not "this year the bar rose to 3,000", a change of its own; nor a schedule
  // "approved last year", decided before this year's bar began and adopted with it).
  for (const c of thresholds) {
    if (!thisYearBars.has(c) || !c.from || c.status === "in_force") continue;
    // "since March 1 … must now collect 3,200, and in 2028 the bar will rise": the rule just in
    // effect stays adopted beside its later raise.
    if (SINCE_DAY.test(c.sentence) && /теперь|(?<![\p{L}])now(?![\p{L}])/iu.test(c.sentence)) continue;
    const at = sentences.indexOf(c.sentence);
    const raise = thresholds.find(
      (d) =>
        d !== c &&
        d.purpose === c.purpose &&
        d.from !== null &&
        d.from > (c.from ?? "") &&
        (d.sentence === c.sentence || sentences.indexOf(d.sentence) === at + 1) &&
        RISES.test(d.sentence) &&
        !LAST_YEAR.test(d.sentence),
    );
    if (raise) {
      c.status = "in_force";
      ownStatus.add(c);
    }
  }
  // "Минпромторг подготовил проект: … 2 500 баллов … для лизинга — 2 300": every rule the article
  // tells from its document has the document's status, not only the sentence that names it.
  for (const c of thresholds) if (c.status === null && docStatus && !ownStatus.has(c)) c.status = docStatus;
  // The same figure told twice ("… 3200 баллов. Теперь … 3200 баллов") is one candidate; told again
  // later with no date ("Ранее данная планка находилась на уровне 7 000"), it is the dated one.
  const seen = new Set<string>();
  return out.filter((c, i) => {
    // "собирались поднять до 3 700 через год, но перенесли: 3 700 понадобятся в 2028 году": the figure
    // put off, told twice in its sentence, is the one with the start it was moved to.
    if (
      c.kind === "threshold" &&
      c.status === "postponed" &&
      thresholds.some(
        (d) =>
          d !== c &&
          d.sentence === c.sentence &&
          d.purpose === c.purpose &&
          d.points === c.points &&
          d.status === "postponed" &&
          d.from &&
          (!c.from || d.from > c.from),
      )
    )
      return false;
    if (
      c.kind === "threshold" &&
      !c.from &&
      thresholds.some(
        (d) => d !== c && d.purpose === c.purpose && d.points === c.points && d.from && out.indexOf(d) < i,
      )
    )
      return false;
    const { sentence: _s, span: _p, ...key } = c;
    const k = JSON.stringify(key);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
