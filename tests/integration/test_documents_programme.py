"""The programme and the agenda of the sample visit, read back from the PDF as a reader would read them."""

from __future__ import annotations

import os
import re
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime

import pytest

from planner.documents.settings import DocumentSettings
from planner.domain.errors import ValidationError
from planner.persistence.db import Database
from planner.persistence.uow import UnitOfWork
from planner.services.printing import agenda_pdf, programme_pdf
from tests.integration.test_documents_support import (
    concerned,
    font_dictionaries,
    in_order,
    page_texts,
    sample_file,
    squash,
)

SPAN = re.compile(r"\d\d:\d\d–\d\d:\d\d")


def _programme(sample_db: tuple[Database, int], lang: str = "ru", **options: object) -> bytes:
    db, visit_id = sample_db
    return programme_pdf(UnitOfWork(db.sessions), visit_id, DocumentSettings(language=lang), **options)


def _heads(data: dict) -> tuple[dict, dict]:
    def head(side: str) -> dict:
        return min((p for p in data["participants"] if p["side"] == side), key=lambda p: p["protocol_rank"])

    return head("guest"), head("host")


@pytest.mark.parametrize(
    ("lang", "when"),
    [("ru", "11–12 мая 2023 г."), ("kk", "11–12 мамыр 2023 ж."), ("en", "11–12 May 2023")],
)
def test_the_cover_line_says_who_where_when_and_headed_by_whom(
    sample_db: tuple[Database, int], lang: str, when: str
) -> None:
    data = sample_file()
    first = page_texts(_programme(sample_db, lang))[0]
    guest_head, host_head = _heads(data)
    delegation = data["delegation"]
    expected = [
        delegation.get("name_i18n", {}).get(lang) or delegation["name"],
        guest_head.get("name_i18n", {}).get(lang) or guest_head["full_name"],
        host_head.get("name_i18n", {}).get(lang) or host_head["full_name"],
        data["visit"].get("host_region_i18n", {}).get(lang) or data["visit"]["host_region"],
        when,
    ]
    for text in expected:
        assert squash(text) in squash(first), text
    assert when in first  # the date is written as one phrase, exactly as the language writes it


def test_every_item_of_each_day_prints_in_time_order_with_its_notes(sample_db: tuple[Database, int]) -> None:
    data = sample_file()
    text = "".join(page_texts(_programme(sample_db)))
    everyone = concerned({**data, "itinerary": data["itinerary"]}, key="")  # sorted, all items
    days = sorted({item["starts_at"][:10] for item in data["itinerary"]})
    assert len(days) == 2
    for number, day in enumerate(days, start=1):
        heading = squash(f"День {number} —")
        start = squash(text).find(heading)
        assert start >= 0, f"no heading for day {number}"
        titles = [i["title"] for i in everyone if i["starts_at"][:10] == day]
        found = in_order(squash(text)[start:], titles)
        missing = [t for t, at in zip(titles, found, strict=True) if at < 0]
        assert not missing, f"day {number}: not found in order: {missing[:3]}"
    for item in data["itinerary"]:
        if item.get("notes"):
            # notes are small print in a mixed-font cell: a hyphen there once vanished on re-wrap
            assert squash(item["notes"]) in squash(text), item["notes"]


def test_items_print_in_host_time_24_hours(sample_db: tuple[Database, int]) -> None:
    data = sample_file()
    text = "".join(page_texts(_programme(sample_db)))
    first = min(data["itinerary"], key=lambda i: i["starts_at"])
    assert first["starts_at"].endswith("+05:00")  # the sample writes host (Atyrau) time
    span = f"{first['starts_at'][11:16]}–{first['ends_at'][11:16]}"
    assert span in text
    assert not re.search(r"\b(AM|PM)\b", text)


def test_kazakh_text_round_trips_exactly(sample_db: tuple[Database, int]) -> None:
    data = sample_file()
    text = "".join(page_texts(_programme(sample_db, "kk")))
    _, host_head = _heads(data)
    kazakh_titles = [i["title_i18n"]["kk"] for i in data["itinerary"] if i.get("title_i18n", {}).get("kk")]
    assert kazakh_titles, "the sample has Kazakh titles"
    for title in [*kazakh_titles, host_head["name_i18n"]["kk"]]:
        assert squash(title) in squash(text), title
    assert "1-күн" in text and "мамыр" in text


def test_every_page_says_page_n_of_total(sample_db: tuple[Database, int]) -> None:
    for lang, pattern in (
        ("ru", "Страница {n} из {total}"),
        ("kk", "{total} беттің {n}-беті"),
        ("en", "Page {n} of {total}"),
    ):
        pages = page_texts(_programme(sample_db, lang))
        assert len(pages) >= 2
        for n, page in enumerate(pages, start=1):
            assert pattern.format(n=n, total=len(pages)) in page, (lang, n)
        assert "Дата печати" in pages[0] or "Printed" in pages[0] or "Басып шығарылған" in pages[0]


