"""A visit's details changed after creation: items move with the dates, refusals name what is wrong,
the change is undone exactly, and a visit copied as a template starts on the day the officer chose."""

from __future__ import annotations

import io
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from planner.cli import main
from planner.domain.errors import ValidationError
from planner.persistence.db import Database, open_database
from planner.persistence.tables import ChangeLog, Delegation, ItineraryItem, Site, Visit
from planner.persistence.uow import UnitOfWork
from planner.services import visit_details
from planner.services.changes import DataKind

ATYRAU = ZoneInfo("Asia/Atyrau")


def _clock(db: Database, visit_id: int) -> dict[int, tuple[datetime, datetime]]:
    """Each item's start and end as host-zone wall-clock times."""
    with UnitOfWork(db.sessions) as uow:
        items = uow.session.scalars(select(ItineraryItem).where(ItineraryItem.visit_id == visit_id)).all()
        return {
            i.id: (
                i.starts_at.astimezone(ATYRAU).replace(tzinfo=None),
                i.ends_at.astimezone(ATYRAU).replace(tzinfo=None),
            )
            for i in items
        }


def _visit(db: Database, visit_id: int) -> Visit:
    with UnitOfWork(db.sessions) as uow:
        visit = uow.session.get(Visit, visit_id)
        assert visit is not None
        uow.session.expunge(visit)
        return visit


def test_a_new_first_day_moves_every_item_at_the_same_clock_time_and_undo_puts_them_back(
    sample_db: tuple[Database, int],
) -> None:
    db, visit_id = sample_db
    before = _clock(db, visit_id)
    original = _visit(db, visit_id)
    length = original.end_date - original.start_date
    new_start = original.start_date + timedelta(days=30)
    changed = visit_details.change_visit_details(
        UnitOfWork(db.sessions),
        visit_id,
        {"start_date": new_start, "end_date": new_start + length, "title": "Return visit"},
    )
    assert changed.moved_items == len(before) > 0
    assert DataKind.ITEMS in changed.changes.kinds
    after = _clock(db, visit_id)
    for item_id, (starts, ends) in before.items():
        assert after[item_id] == (starts + timedelta(days=30), ends + timedelta(days=30))
    visit = _visit(db, visit_id)
    assert (visit.title, visit.start_date, visit.end_date) == ("Return visit", new_start, new_start + length)
    with UnitOfWork(db.sessions) as uow:
        logged = uow.session.scalars(
            select(ChangeLog.field).where(ChangeLog.visit_id == visit_id, ChangeLog.action == "update")
        ).all()
    assert {"start_date", "end_date", "title", "starts_at", "ends_at"} <= set(logged)

    visit_details.restore_visit_details(UnitOfWork(db.sessions), changed, changed.version)
    assert _clock(db, visit_id) == before
    visit = _visit(db, visit_id)
    assert (visit.title, visit.start_date, visit.end_date) == (
        original.title,
        original.start_date,
        original.end_date,
    )


def test_shortening_the_visit_so_items_fall_outside_is_refused_naming_them(
    sample_db: tuple[Database, int],
) -> None:
    db, visit_id = sample_db
    original = _visit(db, visit_id)
    before = _clock(db, visit_id)
    with pytest.raises(ValidationError) as refused:
        visit_details.change_visit_details(
            UnitOfWork(db.sessions), visit_id, {"end_date": original.start_date}
        )
    (problem,) = refused.value.problems
    assert problem.where == "end_date"
    assert "would fall outside the visit's days" in problem.reason
    assert "«" in problem.reason and "nothing was changed" in problem.reason
    assert _clock(db, visit_id) == before
    assert _visit(db, visit_id).end_date == original.end_date
    with UnitOfWork(db.sessions) as uow:
        outside = visit_details.items_outside(uow, visit_id, original.start_date, original.start_date)
    assert outside and all(o.starts.date() > original.start_date for o in outside)


