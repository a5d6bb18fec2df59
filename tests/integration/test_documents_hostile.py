"""Hostile text prints as typed in every output; Kazakh letters survive; big visits lose no row."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from planner.documents.settings import DocumentSettings
from planner.domain.errors import ValidationError
from planner.persistence.db import Database
from planner.persistence.uow import UnitOfWork
from planner.queries.documents import meeting_ids
from planner.services import printing as service
from tests.integration.test_documents_support import (
    HOSTILE_NAME,
    KAZAKH_LETTERS,
    LONG_SITE,
    concerned,
    hostile_visit,
    in_order,
    load,
    page_texts,
    squash,
)
from tests.support.synthetic import synthetic_visit

Build = Callable[[Database, int, DocumentSettings], bytes]


def _uow(db: Database) -> UnitOfWork:
    return UnitOfWork(db.sessions)


def _minutes(db: Database, visit_id: int, settings: DocumentSettings) -> bytes:
    with _uow(db) as uow:
        meeting = meeting_ids(uow, visit_id)[0]
    return service.minutes_pdf(_uow(db), visit_id, settings, meeting_id=meeting)


OUTPUTS: dict[str, Build] = {
    "programme": lambda d, v, s: service.programme_pdf(_uow(d), v, s),
    "programme-landscape": lambda d, v, s: service.programme_pdf(_uow(d), v, s, landscape=True),
    "agenda": lambda d, v, s: service.agenda_pdf(_uow(d), v, s, day=1),
    "itinerary": lambda d, v, s: service.itinerary_pdf(_uow(d), v, s),
    "transport": lambda d, v, s: service.transport_pdf(_uow(d), v, s),
    "delegation-list": lambda d, v, s: service.delegation_list_pdf(_uow(d), v, s),
    "minutes": _minutes,
    "documents": lambda d, v, s: service.documents_pdf(_uow(d), s, visit_id=v),
}


@pytest.fixture
def hostile(db: Database) -> tuple[Database, int]:
    return db, load(UnitOfWork(db.sessions), hostile_visit())


@pytest.mark.parametrize("kind", sorted(OUTPUTS))
@pytest.mark.parametrize("lang", ["ru", "en"])
def test_hostile_text_prints_as_typed_in_every_output(
    hostile: tuple[Database, int], kind: str, lang: str
) -> None:
    db, visit_id = hostile
    pdf = OUTPUTS[kind](db, visit_id, DocumentSettings(language=lang))
    text = "".join(page_texts(pdf))
    assert squash(HOSTILE_NAME) in squash(text)
    assert squash(LONG_SITE) in squash(text)
    assert "&amp;" not in text and "&lt;" not in text and "&quot;" not in text  # escaped once, not twice
    assert "©" not in text  # "&copy" is text, not an entity


@pytest.mark.parametrize("kind", ["programme", "agenda", "itinerary", "transport", "minutes"])
def test_markup_in_a_title_is_text_and_line_breaks_are_kept(hostile: tuple[Database, int], kind: str) -> None:
    db, visit_id = hostile
    text = "".join(page_texts(OUTPUTS[kind](db, visit_id, DocumentSettings())))
    assert squash("Talks <b>not bold</b> &copy; & more") in squash(text)
    if kind in ("programme", "agenda", "itinerary"):
        assert re.search(r"Line one\s*\n\s*Line two & <three>", text), "the note's line break was lost"


def test_the_long_name_breaks_inside_its_column(hostile: tuple[Database, int]) -> None:
    db, visit_id = hostile
    pages = page_texts(service.programme_pdf(UnitOfWork(db.sessions), visit_id, DocumentSettings()))
    # each piece but the last ends with the hyphen added where the word was broken
    pieces = [
        line for page in pages for line in page.splitlines() if line and line.removesuffix("-") in LONG_SITE
    ]
    assert len(pieces) >= 5, "a 300-letter word should wrap over several lines of its cell"
    assert max(len(p) for p in pieces) < 60


@pytest.mark.parametrize("kind", sorted(OUTPUTS))
def test_kazakh_letters_round_trip_exactly(hostile: tuple[Database, int], kind: str) -> None:
    db, visit_id = hostile
    text = "".join(page_texts(OUTPUTS[kind](db, visit_id, DocumentSettings(language="kk"))))
    if kind in (
        "programme",
        "programme-landscape",
        "agenda",
        "itinerary",
        "transport",
        "delegation-list",
        "minutes",
    ):
        assert KAZAKH_LETTERS in squash(text), "a Kazakh letter was lost or replaced"
    for letter in "ӘҒҚҢӨҰҮҺІәғқңөұүһі":
        assert letter in text or kind == "documents", letter
    assert "беттің 1-беті" in text


def _big_visit(participants: int = 200) -> dict:
    data = synthetic_visit(sites=20, participants=participants, items=60, days=2, groups=4, seed=7)
    for n, item in enumerate(data["itinerary"], start=1):
        item["title"] = f"Пункт программы №{n:04d}"  # no title is the prefix of another
    return data


def test_a_200_person_delegation_list_loses_no_row(db: Database) -> None:
    data = _big_visit()
    visit_id = load(UnitOfWork(db.sessions), data)
    pages = page_texts(service.delegation_list_pdf(UnitOfWork(db.sessions), visit_id, DocumentSettings()))
    assert len(pages) > 2
    people = sorted(
        data["participants"], key=lambda p: (p["side"] != "guest", p["protocol_rank"], p["full_name"])
    )
    found = in_order("".join(pages), [p["full_name"] for p in people])
    assert all(at >= 0 for at in found), f"{sum(at < 0 for at in found)} of {len(people)} rows lost"
    for page in pages:
        assert "Ф. И. О." in page, "a page of the list has no header row"


def test_all_200_itineraries_print_every_row(db: Database) -> None:
    data = _big_visit()
    visit_id = load(UnitOfWork(db.sessions), data)
    pages = page_texts(service.itinerary_pdf(UnitOfWork(db.sessions), visit_id, DocumentSettings()))
    starts = [n for n, page in enumerate(pages) if "Страница 1 из" in page]
    assert len(starts) == 200
    people = sorted(
        data["participants"], key=lambda p: (p["side"] != "guest", p["protocol_rank"], p["full_name"])
    )
    bounds = [*starts, len(pages)]
    for person, first, end in zip(people, bounds, bounds[1:], strict=False):
        text = "".join(pages[first:end])
        assert squash(person["full_name"]) in squash(text)
        titles = [item["title"] for item in concerned(data, person["key"])]
        assert titles
        found = in_order(text, titles)
        assert all(at >= 0 for at in found), f"{person['full_name']}: {sum(at < 0 for at in found)} rows lost"
        assert len(re.findall(r"Пункт программы №\d{4}", text)) == len(titles), "someone else's item printed"


def test_a_row_taller_than_a_page_splits_inside_without_losing_a_line(db: Database) -> None:
    data = synthetic_visit(sites=2, participants=2, items=3, days=1, groups=1, seed=3)
    lines = [f"строка {n:03d}" for n in range(1, 181)]  # some 2.5 pages of notes in one cell
    data["itinerary"][1]["notes"] = "\n".join(lines)
    visit_id = load(UnitOfWork(db.sessions), data)
    for lang, column in (("ru", "Мероприятие"), ("en", "Event")):
        pages = page_texts(
            service.programme_pdf(UnitOfWork(db.sessions), visit_id, DocumentSettings(language=lang))
        )
        assert len(pages) >= 3
        found = in_order("".join(pages), lines)
        assert all(at >= 0 for at in found), f"{sum(at < 0 for at in found)} lines lost"
        # one table: its header once at the top of every page, never a second copy mid-page
        assert [page.count(column) for page in pages] == [1] * len(pages)
    agenda = page_texts(service.agenda_pdf(UnitOfWork(db.sessions), visit_id, DocumentSettings(), day=1))
    assert all(at >= 0 for at in in_order("".join(agenda), lines))


def test_an_empty_visit_prints_every_output_that_has_something_to_say(db: Database) -> None:
    data = synthetic_visit(sites=0, participants=0, items=0, days=2, groups=0)
    visit_id = load(UnitOfWork(db.sessions), data)
    settings = DocumentSettings(language="en")
    texts = {
        kind: "".join(page_texts(OUTPUTS[kind](db, visit_id, settings)))
        for kind in ("programme", "agenda", "transport", "delegation-list", "documents")
    }
    assert texts["programme"].count("Nothing planned.") == 2  # one note per day
    assert "No vehicles assigned." in texts["transport"]
    assert texts["delegation-list"].count("No participants.") == 2
    assert "No documents signed." in texts["documents"]
    with pytest.raises(ValidationError, match="no participants"):
        service.itinerary_pdf(UnitOfWork(db.sessions), visit_id, settings)
    with pytest.raises(ValidationError, match="none: the visit has no meetings"):
        service.minutes_pdf(UnitOfWork(db.sessions), visit_id, settings)