def test_a_day_table_that_spans_pages_repeats_its_header_row(sample_db: tuple[Database, int]) -> None:
    pages = page_texts(_programme(sample_db))
    continued = [p for p in pages[1:] if SPAN.search(p)]
    assert continued, "the sample's programme should run over more than one page"
    for page in continued:
        first_row = SPAN.search(page)
        assert first_row is not None
        header = page.find("Мероприятие")
        assert 0 <= header < first_row.start(), "the header row is not repeated above the first row"


def test_fonts_are_embedded_subsets_of_the_shipped_family(sample_db: tuple[Database, int]) -> None:
    fonts = font_dictionaries(_programme(sample_db))
    assert fonts
    for font in fonts:
        assert "DejaVuSans" in str(font["/BaseFont"]), font["/BaseFont"]
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, f"{font['/BaseFont']} is not embedded"
    names = {str(f["/BaseFont"]).split("+")[-1] for f in fonts}
    assert {"DejaVuSans", "DejaVuSans-Bold"} <= names


@pytest.fixture
def computer_zone() -> Iterator[Callable[[str], None]]:
    """Sets the computer's clock zone (TZ) for a test, and puts the old one back after it."""
    old = os.environ.get("TZ")

    def set_zone(name: str) -> None:
        os.environ["TZ"] = name
        time.tzset()

    yield set_zone
    if old is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = old
    time.tzset()


@pytest.mark.parametrize(
    ("computer", "shown"),
    [
        ("UTC", "Printed 7 December 2026, 11:30 (Atyrau) ·"),
        ("Asia/Atyrau", "Printed 7 December 2026, 11:30 ·"),
    ],
)
def test_the_time_of_printing_is_the_host_zones_and_named_when_the_computers_differs(
    sample_db: tuple[Database, int],
    monkeypatch: pytest.MonkeyPatch,
    computer_zone: Callable[[str], None],
    computer: str,
    shown: str,
) -> None:
    """The sample visit is in Atyrau time (UTC+5): printed at 06:30 UTC, its footer says 11:30, naming the
    zone when the computer's clock is in another one."""
    from planner.documents import settings as settings_module

    computer_zone(computer)
    monkeypatch.setattr(settings_module, "_now", lambda: datetime(2026, 12, 7, 6, 30, tzinfo=UTC))
    db, visit_id = sample_db
    pages = page_texts(programme_pdf(UnitOfWork(db.sessions), visit_id, DocumentSettings(language="en")))
    assert all(shown in p for p in pages), pages[0][-200:]


def test_just_before_midnight_utc_the_printed_date_is_the_next_day_in_the_host_zone(
    sample_db: tuple[Database, int], monkeypatch: pytest.MonkeyPatch, computer_zone: Callable[[str], None]
) -> None:
    from planner.documents import settings as settings_module

    computer_zone("UTC")
    monkeypatch.setattr(settings_module, "_now", lambda: datetime(2026, 12, 7, 21, 0, tzinfo=UTC))
    db, visit_id = sample_db
    pages = page_texts(programme_pdf(UnitOfWork(db.sessions), visit_id, DocumentSettings(language="ru")))
    assert "Дата печати: 8 декабря 2026" in pages[0] and "02:00 (Атырау)" in pages[0], pages[0][-200:]


def test_the_printed_date_is_the_settings_date(sample_db: tuple[Database, int]) -> None:
    db, visit_id = sample_db
    settings = DocumentSettings(language="en", printed_on=date(2024, 2, 29), organisation="Office & Co")
    pages = page_texts(programme_pdf(UnitOfWork(db.sessions), visit_id, settings))
    assert all("Printed 29 February 2024" in p for p in pages)
    assert all(p.startswith("Office & Co") for p in pages)


def test_one_day_programme_and_agenda_hold_only_that_day(sample_db: tuple[Database, int]) -> None:
    db, visit_id = sample_db
    data = sample_file()
    day2 = sorted(i["starts_at"][:10] for i in data["itinerary"])[-1]
    day1_titles = [i["title"] for i in data["itinerary"] if i["starts_at"][:10] != day2]
    day2_titles = [i["title"] for i in data["itinerary"] if i["starts_at"][:10] == day2]
    for landscape in (False, True):
        pdf = agenda_pdf(UnitOfWork(db.sessions), visit_id, DocumentSettings(), day=2, landscape=landscape)
        text = squash("".join(page_texts(pdf)))
        assert all(squash(t) in text for t in day2_titles)
        assert not any(
            squash(t) in text for t in day1_titles if not any(squash(t) in squash(x) for x in day2_titles)
        )
        assert "Примечания" in "".join(page_texts(pdf))
    text = squash("".join(page_texts(_programme(sample_db, day=2))))
    assert all(squash(t) in text for t in day2_titles)


def test_a_day_out_of_range_is_refused_with_the_valid_range(sample_db: tuple[Database, int]) -> None:
    db, visit_id = sample_db
    with pytest.raises(ValidationError, match=r"day 3 is out of range.*1 to 2"):
        agenda_pdf(UnitOfWork(db.sessions), visit_id, DocumentSettings(), day=3)
    with pytest.raises(ValidationError, match="--day 1 to 2"):
        agenda_pdf(UnitOfWork(db.sessions), visit_id, DocumentSettings())
