# English messages. Variables arrive formatted and HTML-escaped; keep tags balanced on each line.

start =
    <b>Russian auto industry briefings</b>
    Short, exact answers with their period, change and source: prices, localization points and thresholds, policy changes.

    Try:
    /price used — average used-car price
    /price moskvich 3 — a model's starting price
    /localization 2023 — thresholds and points
    /whatif — does a plant reach the threshold? A step-by-step calculator
    /policy localization — what changed
    /news — the latest briefings · <i>what did Manturov say about China</i>
    /help — all commands

help =
    <b>Commands</b>
    /price [series] [period] — latest value or a period, with changes and sources
      e.g. <code>/price used</code>, <code>/price new 2024</code>, <code>/price new H1 2024</code>, <code>/price moskvich 3</code>
    /price [series] history — every stored value
    /policy [topic] [country] [since] — policy timeline, newest first
      e.g. <code>/policy localization</code>, <code>/policy estonia</code>, <code>/policy since 2023</code>
    /news — the latest briefings, page by page · /briefings [words] — search them
      e.g. <code>/briefings licences</code>, or ask: <i>what did Manturov say about China</i>, <i>who is Burgazliev</i>
    /localization [year] [purpose] [rd N%] — thresholds, points per item, R&amp;D points
      e.g. <code>/localization 2023</code>, <code>/localization 2027 procurement</code>, <code>/localization rd 2.5%</code>
    /whatif — what-if calculator, step by step; or in one line:
      <code>/whatif year=2023 purpose=procurement ops=welding,painting rd=2.5 licence=0.5</code>
    /scenarios — your saved scenarios · /cancel — leave a dialogue
    /subscribe — a daily digest at your local time · /settings · /digest — today's digest now · /unsubscribe
    /alert — tell me the moment something changes, e.g. <code>/alert used &gt; 1.7m</code>, <code>/alert policy recycling</code>, <code>/alert keyword Haval</code> · /alerts — your alerts · /quiet 22:00-08:00 — quiet hours
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
price-since-none-yet = • No value since { $period } is held yet: the latest one is shown above.
price-since-only-this = • Since { $period } only this value is held, so there is no change to count yet.
price-implied = so { $period } was about { $value } (derived)
price-note = Note: { $note }
price-method = Method: { $method }
price-variants = Other versions:
price-disagree = Sources disagree; another report gives <b>{ $value }</b>
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
loc-no-thresholds-year = No threshold is known for { $year }.
loc-no-thresholds-purpose = No threshold for { $purpose } is known for { $year }.
loc-no-thresholds-purpose-first = No threshold for { $purpose } is known for { $year }; the earliest is from { $first }.
loc-items = <b>Points per operation, component and R&amp;D</b>
loc-item-fixed = { $name }: { $points }
loc-item-per-percent = { $name }: { $points } per 1 % of revenue
loc-item-within = { $name }: count within { $parent } ({ $points } per 1 % of revenue), from { $date }
loc-rd = <b>R&amp;D { $share } of revenue → { $points } points</b> ({ $rate } per 1 %; calculated)
loc-max = Maximum score: { $value }
loc-max-disagree = Maximum score: sources disagree — { $options }
loc-spik = Special investment contract (СПИК) target: { $value }
loc-spik-proposed = Special investment contract (СПИК) target: { $value } (proposed: { $proposed })
loc-scores = Reported scores { $year }: { $list }
button-year = { $year }

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
error-whatif-no-rules = No threshold is known for this purpose in { $year }. Rules are known from { $first }.
error-whatif-unknown-key = I don't know the key “{ $input }”. Use: { $keys }. Example: <code>/whatif year=2023 purpose=procurement ops=welding,painting rd=2.5 licence=0.5</code>
error-whatif-unknown-value = “{ $input }” is not a value for { $key }. Accepted: { $accepted }.
error-whatif-bad-pair = I expected key=value but got “{ $input }”. Example: <code>/whatif year=2023 ops=welding rd=2.5</code>
error-whatif-shares-over-100 = The shares add up to { $input } % of revenue; together they can be at most 100 %.
error-scenario-name-invalid = A name needs 1 to { $max } characters on one line. Please send another.
error-scenario-name-taken = You already have a scenario named «{ $name }». Send another name, or replace it.
error-scenario-not-found = I can't find this calculation for you: it may be an old one or someone else's. Run /whatif again.
error-invalid-time = “{ $input }” is not a time of day. Use HH:MM, e.g. 07:30.
error-invalid-time-zone = “{ $input }” is not a time zone I know. Use an IANA name such as Europe/Moscow or Asia/Vladivostok.
error-invalid-keywords = Give at most { $max } keywords of up to 40 characters, separated by commas.
error-not-subscribed = This chat has no digest subscription. /subscribe starts one.
error-admins-only = This command is for the bot's admins.
error-unknown-setting = I don't know the setting “{ $input }”. Use time, zone, include, exclude, weekdays or daily, e.g. <code>/settings time 07:30</code>.
error-unavailable = The knowledge base is temporarily unavailable. Please try again in a minute.
error-too-many = That is a lot of charts and calculations in a minute. Please wait { $seconds } s and try again.
error-article-too-short = That is too short for an article: send at least { $min } characters.
error-article-too-long = That is too long: articles of up to { $max } characters, please.
error-fact-not-found = I can't find fact or article #{ $id }.
error-fact-not-approvable = Fact #{ $id } cannot be stored as it is.
error-article-date-invalid = “{ $input }” is not a date. Use YYYY-MM-DD, e.g. <code>/ingest date 12 2025-08-07</code>.
error-invalid-user-id = “{ $input }” is not a Telegram user id. Example: <code>/admins add 12345</code>
error-fact-edit-invalid = I can't apply “{ $input }”. Use series=&lt;series, e.g. used&gt; period=YYYY-MM value=&lt;roubles&gt;, with a stored series.
error-internal = Sorry, something went wrong on our side. Please try again in a moment.
error-stale-button = This button is out of date. Please ask again.
unknown-command = I don't know that command. /help lists what I can answer.

