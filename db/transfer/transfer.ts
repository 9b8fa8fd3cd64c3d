// Export and import of the knowledge base (see format.ts). Import validates the whole file first
// and writes nothing when any row is wrong; then it writes everything in one transaction.
import { eq } from "drizzle-orm";
import { invalidateKnowledge } from "../cache.ts";
import type { Db } from "../client.ts";
import { upsertByKey } from "../queries/keyed.ts";
import {
  jurisdictions,
  localizationItemSources,
  localizationItems,
  localizationModelScores,
  localizationParameters,
  localizationRuleSetSources,
  localizationRuleSets,
  policyChangeSources,
  policyChanges,
  policyTopics,
  pricePointSources,
  pricePoints,
  priceReportedChanges,
  priceSeries,
  sources,
} from "../schema/index.ts";
import { type KnowledgeFile, knowledgeFileSchema } from "./format.ts";

const byKey = <T extends { key: string }>(a: T, b: T) => a.key.localeCompare(b.key);

export async function exportKnowledge(db: Db): Promise<KnowledgeFile> {
  const [
    src,
    series,
    points,
    pointSrc,
    reported,
    juris,
    topics,
    policy,
    policySrc,
    rules,
    ruleSrc,
    items,
    itemSrc,
    params,
    scores,
  ] = await Promise.all([
    db.select().from(sources),
    db.select().from(priceSeries),
    db.select().from(pricePoints),
    db.select().from(pricePointSources),
    db.select().from(priceReportedChanges),
    db.select().from(jurisdictions),
    db.select().from(policyTopics),
    db.select().from(policyChanges),
    db.select().from(policyChangeSources),
    db.select().from(localizationRuleSets),
    db.select().from(localizationRuleSetSources),
    db.select().from(localizationItems),
    db.select().from(localizationItemSources),
    db.select().from(localizationParameters),
    db.select().from(localizationModelScores),
  ]);
  const sourceKey = new Map(src.map((s) => [s.id, s.key]));
  const seriesKey = new Map(series.map((s) => [s.id, s.key]));
  const keysOf = <L extends { sourceId: number }>(links: L[], pick: (l: L) => boolean) =>
    links
      .filter(pick)
      .map((l) => sourceKey.get(l.sourceId) ?? "")
      .sort();
  return knowledgeFileSchema.parse({
    format: "auto-briefing-knowledge",
    version: 1,
    sources: src
      .map((s) => ({
        key: s.key,
        publisher: s.publisher,
        title: s.title,
        publisherRu: s.publisherRu,
        titleRu: s.titleRu,
        url: s.url,
        publishedOn: s.publishedOn,
        dateNoteEn: s.dateNoteEn,
        dateNoteRu: s.dateNoteRu,
      }))
      .sort(byKey),
    priceSeries: series
      .map((s) => ({
        key: s.key,
        kind: s.kind,
        nameEn: s.nameEn,
        nameRu: s.nameRu,
        shortEn: s.shortEn,
        shortRu: s.shortRu,
        region: s.region,
        currency: s.currency,
        methodEn: s.methodEn,
        methodRu: s.methodRu,
        methodSource: s.methodSourceId === null ? null : (sourceKey.get(s.methodSourceId) ?? null),
        model: s.model,
        aliases: s.aliases,
        sortOrder: s.sortOrder,
      }))
      .sort(byKey),
    pricePoints: points
      .map((p) => ({
        series: seriesKey.get(p.seriesId) ?? "",
        periodStart: p.periodStart,
        granularity: p.granularity,
        value: p.value,
        approximate: p.approximate,
        noteEn: p.noteEn,
        noteRu: p.noteRu,
        sources: keysOf(pointSrc, (l) => l.pointId === p.id),
        retractedAt: p.retractedAt?.toISOString() ?? null,
        reported: reported
          .filter((r) => r.pointId === p.id)
          .map((r) => ({
            basis: r.basis,
            changePct: r.changePct,
            changeAbs: r.changeAbs,
            source: sourceKey.get(r.sourceId) ?? "",
          }))
          .sort((a, b) => `${a.basis}${a.source}`.localeCompare(`${b.basis}${b.source}`)),
      }))
      .sort((a, b) =>
        `${a.series}|${a.periodStart}|${a.granularity}|${a.value}`.localeCompare(
          `${b.series}|${b.periodStart}|${b.granularity}|${b.value}`,
        ),
      ),
    jurisdictions: juris.map((j) => ({ ...j })).sort((a, b) => a.code.localeCompare(b.code)),
    policyTopics: topics.map((t) => ({ ...t })).sort(byKey),
    policyChanges: policy
      .map(({ id, createdAt: _c, origin: _o, ...p }) => ({
        ...p,
        sources: keysOf(policySrc, (l) => l.policyChangeId === id),
      }))
      .sort(byKey),
    ruleSets: rules
      .map(({ id, createdAt: _c, origin: _o, ...r }) => ({
        ...r,
        sources: keysOf(ruleSrc, (l) => l.ruleSetId === id),
      }))
      .sort(byKey),
    items: items
      .map(({ id, ...i }) => ({ ...i, sources: keysOf(itemSrc, (l) => l.itemId === id) }))
      .sort(byKey),
    parameters: params
      .map(({ id, sourceId, ...p }) => ({ ...p, source: sourceKey.get(sourceId) ?? "" }))
      .sort(byKey),
    modelScores: scores
      .map(({ id, sourceId, ...m }) => ({ ...m, source: sourceKey.get(sourceId) ?? "" }))
      .sort(byKey),
  });
}

