"""Every label the printed documents use, in Russian, Kazakh and English.

Labels are looked up by key; a missing translation falls back to the vocabulary's fallback language
(English), an unknown key to the key itself, so a forgotten label shows up in print instead of crashing a
build. The names of stored values (item kinds, statuses...) and the languages are the planner's
vocabulary (:mod:`planner.domain.vocabulary`), re-exported here for the document builders.
"""

from __future__ import annotations

from planner.domain.vocabulary import LANGUAGES, Names, value_name

__all__ = ["LANGUAGES", "check_language", "label", "value_name"]

# key: (ru, kk, en)
_LABELS: dict[str, tuple[str, str, str]] = {
    # page furniture
    "page_of": ("Страница {n} из {total}", "{total} беттің {n}-беті", "Page {n} of {total}"),
    "printed": ("Дата печати: {date}", "Басып шығарылған күні: {date}", "Printed {date}"),
    "times_in": (
        "Время местное: {zone}",
        "Жергілікті уақыт: {zone}",
        "Local time: {zone}",
    ),
    # branch guest-time: the guests' clock beside the host's where the two differ
    "guest_times_in": (
        "время гостей — {zone}",
        "қонақтардың уақыты — {zone}",
        "guests' time — {zone}",
    ),
    "guest_time_of_item": ("(гости: {span})", "(қонақтар: {span})", "(guests: {span})"),
    # titles
    "programme": (
        "Программа пребывания делегации",
        "Делегацияның болу бағдарламасы",
        "Programme of the visit",
    ),
    "agenda": ("Распорядок дня", "Күн тәртібі", "Agenda of the day"),
    "itinerary": ("Личная программа", "Жеке бағдарлама", "Personal itinerary"),
    "transport": ("План транспортного обеспечения", "Көлікпен қамтамасыз ету жоспары", "Transport plan"),
    "delegation_list": ("Список участников визита", "Сапарға қатысушылар тізімі", "List of participants"),
    "minutes": ("Протокол встречи", "Кездесу хаттамасы", "Minutes of the meeting"),
    "documents": ("Сводка подписанных документов", "Қол қойылған құжаттар жиынтығы", "Signed documents"),
    # cover lines
    "delegation": ("Делегация", "Делегация", "Delegation"),
    "head_of_delegation": ("Руководитель делегации", "Делегация басшысы", "Head of delegation"),
    "host_side_head": ("Принимающая сторона", "Қабылдаушы тарап", "Host"),
    "where": ("Место", "Орны", "Place"),
    "when": ("Сроки", "Мерзімі", "Dates"),
    "arrival_mode": ("Прибытие", "Келуі", "Arrival"),
    "stay_departure": ("Отъезд", "Кетуі", "Departure"),
    "purpose": ("Цель визита", "Сапардың мақсаты", "Purpose"),
    "visit": ("Визит", "Сапар", "Visit"),
    "participant": ("Участник", "Қатысушы", "Participant"),
    "partner_region": ("Регион-партнёр", "Серіктес өңір", "Partner region"),
    # days and columns
    "day_n": ("День {n}", "{n}-күн", "Day {n}"),
    "time": ("Время", "Уақыты", "Time"),
    "event": ("Мероприятие", "Іс-шара", "Event"),
    "place": ("Место проведения", "Өтетін орны", "Place"),
    "participants_responsible": ("Участники / ответственный", "Қатысушылар / жауапты", "Participants / host"),
    "notes": ("Примечания", "Ескертпелер", "Notes"),
    "whole_delegation": ("Вся делегация", "Бүкіл делегация", "Whole delegation"),
    # an arrival or departure printed in a day's table where no item stands for it
    "arrival_of_delegation": ("Прибытие делегации", "Делегацияның келуі", "Arrival of the delegation"),
    "departure_of_delegation": ("Отъезд делегации", "Делегацияның кетуі", "Departure of the delegation"),
    "arrival_line": ("Прибытие", "Келу", "Arrival"),
    "departure_line": ("Отъезд", "Кету", "Departure"),
    "and_more": ("и ещё {n}", "тағы {n}", "and {n} more"),
    "responsible": ("Отв.", "Жауапты", "Host"),
    "no_items": ("Мероприятий нет.", "Іс-шаралар жоқ.", "Nothing planned."),
    "vehicle": ("Транспорт", "Көлік", "Vehicle"),
    "your_vehicle": ("Закреплённый транспорт", "Бекітілген көлік", "Your vehicle"),
    "driver": ("Водитель", "Жүргізуші", "Driver"),
    "contacts": ("Контакты", "Байланыс", "Contacts"),
    "phone": ("Телефон", "Телефон", "Phone"),
    "contact_driver": ("водитель, {detail}", "жүргізуші, {detail}", "driver, {detail}"),
    "contact_host": ("принимающая сторона", "қабылдаушы тарап", "host"),
    "contact_site": ("объект: {detail}", "нысан: {detail}", "site: {detail}"),
    # transport
    "plate": ("Госномер", "Мемлекеттік нөмірі", "Plate"),
    "seats": ("Мест", "Орын саны", "Seats"),
    "passengers": ("Пассажиры", "Жолаушылар", "Passengers"),
    "departure": ("Выезд", "Шығу", "Departs"),
    "from": ("Откуда", "Қайдан", "From"),
    "to": ("Куда", "Қайда", "To"),
    "arrive_by": ("Прибытие", "Жету", "Arrives"),
    "all_aboard": ("Все пассажиры ({n})", "Барлық жолаушылар ({n})", "All passengers ({n})"),
    "drive_minutes": ("≈ {n} мин в пути", "жолда ≈ {n} мин", "≈ {n} min drive"),
    "no_legs": ("Поездок нет.", "Сапарлар жоқ.", "No trips."),
    "no_vehicles": ("Транспорт не назначен.", "Көлік бекітілмеген.", "No vehicles assigned."),
    "start_of_day": ("начало дня", "күннің басы", "start of day"),
    # delegation list
    "guest_side": ("Гостевая сторона", "Қонақ тарап", "Guest side"),
    "host_side": ("Принимающая сторона", "Қабылдаушы тарап", "Host side"),
    "number": ("№", "№", "No."),
    "full_name": ("Ф. И. О.", "Т. А. Ә.", "Name"),
    "position": ("Должность", "Лауазымы", "Position"),
    "organisation": ("Организация", "Ұйым", "Organisation"),
    "nobody": ("Нет участников.", "Қатысушылар жоқ.", "No participants."),
    # minutes
    "format": ("Формат", "Форматы", "Format"),
    "attendees": ("Участники", "Қатысушылар", "Attendees"),
    "meeting_agenda": ("Повестка дня", "Кездесудің күн тәртібі", "Agenda"),
    "discussion": ("Ход встречи", "Кездесу барысы", "Discussion"),
    "outcomes": ("Итоги и решения", "Қорытындылар мен шешімдер", "Outcomes"),
    "action_items": ("Поручения", "Тапсырмалар", "Action items"),
    "task": ("Поручение", "Тапсырма", "Task"),
    "owner": ("Исполнитель", "Орындаушы", "Owner"),
    "due": ("Срок", "Мерзімі", "Due"),
    "status": ("Статус", "Мәртебесі", "Status"),
    "no_outcomes": ("Решения не записаны.", "Шешімдер жазылмаған.", "No outcomes recorded."),
    # documents
    "doc_type": ("Вид документа", "Құжат түрі", "Type"),
    "parties": ("Стороны", "Тараптар", "Parties"),
    "signatories": ("Подписали", "Қол қойғандар", "Signatories"),
    "signed": ("Дата и место подписания", "Қол қойылған күні мен орны", "Signed"),
    "term": ("Срок действия", "Қолданылу мерзімі", "Term"),
    "copies": ("Экземпляров", "Дана саны", "Copies"),
    "commitments": ("Ключевые обязательства", "Негізгі міндеттемелер", "Key commitments"),
    "area": ("Направление", "Бағыты", "Area"),
    "commitment": ("Обязательство", "Міндеттеме", "Commitment"),
    "no_documents": ("Документы не подписывались.", "Құжаттарға қол қойылмаған.", "No documents signed."),
    "no_commitments": ("Обязательства не указаны.", "Міндеттемелер көрсетілмеген.", "No commitments listed."),
    "term_open": ("бессрочно", "мерзімсіз", "open-ended"),
    "summary_counts": (
        "Документов: {docs}; обязательств: {total}, выполнено: {done}, отстают от графика: {late}",
        "Құжаттар: {docs}; міндеттемелер: {total}, орындалды: {done}, кестеден қалып барады: {late}",
        "Documents: {docs}; commitments: {total}, done: {done}, behind schedule: {late}",
    ),
    # seating plans (branch seating)
    "seating": ("План рассадки", "Отырғызу жоспары", "Seating plan"),
    "seating_layout": ("Расстановка", "Орналасуы", "Layout"),
    "layout_rect": (
        "Переговоры: прямоугольный стол, делегации друг напротив друга",
        "Келіссөздер: тікбұрышты үстел, делегациялар бір-біріне қарсы",
        "Talks: a rectangular table, the delegations facing each other",
    ),
    "layout_round": (
        "Банкет: круглые столы по {n} мест",
        "Банкет: {n} орындық дөңгелек үстелдер",
        "Banquet: round tables of {n} seats",
    ),
    "table_n": ("Стол {n}", "{n}-үстел", "Table {n}"),
    "seat": ("Место", "Орын", "Seat"),
    "table": ("Стол", "Үстел", "Table"),
    "role": ("Роль", "Рөлі", "Role"),
    "side": ("Сторона", "Тарап", "Side"),
    "seat_centre": ("в центре", "ортада", "centre"),
    "seat_right": ("справа, {n}-е место", "оң жақта, {n}-орын", "right, place {n}"),
    "seat_left": ("слева, {n}-е место", "сол жақта, {n}-орын", "left, place {n}"),
    "seat_host": ("хозяин стола", "үстел иесі", "host of the table"),
    "seat_round_right": ("{n}-е справа от хозяина", "иесінің оң жағынан {n}-орын", "{n} to the host's right"),
    "seat_round_left": ("{n}-е слева от хозяина", "иесінің сол жағынан {n}-орын", "{n} to the host's left"),
    "unseated": ("Без места", "Орынсыз", "Without a seat"),
    "seating_proposed": (
        "Предложение по правилам протокола (не сохранено)",
        "Хаттама ережелері бойынша ұсыныс (сақталмаған)",
        "Proposed by the rules of protocol (not saved)",
    ),
    # branch live-notices: programme versions and notices of changes
    "programme_version": ("версия программы {n}", "бағдарлама нұсқасы {n}", "programme version {n}"),
    "notice": (
        "Уведомление об изменении программы",
        "Бағдарламаның өзгергені туралы хабарлама",
        "Notice of change",
    ),
    "notice_intro": (
        "Ваша программа изменилась (версия {old} → версия {new}). Изменения:",
        "Сіздің бағдарламаңыз өзгерді ({old}-нұсқа → {new}-нұсқа). Өзгерістер:",
        "Your programme has changed (version {old} → version {new}). What changed:",
    ),
    "notice_for": ("Кому", "Кімге", "For"),
    "change_what": ("Что", "Не", "What"),
    "change_was": ("Было", "Болды", "Was"),
    "change_now": ("Стало", "Қазір", "Now"),
    "change_moved": ("перенесено", "ауыстырылды", "moved"),
    "change_changed": ("изменено", "өзгертілді", "changed"),
    "change_added": ("добавлено", "қосылды", "added"),
    "change_removed": ("исключено из вашей программы", "бағдарламаңыздан алынды", "no longer yours"),
    "change_cancelled": ("отменено", "тоқтатылды", "cancelled"),
    # a change of the person's arrival or departure, one line: "Arrival: 11.05 09:00 at X → 11.05 08:00 at Y"
    "stay_changed": ("{end}: {old} → {new}", "{end}: {old} → {new}", "{end}: {old} → {new}"),
    "stay_at": ("{time}, {place}", "{time}, {place}", "{time} at {place}"),
    "stay_unknown": ("не указано", "көрсетілмеген", "not set"),
    "car_waits": (
        "{car} ждёт в {time}: {place}",
        "{car} сағат {time}-де күтеді: {place}",
        "{car} waits at {time}: {place}",
    ),
    "notice_attached": (
        "Новая программа приложена.",
        "Жаңа бағдарлама қоса берілді.",
        "Your new sheet is attached.",
    ),
    "mail_subject": (
        "{visit}: изменение программы (версия {n})",
        "{visit}: бағдарламаның өзгеруі ({n}-нұсқа)",
        "{visit}: programme changed (version {n})",
    ),
    # the e-mail draft: a greeting ("mail_dear_*"), then what changed ("n_changed", counted), then this
    "mail_body": (
        "{greeting}\n\nВ вашей программе визита {changed}. Уведомление и новая программа во вложении.",
        "{greeting}\n\nСапар бағдарламаңызда {changed}. Хабарлама мен жаңа бағдарлама тіркелген.",
        "{greeting}\n\n{changed}. The notice and your new sheet are attached.",
    ),
    # given name and patronymic known (Russian by the patronymic's gender; Kazakh and English need none)
    "mail_dear_m": ("Уважаемый {name}!", "Құрметті {name}!", "Dear {name},"),
    "mail_dear_f": ("Уважаемая {name}!", "Құрметті {name}!", "Dear {name},"),
    # no patronymic: the full name, and in Russian no guess at the gender
    "mail_dear": ("Здравствуйте, {name}!", "Құрметті {name}!", "Dear {name},"),
    # the command line's summary of the notices written (notices --lang)
    "notices_written": (
        "Визит {visit}: версия программы {since} → {version}; кому сообщить: {people}; записано в {folder}: "
        "{files}",
        "{visit}-сапар: бағдарлама нұсқасы {since} → {version}; кімге хабарлау керек: {people}; {folder} "
        "қалтасына жазылды: {files}",
        "visit {visit}: programme version {since} -> {version}; {people}, {files} in {folder}",
    ),
    "no_email": ("(нет e-mail)", "(e-mail жоқ)", "(no e-mail)"),
    # run of show, gifts register, site briefings (branch run-of-show)
    "run_of_show": ("Сценарий проведения визита", "Сапарды өткізу сценарийі", "Run of show"),
    "internal_use": (
        "Для служебного пользования: не для передачи гостям",
        "Қызметтік пайдалану үшін: қонақтарға берілмейді",
        "Internal: not for the guests",
    ),
    "groups_participants": ("Группы / участники", "Топтар / қатысушылар", "Groups / participants"),
    "in_charge": ("Ответственные", "Жауаптылар", "In charge"),
    "cue": ("Сигнал к началу", "Бастау белгісі", "Cue"),
    "staging": ("Подготовка и размещение", "Дайындық және орналастыру", "Staging notes"),
    "officer": ("Дежурный: {name}", "Кезекші: {name}", "Officer: {name}"),
    "minutes_long": ("{n} мин", "{n} мин", "{n} min"),
    "contact_list": ("Контакты ответственных", "Жауаптылардың байланыстары", "Contacts"),
    "contact_role_host": ("принимающая сторона", "қабылдаушы тарап", "host"),
    "contact_role_officer": ("дежурный сотрудник", "кезекші қызметкер", "officer in charge"),
    "contact_role_site": ("объект", "нысан", "site"),
    "gifts": ("Реестр подарков", "Сыйлықтар тізілімі", "Gifts register"),
    "gift_direction": ("Вручён / получен", "Табыс етілді / алынды", "Given / received"),
    "gift_from": ("От кого", "Кімнен", "From"),
    "gift_to": ("Кому", "Кімге", "To"),
    "gift": ("Подарок", "Сыйлық", "Gift"),
    "gift_value": ("Оценочная стоимость", "Бағаланған құны", "Estimated value"),
    "gift_at": ("Мероприятие", "Іс-шара", "At"),
    "no_gifts": ("Подарки не записаны.", "Сыйлықтар жазылмаған.", "No gifts recorded."),
    "gift_count": ("Подарков: {n}", "Сыйлықтар: {n}", "Gifts: {n}"),
    "total_given": (
        "Вручено на сумму: {amounts}",
        "Табыс етілген сыйлықтар құны: {amounts}",
        "Given, worth: {amounts}",
    ),
    "total_received": (
        "Получено на сумму: {amounts}",
        "Алынған сыйлықтар құны: {amounts}",
        "Received, worth: {amounts}",
    ),
    "briefing": ("Памятка для объекта", "Нысанға арналған жадынама", "Site briefing"),
    "address": ("Адрес", "Мекенжайы", "Address"),
    "site_contact": ("Контактное лицо объекта", "Нысанның байланыс тұлғасы", "Site contact"),
    "groups": ("Группа", "Топ", "Group"),
    "guests_coming": ("Гости ({n})", "Қонақтар ({n})", "Guests ({n})"),
    "hosts_coming": ("Сопровождают ({n})", "Алып жүреді ({n})", "Accompanied by ({n})"),
    "speakers": ("Выступают", "Сөз сөйлейді", "Who speaks"),
    "speaker_host": (
        "от принимающей стороны: {name}",
        "қабылдаушы тараптан: {name}",
        "for the hosts: {name}",
    ),
    "speaker_guest": ("от гостей: {name}", "қонақтардан: {name}", "for the guests: {name}"),
    "topics": ("Темы", "Тақырыптар", "Topics"),
    "no_sites_used": (
        "Ни одно мероприятие программы не проводится на объекте.",
        "Бағдарламаның бірде-бір іс-шарасы нысанда өтпейді.",
        "No item of the programme is at a site.",
    ),
    # cards-motorcade: place cards, badges, car placards, the motorcade manifest, arrivals (issue 13)
    "place_cards": ("Карточки рассадки", "Отырғызу карточкалары", "Place cards"),
    "badges": ("Бейджи участников", "Қатысушылардың бейджтері", "Badges"),
    "car_placards": ("Таблички на автомобили", "Көлікке арналған тақтайшалар", "Car placards"),
    "motorcade": ("Состав кортежа", "Кортеж құрамы", "Motorcade manifest"),
    "arrivals": ("Прибытие и убытие участников", "Қатысушылардың келуі мен кетуі", "Arrivals and departures"),
    "car_number": ("Автомобиль № {n}", "№ {n} көлік", "Car No. {n}"),
    "car_caption": ("Автомобиль №", "Көлік №", "Car No."),
    "car_in_column": ("№ {n} в колонне", "колоннадағы № {n}", "No. {n} in the column"),
    "group": ("Группа", "Топ", "Group"),
    "arrivals_heading": ("Прибытие", "Келуі", "Arrivals"),
    "departures_heading": ("Убытие", "Кетуі", "Departures"),
    "date_time": ("Дата, время", "Күні, уақыты", "Date, time"),
    "travel_mode": ("Транспорт, рейс", "Көлік, рейс", "How, flight / train"),
    "met_by": ("Встречает", "Қарсы алады", "Met by"),
    "seen_off_by": ("Провожает", "Шығарып салады", "Seen off by"),
    "not_known": ("не указано", "көрсетілмеген", "not given"),
    "no_travel": ("Сведений нет.", "Мәлімет жоқ.", "Nothing known."),
    "legs": ("Поездки", "Сапарлар", "Legs"),
    "route": ("Маршрут", "Бағыты", "Route"),
    "cars_count": (
        "Автомобилей: {cars}; мест: {seats}; пассажиров: {people}",
        "Көліктер: {cars}; орын: {seats}; жолаушылар: {people}",
        "Cars: {cars}; seats: {seats}; passengers: {people}",
    ),
    # branch follow-up: the follow-up report and a partner's open commitments
    "follow_up": (
        "Контроль исполнения поручений и обязательств",
        "Тапсырмалар мен міндеттемелердің орындалуын бақылау",
        "Follow-up of action items and commitments",
    ),
    "fu_scope_open": (
        "Неисполненные поручения встреч и обязательства подписанных документов",
        "Кездесулердің орындалмаған тапсырмалары мен қол қойылған құжаттардың міндеттемелері",
        "Open action items of meetings and commitments of signed documents",
    ),
    "fu_scope_all": (
        "Все поручения встреч и обязательства подписанных документов",
        "Кездесулердің барлық тапсырмалары мен қол қойылған құжаттардың міндеттемелері",
        "All action items of meetings and commitments of signed documents",
    ),
    "fu_every_partner": ("все регионы-партнёры", "барлық серіктес өңірлер", "every partner region"),
    "fu_as_of": ("По состоянию на", "Жағдай бойынша", "As of"),
    "fu_due_before": ("Срок до", "Мерзімі дейін", "Due before"),
    "fu_counts": (
        "Всего: {total}; просрочено: {overdue}",
        "Барлығы: {total}; мерзімі өткен: {overdue}",
        "In all: {total}; overdue: {overdue}",
    ),
    "fu_what": ("Поручение / обязательство", "Тапсырма / міндеттеме", "Action item / commitment"),
    "fu_from_meeting": ("встреча", "кездесу", "meeting"),
    "fu_from_document": ("документ", "құжат", "document"),
    "fu_overdue": ("просрочено", "мерзімі өтті", "overdue"),
    "fu_nothing": (
        "Неисполненных поручений и обязательств нет.",
        "Орындалмаған тапсырмалар мен міндеттемелер жоқ.",
        "Nothing left to follow up.",
    ),
    "fu_open_commitments_none_title": (
        "Неисполненные обязательства с регионом-партнёром",
        "Серіктес өңірмен орындалмаған міндеттемелер",
        "Open commitments with the partner region",
    ),
    "fu_no_history": (
        "Прежних визитов и документов с этим регионом нет.",
        "Бұл өңірмен бұрынғы сапарлар мен құжаттар жоқ.",
        "No earlier visits or documents with this region.",
    ),
    "fu_nothing_open": (
        "Все обязательства выполнены.",
        "Барлық міндеттемелер орындалды.",
        "Every commitment is done.",
    ),
    "fu_open_commitments": (
        "Неисполненные обязательства по документам с регионом «{region}»",
        "«{region}» өңірімен құжаттар бойынша орындалмаған міндеттемелер",
        "Open commitments of the documents signed with {region}",
    ),
}


