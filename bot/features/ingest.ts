// Admin tools: /ingest an article (in the command, or as the next message, forwarded or typed),
// review its summary and candidate facts with Approve / Reject / Approve all, and manage admins.
// Everyone else gets a polite refusal, and the attempt goes to the audit log.
import { Composer } from "grammy";
import type { ArticleFactRow } from "../../db/queries/articles.ts";
import { DomainError } from "../../domain/errors.ts";
import { parseFeeCategory } from "../../domain/fees.ts";
import { addedAdmins, isAdmin as isAdminUser, recordRefusal, setAdmin } from "../../domain/ingest/admins.ts";
import {
  approveAll,
  articleFactsOf,
  decideFact,
  editCandidate,
  ingestArticle,
  isApprovable,
  modelNameOf,
  redateArticle,
  thresholdTarget,
} from "../../domain/ingest/curate.ts";
import type { Candidate } from "../../domain/ingest/extract.ts";
import { editPriceValue, recentFacts, type StoredFact, setRetracted } from "../../domain/ingest/facts.ts";
import { loadPurposes, type PurposeInfo } from "../../domain/localization.ts";
import { listPriceSeries } from "../../domain/prices.ts";
import type { BotContext } from "../context.ts";
import { feeCategoryLabel, feeValue } from "../render/fees.ts";
import {
  escapeHtml,
  formatDate,
  formatPct,
  formatPeriod,
  formatPoints,
  formatRub,
  pluralCount,
} from "../render/format.ts";
import type { Button, Reply } from "../render/reply.ts";
import { replaceWith, reply } from "../respond.ts";
import { databaseStorage } from "../storage.ts";

export const ingestFeature = new Composer<BotContext>();

const WAIT_MS = 10 * 60_000;
const waitKey = (ctx: BotContext) => `${ctx.chat?.id}:${ctx.from?.id}`;
/** "The next message is an article" after a bare /ingest: an expiry time per chat and admin. */
const waiting = (ctx: BotContext) => databaseStorage<number>(ctx.deps.db, "ingest-wait:");

export async function isAdmin(ctx: BotContext): Promise<boolean> {
  const id = ctx.from?.id;
  return id !== undefined && isAdminUser(ctx.deps.db, id, ctx.deps.adminIds ?? []);
}

export async function refuse(ctx: BotContext, what: string): Promise<void> {
  await recordRefusal(ctx.deps.db, ctx.from?.id ?? 0, what);
  if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: ctx.tr("admin-only"), show_alert: true });
  else await ctx.reply(ctx.tr("admin-only"), { parse_mode: "HTML" });
}

/** A fact's note (a code from domain/ingest/curate.ts) in the reader's language, values formatted as everywhere. */
function noteText(note: string, ctx: BotContext): string {
  const [code = "", arg = ""] = note.split(/:(.*)/s);
  switch (code) {
    case "no-series":
      return ctx.tr("ingest-note-no-series");
    case "no-period":
      return ctx.tr("ingest-note-no-period");
    case "series-not-stored":
      return ctx.tr("ingest-note-series-not-stored", { series: escapeHtml(arg) });
    case "contradicts-value":
      return ctx.tr("ingest-note-contradicts-value", {
        values: arg
          .split(",")
          .map((v) => `<b>${formatRub(Number(v), ctx.lang)}</b>`)
          .join(", "),
      });
    case "contradicts-rate":
      return ctx.tr("ingest-note-contradicts-rate", { points: Number(arg) });
    case "contradicts-points":
      return ctx.tr("ingest-note-contradicts-points", {
        values: arg
          .split(",")
          .map((v) => `<b>${formatPoints(Number(v), ctx.lang)}</b>`)
          .join(", "),
      });
    case "contradicts-fee":
      return ctx.tr("ingest-note-contradicts-fee", {
        values: arg
          .split(",")
          .map((v) => {
            const [unit, value = "0"] = v.split("=");
            return `<b>${feeValue({ unit: unit === "coefficient" ? "coefficient" : "rub", value: Number(value) }, ctx.lang, ctx.tr)}</b>`;
          })
          .join(", "),
      });
    case "undated":
    case "no-date":
    case "purpose-not-stored":
    case "item-not-stored":
    case "fee-category-unknown":
    case "model-undated":
      return ctx.tr(`ingest-note-${code}`);
    case "the year of its date is not known":
      // Stored before notes of the newer kinds were codes.
      return ctx.tr("ingest-note-undated");
    default:
      // Notes stored before they were codes.
      return escapeHtml(note);
  }
}

