"""Place cards, badges and car placards read back from the PDF (issue 13, item 2; timings in
``bench/bench_cards.py``)."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from planner.documents.settings import DocumentSettings
from planner.domain.errors import ValidationError
from planner.persistence.db import Database
from planner.persistence.uow import UnitOfWork
from planner.services import printing as service
from tests.integration.test_documents_support import (
    HOSTILE_NAME,
    KAZAKH_LETTERS,
    font_dictionaries,
    hostile_visit,
    in_order,
    load,
    page_texts,
    sample_file,
    squash,
)

RU = DocumentSettings(language="ru")


def _protocol_names(data: dict, lang: str = "") -> list[str]:
    def name(p: dict) -> str:
        return (p.get("name_i18n") or {}).get(lang) or p["full_name"]

    ordered = sorted(
        data["participants"],
        key=lambda p: (p["side"] != "guest", p.get("protocol_rank", 100), p["full_name"]),
    )
    return [name(p) for p in ordered]


def _rects(pdf: bytes, page: int = 0) -> int:
    """How many rectangles a page draws (a QR code is dozens of them)."""
    data = PdfReader(io.BytesIO(pdf)).pages[page].get_contents()
    assert data is not None
    return len(re.findall(rb"\bre\b", data.get_data()))


def _embedded(pdf: bytes) -> None:
    fonts = font_dictionaries(pdf)
    assert fonts
    for font in fonts:
        assert "DejaVuSans" in str(font["/BaseFont"])
        assert "/FontFile2" in font["/FontDescriptor"].get_object()


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_place_cards_carry_the_name_on_both_faces_in_protocol_order(
    sample_db: tuple[Database, int], lang: str
) -> None:
    db, visit_id = sample_db
    data = sample_file()
    pdf = service.place_cards_pdf(UnitOfWork(db.sessions), visit_id, DocumentSettings(language=lang))
    pages = page_texts(pdf)
    names = _protocol_names(data, lang)
    assert len(pages) == (len(names) + 1) // 2  # two tent cards to an A4 page
    for n, name in enumerate(names):
        # both faces: the upright one and the one turned upside down read the same name
        assert squash(pages[n // 2]).count(squash(name)) == 2, name
    assert all(at >= 0 for at in in_order("".join(pages), names))
    _embedded(pdf)


def test_place_cards_add_the_second_language_under_the_name(sample_db: tuple[Database, int]) -> None:
    db, visit_id = sample_db
    pdf = service.place_cards_pdf(UnitOfWork(db.sessions), visit_id, RU, second_language="en")
    first = squash(page_texts(pdf)[0])
    head_en = _protocol_names(sample_file(), "en")[0]
    assert head_en != _protocol_names(sample_file())[0]
    assert first.count(squash("Бабушкин Игорь Юрьевич")) == 2
    assert first.count(squash(head_en)) == 2


def test_cards_and_badges_print_hostile_names_literally(db: Database) -> None:
    visit_id = load(UnitOfWork(db.sessions), hostile_visit())
    for build in (service.place_cards_pdf, service.badges_pdf):
        pdf = build(UnitOfWork(db.sessions), visit_id, DocumentSettings(language="kk"))
        text = "".join(page_texts(pdf))
        assert HOSTILE_NAME in text
        assert squash(f"Әлібек {KAZAKH_LETTERS}") in squash(text)
        assert "&amp;" not in text and "&quot;" not in text
    placards = service.car_placards_pdf(UnitOfWork(db.sessions), visit_id, RU)
    assert page_texts(placards)


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_badges_in_protocol_order_with_position_and_organisation(
    sample_db: tuple[Database, int], lang: str
) -> None:
    db, visit_id = sample_db
    data = sample_file()
    pdf = service.badges_pdf(UnitOfWork(db.sessions), visit_id, DocumentSettings(language=lang))
    pages = page_texts(pdf)
    assert len(pages) == -(-len(data["participants"]) // 10)  # ten badges to an A4 page
    text = "".join(pages)
    assert all(at >= 0 for at in in_order(text, _protocol_names(data, lang)))
    head = next(p for p in data["participants"] if p["key"] == "P01")
    title = (head.get("title_i18n") or {}).get(lang) or head["title"]
    assert squash(title) in squash(pages[0])
    side = {"ru": "Гостевая сторона", "kk": "Қонақ тарап", "en": "Guest side"}[lang]
    assert side in pages[0]
    _embedded(pdf)


def test_badges_draw_a_qr_code_only_when_asked_and_colour_by_role(sample_db: tuple[Database, int]) -> None:
    db, visit_id = sample_db
    plain = service.badges_pdf(UnitOfWork(db.sessions), visit_id, RU)
    coded = service.badges_pdf(UnitOfWork(db.sessions), visit_id, RU, qr=True, band="role")
    # each of the ten badges of a page gets a code of dozens of squares
    assert _rects(coded) >= _rects(plain) + 10 * 30
    text = page_texts(coded)[0]
    assert "Глава делегации" in text and "Официальное лицо" in text
    with pytest.raises(ValidationError, match="side or the role"):
        service.badges_pdf(UnitOfWork(db.sessions), visit_id, RU, band="colour")


def test_badges_for_chosen_people_only(sample_db: tuple[Database, int]) -> None:
    db, visit_id = sample_db
    with UnitOfWork(db.sessions) as uow:
        from planner.queries.participants import visit_participants

        people = visit_participants(uow, visit_id)
    pdf = service.badges_pdf(UnitOfWork(db.sessions), visit_id, RU, participant_ids=[people[-1].id])
    text = page_texts(pdf)
    assert len(text) == 1 and people[-1].full_name in text[0] and people[0].full_name not in text[0]
    with pytest.raises(ValidationError, match="not in visit"):
        service.badges_pdf(UnitOfWork(db.sessions), visit_id, RU, participant_ids=[999999])


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_car_placards_show_each_cars_number_and_group(sample_db: tuple[Database, int], lang: str) -> None:
    db, visit_id = sample_db
    data = sample_file()
    pdf = service.car_placards_pdf(UnitOfWork(db.sessions), visit_id, DocumentSettings(language=lang))
    pages = page_texts(pdf)
    assert len(pages) == len(data["vehicles"])
    caption = {"ru": "Автомобиль №", "kk": "Көлік №", "en": "Car No."}[lang]
    for number, page in enumerate(pages, start=1):
        assert caption in page and re.search(rf"(?m)^\s*{number}\s*$", page), page
    # the governor's car (second in the column) carries the official delegation
    official = {"ru": "Официальная делегация", "kk": "Ресми делегация", "en": "Official delegation"}[lang]
    assert official in pages[1]
    assert "А 777 АС 30" in pages[1]
    _embedded(pdf)


def test_a_pasted_page_of_text_in_a_name_stays_on_its_card_and_prints_in_linear_time(db: Database) -> None:
    """A 5,000-letter organisation and a 3,000-character name once took minutes (each line measured
    again letter by letter); the longest a column holds (a 300-character name, a 500-letter
    organisation) is cut to fit and clipped to its badge or card face."""
    import time

    data = hostile_visit()
    data["participants"][2]["full_name"] = "Ұзақ есім " * 30
    data["participants"][2]["organisation"] = "Ә" * 500
    visit_id = load(UnitOfWork(db.sessions), data)
    started = time.perf_counter()
    badges = service.badges_pdf(UnitOfWork(db.sessions), visit_id, RU, qr=True)
    cards = service.place_cards_pdf(UnitOfWork(db.sessions), visit_id, RU)
    assert time.perf_counter() - started < 20  # a regression to quadratic work takes minutes
    assert len(page_texts(badges)) == 1  # six badges, one sheet: the long texts did not push any along
    assert len(page_texts(cards)) == 3


def test_a_name_longer_than_its_column_is_refused_on_every_database(db: Database) -> None:
    """SQLite would store it and PostgreSQL end the transaction: both refuse it with a sentence."""
    from planner.domain.errors import ValidationError

    data = hostile_visit()
    data["participants"][2]["full_name"] = "Ұзақ есім " * 300
    with pytest.raises(ValidationError, match=r"full_name.*3,000 characters long.*at most 300"):
        load(UnitOfWork(db.sessions), data)
