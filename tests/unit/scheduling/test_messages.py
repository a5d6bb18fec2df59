"""The conflict sentences in Russian and Kazakh (English is what the other tests assert)."""

from __future__ import annotations

from datetime import date, time

import pytest

from planner.domain.vocabulary import LANGUAGES
from planner.scheduling.conflicts import (
    DOUBLE_BOOKED,
    NO_MEAL_BREAK,
    OPENING_HOURS_INVALID,
    OUTSIDE_DAY_WINDOW,
    OUTSIDE_VISIT,
    SITE_CLOSED,
    SITE_VISITED_TWICE,
    TRAVEL_TIME,
    VEHICLE_DOUBLE_BOOKED,
    Conflict,
    check_slots,
)
from planner.scheduling.facts import CheckSettings, SiteFacts, Slot, VisitFacts
from planner.scheduling.messages import _TEXTS, Clock, Messages
from tests.unit.scheduling.helpers import DAY1, DAY2, at, make_facts, site, slot

# names that must come through untouched: markup characters, quotes and Kazakh letters
ERLAN = 'Ерлан "Ерке" Сатыбалдиев & <Co>'
AIGUL = "Айгүл Құрманғазықызы"
REFINERY = site(1, "НПЗ <Атырау> & «Ко»", 47.0600, 51.9400)
PORT = site(2, "Өзен порты 'Ақжайық'", 47.1200, 51.8800)
MUSEUM = site(3, "Музей", 47.1000, 51.9200, "Mo-Fr 09:00-13:00,14:00-18:00; Sa 10:00-14:00; Su off")
SITES = {s.id: s for s in (REFINERY, PORT, MUSEUM)}
# inside the sentence's «», the name's own «» become the inner „“ (Russian typography nests quotes)
REFINERY_QUOTED = "НПЗ <Атырау> & „Ко“"
TITLE = 'Экскурсия "Ұлы" <дала> & К°'


def facts_with(sites: dict[int, SiteFacts] = SITES, **kwargs: object) -> VisitFacts:
    return make_facts(sites, people={1: ERLAN, 2: AIGUL, 3: "Анна Петрова"}, **kwargs)  # type: ignore[arg-type]


def check(slots: list[Slot], facts: VisitFacts, language: str) -> list[Conflict]:
    return check_slots(slots, facts, CheckSettings(language=language))


def only(found: list[Conflict], rule: str) -> str:
    messages = [c.message for c in found if c.rule == rule]
    assert len(messages) == 1, found
    return messages[0]


def test_every_language_has_every_sentence_and_the_same_placeholders() -> None:
    import string

    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    for language in LANGUAGES:
        texts = _TEXTS[language]
        for key, english in _TEXTS["en"].items():
            if key.endswith("+"):
                continue
            assert key in texts, (language, key)
            assert fields(texts[key]) <= fields(english) | {"times"}, (language, key)


def test_unknown_language_falls_back_to_english() -> None:
    assert Messages("de").language == "en"


@pytest.mark.parametrize(
    ("clock", "dative", "locative"),
    [
        ("11:30", "11:30-ға", "11:30-да"),
        ("11:40", "11:40-қа", "11:40-та"),
        ("11:00", "11:00-ге", "11:00-де"),
        ("10:00", "10:00-ға", "10:00-да"),
        ("09:15", "09:15-ке", "09:15-те"),
        ("12:06", "12:06-ға", "12:06-да"),
        ("00:00", "00:00-ге", "00:00-де"),
        ("20:00", "20:00-ға", "20:00-да"),
    ],
)
def test_kazakh_times_take_the_case_ending_of_their_last_spoken_word(
    clock: str, dative: str, locative: str
) -> None:
    assert f"{Clock(clock):dat}" == dative
    assert f"{Clock(clock):loc}" == locative
    assert f"{Clock(clock)}" == clock


