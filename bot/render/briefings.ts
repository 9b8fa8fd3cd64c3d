// Briefings for people: title, one-line gist or the matching passage, statements with who said
// them, the facts the source gave, and the source as it is cited (publisher, title, date, link).
import { MARK_START, MARK_STOP } from "../../db/queries/briefings.ts";
import type { BriefingAnswer, SaidItem } from "../../domain/briefings/ask.ts";
import { entityName } from "../../domain/briefings/entities.ts";
import {
  type Briefing,
  type BriefingFact,
  gistOf,
  NEWS_PAGE,
  type Statement,
  statementGist,
  summaryIn,
} from "../../domain/briefings/records.ts";
import type { Lang, Translate } from "../i18n.ts";
import { escapeHtml, formatDate, formatPeriod, formatRub } from "./format.ts";
import type { Button, Reply } from "./reply.ts";
import { sourceLabel, sourceNames } from "./sources.ts";

/** Callback data: a page of /news, and one briefing opened. */
export const newsPageData = (offset: number) => `bn:${offset}`;
export const openBriefingData = (id: number) => `bo:${id}`;

/** The matched words in bold; the passage is escaped first, so only our tags remain. */
export function highlight(fragment: string): string {
  return escapeHtml(fragment).split(MARK_START).join("<b>").split(MARK_STOP).join("</b>");
}

function title(b: Briefing, lang: Lang): string {
  return escapeHtml(sourceNames(b.source, lang).title);
}

function speakerOf(s: Statement, b: Briefing, lang: Lang): string {
  const e = b.entities.find((x) => x.id === s.speakerEntityId);
  const name = e ? entityName(e, lang) : s.speaker;
  const role = lang === "ru" ? (s.roleRu ?? s.roleEn) : s.roleEn;
  return role ? `${escapeHtml(name)} (${escapeHtml(role)})` : escapeHtml(name);
}

function listItem(b: Briefing, n: number, lang: Lang, text: string): string {
  return `<b>${n}. ${title(b, lang)}</b>\n${text}\n<i>${sourceLabel(b.source, lang)}</i>`;
}

function openButtons(items: Briefing[], first: number, t: Translate): Button[][] {
  const row = items.map((b, i) => ({
    text: t("briefing-open", { n: first + i + 1 }),
    data: openBriefingData(b.id),
  }));
  return row.length ? [row] : [];
}

export function renderNewsPage(
  page: { items: Briefing[]; offset: number; total: number },
  lang: Lang,
  t: Translate,
): Reply {
  if (page.items.length === 0) return { text: t("briefing-news-empty"), buttons: [] };
  const lines = [t("briefing-news-heading"), ""];
  page.items.forEach((b, i) => {
    lines.push(listItem(b, page.offset + i + 1, lang, escapeHtml(gistOf(b, lang))), "");
  });
  lines.push(t("briefing-news-hint"));
  const nav: Button[] = [];
  if (page.offset > 0)
    nav.push({ text: t("button-prev"), data: newsPageData(Math.max(0, page.offset - NEWS_PAGE)) });
  if (page.offset + page.items.length < page.total)
    nav.push({ text: t("button-next"), data: newsPageData(page.offset + NEWS_PAGE) });
  return {
    text: lines.join("\n").trim(),
    buttons: [...openButtons(page.items, page.offset, t), ...(nav.length ? [nav] : [])],
  };
}

export function renderFound(items: Briefing[], lang: Lang, t: Translate): Reply {
  const lines = [t("briefing-found-heading", { n: items.length }), ""];
  items.forEach((b, i) => {
    const text = b.fragment ? `…${highlight(b.fragment)}…` : escapeHtml(gistOf(b, lang));
    lines.push(listItem(b, i + 1, lang, text), "");
  });
  return { text: lines.join("\n").trim(), buttons: openButtons(items, 0, t) };
}

function saidLines(items: SaidItem[], lang: Lang): string[] {
  return items.map(
    (i) =>
      `• ${escapeHtml(statementGist(i.statement, lang))}\n  <i>${sourceLabel(i.briefing.source, lang)}</i>`,
  );
}

