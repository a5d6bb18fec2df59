"""Calendar export: the file parses back to the same events at the same instants, and UIDs are stable."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from icalendar import Calendar
from sqlalchemy import select

from planner.cli import main as cli_main
from planner.interchange.visit_format import import_visit
from planner.persistence.db import Database
from planner.persistence.tables import ItineraryItem, Site
from planner.persistence.uow import UnitOfWork
from planner.queries.itinerary import ItemRow, visit_items
from planner.services.data_exchange import export_ics
from tests.support.synthetic import synthetic_visit


def _visit(db: Database) -> int:
    with UnitOfWork(db.sessions) as uow:
        visit_id = import_visit(uow, synthetic_visit(sites=4, participants=6, items=8, groups=2))
        uow.commit()
    return visit_id


def _items(db: Database, visit_id: int) -> list[ItemRow]:
    with UnitOfWork(db.sessions) as uow:
        return visit_items(uow, visit_id)


def _events(path: Path) -> tuple[Calendar, dict[str, object]]:
    calendar = Calendar.from_ical(path.read_bytes())
    return calendar, {str(e["UID"]): e for e in calendar.walk("VEVENT")}


def test_events_parse_back_with_the_same_instants_zone_place_and_text(db: Database, tmp_path: Path) -> None:
    visit_id = _visit(db)
    items = _items(db, visit_id)
    path = tmp_path / "visit.ics"
    assert export_ics(UnitOfWork(db.sessions), visit_id, path) == len(items)
    calendar, events = _events(path)
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Asia/Atyrau"]
    assert len(events) == len(items)
    by_title = {str(e["SUMMARY"]): e for e in events.values()}  # type: ignore[attr-defined]
    with UnitOfWork(db.sessions) as uow:
        addresses = {name: address for name, address in uow.session.execute(select(Site.name, Site.address))}
    for item in items:
        event = by_title[item.title]
        start, end = event["DTSTART"], event["DTEND"]  # type: ignore[index]
        assert start.params["TZID"] == "Asia/Atyrau"
        assert start.dt == item.starts_at and end.dt == item.ends_at  # the same instants
        assert start.dt.utcoffset() == timedelta(hours=5)
        assert str(event["LOCATION"]) == f"{item.site_name}, {addresses[item.site_name]}"  # type: ignore[index]
        description = str(event["DESCRIPTION"])  # type: ignore[index]
        assert item.groups[0] in description and "Участники:" in description  # the default: Russian
        assert "GEO" in event  # type: ignore[operator]


def test_re_export_keeps_every_uid_and_raises_the_sequence_of_a_changed_item(
    db: Database, tmp_path: Path
) -> None:
    visit_id = _visit(db)
    first, second = tmp_path / "first.ics", tmp_path / "second.ics"
    export_ics(UnitOfWork(db.sessions), visit_id, first)
    with UnitOfWork(db.sessions) as uow:
        item = uow.session.scalars(select(ItineraryItem).where(ItineraryItem.visit_id == visit_id)).first()
        assert item is not None
        item.starts_at += timedelta(minutes=15)
        uow.commit()
        moved_id, moved_start = item.id, item.starts_at
    export_ics(UnitOfWork(db.sessions), visit_id, second)
    _, before = _events(first)
    _, after = _events(second)
    assert set(before) == set(after)
    moved = next(uid for uid in after if uid.startswith(f"item-{moved_id}."))
    assert int(after[moved]["SEQUENCE"]) == int(before[moved]["SEQUENCE"]) + 1  # type: ignore[index]
    assert after[moved]["DTSTART"].dt == moved_start  # type: ignore[index]
    unchanged = [uid for uid in after if uid != moved]
    assert all(after[u]["SEQUENCE"] == before[u]["SEQUENCE"] for u in unchanged)  # type: ignore[index]


def test_one_participants_calendar_holds_only_their_items(db: Database, tmp_path: Path) -> None:
    visit_id = _visit(db)
    items = _items(db, visit_id)
    person = items[0].attendee_ids[0]
    path = tmp_path / "person.ics"
    count = export_ics(UnitOfWork(db.sessions), visit_id, path, participant_id=person)
    _, events = _events(path)
    mine = {f"item-{i.id}." for i in items if person in i.attendee_ids}
    assert count == len(events) == len(mine) < len(items)
    assert {uid.split(".")[0] + "." for uid in events} == mine


def test_cli_writes_the_file(sqlite_db: Database, tmp_path: Path) -> None:
    visit_id = _visit(sqlite_db)
    out = tmp_path / "cli.ics"
    assert cli_main(["--db", str(sqlite_db.path), "export-ics", str(visit_id), "-o", str(out)]) == 0
    assert len(_events(out)[1]) == 8
    assert cli_main(["--db", str(sqlite_db.path), "export-ics", "999", "-o", str(out)]) == 2


def _sample_events(sample_db: tuple[Database, int], tmp_path: Path, lang: str) -> dict[str, object]:
    database, visit_id = sample_db
    out = tmp_path / f"visit-{lang}.ics"
    args = ["--db", str(database.path), "export-ics", str(visit_id), "-o", str(out), "--lang", lang]
    assert cli_main(args) == 0
    return {str(e["SUMMARY"]): e for e in _events(out)[1].values()}  # type: ignore[attr-defined]


def test_the_calendar_is_written_in_the_chosen_language(
    sample_db: tuple[Database, int], tmp_path: Path
) -> None:
    """A Russian calendar has Russian kinds and labels around the Russian names (it was English: a
    Russian officer read 'CATEGORIES:Arrival', 'Participants: Бабушкин Игорь Юрьевич'); a Kazakh and an
    English one likewise, names in their translations."""
    wanted = {
        "ru": ("Встреча мотоколонны", "Прибытие", "Группы: Деловая делегация", "Участники: Бабушкин Игорь"),
        "kk": ("мотошеруі колоннасын қарсы алу", "Келу", "Топтар: Іскерлік", "Қатысушылар: Бабушкин"),
        "en": ("Welcome of the", "Arrival", "Groups: Business delegation", "Participants: Igor Babushkin"),
    }
    for lang, (title, kind, groups, people) in wanted.items():
        events = _sample_events(sample_db, tmp_path, lang)
        arrival = next(e for t, e in events.items() if title in t)
        description = str(arrival["DESCRIPTION"])  # type: ignore[index]
        assert [str(c) for c in arrival["CATEGORIES"].cats] == [kind], lang  # type: ignore[index]
        assert description.splitlines()[0] == kind
        assert groups in description and people in description, (lang, description)
        english = ("Participants:", "Groups:", "Responsible host:", "Where:")
        if lang != "en":
            assert not any(word in description for word in english), (lang, description)


def test_a_calendar_naming_people_is_private_in_every_language(
    sample_db: tuple[Database, int], tmp_path: Path
) -> None:
    """The file that lists participants by name is written 0600 whatever language its labels are in."""
    for lang in ("ru", "kk", "en"):
        _sample_events(sample_db, tmp_path, lang)
        assert (tmp_path / f"visit-{lang}.ics").stat().st_mode & 0o077 == 0, lang
