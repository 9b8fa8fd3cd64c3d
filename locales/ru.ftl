# Русские сообщения. Переменные приходят отформатированными и экранированными для HTML.

start =
    <b>Брифинги по автопрому России</b>
    Короткие точные ответы с периодом, изменением и источником: цены, баллы и пороги локализации, изменения регулирования.

    Попробуйте:
    /price used — средняя цена подержанного автомобиля
    /price moskvich 3 — начальная цена модели
    /localization 2023 — пороги и баллы
    /policy локализация — что изменилось
    /help — все команды

help =
    <b>Команды</b>
    /price [ряд] [период] — последнее значение или период, с изменением и источниками
      например <code>/price подержанные</code>, <code>/price новые 2024</code>, <code>/price новые 1 полугодие 2024</code>, <code>/price москвич 3</code>
    /price [ряд] history — все сохранённые значения
    /policy [тема] [страна] [с даты] — хронология регулирования, новые сверху
      например <code>/policy локализация</code>, <code>/policy эстония</code>, <code>/policy с 2023</code>
    /localization [год] [цель] [ниокр N%] — пороги, баллы за операции, баллы за НИОКР
      например <code>/localization 2023</code>, <code>/localization 2027 госзакупки</code>, <code>/localization ниокр 2,5%</code>
    Ряды: { $series }
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
price-change-previous = к периоду { $period }: { $abs } ({ $pct })
price-change-year-ago = к периоду { $period } (год назад): { $abs } ({ $pct })
price-change-since = с периода { $period } ({ $earlier }): { $abs } ({ $pct })
price-change-year-ago-no-period = за год: { $abs } ({ $pct })
price-implied = значит, { $period } — около { $value } (расчёт)
price-note = Примечание: { $note }
price-method = Методика: { $method }
price-variants = Другие версии:
price-not-latest = Последнее сохранённое значение: { $period }.
price-history-heading = <b>{ $name }</b> — динамика{ $range }
price-history-empty = За этот период значений нет.
button-history = Динамика
button-latest = Последнее значение

policy-heading = <b>Изменения регулирования</b>{ $filter }
policy-page = { $from }–{ $to } из { $total }
policy-empty = Под этот фильтр изменений нет.
button-prev = ◀ Новее
button-next = Старше ▶

loc-heading = <b>Баллы локализации, { $year }</b> (постановление № 719, по сообщениям СМИ)
loc-thresholds = <b>Пороги</b>
loc-threshold = { $purpose }, { $category }: <b>{ $points }</b> баллов с { $date }{ $extra }
loc-threshold-disagree = { $purpose }, { $category }, с { $date }: источники расходятся — { $options }
loc-draft = , проект
loc-or = или
loc-no-thresholds = Для { $year } года порог неизвестен; самый ранний — с { $first }.
loc-no-thresholds-purpose = Для этой цели в { $year } году порог неизвестен.
loc-items = <b>Баллы за операции, компоненты и НИОКР</b>
loc-item-fixed = { $name }: { $points }
loc-item-per-percent = { $name }: { $points } за 1 % выручки
loc-item-within = { $name }: входят в { $parent } ({ $points } за 1 % выручки), с { $date }
loc-rd = <b>НИОКР { $share } выручки → { $points } баллов</b> ({ $rate } за 1 %; расчёт)
loc-max = Максимальная сумма: { $value }
loc-max-disagree = Максимальная сумма: источники расходятся — { $options }
loc-scores = Баллы моделей за { $year }: { $list }
button-year = { $year }

purpose-procurement = Госзакупки
purpose-demand_support = Поддержка спроса
purpose-subsidised_loans = Льготные автокредиты
purpose-taxi = Такси
category-passenger_car = легковые
category-lcv = лёгкие коммерческие
points-unit = б.

period-half-1 = 1-е полугодие { $year }
period-half-2 = 2-е полугодие { $year }
period-mid = середина { $year }

error-unknown-series = Не знаю ряд «{ $input }». Доступны: { $available }.
error-invalid-period = Не могу прочитать «{ $input }» как период. Например: 2023, 2023-12, декабрь 2023 или 1 полугодие 2024.
error-no-data-for-period = За этот период значения нет. В этом ряду есть значения с { $first } по { $last }.
error-unknown-policy-filter = Не могу прочитать «{ $input }». Темы: { $topics }. Страны: { $jurisdictions }. Можно указать дату начала, например 2023 или 2023-09.
error-invalid-year = «{ $input }» — не тот год, по которому я могу ответить. Укажите год, например 2023 или 2027.
error-unknown-localization-argument = Не могу прочитать «{ $input }». Укажите год (2023), цель ({ $purposes }) или долю НИОКР (ниокр 2,5%).
error-invalid-share = «{ $input }» — не доля выручки. Укажите число от 0 до 100, например ниокр 2,5%.
error-internal = Извините, у нас что-то пошло не так. Попробуйте ещё раз чуть позже.
error-stale-button = Эта кнопка устарела. Задайте вопрос ещё раз.
unknown-command = Такой команды я не знаю. /help — список того, на что я отвечаю.
plain-text-hint = Пока я отвечаю на команды. Попробуйте /price подержанные, /localization 2023 или /policy — /help покажет всё.