def test_double_booking() -> None:
    facts = facts_with()
    a = slot(1, at(DAY1, "10:00"), at(DAY1, "11:30"), site_id=1, people={1, 2}, title=TITLE)
    b = slot(2, at(DAY1, "11:00"), at(DAY1, "12:00"), site_id=2, people={1, 3}, title="Порт")
    assert only(check([a, b], facts, "ru"), DOUBLE_BOOKED) == (
        f"{ERLAN} участвует одновременно в двух пунктах: «{TITLE}» на объекте «{REFINERY_QUOTED}» "
        f"(10:00–11:30, 11 мая) и «Порт» на объекте «{PORT.name}» (11:00–12:00, 11 мая); "
        "перенесите один из них или разделите участников"
    )
    assert only(check([a, b], facts, "kk"), DOUBLE_BOOKED) == (
        f"{ERLAN} бір уақытта екі тармаққа қатысуы керек: «{TITLE}» «{REFINERY_QUOTED}» нысанында "
        f"(11 мамыр, 10:00–11:30) және «Порт» «{PORT.name}» нысанында (11 мамыр, 11:00–12:00); "
        "біреуін жылжытыңыз немесе қатысушыларды бөліңіз"
    )
    # several people: the plural verb
    b2 = slot(2, at(DAY1, "11:00"), at(DAY1, "12:00"), site_id=2, people={1, 2}, title="Порт")
    assert only(check([a, b2], facts, "ru"), DOUBLE_BOOKED).startswith(f"{ERLAN} и {AIGUL} участвуют ")
    assert only(check([a, b2], facts, "kk"), DOUBLE_BOOKED).startswith(f"{ERLAN} және {AIGUL} бір ")


def test_many_people_and_groups_are_named_in_the_language() -> None:
    facts = make_facts(SITES, people={n: f"Қатысушы {n}" for n in range(1, 6)}, groups={7: frozenset()})
    a = slot(1, at(DAY1, "10:00"), at(DAY1, "11:30"), people={1, 2, 3, 4, 5})
    b = slot(2, at(DAY1, "11:00"), at(DAY1, "12:00"), people={1, 2, 3, 4, 5})
    assert only(check([a, b], facts, "ru"), DOUBLE_BOOKED).startswith(
        "Қатысушы 1, Қатысушы 2 и ещё 3 участвуют одновременно"
    )
    assert only(check([a, b], facts, "kk"), DOUBLE_BOOKED).startswith("Қатысушы 1, Қатысушы 2 және тағы 3 ")
    g1 = slot(1, at(DAY1, "10:00"), at(DAY1, "11:30"), groups={7}, title="А")
    g2 = slot(2, at(DAY1, "11:00"), at(DAY1, "12:00"), groups={7}, title="Б")
    assert only(check([g1, g2], facts, "ru"), DOUBLE_BOOKED).startswith("группа «Группа 7» участвует ")
    assert only(check([g1, g2], facts, "kk"), DOUBLE_BOOKED).startswith("«Группа 7» тобы бір ")


def test_vehicle_double_booking() -> None:
    facts = facts_with()
    a = slot(1, at(DAY1, "10:00"), at(DAY1, "11:30"), site_id=1, vehicles={1}, title=TITLE)
    b = slot(2, at(DAY1, "11:00"), at(DAY1, "12:00"), site_id=2, vehicles={1}, title="Порт")
    ru = only(check([a, b], facts, "ru"), VEHICLE_DOUBLE_BOOKED)
    assert ru.startswith("Автомобиль Микроавтобус №1 нужен одновременно для двух пунктов: ")
    assert f"«{TITLE}» на объекте «{REFINERY_QUOTED}»" in ru
    kk = only(check([a, b], facts, "kk"), VEHICLE_DOUBLE_BOOKED)
    assert kk.startswith("Микроавтобус №1 көлігі бір уақытта екі тармаққа қажет: ")
    assert kk.endswith("біреуіне басқа көлік бекітіңіз")


