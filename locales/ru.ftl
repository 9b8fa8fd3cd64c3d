# Русские сообщения. Переменные приходят отформатированными и экранированными для HTML.

start =
    <b>Брифинги по автопрому России</b>
    Короткие точные ответы с указанием периода, динамики и источника: цены, пороги и баллы локализации, изменения в регулировании.

    Попробуйте:
    /price used — средняя цена подержанного автомобиля
    /price moskvich 3 — начальная цена модели
    /localization 2023 — пороги и баллы
    /whatif — хватит ли заводу баллов? Пошаговый калькулятор
    /policy локализация — что изменилось
    /news — свежие брифинги · <i>что говорил Мантуров о китайских партнёрах</i>
    /help — все команды

help =
    <b>Команды</b>
    /price [показатель] [период] — последнее значение или значение за период, с динамикой и источниками
      например <code>/price подержанные</code>, <code>/price новые 2024</code>, <code>/price новые 1 полугодие 2024</code>, <code>/price москвич 3</code>
    /price [показатель] history — все сохранённые значения
    /policy [тема] [страна] [с даты] — хронология регулирования, сначала новые
      например <code>/policy локализация</code>, <code>/policy эстония</code>, <code>/policy с 2023</code>
    /news — свежие брифинги по страницам · /briefings [слова] — поиск по ним
      например <code>/briefings лицензии</code>, или спросите: <i>что говорил Мантуров о китайских партнёрах</i>, <i>кто такой Бургазлиев</i>
    /localization [год] [цель] [ниокр N%] — пороги, баллы за операции и за НИОКР
      например <code>/localization 2023</code>, <code>/localization 2027 госзакупки</code>, <code>/localization ниокр 2,5%</code>
    /whatif — калькулятор «что если» по шагам или одной строкой:
      <code>/whatif год=2023 цель=госзакупки операции=сварка,окраска ниокр=2,5 лицензии=0,5</code>
    /scenarios — сохранённые сценарии · /cancel — выйти из диалога
    /subscribe — ежедневный дайджест в удобное время · /settings · /digest — дайджест сейчас · /unsubscribe
    /alert — сообщу, как только что-то изменится, например <code>/alert подержанные &gt; 1,7 млн</code>, <code>/alert policy утильсбор</code>, <code>/alert keyword Haval</code> · /alerts — ваши оповещения · /quiet 22:00-08:00 — тихие часы
    Показатели: { $series }
    Темы: { $topics }
    Цели: { $purposes }

commands-start = Приветствие и примеры
commands-help = Все команды с примерами
commands-price = Цены: /price подержанные, /price новые 2024
commands-policy = Регулирование: /policy локализация
commands-localization = Локализация: /localization 2023

sources-heading = <b>Источники</b>
derived = расчёт по сохранённым значениям
reported = по данным источника
approx = около

price-value = { $period }: <b>{ $value }</b>
price-change-previous = к { $period }: { $abs } ({ $pct })
price-change-year-ago = за год (к { $period }): { $abs } ({ $pct })
price-change-since = с { $period } ({ $earlier }): { $abs } ({ $pct })
price-change-year-ago-no-period = за год: { $abs } ({ $pct })
price-since-none-yet = • Значений с { $period } в базе пока нет: выше — последнее из имеющихся.
price-since-only-this = • С { $period } в базе есть только это значение, изменение пока считать не от чего.
price-implied = значит, за { $period } — около { $value } (расчёт)
price-note = Примечание: { $note }
price-method = Методика: { $method }
price-variants = Другие варианты:
price-disagree = Источники расходятся: по другим данным — <b>{ $value }</b>
price-not-latest = Последнее сохранённое значение — { $period }.
price-history-heading = <b>{ $name }</b> — динамика{ $range }
price-history-empty = За этот период значений нет.
button-history = Динамика
button-latest = Последнее значение

policy-heading = <b>Изменения регулирования</b>{ $filter }
policy-page = { $from }–{ $to } из { $total }
policy-empty = По этому запросу изменений нет.
button-prev = ◀ Более новые
button-next = Более ранние ▶

loc-heading = <b>Баллы локализации на { $year } год</b> (постановление № 719, по данным СМИ)
loc-thresholds = <b>Пороги</b>
loc-threshold = { $purpose }, { $category }: <b>{ $points }</b> { $n ->
        [one] балл
        [few] балла
        [other] балла
       *[many] баллов
    } с { $date }{ $extra }
loc-threshold-disagree = { $purpose }, { $category }, с { $date }: источники расходятся — { $options }
loc-draft = , проект
loc-or = или
loc-no-thresholds = Порог на { $year } год неизвестен; самый ранний действует с { $first } года.
loc-no-thresholds-year = Порог на { $year } год неизвестен.
loc-no-thresholds-purpose = Порог для цели «{ $purpose }» на { $year } год неизвестен.
loc-no-thresholds-purpose-first = Порог для цели «{ $purpose }» на { $year } год неизвестен; первый известный действует с { $first } года.
loc-items = <b>Баллы за операции, компоненты и НИОКР</b>
loc-item-fixed = { $name }: { $points }
loc-item-per-percent = { $name }: { $points } за 1 % выручки
loc-item-within = { $name }: учитываются в пункте «{ $parent }» ({ $points } за 1 % выручки) с { $date }
loc-rd = <b>НИОКР на { $share } выручки → { $points } { $n ->
        [one] балл
        [few] балла
        [other] балла
       *[many] баллов
    }</b> ({ $rate } за 1 %; расчёт)