function factLine(
  f: ArticleFactRow,
  ctx: BotContext,
  names: Map<string, string>,
  purposes: PurposeInfo[],
): string {
  const c = f.candidate as Candidate;
  const mark = { pending: "⏳", approved: "✅", rejected: "❌", known: "♻️" }[f.status] ?? "•";
  let what: string;
  if (c.kind === "price") {
    const period = c.period ? formatPeriod(c.period, ctx.lang, ctx.tr) : "?";
    const changes = c.changes
      .map(
        (ch) =>
          `${ch.pct !== null ? formatPct(ch.pct, ctx.lang) : ""}${ch.basis ? ` (${ctx.tr(`ingest-basis-${ch.basis}`)})` : ""}`,
      )
      .join(", ");
    what = `${escapeHtml((c.series && names.get(c.series)) ?? c.series ?? c.subject)}, ${period}: <b>${formatRub(c.value, ctx.lang)}</b>${changes ? `; ${changes}` : ""}`;
  } else if (c.kind === "rule")
    what = ctx.tr("ingest-fact-rule", { points: String(c.points), n: pluralCount(c.points) });
  else if (c.kind === "licence_rule") what = ctx.tr("ingest-fact-licence");
  else if (c.kind === "recycling_fee") {
    // Categories are codes: the card names the category in words when it is one the table holds,
    // and shows the article's own words for the figure.
    const category = parseFeeCategory(c.category);
    const label = category ? ` (${escapeHtml(feeCategoryLabel(category, ctx.tr))})` : "";
    what = `${ctx.tr("ingest-kind-recycling_fee")}${label}: ${c.old !== null ? `${formatRub(c.old, ctx.lang)} → ` : ""}<b>${c.unit === "coefficient" ? `×${c.new}` : formatRub(c.new, ctx.lang)}</b>${c.from ? `, ${formatDate(c.from, ctx.lang)}` : c.undated ? ` ${ctx.tr("ingest-undated")}` : ""}`;
  } else if (c.kind === "fee_policy")
    what = `${ctx.tr("ingest-kind-fee_policy")}: ${ctx.tr(`ingest-status-${c.status}`)}${c.effective ? `, ${formatDate(c.effective, ctx.lang)}` : c.undated ? ` ${ctx.tr("ingest-undated")}` : ""}`;
  else if (c.kind !== "policy") {
    // A threshold names its purpose (when the bot holds it), in the reader's language.
    const target = c.kind === "threshold" ? thresholdTarget(c.purpose) : null;
    const purpose = target ? purposes.find((p) => p.key === target.purpose) : undefined;
    const purposeText =
      purpose && target
        ? ` (${escapeHtml(ctx.lang === "ru" ? purpose.name.ru : purpose.name.en)}, ${ctx.tr(`category-${target.category}`)})`
        : "";
    const undated = "undated" in c && c.undated ? ` ${ctx.tr("ingest-undated")}` : "";
    what = `${ctx.tr(`ingest-kind-${c.kind}`)}${c.kind === "model_score" ? ` ${escapeHtml(modelNameOf(c))}` : ""}${purposeText}: <b>${formatPoints(c.points, ctx.lang)}</b>${"from" in c && c.from ? `, ${formatDate(c.from, ctx.lang)}` : ""}${undated}`;
  } else what = policyLine(c, ctx);
  const note = f.note ? ` ⚠️ ${noteText(f.note, ctx)}` : "";
  return `${mark} ${f.position}. ${what}${note}${provenance(c, ctx)}`;
}

/** The words the fact was read from and how sure the reader is, so the admin checks it at a glance. */
function provenance(c: Candidate, ctx: BotContext): string {
  const words = c.span ?? "";
  if (!words && c.confidence === undefined) return "";
  const level =
    c.confidence === undefined ? null : c.confidence >= 0.8 ? "high" : c.confidence >= 0.6 ? "medium" : "low";
  const sure = level ? ctx.tr(`ingest-confidence-${level}`) : "";
  return `\n    ${words ? `«${escapeHtml(words)}»` : ""}${words && sure ? " · " : ""}${sure}`;
}