def test_delegation_zones_and_arrival_are_changed_in_one_step(sample_db: tuple[Database, int]) -> None:
    db, visit_id = sample_db
    original = _visit(db, visit_id)
    with UnitOfWork(db.sessions) as uow:
        border = Site(name="Пункт пропуска «Курмангазы»", category="border crossing")
        uow.session.add(border)
        uow.commit()
        border_id = border.id
    arrives = datetime.combine(original.start_date, datetime.min.time(), ATYRAU).replace(hour=9)
    leaves = arrives + timedelta(days=1, hours=7)
    changed = visit_details.change_visit_details(
        UnitOfWork(db.sessions),
        visit_id,
        {
            "delegation_name": "Делегация Астраханской области",
            "home_region": "Астраханская обл.",
            "home_timezone": "Europe/Samara",
            "host_organisation": "Акимат Атырауской области",
            "arrival_at": arrives,
            "arrival_site_id": border_id,
            "departure_at": leaves,
            "departure_site_id": border_id,
            "purpose": "Переговоры & <соглашения>",
        },
    )
    with UnitOfWork(db.sessions) as uow:
        visit = uow.session.get(Visit, visit_id)
        assert visit is not None
        assert visit.delegation.name == "Делегация Астраханской области"
        assert visit.delegation.home_timezone == "Europe/Samara"
        assert (visit.arrival_at, visit.arrival_site_id, visit.departure_at) == (arrives, border_id, leaves)
        assert visit.purpose == "Переговоры & <соглашения>"
        logged = set(
            uow.session.scalars(
                select(ChangeLog.field).where(
                    ChangeLog.table_name == "delegations", ChangeLog.visit_id == visit_id
                )
            ).all()
        )
        assert {"name", "home_region", "home_timezone"} <= logged
    visit_details.restore_visit_details(UnitOfWork(db.sessions), changed)
    with UnitOfWork(db.sessions) as uow:
        visit = uow.session.get(Visit, visit_id)
        assert visit is not None
        assert visit.delegation.home_timezone == "Europe/Astrakhan"
        assert visit.arrival_at is None and visit.arrival_site_id is None


def test_wrong_details_are_refused_each_with_its_field(sample_db: tuple[Database, int]) -> None:
    db, visit_id = sample_db
    original = _visit(db, visit_id)
    arrives = datetime.combine(original.start_date, datetime.min.time(), ATYRAU).replace(hour=12)
    with pytest.raises(ValidationError) as refused:
        visit_details.change_visit_details(
            UnitOfWork(db.sessions),
            visit_id,
            {
                "title": " ",
                "host_timezone": "Asia/Nowhere",
                "arrival_at": arrives,
                "departure_at": arrives - timedelta(hours=1),
            },
        )
    where = {p.where for p in refused.value.problems}
    assert {"title", "host_timezone"} <= where
    with pytest.raises(ValidationError) as refused:
        visit_details.change_visit_details(
            UnitOfWork(db.sessions),
            visit_id,
            {"arrival_at": arrives, "departure_at": arrives - timedelta(hours=1)},
        )
    assert [p.where for p in refused.value.problems] == ["departure_at"]
    with pytest.raises(ValidationError) as refused:
        visit_details.change_visit_details(
            UnitOfWork(db.sessions), visit_id, {"arrival_at": arrives + timedelta(days=40)}
        )
    assert [p.where for p in refused.value.problems] == ["arrival_at"]