loc-max = Максимум шкалы — { $value } баллов
loc-max-disagree = Максимум шкалы: источники расходятся — { $options }
loc-spik = Целевой уровень по СПИК — { $value } баллов
loc-spik-proposed = Целевой уровень по СПИК — { $value } баллов (предложено снизить до { $proposed })
loc-scores = Баллы моделей за { $year } год: { $list }
button-year = { $year }

category-passenger_car = легковые
category-lcv = лёгкие коммерческие
points-unit = б.

period-half-1 = { $case ->
        [genitive] 1-го полугодия
        [dative] 1-му полугодию
        [instrumental] 1-м полугодием
        [prepositional] 1-м полугодии
       *[nominative] 1-е полугодие
    } { $year }
period-half-2 = { $case ->
        [genitive] 2-го полугодия
        [dative] 2-му полугодию
        [instrumental] 2-м полугодием
        [prepositional] 2-м полугодии
       *[nominative] 2-е полугодие
    } { $year }
period-mid = { $case ->
        [genitive] середины
        [dative] середине
        [accusative] середину
        [instrumental] серединой
        [prepositional] середине
       *[nominative] середина
    } { $year }

error-unknown-series = Не знаю показателя «{ $input }». Есть такие: { $available }.
error-invalid-period = Не могу разобрать период «{ $input }». Укажите, например, 2023, 2023-12, декабрь 2023 или 1 полугодие 2024.
error-no-data-for-period = За этот период значения нет. По этому показателю есть данные с { $first } по { $last }.
error-unknown-policy-filter = Не могу разобрать «{ $input }». Темы: { $topics }. Страны: { $jurisdictions }. Можно указать и дату начала, например 2023 или 2023-09.
error-invalid-year = По году «{ $input }» ответить не могу. Укажите год, например 2023 или 2027.
error-unknown-localization-argument = Не могу разобрать «{ $input }». Укажите год (2023), цель ({ $purposes }) или долю НИОКР (ниокр 2,5%).
error-invalid-share = «{ $input }» — не доля выручки. Укажите число от 0 до 100, например: ниокр 2,5%.
error-whatif-no-rules = Порог для этой цели на { $year } год неизвестен. Правила известны начиная с { $first } года.
error-whatif-unknown-key = Не знаю параметра «{ $input }». Доступны: { $keys }. Пример: <code>/whatif год=2023 цель=госзакупки операции=сварка,окраска ниокр=2,5 лицензии=0,5</code>
error-whatif-unknown-value = «{ $input }» — недопустимое значение параметра «{ $key }». Допустимые: { $accepted }.
error-whatif-bad-pair = Нужна запись вида параметр=значение, а пришло «{ $input }». Пример: <code>/whatif год=2023 операции=сварка ниокр=2,5</code>
error-whatif-shares-over-100 = В сумме доли составляют { $input } % выручки, а больше 100 % быть не может.
error-scenario-name-invalid = Название должно занимать одну строку, от 1 до { $max } символов. Пришлите другое.
error-scenario-name-taken = Сценарий «{ $name }» уже есть. Пришлите другое название или замените его.
error-scenario-not-found = Не могу найти этот расчёт: он устарел или принадлежит другому пользователю. Запустите /whatif заново.
error-invalid-time = «{ $input }» — не время суток. Формат ЧЧ:ММ, например 07:30.
error-invalid-time-zone = Не знаю часового пояса «{ $input }». Укажите его название по IANA, например Europe/Moscow или Asia/Vladivostok.
error-invalid-keywords = Укажите через запятую не больше { $max } ключевых слов, каждое до 40 символов.
error-not-subscribed = В этом чате нет подписки на дайджест. Оформить её — /subscribe.
error-admins-only = Эта команда — для администраторов бота.
error-unknown-setting = Не знаю настройки «{ $input }». Доступны: время, пояс, включать, исключать, будни, ежедневно — например, <code>/settings время 07:30</code>.
error-unavailable = База знаний временно недоступна. Попробуйте через минуту.
error-too-many = Слишком много графиков и расчётов за минуту. Подождите { $seconds } с и повторите запрос.
error-article-too-short = Для статьи слишком коротко: нужно не меньше { $min } символов.
error-article-too-long = Слишком длинный текст: статья должна быть не длиннее { $max } символов.
error-fact-not-found = Не могу найти факт или статью № { $id }.
error-fact-not-approvable = Факт № { $id } нельзя сохранить в таком виде.
error-article-date-invalid = «{ $input }» — не дата. Напишите её как ГГГГ-ММ-ДД, например <code>/ingest date 12 2025-08-07</code>.
error-invalid-user-id = «{ $input }» — не идентификатор пользователя Telegram. Пример: <code>/admins add 12345</code>
error-fact-edit-invalid = Не могу применить «{ $input }». Формат: series=&lt;показатель, например used&gt; period=ГГГГ-ММ value=&lt;рубли&gt;; показатель должен уже быть в базе.
error-internal = Извините, что-то пошло не так. Попробуйте ещё раз чуть позже.
error-stale-button = Эта кнопка устарела. Задайте вопрос ещё раз.
unknown-command = Такой команды я не знаю. /help — что я умею.

commands-whatif = Калькулятор локализации «что если»
commands-scenarios = Сохранённые сценарии
commands-cancel = Выйти из текущего диалога