export async function articleCard(
  articleId: number,
  title: string,
  summary: string[],
  facts: ArticleFactRow[],
  ctx: BotContext,
  /** The article's date; undefined when the caller does not know it, null when nobody does. */
  publishedOn?: string | null,
): Promise<Reply> {
  // Series by their whole names in the reader's language, not their keys.
  const names = new Map(
    (await listPriceSeries(ctx.deps.db)).map((s) => [s.key, ctx.lang === "ru" ? s.nameRu : s.nameEn]),
  );
  const purposes = await loadPurposes(ctx.deps.db);
  const lines = [
    ctx.tr("ingest-heading", { id: String(articleId) }),
    `<b>${escapeHtml(title)}</b>`,
    "",
    ctx.tr("ingest-summary"),
    ...summary.map((s) => `• ${escapeHtml(s)}`),
    "",
    // Relative dates need the article's date: the card asks for it when the page does not state it.
    ...(publishedOn === null ? [ctx.tr("ingest-date-unknown", { id: String(articleId) }), ""] : []),
    facts.length ? ctx.tr("ingest-facts", { count: String(facts.length) }) : ctx.tr("ingest-no-facts"),
    ...facts.map((f) => factLine(f, ctx, names, purposes)),
  ];
  const pending = facts.filter((f) => f.status === "pending").slice(0, 8);
  // Approve only what can be stored: a fact missing its date or key shows why and waits.
  const buttons: Button[][] = pending.map((f) => [
    ...(isApprovable(f) ? [{ text: `✅ ${f.position}`, data: `af:${f.id}:a` }] : []),
    ...((f.candidate as Candidate).kind === "price"
      ? [{ text: `✏️ ${f.position}`, data: `af:${f.id}:e` }]
      : []),
    { text: `❌ ${f.position}`, data: `af:${f.id}:r` },
  ]);
  if (pending.filter(isApprovable).length > 1)
    buttons.push([{ text: `✅ ${ctx.tr("ingest-approve-all")}`, data: `aa:${articleId}` }]);
  return { text: lines.join("\n"), buttons };
}

async function ingest(ctx: BotContext, text: string): Promise<void> {
  const result = await ingestArticle(ctx.deps.db, text, ctx.from?.id ?? 0);
  await reply(
    ctx,
    await articleCard(
      result.articleId,
      result.reading.title,
      result.reading.summary,
      result.facts,
      ctx,
      result.reading.articleDate,
    ),
  );
}

ingestFeature.command("ingest", async (ctx) => {
  if (!(await isAdmin(ctx))) return refuse(ctx, "ingest");
  const text = ctx.match.trim();
  const dated = /^date\s+(\d{1,9})\s+(\S+)$/.exec(text);
  if (dated) {
    const r = await redateArticle(ctx.deps.db, Number(dated[1]), dated[2] ?? "", ctx.from?.id ?? 0);
    await ctx.reply(ctx.tr("ingest-dated", { date: formatDate(dated[2] ?? "", ctx.lang) }), {
      parse_mode: "HTML",
    });
    return reply(ctx, await articleCard(Number(dated[1]), r.title, r.summary, r.facts, ctx, r.publishedOn));
  }
  const edit = /^edit\s+(\d{1,9})\s+(.+)$/s.exec(text);
  if (edit) {
    const fact = await editCandidate(ctx.deps.db, Number(edit[1]), edit[2] ?? "", ctx.from?.id ?? 0);
    const { title, summary, facts, publishedOn } = await articleFactsOf(ctx.deps.db, fact.articleId);
    await ctx.reply(ctx.tr("ingest-edited"), { parse_mode: "HTML" });
    return reply(ctx, await articleCard(fact.articleId, title, summary, facts, ctx, publishedOn));
  }
  if (text) return ingest(ctx, text);
  await waiting(ctx).write(waitKey(ctx), Date.now() + WAIT_MS);
  await ctx.reply(ctx.tr("ingest-send-text"), { parse_mode: "HTML" });
});