export class ImportError extends Error {
  constructor(readonly problems: string[]) {
    super(`The file was not imported; nothing was written:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ImportError";
  }
}

/** Validates every row and every reference; returns the problems, one line each. */
async function check(db: Db, input: unknown): Promise<{ file: KnowledgeFile | null; problems: string[] }> {
  const parsed = knowledgeFileSchema.safeParse(input);
  if (!parsed.success) {
    return { file: null, problems: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`) };
  }
  const file = parsed.data;
  const problems: string[] = [];
  const [dbSources, dbSeries, dbJuris, dbTopics] = await Promise.all([
    db.select({ key: sources.key }).from(sources),
    db.select({ key: priceSeries.key }).from(priceSeries),
    db.select({ key: jurisdictions.code }).from(jurisdictions),
    db.select({ key: policyTopics.key }).from(policyTopics),
  ]);
  const known = (rows: { key: string }[], extra: string[]) => new Set([...rows.map((r) => r.key), ...extra]);
  const sourceKeys = known(
    dbSources,
    file.sources.map((s) => s.key),
  );
  const seriesKeys = known(
    dbSeries,
    file.priceSeries.map((s) => s.key),
  );
  const jurisKeys = known(
    dbJuris,
    file.jurisdictions.map((j) => j.code),
  );
  const topicKeys = known(
    dbTopics,
    file.policyTopics.map((t) => t.key),
  );
  const need = (where: string, key: string | null, set: Set<string>, what: string) => {
    if (key !== null && !set.has(key)) problems.push(`${where}: unknown ${what} "${key}"`);
  };
  file.priceSeries.forEach((s, i) => {
    need(`priceSeries.${i}.methodSource`, s.methodSource, sourceKeys, "source");
  });
  file.pricePoints.forEach((p, i) => {
    need(`pricePoints.${i}.series`, p.series, seriesKeys, "series");
    p.sources.forEach((s, k) => {
      need(`pricePoints.${i}.sources.${k}`, s, sourceKeys, "source");
    });
    p.reported.forEach((r, k) => {
      need(`pricePoints.${i}.reported.${k}.source`, r.source, sourceKeys, "source");
    });
  });
  file.policyChanges.forEach((p, i) => {
    need(`policyChanges.${i}.jurisdiction`, p.jurisdiction, jurisKeys, "jurisdiction");
    need(`policyChanges.${i}.topic`, p.topic, topicKeys, "topic");
    p.sources.forEach((s, k) => {
      need(`policyChanges.${i}.sources.${k}`, s, sourceKeys, "source");
    });
  });
  for (const [name, rows] of [
    ["ruleSets", file.ruleSets],
    ["items", file.items],
  ] as const) {
    rows.forEach((r, i) => {
      r.sources.forEach((s, k) => {
        need(`${name}.${i}.sources.${k}`, s, sourceKeys, "source");
      });
    });
  }
  file.parameters.forEach((p, i) => {
    need(`parameters.${i}.source`, p.source, sourceKeys, "source");
  });
  file.modelScores.forEach((m, i) => {
    need(`modelScores.${i}.source`, m.source, sourceKeys, "source");
  });
  return { file, problems };
}

export interface ImportCounts {
  sources: number;
  priceSeries: number;
  pricePoints: number;
  policyChanges: number;
  ruleSets: number;
  items: number;
}

