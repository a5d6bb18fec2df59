"""The guests' time on paper: where the guests' clock differs from the host's, the programme, the agendas
and the personal itineraries name both zones and give every item's time in both; read back from the PDF.

The sample visit is hosted in Asia/Atyrau (UTC+05:00 on 11–12 May 2023) for guests from Europe/Astrakhan
(UTC+04:00 then): the guests' clock is an hour behind.
"""

from __future__ import annotations

import io
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from planner.cli import main
from planner.documents.settings import DocumentSettings
from planner.persistence.db import Database
from planner.persistence.tables import Participant
from planner.persistence.uow import UnitOfWork
from planner.services import printing as service
from planner.services.visit_details import change_visit_details
from tests.integration.test_documents_support import concerned, load, page_texts, sample_file, squash

HOST, GUEST = ZoneInfo("Asia/Atyrau"), ZoneInfo("Europe/Astrakhan")
GUESTS_WORD = {"ru": "гости", "kk": "қонақтар", "en": "guests"}
COVER = {
    "ru": "Время местное: Атырау (UTC+05:00); время гостей — Астрахань (UTC+04:00)",
    "kk": "Жергілікті уақыт: Атырау (UTC+05:00); қонақтардың уақыты — Астрахан (UTC+04:00)",
    "en": "Local time: Atyrau (UTC+05:00); guests' time — Astrakhan (UTC+04:00)",
}
# a fixed print date: two builds of one document then differ only where their content does
FIXED = date(2023, 5, 1)


def _settings(lang: str) -> DocumentSettings:
    return DocumentSettings(language=lang, printed_on=FIXED)


def _span(item: dict, tz: ZoneInfo) -> str:
    start = datetime.fromisoformat(item["starts_at"]).astimezone(tz)
    end = datetime.fromisoformat(item["ends_at"]).astimezone(tz)
    return f"{start:%H:%M}–{end:%H:%M}"


def _both_times(item: dict, lang: str) -> str:
    """What the time cell reads: the host's time, then the guests' in small print under it."""
    return squash(f"{_span(item, HOST)} ({GUESTS_WORD[lang]}: {_span(item, GUEST)})")


def _text(pdf: bytes) -> str:
    return squash("".join(page_texts(pdf)))


def _day(item: dict) -> int:
    return (datetime.fromisoformat(item["starts_at"]).astimezone(HOST).date() - date(2023, 5, 11)).days + 1


def _guest_zone(db: Database, visit_id: int, name: str) -> None:
    change_visit_details(UnitOfWork(db.sessions), visit_id, {"home_timezone": name})


def _person_id(db: Database, visit_id: int, name: str) -> int:
    with UnitOfWork(db.sessions) as uow:
        return uow.session.query(Participant.id).filter_by(visit_id=visit_id, full_name=name).one()[0]


def test_the_sample_zones_differ_by_an_hour_on_its_dates() -> None:
    noon = datetime(2023, 5, 11, 12, tzinfo=HOST)
    assert noon.utcoffset() != noon.astimezone(GUEST).utcoffset()
    assert f"{noon:%z}" == "+0500" and f"{noon.astimezone(GUEST):%z}" == "+0400"


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
@pytest.mark.parametrize("landscape", [False, True], ids=["portrait", "landscape"])
def test_the_programme_names_both_zones_and_gives_every_item_the_guests_time(
    sample_db: tuple[Database, int], lang: str, landscape: bool
) -> None:
    db, visit_id = sample_db
    pdf = service.programme_pdf(UnitOfWork(db.sessions), visit_id, _settings(lang), landscape=landscape)
    pages = page_texts(pdf)
    assert squash(COVER[lang]) in squash(pages[0])
    text = _text(pdf)
    items = sample_file()["itinerary"]
    missing = [i["title"] for i in items if _both_times(i, lang) not in text]
    assert not missing, missing[:3]
    # the first item, 08:30 in Atyrau, is 07:30 in Astrakhan
    assert squash(f"08:30–09:00 ({GUESTS_WORD[lang]}: 07:30–08:00)") in text


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_each_days_agenda_names_both_zones_and_gives_the_guests_time(
    sample_db: tuple[Database, int], lang: str
) -> None:
    db, visit_id = sample_db
    items = sample_file()["itinerary"]
    for day in (1, 2):
        pdf = service.agenda_pdf(UnitOfWork(db.sessions), visit_id, _settings(lang), day=day)
        assert squash(COVER[lang]) in squash(page_texts(pdf)[0])
        text = _text(pdf)
        missing = [i["title"] for i in items if _day(i) == day and _both_times(i, lang) not in text]
        assert not missing, (day, missing[:3])


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_a_personal_itinerary_names_both_zones_and_gives_the_guests_time(
    sample_db: tuple[Database, int], lang: str
) -> None:
    db, visit_id = sample_db
    data = sample_file()
    person = next(p for p in data["participants"] if p["key"] == "P10")
    pid = _person_id(db, visit_id, person["full_name"])
    pdf = service.itinerary_pdf(UnitOfWork(db.sessions), visit_id, _settings(lang), [pid])
    assert squash(COVER[lang]) in squash(page_texts(pdf)[0])
    text = _text(pdf)
    mine = concerned(data, person["key"])
    assert mine
    missing = [i["title"] for i in mine if _both_times(i, lang) not in text]
    assert not missing, missing[:3]


