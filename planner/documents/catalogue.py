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