def test_the_working_day_is_a_detail_read_changed_refused_and_undone(sample_db: tuple[Database, int]) -> None:
    db, visit_id = sample_db
    original = _visit(db, visit_id)
    with UnitOfWork(db.sessions) as uow:
        read = visit_details.visit_details(uow, visit_id)
    assert (read.day_start, read.day_end) == (original.day_start, original.day_end)
    changed = visit_details.change_visit_details(
        UnitOfWork(db.sessions), visit_id, {"day_start": time(7, 45), "day_end": time(20, 0)}
    )
    assert changed.new == {"day_start": time(7, 45), "day_end": time(20, 0)}
    assert changed.old == {"day_start": original.day_start, "day_end": original.day_end}
    assert DataKind.ITEMS in changed.changes.kinds  # the timeline's hours and the checks change with it
    visit = _visit(db, visit_id)
    assert (visit.day_start, visit.day_end) == (time(7, 45), time(20, 0))
    with UnitOfWork(db.sessions) as uow:
        logged = uow.session.scalars(
            select(ChangeLog.field).where(ChangeLog.visit_id == visit_id, ChangeLog.action == "update")
        ).all()
    assert {"day_start", "day_end"} <= set(logged)
    # a day that ends before it starts (the other end as stored) is refused beside the end
    with pytest.raises(ValidationError) as refused:
        visit_details.change_visit_details(UnitOfWork(db.sessions), visit_id, {"day_end": time(7, 0)})
    assert [p.where for p in refused.value.problems] == ["day_end"]
    with pytest.raises(ValidationError) as refused:
        visit_details.change_visit_details(UnitOfWork(db.sessions), visit_id, {"day_start": "08:00"})
    assert [p.where for p in refused.value.problems] == ["day_start"]
    assert (_visit(db, visit_id).day_start, _visit(db, visit_id).day_end) == (time(7, 45), time(20, 0))

    visit_details.restore_visit_details(UnitOfWork(db.sessions), changed, changed.version)
    visit = _visit(db, visit_id)
    assert (visit.day_start, visit.day_end) == (original.day_start, original.day_end)


def test_duplicate_as_template_starts_on_the_new_day_with_the_typed_title(
    sample_db: tuple[Database, int],
) -> None:
    db, visit_id = sample_db
    before = sorted(_clock(db, visit_id).values())
    original = _visit(db, visit_id)
    new_start = date(2027, 6, 1)
    created = visit_details.duplicate_as_template(
        UnitOfWork(db.sessions), visit_id, "Визит делегации 2027", new_start
    )
    copy = _visit(db, created.id)
    assert copy.title == "Визит делегации 2027"
    assert "copy" not in copy.title and copy.title_i18n == {}
    assert copy.start_date == new_start
    assert copy.end_date - copy.start_date == original.end_date - original.start_date
    offset = new_start - original.start_date
    assert sorted(_clock(db, created.id).values()) == [(s + offset, e + offset) for s, e in before]
    # the original is untouched
    assert sorted(_clock(db, visit_id).values()) == before
    with UnitOfWork(db.sessions) as uow:
        assert len(uow.session.scalars(select(Delegation)).all()) == 2
    with pytest.raises(ValidationError) as refused:
        visit_details.duplicate_as_template(UnitOfWork(db.sessions), visit_id, "  ", new_start)
    assert [p.where for p in refused.value.problems] == ["title"]


def test_the_command_line_edits_details_and_duplicates_on_a_new_date(tmp_path: Path) -> None:
    dbfile = str(tmp_path / "cli.db")
    _, out = _cli("--db", dbfile, "load-sample")
    visit_id = out.strip()
    code, out = _cli("--db", dbfile, "edit-visit", visit_id, "--start-date", "2023-06-01", "--title", "Июнь")
    assert code == 0 and "changed end_date, start_date, title" in out and "item(s) moved" in out
    code, out = _cli("--db", dbfile, "show", visit_id)
    assert "Day 1 — Thursday 01 June 2023 (UTC+05:00)" in out and out.startswith("Июнь\n")
    code, out = _cli("--db", dbfile, "edit-visit", visit_id, "--end-date", "2023-06-01")
    assert code == 2
    code, out = _cli("--db", dbfile, "edit-visit", visit_id, "--start-date", "1 June")
    assert code == 2
    code, out = _cli(
        "--db", dbfile, "duplicate-visit", visit_id, "--title", "Сентябрь", "--start-date", "2024-09-02"
    )
    assert code == 0
    code, out = _cli("--db", dbfile, "show", out.strip())
    assert out.startswith("Сентябрь\n") and "Day 2 — Tuesday 03 September 2024" in out


