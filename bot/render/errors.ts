import type { DomainError } from "../../domain/errors.ts";
import type { Lang, Translate } from "../i18n.ts";
import { escapeHtml } from "./format.ts";

/** A domain error as a polite message; lists are joined, names given in the user's language, every value escaped. */
export function renderDomainError(error: DomainError, t: Translate, lang: Lang): string {
  const vars: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(error.details)) {
    vars[key] = Array.isArray(value)
      ? value.map((v) => escapeHtml(typeof v === "string" ? v : v[lang])).join(", ")
      : typeof value === "string"
        ? escapeHtml(value)
        : String(value);
  }
  return t(`error-${error.code.replace(/_/g, "-")}`, vars);
}
