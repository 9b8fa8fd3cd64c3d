// The prices the reader proposes for a text, and the fields the price tests compare.
import { type Candidate, ingestVocabulary, readArticle } from "../../../domain/ingest/extract.ts";

export type Price = Extract<Candidate, { kind: "price" }>;

const vocab = ingestVocabulary([]);

export const prices = (text: string, articleDate: string | null = null): Price[] =>
  readArticle(text, vocab, { articleDate }).facts.filter((f): f is Price => f.kind === "price");

/** Series, period start, value and each change as [percent, basis, named period]. */
export const brief = (p: Price) => ({
  series: p.series,
  start: p.period?.start ?? null,
  value: p.value,
  changes: p.changes.map((c) => [c.pct, c.basis, c.vs ?? null]),
});

/** A price in brief with the roubles of each change and its hedge, for the table and hedge tests. */
export const withChanges = (text: string, date: string | null) =>
  prices(`Title\n${text}`, date).map((p) => ({
    ...brief(p),
    abs: p.changes.map((c) => c.abs),
    hedge: p.hedge,
  }));
