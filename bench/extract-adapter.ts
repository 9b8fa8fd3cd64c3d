// The one place that knows the reader's output types: runs domain/ingest/extract.ts on an
// evaluation article and maps its candidates onto the gold schema (bench/extract-gold.ts). When the
// reader changes its API or gains kinds, only this file changes.
import { seedSeries } from "../db/seed/data.ts";
import {
  type Candidate,
  type Change,
  type IngestVocabulary,
  ingestVocabulary,
  readArticle,
} from "../domain/ingest/extract.ts";
import type { Fact } from "./extract-gold.ts";

/** The series vocabulary the seed gives the database, built once (no database needed). */
export function loadVocabulary(): IngestVocabulary {
  return ingestVocabulary(seedSeries.map((s) => ({ key: s.key, aliases: s.aliases })));
}

/** The article date goes to the reader (it also reads a first line `date: YYYY-MM-DD` itself). */
export function readForEval(text: string, date: string | null, vocab: IngestVocabulary): Fact[] {
  return readArticle(text, vocab, { articleDate: date }).facts.flatMap(toGold);
}

const slugify = (s: string) =>
  s
    .toLowerCase()
    .replace(/москвич/gu, "moskvich")
    .replace(/лада/gu, "lada")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

function seriesOf(c: Extract<Candidate, { kind: "price" }>): string {
  if (c.series) return c.series;
  if (c.subject === "used passenger car") return "used-car-avg";
  if (c.subject === "new passenger car") return "new-car-avg";
  return slugify(c.subject) || "car";
}

const VS: Record<NonNullable<Change["basis"]>, "previous" | "year"> = {
  previous_period: "previous",
  year_ago: "year",
};

const ACTION = {
  restricts: "ban",
  keeps: "rule_kept",
  counts: "rule_changed",
  changes: "rule_changed",
  duty: "duty_change",
} as const;

function actorOf(who: string): string | undefined {
  if (/ministry of industry|minpromtorg|минпромторг|министерство промышленности/iu.test(who))
    return "ministry-industry";
  if (/government|правительств/iu.test(who)) return "government";
  return undefined;
}

export function toGold(c: Candidate): Fact[] {
  switch (c.kind) {
    case "price": {
      const base = {
        kind: "price" as const,
        series: seriesOf(c),
        period: c.period ? { start: c.period.start, granularity: c.period.granularity } : null,
        ...(c.undated && !c.period ? { undated: true as const } : {}),
        value: c.value,
        ...(c.hedge ? { hedge: c.hedge } : c.approximate ? { hedge: "approx" as const } : {}),
      };
      if (c.changes.length === 0) return [base];
      // One gold price per stated change (README.md: a level with two changes is two facts).
      return c.changes.map((ch) => ({
        ...base,
        ...(ch.pct !== null ? { change_pct: ch.pct } : {}),
        ...(ch.abs !== null ? { change_abs: ch.abs } : {}),
        ...(ch.basis ? { change_vs: VS[ch.basis] } : ch.vs ? { change_vs: ch.vs } : {}),
      }));
    }
    case "localization_item":
      return [{ kind: "localization_item", item: c.item, points: c.points }];
    case "max_score":
      return [{ kind: "max_score", points: c.points }];
    case "model_score":
      return [{ kind: "model_score", model: c.model, points: c.points, ...(c.date ? { date: c.date } : {}) }];
    case "threshold":
      return [
        {
          kind: "threshold",
          purpose: c.purpose,
          points: c.points,
          ...(c.from ? { from: c.from } : {}),
          ...(c.status ? { status: c.status } : {}),
          ...(c.undated && !c.from ? { undated: true as const } : {}),
        },
      ];
    case "recycling_fee":
      return [
        {
          kind: "recycling_fee",
          category: c.category,
          ...(c.old !== null ? { old: c.old } : {}),
          new: c.new,
          ...(c.unit === "coefficient" ? { unit: "coefficient" as const } : {}),
          from: c.from,
          ...(c.undated && !c.from ? { undated: true as const } : {}),
          ...(c.hedge ? { hedge: c.hedge } : {}),
        },
      ];
    case "fee_policy":
      return [
        {
          kind: "policy",
          jurisdiction: c.jurisdiction ?? "RU",
          ...(c.actor ? { actor: c.actor } : {}),
          action: "fee_change",
          status: c.status,
          effective: c.effective,
          ...(c.undated && !c.effective ? { undated: true as const } : {}),
          ...(c.amounts.length ? { amounts: c.amounts } : {}),
        },
      ];
    case "rule":
      return [{ kind: "rd_points", points_per_percent: c.points }];
    case "licence_rule":
      // "licence costs count toward localization": a rule change; the reader gives no status or date.
      return [
        { kind: "policy", jurisdiction: "RU", action: "rule_changed", status: "adopted", effective: null },
      ];
    case "policy": {
      const actor = c.actor ?? actorOf(c.who);
      return [
        {
          kind: "policy",
          jurisdiction: c.jurisdiction ?? "RU",
          ...(actor ? { actor } : {}),
          action: ACTION[c.action],
          // A statement without a status of its own is taken as adopted.
          status: c.status ?? "adopted",
          effective: c.effective !== undefined ? c.effective : c.year !== null ? `${c.year}-01-01` : null,
          ...(c.undated && !c.effective ? { undated: true as const } : {}),
        },
      ];
    }
  }
}