# What-if calculator
wi-card-heading = <b>Что если: баллы локализации</b>
wi-card-heading-named = <b>Сценарий «{ $name }»: баллы локализации</b>
wi-no-inputs = Операции и расходы не указаны.
wi-basis-percent = { $share } выручки × { $rate } за 1 %
wi-basis-within = { $share } выручки × { $rate } за 1 %, в составе пункта «{ $parent }»
wi-not-in-force = не засчитывается в { $year } году
wi-requires = засчитывается только вместе с пунктом «{ $item }»
wi-capped = не более { $max }
wi-total = <b>Итого: { $points } { $n ->
        [one] балл
        [few] балла
        [other] балла
       *[many] баллов
    }</b> (расчёт)
wi-total-capped = <b>Итого: { $points } баллов</b> (расчёт): по пунктам набирается { $raw }, но засчитывается не больше максимума шкалы — { $max } баллов
wi-over-cap-share = сверх { $share } ничего не добавляет: максимум шкалы уже достигнут
wi-over-cap-whole = ничего не добавляет: максимум шкалы достигнут и без этого
wi-unreachable = ❌ недостижим: порог выше максимума шкалы ({ $max } баллов)
wi-threshold = Порог: <b>{ $points }</b> с { $date }
wi-threshold-disagree = Порог с { $date }: источники расходятся
wi-passes = ✅ проходит с запасом в { $margin } { $n ->
        [one] балл
        [few] балла
        [other] балла
       *[many] баллов
    }
wi-short = ❌ не хватает <b>{ $gap }</b> { $n ->
        [one] балла
        [other] балла
       *[many] баллов
    }
wi-goal-heading = <b>Как закрыть разрыв</b> в { $gap } { $n ->
        [one] балл
        [few] балла
        [other] балла
       *[many] баллов
    } до порога { $target }:
wi-goal-share = { $name }: ещё <b>{ $more } п. п.</b> выручки (всего { $total })
wi-goal-share-impossible = { $name } в одиночку не закроет разрыв: нужно ещё { $more } п. п. (всего { $total })
wi-goal-item = или { $name }: +{ $points }
wi-goal-combination = или вместе { $names }: +{ $points }
wi-goal-no-items = Операций или компонентов, закрывающих разрыв, не осталось.
wi-edit-target = Цель
wi-edit-year = Год
wi-edit-ops = Операции
wi-edit-percent = { $name }
wi-edit-within = { $name }
wi-compare-years = Сравнить годы
wi-save = Сохранить
wi-rename = Переименовать
wi-delete = Удалить
wi-years-heading = <b>Тот же сценарий по годам</b> — { $target }
wi-year-line = { $score } из { $threshold }
wi-year-pass = проходит
wi-year-short = не хватает { $gap }
wi-step = <i>Шаг { $number } из { $total }</i> · /cancel — выйти
wi-q-target = <b>Для чего считаем баллы?</b> Выберите цель.
wi-q-year = <b>Какой год?</b> Выберите или введите (правила известны начиная с { $first } года).
wi-q-ops = <b>Какие операции и компоненты выполняются в России?</b> Отметьте кнопками и нажмите «Готово». Или перечислите: <code>{ $examples }</code>, либо <code>нет</code>.
wi-q-share = <b>{ $name }: какая доля выручки, в %?</b> Число от 0 до 100, например 2,5.
wi-q-within = <b>{ $name }: какая доля выручки, в %?</b> Эта доля учитывается в пункте «{ $parent }». Число от 0 до 100, например 0,5.
wi-current = Сейчас: { $value }
wi-done = Готово
wi-back = Назад
wi-cancel = Отмена
wi-draft = проект
wi-bad-target = Не понял, какая цель. Выберите кнопку или напишите, например, <code>госзакупки</code> или <code>такси</code>.
wi-bad-year = «{ $input }» — не год, для которого известны правила. Выберите кнопку или введите год не раньше { $first }, например 2027.
wi-bad-op = Не знаю операции «{ $input }». Выберите кнопками или перечислите: { $accepted } (или <code>нет</code>).
wi-bad-share = «{ $input }» — не доля выручки. Пришлите число от 0 до 100: 2,5, 2.5 или 2,5%.
wi-bad-total = Вместе доли превысят 100 % выручки. Пришлите число поменьше.
wi-old-question = На этот вопрос уже есть ответ.
wi-expect-answer = Ответьте, пожалуйста, на вопрос ниже или отправьте /cancel, чтобы выйти.
wi-cancelled = Диалог «что если» остановлен. Начать заново — /whatif.
wi-nothing-to-cancel = Отменять нечего.

# Saved scenarios
sc-empty = Сохранённых сценариев пока нет. Запустите /whatif и нажмите «Сохранить» под результатом.
sc-heading = <b>Ваши сценарии</b>
sc-hint = Откройте сценарий, чтобы пересчитать его по текущим правилам, изменить, переименовать или удалить.
sc-ask-name = Как назвать сценарий? Пришлите название до 40 символов.
sc-ask-new-name = Пришлите новое название, до 40 символов.
sc-expect-name = Пришлите название текстом или нажмите «Отмена».
sc-name-cancelled = Не сохранено.
sc-saved = Сохранено как «{ $name }». Список — /scenarios.
sc-replace = Заменить
sc-confirm-delete = Удалить сценарий «{ $name }»?
sc-delete-yes = Удалить
sc-delete-no = Оставить
sc-deleted = Сценарий «{ $name }» удалён.
sc-kept = Сценарий оставлен.