/** Imports a knowledge file: all or nothing. Rows with a key already stored are updated. */
export async function importKnowledge(db: Db, input: unknown): Promise<ImportCounts> {
  const { file, problems } = await check(db, input);
  if (!file || problems.length > 0) throw new ImportError(problems);
  await db.transaction(async (tx) => {
    const sourceId = async (key: string) => {
      const [row] = await tx.select({ id: sources.id }).from(sources).where(eq(sources.key, key));
      if (!row) throw new Error(`source ${key} vanished`);
      return row.id;
    };
    for (const s of file.sources) await upsertByKey(tx, sources, { ...s, origin: "import" });
    for (const { methodSource, ...s } of file.priceSeries) {
      await upsertByKey(tx, priceSeries, {
        ...s,
        methodSourceId: methodSource ? await sourceId(methodSource) : null,
      });
    }
    for (const j of file.jurisdictions) {
      await tx.insert(jurisdictions).values(j).onConflictDoUpdate({ target: jurisdictions.code, set: j });
    }
    for (const t of file.policyTopics) {
      await tx.insert(policyTopics).values(t).onConflictDoUpdate({ target: policyTopics.key, set: t });
    }
    for (const p of file.pricePoints) {
      const [series] = await tx
        .select({ id: priceSeries.id })
        .from(priceSeries)
        .where(eq(priceSeries.key, p.series));
      if (!series) throw new Error(`series ${p.series} vanished`);
      const values = {
        seriesId: series.id,
        periodStart: p.periodStart,
        granularity: p.granularity,
        value: p.value,
        approximate: p.approximate,
        noteEn: p.noteEn,
        noteRu: p.noteRu,
        retractedAt: p.retractedAt ? new Date(p.retractedAt) : null,
        origin: "import",
      };
      await tx.insert(pricePoints).values(values).onConflictDoNothing();
      const [point] = (await tx.select().from(pricePoints).where(eq(pricePoints.seriesId, series.id))).filter(
        (x) => x.periodStart === p.periodStart && x.granularity === p.granularity && x.value === p.value,
      );
      if (!point) throw new Error("price point missing after insert");
      for (const s of p.sources) {
        await tx
          .insert(pricePointSources)
          .values({ pointId: point.id, sourceId: await sourceId(s) })
          .onConflictDoNothing();
      }
      for (const r of p.reported) {
        await tx
          .insert(priceReportedChanges)
          .values({
            pointId: point.id,
            basis: r.basis,
            changePct: r.changePct,
            changeAbs: r.changeAbs,
            sourceId: await sourceId(r.source),
          })
          .onConflictDoNothing();
      }
    }
    // The seed's rule for keyed rows: insert, or update the row with that key; then cite sources.
    for (const { sources: keys, retractedAt, ...rest } of file.policyChanges) {
      const id = await upsertByKey(tx, policyChanges, {
        ...rest,
        retractedAt: retractedAt ? new Date(retractedAt) : null,
        origin: "import",
      });
      for (const s of keys) {
        await tx
          .insert(policyChangeSources)
          .values({ policyChangeId: id, sourceId: await sourceId(s) })
          .onConflictDoNothing();
      }
    }
    for (const { sources: keys, ...r } of file.ruleSets) {
      const id = await upsertByKey(tx, localizationRuleSets, { ...r, origin: "import" });
      for (const s of keys) {
        await tx
          .insert(localizationRuleSetSources)
          .values({ ruleSetId: id, sourceId: await sourceId(s) })
          .onConflictDoNothing();
      }
    }
    for (const { sources: keys, ...item } of file.items) {
      const id = await upsertByKey(tx, localizationItems, item);
      for (const s of keys) {
        await tx
          .insert(localizationItemSources)
          .values({ itemId: id, sourceId: await sourceId(s) })
          .onConflictDoNothing();
      }
    }
    for (const { source, ...p } of file.parameters) {
      const values = { ...p, sourceId: await sourceId(source) };
      await tx
        .insert(localizationParameters)
        .values(values)
        .onConflictDoUpdate({ target: localizationParameters.key, set: values });
    }
    for (const { source, ...m } of file.modelScores) {
      const values = { ...m, sourceId: await sourceId(source) };
      await tx
        .insert(localizationModelScores)
        .values(values)
        .onConflictDoUpdate({ target: localizationModelScores.key, set: values });
    }
  });
  invalidateKnowledge(db);
  return {
    sources: file.sources.length,
    priceSeries: file.priceSeries.length,
    pricePoints: file.pricePoints.length,
    policyChanges: file.policyChanges.length,
    ruleSets: file.ruleSets.length,
    items: file.items.length,
  };
}

/** Prices from CSV: `series,period_start,granularity,value,source` with a header row. */
export function pricesFromCsv(csv: string): unknown {
  const rows = csv
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => l.split(",").map((c) => c.trim().replace(/^"(.*)"$/, "$1")));
  const [header, ...data] = rows;
  const cols = (header ?? []).map((h) => h.toLowerCase());
  const at = (r: string[], name: string) => r[cols.indexOf(name)];
  return {
    pricePoints: data.map((r) => ({
      series: at(r, "series"),
      periodStart: at(r, "period_start"),
      granularity: at(r, "granularity"),
      value: at(r, "value") === undefined || at(r, "value") === "" ? undefined : Number(at(r, "value")),
      sources: at(r, "source") ? [at(r, "source")] : [],
    })),
  };
}