def test_travel_time() -> None:
    facts = facts_with()
    a = slot(1, at(DAY1, "10:00"), at(DAY1, "11:30"), site_id=1, people={1})
    b = slot(2, at(DAY1, "11:40"), at(DAY1, "12:30"), site_id=2, people={1})
    ru = only(check([a, b], facts, "ru"), TRAVEL_TIME)
    need = ru.split("дорога занимает ")[1].split(" мин")[0]
    assert ru == (
        f"{ERLAN} находится на объекте «{REFINERY_QUOTED}» до 11:30, но в 11:40 ожидается на объекте "
        f"«{PORT.name}»; дорога занимает {need} мин (между ними только 10 мин)"
    )
    assert only(check([a, b], facts, "kk"), TRAVEL_TIME) == (
        f"{ERLAN} 11:30-ға дейін «{REFINERY_QUOTED}» нысанында, бірақ 11:40-та «{PORT.name}» нысанында "
        f"болуы керек; жол {need} мин алады (арасында небәрі 10 мин)"
    )
    a2 = slot(1, at(DAY1, "10:00"), at(DAY1, "11:30"), site_id=1, people={1, 2})
    b2 = slot(2, at(DAY1, "11:40"), at(DAY1, "12:30"), site_id=2, people={1, 2})
    assert f"{ERLAN} и {AIGUL} находятся на объекте" in only(check([a2, b2], facts, "ru"), TRAVEL_TIME)
    assert " ожидаются на объекте " in only(check([a2, b2], facts, "ru"), TRAVEL_TIME)


def test_site_closed() -> None:
    facts = facts_with()
    lunch = slot(1, at(DAY1, "12:30"), at(DAY1, "13:30"), site_id=3, people={1}, title=TITLE)
    assert only(check([lunch], facts, "ru"), SITE_CLOSED) == (
        f"Объект «Музей» открыт не на всё время пункта «{TITLE}» (12:30–13:30, 11 мая): в этот день "
        "он открыт 09:00–13:00, 14:00–18:00 (Пн–Пт 09:00–13:00,14:00–18:00; Сб 10:00–14:00; Вс выходной)"
    )
    assert only(check([lunch], facts, "kk"), SITE_CLOSED) == (
        f"«{TITLE}» тармағы (11 мамыр, 12:30–13:30) кезінде «Музей» нысаны толық ашық емес: сол күні ол "
        "09:00–13:00, 14:00–18:00 аралығында ғана ашық (Дс–Жм 09:00–13:00,14:00–18:00; Сб 10:00–14:00; "
        "Жс демалыс)"
    )
    sunday = date(2023, 5, 14)
    facts = facts_with(end=sunday)
    closed = slot(1, at(sunday, "10:00"), at(sunday, "11:00"), site_id=3, people={1})
    assert "в этот день он закрыт весь день" in only(check([closed], facts, "ru"), SITE_CLOSED)
    assert "сол күні ол мүлде жабық" in only(check([closed], facts, "kk"), SITE_CLOSED)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        (
            "en",
            "Галерея is not open for the whole of “Выставка & «Ұлы дала»” (08:30–10:00 on 11 May); "
            "it is open 09:00–18:00 that day (Tue–Sun 09:00–18:00; Mon closed)",
        ),
        (
            "ru",
            "Объект «Галерея» открыт не на всё время пункта «Выставка & „Ұлы дала“» (08:30–10:00, 11 мая): "
            "в этот день он открыт 09:00–18:00 (Вт–Вс 09:00–18:00; Пн выходной)",
        ),
        (
            "kk",
            "«Выставка & „Ұлы дала“» тармағы (11 мамыр, 08:30–10:00) кезінде «Галерея» нысаны толық ашық "
            "емес: сол күні ол 09:00–18:00 аралығында ғана ашық (Сс–Жс 09:00–18:00; Дс демалыс)",
        ),
    ],
)
def test_site_closed_gives_the_hours_in_words_of_its_language(language: str, sentence: str) -> None:
    """Hours typed "Вт-Вс 9:00-18:00" are stored "Tu-Su 9:00-18:00; Mo off" and quoted in the sentence in
    words, every hour in two digits; English puts names in “ ”."""
    gallery = site(7, "Галерея", 47.1000, 51.9200, "Tu-Su 9:00-18:00; Mo off")
    facts = facts_with({7: gallery})
    title = "Выставка & «Ұлы дала»"
    early = slot(1, at(DAY1, "08:30"), at(DAY1, "10:00"), site_id=7, people={1}, title=title)
    assert only(check([early], facts, language), SITE_CLOSED) == sentence


