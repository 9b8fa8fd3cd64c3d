// npm run bench:extract — the article reader against our evaluation set
// (test/fixtures/extract-eval/, README there): recall and precision per fact kind and per
// language, the tuning part and the held-out part apart, and the reader's speed.
//   --show            misses and wrong proposals per article, tuning part only
//   --show-holdout    the same for the held-out part too (look only when the reader is done)
// Env: BENCH_EXTRACT_SECONDS (1): the least time the speed passes run.
import { loadVocabulary, readForEval } from "./extract-adapter.ts";
import {
  type EvalArticle,
  FACT_KINDS,
  type Fact,
  loadEvalSet,
  matchFacts,
  nearMiss,
} from "./extract-gold.ts";

const args = process.argv.slice(2);
const show = args.includes("--show") || args.includes("--show-holdout");
const showHoldout = args.includes("--show-holdout");
const minSeconds = Number(process.env.BENCH_EXTRACT_SECONDS ?? 1);

interface Tally {
  gold: number;
  pred: number;
  hitGold: number;
  hitPred: number;
}
const empty = (): Tally => ({ gold: 0, pred: 0, hitGold: 0, hitPred: 0 });
const add = (t: Tally, u: Tally) => {
  t.gold += u.gold;
  t.pred += u.pred;
  t.hitGold += u.hitGold;
  t.hitPred += u.hitPred;
};
const recall = (t: Tally) => (t.gold === 0 ? 1 : t.hitGold / t.gold);
const precision = (t: Tally) => (t.pred === 0 ? 1 : t.hitPred / t.pred);

const set = loadEvalSet();
const vocab = loadVocabulary();

interface Scored {
  article: EvalArticle;
  pred: Fact[];
  byKind: Map<string, Tally>;
  missed: Fact[];
  wrong: Fact[];
}

function score(article: EvalArticle): Scored {
  const pred = readForEval(article.text, article.date, vocab);
  const m = matchFacts(pred, article.gold);
  const byKind = new Map<string, Tally>(FACT_KINDS.map((k) => [k, empty()]));
  const tally = (kind: string) => {
    const t = byKind.get(kind) ?? empty();
    byKind.set(kind, t);
    return t;
  };
  article.gold.forEach((g, i) => {
    const t = tally(g.kind);
    t.gold++;
    if ((m.goldToPred[i] ?? -1) >= 0) t.hitGold++;
  });
  pred.forEach((p, i) => {
    const t = tally(p.kind);
    t.pred++;
    if (m.matchedPred[i]) t.hitPred++;
  });
  return {
    article,
    pred,
    byKind,
    missed: article.gold.filter((_, i) => (m.goldToPred[i] ?? -1) < 0),
    wrong: pred.filter((_, i) => !m.matchedPred[i]),
  };
}

const scored = set.map(score);

/** A rate over nothing (no labels, or no proposals) is shown as a dash, not as 1. */
const fmt = (x: number, over: number) => (over === 0 ? "   -" : x.toFixed(2));
function table(title: string, rows: Scored[]): Tally {
  const total = empty();
  const kinds = new Map<string, Tally>();
  const langs = new Map<string, Tally>();
  for (const r of rows) {
    const lang = langs.get(r.article.language) ?? empty();
    langs.set(r.article.language, lang);
    for (const [kind, t] of r.byKind) {
      const k = kinds.get(kind) ?? empty();
      kinds.set(kind, k);
      add(k, t);
      add(lang, t);
      add(total, t);
    }
  }
  const line = (name: string, t: Tally) =>
    `  ${name.padEnd(18)} ${String(t.gold).padStart(5)} ${String(t.pred).padStart(5)} ${String(t.hitGold).padStart(7)}   ${fmt(recall(t), t.gold)}      ${fmt(precision(t), t.pred)}`;
  console.log(`\n${title} (${rows.length} articles)`);
  console.log(`  ${"".padEnd(18)}  gold  pred matched  recall  precision`);
  for (const kind of FACT_KINDS) console.log(line(kind, kinds.get(kind) ?? empty()));
  for (const [kind, t] of kinds) if (!FACT_KINDS.includes(kind as Fact["kind"])) console.log(line(kind, t));
  for (const lang of ["ru", "en"]) console.log(line(`language ${lang}`, langs.get(lang) ?? empty()));
  console.log(line("all", total));
  return total;
}

const tuning = scored.filter((s) => s.article.part === "tuning");
const holdout = scored.filter((s) => s.article.part === "holdout");
const all = table("Whole set", scored);
table("Tuning part", tuning);
const held = table("Held-out part", holdout);

/**
 * Where the errors of a part lie, by totals only: a labelled fact with no proposal near it is
 * unread; one whose figure was proposed with a wrong field counts against that field; a proposal
 * near no labelled fact is spurious. Each missed fact is paired with at most one wrong proposal.
 */
function errors(title: string, rows: Scored[]): void {
  // A policy by its action and status, a threshold by its purpose: the kind of figure, never its text.
  const kindKey = (f: Fact) =>
    f.kind === "policy"
      ? `policy (${f.action}, ${f.status})`
      : f.kind === "threshold"
        ? `threshold (${f.purpose})`
        : f.kind;
  const fields = new Map<string, number>();
  const unread = new Map<string, number>();
  const spurious = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const r of rows) {
    const wrong = r.wrong.map(() => false);
    for (const g of r.missed) {
      const i = r.wrong.findIndex((p, k) => !wrong[k] && nearMiss(p, g) !== null);
      if (i < 0) {
        bump(unread, kindKey(g));
        continue;
      }
      wrong[i] = true;
      const p = r.wrong[i] as Fact;
      for (const f of nearMiss(p, g) ?? []) bump(fields, `${g.kind} ${f}`);
    }
    r.wrong.forEach((p, k) => {
      if (!wrong[k]) bump(spurious, kindKey(p));
    });
  }
  const list = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `${k} ${n}`)
      .join(", ") || "none";
  console.log(`\n${title}: where the errors lie`);
  console.log(`  figure read, a field wrong: ${list(fields)}`);
  console.log(`  labelled, not read:         ${list(unread)}`);
  console.log(`  proposed, not labelled:     ${list(spurious)}`);
}
errors("Tuning part", tuning);
errors("Held-out part", holdout);

if (show) {
  for (const s of showHoldout ? scored : tuning) {
    if (s.missed.length === 0 && s.wrong.length === 0) continue;
    console.log(`\n${s.article.id} (${s.article.part})`);
    for (const f of s.missed) console.log(`  missed ${JSON.stringify(f)}`);
    for (const f of s.wrong) console.log(`  wrong  ${JSON.stringify(f)}`);
  }
}

// Speed: the reader alone over the whole set, the vocabulary built once above; whole passes until
// at least minSeconds and five passes have run, after one warm-up pass.
for (const a of set) readForEval(a.text, a.date, vocab);
let passes = 0;
const t0 = performance.now();
let elapsed = 0;
while (passes < 5 || elapsed < minSeconds * 1000) {
  for (const a of set) readForEval(a.text, a.date, vocab);
  passes++;
  elapsed = performance.now() - t0;
}
const perSecond = (passes * set.length) / (elapsed / 1000);
console.log(`\nspeed: ${passes} passes over ${set.length} articles in ${(elapsed / 1000).toFixed(2)} s`);

console.log(
  `RESULT recall=${recall(all).toFixed(3)} precision=${precision(all).toFixed(3)} holdout_recall=${recall(held).toFixed(3)} holdout_precision=${precision(held).toFixed(3)} articles_per_s=${perSecond.toFixed(0)}`,
);