// The article as the next message (typed, pasted or forwarded) after a bare /ingest.
ingestFeature.on("message:text", async (ctx, next) => {
  if (ctx.message.text.startsWith("/") || !(await isAdmin(ctx))) return next();
  const until = Number((await waiting(ctx).read(waitKey(ctx))) ?? 0);
  if (until < Date.now()) return next();
  await waiting(ctx).delete(waitKey(ctx));
  await ingest(ctx, ctx.message.text);
});

// A .txt document: with /ingest as its caption, or as the next message after a bare /ingest.
ingestFeature.on("message:document", async (ctx, next) => {
  const doc = ctx.message.document;
  const caption = ctx.message.caption ?? "";
  if (!(await isAdmin(ctx))) return next();
  const expected = Number((await waiting(ctx).read(waitKey(ctx))) ?? 0) >= Date.now();
  if (!caption.startsWith("/ingest") && !expected) return next();
  const isText = doc.mime_type === "text/plain" || (doc.file_name ?? "").toLowerCase().endsWith(".txt");
  if (!isText) return void (await ctx.reply(ctx.tr("ingest-txt-only"), { parse_mode: "HTML" }));
  if ((doc.file_size ?? 0) > 200_000) throw new DomainError("article_too_long", { max: 50_000 });
  await waiting(ctx).delete(waitKey(ctx));
  const file = await ctx.getFile();
  if (!file.file_path) throw new Error("Telegram gave no file path for the document");
  await ingest(ctx, await ctx.downloadText(file.file_path));
});

async function refreshCard(ctx: BotContext, articleId: number): Promise<void> {
  const { title, summary, facts, publishedOn } = await articleFactsOf(ctx.deps.db, articleId);
  await replaceWith(ctx, await articleCard(articleId, title, summary, facts, ctx, publishedOn));
}

ingestFeature.callbackQuery(/^af:(\d+):e$/, async (ctx) => {
  if (!(await isAdmin(ctx))) return refuse(ctx, "edit_candidate");
  await ctx.answerCallbackQuery();
  await ctx.reply(ctx.tr("ingest-edit-how", { id: ctx.match[1] ?? "" }), { parse_mode: "HTML" });
});

ingestFeature.callbackQuery(/^af:(\d+):(a|r)$/, async (ctx) => {
  if (!(await isAdmin(ctx))) return refuse(ctx, "decide_fact");
  const id = Number(ctx.match[1]);
  try {
    const fact = await decideFact(ctx.deps.db, id, ctx.match[2] === "a" ? "approve" : "reject", ctx.from.id);
    await ctx.answerCallbackQuery({
      text: ctx.tr(fact.status === "approved" ? "ingest-approved" : "ingest-rejected"),
    });
    await refreshCard(ctx, fact.articleId);
  } catch (err) {
    if (!(err instanceof DomainError) || err.code !== "fact_not_approvable") throw err;
    await ctx.answerCallbackQuery({ text: ctx.tr("ingest-not-approvable"), show_alert: true });
  }
});

ingestFeature.callbackQuery(/^aa:(\d+)$/, async (ctx) => {
  if (!(await isAdmin(ctx))) return refuse(ctx, "approve_all");
  const articleId = Number(ctx.match[1]);
  const { approved, left } = await approveAll(ctx.deps.db, articleId, ctx.from.id);
  await ctx.answerCallbackQuery({
    text: ctx.tr("ingest-approved-all", { approved: String(approved), left: String(left) }),
  });
  await refreshCard(ctx, articleId);
});

ingestFeature.command("admins", async (ctx) => {
  if (!(await isAdmin(ctx))) return refuse(ctx, "admins");
  const [action, idText] = ctx.match.trim().split(/\s+/);
  const db = ctx.deps.db;
  if (action === "add" || action === "remove") {
    if (!idText || !/^\d{1,15}$/.test(idText))
      throw new DomainError("invalid_user_id", { input: idText ?? "" });
    const id = Number(idText);
    await setAdmin(db, id, action === "add", ctx.from?.id ?? 0);
    return void (await ctx.reply(
      ctx.tr(action === "add" ? "admins-added" : "admins-removed", { id: String(id) }),
      { parse_mode: "HTML" },
    ));
  }
  const stored = await addedAdmins(db);
  const configured = ctx.deps.adminIds ?? [];
  await ctx.reply(
    ctx.tr("admins-list", {
      configured: configured.length ? configured.join(", ") : "—",
      added: stored.length ? stored.join(", ") : "—",
    }),
    { parse_mode: "HTML" },
  );
});