def test_unreadable_hours_keep_the_site_name_in_the_language() -> None:
    facts = facts_with({9: SiteFacts(9, "Ақорда & <Co>", "nonsense hours")})
    assert only(check([], facts, "ru"), OPENING_HOURS_INVALID).startswith("«Ақорда & <Co>»: ")
    assert only(check([], facts, "kk"), OPENING_HOURS_INVALID).startswith("«Ақорда & <Co>»: ")


def test_outside_the_visit() -> None:
    facts = facts_with()
    late = slot(1, at(date(2023, 5, 13), "10:00"), at(date(2023, 5, 13), "11:00"), people={1}, title=TITLE)
    assert only(check([late], facts, "ru"), OUTSIDE_VISIT) == (
        f"«{TITLE}» (13 мая 10:00–13 мая 11:00) выходит за рамки визита, который проходит "
        "с 11 мая 2023 по 12 мая 2023"
    )
    assert only(check([late], facts, "kk"), OUTSIDE_VISIT) == (
        f"«{TITLE}» (13 мамыр 10:00–13 мамыр 11:00) сапар мерзімінен тыс: сапар 2023 ж. 11 мамыр – "
        "2023 ж. 12 мамыр аралығында өтеді"
    )


def test_outside_the_day_window() -> None:
    facts = facts_with()
    early = slot(1, at(DAY2, "08:00"), at(DAY2, "08:45"), people={1}, kind="meeting", title=TITLE)
    late = slot(2, at(DAY2, "17:30"), at(DAY2, "18:30"), people={2}, kind="meeting", title="Ужин")
    ru = [c.message for c in check([early, late], facts, "ru") if c.rule == OUTSIDE_DAY_WINDOW]
    assert ru == [
        f"«{TITLE}» (08:00–08:45, 12 мая) начинается раньше запланированного начала дня (09:00); "
        "перенесите пункт или расширьте рамки дня",
        "«Ужин» (17:30–18:30, 12 мая) заканчивается позже запланированного окончания дня (18:00); "
        "перенесите пункт или расширьте рамки дня",
    ]
    kk = [c.message for c in check([early, late], facts, "kk") if c.rule == OUTSIDE_DAY_WINDOW]
    assert kk[0] == (
        f"«{TITLE}» (12 мамыр, 08:00–08:45) күннің жоспарланған басталуынан (09:00) ерте басталады; "
        "оны жылжытыңыз немесе күн шегін кеңейтіңіз"
    )
    assert "күннің жоспарланған аяқталуынан (18:00) кеш аяқталады" in kk[1]


def test_no_meal_break() -> None:
    facts = facts_with()
    long = [
        slot(1, at(DAY1, "09:00"), at(DAY1, "12:30"), people={1, 2}, kind="meeting"),
        slot(2, at(DAY1, "12:30"), at(DAY1, "16:00"), people={1, 2}, kind="meeting"),
    ]
    settings_ru = CheckSettings(language="ru", meal_window=(time(11, 30), time(15, 30)))
    ru = only(check_slots(long, facts, settings_ru), NO_MEAL_BREAK)
    assert ru == (
        f"{ERLAN} и {AIGUL}: день 11 мая длится 7 ч 00 мин (09:00–16:00), а между 11:30 и 15:30 "
        "нет ни питания, ни перерыва на 40 мин"
    )
    assert only(check(long, facts, "kk"), NO_MEAL_BREAK) == (
        f"{ERLAN} және {AIGUL}: 11 мамыр күні 7 сағ 00 мин (09:00–16:00), ал 11:30–15:30 аралығында "
        "тамақ та, 40 минуттық үзіліс те жоқ"
    )