commands-whatif = What-if localization calculator
commands-scenarios = Your saved what-if scenarios
commands-cancel = Leave the current dialogue

# What-if calculator
wi-card-heading = <b>What-if: localization score</b>
wi-card-heading-named = <b>What-if «{ $name }»: localization score</b>
wi-no-inputs = No operations or spending entered.
wi-basis-percent = { $share } of revenue × { $rate } per 1 %
wi-basis-within = { $share } of revenue × { $rate } per 1 %, counted within { $parent }
wi-not-in-force = not counted in { $year }
wi-requires = counts only with { $item }
wi-capped = capped at { $max }
wi-total = <b>Score: { $points } points</b> (calculated)
wi-total-capped = <b>Score: { $points } points</b> (calculated): the items add up to { $raw }, but a score is capped at the scale's maximum of { $max }
wi-over-cap-share = beyond { $share } it adds nothing: the score is already at the scale's maximum
wi-over-cap-whole = adds nothing: the score reaches the scale's maximum without it
wi-unreachable = ❌ unreachable: above the scale's maximum of { $max }
wi-threshold = Threshold: <b>{ $points }</b> from { $date }
wi-threshold-disagree = Threshold from { $date }: sources disagree
wi-passes = ✅ passes, { $margin } points to spare
wi-short = ❌ short by <b>{ $gap }</b> points
wi-goal-heading = <b>To close the gap</b> of { $gap } points to { $target }:
wi-goal-share = { $name }: <b>{ $more } percentage points</b> more of revenue ({ $total } in total)
wi-goal-share-impossible = { $name } alone cannot close it: it would take { $more } percentage points more ({ $total } in total)
wi-goal-item = or { $name }: +{ $points }
wi-goal-combination = or together { $names }: +{ $points }
wi-goal-no-items = No operation or component left that closes it.
wi-edit-target = Purpose
wi-edit-year = Year
wi-edit-ops = Operations
wi-edit-percent = { $name }
wi-edit-within = { $name }
wi-compare-years = Compare years
wi-save = Save
wi-rename = Rename
wi-delete = Delete
wi-years-heading = <b>The same scenario by year</b> — { $target }
wi-year-line = { $score } of { $threshold }
wi-year-pass = passes
wi-year-short = short by { $gap }
wi-step = <i>Step { $number } of { $total }</i> · /cancel to stop
wi-q-target = <b>What is the score for?</b> Choose a purpose.
wi-q-year = <b>Which year?</b> Choose one or type it (rules are known from { $first }).
wi-q-ops = <b>Which operations and components are done in Russia?</b> Tap to select, then Done. Or type them, e.g. <code>{ $examples }</code>, or <code>none</code>.
wi-q-share = <b>{ $name }: what share of revenue, in %?</b> Send a number from 0 to 100, e.g. 2.5.
wi-q-within = <b>{ $name }: what share of revenue, in %?</b> It counts within { $parent }. Send a number from 0 to 100, e.g. 0.5.
wi-current = Now: { $value }
wi-done = Done
wi-back = Back
wi-cancel = Cancel
wi-draft = draft
wi-bad-target = I didn't recognise that purpose. Choose one of the buttons, or type e.g. <code>procurement</code> or <code>taxi</code>.
wi-bad-year = “{ $input }” is not a year with known rules. Choose a button or type a year from { $first }, e.g. 2027.
wi-bad-op = I don't know “{ $input }”. Choose with the buttons, or type some of: { $accepted } (or <code>none</code>).
wi-bad-share = “{ $input }” is not a share of revenue. Send a number from 0 to 100: 2.5, 2,5 or 2.5%.
wi-bad-total = Together the shares would exceed 100 % of revenue. Send a smaller number.
wi-old-question = That question is already answered.
wi-expect-answer = Please answer the question below, or send /cancel to stop.
wi-cancelled = What-if dialogue stopped. Start again with /whatif.
wi-nothing-to-cancel = There is nothing to cancel.

