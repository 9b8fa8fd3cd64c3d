// From an article to the knowledge base: store it as a source with its candidate facts, say which
// are already known or contradict a stored fact, and turn approved ones into price points (with
// reported changes), policy changes or rule links, each citing the article. Every decision is
// audited with what it changed.
import type { Db } from "../../db/client.ts";
import {
  type FeeCategoryFields,
  feeRatesOf,
  modelScoresIn,
  parametersNamed,
  policyChangesOn,
  purposeExists,
  ruleSetsOn,
  storeFeeRate,
  storeModelScore,
  storeParameter,
  storeRuleSet,
} from "../../db/queries/approvals.ts";
import {
  type ArticleFactRow,
  articleWithTitle,
  citeItem,
  countPolicyChanges,
  decideFactRow,
  findArticle,
  findFact,
  insertArticle,
  itemByCode,
  jurisdictionExists,
  listArticleFacts,
  pointsFor,
  replacePendingFacts,
  seriesIdByKey,
  storePolicyChange,
  storePricePoint,
  type Tx,
  updateCandidate,
  writeAudit,
} from "../../db/queries/articles.ts";
import { redateBriefing } from "../../db/queries/briefings.ts";
import { listSeries } from "../../db/queries/prices.ts";
import { recordArticleBriefing } from "../briefings/ingested.ts";
import { sameModel } from "../catalogue/brands.ts";
import { DomainError } from "../errors.ts";
import { FEE_TOPIC, parseFeeCategory } from "../fees.ts";
import { publishKnowledge, refsWritten } from "../knowledge.ts";
import { REGIME } from "../localization.ts";
import { parsePeriod } from "../period.ts";
import { parsePriceQuery } from "../prices.ts";
import {
  type ArticleReading,
  type Candidate,
  type FeePolicy,
  type FeeRate,
  ingestVocabulary,
  type LocalizationCandidate,
  readArticle,
  slug,
} from "./extract.ts";

export interface IngestResult {
  articleId: number;
  reading: ArticleReading;
  facts: ArticleFactRow[];
}

const PUBLISHERS = [
  "RIA Novosti",
  "RIA News",
  "TASS",
  "Interfax",
  "Kommersant",
  "Vedomosti",
  "Izvestia",
  "РИА Новости",
  "ТАСС",
  "Интерфакс",
  "Коммерсантъ",
  "Ведомости",
  "Известия",
  "Автостат",
  "Avtostat",
];

/**
 * Who published an article: a publisher the text names, else the one the admin or the feed gave,
 * else the site it came from; only when none is known, "an article" in each language.
 */
function publisherOf(text: string, from: ArticleOrigin): { publisher: string; publisherRu: string | null } {
  const named = PUBLISHERS.find((p) => text.includes(p)) ?? from.publisher;
  if (named) return { publisher: named, publisherRu: null };
  const host = from.url ? hostOf(from.url) : null;
  if (host) return { publisher: host, publisherRu: null };
  return { publisher: "Article", publisherRu: "Статья" };
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, "") || null;
  } catch {
    return null;
  }
}

/**
 * Known or contradicting, from what the database holds. The note is a code the front end words
 * in the reader's language: no-series, no-period, series-not-stored:<key>,
 * contradicts-value:<v1,v2>, contradicts-rate:<points>.
 */
