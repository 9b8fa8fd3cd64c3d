// Search over 10,000 briefings, half Russian and half English, written by a generator of ours:
// sentences assembled from word lists (no real text), inserted set-wise, some linked to entities.
import { sql } from "drizzle-orm";
import type { Db } from "../db/client.ts";
import { searchBriefings } from "../domain/briefings/search.ts";

const EN_SUBJECTS = [
  "carmaker",
  "plant",
  "dealer network",
  "crossover",
  "sedan",
  "truck maker",
  "engine line",
  "gearbox plant",
  "battery maker",
  "bus factory",
];
const EN_EVENTS = [
  "raised output",
  "cut prices",
  "signed a licence deal",
  "opened an assembly line",
  "paused exports",
  "hired engineers",
  "expanded localization",
  "delayed a launch",
];
const EN_PLACES = [
  "Kaluga",
  "Tolyatti",
  "Kazan",
  "Moscow",
  "Nizhny Novgorod",
  "St Petersburg",
  "Vladivostok",
];
const RU_SUBJECTS = [
  "автозавод",
  "дилер",
  "производитель кроссоверов",
  "завод двигателей",
  "сборочный цех",
  "автобусный завод",
  "поставщик комплектующих",
  "производитель грузовиков",
];
const RU_EVENTS = [
  "нарастил выпуск",
  "снизил цены",
  "получил лицензию на сборку",
  "открыл новую линию",
  "приостановил экспорт",
  "набрал инженеров",
  "углубил локализацию",
  "отложил запуск",
];
const RU_PLACES = [
  "Калуге",
  "Тольятти",
  "Казани",
  "Москве",
  "Нижнем Новгороде",
  "Петербурге",
  "Владивостоке",
];

const arr = (xs: string[]) =>
  sql`array[${sql.join(
    xs.map((x) => sql`${x}`),
    sql`, `,
  )}]::text[]`;

const QUERIES: { q: string; lang: "en" | "ru" }[] = [
  { q: "licence deal Kaluga", lang: "en" },
  { q: "who hired engineers", lang: "en" },
  { q: "what did Manturov say about China", lang: "en" },
  { q: "crossover prices", lang: "en" },
  { q: "battery maker Kazan", lang: "en" },
  { q: "news about Estonia", lang: "en" },
  { q: "лицензия на сборку", lang: "ru" },
  { q: "кадровый дефицит", lang: "ru" },
  { q: "завод двигателей в Казани", lang: "ru" },
  { q: "что пишут о китайских партнёрах", lang: "ru" },
  { q: "снизил цены дилер", lang: "ru" },
  { q: "автобусный завод Владивосток", lang: "ru" },
];

export async function benchBriefingSearch(
  db: Db,
  n = 10_000,
  runs = 600,
): Promise<{ count: number; loadMs: number; p50: number; p99: number }> {
  const t0 = performance.now();
  await db.execute(sql`
    insert into sources (key, publisher, title, origin, published_on)
    select 'bench-briefing-' || g, 'Bench wire ' || (g % 17), 'Story ' || g, 'import', date '2020-01-01' + (g % 2000)
      from generate_series(1, ${n}) g`);
  await db.execute(sql`
    insert into briefings (source_id, language, summary_en, summary_ru, reported_on, origin, search_en, search_ru)
    select s.id, case when g % 2 = 0 then 'en' else 'ru' end,
      case when g % 2 = 0 then txt_en end, case when g % 2 = 1 then txt_ru end,
      s.published_on, 'import',
      case when g % 2 = 0 then s.title || ' ' || txt_en else '' end,
      case when g % 2 = 1 then txt_ru else '' end
    from (
      select g,
        'A ' || (${arr(EN_SUBJECTS)})[1 + g % ${EN_SUBJECTS.length}] || ' in ' || (${arr(EN_PLACES)})[1 + g % ${EN_PLACES.length}]
          || ' ' || (${arr(EN_EVENTS)})[1 + (g / 7) % ${EN_EVENTS.length}] || ' in week ' || (g % 52)
          || '. Analysts expect the ' || (${arr(EN_SUBJECTS)})[1 + (g / 3) % ${EN_SUBJECTS.length}] || ' to follow.' as txt_en,
        (${arr(RU_SUBJECTS)})[1 + g % ${RU_SUBJECTS.length}] || ' в ' || (${arr(RU_PLACES)})[1 + g % ${RU_PLACES.length}]
          || ' ' || (${arr(RU_EVENTS)})[1 + (g / 7) % ${RU_EVENTS.length}] || ' на ' || (g % 52) || '-й неделе'
          || '. Эксперты ждут, что ' || (${arr(RU_SUBJECTS)})[1 + (g / 3) % ${RU_SUBJECTS.length}] || ' последует примеру.' as txt_ru
      from generate_series(1, ${n}) g
    ) t join sources s on s.key = 'bench-briefing-' || t.g`);
  // One in ten mentions China, one in fifty Estonia, as the seed's entities.
  await db.execute(sql`
    insert into briefing_entities (briefing_id, entity_id)
    select b.id, e.id from briefings b join sources s on s.id = b.source_id, entities e
     where s.key like 'bench-briefing-%'
       and ((e.key = 'china' and b.id % 10 = 0) or (e.key = 'estonia' and b.id % 50 = 0))
    on conflict do nothing`);
  await db.execute(sql`analyze`);
  const loadMs = performance.now() - t0;
  for (const { q, lang } of QUERIES) await searchBriefings(db, q, lang);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const { q, lang } = QUERIES[i % QUERIES.length] ?? { q: "", lang: "en" };
    const t = performance.now();
    await searchBriefings(db, q, lang);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))] ?? 0;
  const [row] = ((r: unknown) => (Array.isArray(r) ? r : (r as { rows: unknown[] }).rows))(
    await db.execute(sql`select count(*)::int as n from briefings`),
  ) as { n: number }[];
  return { count: Number(row?.n ?? 0), loadMs, p50: at(50), p99: at(99) };
}
