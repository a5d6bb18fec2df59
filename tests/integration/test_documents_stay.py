"""The stay on paper: the programme, the agendas and the personal itineraries say when and where the
delegation (and a latecomer) arrives and leaves, on the cover and in the day tables; read back from the PDF
in Russian, Kazakh and English.

The visit of :func:`stay_visit` has its arrival and departure set in its details (as an officer sets them
in Visit details and plans) and no arrival or departure item; the sample visit has both items.
"""

from __future__ import annotations

import copy
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from planner.documents.settings import DocumentSettings
from planner.persistence.db import Database
from planner.persistence.tables import Participant, Site
from planner.persistence.uow import UnitOfWork
from planner.queries.documents import itinerary_data
from planner.queries.documents.arrivals import arrivals_data
from planner.queries.translations import NameField, missing_translations
from planner.services.printing import agenda_pdf, itinerary_pdf, programme_pdf
from tests.integration.test_documents_stay_support import AIRPORT, CHARTER, LATE, STATION, stay_visit
from tests.integration.test_documents_support import (
    HOSTILE_NAME,
    KAZAKH_LETTERS,
    LONG_SITE,
    hostile_visit,
    in_order,
    load,
    page_texts,
    sample_file,
    squash,
)

LANGS = ("ru", "kk", "en")
FIXED = date(2026, 9, 1)  # a fixed print date
ARRIVAL = {
    "ru": "Прибытие 15 сентября 2026 г., 10:40 (гости: 09:40), {airport} ({charter})",
    "kk": "Келуі 15 қыркүйек 2026 ж., 10:40 (қонақтар: 09:40), {airport} ({charter})",
    "en": "Arrival 15 September 2026, 10:40 (guests: 09:40), {airport} ({charter})",
}
DEPARTURE = {
    "ru": "Отъезд 16 сентября 2026 г., 17:30 (гости: 16:30), {airport}",
    "kk": "Кетуі 16 қыркүйек 2026 ж., 17:30 (қонақтар: 16:30), {airport}",
    "en": "Departure 16 September 2026, 17:30 (guests: 16:30), {airport}",
}
LATE_ARRIVAL = {
    "ru": "Прибытие 15 сентября 2026 г., 19:10 (гости: 18:10), {station} (Поезд № 317)",
    "kk": "Келуі 15 қыркүйек 2026 ж., 19:10 (қонақтар: 18:10), {station} (Пойыз № 317)",
    "en": "Arrival 15 September 2026, 19:10 (guests: 18:10), {station} (Train № 317)",
}
# the lines a day table prints for the stay's bounds
DELEGATION_ARRIVES = {
    "ru": "Прибытие делегации",
    "kk": "Делегацияның келуі",
    "en": "Arrival of the delegation",
}
DELEGATION_LEAVES = {
    "ru": "Отъезд делегации",
    "kk": "Делегацияның кетуі",
    "en": "Departure of the delegation",
}
ARRIVES = {"ru": "Прибытие", "kk": "Келу", "en": "Arrival"}
LEAVES = {"ru": "Отъезд", "kk": "Кету", "en": "Departure"}
TALKS = {"ru": "Переговоры", "kk": "Келіссөздер", "en": "Talks"}
MUSEUM_VISIT = {"ru": "Посещение музея", "kk": "Мұражайға бару", "en": "Museum visit"}
DAY = {"ru": "День {n} —", "kk": "{n}-күн —", "en": "Day {n} —"}


def _settings(lang: str) -> DocumentSettings:
    return DocumentSettings(language=lang, printed_on=FIXED)


def _text(pdf: bytes) -> str:
    return squash("\n".join(page_texts(pdf)))


def _visit(db: Database, data: dict[str, Any] | None = None) -> int:
    return load(UnitOfWork(db.sessions), copy.deepcopy(data or stay_visit()))


def _person(db: Database, name: str) -> int:
    with UnitOfWork(db.sessions) as uow:
        return uow.session.scalars(select(Participant.id).where(Participant.full_name == name)).one()


def _day(text: str, lang: str, n: int) -> str:
    """The squashed text of day ``n``'s table (up to the next day's heading)."""
    start = text.index(squash(DAY[lang].format(n=n)))
    following = text.find(squash(DAY[lang].format(n=n + 1)), start)
    return text[start : following if following >= 0 else len(text)]


# -------------------------------------------------------------------------------------- the cover