async function assess(db: Db, c: Candidate): Promise<{ status: string; note: string | null }> {
  if (c.kind === "price") {
    if (!c.series) return { status: "pending", note: "no-series" };
    if (!c.period) return { status: "pending", note: "no-period" };
    const seriesId = await seriesIdByKey(db, c.series);
    if (!seriesId) return { status: "pending", note: `series-not-stored:${c.series}` };
    const stored = await pointsFor(db, seriesId, c.period.start, c.period.granularity);
    if (stored.some((p) => p.value === c.value)) return { status: "known", note: null };
    if (stored.length > 0) {
      return {
        status: "pending",
        note: `contradicts-value:${stored.map((p) => p.value).join(",")}`,
      };
    }
    return { status: "pending", note: null };
  }
  if (c.kind === "rule") {
    const item = await itemByCode(db, c.code);
    if (item && item.points === c.points) return { status: "known", note: null };
    return { status: "pending", note: item ? `contradicts-rate:${item.points}` : null };
  }
  if (c.kind === "licence_rule") {
    return (await itemByCode(db, "licence_payments"))
      ? { status: "known", note: null }
      : { status: "pending", note: null };
  }
  if (c.kind !== "policy") return assessNewKind(db, c);
  // A policy statement is known when the same country already has a change on that topic that year.
  const { topic, jurisdiction } = policyTarget(c);
  const n = await countPolicyChanges(db, jurisdiction, topic, c.year);
  return n > 0 ? { status: "known", note: null } : { status: "pending", note: null };
}

/**
 * Notes that keep a candidate from approval until an admin supplies what is missing: its date, or
 * a purpose, item or category the database does not hold. The card shows them and offers no Approve.
 */
export const BLOCKING_NOTES = [
  "undated",
  "no-date",
  "purpose-not-stored",
  "item-not-stored",
  "fee-category-unknown",
  "model-undated",
];

/** Whether the card may offer Approve for a fact. */
export function isApprovable(fact: Pick<ArticleFactRow, "status" | "note">): boolean {
  if (fact.status !== "pending") return false;
  const code = (fact.note ?? "").split(":")[0] ?? "";
  return !BLOCKING_NOTES.includes(code);
}

type NewKind = FeeRate | FeePolicy | LocalizationCandidate;
type Assessment = { status: string; note: string | null };
const pending = (note: string | null = null): Assessment => ({ status: "pending", note });
const KNOWN: Assessment = { status: "known", note: null };

/** Where a threshold of the reader's purpose goes: light commercial procurement is procurement of LCVs. */
export function thresholdTarget(purpose: string): { purpose: string; category: "passenger_car" | "lcv" } {
  return purpose === "lcv_procurement"
    ? { purpose: "procurement", category: "lcv" }
    : { purpose, category: "passenger_car" };
}

function feeFields(code: string): FeeCategoryFields | null {
  const c = parseFeeCategory(code);
  return c ? { ...c, vehicleAge: c.vehicleAge } : null;
}

/**
 * Known when the same value is stored for the same key (category and date, purpose and date, item,
 * model and year), contradicting when another value is; blocked (BLOCKING_NOTES) when its date or
 * its key is not held.
 */
async function assessNewKind(db: Db | Tx, c: NewKind): Promise<Assessment> {
  switch (c.kind) {
    case "recycling_fee": {
      if (c.undated) return pending("undated");
      if (!c.from) return pending("no-date");
      const fields = feeFields(c.category);
      if (!fields) return pending("fee-category-unknown");
      const stored = await feeRatesOf(db, fields, c.from);
      if (stored.some((r) => r.value === c.new && r.unit === c.unit)) return KNOWN;
      return stored.length > 0
        ? pending(`contradicts-fee:${stored.map((r) => `${r.unit}=${r.value}`).join(",")}`)
        : pending();
    }
    case "fee_policy": {
      if (c.undated) return pending("undated");
      if (!c.effective) return pending("no-date");
      return (await policyChangesOn(db, "RU", FEE_TOPIC, c.effective)).length > 0 ? KNOWN : pending();
    }
    case "threshold": {
      if (c.undated) return pending("undated");
      const target = thresholdTarget(c.purpose);
      if (!(await purposeExists(db, target.purpose))) return pending("purpose-not-stored");
      if (!c.from) return pending("no-date");
      const stored = await ruleSetsOn(db, target.purpose, target.category, c.from);
      if (stored.some((r) => r.threshold === c.points)) return KNOWN;
      return stored.length > 0
        ? pending(`contradicts-points:${stored.map((r) => r.threshold).join(",")}`)
        : pending();
    }
    case "localization_item": {
      const item = await itemByCode(db, c.item);
      if (!item) return pending("item-not-stored");
      return item.points === c.points ? KNOWN : pending(`contradicts-rate:${item.points}`);
    }
    case "max_score": {
      const stored = await parametersNamed(db, REGIME, "max_total_points");
      if (stored.some((p) => p.value === c.points)) return KNOWN;
      return stored.length > 0
        ? pending(`contradicts-points:${stored.map((p) => p.value).join(",")}`)
        : pending();
    }
    case "model_score": {
      if (!c.date) return pending("model-undated");
      const year = Number(c.date.slice(0, 4));
      const stored = (await modelScoresIn(db, year)).filter((r) => sameModel(r.model, modelNameOf(c)));
      if (stored.some((r) => r.points === c.points)) return KNOWN;
      return stored.length > 0
        ? pending(`contradicts-points:${stored.map((r) => r.points).join(",")}`)
        : pending();
    }
  }
}

