// npm run ingest -- <article.txt> [--json] [--approve] [--date YYYY-MM-DD]: reads an article and prints its title, a
// two-to-three sentence summary and the candidate facts found in it. Writes nothing unless
// --approve: then the article is stored and every fact that can be approved is (audited as user 0).
import { readFileSync } from "node:fs";
import { createI18n, translatorFor } from "../bot/i18n.ts";
import { feeCategoryLabel } from "../bot/render/fees.ts";
import { loadConfigOrExit } from "../config.ts";
import { listSeries } from "../db/queries/prices.ts";
import { parseFeeCategory } from "../domain/fees.ts";
import { approveAll, ingestArticle } from "../domain/ingest/curate.ts";
import { ingestVocabulary, readArticle } from "../domain/ingest/extract.ts";
import { openReadyOrExit } from "./open.ts";

// The printed reading is for an admin: a fee category in the words the approval card uses, not its code.
const en = translatorFor(createI18n(), "en");
const categoryInWords = (code: string) => {
  const c = parseFeeCategory(code);
  return c ? feeCategoryLabel(c, en) : "category not understood";
};
const words = (code: string) => code.replace(/_/g, " ");

const args = process.argv.slice(2);
const file = args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--date");
if (!file) {
  process.stderr.write("usage: npm run ingest -- <article.txt> [--json]\n");
  process.exit(2);
}
let text: string;
try {
  text = readFileSync(file, "utf8");
} catch (err) {
  process.stderr.write(`Cannot read ${file}: ${(err as Error).message}\n`);
  process.exit(1);
}
const config = loadConfigOrExit(process.env, { needsToken: false });
const { database } = await openReadyOrExit(config);
const series = await listSeries(database.db);
// --date YYYY-MM-DD: the article's date, for relative dates ("с 1 декабря текущего года").
const dateArg = args[args.indexOf("--date") + 1];
const articleDate =
  args.includes("--date") && dateArg && /^\d{4}-\d{2}-\d{2}$/.test(dateArg) ? dateArg : null;
const reading = readArticle(text, ingestVocabulary(series), { articleDate });
if (args.includes("--approve")) {
  const stored = await ingestArticle(database.db, text, 0);
  const result = await approveAll(database.db, stored.articleId, 0);
  process.stderr.write(
    `Stored as article #${stored.articleId}; approved ${result.approved}, ${result.left} left for an admin.\n`,
  );
}
await database.close();

if (args.includes("--json")) {
  process.stdout.write(`${JSON.stringify(reading, null, 2)}\n`);
} else {
  const lines = [`Title: ${reading.title}`, `Language: ${reading.language}`, "", "Summary:"];
  for (const s of reading.summary) lines.push(`  ${s}`);
  lines.push("", `Facts (${reading.facts.length}):`);
  for (const f of reading.facts) {
    if (f.kind === "price") {
      const changes = f.changes
        .map((c) =>
          `${c.pct !== null ? `${c.pct > 0 ? "+" : ""}${c.pct} %` : ""}${c.abs !== null ? ` (${c.abs > 0 ? "+" : ""}${c.abs} RUB)` : ""} ${c.basis ?? ""}`.trim(),
        )
        .join("; ");
      lines.push(
        `  price: ${f.series ?? f.subject}, ${f.period ? `${f.period.granularity} from ${f.period.start}` : "period unknown"}: ${f.value} RUB${f.approximate ? " (approx.)" : ""}${changes ? `; ${changes}` : ""}${f.agency ? `; ${f.agency}` : ""}`,
      );
    } else if (f.kind === "rule") lines.push(`  rule: R&D ${f.points} points per 1 % of revenue`);
    else if (f.kind === "licence_rule") lines.push("  rule: licence costs count toward localization");
    else if (f.kind === "recycling_fee")
      lines.push(
        `  recycling fee, ${categoryInWords(f.category)}: ${f.old !== null ? `${f.old} -> ` : ""}${f.new}${f.unit === "coefficient" ? " x" : " RUB"} from ${f.from ?? (f.undated ? "(year unknown)" : "?")}`,
      );
    else if (f.kind === "fee_policy")
      lines.push(
        `  recycling fee decision: ${f.status}${f.actor ? ` by ${f.actor}` : ""}, effective ${f.effective ?? "?"}`,
      );
    else if (f.kind !== "policy")
      lines.push(
        `  ${words(f.kind)}: ${"item" in f ? words(f.item) : "purpose" in f ? words(f.purpose) : "model" in f ? f.model.replace(/-/g, " ") : ""} ${f.points} points${"from" in f && f.from ? ` from ${f.from}` : ""}${"status" in f && f.status ? ` (${f.status})` : ""}`,
      );
    else lines.push(`  policy: ${f.who} ${f.action}${f.year ? ` (${f.year})` : ""}`);
  }
  process.stdout.write(`${lines.join("\n")}\n`);
}
