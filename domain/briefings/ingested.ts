// An ingested article becomes a briefing the moment it is stored: its extractive summary, the
// names the catalogue finds in it and the statements read by their cues, each with its sentence.
import type { Db } from "../../db/client.ts";
import { writeBriefing } from "../../db/queries/briefings.ts";
import { entitiesIn, loadCatalogue } from "./entities.ts";
import { readStatements } from "./statements.ts";

export async function recordArticleBriefing(
  db: Db,
  a: {
    sourceId: number;
    articleId: number;
    language: string;
    text: string;
    summary: string[];
    reportedOn: string;
  },
): Promise<number> {
  const catalogue = await loadCatalogue(db);
  const ru = a.language === "ru";
  const summary = a.summary.join(" ").trim() || null;
  const said = readStatements(a.text, catalogue);
  return writeBriefing(db, {
    sourceId: a.sourceId,
    articleId: a.articleId,
    language: a.language,
    summaryEn: ru ? null : summary,
    summaryRu: ru ? summary : null,
    reportedOn: a.reportedOn,
    origin: "live",
    entityIds: entitiesIn(catalogue, a.text).map((n) => n.entity.id),
    statements: said.map((s) => ({
      speakerEntityId: s.entity?.id ?? null,
      speaker: s.speaker,
      roleEn: s.entity?.roleEn ?? null,
      roleRu: s.entity?.roleRu ?? null,
      // The gist of a read statement is its own sentence, in the article's language.
      gistEn: ru ? null : s.quote,
      gistRu: ru ? s.quote : null,
      quote: s.quote,
    })),
  });
}