# counted phrases: by language, the text for each CLDR plural category (planner.documents.formatting
# .plural_form); "other" stands for any category a language does not list
_COUNTED: dict[str, dict[str, dict[str, str]]] = {
    # the e-mail's "what changed": the verb agrees with the count in Russian
    "n_changed": {
        "ru": {"one": "изменён {n} пункт", "few": "изменены {n} пункта", "other": "изменено {n} пунктов"},
        "kk": {"other": "{n} тармақ өзгерді"},
        "en": {
            "one": "{n} item of your programme of the visit has changed",
            "other": "{n} items of your programme of the visit have changed",
        },
    },
    "n_changes": {
        "ru": {"one": "{n} изменение", "few": "{n} изменения", "other": "{n} изменений"},
        "kk": {"other": "{n} өзгеріс"},
        "en": {"one": "{n} change", "other": "{n} changes"},
    },
    "n_recipients": {
        "ru": {"one": "{n} получатель", "few": "{n} получателя", "other": "{n} получателей"},
        "kk": {"other": "{n} алушы"},
        "en": {"one": "{n} to tell", "other": "{n} to tell"},
    },
    "n_files": {
        "ru": {"one": "{n} файл", "few": "{n} файла", "other": "{n} файлов"},
        "kk": {"other": "{n} файл"},
        "en": {"one": "{n} file", "other": "{n} files"},
    },
}


def counted(key: str, n: int, lang: str) -> str:
    """``n`` with its noun in the grammatical form the number asks for: 'изменён 1 пункт', 'изменены 2
    пункта', 'изменено 5 пунктов'; '1 change', '2 changes'."""
    from planner.documents.formatting import plural_form

    forms = _COUNTED[key].get(lang) or _COUNTED[key]["en"]
    return forms.get(plural_form(n, lang), forms["other"]).format(n=n)


def _pick(texts: tuple[str, str, str], lang: str) -> str:
    return Names(*texts).text(lang)


def label(key: str, lang: str, **values: object) -> str:
    """The label ``key`` in ``lang`` with ``{placeholders}`` filled in."""
    texts = _LABELS.get(key)
    text = _pick(texts, lang) if texts else key
    return text.format(**values) if values else text


def check_language(lang: str) -> str:
    """Return ``lang`` if documents can be printed in it, else raise a ValidationError."""
    if lang not in LANGUAGES:
        from planner.domain.errors import ValidationError

        raise ValidationError(f"documents print in {', '.join(LANGUAGES)}; {lang!r} is not one of them")
    return lang