commands-subscribe = Ежедневный дайджест в ваше время
commands-settings = Настройки дайджеста
commands-unsubscribe = Отключить дайджест
commands-alert = Сообщать об изменениях: /alert policy утильсбор
commands-alerts = Ваши оповещения: выключить, удалить
commands-quiet = Тихие часы для оповещений: /quiet 22:00-08:00
commands-digest = Дайджест за сегодня сейчас

# Daily digest
digest-heading = <b>Дайджест</b> · новое с { $since }
digest-empty = С { $since } изменений нет.
digest-topic-prices = Цены
digest-topic-localization = Локализация
digest-topic-policy = Регулирование
digest-topic-briefings = Новые материалы
digest-threshold = { $purpose }, { $category }: <b>{ $points }</b> { $n ->
        [one] балл
        [few] балла
        [other] балла
       *[many] баллов
    } с { $date }
digest-more = …и ещё { $count } { $count ->
    [one] пункт
    [few] пункта
   *[many] пунктов
}: их покажет кнопка ниже.
digest-more-button = Ещё { $count }
digest-continued = <b>Дайджест</b>, продолжение · новое с { $since }
digest-preview = В этом чате нет подписки на дайджест: вот что он принёс бы сейчас. /subscribe — каждый день в ваше время.
digest-latest = <b>Последние данные</b> (не новое — самое свежее из базы):
digest-subscribe-button = Подписаться
digest-subscribed = Подписка оформлена. Дайджест будет приходить каждый день в ваше время; настройки — ниже или в /settings.
digest-unsubscribed = Дайджест отключён. /subscribe включит его снова с вашими настройками.
digest-settings-heading = <b>Настройки дайджеста</b>
digest-settings-off = <b>Настройки дайджеста</b> (отключён)
digest-settings-topics = Темы: { $topics }
digest-settings-time = Время: <b>{ $time }</b>, { $zone }, { $days }
digest-settings-keywords = Только со словами: { $include } · Без слов: { $exclude }
digest-settings-empty-skip = Дни без новостей: без сообщения
digest-settings-empty-notice = Дни без новостей: строка «изменений нет»
digest-settings-hint = Текстом: <code>/settings время 07:30</code>, <code>/settings пояс Asia/Novosibirsk</code>, <code>/settings включать москвич, такси</code>, <code>/settings исключать -</code>, <code>/settings будни</code> или <code>ежедневно</code>.
digest-weekdays = только по будням
digest-every-day = каждый день
digest-empty-skip-short = Тихие дни: пропуск
digest-empty-notice-short = Тихие дни: одна строка
digest-unsubscribe = Отписаться
digest-time-menu = В какое время присылать дайджест? Или напишите <code>/settings время 07:30</code>.
digest-zone-menu = Выберите часовой пояс или напишите любое название по IANA: <code>/settings пояс Asia/Novosibirsk</code>.
digest-admins-only = Менять дайджест группы могут только её администраторы.
digest-stats = <b>Дайджесты за сегодня</b> (UTC)
    К отправке: { $due }
    Отправлено: { $sent }
    Ошибки: { $failed }
    Пропущено (нет новостей): { $skipped }
    Отключено подписчиков: { $deactivated }
    Скорость за последнюю минуту: { $rate } сообщ./с

# Charts
button-chart = График
chart-unit = цена, { $currency }
chart-source = Источник: { $source }
chart-caption = <b>{ $name }</b>: динамика цены, { $count } { $count ->
    [one] значение
    [few] значения
   *[many] значений
}. Цифры с источниками — /price.
chart-too-few = <b>{ $name }</b>: для графика слишком мало данных ({ $count ->
    [one] сохранено { $count } значение
    [few] сохранено { $count } значения
   *[many] сохранено { $count } значений
}) — { $values }. Цифры с источниками — /price.
chart-legend-month = по месяцам
chart-legend-half_year = по полугодиям
chart-legend-year = по годам
chart-legend-mid_year = середина года
chart-legend-estimate = экспертная оценка
chart-empty = Сохранённых значений для графика пока нет.
commands-chart = График цен: /chart подержанные

# Questions in plain words
q-unknown = На такой вопрос я пока не отвечу. Спросите о ценах, локализации или регулировании, например:
    • <i>сколько сейчас стоит подержанная машина</i>
    • <i>цена москвич 3</i>
    • <i>порог локализации 2027</i>
    • <i>баллы за НИОКР 2%</i>
    • <i>что сделала Эстония</i>
    • <i>график цен на новые авто</i>
    /help — список команд.
q-help = Я отвечаю на вопросы о российском авторынке — словами или командами:
    • <i>средняя цена подержанного авто</i>, <i>как изменились цены на новые машины</i>, <i>цена москвич 3</i>
    • <i>порог для госзакупок 2027</i>, <i>баллы за НИОКР 2,5%</i>
    • <i>что если сварка и окраска и НИОКР 2,5%</i>
    • <i>что изменилось в локализации в 2023</i>, <i>что сделала Эстония</i>
    • <i>график цен на новые авто</i>
    /help — список команд.