export function renderNothing(query: string, t: Translate): Reply {
  return { text: t("briefing-nothing", { query: escapeHtml(query.slice(0, 80)) }), buttons: [] };
}

export function renderBriefingAnswer(answer: BriefingAnswer, lang: Lang, t: Translate): Reply {
  switch (answer.kind) {
    case "nothing":
      return renderNothing(answer.query, t);
    case "found":
      return renderFound(answer.items, lang, t);
    case "said": {
      const who = escapeHtml(entityName(answer.speaker, lang));
      const about = escapeHtml(answer.about.join(", "));
      const heading =
        answer.onTopic && about
          ? t("briefing-said-about", { who, about })
          : answer.onTopic
            ? t("briefing-said", { who })
            : t("briefing-said-not-about", { who, about: about || "…" });
      const briefings = [...new Map(answer.items.map((i) => [i.briefing.id, i.briefing])).values()];
      return {
        text: [heading, "", ...saidLines(answer.items, lang)].join("\n"),
        buttons: openButtons(briefings, 0, t),
      };
    }
    case "who": {
      const e = answer.entity;
      const role = lang === "ru" ? (e.roleRu ?? e.roleEn) : e.roleEn;
      const name = escapeHtml(entityName(e, lang));
      const lines = [
        role ? t("briefing-who", { name, role: escapeHtml(role) }) : t("briefing-who-plain", { name }),
      ];
      if (answer.items.length > 0) lines.push("", t("briefing-who-said"), ...saidLines(answer.items, lang));
      const others = answer.briefings.filter((b) => !answer.items.some((i) => i.briefing.id === b.id));
      if (others.length > 0) {
        lines.push("", t("briefing-who-mentioned"));
        for (const b of others) lines.push(`• ${title(b, lang)} — <i>${sourceLabel(b.source, lang)}</i>`);
      }
      const all = [
        ...new Map(
          [...answer.items.map((i) => i.briefing), ...answer.briefings].map((b) => [b.id, b]),
        ).values(),
      ];
      return { text: lines.join("\n"), buttons: openButtons(all, 0, t) };
    }
  }
}

function factLine(f: BriefingFact, lang: Lang, t: Translate): string {
  const name = escapeHtml(lang === "ru" ? f.nameRu : f.nameEn);
  if (f.kind === "price" && f.value !== undefined && f.period)
    return `• ${name}: ${formatRub(f.value, lang)} (${formatPeriod(f.period, lang, t)})`;
  const when = f.effectiveOn ? `, ${formatDate(f.effectiveOn, lang, f.datePrecision ?? "day")}` : "";
  return `• ${name}${when}`;
}

/** One briefing opened: everything we hold of it. */
export function renderBriefing(
  card: { briefing: Briefing; facts: BriefingFact[] },
  lang: Lang,
  t: Translate,
): Reply {
  const b = card.briefing;
  const lines = [
    `<b>${title(b, lang)}</b>`,
    `<i>${sourceLabel(b.source, lang)}</i>`,
    "",
    escapeHtml(summaryIn(b, lang)),
  ];
  if (b.statements.length > 0) {
    lines.push("", t("briefing-statements"));
    for (const s of b.statements)
      lines.push(`• ${speakerOf(s, b, lang)}: ${escapeHtml(statementGist(s, lang))}`);
  }
  if (card.facts.length > 0) {
    lines.push("", t("briefing-facts"));
    for (const f of card.facts) lines.push(factLine(f, lang, t));
  }
  if (b.source.url)
    lines.push(
      "",
      `${t("briefing-link")} <a href="${escapeHtml(b.source.url)}">${escapeHtml(b.source.url)}</a>`,
    );
  if (b.language !== lang && !(lang === "ru" ? b.summaryRu : b.summaryEn))
    lines.push("", t("briefing-original-language"));
  return { text: lines.join("\n"), buttons: [] };
}