def test_with_the_option_off_no_guests_time_is_printed(sample_db: tuple[Database, int]) -> None:
    """No guests' zone on the cover, no guests' time under any item, for each of the three documents; the
    programme and the agenda still say the host's zone."""
    db, visit_id = sample_db
    uow = UnitOfWork(db.sessions)
    pid = _person_id(
        db, visit_id, next(p for p in sample_file()["participants"] if p["key"] == "P10")["full_name"]
    )
    for pdf, says_zone in (
        (service.programme_pdf(uow, visit_id, _settings("ru"), guest_time=False), True),
        (service.agenda_pdf(uow, visit_id, _settings("ru"), day=1, guest_time=False), True),
        (service.itinerary_pdf(uow, visit_id, _settings("ru"), [pid], guest_time=False), False),
    ):
        pages = page_texts(pdf)
        text = "".join(pages)
        assert "время гостей" not in text and "гости" not in text
        assert (squash("Время местное: Атырау (UTC+05:00)") in squash(pages[0])) is says_zone


@pytest.mark.parametrize("same_clock", ["Asia/Oral", "Asia/Atyrau"])
def test_guests_on_the_hosts_clock_change_nothing_on_paper(
    sample_db: tuple[Database, int], same_clock: str
) -> None:
    """Zones compared by their offset, not their name: Asia/Oral keeps Atyrau's clock (UTC+05:00), so the
    documents are exactly those printed with the guests' time left out."""
    db, visit_id = sample_db
    uow = UnitOfWork(db.sessions)
    person = next(p for p in sample_file()["participants"] if p["key"] == "P10")
    pid = _person_id(db, visit_id, person["full_name"])
    builds = {
        "programme": lambda **o: service.programme_pdf(uow, visit_id, _settings("kk"), **o),
        "agenda": lambda **o: service.agenda_pdf(uow, visit_id, _settings("kk"), day=2, **o),
        "itinerary": lambda **o: service.itinerary_pdf(uow, visit_id, _settings("kk"), [pid], **o),
    }
    before = {name: page_texts(build(guest_time=False)) for name, build in builds.items()}
    _guest_zone(db, visit_id, same_clock)
    for name, build in builds.items():
        pages = page_texts(build())
        assert pages == before[name], name
        assert "қонақтар" not in "".join(pages) and same_clock not in "".join(pages).replace(
            "Asia/Atyrau", ""
        )


def test_a_guests_time_on_another_calendar_day_shows_its_date(sample_db: tuple[Database, int]) -> None:
    """New York is nine hours behind Atyrau in May: the 08:30 welcome is 23:30 the evening before there."""
    db, visit_id = sample_db
    _guest_zone(db, visit_id, "America/New_York")
    pdf = service.programme_pdf(UnitOfWork(db.sessions), visit_id, _settings("en"))
    text = _text(pdf)
    assert squash("guests' time — New York (UTC−04:00)") in text
    assert squash("08:30–09:00 (guests: 10.05 23:30–00:00 (+1))") in text
    # 09:10 in Atyrau is 00:10 the same day in New York: no date needed
    assert squash("09:10–09:50 (guests: 00:10–00:50)") in text


def test_print_no_guest_time_on_the_command_line(sample_db: tuple[Database, int], tmp_path: Path) -> None:
    db, visit_id = sample_db
    for option, expected in (((), True), (("--no-guest-time",), False)):
        target = tmp_path / f"programme{len(option)}.pdf"
        argv = ["--db", str(db.path), "print", "programme", str(visit_id), "-o", str(target), *option]
        assert main(argv, out=io.StringIO()) == 0
        text = squash("".join(page_texts(target.read_bytes())))
        assert (squash("(гости: 07:30–08:00)") in text) is expected
        assert ("времягостей—Астрахань" in text) is expected


def test_print_refuses_no_guest_time_for_a_document_without_times(
    sample_db: tuple[Database, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, visit_id = sample_db
    target = tmp_path / "list.pdf"
    argv = [
        "--db",
        str(db.path),
        "print",
        "delegation-list",
        str(visit_id),
        "-o",
        str(target),
        "--no-guest-time",
    ]
    assert main(argv, out=io.StringIO()) == 2
    assert "--no-guest-time applies to programme, agenda and itinerary" in capsys.readouterr().err
    assert not target.exists()


def test_a_row_split_across_pages_keeps_the_guests_time_once(uow: UnitOfWork) -> None:
    """A note of many pages splits its row between pages; the time cell goes with the first part."""
    data = sample_file()
    data["itinerary"][0]["notes"] = "Хлеб-соль, национальный оркестр, почётный эскорт. " * 400
    visit_id = load(uow, data)
    pdf = service.programme_pdf(uow, visit_id, _settings("ru"))
    pages = page_texts(pdf)
    assert len(pages) > 2
    text = squash("".join(pages))
    assert text.count(squash("(гости: 07:30–08:00)")) == 1
    assert text.count(squash("(гости: 08:10–08:50)")) == 1