q-which = Что вы имели в виду?
q-read-price = Последняя цена
q-read-price-period = Цена за { $period }
q-read-history = Динамика цены
q-read-localization = Правила локализации на { $year } год
q-read-policy = Изменения регулирования
q-unknown-subject = Цен по запросу «<b>{ $name }</b>» у меня нет, а цифры другого ряда я подставлять не буду. Есть такие цены: { $held }.
q-no-value-for-period = Данных за { $period } по показателю «{ $name }» у меня нет.
q-latest-instead = Последнее, что есть:
q-period-quarter = Поквартальных цен у меня нет.
q-period-season = Цен по временам года у меня нет.
q-period-other = Не понял, о каком периоде речь.
q-period-shown-year = Вот что есть за { $year } год:
q-nothing-for-period = Ни по одной из моих цен нет данных за { $period }. Есть цены: { $held }.
q-news-latest = <b>Последнее в базе знаний</b> — по дате каждого факта:
q-news-window = <b>Новое за { $span }</b> (с { $since }):
q-news-none = За { $span } (с { $since }) в базе знаний ничего нового нет. Последнее, что есть:
q-news-span-day = последние сутки
q-news-span-week = последнюю неделю
q-news-span-month = последний месяц
q-news-span-year = последний год
q-news-briefings = <b>Свежие брифинги</b> (все — в /news):
q-news-more = Все изменения регулирования — /policy, содержание следующего дайджеста — /digest.
q-loc-ranking-heading = <b>Баллы локализации за операции и компоненты, { $year }</b> — по убыванию:
q-loc-ranking-rd = Кроме того, { $name } — { $points } { $n ->
        [one] балл
        [few] балла
        [other] балла
       *[many] баллов
    } за 1 % выручки.
q-loc-item-heading = <b>Баллы локализации, { $year }</b>
q-loc-item-unknown = Баллов за это в { $year } году у меня нет.
q-loc-max = Максимум шкалы локализации — <b>{ $value }</b> { $n ->
        [one] балл
        [few] балла
        [other] балла
       *[many] баллов
    }.
q-loc-max-disagree = Максимум шкалы локализации: источники расходятся — { $options }
q-loc-max-unknown = Данных о максимуме шкалы локализации у меня нет.
q-loc-whole-card = Все правила локализации { $year }
q-loc-model-heading = <b>Баллы локализации по данным СМИ: { $name }</b>
q-loc-model-score = { $model }, { $year }: <b>{ $points }</b> { $n ->
        [one] балл
        [few] балла
        [other] балла
       *[many] баллов
    }
q-loc-model-unknown = Данных о баллах локализации <b>{ $name }</b> у меня нет. Пороги и баллы за операции — /localization.
q-loc-timeline-heading = <b>Пороги локализации по годам</b> (постановление № 719, по сообщениям СМИ)
q-loc-timeline-none = Ни один порог локализации пока неизвестен.
q-loc-timeline-none-purpose = Порог для цели «{ $purpose }» пока неизвестен.
q-loc-timeline-step = с { $date }: <b>{ $points }</b> { $n ->
        [one] балл
        [few] балла
        [other] балла
       *[many] баллов
    }
q-loc-timeline-disagree = с { $date }: источники расходятся — { $options }
q-loc-timeline-ahead = , ещё не вступил в силу

# Inline mode: one example question per line
inline-examples =
    цена подержанного авто
    цена москвич 3
    порог локализации 2027
    что сделала эстония
inline-no-answer = Не отвечу на это: откройте бота, там примеры

# Language
language-choose = Выберите язык ответов:
language-set = Готово: отвечаю по-русски. Сменить — /language.
commands-language = Язык: русский или английский

# Admin tools
admin-only = Это для администраторов бота. Попытка записана в журнал.
ingest-send-text = Пришлите статью следующим сообщением: вставьте текст или перешлите пост.
ingest-heading = <b>Статья № { $id }</b>
ingest-summary = <b>Кратко</b>
ingest-facts = <b>Найденные факты ({ $count })</b>: ⏳ ждут решения, ✅ одобрены, ❌ отклонены, ♻️ уже известны
ingest-note-no-series = серия не распознана: одобрить можно, когда она названа
ingest-note-no-period = в статье не указан период
ingest-note-series-not-stored = серии { $series } нет в базе
ingest-note-contradicts-value = расходится с сохранённым значением { $values }
ingest-note-contradicts-rate = расходится с сохранённой ставкой: { $points } { $points ->
    [one] балл
    [few] балла
    [other] балла
   *[many] баллов
} за 1 %
ingest-no-facts = Фактов не найдено.
ingest-fact-rule = НИОКР: <b>{ $points }</b> { $n ->
        [one] балл
        [few] балла
        [other] балла
       *[many] баллов
    } за 1 % выручки
ingest-fact-licence = расходы на лицензии засчитываются в локализацию
ingest-action-restricts = вводит ограничения
ingest-action-keeps = сохраняет правила
ingest-action-counts = засчитывает
ingest-action-changes = меняет правила
ingest-action-duty = меняет пошлину
ingest-basis-previous_period = за месяц
ingest-basis-year_ago = за год
ingest-approve-all = Одобрить все
ingest-approved = Одобрено и сохранено.
ingest-rejected = Отклонено.
ingest-approved-all = Одобрено: { $approved }; требуют внимания: { $left }.
ingest-not-approvable = Факту не хватает того, что нужно для сохранения (показателя, периода, даты или известной боту страны, цели или операции), — сохранить его как есть нельзя.
admins-added = { $id } теперь администратор.
admins-removed = { $id } больше не администратор.
admins-list = <b>Администраторы</b>
    Из настроек (ADMIN_IDS): { $configured }
    Добавлены через /admins add: { $added }
    <code>/admins add 12345</code> · <code>/admins remove 12345</code>
