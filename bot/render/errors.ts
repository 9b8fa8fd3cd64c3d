import type { DomainError } from "../../domain/errors.ts";
import type { Translate } from "../i18n.ts";
import { escapeHtml } from "./format.ts";

/** A domain error as a polite message; lists are joined and every value is escaped. */
export function renderDomainError(error: DomainError, t: Translate): string {
  const vars: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(error.details)) {
    vars[key] = Array.isArray(value)
      ? value.map(escapeHtml).join(", ")
      : typeof value === "string"
        ? escapeHtml(value)
        : String(value);
  }
  return t(`error-${error.code.replace(/_/g, "-")}`, vars);
}
