// The policy decisions the reader proposes for a text, reduced to what the policy tests compare.
import { ingestVocabulary, readArticle } from "../../../domain/ingest/extract.ts";

export interface Decision {
  kind: string;
  jurisdiction: string | null;
  action?: string;
  status: string | undefined;
  effective: string | null | undefined;
}

const vocab = ingestVocabulary([]);

/** Policies and fee decisions, in the order proposed; the article date as given or as its first line says. */
export const decisions = (text: string, articleDate?: string): Decision[] =>
  readArticle(text, vocab, articleDate ? { articleDate } : {}).facts.flatMap((f): Decision[] =>
    f.kind === "policy"
      ? [
          {
            kind: "policy",
            jurisdiction: f.jurisdiction,
            action: f.action,
            status: f.status,
            effective: f.effective,
          },
        ]
      : f.kind === "fee_policy"
        ? [{ kind: "fee", jurisdiction: f.jurisdiction ?? "RU", status: f.status, effective: f.effective }]
        : [],
  );

/** A decision by what it does (its action, or "fee" for a fee decision) and whose it is. */
export interface CountryDecision {
  kind: string;
  country: string | null;
  status: string | undefined;
  effective: string | null | undefined;
}

/** Policies and fee decisions as the country tests compare them, in the order proposed. */
export const countryDecisions = (text: string): CountryDecision[] =>
  readArticle(text, vocab).facts.flatMap((f): CountryDecision[] =>
    f.kind === "fee_policy"
      ? [{ kind: "fee", country: f.jurisdiction ?? "RU", status: f.status, effective: f.effective }]
      : f.kind === "policy"
        ? [{ kind: f.action, country: f.jurisdiction, status: f.status, effective: f.effective }]
        : [],
  );
