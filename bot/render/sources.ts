import type { Source } from "../../domain/sources.ts";
import type { Lang, Translate } from "../i18n.ts";
import { escapeHtml, formatDate } from "./format.ts";

/** A source's publisher and title in the user's language (English where no Russian is stored). */
export function sourceNames(s: Source, lang: Lang): { publisher: string; title: string } {
  return lang === "ru"
    ? { publisher: s.publisherRu ?? s.publisher, title: s.titleRu ?? s.title }
    : { publisher: s.publisher, title: s.title };
}

/** The exact date, or the approximate one ("late 2022") where only that is known. */
function sourceDate(s: Source, lang: Lang): string {
  if (s.publishedOn) return formatDate(s.publishedOn, lang);
  return (lang === "ru" ? (s.dateNoteRu ?? s.dateNoteEn) : s.dateNoteEn) ?? "";
}

/** One source as people cite it: publisher — title (linked where we have the link), date. */
export function sourceLabel(s: Source, lang: Lang): string {
  const names = sourceNames(s, lang);
  const title = escapeHtml(names.title);
  const linked = s.url ? `<a href="${escapeHtml(s.url)}">${title}</a>` : title;
  const when = sourceDate(s, lang);
  const date = when ? `, ${escapeHtml(when)}` : "";
  return `${escapeHtml(names.publisher)} — ${linked}${date}`;
}

/** The numbered source list that closes every answer. */
export function renderSources(sources: Source[], lang: Lang, t: Translate): string[] {
  if (sources.length === 0) return [];
  const lines = sources.map((s, i) => `[${i + 1}] ${sourceLabel(s, lang)}`);
  return ["", t("sources-heading"), ...lines];
}
