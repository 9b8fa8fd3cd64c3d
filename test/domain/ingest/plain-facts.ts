// The facts the reader proposes for a text, without the provenance every candidate carries (its
// sentence, span and confidence), so a test compares only what was read.
import { ingestVocabulary, readArticle } from "../../../domain/ingest/extract.ts";

const vocab = ingestVocabulary([]);

export function plainFacts(text: string, articleDate: string | null): Record<string, unknown>[] {
  return readArticle(text, vocab, { articleDate }).facts.map((f) => {
    const {
      sentence: _s,
      span: _p,
      confidence: _c,
      ...rest
    } = f as typeof f & { sentence?: string; span?: string; confidence?: number };
    return rest as Record<string, unknown>;
  });
}

const LOCALIZATION_KINDS = new Set(["threshold", "model_score", "localization_item", "max_score"]);

/** The localization facts alone (thresholds, model scores, points per item, the maximum), plain. */
export function localizationFacts(
  text: string,
  articleDate: string | null = null,
): Record<string, unknown>[] {
  return plainFacts(text, articleDate).filter((f) => LOCALIZATION_KINDS.has(String(f.kind)));
}