facts-heading = <b>Последние факты</b> (сначала новые)
facts-retracted = отозван
facts-hint = Отозвать или вернуть — кнопками; исправить цену — <code>/facts edit p12 1650000</code>. Отозванные факты пропадают из ответов и дайджестов, но остаются в истории.
facts-retract = Отозвать
facts-restore = Вернуть
facts-retracted-toast = Отозвано: в ответах больше не появится.
facts-restored-toast = Возвращено.
facts-edited = { $ref } теперь { $value }.
ingest-txt-only = Пришлите статью текстом или файлом .txt.
ingest-edit-how = Исправьте факт № { $id }, например:
    <code>/ingest edit { $id } series=used period=2023-12 value=1630000</code>
ingest-edited = Исправлено.
ingest-kind-recycling_fee = Ставка утильсбора
ingest-kind-fee_policy = Решение по утильсбору
ingest-kind-localization_item = Баллы локализации
ingest-kind-threshold = Порог локализации
ingest-kind-max_score = Максимум шкалы локализации
ingest-kind-model_score = Баллы локализации модели
ingest-status-adopted = принято
ingest-status-draft = проект
ingest-status-postponed = отложено
ingest-status-in_force = действует
ingest-policy-from = с { $date }
ingest-actor-government = Правительство
ingest-actor-ministry-industry = Минпромторг
ingest-actor-ministry-interior = МВД
ingest-actor-president = Президент
ingest-actor-parliament = Госдума
ingest-undated = (дата неизвестна: в статье нет года)
ingest-confidence-high = прочитано уверенно
ingest-confidence-medium = стоит проверить
ingest-confidence-low = проверьте: многое выведено из контекста
ingest-date-unknown = 📅 В статье не сказано, когда она вышла, поэтому у дат вроде «1 декабря» или «в пятницу» нет года. Укажите дату, и я прочитаю статью заново: <code>/ingest date { $id } 2025-08-07</code>
ingest-dated = Статья прочитана заново с датой { $date }.

fee-rates-heading = <b>Ставки утильсбора по категориям</b>
fee-rate-line = { $category }: <b>{ $value }</b> с { $date }
fee-coefficient = ×{ $value } к базовой ставке
fee-base-rate = Базовая ставка
fee-age-new = новые (до 3 лет)
fee-age-old = старше 3 лет
fee-engine-1-2l = двигатель 1–2 л
fee-engine-le3l = двигатель до 3 л
fee-power-le160hp = до 160 л. с.
fee-power-160-190hp = 160–190 л. с.
fee-power-gt160hp = свыше 160 л. с.
fee-personal = для личного пользования
fee-commercial = коммерческий ввоз
fee-ask-new = новая машина
fee-ask-old = машина старше 3 лет
fee-ask-any = машина
fee-ask-engine = двигатель { $litres } л
fee-ask-engine-upto = двигатель до { $litres } л
fee-ask-power = { $hp } л. с.
fee-q-heading = <b>Утильсбор: { $asked }</b>
fee-q-not-held = Ставки утильсбора для категории «{ $asked }» у меня нет. Есть такие:
fee-q-none = Ставок утильсбора в базе пока нет.
policy-status-draft = (проект)
policy-status-postponed = (отложено)
digest-purpose-other = Другая цель
ingest-note-undated = год неизвестен: укажите дату статьи командой /ingest date (см. выше)
ingest-note-no-date = в статье нет даты, с которой это действует
ingest-note-purpose-not-stored = такой цели нет среди известных боту
ingest-note-item-not-stored = такой операции нет среди известных боту
ingest-note-fee-category-unknown = такой категории машин нет в таблице ставок
ingest-note-model-undated = дата статьи неизвестна, а значит, и год этих баллов
ingest-note-contradicts-fee = расходится с сохранённой ставкой { $values }
ingest-note-contradicts-points = расходится с сохранённым значением: { $values } баллов