@pytest.mark.parametrize("lang", LANGS)
def test_the_programmes_cover_says_when_and_where_the_delegation_arrives_and_leaves(
    db: Database, lang: str
) -> None:
    visit_id = _visit(db)
    cover = squash(page_texts(programme_pdf(UnitOfWork(db.sessions), visit_id, _settings(lang)))[0])
    assert squash(ARRIVAL[lang].format(airport=AIRPORT[lang], charter=CHARTER[lang])) in cover
    assert squash(DEPARTURE[lang].format(airport=AIRPORT[lang])) in cover


@pytest.mark.parametrize("lang", LANGS)
def test_the_agendas_cover_says_it_too(db: Database, lang: str) -> None:
    visit_id = _visit(db)
    text = _text(agenda_pdf(UnitOfWork(db.sessions), visit_id, _settings(lang), day=2))
    assert squash(ARRIVAL[lang].format(airport=AIRPORT[lang], charter=CHARTER[lang])) in text
    assert squash(DEPARTURE[lang].format(airport=AIRPORT[lang])) in text


def test_without_the_guests_time_the_cover_gives_the_hosts_only(db: Database) -> None:
    visit_id = _visit(db)
    pdf = programme_pdf(UnitOfWork(db.sessions), visit_id, _settings("en"), guest_time=False)
    cover = squash(page_texts(pdf)[0])
    assert squash(f"Arrival 15 September 2026, 10:40, {AIRPORT['en']} ({CHARTER['en']})") in cover
    assert "guests" not in cover


@pytest.mark.parametrize("lang", LANGS)
def test_the_samples_cover_takes_the_arrival_and_departure_items(
    sample_db: tuple[Database, int], lang: str
) -> None:
    db, visit_id = sample_db
    data = sample_file()
    first, last = data["itinerary"][0], data["itinerary"][-1]
    assert (first["kind"], last["kind"]) == ("arrival", "departure")
    site = next(s for s in data["sites"] if s["key"] == first["site"])
    place = site.get("name_i18n", {}).get(lang) or site["name"]
    mode = data["visit"].get("arrival_mode_i18n", {}).get(lang) or data["visit"]["arrival_mode"]
    cover = squash(page_texts(programme_pdf(UnitOfWork(db.sessions), visit_id, _settings(lang)))[0])
    guests = {"ru": "гости", "kk": "қонақтар", "en": "guests"}[lang]
    assert squash(f"08:30 ({guests}: 07:30), {place} ({mode})") in cover
    assert squash(f"19:30 ({guests}: 18:30), {place}") in cover  # the farewell ends at 19:30


# -------------------------------------------------------------------------------------- the day tables


@pytest.mark.parametrize("lang", LANGS)
def test_the_programmes_days_read_from_the_arrival_to_the_departure(db: Database, lang: str) -> None:
    visit_id = _visit(db)
    text = _text(programme_pdf(UnitOfWork(db.sessions), visit_id, _settings(lang)))
    first = _day(text, lang, 1)
    # the delegation lands before the talks; the latecomer's train comes after them, his name beside it
    order = [DELEGATION_ARRIVES[lang], CHARTER[lang], AIRPORT[lang], TALKS[lang], "19:10", STATION[lang]]
    assert min(in_order(first, order)) >= 0, first
    assert squash(LATE[lang]) in first
    assert first.find(squash("10:40")) < first.find(squash("12:00–13:00"))
    last = _day(text, lang, 2)
    assert min(in_order(last, [MUSEUM_VISIT[lang], "17:30", DELEGATION_LEAVES[lang], AIRPORT[lang]])) >= 0
    assert text.count(squash(DELEGATION_ARRIVES[lang])) == 1
    assert text.count(squash(DELEGATION_LEAVES[lang])) == 1


@pytest.mark.parametrize("lang", LANGS)
def test_the_agenda_of_the_first_day_starts_with_the_arrival(db: Database, lang: str) -> None:
    visit_id = _visit(db)
    text = _text(agenda_pdf(UnitOfWork(db.sessions), visit_id, _settings(lang), day=1))
    assert min(in_order(text, ["10:40", DELEGATION_ARRIVES[lang], AIRPORT[lang], TALKS[lang]])) >= 0
    assert squash(DELEGATION_LEAVES[lang]) not in text  # the departure is on day 2


