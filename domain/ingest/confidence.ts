// How sure the reader is of a candidate, and the words it came from, for the admin's card. The
// score starts high and loses for each thing the sentence did not state itself: a period or a
// subject carried over from another sentence, a hedged figure, a year that cannot be known, a
// series or purpose the knowledge base does not hold, a model guessed from its brand.
import type { Candidate } from "./extract.ts";

const clip = (s: string, n = 140) => (s.length > n ? `${s.slice(0, s.lastIndexOf(" ", n))}…` : s);

/** The clause that carries the decision: the one with a date or an amount, else the sentence's start. */
function clauseWith(sentence: string, words: RegExp): string {
  const clauses = sentence.split(/(?<=[,;:])\s+|\s[—–]\s/u);
  return clip((clauses.find((c) => words.test(c)) ?? sentence).trim());
}

const DATE_OR_AMOUNT =
  /\d|январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр|january|february|march|april|may|june|july|august|september|october|november|december/iu;

function score(c: Candidate): number {
  let x = 0.9;
  const sentence = c.sentence;
  switch (c.kind) {
    case "price": {
      if (!c.period) x -= 0.3;
      if (!c.series) x -= 0.3;
      if (c.hedge) x -= 0.1;
      if (c.span && !c.span.match(/руб|₽|rub|roubles?|rubles?/iu)) x -= 0.1;
      // A subject told in another sentence: the figure's own sentence names no car at all.
      if (
        c.series &&
        !/car|авто|машин|легков|иномар|price|цен|стои|cost|[A-ZА-Я][a-zа-я]+\s?\d/u.test(sentence)
      )
        x -= 0.15;
      break;
    }
    case "recycling_fee":
      if (!c.from) x -= 0.2;
      if (c.hedge) x -= 0.1;
      if (!c.category.includes("-") && c.category !== "base-rate") x -= 0.1;
      break;
    case "fee_policy":
      if (!c.effective) x -= 0.15;
      break;
    case "threshold":
      if (!c.from) x -= 0.15;
      if (!c.status) x -= 0.05;
      break;
    case "model_score":
      if (!c.date) x -= 0.15;
      break;
    case "policy":
      if (!c.effective) x -= 0.1;
      if (c.action === "changes") x -= 0.1;
      break;
    default:
      break;
  }
  if ("undated" in c && c.undated) x -= 0.2;
  return Math.max(0.1, Math.min(0.95, Math.round(x * 100) / 100));
}

export function withProvenance(c: Candidate): Candidate {
  const span = c.span ?? clauseWith(c.sentence, DATE_OR_AMOUNT);
  return { ...c, span, confidence: score(c) };
}