# News feeds (admins)
error-feed-invalid-url = Это не веб-адрес. Пример: <code>/feeds add https://example.com/rss.xml</code>
error-feed-bad-scheme = Подписаться можно только на адреса http:// и https://.
error-feed-private-address = Адрес ведёт во внутреннюю, локальную или служебную сеть ({ $detail }). Ленты, добавленные из Telegram, должны быть в открытом интернете.
error-feed-unresolvable = Сайт { $detail } не найден: такого адреса нет.
error-feed-timeout = Сайт не ответил вовремя ({ $detail }).
error-feed-too-large = Ответ больше допустимого ({ $detail } байт).
error-feed-too-many-redirects = Адрес перенаправляет слишком много раз (больше { $detail }).
error-feed-http-status = Сайт ответил ошибкой HTTP { $detail }.
error-feed-network = Сайт недоступен ({ $detail }).
error-feed-not-a-feed = Это обычная страница, а не лента новостей (RSS, Atom, RDF или JSON Feed). Найдите на сайте ссылку на RSS и добавьте её.
error-feed-malformed = Лента повреждена: её XML или JSON не читается ({ $detail }).
error-feed-exists = Эта лента уже добавлена: { $url }
error-feed-not-found = Ленты №{ $id } нет. Список — /feeds.
error-feed-unknown-kind = «{ $input }» — не тот вид фактов, которому можно доверять без проверки. Можно: { $kinds }. Пример: <code>/feeds trust 3 prices</code>
feeds-problem-internal = внутренняя ошибка при чтении
feeds-heading = <b>Ленты новостей</b> ({ $count })
feeds-none = Лент пока нет. Добавьте: <code>/feeds add https://example.com/rss.xml</code>
feeds-line = <b>№{ $id }</b> { $title } — { $status }
feeds-status-new = ещё не опрашивалась
feeds-status-ok = ✅ работает
feeds-status-error = ⚠️ сбоит
feeds-status-paused = ⏸ на паузе
feeds-last-success = последний успешный опрос: { $when }
feeds-last-error = последняя ошибка ({ $when }): { $error }
feeds-never = не было
feeds-trusted = принимаются без проверки: { $kinds }
feeds-kind-prices = цены
feeds-kind-policy = изменения регулирования
feeds-kind-rules = правила локализации
feeds-help = <code>/feeds add URL</code> · <code>/feeds remove N</code> · <code>/feeds pause N</code> · <code>/feeds resume N</code> · <code>/feeds trust N prices</code> · <code>/feeds poll</code> · /review
feeds-added = Лента <b>№{ $id }</b> добавлена: { $title }, сейчас в ней { $items } { $items ->
    [one] материал
    [few] материала
   *[many] материалов
}. Опрашиваю её раз в { $minutes } мин.; новые статьи ждут проверки в /review.
feeds-removed = Лента №{ $id } ({ $title }) удалена. Статьи из неё остаются.
feeds-paused = Лента №{ $id } на паузе. Возобновить: <code>/feeds resume { $id }</code>
feeds-resumed = Лента №{ $id } снова в работе: опрошу её в следующем круге.
feeds-trust-set = Лента №{ $id }: { $kinds } теперь принимаются без проверки.
feeds-trust-none = Лента №{ $id }: все факты снова ждут проверки.
feeds-polling = Опрашиваю все ленты…
feeds-round-nothing = Опрошено лент: { $polled }. Ничего нового.
feeds-round = <b>Ленты новостей</b>: { $articles } { $articles ->
    [one] новая статья
    [few] новые статьи
   *[many] новых статей
} из { $feeds } { $feeds ->
    [one] ленты
   *[many] лент
}.
feeds-round-facts = Фактов найдено: { $found }. Принято автоматически (доверенные ленты): { $approved }, ждут вашей проверки: { $pending }, уже известны: { $known }.
feeds-round-failed = Не удалось прочитать лент: { $failed }. Причины — в /feeds.
feeds-round-review = Проверить: /review
feeds-failing = ⚠️ Лента <b>№{ $id }</b> { $title } не читается с { $since }: { $error }. Все ленты — /feeds.
review-none = Проверять нечего. ✅
review-heading = <b>Проверка</b>: статья 1 из { $count } ожидающих
review-from = Из ленты { $feed }: { $url }
review-from-admin = Добавлена администратором
review-reject-all = Отклонить все
review-approve-all = Принять все
review-next = Дальше
review-rejected-all = Отклонено: { $count }.