# Saved scenarios
sc-empty = You have no saved scenarios yet. Run /whatif and press Save under the result.
sc-heading = <b>Your scenarios</b>
sc-hint = Open one to see it with today's rules, change it, rename or delete it.
sc-ask-name = How should I name this scenario? Send a name of up to 40 characters.
sc-ask-new-name = Send the new name, up to 40 characters.
sc-expect-name = Please send the name as text, or press Cancel.
sc-name-cancelled = Not saved.
sc-saved = Saved as «{ $name }». /scenarios lists your scenarios.
sc-replace = Replace it
sc-confirm-delete = Delete the scenario «{ $name }»?
sc-delete-yes = Delete
sc-delete-no = Keep
sc-deleted = Deleted «{ $name }».
sc-kept = Kept.

commands-subscribe = Daily digest at your time
commands-settings = Digest settings
commands-unsubscribe = Stop the daily digest
commands-alert = Alert me when something changes: /alert policy recycling
commands-alerts = Your alerts: mute, delete
commands-quiet = Quiet hours for alerts: /quiet 22:00-08:00
commands-digest = Today's digest now

# Daily digest
digest-heading = <b>Daily digest</b> · new since { $since }
digest-empty = No changes since { $since }.
digest-topic-prices = Prices
digest-topic-localization = Localization
digest-topic-policy = Policy
digest-topic-briefings = New briefings
digest-threshold = { $purpose }, { $category }: <b>{ $points }</b> points from { $date }
digest-more = …and { $count } more { $count ->
    [one] item
   *[other] items
}: the button below shows them.
digest-more-button = { $count } more
digest-continued = <b>Daily digest</b>, continued · new since { $since }
digest-preview = This chat has no digest subscription: this is what a digest would bring now. /subscribe sends one every day at your time.
digest-latest = <b>The latest facts</b> (not new — the newest stored):
digest-subscribe-button = Subscribe
digest-subscribed = Subscribed. The digest comes every day at your time with what is new; change it below or with /settings.
digest-unsubscribed = The daily digest is off. /subscribe turns it back on with your settings.
digest-settings-heading = <b>Daily digest settings</b>
digest-settings-off = <b>Daily digest settings</b> (off)
digest-settings-topics = Topics: { $topics }
digest-settings-time = Time: <b>{ $time }</b>, { $zone }, { $days }
digest-settings-keywords = Only with: { $include } · Without: { $exclude }
digest-settings-empty-skip = Days with nothing new: no message
digest-settings-empty-notice = Days with nothing new: a one-line “no changes”
digest-settings-hint = Typed settings: <code>/settings time 07:30</code>, <code>/settings zone Asia/Novosibirsk</code>, <code>/settings include moskvich, taxi</code>, <code>/settings exclude -</code>, <code>/settings weekdays</code> or <code>daily</code>.
digest-weekdays = weekdays only
digest-every-day = every day
digest-empty-skip-short = Quiet days: skip
digest-empty-notice-short = Quiet days: one line
digest-unsubscribe = Unsubscribe
digest-time-menu = At what time should the digest come? Or type <code>/settings time 07:30</code>.
digest-zone-menu = Which time zone? Or type any IANA name: <code>/settings zone Asia/Novosibirsk</code>.
digest-admins-only = Only the group's admins can change its digest.
digest-stats = <b>Digests today</b> (UTC)
    Due: { $due }
    Sent: { $sent }
    Failed: { $failed }
    Skipped (nothing new): { $skipped }
    Subscribers deactivated: { $deactivated }
    Send rate, last minute: { $rate } messages/s

