// A chat's alert rules: set one (the same one twice is one), list them by name, mute, unmute,
// delete, and the chat's quiet hours. Rules are described to users by name in their language,
// never by key.
import type { Db } from "../../db/client.ts";
import {
  type AlertRuleRow,
  countRules,
  deleteRule,
  findAlertChat,
  insertRule,
  rulesOf,
  setMuted,
  setQuietHours,
  upsertAlertChat,
} from "../../db/queries/alerts.ts";
import { findSubscriber } from "../../db/queries/digests.ts";
import { listSeries } from "../../db/queries/prices.ts";
import { parseDigestTime, parseTimeZone } from "../digest/subscriptions.ts";
import { DomainError, type UserName } from "../errors.ts";
import { loadPurposes } from "../localization.ts";
import { vocabulary } from "../policy.ts";
import type { AlertSpec } from "./spec.ts";

/** Enough for anyone following a market; a bound so one chat cannot fill the table. */
export const MAX_RULES_PER_CHAT = 50;

export interface AlertChat {
  chatId: number;
  chatType: string;
  lang: "en" | "ru";
}

/** A rule as users see it: what it follows, by name. */
export interface RuleView {
  id: number;
  kind: AlertSpec["kind"];
  muted: boolean;
  series?: UserName;
  direction?: string;
  level?: number;
  percent?: number;
  topic?: UserName;
  jurisdiction?: UserName;
  purpose?: UserName;
  keyword?: string;
}

async function names(db: Db) {
  const [series, policy, purposes] = await Promise.all([listSeries(db), vocabulary(db), loadPurposes(db)]);
  return {
    series: new Map(series.map((s) => [s.key, { en: s.shortEn, ru: s.shortRu }])),
    topics: new Map(policy.topics.map((t) => [t.key, { en: t.nameEn, ru: t.nameRu }])),
    jurisdictions: new Map(policy.jurisdictions.map((j) => [j.key, { en: j.nameEn, ru: j.nameRu }])),
    purposes: new Map(purposes.map((p) => [p.key as string, p.name])),
  };
}

export async function viewRules(db: Db, rows: AlertRuleRow[]): Promise<RuleView[]> {
  return viewWith(await names(db), rows);
}

function viewWith(n: Awaited<ReturnType<typeof names>>, rows: AlertRuleRow[]): RuleView[] {
  return rows.map((r) => {
    const view: RuleView = { id: r.id, kind: r.kind as AlertSpec["kind"], muted: r.muted };
    const series = r.seriesKey ? n.series.get(r.seriesKey) : undefined;
    if (series) view.series = series;
    if (r.direction) view.direction = r.direction;
    if (r.level !== null) view.level = r.level;
    if (r.percent !== null) view.percent = r.percent;
    const topic = r.topic ? n.topics.get(r.topic) : undefined;
    if (topic) view.topic = topic;
    const jurisdiction = r.jurisdiction ? n.jurisdictions.get(r.jurisdiction) : undefined;
    if (jurisdiction) view.jurisdiction = jurisdiction;
    const purpose = r.purpose ? n.purposes.get(r.purpose) : undefined;
    if (purpose) view.purpose = purpose;
    if (r.keyword) view.keyword = r.keyword;
    return view;
  });
}

/** Sets a rule for the chat; `existed` when the chat already had it (it is unmuted then). */
export async function setAlert(
  db: Db,
  chat: AlertChat,
  spec: AlertSpec,
  actor: number,
): Promise<{ rule: RuleView; existed: boolean }> {
  // A button's data or an old message may name what the knowledge base no longer holds.
  const known = await names(db);
  const unknown =
    ("seriesKey" in spec && !known.series.has(spec.seriesKey)) ||
    (spec.kind === "policy" && spec.topic !== null && !known.topics.has(spec.topic)) ||
    (spec.kind === "policy" && spec.jurisdiction !== null && !known.jurisdictions.has(spec.jurisdiction)) ||
    (spec.kind === "localization" && spec.purpose !== null && !known.purposes.has(spec.purpose));
  if (unknown) throw new DomainError("alert_invalid", { input: "" });
  await upsertAlertChat(db, chat);
  if ((await countRules(db, chat.chatId)) >= MAX_RULES_PER_CHAT)
    throw new DomainError("alert_limit", { max: MAX_RULES_PER_CHAT });
  const { row, existed } = await insertRule(db, {
    chatId: chat.chatId,
    kind: spec.kind,
    seriesKey: "seriesKey" in spec ? spec.seriesKey : null,
    direction: "direction" in spec ? spec.direction : null,
    level: spec.kind === "price_level" ? spec.level : null,
    percent: spec.kind === "price_change" ? spec.percent : null,
    topic: spec.kind === "policy" ? spec.topic : null,
    jurisdiction: spec.kind === "policy" ? spec.jurisdiction : null,
    purpose: spec.kind === "localization" ? spec.purpose : null,
    keyword: spec.kind === "keyword" || spec.kind === "policy" ? (spec.keyword ?? null) : null,
    createdBy: actor,
  });
  const [view] = viewWith(known, [row]);
  if (!view) throw new Error("rule view missing");
  return { rule: view, existed };
}

export async function listAlerts(db: Db, chatId: number): Promise<RuleView[]> {
  return viewRules(db, await rulesOf(db, chatId));
}

export async function muteAlert(db: Db, chatId: number, id: number, muted: boolean): Promise<void> {
  if (!(await setMuted(db, chatId, id, muted))) throw new DomainError("alert_not_found", { id });
}

export async function deleteAlert(db: Db, chatId: number, id: number): Promise<void> {
  if (!(await deleteRule(db, chatId, id))) throw new DomainError("alert_not_found", { id });
}

export interface QuietHours {
  from: number;
  to: number;
  timeZone: string;
}

/**
 * `22:00-08:00 [Europe/Moscow]` or `off`. The zone defaults to the chat's digest zone, else the
 * one stored for its alerts, else the bot's default.
 */
export async function setAlertQuietHours(
  db: Db,
  chat: AlertChat,
  input: string,
  defaultZone: string,
): Promise<QuietHours | null> {
  const text = input.trim();
  await upsertAlertChat(db, chat);
  if (/^(off|none|нет|выкл|выключить|убрать)$/i.test(text)) {
    await setQuietHours(db, chat.chatId, null);
    return null;
  }
  const m = /^(\d{1,2}[:.]\d{2})\s*(?:-|–|—|to|до)\s*(\d{1,2}[:.]\d{2})(?:\s+(\S+))?$/iu.exec(text);
  if (!m) throw new DomainError("quiet_hours_invalid", { input: text.slice(0, 40) });
  const from = parseDigestTime(m[1] ?? "");
  const to = parseDigestTime(m[2] ?? "");
  if (from === to) throw new DomainError("quiet_hours_invalid", { input: text.slice(0, 40) });
  const zone = m[3]
    ? parseTimeZone(m[3])
    : ((await findSubscriber(db, chat.chatId))?.timeZone ??
      (await findAlertChat(db, chat.chatId))?.timeZone ??
      defaultZone);
  const quiet = { from, to, timeZone: zone };
  await setQuietHours(db, chat.chatId, quiet);
  return quiet;
}

/** The chat's quiet hours, if any. */
export async function quietHoursOf(db: Db, chatId: number): Promise<QuietHours | null> {
  const chat = await findAlertChat(db, chatId);
  if (!chat || chat.quietFrom === null || chat.quietTo === null) return null;
  return { from: chat.quietFrom, to: chat.quietTo, timeZone: chat.timeZone };
}
