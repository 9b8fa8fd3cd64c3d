// Who said what in an ingested article: sentences with a reporting cue ("заявил", "по словам",
// "отметил", "считает", "said", "according to", "noted", "believes"), the speaker read from the
// names around the cue (an entity the catalogue knows first, else the capitalised name next to
// it), and the sentence kept as the quoted span. Deterministic; no network, no model.
import { type Catalogue, type Entity, entitiesIn } from "./entities.ts";

export interface ReadStatement {
  speaker: string;
  entity: Entity | null;
  /** The sentence the statement was read from. */
  quote: string;
  cue: string;
}

/** Cues after the speaker ("Мантуров заявил"), or before it ("заявил Мантуров", "по словам Мантурова"). */
const CUES: { re: RegExp; speaker: "before" | "after" | "either" }[] = [
  { re: /(?<!\p{L})по словам\s+/iu, speaker: "after" },
  { re: /(?<!\p{L})как сообщил[аи]?\s+/iu, speaker: "after" },
  { re: /\baccording to\s+/iu, speaker: "after" },
  {
    re: /(?<![\p{L}])(заявил[аи]?|отметил[аи]?|считает|считают|подчеркнул[аи]?|сообщил[аи]?|уверен[аы]?|полагает)(?![\p{L}])/iu,
    speaker: "either",
  },
  {
    re: /\b(said|says|noted|notes|believes|believe|stated|told|argued|added|expects)\b/iu,
    speaker: "either",
  },
];

const NAME_WORD = /^[A-ZА-ЯЁ][\p{L}'’-]+$/u;
/** Capitalised words that start sentences or name no one. */
const NOT_NAMES = new Set([
  "The",
  "This",
  "He",
  "She",
  "They",
  "It",
  "In",
  "But",
  "Он",
  "Она",
  "Они",
  "Это",
  "По",
  "Как",
  "Но",
  "И",
  "В",
]);

/** The capitalised name (first name and surname at most) that ends the text before a cue. */
function nameBefore(text: string): string | null {
  const words = text
    .replace(/[,—–-]\s*$/u, "")
    .trim()
    .split(/\s+/);
  const run: string[] = [];
  for (let i = words.length - 1; i >= 0 && run.length < 2; i--) {
    const w = (words[i] ?? "").replace(/[,.;:«»"()]/g, "");
    if (!NAME_WORD.test(w) || NOT_NAMES.has(w)) break;
    run.unshift(w);
  }
  return run.length ? run.join(" ") : null;
}

/** The capitalised name (at most three words) that starts the text after a cue. */
function nameAfter(text: string): string | null {
  const words = text.trim().split(/\s+/);
  const run: string[] = [];
  for (const raw of words) {
    const w = raw.replace(/[,.;:«»"()]/g, "");
    if (!NAME_WORD.test(w) || NOT_NAMES.has(w) || run.length >= 3) break;
    run.push(w);
    if (/[,.;:]$/.test(raw)) break;
  }
  return run.length ? run.join(" ") : null;
}

export function sentencesOf(text: string): string[] {
  return text
    .replace(/\s+/g, " ")
    .split(/(?<=[.!?…])\s+(?=[A-ZА-ЯЁ«"—–-])/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 20);
}

/** The statements of a text, one per sentence that has a cue and a speaker. */
export function readStatements(text: string, catalogue: Catalogue, limit = 8): ReadStatement[] {
  const out: ReadStatement[] = [];
  for (const sentence of sentencesOf(text)) {
    for (const cue of CUES) {
      const m = cue.re.exec(sentence);
      if (!m) continue;
      const before = sentence.slice(0, m.index);
      const after = sentence.slice(m.index + m[0].length);
      const typed =
        cue.speaker === "after"
          ? nameAfter(after)
          : cue.speaker === "before"
            ? nameBefore(before)
            : (nameBefore(before) ?? (/[,—–]\s*$/u.test(before) ? nameAfter(after) : null));
      // A known person or organisation named in the sentence beats a guess from capitals.
      const known = entitiesIn(catalogue, typed ?? sentence).find(
        (n) => n.entity.kind === "person" || n.entity.kind === "organisation",
      );
      if (!typed && !known) continue;
      out.push({
        speaker: known ? known.entity.nameEn : (typed ?? ""),
        entity: known?.entity ?? null,
        quote: sentence.length > 400 ? `${sentence.slice(0, 399)}…` : sentence,
        cue: m[0].trim().toLowerCase(),
      });
      break;
    }
    if (out.length >= limit) break;
  }
  return out;
}
