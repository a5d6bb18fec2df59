"""The refusals of the editing services in Russian, Kazakh and English, looked up by key.

A service that refuses input raises :class:`~planner.domain.errors.ValidationError` with problems whose
``reason`` is the English sentence (the command line and the logs show it) and whose ``key`` and
``params`` name the sentence here, so the interface says it in its own language (:func:`localized`).
The English text of each entry is exactly the sentence the service always said; placeholders are
``str.format`` fields, the same names in each language (``{value!r}`` quotes in English as before, the
other languages quote with «»). A key missing here, or a text that cannot be filled in, falls back to the
English ``reason``, so a forgotten entry still shows a sentence, never a key.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from planner.domain.errors import PlannerError, Problem, ValidationError
from planner.domain.opening_hours_text import EXAMPLE, describe_opening_hours
from planner.domain.quotes import format_quoting
from planner.domain.vocabulary import FALLBACK_LANGUAGE, Names, language_or_fallback

__all__ = ["MESSAGES", "english", "localized", "localized_summary", "message", "problem"]

_RU_HOURS = describe_opening_hours(EXAMPLE, "ru")
_KK_HOURS = describe_opening_hours(EXAMPLE, "kk")

# key: (ru, kk, en)
_TEXTS: dict[str, tuple[str, str, str]] = {
    # any form
    "required": ("это поле нужно заполнить", "бұл өрісті толтыру керек", "this field is required"),
    "bad_email": (
        "«{value}» — не адрес эл. почты (нужен вид name@example.org)",
        "«{value}» — эл. пошта мекенжайы емес (name@example.org түрінде жазыңыз)",
        "{value!r} is not a valid e-mail address (expected name@example.org)",
    ),
    "bad_choice": (
        "«{value}» — не одно из значений: {options}",
        "«{value}» мына мәндердің бірі емес: {options}",
        "{value!r} is not one of: {options}",
    ),
    "end_before_start": (
        "окончание раньше начала",
        "аяқталуы басталуынан ерте",
        "the end is before the start",
    ),
    "not_a_date": ("это не дата", "бұл күн емес", "this is not a date"),
    # text that cannot be stored and printed exactly as typed (planner.interchange.input_limits)
    "text_too_long": (
        "текст длиной {length} знаков, а поле вмещает не больше {limit} (около 25 печатных страниц): "
        "сократите его или храните полный текст в отдельном файле",
        "мәтін ұзындығы {length} таңба, ал өріске ең көбі {limit} сыяды (шамамен 25 басылған бет): "
        "қысқартыңыз немесе толық мәтінді бөлек файлда сақтаңыз",
        "is {length:,} characters long; a field holds at most {limit:,} (some 25 printed pages):"
        " shorten it, or keep the full text in a file of its own",
    ),
    "text_control": (
        "содержит управляющий символ ({code}) в позиции {position}; удалите его",
        "{position}-орында басқарушы таңба ({code}) бар; оны өшіріңіз",
        "holds a control character ({code}) at position {position}; remove it",
    ),
    "text_invisible": (
        "содержит невидимый или неизвестный символ ({code}) в позиции {position}; удалите его",
        "{position}-орында көрінбейтін немесе белгісіз таңба ({code}) бар; оны өшіріңіз",
        "holds an invisible or unassigned character ({code}) at position {position}; remove it",
    ),
    "text_emoji": (
        "содержит «{char}» ({code}) в позиции {position} — эмодзи или знак, который печатные документы "
        "не могут показать; удалите его",
        "{position}-орында «{char}» ({code}) бар — басылған құжаттар көрсете алмайтын эмодзи немесе "
        "белгі; оны өшіріңіз",
        "holds {char!r} ({code}) at position {position}, an emoji or symbol the printed documents"
        " cannot show; remove it",
    ),
    "text_rtl": (
        "содержит текст справа налево («{char}», {code}) в позиции {position}, который печатные "
        "документы не могут показать в верном порядке; напишите имя латиницей или кириллицей",
        "{position}-орында оңнан солға жазылған мәтін («{char}», {code}) бар, оны басылған құжаттар "
        "дұрыс ретпен көрсете алмайды; атауын латын немесе кирилл әріптерімен жазыңыз",
        "holds right-to-left text ({char!r}, {code}) at position {position}, which the printed"
        " documents cannot show in the right order; write the name in Latin or Cyrillic letters",
    ),
    # participants
    "empty_person_name": (
        "Имя не должно быть пустым",
        "Аты-жөні бос болмауы керек",
        "The name must not be empty",
    ),
    "rank_whole": (
        "протокольный ранг — целое число от 1 (глава делегации) и выше",
        "хаттамалық дәреже — 1-ден (делегация басшысы) бастап бүтін сан",
        "the protocol rank must be a whole number from 1 (the head) up",
    ),
    "language_codes": (
        "языки указываются кодами, например ru, kk, en",
        "тілдер кодтармен жазылады, мысалы ru, kk, en",
        "languages must be language codes such as ru, kk, en",
    ),
    "unknown_participant_of_visit": (
        "неизвестный участник (id {id}) для этого визита",
        "бұл сапарда белгісіз қатысушы (id {id})",
        "unknown participant (id {id}) for this visit",
    ),
    "unknown_participants_of_visit": (
        "участники с такими id не относятся к этому визиту: {ids}",
        "мына id бар қатысушылар бұл сапарға жатпайды: {ids}",
        "unknown participant ids for this visit: {ids}",
    ),
    "unknown_participant": (
        "неизвестный участник (id {id})",
        "белгісіз қатысушы (id {id})",
        "unknown participant (id {id})",
    ),
    # sites
    "empty_site_name": (
        "Название не должно быть пустым",
        "Атауы бос болмауы керек",
        "The name must not be empty",
    ),
    "latitude_range": (
        "широта — число от -90 до 90",
        "ендік — -90 мен 90 аралығындағы сан",
        "the latitude must be a number between -90 and 90",
    ),
    "longitude_range": (
        "долгота — число от -180 до 180",
        "бойлық — -180 мен 180 аралығындағы сан",
        "the longitude must be a number between -180 and 180",
    ),
    "both_coordinates": (
        "укажите обе координаты или ни одной",
        "екі координатаны да көрсетіңіз немесе екеуін де бос қалдырыңыз",
        "give both coordinates or neither",
    ),
    "usual_duration": (
        "обычная длительность посещения — положительное число минут",
        "әдеттегі бару ұзақтығы — минуттың оң саны",
        "the usual visit length must be a positive number of minutes",
    ),
    "opening_hours": (
        f"Не удаётся прочитать часы работы «{{text}}». Пишите так: {_RU_HOURS}",
        f"«{{text}}» жұмыс уақытын оқу мүмкін емес. Былай жазыңыз: {_KK_HOURS}",
        f"{{text!r}} is not valid opening hours; write them like {EXAMPLE!r}",
    ),
    "opening_hours_at": (
        f"Не удаётся прочитать часы работы «{{text}}» начиная с «{{fragment}}». Пишите так: {_RU_HOURS}",
        f"«{{text}}» жұмыс уақытын «{{fragment}}» бастап оқу мүмкін емес. Былай жазыңыз: {_KK_HOURS}",
        f"{{text!r}} is not valid opening hours (the problem starts at {{fragment!r}}); write them like"
        f" {EXAMPLE!r}",
    ),
    "site_exists": (
        "объект «{name}» по этому адресу уже есть",
        "осы мекенжайда «{name}» нысаны бұрыннан бар",
        "a site named {name!r} at this address already exists",
    ),
    "place_name_too_long": (
        "название места длиной {length} знаков, а название объекта вмещает не больше {limit}",
        "орын атауының ұзындығы {length} таңба, ал нысан атауына ең көбі {limit} сыяды",
        "the place's name is {length} characters long; a site's name holds at most {limit}",
    ),
    "site_in_use": (
        "объект «{name}» используется в мероприятиях программы ({count}); сначала перенесите их",
        "«{name}» нысаны бағдарламаның іс-шараларында қолданылады ({count}); алдымен оларды ауыстырыңыз",
        "site '{name}' is used by {count} itinerary item(s); move them first",
    ),
    "site_to_place": (
        "объект «{name}» есть в списках объектов к размещению ({count}); сначала уберите его оттуда",
        "«{name}» нысаны орналастырылатын нысандар тізімдерінде бар ({count}); алдымен оны сол жерден алыңыз",
        "site '{name}' is on {count} list(s) of sites to place; remove it there first",
    ),
    # itinerary items
    "empty_title": (
        "Название не должно быть пустым",
        "Атауы бос болмауы керек",
        "The title must not be empty",
    ),
    "no_time_zone": (
        "у времени не указан часовой пояс",
        "уақыттың белдеуі көрсетілмеген",
        "the time has no time zone",
    ),
    "end_not_after_start": (
        "окончание должно быть позже начала",
        "аяқталуы басталуынан кейін болуы керек",
        "the end is not after the start",
    ),
    "unknown_site": ("неизвестный объект (id {id})", "белгісіз нысан (id {id})", "unknown site (id {id})"),
    "priority_whole": (
        "приоритет — целое число",
        "басымдық — бүтін сан",
        "the priority must be a whole number",
    ),
    # visits and their details
    "empty_delegation_name": (
        "Название делегации не должно быть пустым",
        "Делегация атауы бос болмауы керек",
        "The delegation's name must not be empty",
    ),
    "unknown_zone_choose": (
        "неизвестный часовой пояс «{zone}»; выберите пояс из списка",
        "белгісіз уақыт белдеуі «{zone}»; тізімнен таңдаңыз",
        "unknown time zone {zone!r}; choose one from the list",
    ),
    "unknown_zone_example": (
        "неизвестный часовой пояс «{zone}» (укажите название вроде Asia/Atyrau)",
        "белгісіз уақыт белдеуі «{zone}» (Asia/Atyrau сияқты атауын жазыңыз)",
        "unknown time zone {zone!r} (use a name such as Asia/Atyrau)",
    ),
    "moment_with_zone": (
        "укажите дату и время с часовым поясом",
        "күнін және уақытын белдеуімен көрсетіңіз",
        "give a date and a time with its zone",
    ),
    "not_a_site": ("«{value}» — не объект", "«{value}» — нысан емес", "{value!r} is not a site"),
    "no_site_id": ("объекта с id {id} нет", "id {id} нысаны жоқ", "there is no site with id {id}"),
    "last_day_before_first": (
        "последний день раньше первого",
        "соңғы күн бірінші күннен ерте",
        "the last day is before the first day",
    ),
    "departure_after_arrival": (
        "отъезд должен быть позже прибытия",
        "кетуі келуінен кейін болуы керек",
        "the departure must come after the arrival",
    ),
    "not_within_visit": (
        "{day} не попадает в дни визита ({start}–{end}) даже с запасом в один день; проверьте дату",
        "{day} сапар күндеріне ({start}–{end}) бір күн қосқанда да кірмейді; күнін тексеріңіз",
        "{day} is not within a day of the visit ({start}–{end}); check the date",
    ),
    "items_outside": (
        "Мероприятия ({count}) окажутся вне дней визита {start}–{end}: {named}. Удлините визит или "
        "сначала перенесите либо удалите эти мероприятия; ничего не изменено",
        "Іс-шаралар ({count}) сапар күндерінен {start}–{end} тыс қалады: {named}. Сапарды ұзартыңыз "
        "немесе алдымен ол іс-шараларды ауыстырыңыз не жойыңыз; ештеңе өзгертілмеді",
        "{count} item(s) would fall outside the visit's days {start}–{end}: {named}. Make the visit longer,"
        " or move or delete those items first; nothing was changed",
    ),
    "items_outside_more": (
        "Мероприятия ({count}) окажутся вне дней визита {start}–{end}: {named} и ещё {more}. Удлините "
        "визит или сначала перенесите либо удалите эти мероприятия; ничего не изменено",
        "Іс-шаралар ({count}) сапар күндерінен {start}–{end} тыс қалады: {named} және тағы {more}. "
        "Сапарды ұзартыңыз немесе алдымен ол іс-шараларды ауыстырыңыз не жойыңыз; ештеңе өзгертілмеді",
        "{count} item(s) would fall outside the visit's days {start}–{end}: {named} and {more} more. Make"
        " the visit longer, or move or delete those items first; nothing was changed",
    ),
    "working_day": (
        "рабочий день заканчивается раньше, чем начинается",
        "жұмыс күні басталмай тұрып аяқталады",
        "the working day ends before it starts",
    ),
    "new_visit_title": (
        "введите название нового визита",
        "жаңа сапардың атауын жазыңыз",
        "type the new visit's title",
    ),
    "positive_travel_speed": (
        "скорость в пути должна быть положительным числом",
        "жолдағы жылдамдық оң сан болуы керек",
        "the travel speed must be a positive number",
    ),
    "positive_road_factor": (
        "коэффициент дороги должен быть положительным числом",
        "жол коэффициенті оң сан болуы керек",
        "the road factor must be a positive number",
    ),
    "road_factor_min": (
        "коэффициент дороги — 1 или больше (дорога не бывает короче прямой)",
        "жол коэффициенті — 1 немесе одан көп (жол түзу сызықтан қысқа болмайды)",
        "the road factor must be 1 or more (roads are never shorter than a line)",
    ),
    # planning rules and stays (planner.services.planning_rules)
    "time_grid": (
        "шаг сетки времени — 1, 5, 10 или 15 минут, а не {value}",
        "уақыт торының қадамы — 1, 5, 10 немесе 15 минут, {value} емес",
        "the time grid is 1, 5, 10 or 15 minutes, not {value!r}",
    ),
    "whole_up_to": (
        "нужно целое число от 0 до {top}, а не {value}",
        "0-ден {top}-ге дейінгі бүтін сан керек, {value} емес",
        "this is a whole number from 0 to {top}, not {value!r}",
    ),
    "not_a_time": ("это не время суток", "бұл тәулік уақыты емес", "this is not a time of day"),
    "stay_with_zone": (
        "укажите дату и время с часовым поясом",
        "күнін және уақытын белдеуімен көрсетіңіз",
        "give a date and time with its zone",
    ),
    "lunch_minutes": (
        "Обед длится от 0 (без правила для обеда) до 240 минут, а не {value}",
        "Түскі ас 0-ден (түскі ас ережесіз) 240 минутқа дейін созылады, {value} емес",
        "a meal lasts 0 (no lunch rule) to 240 minutes, not {value!r}",
    ),
    "lunch_window": (
        "окно обеда заканчивается раньше, чем начинается",
        "түскі астың уақыт аралығы басталмай тұрып аяқталады",
        "the lunch window ends before it starts",
    ),
    "lunch_fit": (
        "{minutes} мин обеда не помещаются в его окно",
        "түскі ас {minutes} минуты өз уақыт аралығына сыймайды",
        "{minutes} min of lunch do not fit its window",
    ),
    "dinner_minutes": (
        "Ужин длится от 0 (без правила для ужина) до 240 минут, а не {value}",
        "Кешкі ас 0-ден (кешкі ас ережесіз) 240 минутқа дейін созылады, {value} емес",
        "a meal lasts 0 (no dinner rule) to 240 minutes, not {value!r}",
    ),
    "dinner_window": (
        "окно ужина заканчивается раньше, чем начинается",
        "кешкі астың уақыт аралығы басталмай тұрып аяқталады",
        "the dinner window ends before it starts",
    ),
    "dinner_fit": (
        "{minutes} мин ужина не помещаются в его окно",
        "кешкі ас {minutes} минуты өз уақыт аралығына сыймайды",
        "{minutes} min of dinner do not fit its window",
    ),
    # groups
    "empty_group_name": (
        "название группы не должно быть пустым",
        "топ атауы бос болмауы керек",
        "the group's name must not be empty",
    ),
    "group_name_long": (
        "название группы длиннее 300 знаков; сократите его",
        "топ атауы 300 таңбадан ұзын; қысқартыңыз",
        "the group's name is longer than 300 characters; shorten it",
    ),
    "group_exists": (
        "в этом визите уже есть группа «{name}»; выберите другое название",
        "бұл сапарда «{name}» тобы бұрыннан бар; басқа атау таңдаңыз",
        "this visit already has a group named «{name}»; choose another name",
    ),
    "members_not_in_visit": (
        "эти участники не относятся к визиту группы: {ids}",
        "бұл қатысушылар топтың сапарына жатпайды: {ids}",
        "these participants are not in the group's visit: {ids}",
    ),
    "groups_not_in_visit": (
        "мероприятие «{title}»: эти группы не относятся к его визиту: {ids}",
        "«{title}» іс-шарасы: бұл топтар оның сапарына жатпайды: {ids}",
        "item «{title}»: these groups are not in its visit: {ids}",
    ),
    # meetings, outcomes, action items
    "agenda_texts": (
        "пункты повестки должны быть текстом",
        "күн тәртібінің тармақтары мәтін болуы керек",
        "agenda points must be texts",
    ),
    "meeting_exists": (
        "у этого мероприятия уже есть встреча",
        "бұл іс-шараның кездесуі бұрыннан бар",
        "this item already has a meeting",
    ),
    "empty_outcome": (
        "Итог не должен быть пустым",
        "Қорытынды бос болмауы керек",
        "The outcome must not be empty",
    ),
    "empty_task": (
        "Поручение не должно быть пустым",
        "Тапсырма бос болмауы керек",
        "The task must not be empty",
    ),
    # signed documents
    "empty_commitment": (
        "Обязательство не должно быть пустым",
        "Міндеттеме бос болмауы керек",
        "The commitment must not be empty",
    ),
    "copies_whole": (
        "число экземпляров — целое число, 0 или больше",
        "дана саны — бүтін сан, 0 немесе одан көп",
        "the number of copies must be a whole number, 0 or more",
    ),
    "party_names": (
        "у каждой стороны должно быть название",
        "әр тараптың атауы болуы керек",
        "every party must have a name",
    ),
    "empty_signatory": (
        "имя подписанта не должно быть пустым",
        "қол қоюшының аты-жөні бос болмауы керек",
        "the signatory's name must not be empty",
    ),
    # vehicles
    "empty_vehicle_label": (
        "Обозначение не должно быть пустым",
        "Белгісі бос болмауы керек",
        "The label must not be empty",
    ),
    "seats_whole": (
        "число мест — целое число, 0 или больше",
        "орын саны — бүтін сан, 0 немесе одан көп",
        "the number of seats must be a whole number, 0 or more",
    ),
    "vehicle_exists": (
        "в этом визите уже есть транспорт «{label}»",
        "бұл сапарда «{label}» көлігі бұрыннан бар",
        "there is already a vehicle labelled {label!r} in this visit",
    ),
    "leg_other_visit": (
        "поездка относится к другому визиту",
        "сапар жолы басқа сапарға жатады",
        "the leg belongs to another visit",
    ),
    "too_many_passengers": (
        "пассажиров: {count}, а в машине {label} мест: {seats}",
        "жолаушылар саны {count}, ал {label} көлігінде {seats} орын",
        "{count} passengers but vehicle {label} has {seats} seats",
    ),
    # motorcade-order: the cars' places in the column
    "motorcade_position_whole": (
        "место в кортеже — целое число от 1 (головная машина)",
        "кортеждегі орны — 1-ден (бастаушы көлік) бастап бүтін сан",
        "the place in the motorcade must be a whole number from 1 (the lead car)",
    ),
    "motorcade_one_visit": (
        "в одном кортеже можно переставлять только машины одного визита",
        "бір кортежде тек бір сапардың көліктерін ауыстыруға болады",
        "only the vehicles of one visit can be reordered together",
    ),
}

MESSAGES: dict[str, Names] = {key: Names(*texts) for key, texts in _TEXTS.items()}


def message(key: str, lang: str | None, params: Mapping[str, Any] | None = None) -> str | None:
    """The message ``key`` in ``lang`` (English when the language is unknown) with ``params`` filled in;
    None for an unknown key or a text its parameters cannot fill."""
    names = MESSAGES.get(key)
    if names is None:
        return None
    try:
        return format_quoting(names.text(lang), lang, params or {})
    except (KeyError, IndexError, ValueError, TypeError):
        return None


def english(key: str, **params: Any) -> str:
    """The English sentence of ``key`` with ``params`` (what the command line and the logs show)."""
    text = message(key, "en", params)
    if text is None:
        raise KeyError(key)
    return text


def problem(where: str, key: str, **params: Any) -> Problem:
    """A problem with field ``where``, said by the catalogue: its English reason and its key."""
    return Problem(where, english(key, **params), key, params)


def localized(found: Problem, lang: str | None) -> str:
    """The problem's reason in ``lang``; its English reason (exactly as the service said it) in English,
    or when it has no key or the key no text."""
    if not found.key or language_or_fallback(lang) == FALLBACK_LANGUAGE:
        return found.reason
    return message(found.key, lang, found.params) or found.reason


def localized_summary(error: PlannerError, lang: str | None, more: str = "... and {n} more problems") -> str:
    """What ``str(error)`` says, in ``lang``: one line per problem (``where: reason``), at most 50; ``more``
    is the line for the rest, in ``lang`` too (``{n}`` is how many)."""
    if not isinstance(error, ValidationError) or language_or_fallback(lang) == FALLBACK_LANGUAGE:
        return str(error)
    lines = []
    for found in error.problems[:50]:
        reason = localized(found, lang)
        lines.append(f"{found.where}: {reason}" if found.where else reason)
    if len(error.problems) > 50:
        lines.append(more.format(n=len(error.problems) - 50))
    return "\n".join(lines)
