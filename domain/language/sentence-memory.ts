// What the language layer has read of one article's sentences. The reader's parts (prices, fees,
// localization, policy) each ask for the figures and periods of the same sentences; each is read
// once per article. The memory is emptied when the next article begins, so nothing carries from
// one article to another and a long feed round holds only one article's sentences.

const tables: Map<string, unknown>[] = [];
const LIMIT = 2_000;

/** A table that keeps a reading per text until the next article begins. */
export function sentenceMemory<T>(): (text: string, read: () => T) => T {
  const table = new Map<string, T>();
  tables.push(table as Map<string, unknown>);
  return (text, read) => {
    if (table.has(text)) return table.get(text) as T;
    // Callers other than the article reader (questions, alert rules) never say an article began:
    // the table is bounded so that a bot running for months does not grow with them.
    if (table.size >= LIMIT) table.clear();
    const value = read();
    table.set(text, value);
    return value;
  };
}

/** Called when an article begins: what was read of the last one is let go. */
export function forgetSentences(): void {
  for (const t of tables) t.clear();
}