# Charts
button-chart = Chart
chart-unit = price, { $currency }
chart-source = Source: { $source }
chart-caption = <b>{ $name }</b>: price history, { $count } { $count ->
    [one] value
   *[other] values
}. /price for the figures with sources.
chart-too-few = <b>{ $name }</b>: too few values for a chart ({ $count } stored) — { $values }. /price for the figures with sources.
chart-legend-month = months
chart-legend-half_year = half-years
chart-legend-year = years
chart-legend-mid_year = mid-year
chart-legend-estimate = expert estimate
chart-empty = There are no stored values to draw yet.
commands-chart = Price chart: /chart used

# Questions in plain words
q-unknown = I can't answer that yet. Ask about prices, localization or policy, e.g.:
    • <i>how much is a used car now</i>
    • <i>Moskvich 3 price</i>
    • <i>localization threshold 2027</i>
    • <i>points for R&amp;D 2%</i>
    • <i>what did Estonia do</i>
    • <i>chart of new car prices</i>
    /help lists the commands.
q-help = I answer questions about the Russian car market in plain words or with commands:
    • <i>average used car price</i>, <i>how did new car prices change</i>, <i>Moskvich 3 price</i>
    • <i>procurement threshold 2027</i>, <i>points for R&amp;D 2.5%</i>
    • <i>what if we weld and paint and spend 2.5% on R&amp;D</i>
    • <i>what changed in localization in 2023</i>, <i>what did Estonia do</i>
    • <i>chart of new car prices</i>
    /help lists the commands.
q-which = Which did you mean?
q-read-price = Latest price
q-read-price-period = Price for { $period }
q-read-history = Price history
q-read-localization = Localization rules { $year }
q-read-policy = Policy changes
q-unknown-subject = I have no prices for <b>{ $name }</b>, so I won't give another series' figure instead. Prices I hold: { $held }.
q-no-value-for-period = I have no figure for “{ $name }” for { $period }.
q-latest-instead = The latest I have:
q-period-quarter = I keep no prices by quarter.
q-period-season = I keep no prices by season.
q-period-other = I could not tell which period you mean.
q-period-shown-year = Here is what I have for { $year }:
q-nothing-for-period = None of the prices I hold has a value for { $period }. Prices I hold: { $held }.
q-news-latest = <b>The latest in the knowledge base</b>, by the date of each fact:
q-news-window = <b>New in the past { $span }</b> (since { $since }):
q-news-none = Nothing in the knowledge base is dated within the past { $span } (since { $since }). The latest I have:
q-news-span-day = day
q-news-span-week = week
q-news-span-month = month
q-news-span-year = year
q-news-briefings = <b>Latest briefings</b> (/news lists them all):
q-news-more = /policy shows every policy change, /digest what your next digest would hold.
q-loc-ranking-heading = <b>Localization points per operation and component, { $year }</b>, most first:
q-loc-ranking-rd = Besides these: { $name }, { $points } points per 1 % of revenue.
q-loc-item-heading = <b>Localization points, { $year }</b>
q-loc-item-unknown = I have no points for that in { $year }.
q-loc-max = The maximum of the localization scale: <b>{ $value }</b> points.
q-loc-max-disagree = The maximum of the localization scale: sources disagree — { $options }
q-loc-max-unknown = I have no figure for the maximum of the localization scale.
q-loc-whole-card = All localization rules { $year }
q-loc-model-heading = <b>Reported localization scores: { $name }</b>
q-loc-model-score = { $model }, { $year }: <b>{ $points }</b> points
q-loc-model-unknown = I have no reported localization score for <b>{ $name }</b>. /localization shows the thresholds and the points per operation.
q-loc-timeline-heading = <b>Localization thresholds over time</b> (Decree 719, as reported)
q-loc-timeline-none = No localization threshold is known yet.
q-loc-timeline-none-purpose = No threshold for { $purpose } is known yet.
q-loc-timeline-step = from { $date }: <b>{ $points }</b> points
q-loc-timeline-disagree = from { $date }: sources disagree — { $options }
q-loc-timeline-ahead = , not yet in force