/**
 * A model's name as the article writes it ("Haval Jolion", "Tenet T7"): the reader gives its slug
 * (`haval-jolion`), so the words of the sentence that make that slug are taken.
 */
export function modelNameOf(c: { model: string; sentence: string }): string {
  const words = c.sentence.split(/\s+/).map((w) => w.replace(/^[«"(]+|[»"),.;:!?]+$/gu, ""));
  for (let n = 1; n <= 4; n++) {
    for (let i = 0; i + n <= words.length; i++) {
      const phrase = words.slice(i, i + n).join(" ");
      if (slug(phrase) === c.model) return phrase;
    }
  }
  return c.model
    .split("-")
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(" ");
}

/** The article's own fee decision, for the status of the rates it tells. */
function feeStatusOf(siblings: Candidate[]): "in_force" | "draft" {
  const policy = siblings.find((x): x is FeePolicy => x.kind === "fee_policy");
  return policy?.status === "draft" ? "draft" : "in_force";
}

const FEE_TITLES = {
  adopted: { en: "Recycling fee rates changed", ru: "Ставки утильсбора изменены" },
  draft: { en: "Recycling fee change proposed (draft)", ru: "Предложено изменить утильсбор (проект)" },
  postponed: { en: "Recycling fee change postponed", ru: "Изменение утильсбора перенесено" },
};

/** Stores a candidate of the newer kinds; throws fact_not_approvable when it is blocked. */
async function applyNewKind(
  tx: Tx,
  fact: ArticleFactRow,
  c: NewKind,
  sourceId: number,
  siblings: Candidate[],
): Promise<Record<string, unknown>> {
  const notApprovable = () => new DomainError("fact_not_approvable", { id: fact.id });
  const check = await assessNewKind(tx, c);
  if (!isApprovable({ status: "pending", note: check.note })) throw notApprovable();
  const key = `article-fact-${fact.id}`;
  switch (c.kind) {
    case "recycling_fee": {
      const fields = feeFields(c.category);
      if (!fields || !c.from) throw notApprovable();
      const status = feeStatusOf(siblings);
      const id = await storeFeeRate(tx, {
        ...fields,
        key,
        value: c.new,
        unit: c.unit,
        effectiveFrom: c.from,
        status,
        sourceId,
      });
      return { feeRate: id, category: c.category, value: c.new, unit: c.unit, from: c.from, status };
    }
    case "fee_policy": {
      if (!c.effective) throw notApprovable();
      const title = FEE_TITLES[c.status];
      const summary = c.sentence.length > 400 ? `${c.sentence.slice(0, 400)}…` : c.sentence;
      const id = await storePolicyChange(
        tx,
        {
          key,
          effectiveOn: c.effective,
          datePrecision: "day",
          jurisdiction: "RU",
          topic: FEE_TOPIC,
          titleEn: title.en,
          titleRu: title.ru,
          summaryEn: summary,
          summaryRu: summary,
          status: c.status,
        },
        sourceId,
      );
      return { policyChange: id, topic: FEE_TOPIC, effectiveOn: c.effective, status: c.status };
    }
    case "threshold": {
      const target = thresholdTarget(c.purpose);
      if (!c.from) throw notApprovable();
      const status = c.status === "draft" ? "draft" : "in_force";
      const id = await storeRuleSet(
        tx,
        {
          key,
          regime: REGIME,
          ...target,
          effectiveFrom: c.from,
          threshold: c.points,
          status,
        },
        sourceId,
      );
      return { ruleSet: id, ...target, effectiveFrom: c.from, threshold: c.points, status };
    }
    case "localization_item": {
      const item = await itemByCode(tx, c.item);
      if (!item) throw notApprovable();
      const points = item.points !== c.points ? c.points : undefined;
      await citeItem(tx, item.id, sourceId, points);
      return { item: c.item, points: c.points, before: item.points };
    }
    case "max_score": {
      const id = await storeParameter(tx, {
        key,
        regime: REGIME,
        name: "max_total_points",
        value: c.points,
        sourceId,
      });
      return { parameter: id, name: "max_total_points", value: c.points };
    }
    case "model_score": {
      if (!c.date) throw notApprovable();
      const year = Number(c.date.slice(0, 4));
      const model = modelNameOf(c);
      const id = await storeModelScore(tx, { key, model, year, points: c.points, sourceId });
      return { modelScore: id, model, year, points: c.points };
    }
  }
}