@pytest.mark.parametrize("lang", LANGS)
def test_an_arrival_item_prints_instead_of_the_line_never_beside_it(db: Database, lang: str) -> None:
    data = stay_visit()
    welcome = {"ru": "Встреча в аэропорту", "kk": "Әуежайда қарсы алу", "en": "Welcome at the airport"}
    data["itinerary"].insert(
        0,
        {
            "key": "I0",
            "kind": "arrival",
            "title": welcome["ru"],
            "title_i18n": {"kk": welcome["kk"], "en": welcome["en"]},
            "starts_at": "2026-09-15T10:40:00+05:00",
            "ends_at": "2026-09-15T11:10:00+05:00",
            "site": "AIR",
            "groups": [],
            "attendees": [],
        },
    )
    visit_id = _visit(db, data)
    text = _text(programme_pdf(UnitOfWork(db.sessions), visit_id, _settings(lang)))
    assert squash(welcome[lang]) in text
    assert squash(DELEGATION_ARRIVES[lang]) not in text
    assert squash(DELEGATION_LEAVES[lang]) in text  # no departure item: its line stays
    # the cover still gives the visit's own arrival, with how they come
    assert squash(ARRIVAL[lang].format(airport=AIRPORT[lang], charter=CHARTER[lang])) in text
    itinerary = _text(itinerary_pdf(UnitOfWork(db.sessions), visit_id, _settings(lang)))
    assert squash(welcome[lang]) in itinerary


@pytest.mark.parametrize("lang", LANGS)
def test_the_samples_programme_adds_no_line(sample_db: tuple[Database, int], lang: str) -> None:
    db, visit_id = sample_db
    text = _text(programme_pdf(UnitOfWork(db.sessions), visit_id, _settings(lang)))
    assert squash(DELEGATION_ARRIVES[lang]) not in text
    assert squash(DELEGATION_LEAVES[lang]) not in text
    # each day's table starts with its first item: the welcome at 08:30 on day 1
    first = _day(text, lang, 1)
    header = {"ru": "Участники / ответственный", "kk": "Қатысушылар / жауапты", "en": "Participants / host"}
    assert first[first.index(squash(header[lang])) + len(squash(header[lang])) :].startswith("08:30–09:00")


def test_the_samples_itinerary_adds_no_line(sample_db: tuple[Database, int]) -> None:
    db, visit_id = sample_db
    with UnitOfWork(db.sessions) as uow:
        head = itinerary_data(uow, visit_id, "en")[0]
    assert head.bounds == ()
    assert head.arrival is not None and head.arrival.item_id is not None  # the welcome item's
    text = _text(itinerary_pdf(UnitOfWork(db.sessions), visit_id, _settings("en"), [head.person.id]))
    first = _day(text, "en", 1)
    assert first[first.index(squash("TimeEvent")) + len(squash("TimeEvent")) :].startswith("08:30–09:00")


# -------------------------------------------------------------------------------------- itineraries


@pytest.mark.parametrize("lang", LANGS)
def test_a_latecomers_itinerary_gives_his_own_arrival_and_the_visits_departure(
    db: Database, lang: str
) -> None:
    visit_id = _visit(db)
    late = _person(db, LATE["ru"])
    text = _text(itinerary_pdf(UnitOfWork(db.sessions), visit_id, _settings(lang), [late]))
    assert squash(LATE_ARRIVAL[lang].format(station=STATION[lang])) in text
    assert squash(DEPARTURE[lang].format(airport=AIRPORT[lang])) in text
    # his first day is his own arrival: the talks at 12:00 go on without him (#11: he is at the
    # delegation's items from the first he can reach), and the airport at 10:40 is not his
    first = _day(text, lang, 1)
    assert min(in_order(first, ["19:10", ARRIVES[lang], STATION[lang]])) >= 0
    assert squash(TALKS[lang]) not in first
    assert squash("10:40") not in first and squash(AIRPORT[lang]) not in first
    assert min(in_order(_day(text, lang, 2), [MUSEUM_VISIT[lang], "17:30", LEAVES[lang], AIRPORT[lang]])) >= 0


@pytest.mark.parametrize("lang", LANGS)
def test_a_guests_itinerary_gives_the_visits_arrival_and_departure(db: Database, lang: str) -> None:
    visit_id = _visit(db)
    head = _person(db, "Бабушкин Игорь")
    text = _text(itinerary_pdf(UnitOfWork(db.sessions), visit_id, _settings(lang), [head]))
    assert squash(ARRIVAL[lang].format(airport=AIRPORT[lang], charter=CHARTER[lang])) in text
    assert squash(DEPARTURE[lang].format(airport=AIRPORT[lang])) in text
    first = _day(text, lang, 1)
    assert min(in_order(first, ["10:40", ARRIVES[lang], AIRPORT[lang], TALKS[lang]])) >= 0
    assert squash(STATION[lang]) not in text  # the latecomer's train is his own
    assert min(in_order(_day(text, lang, 2), [MUSEUM_VISIT[lang], "17:30", LEAVES[lang]])) >= 0