# Inline mode: one example question per line
inline-examples =
    used car price
    Moskvich 3 price
    localization threshold 2027
    what did Estonia do
inline-no-answer = I can't answer that: open the bot for examples

# Language
language-choose = Choose the language of my answers:
language-set = Done: I will answer in English. /language changes it.
commands-language = Language: Russian or English

# Admin tools
admin-only = This is for the bot's admins. The attempt was logged.
ingest-send-text = Send the article as your next message: paste the text or forward the post.
ingest-heading = <b>Article #{ $id }</b>
ingest-summary = <b>Summary</b>
ingest-facts = <b>Facts found ({ $count })</b>: ⏳ waiting, ✅ approved, ❌ rejected, ♻️ already known
ingest-note-no-series = no known series: it can be approved once it names one
ingest-note-no-period = no period in the article
ingest-note-series-not-stored = the series { $series } is not stored
ingest-note-contradicts-value = contradicts the stored value { $values }
ingest-note-contradicts-rate = contradicts the stored rate of { $points } points per 1 %
ingest-no-facts = No facts found in it.
ingest-fact-rule = R&amp;D: <b>{ $points }</b> points per 1 % of revenue
ingest-fact-licence = licence costs count toward localization
ingest-action-restricts = restricts
ingest-action-keeps = keeps the rules
ingest-action-counts = counts it
ingest-action-changes = changes the rules
ingest-action-duty = changes a customs duty
ingest-basis-previous_period = month on month
ingest-basis-year_ago = year on year
ingest-approve-all = Approve all
ingest-approved = Approved and stored.
ingest-rejected = Rejected.
ingest-approved-all = Approved { $approved }; { $left } need a look.
ingest-not-approvable = This fact lacks what storing it needs (a series, a period, a date, or a country, purpose or item the bot holds); it cannot be stored as it is.
admins-added = { $id } is now an admin.
admins-removed = { $id } is no longer an admin.
admins-list = <b>Admins</b>
    From the configuration (ADMIN_IDS): { $configured }
    Added with /admins add: { $added }
    <code>/admins add 12345</code> · <code>/admins remove 12345</code>
facts-heading = <b>Latest facts</b> (newest first)
facts-retracted = retracted
facts-hint = Retract or restore with the buttons; correct a price with <code>/facts edit p12 1650000</code>. Retracted facts leave answers and digests but stay in the history.
facts-retract = Retract
facts-restore = Restore
facts-retracted-toast = Retracted: it no longer appears in answers.
facts-restored-toast = Restored.
facts-edited = { $ref } is now { $value }.
ingest-txt-only = Send the article as text or as a .txt file, please.
ingest-edit-how = Correct fact #{ $id } with, for example:
    <code>/ingest edit { $id } series=used period=2023-12 value=1630000</code>
ingest-edited = Corrected.
ingest-kind-recycling_fee = Recycling fee rate
ingest-kind-fee_policy = Recycling fee decision
ingest-kind-localization_item = Localization points
ingest-kind-threshold = Localization threshold
ingest-kind-max_score = Maximum localization score
ingest-kind-model_score = Localization score of
ingest-status-adopted = adopted
ingest-status-draft = draft
ingest-status-postponed = postponed
ingest-status-in_force = in force
ingest-policy-from = from { $date }
ingest-actor-government = The government
ingest-actor-ministry-industry = The Ministry of Industry and Trade
ingest-actor-ministry-interior = The Interior Ministry
ingest-actor-president = The President
ingest-actor-parliament = Parliament
ingest-undated = (date unknown: the article gives no year)
ingest-confidence-high = read with confidence
ingest-confidence-medium = worth a check
ingest-confidence-low = check it: much of it was inferred
ingest-date-unknown = 📅 The article does not say when it was published, so dates like “1 December” or “on Friday” have no year. Give its date and I will read it again: <code>/ingest date { $id } 2025-08-07</code>
ingest-dated = Read again with the article's date, { $date }.

