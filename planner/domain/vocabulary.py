"""The planner's vocabulary, written once: its languages, the names of stored values, the editable fields.

Every list here used to have copies (the CLI, the documents, the interface, the file formats); they import
it from here instead. The enumerations themselves are in :mod:`planner.domain.kinds`.

Fallback rule: a text missing in a language is shown in English (``FALLBACK_LANGUAGE``), the language
every text of the program is first written in; the same rule as the interface's, whose phrases are
English until a translation is installed.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import NamedTuple, TypeVar

from planner.domain.kinds import (
    ActionStatus,
    DocumentStatus,
    DocumentType,
    GiftDirection,
    ItemKind,
    Language,
    MeetingFormat,
    Side,
    TravelMode,
    VehicleKind,
    VisitStatus,
)

_E = TypeVar("_E", bound=StrEnum)

# The languages of the documents, the conflict sentences and the interface; the office's working language
# first (this is also the order of the printed-language choices).
LANGUAGES: tuple[Language, ...] = (Language.RU, Language.KK, Language.EN)
FALLBACK_LANGUAGE = Language.EN
# each language by its own name, as a person looking for it reads it
LANGUAGE_NAMES: dict[Language, str] = {
    Language.RU: "Русский",
    Language.KK: "Қазақша",
    Language.EN: "English",
}


def language_or_fallback(code: str | None) -> Language:
    """``code`` as a Language if the planner speaks it, else the fallback language."""
    return Language(code) if code in LANGUAGES else FALLBACK_LANGUAGE


class Names(NamedTuple):
    """One text in the three languages."""

    ru: str
    kk: str
    en: str

    def text(self, lang: str | None) -> str:
        """The text in ``lang``; in the fallback language when ``lang`` is unknown or its text empty."""
        return getattr(self, language_or_fallback(lang)) or getattr(self, FALLBACK_LANGUAGE)


ITEM_KIND_NAMES: dict[ItemKind, Names] = {
    ItemKind.ARRIVAL: Names("Прибытие", "Келу", "Arrival"),
    ItemKind.DEPARTURE: Names("Отъезд", "Кету", "Departure"),
    ItemKind.SITE_VISIT: Names("Посещение объекта", "Нысанды аралау", "Site visit"),
    ItemKind.MEETING: Names("Встреча", "Кездесу", "Meeting"),
    ItemKind.MEAL: Names("Питание", "Тамақтану", "Meal"),
    ItemKind.TRANSFER: Names("Переезд", "Көшу", "Transfer"),
    ItemKind.CEREMONY: Names("Церемония", "Салтанатты рәсім", "Ceremony"),
    ItemKind.PRESS: Names("Подход к прессе", "Баспасөзбен кездесу", "Press point"),
    ItemKind.CULTURAL: Names("Культурная программа", "Мәдени бағдарлама", "Cultural programme"),
    ItemKind.BRIEFING: Names("Брифинг", "Брифинг", "Briefing"),
    ItemKind.FREE_TIME: Names("Свободное время", "Бос уақыт", "Free time"),
}
SIDE_NAMES: dict[Side, Names] = {
    Side.GUEST: Names("Гостевая сторона", "Қонақ тарап", "Guest side"),
    Side.HOST: Names("Принимающая сторона", "Қабылдаушы тарап", "Host side"),
}
DOCUMENT_TYPE_NAMES: dict[DocumentType, Names] = {
    DocumentType.AGREEMENT: Names("Соглашение", "Келісім", "Agreement"),
    DocumentType.MEMORANDUM: Names("Меморандум", "Меморандум", "Memorandum"),
    DocumentType.PLAN: Names("План мероприятий", "Іс-шаралар жоспары", "Plan of events"),
    DocumentType.PROTOCOL: Names("Протокол", "Хаттама", "Protocol"),
    DocumentType.CONTRACT: Names("Договор", "Шарт", "Contract"),
    DocumentType.DECLARATION: Names("Декларация", "Декларация", "Declaration"),
}
DOCUMENT_STATUS_NAMES: dict[DocumentStatus, Names] = {
    DocumentStatus.DRAFT: Names("Проект", "Жоба", "Draft"),
    DocumentStatus.SIGNED: Names("Подписан", "Қол қойылды", "Signed"),
    DocumentStatus.IN_FORCE: Names("Действует", "Күшінде", "In force"),
    DocumentStatus.EXPIRED: Names("Истёк срок", "Мерзімі өтті", "Expired"),
    DocumentStatus.TERMINATED: Names("Прекращён", "Тоқтатылды", "Terminated"),
}
# The state of an action item (поручение) or a commitment (обязательство), both neuter in Russian: "open" is
# recorded and not yet closed, whether work has begun or not ("Не начато", not started, misread it), and
# "cancelled" is passive in Kazakh as elsewhere (a visit's "Күші жойылды"), not "it cancelled". "late" is what
# the officer records (the work lags behind), not "overdue" («Просрочено»): overdue is worked out from the
# due date (past it and not done or cancelled, whatever the status; planner.queries.follow_up.is_overdue),
# and the Follow-up screen counts and marks only that, so the stored status must not share its word
ACTION_STATUS_NAMES: dict[ActionStatus, Names] = {
    ActionStatus.OPEN: Names("Открыто", "Ашық", "Open"),
    ActionStatus.IN_PROGRESS: Names("Выполняется", "Орындалуда", "In progress"),
    ActionStatus.DONE: Names("Выполнено", "Орындалды", "Done"),
    ActionStatus.LATE: Names("Отстаёт от графика", "Кестеден қалып барады", "Behind schedule"),
    ActionStatus.CANCELLED: Names("Отменено", "Күші жойылды", "Cancelled"),
}
MEETING_FORMAT_NAMES: dict[MeetingFormat, Names] = {
    MeetingFormat.NARROW: Names("В узком составе", "Тар құрамда", "Restricted format"),
    MeetingFormat.EXTENDED: Names("В расширенном составе", "Кеңейтілген құрамда", "Extended format"),
    MeetingFormat.ONE_ON_ONE: Names("Тет-а-тет", "Бетпе-бет", "One-to-one"),
    MeetingFormat.PLENARY: Names("Пленарное заседание", "Пленарлық отырыс", "Plenary session"),
    MeetingFormat.ROUND_TABLE: Names("Круглый стол", "Дөңгелек үстел", "Round table"),
}
VEHICLE_KIND_NAMES: dict[VehicleKind, Names] = {
    VehicleKind.CAR: Names("Легковой автомобиль", "Жеңіл автокөлік", "Car"),
    VehicleKind.MINIVAN: Names("Минивэн", "Минивэн", "Minivan"),
    VehicleKind.MINIBUS: Names("Микроавтобус", "Шағын автобус", "Minibus"),
    VehicleKind.BUS: Names("Автобус", "Автобус", "Bus"),
    VehicleKind.ESCORT: Names("Сопровождение", "Алып жүру", "Escort"),
    VehicleKind.MOTORCYCLE: Names("Мотоцикл", "Мотоцикл", "Motorcycle"),
}

TRAVEL_MODE_NAMES: dict[TravelMode, Names] = {
    TravelMode.FLIGHT: Names("Самолёт", "Ұшақ", "Flight"),
    TravelMode.TRAIN: Names("Поезд", "Пойыз", "Train"),
    TravelMode.CAR: Names("Автомобиль", "Автокөлік", "Car"),
    TravelMode.OTHER: Names("Другое", "Басқа", "Other"),
}

VISIT_STATUS_NAMES: dict[VisitStatus, Names] = {
    VisitStatus.DRAFT: Names("Черновик", "Жоба", "Draft"),
    VisitStatus.PLANNED: Names("Запланирован", "Жоспарланған", "Planned"),
    VisitStatus.CONFIRMED: Names("Подтверждён", "Расталған", "Confirmed"),
    VisitStatus.IN_PROGRESS: Names("В работе", "Орындалуда", "In progress"),
    VisitStatus.COMPLETED: Names("Завершён", "Аяқталған", "Completed"),
    VisitStatus.CANCELLED: Names("Отменён", "Күші жойылды", "Cancelled"),
    VisitStatus.ARCHIVED: Names("В архиве", "Мұрағатта", "Archived"),
}
# A participant's role and a site's category are free text; these are the words the office and the sample
# use, named in every language (another word is shown as typed).
ROLE_NAMES: dict[str, Names] = {
    "head": Names("Глава делегации", "Делегация басшысы", "Head of delegation"),
    "official": Names("Официальное лицо", "Ресми тұлға", "Official"),
    "business": Names("Деловые круги", "Іскер топ", "Business"),
    "press": Names("Пресса", "Баспасөз", "Press"),
    "protocol": Names("Протокол", "Хаттама қызметі", "Protocol"),
    "guide": Names("Гид", "Гид", "Guide"),
    "security": Names("Охрана", "Күзет", "Security"),
    "interpreter": Names("Переводчик", "Аудармашы", "Interpreter"),
}
# the categories of the places an official visit goes to: where the delegation arrives and stays, the
# authorities and enterprises it meets, what it is shown. A category typed that is none of these (a "Museum"
# typed before this list knew museums included) is matched by its name in any language, any case; another
# is kept and shown as typed.
SITE_CATEGORY_NAMES: dict[str, Names] = {
    "government": Names("Государственный орган", "Мемлекеттік орган", "Government"),
    "industry": Names("Промышленность", "Өнеркәсіп", "Industry"),
    "agriculture": Names("Сельское хозяйство", "Ауыл шаруашылығы", "Agriculture"),
    "trade": Names("Торговля", "Сауда", "Trade"),
    "education": Names("Образование", "Білім беру", "Education"),
    "science": Names("Наука", "Ғылым", "Science"),
    "health": Names("Здравоохранение", "Денсаулық сақтау", "Health"),
    "culture": Names("Культура", "Мәдениет", "Culture"),
    "museum": Names("Музей", "Мұражай", "Museum"),
    "theatre": Names("Театр", "Театр", "Theatre"),
    "exhibition": Names("Выставочный центр", "Көрме орталығы", "Exhibition centre"),
    "landmark": Names("Достопримечательность", "Көрікті жер", "Landmark"),
    "monument": Names("Памятник", "Ескерткіш", "Monument"),
    "religion": Names("Религия", "Дін", "Religion"),
    "sport": Names("Спорт", "Спорт", "Sport"),
    "hotel": Names("Гостиница", "Қонақ үй", "Hotel"),
    "restaurant": Names("Ресторан", "Мейрамхана", "Restaurant"),
    "hospitality": Names("Гостиницы и питание", "Қонақжайлық", "Hospitality"),
    "airport": Names("Аэропорт", "Әуежай", "Airport"),
    "station": Names("Железнодорожный вокзал", "Темір жол вокзалы", "Railway station"),
    "port": Names("Порт", "Порт", "Port"),
    "border_crossing": Names("Пункт пропуска на границе", "Шекарадағы өткізу пункті", "Border crossing"),
    "transport": Names("Транспорт", "Көлік", "Transport"),
}
GIFT_DIRECTION_NAMES: dict[GiftDirection, Names] = {
    GiftDirection.GIVEN: Names("Вручён", "Табыс етілді", "Given"),
    GiftDirection.RECEIVED: Names("Получен", "Алынды", "Received"),
}


def _by_value(names: Mapping[_E, Names]) -> dict[str, Names]:
    return {member.value: text for member, text in names.items()}


# the names of every enumeration, by the name the documents look them up with
VALUE_NAMES: dict[str, dict[str, Names]] = {
    "item_kind": _by_value(ITEM_KIND_NAMES),
    "side": _by_value(SIDE_NAMES),
    "document_type": _by_value(DOCUMENT_TYPE_NAMES),
    "document_status": _by_value(DOCUMENT_STATUS_NAMES),
    "action_status": _by_value(ACTION_STATUS_NAMES),
    "meeting_format": _by_value(MEETING_FORMAT_NAMES),
    "vehicle_kind": _by_value(VEHICLE_KIND_NAMES),
    "travel_mode": _by_value(TRAVEL_MODE_NAMES),
    "visit_status": _by_value(VISIT_STATUS_NAMES),
    "gift_direction": _by_value(GIFT_DIRECTION_NAMES),
    "role": dict(ROLE_NAMES),
    "site_category": dict(SITE_CATEGORY_NAMES),
}


def known_value(enumeration: str, value: str) -> str | None:
    """The stored word ``value`` stands for: itself, or the word one of whose names it is in any language
    (free text typed as "Airport", "Аэропорт" or "Museum" before the word was known); None if none."""
    found = VALUE_NAMES.get(enumeration, {})
    if value in found:
        return value
    wanted = value.strip().casefold()
    index = _NAMED.get(enumeration)
    if index is None:
        index = _NAMED[enumeration] = {
            text.casefold(): key for key, names in found.items() for text in (key, *names) if text
        }
    return index.get(wanted)


# each enumeration's stored words by their own and their names' casefolded text (built on first use)
_NAMED: dict[str, dict[str, str]] = {}


def value_name(enumeration: str, value: str, lang: str | None) -> str:
    """The name of a stored enumeration value in ``lang``; an unknown value is shown as stored."""
    # free-text values (a role, a category) are matched whatever their case, spaces or language
    key = known_value(enumeration, value)
    return VALUE_NAMES[enumeration][key].text(lang) if key is not None else value


# The fields people edit and files carry, shared by the editing services, the visit file format and the
# spreadsheet import.
SITE_FIELDS: tuple[str, ...] = (
    "name",
    "name_i18n",
    "category",
    "category_i18n",
    "address",
    "address_i18n",
    "latitude",
    "longitude",
    "opening_hours",
    "usual_duration_min",
    "contact_name",
    "contact_phone",
    "contact_email",
    "notes",
)
PARTICIPANT_FIELDS: tuple[str, ...] = (
    "side",
    "full_name",
    "name_i18n",
    "title",
    "title_i18n",
    "organisation",
    "organisation_i18n",
    "role",
    "protocol_rank",
    "languages",
    "email",
    "phone",
    "dietary_needs",
    "access_needs",
    "notes",
    # how a person comes and goes (migration 0009): flight, train, car or other ("" unknown), the flight
    # or train number, and who meets them / sees them off as free text (else the *_meeter_id person)
    "arrival_mode",
    "arrival_number",
    "arrival_meeter",
    "departure_mode",
    "departure_number",
    "departure_meeter",
)
TRAVEL_FIELDS: tuple[str, ...] = tuple(
    f for f in PARTICIPANT_FIELDS if f.startswith(("arrival_", "departure_"))
)
# who meets a person on arrival / sees them off: another participant of the visit (by id); the visit file
# names them by key, so these stay out of the fields files carry as they are
PARTICIPANT_MEETER_FIELDS: tuple[str, ...] = ("arrival_meeter_id", "departure_meeter_id")
VEHICLE_FIELDS: tuple[str, ...] = (
    "label",
    "label_i18n",
    "kind",
    "plate",
    "driver_name",
    "driver_name_i18n",
    "driver_phone",
    "seats",
    "notes",
    "notes_i18n",
)
# a car's names in other languages (language -> text maps), as the documents in that language print them
VEHICLE_I18N_FIELDS: tuple[str, ...] = tuple(f for f in VEHICLE_FIELDS if f.endswith("_i18n"))
# the run-of-show fields of an item (the office's own minute-by-minute document): the cue that starts it,
# staging notes, and the officer in charge when that is not a participant of the visit
RUN_OF_SHOW_FIELDS: tuple[str, ...] = ("cue", "staging_notes", "officer_name", "officer_phone")
# a gift given or received: ``*_id`` name participants of the visit, ``*_text`` anyone else
GIFT_FIELDS: tuple[str, ...] = (
    "direction",
    "giver_id",
    "giver_text",
    "recipient_id",
    "recipient_text",
    "description",
    "estimated_value",
    "currency",
    "item_id",
    "notes",
)
ITEM_FIELDS: tuple[str, ...] = (
    "kind",
    "title",
    "title_i18n",
    "starts_at",
    "ends_at",
    "site_id",
    "location",
    "location_i18n",
    "responsible_host_id",
    "notes",
    "notes_i18n",
    "pinned",
    "required",
    "priority",
    *RUN_OF_SHOW_FIELDS,
)
# a participant's contact and needs: left out of lists handed outside the office unless asked for
PRIVATE_PARTICIPANT_FIELDS: tuple[str, ...] = ("email", "phone", "dietary_needs", "access_needs")
# what a spreadsheet row may update on a site or person already known by name (names are how the row was
# matched, so they are not overwritten; translations are merged language by language, see I18N_COLUMNS)
IMPORTED_SITE_FIELDS: tuple[str, ...] = tuple(
    f for f in SITE_FIELDS if f != "name" and not f.endswith("_i18n")
)
IMPORTED_PARTICIPANT_FIELDS: tuple[str, ...] = tuple(
    f for f in PARTICIPANT_FIELDS if f != "full_name" and not f.endswith("_i18n")
)
# the translated names of a site or person in a spreadsheet: the prefix of the columns (``name_kk`` holds
# the Kazakh name, ``address_en`` the English address; one column per language of LANGUAGES) and the map
# the translations go to
SITE_I18N: tuple[tuple[str, str], ...] = (
    ("name", "name_i18n"),
    ("category", "category_i18n"),
    ("address", "address_i18n"),
)
PARTICIPANT_I18N: tuple[tuple[str, str], ...] = (
    ("name", "name_i18n"),
    ("title", "title_i18n"),
    ("organisation", "organisation_i18n"),
)
