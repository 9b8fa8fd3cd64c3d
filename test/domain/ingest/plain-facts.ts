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