function policyTarget(c: Extract<Candidate, { kind: "policy" }>): { topic: string; jurisdiction: string } {
  const jurisdiction = c.jurisdiction ?? "RU";
  return {
    jurisdiction,
    topic: c.action === "restricts" && jurisdiction !== "RU" ? "cross_border" : "localization",
  };
}

/** Where an article came from, when not pasted by an admin: a feed item's page and its date. */
export interface ArticleOrigin {
  /** ISO date the article was published; relative dates resolve against it. */
  articleDate?: string | null;
  url?: string | null;
  /** The outlet's name (the feed's title) when the text does not name a known one. */
  publisher?: string | null;
  /** Recorded in the audit log with the ingestion (e.g. the feed's id and address). */
  origin?: Record<string, unknown>;
}

export async function ingestArticle(
  db: Db,
  text: string,
  actor: number,
  from: ArticleOrigin = {},
): Promise<IngestResult> {
  const clean = text.trim();
  if (clean.length < 80) throw new DomainError("article_too_short", { min: 80 });
  if (clean.length > 50_000) throw new DomainError("article_too_long", { max: 50_000 });
  const reading = readArticle(clean, ingestVocabulary(await listSeries(db)), {
    ...(from.articleDate ? { articleDate: from.articleDate } : {}),
  });
  const assessed = [];
  for (const candidate of reading.facts) assessed.push({ candidate, ...(await assess(db, candidate)) });
  const { articleId, sourceId } = await insertArticle(
    db,
    {
      title: reading.title,
      ...publisherOf(clean, from),
      language: reading.language,
      text: clean,
      summary: reading.summary,
      createdBy: actor,
      url: from.url ?? null,
      publishedOn: from.articleDate ?? reading.articleDate ?? null,
    },
    assessed,
  );
  await recordArticleBriefing(db, {
    sourceId,
    articleId,
    language: reading.language,
    text: clean,
    summary: reading.summary,
    reportedOn: from.articleDate ?? reading.articleDate ?? new Date().toISOString().slice(0, 10),
  });
  await writeAudit(db, {
    actor,
    action: "ingest",
    subject: `article:${articleId}`,
    after: { sourceId, facts: assessed.length, ...(from.origin ? { origin: from.origin } : {}) },
  });
  // The article itself is news: keyword alerts look for their words in it.
  await publishKnowledge(db, { visible: [`briefing:${sourceId}`] });
  return { articleId, reading, facts: await listArticleFacts(db, articleId) };
}

/**
 * The admin gives the date an article did not state: its relative dates ("с 1 декабря текущего
 * года", "в пятницу") are read again against it. Facts already decided stay; the rest are replaced
 * by the new reading (a fact decided before keeps its place and is not proposed twice).
 */
