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
        "Время местное ({zone}, UTC{offset})",
        "Жергілікті уақыт ({zone}, UTC{offset})",
        "Local time ({zone}, UTC{offset})",
    ),
    # branch guest-time: the guests' clock beside the host's where the two differ
    "guest_times_in": (
        "время гостей — UTC{offset} ({zone})",
        "қонақтардың уақыты — UTC{offset} ({zone})",
        "guests' time — UTC{offset} ({zone})",
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
        "Документов: {docs}; обязательств: {total}, выполнено: {done}, просрочено: {late}",
        "Құжаттар: {docs}; міндеттемелер: {total}, орындалды: {done}, мерзімі өтті: {late}",
        "Documents: {docs}; commitments: {total}, done: {done}, late: {late}",
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
    "mail_body": (
        "{name}!\n\nВаша программа визита изменилась: пунктов — {count}. Уведомление и новая программа "
        "во вложении.",
        "{name}!\n\nСапар бағдарламаңыз өзгерді: {count} тармақ. Хабарлама мен жаңа бағдарлама тіркелген.",
        "{name},\n\nyour programme of the visit has changed: {count} item(s). The notice and your new "
        "sheet are attached.",
    ),
}


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