function factsCard(facts: StoredFact[], ctx: BotContext): Reply {
  const lines = [ctx.tr("facts-heading"), ""];
  for (const f of facts) {
    const label = escapeHtml(ctx.lang === "ru" ? f.labelRu : f.label);
    const what =
      f.kind === "price" && f.value !== null
        ? `${label}, ${f.date}: <b>${formatRub(f.value, ctx.lang)}</b>`
        : `${f.date} · ${label}`;
    lines.push(
      `${f.retracted ? "🚫" : "•"} <code>${f.ref}</code> ${what}${f.retracted ? ` (${ctx.tr("facts-retracted")})` : ""}`,
    );
  }
  lines.push("", ctx.tr("facts-hint"));
  const buttons: Button[][] = facts
    .slice(0, 10)
    .map((f) => [
      f.retracted
        ? { text: `↩️ ${ctx.tr("facts-restore")} ${f.ref}`, data: `fx:${f.ref}:u` }
        : { text: `🚫 ${ctx.tr("facts-retract")} ${f.ref}`, data: `fx:${f.ref}:r` },
    ]);
  return { text: lines.join("\n"), buttons };
}

ingestFeature.command("facts", async (ctx) => {
  if (!(await isAdmin(ctx))) return refuse(ctx, "facts");
  const [action, ref, value] = ctx.match.trim().split(/\s+/);
  if (action === "edit") {
    const amount = Number((value ?? "").replace(",", "."));
    if (!ref || !(amount > 0)) throw new DomainError("fact_not_found", { id: ref ?? "" });
    await editPriceValue(ctx.deps.db, ref, amount, ctx.from?.id ?? 0);
    await ctx.reply(ctx.tr("facts-edited", { ref, value: formatRub(amount, ctx.lang) }), {
      parse_mode: "HTML",
    });
  }
  await reply(ctx, factsCard(await recentFacts(ctx.deps.db), ctx));
});

ingestFeature.callbackQuery(/^fx:([pc]\d{1,9}):(r|u)$/, async (ctx) => {
  if (!(await isAdmin(ctx))) return refuse(ctx, "retract_fact");
  await setRetracted(ctx.deps.db, ctx.match[1] ?? "", ctx.match[2] === "r", ctx.from.id);
  await ctx.answerCallbackQuery({
    text: ctx.tr(ctx.match[2] === "r" ? "facts-retracted-toast" : "facts-restored-toast"),
  });
  await replaceWith(ctx, factsCard(await recentFacts(ctx.deps.db), ctx));
});

/**
 * "Минпромторг сохраняет правила: принято, с 1 января 2023", "Estonia restricts: adopted": who
 * decides by the body the article names (for Russia) or by the country's name in the reader's
 * language, not by the letters a country's stem matched in the article ("Эстони").
 */
function policyLine(c: Extract<Candidate, { kind: "policy" }>, ctx: BotContext): string {
  const russian = !c.jurisdiction || c.jurisdiction === "RU";
  const who = russian
    ? c.actor
      ? ctx.tr(`ingest-actor-${c.actor}`)
      : c.who
    : c.jurisdiction
      ? (countryNames(ctx.lang).of(c.jurisdiction) ?? c.who)
      : c.who;
  const status = c.status ? `: ${ctx.tr(`ingest-status-${c.status}`)}` : "";
  const when = c.effective
    ? `${status ? "," : ":"} ${ctx.tr("ingest-policy-from", { date: formatDate(c.effective, ctx.lang) })}`
    : c.undated
      ? ` ${ctx.tr("ingest-undated")}`
      : c.year
        ? ` (${c.year})`
        : "";
  return `${escapeHtml(who)} ${ctx.tr(`ingest-action-${c.action}`)}${status}${when}`;
}

const regionNames = new Map<string, Intl.DisplayNames>();
function countryNames(lang: string): Intl.DisplayNames {
  let names = regionNames.get(lang);
  if (!names) {
    names = new Intl.DisplayNames([lang], { type: "region" });
    regionNames.set(lang, names);
  }
  return names;
}