export async function redateArticle(
  db: Db,
  articleId: number,
  date: string,
  actor: number,
): Promise<{ title: string; summary: string[]; facts: ArticleFactRow[]; publishedOn: string | null }> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`)))
    throw new DomainError("article_date_invalid", { input: date });
  const found = await articleWithTitle(db, articleId);
  if (!found) throw new DomainError("fact_not_found", { id: articleId });
  const before = await listArticleFacts(db, articleId);
  const decided = new Set(
    before
      .filter((f) => f.status !== "pending")
      .map((f) => JSON.stringify({ ...(f.candidate as object), confidence: undefined })),
  );
  const reading = readArticle(found.article.text, ingestVocabulary(await listSeries(db)), {
    articleDate: date,
  });
  const assessed = [];
  for (const candidate of reading.facts) {
    if (decided.has(JSON.stringify({ ...candidate, confidence: undefined }))) continue;
    assessed.push({ candidate, ...(await assess(db, candidate)) });
  }
  await replacePendingFacts(db, articleId, date, assessed);
  await redateBriefing(db, found.article.sourceId, date);
  await writeAudit(db, {
    actor,
    action: "redate_article",
    subject: `article:${articleId}`,
    before: {
      publishedOn: found.publishedOn ?? null,
      pending: before.filter((f) => f.status === "pending").length,
    },
    after: { publishedOn: date, pending: assessed.length },
  });
  return articleFactsOf(db, articleId);
}

/** The article's title, summary and facts, as stored. */
export async function articleFactsOf(
  db: Db,
  articleId: number,
): Promise<{ title: string; summary: string[]; facts: ArticleFactRow[]; publishedOn: string | null }> {
  const found = await articleWithTitle(db, articleId);
  if (!found) throw new DomainError("fact_not_found", { id: articleId });
  return {
    title: found.title,
    summary: found.article.summary as string[],
    facts: await listArticleFacts(db, articleId),
    publishedOn: found.publishedOn ?? null,
  };
}

async function factById(db: Db, id: number): Promise<ArticleFactRow> {
  const row = await findFact(db, id);
  if (!row) throw new DomainError("fact_not_found", { id });
  return row;
}

/** Applies one candidate inside a transaction; returns what was written, for the audit log. */
async function apply(tx: Tx, fact: ArticleFactRow, sourceId: number, siblings: Candidate[]) {
  const c = fact.candidate as Candidate;
  const notApprovable = () => new DomainError("fact_not_approvable", { id: fact.id });
  if (c.kind === "price") {
    const seriesId = c.series && c.period ? await seriesIdByKey(tx, c.series) : undefined;
    if (!seriesId || !c.period) throw notApprovable();
    const pointId = await storePricePoint(tx, {
      seriesId,
      periodStart: c.period.start,
      granularity: c.period.granularity,
      value: c.value,
      approximate: c.approximate,
      sourceId,
      changes: c.changes.flatMap((ch) =>
        ch.basis ? [{ basis: ch.basis, changePct: ch.pct, changeAbs: ch.abs }] : [],
      ),
    });
    return { pricePoint: pointId, series: c.series, period: c.period, value: c.value };
  }
  if (c.kind === "rule" || c.kind === "licence_rule") {
    const code = c.kind === "rule" ? c.code : "licence_payments";
    const item = await itemByCode(tx, code);
    if (!item) throw notApprovable();
    const points = c.kind === "rule" && item.points !== c.points ? c.points : undefined;
    await citeItem(tx, item.id, sourceId, points);
    return { item: code, points: points ?? item.points, before: item.points };
  }
  if (c.kind !== "policy") return applyNewKind(tx, fact, c, sourceId, siblings);
  const { topic, jurisdiction } = policyTarget(c);
  if (!(await jurisdictionExists(tx, jurisdiction))) throw notApprovable();
  const title =
    c.sentence.length > 160 ? `${c.sentence.slice(0, c.sentence.lastIndexOf(" ", 160))}…` : c.sentence;
  const policyChange = await storePolicyChange(
    tx,
    {
      key: `article-fact-${fact.id}`,
      effectiveOn: c.year ? `${c.year}-01-01` : `${new Date().toISOString().slice(0, 8)}01`,
      datePrecision: c.year ? "year" : "month",
      jurisdiction,
      topic,
      titleEn: title,
      titleRu: title,
      summaryEn: c.sentence,
      summaryRu: c.sentence,
    },
    sourceId,
  );
  return { policyChange, jurisdiction, topic };
}

export async function decideFact(
  db: Db,
  factId: number,
  decision: "approve" | "reject",
  actor: number,
  /** Recorded with the decision when it was not an admin's (a trusted feed). */
  origin?: Record<string, unknown>,
): Promise<ArticleFactRow> {
  const fact = await factById(db, factId);
  if (fact.status === "approved" || fact.status === "rejected") return fact;
  const article = await findArticle(db, fact.articleId);
  if (!article) throw new DomainError("fact_not_found", { id: factId });
  const siblings =
    decision === "approve"
      ? (await listArticleFacts(db, fact.articleId)).map((f) => f.candidate as Candidate)
      : [];
  let written: Record<string, unknown> | null = null;
  const updated = await db.transaction(async (tx) => {
    written = decision === "approve" ? await apply(tx, fact, article.sourceId, siblings) : null;
    const row = await decideFactRow(
      tx,
      factId,
      fact.status,
      decision === "approve" ? "approved" : "rejected",
      actor,
    );
    await writeAudit(tx, {
      actor,
      action: decision === "approve" ? "approve_fact" : "reject_fact",
      subject: `fact:${factId}`,
      before: { status: fact.status, candidate: fact.candidate },
      after: { status: row?.status, written, ...(origin ? { origin } : {}) },
    });
    return row ?? fact;
  });
  // Only the decision that moved the fact publishes it (another admin's click finds it decided).
  await publishKnowledge(db, { visible: updated.status === "approved" ? refsWritten(written) : [] });
  return updated;
}

/** Approves every pending fact that can be approved; the others stay pending with their note. */
export async function approveAll(
  db: Db,
  articleId: number,
  actor: number,
): Promise<{ approved: number; left: number }> {
  let approved = 0;
  let left = 0;
  for (const fact of await listArticleFacts(db, articleId)) {
    if (fact.status !== "pending") continue;
    try {
      await decideFact(db, fact.id, "approve", actor);
      approved++;
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      left++;
    }
  }
  return { approved, left };
}

/**
 * Corrects a waiting price candidate before approval (`series=used-car-avg period=2023-12
 * value=1630000`), then checks it against the database again.
 */
export async function editCandidate(
  db: Db,
  factId: number,
  patchText: string,
  actor: number,
): Promise<ArticleFactRow> {
  const fact = await factById(db, factId);
  const c = fact.candidate as Candidate;
  if (fact.status !== "pending" || c.kind !== "price")
    throw new DomainError("fact_not_approvable", { id: factId });
  const next = { ...c };
  for (const pair of patchText.trim().split(/\s+/).filter(Boolean)) {
    const [key, value = ""] = pair.split("=");
    if (key === "series") next.series = await seriesKeyOf(db, value);
    else if (key === "period") next.period = parsePeriod(value.replace(/_/g, " "));
    else if (key === "value") next.value = Number(value.replace(",", "."));
    else throw new DomainError("fact_edit_invalid", { input: pair.slice(0, 40) });
  }
  if (!next.period || !(next.value > 0) || !next.series || !(await seriesIdByKey(db, next.series))) {
    throw new DomainError("fact_edit_invalid", { input: patchText.slice(0, 80) });
  }
  const { status, note } = await assess(db, next);
  const row = await updateCandidate(db, factId, next, status, note);
  await writeAudit(db, {
    actor,
    action: "edit_candidate",
    subject: `fact:${factId}`,
    before: c,
    after: next,
  });
  return row ?? fact;
}

/** The key of the series a word names (`used`, `new_cars`, `подержанные`, or the key itself). */
async function seriesKeyOf(db: Db, word: string): Promise<string> {
  try {
    const query = await parsePriceQuery(db, word.replace(/_/g, " "));
    return query.period === null ? query.series.key : word;
  } catch {
    return word;
  }
}
