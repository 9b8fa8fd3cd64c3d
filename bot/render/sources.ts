import type { Source } from "../../domain/sources.ts";
import type { Lang, Translate } from "../i18n.ts";
import { escapeHtml, formatDate } from "./format.ts";

/** The numbered source list that closes every answer. */
export function renderSources(sources: Source[], lang: Lang, t: Translate): string[] {
  if (sources.length === 0) return [];
  const lines = sources.map((s, i) => {
    const title = escapeHtml(s.title);
    const linked = s.url ? `<a href="${escapeHtml(s.url)}">${title}</a>` : title;
    const date = s.publishedOn ? `, ${formatDate(s.publishedOn, lang)}` : "";
    return `[${i + 1}] ${escapeHtml(s.publisher)} — ${linked}${date}`;
  });
  return ["", t("sources-heading"), ...lines];
}