fee-rates-heading = <b>Recycling fee rates by category</b>
fee-rate-line = { $category }: <b>{ $value }</b> from { $date }
fee-coefficient = ×{ $value } of the base rate
fee-base-rate = Base rate
fee-age-new = new (up to 3 years old)
fee-age-old = over 3 years old
fee-engine-1-2l = engine 1–2 l
fee-engine-le3l = engine up to 3 l
fee-power-le160hp = up to 160 hp
fee-power-160-190hp = 160–190 hp
fee-power-gt160hp = over 160 hp
fee-personal = for personal use
fee-commercial = commercial import
fee-ask-new = a new car
fee-ask-old = a car over 3 years old
fee-ask-any = a car
fee-ask-engine = engine { $litres } l
fee-ask-engine-upto = engine up to { $litres } l
fee-ask-power = { $hp } hp
fee-q-heading = <b>Recycling fee for { $asked }</b>
fee-q-not-held = I hold no recycling fee rate for { $asked }. The rates I hold:
fee-q-none = No recycling fee rates are stored yet.
policy-status-draft = (draft)
policy-status-postponed = (postponed)
digest-purpose-other = Another purpose
ingest-note-undated = the year is not known: give the article's date with /ingest date (see above)
ingest-note-no-date = the article gives no date it applies from
ingest-note-purpose-not-stored = this purpose is not among those the bot holds
ingest-note-item-not-stored = this operation is not among the items the bot holds
ingest-note-fee-category-unknown = this category of vehicle is not one the rates table holds
ingest-note-model-undated = the article's date is not known, so neither is the year of the score
ingest-note-contradicts-fee = contradicts the stored rate { $values }
ingest-note-contradicts-points = contradicts the stored { $values } points

# News feeds (admins)
error-feed-invalid-url = That is not a web address. Example: <code>/feeds add https://example.com/rss.xml</code>
error-feed-bad-scheme = Only http:// and https:// addresses can be followed.
error-feed-private-address = That address leads to a loopback, private or link-local network ({ $detail }). Feeds added from Telegram must be on the public internet.
error-feed-unresolvable = The site { $detail } cannot be found (no such host).
error-feed-timeout = The site did not answer in time ({ $detail }).
error-feed-too-large = The answer is larger than the limit ({ $detail } bytes).
error-feed-too-many-redirects = The address redirects too many times (more than { $detail }).
error-feed-http-status = The site answered with HTTP error { $detail }.
error-feed-network = The site cannot be reached ({ $detail }).
error-feed-not-a-feed = That page is not a news feed (RSS, Atom, RDF or JSON Feed). Look for an RSS link on the site and add that address.
error-feed-malformed = The feed is broken: its XML or JSON cannot be read ({ $detail }).
error-feed-exists = This feed is already followed: { $url }
error-feed-not-found = There is no feed #{ $id }. /feeds lists them.
error-feed-unknown-kind = “{ $input }” is not a kind of fact I can trust a feed for. Kinds: { $kinds }. Example: <code>/feeds trust 3 prices</code>
feeds-problem-internal = an internal error while reading it
feeds-heading = <b>News feeds</b> ({ $count })
feeds-none = No feeds yet. Add one with <code>/feeds add https://example.com/rss.xml</code>
feeds-line = <b>#{ $id }</b> { $title } — { $status }
feeds-status-new = not polled yet
feeds-status-ok = ✅ working
feeds-status-error = ⚠️ failing
feeds-status-paused = ⏸ paused
feeds-last-success = last success: { $when }
feeds-last-error = last error ({ $when }): { $error }
feeds-never = never
feeds-trusted = approved without review: { $kinds }
feeds-kind-prices = prices
feeds-kind-policy = policy changes
feeds-kind-rules = localization rules
feeds-help = <code>/feeds add URL</code> · <code>/feeds remove N</code> · <code>/feeds pause N</code> · <code>/feeds resume N</code> · <code>/feeds trust N prices</code> · <code>/feeds poll</code> · /review
feeds-added = Feed <b>#{ $id }</b> added: { $title }, { $items } { $items ->
    [one] item
   *[other] items
} in it now. It is polled every { $minutes } minutes; new articles wait in /review.
feeds-removed = Feed #{ $id } ({ $title }) removed. Its articles stay.
feeds-paused = Feed #{ $id } paused. <code>/feeds resume { $id }</code> starts it again.
feeds-resumed = Feed #{ $id } resumed; it is polled in the next round.
feeds-trust-set = Feed #{ $id }: { $kinds } are now approved without review.
feeds-trust-none = Feed #{ $id }: every fact waits for review again.
feeds-polling = Polling every feed now…
feeds-round-nothing = Polled { $polled } { $polled ->
    [one] feed
   *[other] feeds
}: nothing new.
feeds-round = <b>News feeds</b>: { $articles } new { $articles ->
    [one] article
   *[other] articles
} from { $feeds } { $feeds ->
    [one] feed
   *[other] feeds
}.
feeds-round-facts = Facts: { $found } found — { $approved } approved (trusted feeds), { $pending } waiting for you, { $known } already known.
feeds-round-failed = { $failed } { $failed ->
    [one] feed
   *[other] feeds
} could not be read: /feeds shows why.
feeds-round-review = Review them: /review
feeds-failing = ⚠️ Feed <b>#{ $id }</b> { $title } has been failing since { $since }: { $error }. /feeds shows all feeds.
review-none = Nothing waits for review. ✅
review-heading = <b>Review</b>: article 1 of { $count } waiting
review-from = From { $feed }: { $url }
review-from-admin = Pasted by an admin
review-reject-all = Reject all
review-approve-all = Approve all
review-next = Next
review-rejected-all = Rejected { $count }.