def test_a_hosts_itinerary_has_no_arrival_of_the_delegation(db: Database) -> None:
    visit_id = _visit(db)
    host = _person(db, "Шапкенов Серік")
    text = _text(itinerary_pdf(UnitOfWork(db.sessions), visit_id, _settings("en"), [host]))
    assert squash(AIRPORT["en"]) not in text and "Arrival" not in text


def test_the_arrivals_list_and_the_itineraries_follow_one_rule(db: Database) -> None:
    """Whatever the arrivals list says of a person, their itinerary's cover says too."""
    visit_id = _visit(db)
    with UnitOfWork(db.sessions) as uow:
        listed = arrivals_data(uow, visit_id, "en")
        itineraries = {d.person.id: d for d in itinerary_data(uow, visit_id, "en")}
    for line in listed.arrivals:
        bound = itineraries[line.person.id].arrival
        assert bound is not None and (bound.at, bound.place) == (line.at, line.place)
    for line in listed.departures:
        bound = itineraries[line.person.id].departure
        assert bound is not None and (bound.at, bound.place) == (line.at, line.place)


# -------------------------------------------------------------------------------------- languages


@pytest.mark.parametrize("lang", ["kk", "en"])
def test_no_russian_line_in_the_kazakh_and_english_papers(db: Database, lang: str) -> None:
    visit_id = _visit(db)
    with UnitOfWork(db.sessions) as uow:
        assert missing_translations(uow, visit_id, lang) == []
    papers = [
        programme_pdf(UnitOfWork(db.sessions), visit_id, _settings(lang)),
        agenda_pdf(UnitOfWork(db.sessions), visit_id, _settings(lang), day=1),
        itinerary_pdf(UnitOfWork(db.sessions), visit_id, _settings(lang)),
    ]
    for pdf in papers:
        text = _text(pdf)
        for russian in (AIRPORT["ru"], STATION["ru"], CHARTER["ru"], "Прибытие", "Отъезд", "Поезд"):
            assert squash(russian) not in text, russian


def test_no_english_word_in_the_russian_and_kazakh_papers(db: Database) -> None:
    visit_id = _visit(db)
    for lang in ("ru", "kk"):
        text = _text(programme_pdf(UnitOfWork(db.sessions), visit_id, _settings(lang)))
        for english in ("Arrival", "Departure", "delegation", "guests", AIRPORT["en"]):
            assert squash(english) not in text, (lang, english)


def test_an_arrival_site_without_a_translation_is_on_the_missing_list(db: Database) -> None:
    data = stay_visit()
    data["sites"][0]["name_i18n"] = {"en": AIRPORT["en"]}  # the airport has no Kazakh name
    visit_id = _visit(db, data)
    with UnitOfWork(db.sessions) as uow:
        airport = uow.session.scalars(select(Site.id).where(Site.name == AIRPORT["ru"])).one()
        missing = missing_translations(uow, visit_id, "kk")
    assert [(m.field, m.record_id) for m in missing] == [(NameField.SITE_NAME, airport)]


# -------------------------------------------------------------------------------------- groups


BUSINESS = {"ru": "Деловая группа", "kk": "Іскерлік топ", "en": "Business group"}


def _with_groups(arrivals: dict[str, str]) -> dict[str, Any]:
    """The stay visit with groups arriving on their own (group key -> arrival time on day 1)."""
    data = stay_visit()
    data["groups"] = [
        {
            "key": key,
            "name": f"{BUSINESS['ru']} {n}",
            "name_i18n": {"kk": f"{BUSINESS['kk']} {n}", "en": f"{BUSINESS['en']} {n}"},
            "members": ["P2"],
        }
        for n, key in enumerate(arrivals, 1)
    ]
    data["planning"]["stays"] += [
        {"for": key, "arrival": {"at": f"2026-09-15T{at}:00+05:00", "site": "RAIL"}}
        for key, at in arrivals.items()
    ]
    return data