## Оповещения
alert-heading-price = Оповещение о цене
alert-heading-policy = Оповещение о регулировании
alert-heading-fee = Оповещение об утильсборе
alert-heading-localization = Оповещение о локализации
alert-heading-model-score = Оповещение о баллах локализации
alert-heading-briefing = Оповещение о новостях
alert-correction = ⚠️ <b>Поправка</b>: сведения из недавнего оповещения отозваны — не опирайтесь на них.
alert-price-now = { $series }, { $period }: <b>{ $value }</b>
alert-price-before = Было: { $value } ({ $period }), { $change }
alert-price-reported-change = Изменение к предыдущему периоду: { $change } (по данным источника)
alert-corrected = (значение исправлено)
alert-status-draft = проект
alert-status-postponed = перенесено
alert-fee-now = Утильсбор, { $category }: <b>{ $value }</b> с { $date }
alert-fee-before = Было: { $value } (с { $date })
alert-threshold-now = { $purpose }: порог <b>{ $points }</b> { $n ->
    [one] балл
    [few] балла
   *[other] баллов
} с { $date }
alert-points-before = Было: { $points } { $n ->
    [one] балл
    [few] балла
   *[other] баллов
}
alert-item-now = { $name }: <b>{ $points }</b> { $n ->
    [one] балл
    [few] балла
   *[other] баллов
}
alert-max-score = Максимальная оценка локализации: <b>{ $points }</b> { $n ->
    [one] балл
    [few] балла
   *[other] баллов
}
alert-model-score = { $model }: <b>{ $points }</b> { $n ->
    [one] балл
    [few] балла
   *[other] баллов
} локализации ({ $year })
alert-rule-fired = Ваше оповещение: { $rule }
alert-rule-above = { $series } дороже { $level }
alert-rule-below = { $series } дешевле { $level }
alert-rule-change-up = { $series }: рост на { $percent } и больше к предыдущему периоду
alert-rule-change-down = { $series }: снижение на { $percent } и больше к предыдущему периоду
alert-rule-change-any = { $series }: изменение на { $percent } и больше к предыдущему периоду
alert-rule-new-price = каждая новая цена: { $series }
alert-rule-rise = { $series }: любой рост к предыдущему периоду
alert-rule-fall = { $series }: любое снижение к предыдущему периоду
alert-rule-policy = изменения регулирования: { $what }
alert-rule-policy-any = любая тема
alert-rule-with-keyword = со словом «{ $keyword }»
alert-rule-localization = пороги и баллы локализации
alert-rule-localization-purpose = пороги и баллы локализации: { $purpose }
alert-rule-keyword = новости, где упоминается «{ $keyword }»
alert-button-mute = 🔕 Выключить это оповещение
alert-button-chart = 📈 График
alert-button-open = 📰 Открыть статью
alert-set = 🔔 Оповещение включено: { $rule }. Напишу, как только это случится.
alert-exists = 🔔 Такое оповещение у вас уже есть: { $rule }. Оно включено.
alerts-heading = Ваши оповещения
alerts-none = Оповещений пока нет. Включите их командой /alert, например <code>/alert подержанные &gt; 1,7 млн</code>, или словами: <i>сообщи, если утильсбор изменится</i>.
alerts-muted = выключено
alerts-quiet = Тихие часы: { $from }–{ $to } ({ $zone }); в это время оповещения ждут утра. <code>/quiet off</code> их отключит.
alerts-quiet-none = Тихих часов нет: оповещения приходят сразу. <code>/quiet 22:00-08:00</code> придержит их на ночь.
alerts-button-mute = 🔕 { $n }
alerts-button-unmute = 🔔 { $n }
alerts-button-delete = ✖ { $n }
alerts-button-list = Мои оповещения
alert-muted = Оповещение выключено. Включить снова можно в /alerts.
alert-unmuted = Оповещение снова включено.
alert-deleted = Оповещение удалено.
alerts-admins-only = Менять оповещения группы могут только её администраторы.
alert-button-follow = 🔔 Сообщать об изменениях
quiet-set = Тихие часы: { $from }–{ $to } ({ $zone }). Оповещения, пришедшие в это время, подождут до { $to }.
quiet-off = Тихие часы отключены: оповещения приходят сразу.
error-alert-invalid = Не удалось понять оповещение: «{ $input }».
    { alert-forms }
alert-forms = Я понимаю такие формы:
    <code>/alert подержанные &gt; 1,7 млн</code> — цена поднимется выше уровня (или <code>&lt;</code> — опустится ниже)
    <code>/alert новые change 5%</code> — цена изменится на 5 % и больше (<code>up 5%</code> — рост, <code>down 5%</code> — снижение)
    <code>/alert москвич 3</code> — каждая новая цена модели
    <code>/alert policy утильсбор</code> — новое решение по теме или стране (<code>/alert policy эстония</code>)
    <code>/alert localization госзакупки</code> — новый порог или баллы для цели
    <code>/alert keyword Haval</code> — новости, где упоминается имя или слово
    Или словами: <i>сообщи, когда цена подержанных превысит 1,7 млн</i>.
error-alert-not-found = Этого оповещения уже нет. Список — в /alerts.
error-alert-limit = В одном чате может быть не больше { $max } оповещений. Сначала удалите лишние в /alerts.
error-quiet-hours-invalid = Не удалось понять тихие часы: «{ $input }». Напишите так: <code>/quiet 22:00-08:00</code>, можно с часовым поясом (<code>/quiet 23:00-07:30 Asia/Vladivostok</code>), или <code>/quiet off</code>.
## Брифинги
commands-news = Свежие брифинги: /news
commands-briefings = Поиск по брифингам: /briefings лицензии
briefing-news-heading = <b>Свежие брифинги</b>, сначала новые:
briefing-news-empty = Брифингов пока нет.
briefing-news-hint = Откройте нужный кнопкой ниже; /briefings <i>слова</i> — поиск по брифингам.
briefing-open = 📄 { $n }
briefing-found-heading = <b>Нашлось в брифингах</b> ({ $n }), сначала самое подходящее:
briefing-nothing = В брифингах ничего не нашлось по запросу «{ $query }», а придумывать я не стану. Попробуйте, например:
    • <i>что говорил Мантуров о китайских партнёрах</i>
    • <i>лицензии на сборку иностранных машин</i>
    • <i>новости про Эстонию</i>
    • <i>кто такой Бургазлиев</i>
    /news — свежие брифинги.
briefing-search-usage = Напишите, что искать: <i>/briefings лицензии</i>, <i>/briefings Мантуров Китай</i>, <i>/briefings кадровый дефицит</i>.
briefing-said = <b>{ $who }</b> — высказывания из брифингов, сначала новые:
briefing-said-about = <b>{ $who }</b>, тема — { $about }. Высказывания из брифингов:
briefing-said-not-about = <b>{ $who }</b>: на тему «{ $about }» в брифингах высказываний нет. Вот всё, что они приводят:
briefing-who = <b>{ $name }</b> — { $role }.
briefing-who-plain = <b>{ $name }</b>.
briefing-who-said = Высказывания из брифингов:
briefing-who-mentioned = Упоминается также здесь:
briefing-statements = <b>Кто что сказал</b>
briefing-facts = <b>Факты из брифинга</b>
briefing-link = Источник:
briefing-original-language = Краткое содержание — на языке статьи.
briefing-gone = Этого брифинга больше нет. Свежие — в /news.
digest-briefings = <b>Новые брифинги</b>
