# English messages. Variables arrive formatted and HTML-escaped; keep tags balanced on each line.

start =
    <b>Russian auto industry briefings</b>
    Short, exact answers with their period, change and source: prices, localization points and thresholds, policy changes.

    Try:
    /price used — average used-car price
    /price moskvich 3 — a model's starting price
    /localization 2023 — thresholds and points
    /policy localization — what changed
    /help — all commands

help =
    <b>Commands</b>
    /price [series] [period] — latest value or a period, with changes and sources
      e.g. <code>/price used</code>, <code>/price new 2024</code>, <code>/price new H1 2024</code>, <code>/price moskvich 3</code>
    /price [series] history — every stored value
    /policy [topic] [country] [since] — policy timeline, newest first
      e.g. <code>/policy localization</code>, <code>/policy estonia</code>, <code>/policy since 2023</code>
    /localization [year] [purpose] [rd N%] — thresholds, points per item, R&amp;D points
      e.g. <code>/localization 2023</code>, <code>/localization 2027 procurement</code>, <code>/localization rd 2.5%</code>
    Series: { $series }
    Topics: { $topics }
    Purposes: { $purposes }

commands-start = Welcome and examples
commands-help = All commands with examples
commands-price = Prices: /price used, /price new 2024
commands-policy = Policy timeline: /policy localization
commands-localization = Localization: /localization 2023

sources-heading = <b>Sources</b>
derived = calculated from stored values
reported = as reported
approx = about

price-value = { $period }: <b>{ $value }</b>
price-change-previous = vs { $period }: { $abs } ({ $pct })
price-change-year-ago = vs { $period } (a year earlier): { $abs } ({ $pct })
price-change-since = since { $period } ({ $earlier }): { $abs } ({ $pct })
price-change-year-ago-no-period = year on year: { $abs } ({ $pct })
price-implied = so { $period } was about { $value } (derived)
price-note = Note: { $note }
price-method = Method: { $method }
price-variants = Other versions:
price-not-latest = Latest stored value: { $period }.
price-history-heading = <b>{ $name }</b> — history{ $range }
price-history-empty = No values stored for this range.
button-history = History
button-latest = Latest value

policy-heading = <b>Policy changes</b>{ $filter }
policy-page = { $from }–{ $to } of { $total }
policy-empty = No policy changes match this filter.
button-prev = ◀ Newer
button-next = Older ▶

loc-heading = <b>Localization points, { $year }</b> (Decree 719, as reported)
loc-thresholds = <b>Thresholds</b>
loc-threshold = { $purpose }, { $category }: <b>{ $points }</b> points from { $date }{ $extra }
loc-threshold-disagree = { $purpose }, { $category }, from { $date }: sources disagree — { $options }
loc-draft = , draft
loc-or = or
loc-no-thresholds = No threshold is known for { $year }; the earliest is from { $first }.
loc-no-thresholds-purpose = No threshold is known for this purpose in { $year }.
loc-items = <b>Points per operation, component and R&amp;D</b>
loc-item-fixed = { $name }: { $points }
loc-item-per-percent = { $name }: { $points } per 1 % of revenue
loc-item-within = { $name }: count within { $parent } ({ $points } per 1 % of revenue), from { $date }
loc-rd = <b>R&amp;D { $share } of revenue → { $points } points</b> ({ $rate } per 1 %; calculated)
loc-max = Maximum total: { $value }
loc-max-disagree = Maximum total: sources disagree — { $options }
loc-scores = Reported scores { $year }: { $list }
button-year = { $year }

purpose-procurement = Public procurement
purpose-demand_support = Demand support
purpose-subsidised_loans = Subsidised car loans
purpose-taxi = Taxis
category-passenger_car = passenger cars
category-lcv = light commercial vehicles
points-unit = pts

period-half-1 = H1 { $year }
period-half-2 = H2 { $year }
period-mid = mid-{ $year }

error-unknown-series = I don't know the series “{ $input }”. Available: { $available }.
error-invalid-period = I can't read “{ $input }” as a period. Try 2023, 2023-12, December 2023 or H1 2024.
error-no-data-for-period = No value is stored for that period. This series has values from { $first } to { $last }.
error-unknown-policy-filter = I can't read “{ $input }”. Topics: { $topics }. Countries: { $jurisdictions }. A start date like 2023 or 2023-09 also works.
error-invalid-year = “{ $input }” is not a year I can answer for. Use a year such as 2023 or 2027.
error-unknown-localization-argument = I can't read “{ $input }”. Give a year (2023), a purpose ({ $purposes }), or an R&amp;D share (rd 2.5%).
error-invalid-share = “{ $input }” is not a share of revenue. Use a number from 0 to 100, e.g. rd 2.5%.
error-internal = Sorry, something went wrong on our side. Please try again in a moment.
error-stale-button = This button is out of date. Please ask again.
unknown-command = I don't know that command. /help lists what I can answer.
plain-text-hint = I answer commands for now. Try /price used, /localization 2023 or /policy — /help lists them all.