@pytest.mark.parametrize("lang", LANGS)
def test_a_groups_own_arrival_prints_with_its_name(db: Database, lang: str) -> None:
    visit_id = _visit(db, _with_groups({"G1": "14:00"}))
    first = _day(_text(programme_pdf(UnitOfWork(db.sessions), visit_id, _settings(lang))), lang, 1)
    order = [DELEGATION_ARRIVES[lang], TALKS[lang], "14:00", ARRIVES[lang], STATION[lang], BUSINESS[lang]]
    assert min(in_order(first, order)) >= 0, first


def test_a_member_of_two_groups_arrives_with_the_later(db: Database) -> None:
    """As the planner binds them: the latest of their groups' arrivals."""
    visit_id = _visit(db, _with_groups({"G1": "14:00", "G2": "16:00"}))
    member = _person(db, "Петров Пётр")
    text = _text(itinerary_pdf(UnitOfWork(db.sessions), visit_id, _settings("en"), [member]))
    assert squash(f"Arrival 15 September 2026, 16:00 (guests: 15:00), {STATION['en']}") in text
    with UnitOfWork(db.sessions) as uow:
        listed = {line.person.id: line for line in arrivals_data(uow, visit_id, "en").arrivals}
    assert listed[member].at is not None and f"{listed[member].at:%H:%M}" == "11:00"  # 16:00 at UTC+5


# -------------------------------------------------------------------------------------- the evening before


@pytest.mark.parametrize(
    ("lang", "heading"),
    [
        ("ru", "Понедельник, 14 сентября 2026 г."),
        ("kk", "Дүйсенбі, 14 қыркүйек 2026 ж."),
        ("en", "Monday, 14 September 2026"),
    ],
)
def test_an_arrival_the_evening_before_heads_an_unnumbered_day(db: Database, lang: str, heading: str) -> None:
    data = stay_visit()
    data["planning"]["stays"][0]["arrival"]["at"] = "2026-09-14T21:00:00+05:00"
    visit_id = _visit(db, data)
    for pdf in (
        programme_pdf(UnitOfWork(db.sessions), visit_id, _settings(lang)),
        itinerary_pdf(UnitOfWork(db.sessions), visit_id, _settings(lang), [_person(db, "Бабушкин Игорь")]),
    ):
        text = _text(pdf)
        assert min(in_order(text, [heading, "21:00", AIRPORT[lang], DAY[lang].format(n=1), TALKS[lang]])) >= 0
        assert squash(DAY[lang].format(n=0)) not in text


# -------------------------------------------------------------------------------------- hostile text


@pytest.mark.parametrize("lang", LANGS)
def test_hostile_names_at_the_arrival_and_departure_print_as_typed(db: Database, lang: str) -> None:
    """The delegation lands at the site with a 300-letter name, the person named `Tom & "Jerry" <Ltd>`
    comes on his own to the site with a Kazakh name; every paper prints them once, as typed."""
    data = hostile_visit()
    data["planning"] = {
        "stays": [
            {
                "for": "visit",
                "arrival": {"at": "2023-05-11T05:30:00+05:00", "site": "S1"},
                "departure": {"at": "2023-05-12T23:00:00+05:00", "site": "S1"},
            },
            {"for": "P1", "arrival": {"at": "2023-05-11T05:45:00+05:00", "site": "S2"}},
        ]
    }
    visit_id = _visit(db, data)
    kazakh_site = f"Нысан {KAZAKH_LETTERS}" if lang == "kk" else "Объект №2"
    papers = {
        "programme": programme_pdf(UnitOfWork(db.sessions), visit_id, _settings(lang)),
        "agenda": agenda_pdf(UnitOfWork(db.sessions), visit_id, _settings(lang), day=1),
        "itinerary": itinerary_pdf(
            UnitOfWork(db.sessions), visit_id, _settings(lang), [_person(db, HOSTILE_NAME)]
        ),
    }
    for kind, pdf in papers.items():
        raw = "".join(page_texts(pdf))
        text = squash(raw)
        assert squash(LONG_SITE) in text, kind
        assert squash(kazakh_site) in text, kind
        assert "&amp;" not in raw and "&lt;" not in raw and "&quot;" not in raw, kind
    guests = {"ru": "гости", "kk": "қонақтар", "en": "guests"}[lang]
    # his own arrival on his cover
    assert squash(f"05:45 ({guests}: 04:45), {kazakh_site}") in _text(papers["itinerary"])
    assert squash(HOSTILE_NAME) in _text(papers["programme"])  # named beside his own arrival's line