@pytest.mark.parametrize(("count", "word"), [(2, "раза"), (3, "раза"), (5, "раз"), (12, "раз"), (22, "раза")])
def test_russian_counts_take_the_right_form(count: int, word: str) -> None:
    assert Messages("ru").times(count) == word


def test_site_visited_twice() -> None:
    facts = facts_with()
    visits = [
        slot(1, at(DAY1, "10:00"), at(DAY1, "11:00"), site_id=2, people={1}),
        slot(2, at(DAY2, "10:00"), at(DAY2, "11:00"), site_id=2, people={1}),
    ]
    assert only(check(visits, facts, "ru"), SITE_VISITED_TWICE) == (
        f"Объект «{PORT.name}» посещается 2 раза (10:00–11:00, 11 мая; 10:00–11:00, 12 мая); "
        "уберите одно посещение, если повтор не задуман"
    )
    assert only(check(visits, facts, "kk"), SITE_VISITED_TWICE) == (
        f"«{PORT.name}» нысанына 2 рет барылады (11 мамыр, 10:00–11:00; 12 мамыр, 10:00–11:00); "
        "қайталау әдейі болмаса, бір сапарды алып тастаңыз"
    )


def test_english_stays_the_default() -> None:
    facts = facts_with()
    a = slot(1, at(DAY1, "10:00"), at(DAY1, "11:30"), site_id=1, people={1})
    b = slot(2, at(DAY1, "11:00"), at(DAY1, "12:00"), site_id=2, people={1})
    assert [c.message for c in check_slots([a, b], facts)] == [c.message for c in check([a, b], facts, "en")]
    assert " is due at " in only(check_slots([a, b], facts), DOUBLE_BOOKED)


# a title that carries quotation marks itself: quoted as it is, it read ««Қазақстан» ауылы»
VILLAGE = "«Қазақстан» ауылы"


@pytest.mark.parametrize(
    ("language", "title", "quoted"),
    [
        # the outer marks of the sentence's language, the title's own made the inner ones
        ("ru", VILLAGE, "«„Қазақстан“ ауылы»"),
        ("kk", VILLAGE, "«„Қазақстан“ ауылы»"),
        ("en", "“Kazakhstan” village", "“‘Kazakhstan’ village”"),
        # marks of another language are no double: left as typed
        ("en", VILLAGE, "“«Қазақстан» ауылы”"),
    ],
)
def test_a_title_with_quotation_marks_of_its_own_is_not_quoted_twice(
    language: str, title: str, quoted: str
) -> None:
    facts = facts_with()
    day = date(2023, 5, 13)  # after the visit
    item = slot(1, at(day, "10:00"), at(day, "11:00"), site_id=1, title=title)
    sentence = only(check([item], facts, language), OUTSIDE_VISIT)
    assert sentence.startswith(f"{quoted} ("), sentence
    assert "««" not in sentence and "““" not in sentence


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_a_site_and_a_repair_sentence_nest_the_names_own_quotes(language: str) -> None:
    from planner.scheduling.repair_report import say_repair

    say = Messages(language)
    assert say("site", name=VILLAGE) == "«„Қазақстан“ ауылы»"
    assert say_repair(say, "remains_overlap", a=VILLAGE, a_span="10:00–11:00", b="Порт", b_span="10:30–11:30",
                      minutes=30).startswith("«„Қазақстан“ ауылы» (10:00–11:00)")  # fmt: skip