def _cli(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    try:
        code = main(list(args), out=out)
    except SystemExit as exit_:  # argparse refuses a bad option value this way
        code = int(exit_.code or 0)
    return code, out.getvalue()


@pytest.mark.parametrize("keep_clock_times", [True, False])
def test_a_new_host_zone_keeps_the_clock_times_or_the_moments_as_asked(
    sample_db: tuple[Database, int], keep_clock_times: bool
) -> None:
    db, visit_id = sample_db
    moscow = ZoneInfo("Europe/Moscow")
    with UnitOfWork(db.sessions) as uow:
        items = uow.session.scalars(select(ItineraryItem).where(ItineraryItem.visit_id == visit_id)).all()
        before = {i.id: i.starts_at for i in items}
    changed = visit_details.change_visit_details(
        UnitOfWork(db.sessions),
        visit_id,
        {"host_timezone": "Europe/Moscow"},
        keep_clock_times=keep_clock_times,
    )
    with UnitOfWork(db.sessions) as uow:
        items = uow.session.scalars(select(ItineraryItem).where(ItineraryItem.visit_id == visit_id)).all()
        after = {i.id: i.starts_at for i in items}
    for item_id, starts in before.items():
        if keep_clock_times:  # 10:00 in Atyrau becomes 10:00 in Moscow
            assert after[item_id].astimezone(moscow).time() == starts.astimezone(ATYRAU).time()
        else:
            assert after[item_id] == starts
    assert changed.moved_items == (len(before) if keep_clock_times else 0)
    visit_details.restore_visit_details(UnitOfWork(db.sessions), changed)
    with UnitOfWork(db.sessions) as uow:
        items = uow.session.scalars(select(ItineraryItem).where(ItineraryItem.visit_id == visit_id)).all()
        assert {i.id: i.starts_at for i in items} == before
        assert uow.session.get(Visit, visit_id).host_timezone == "Asia/Atyrau"  # type: ignore[union-attr]


def test_the_command_line_sets_the_working_day_and_refuses_bad_hours(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dbfile = str(tmp_path / "cli.db")
    _, out = _cli("--db", dbfile, "load-sample")
    visit_id = out.strip()
    code, out = _cli("--db", dbfile, "edit-visit", visit_id, "--day-start", "8:00", "--day-end", "19:45")
    assert code == 0 and "changed day_end, day_start" in out
    code, out = _cli("--db", dbfile, "edit-visit", visit_id, "--day-end", "20:00", "--json")
    assert code == 0 and '"day_end"' in out
    with UnitOfWork(open_database(dbfile).sessions) as uow:
        visit = uow.session.get(Visit, int(visit_id))
        assert visit is not None and (visit.day_start, visit.day_end) == (time(8, 0), time(20, 0))
    capsys.readouterr()
    # a value that is no time: the option and the reason, exit 2, nothing changed
    for option, value, why in (
        ("--day-start", "25:00", "hours 00-23"),
        ("--day-end", "18.00", "use HH:MM"),
        ("--day-start", "nine", "use HH:MM"),
        ("--day-end", "17:60", "minutes 00-59"),
    ):
        code, _ = _cli("--db", dbfile, "edit-visit", visit_id, option, value)
        err = capsys.readouterr().err
        assert code == 2, (option, value)
        assert f"argument {option}: '{value}' is not a time of day" in err and why in err
    # an end not after the start: the field and why, exit 2, nothing changed
    code, _ = _cli("--db", dbfile, "edit-visit", visit_id, "--day-start", "18:00", "--day-end", "09:00")
    err = capsys.readouterr().err
    assert code == 2 and "nothing was changed" in err
    assert "day_end" in err and "the working day ends before it starts" in err
    code, _ = _cli("--db", dbfile, "edit-visit", visit_id, "--day-end", "08:00")  # equal to the start
    assert code == 2 and "the working day ends before it starts" in capsys.readouterr().err
    with UnitOfWork(open_database(dbfile).sessions) as uow:
        visit = uow.session.get(Visit, int(visit_id))
        assert visit is not None and (visit.day_start, visit.day_end) == (time(8, 0), time(20, 0))