## Alerts
alert-heading-price = Price alert
alert-heading-policy = Policy alert
alert-heading-fee = Recycling fee alert
alert-heading-localization = Localization alert
alert-heading-model-score = Localization score alert
alert-heading-briefing = News alert
alert-correction = ⚠️ <b>Correction</b>: the fact in an earlier alert has been withdrawn; disregard it.
alert-price-now = { $series }, { $period }: <b>{ $value }</b>
alert-price-before = Before: { $value } in { $period }, { $change }
alert-price-reported-change = Change against the previous period: { $change } (as reported)
alert-corrected = (corrected value)
alert-status-draft = draft
alert-status-postponed = postponed
alert-fee-now = Recycling fee, { $category }: <b>{ $value }</b> from { $date }
alert-fee-before = Before: { $value } (from { $date })
alert-threshold-now = { $purpose }: threshold <b>{ $points }</b> { $n ->
    [one] point
   *[other] points
} from { $date }
alert-points-before = Before: { $points } { $n ->
    [one] point
   *[other] points
}
alert-item-now = { $name }: <b>{ $points }</b> { $n ->
    [one] point
   *[other] points
}
alert-max-score = Maximum localization score: <b>{ $points }</b> { $n ->
    [one] point
   *[other] points
}
alert-model-score = { $model }: <b>{ $points }</b> localization { $n ->
    [one] point
   *[other] points
} ({ $year })
alert-rule-fired = Your alert: { $rule }
alert-rule-above = { $series } above { $level }
alert-rule-below = { $series } below { $level }
alert-rule-change-up = { $series } up { $percent } or more on the previous period
alert-rule-change-down = { $series } down { $percent } or more on the previous period
alert-rule-change-any = { $series } moving { $percent } or more on the previous period
alert-rule-new-price = every new price of { $series }
alert-rule-rise = { $series } rising on the previous period
alert-rule-fall = { $series } falling on the previous period
alert-rule-policy = policy changes: { $what }
alert-rule-policy-any = any topic
alert-rule-with-keyword = mentioning “{ $keyword }”
alert-rule-localization = localization thresholds and points
alert-rule-localization-purpose = localization thresholds and points for { $purpose }
alert-rule-keyword = news mentioning “{ $keyword }”
alert-button-mute = 🔕 Mute this alert
alert-button-chart = 📈 Chart
alert-button-open = 📰 Open the article
alert-set = 🔔 Alert set: { $rule }. I will write the moment it happens.
alert-exists = 🔔 You already have this alert: { $rule }. It is on.
alerts-heading = Your alerts
alerts-none = You have no alerts. Set one with /alert, for example <code>/alert used &gt; 1.7m</code>, or in words: <i>tell me when the recycling fee changes</i>.
alerts-muted = muted
alerts-quiet = Quiet hours: { $from }–{ $to } ({ $zone }); alerts wait until they end. <code>/quiet off</code> turns them off.
alerts-quiet-none = No quiet hours: alerts come at once. <code>/quiet 22:00-08:00</code> holds them overnight.
alerts-button-mute = 🔕 { $n }
alerts-button-unmute = 🔔 { $n }
alerts-button-delete = ✖ { $n }
alerts-button-list = Your alerts
alert-muted = Alert muted. /alerts turns it back on.
alert-unmuted = Alert on again.
alert-deleted = Alert deleted.
alerts-admins-only = Only the group's admins can change its alerts.
alert-button-follow = 🔔 Alert me
quiet-set = Quiet hours set: { $from }–{ $to } ({ $zone }). Alerts that come then wait until { $to }.
quiet-off = Quiet hours off: alerts come at once.
error-alert-invalid = I could not read that alert: “{ $input }”.
    { alert-forms }
