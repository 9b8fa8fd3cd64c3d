// Alert matching at scale: 100,000 rules over 20,000 chats, five a chat (price levels and moves
// and any new price spread over every series, policy topics and countries, localization
// purposes, keywords from a vocabulary of 5,000 words), then 20 facts made visible one at a time
// (new prices of the seed's series and policy changes), each timed from "visible" to "its alerts
// are in the outbox". Prints the median and how many alerts the facts queued: the time grows
// with that number (each alert is a row of the outbox).
import { sql } from "drizzle-orm";
import type { Db } from "../db/client.ts";
import { fireAlerts } from "../domain/alerts/match.ts";

export const ALERT_RULES = 100_000;
const CHATS = 20_000;

export async function benchAlertMatching(
  db: Db,
): Promise<{ medianMs: number; queued: number; rules: number }> {
  await db.execute(sql`
    insert into alert_chats (chat_id, chat_type, lang)
    select 50000000 + g, 'private', case when g % 2 = 0 then 'ru' else 'en' end from generate_series(1, ${CHATS}) g`);
  // Series: the seed's (used, new, models) take a third of the price rules, synthetic ones the rest.
  await db.execute(sql`
    with s as (select array_agg(key order by sort_order, id) as k,
                      (select array_agg(key order by key) from policy_topics) as t from price_series),
         g as (select g, g % 100 as kind from generate_series(1, ${ALERT_RULES}) g)
    insert into alert_rules (chat_id, kind, series_key, direction, level, percent, topic, jurisdiction, purpose, keyword, keyword_lexemes)
    select 50000000 + (g.g % ${CHATS}) + 1,
           case when kind < 30 then 'price_level' when kind < 45 then 'price_change' when kind < 55 then 'price_new'
                when kind < 75 then 'policy' when kind < 85 then 'localization' else 'keyword' end,
           case when kind < 55 then s.k[1 + g.g % cardinality(s.k)] end,
           case when kind < 30 then (case when g.g % 2 = 0 then 'above' else 'below' end)
                when kind < 45 then (case g.g % 3 when 0 then 'up' when 1 then 'down' else 'any' end) end,
           case when kind < 30 then 1000000 + (g.g % 3000) * 1000 end,
           case when kind between 30 and 44 then 1 + g.g % 10 end,
           case when kind between 55 and 74 and g.g % 3 <> 0 then s.t[1 + g.g % cardinality(s.t)] end,
           case when kind between 55 and 74 and g.g % 3 = 0 then (array['RU','EE'])[1 + g.g % 2] end,
           case when kind between 75 and 84 and g.g % 2 = 0 then (array['procurement','taxi','leasing','spic'])[1 + g.g % 4] end,
           case when kind >= 85 then 'word' || (g.g % 5000) end,
           case when kind >= 85 then tsvector_to_array(to_tsvector('russian', 'word' || (g.g % 5000))) end
      from g, s`);
  await db.execute(sql`analyze alert_rules`);
  await db.execute(sql`analyze alert_chats`);

  const times: number[] = [];
  let queued = 0;
  for (let i = 0; i < 20; i++) {
    const ref = i % 3 === 2 ? await newPolicyChange(db, i) : await newPricePoint(db, i);
    const t0 = performance.now();
    queued += await fireAlerts(db, [ref], new Date());
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const medianMs = ((times[9] ?? 0) + (times[10] ?? 0)) / 2;
  return { medianMs, queued, rules: ALERT_RULES };
}

function firstId(result: unknown): number {
  const rows = Array.isArray(result) ? result : (result as { rows: { id: number }[] }).rows;
  return Number((rows[0] as { id: number } | undefined)?.id);
}

/** A price a month after the series' latest (so it is news, not history), around the rules' levels. */
async function newPricePoint(db: Db, i: number): Promise<string> {
  const result = await db.execute(sql`
    with s as (select id from price_series order by sort_order, id offset ${i % 4} limit 1),
         last as (select max(period_start) as p from price_points where series_id = (select id from s) and granularity = 'month')
    insert into price_points (series_id, period_start, granularity, value)
    select (select id from s), coalesce((select p from last), date '2030-01-01') + interval '1 month', 'month', ${1_000_000 + i * 150_000}
    returning id`);
  return `price:${firstId(result)}`;
}

async function newPolicyChange(db: Db, i: number): Promise<string> {
  const result = await db.execute(sql`
    insert into policy_changes (key, effective_on, jurisdiction, topic, title_en, title_ru, summary_en, summary_ru)
    values (${`bench-alert-${i}-${Date.now()}`}, date '2027-01-01', 'RU', ${i % 2 === 0 ? "recycling_fee" : "localization"},
            'Recycling fee indexed', 'Утильсбор проиндексирован', 'The fee rises from January; word17 said.', 'Сбор вырастет с января.')
    returning id`);
  return `policy:${firstId(result)}`;
}