alert-forms = Forms I understand:
    <code>/alert used &gt; 1.7m</code> — a price goes above (or <code>&lt;</code> below) a level
    <code>/alert new change 5%</code> — a price moves 5 % or more (<code>up 5%</code>, <code>down 5%</code>)
    <code>/alert moskvich 3</code> — every new price of a model
    <code>/alert policy recycling</code> — a new policy change in a topic or a country (<code>/alert policy estonia</code>)
    <code>/alert localization procurement</code> — a new threshold or points for a purpose
    <code>/alert keyword Haval</code> — news that mention a name or a word
    Or in words: <i>tell me when the used car price goes above 1.7 million</i>.
error-alert-not-found = That alert is no longer there. /alerts shows the ones you have.
error-alert-limit = A chat can hold up to { $max } alerts. Delete some in /alerts first.
error-quiet-hours-invalid = I could not read quiet hours from “{ $input }”. Write them as <code>/quiet 22:00-08:00</code>, optionally with a time zone (<code>/quiet 23:00-07:30 Asia/Vladivostok</code>), or <code>/quiet off</code>.
## Briefings
commands-news = Latest briefings: /news
commands-briefings = Search the briefings: /briefings licences
briefing-news-heading = <b>Latest briefings</b>, newest first:
briefing-news-empty = There are no briefings yet.
briefing-news-hint = Open one with the buttons below; /briefings <i>words</i> searches them.
briefing-open = 📄 { $n }
briefing-found-heading = <b>Briefings found</b> ({ $n }), best match first:
briefing-nothing = I found nothing in the briefings about “{ $query }”, and I won't make anything up. Try, for example:
    • <i>what did Manturov say about China</i>
    • <i>licences to assemble foreign cars</i>
    • <i>news about Estonia</i>
    • <i>who is Burgazliev</i>
    /news lists the latest briefings.
briefing-search-usage = Tell me what to look for: <i>/briefings licences</i>, <i>/briefings Manturov China</i>, <i>/briefings кадровый дефицит</i>.
briefing-said = <b>{ $who }</b>: statements in the briefings, newest first:
briefing-said-about = <b>{ $who }</b> on { $about }: statements in the briefings:
briefing-said-not-about = None of the statements of <b>{ $who }</b> in the briefings is about { $about }; here is everything they said:
briefing-who = <b>{ $name }</b> — { $role }.
briefing-who-plain = <b>{ $name }</b>.
briefing-who-said = Statements in the briefings:
briefing-who-mentioned = Also mentioned in:
briefing-statements = <b>Who said what</b>
briefing-facts = <b>Facts it gave</b>
briefing-link = Source:
briefing-original-language = The summary is in the language of the article.
briefing-gone = That briefing is no longer held. /news shows the latest ones.
digest-briefings = <b>New briefings</b>
