"""Sites still to place: the list's services, its audit trail, ``show``, and the visit file."""

from __future__ import annotations

import io
import json
import re
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from planner.cli import main
from planner.domain.errors import ValidationError
from planner.interchange.visit_format import dump_visit_json, export_visit, import_visit, read_visit_file
from planner.interchange.visit_validation import validate_visit_data
from planner.persistence.db import Database
from planner.persistence.tables import ChangeLog, Group, ItineraryItem, Site
from planner.persistence.uow import UnitOfWork
from planner.queries.to_place import sites_to_place
from planner.services.itinerary import update_item
from planner.services.planning import apply_proposal, propose_plan, set_opening_hours
from planner.services.to_place import (
    add_entry,
    change_entry,
    place_entry,
    remove_entry,
    restore_entry,
    set_entry_groups,
    unplace_entry,
    update_entry,
)
from planner.services.visits import SAMPLE_VISIT


def _ids(db: Database, visit_id: int) -> tuple[list[int], list[int]]:
    with db.sessions() as s:
        # sites of the sample visit (so the exported file carries them whether or not items use them)
        used = set(s.scalars(select(ItineraryItem.site_id).where(ItineraryItem.visit_id == visit_id)))
        sites = [i for i in s.scalars(select(Site.id).order_by(Site.id)) if i in used]
        groups = list(s.scalars(select(Group.id).where(Group.visit_id == visit_id).order_by(Group.id)))
    return sites, groups


def _rows(db: Database, visit_id: int) -> list:
    with UnitOfWork(db.sessions) as uow:
        return sites_to_place(uow, visit_id)


def test_entries_are_added_changed_removed_and_restored_with_the_change_log(
    sample_db: tuple[Database, int],
) -> None:
    db, visit_id = sample_db
    sites, groups = _ids(db, visit_id)
    first = add_entry(UnitOfWork(db.sessions), visit_id, {"site_id": sites[0]})
    second = add_entry(
        UnitOfWork(db.sessions),
        visit_id,
        {"site_id": sites[1], "duration_min": 30, "required": True, "title": "Краткий осмотр"},
        [groups[0]],
    )
    rows = _rows(db, visit_id)
    assert [r.id for r in rows] == [first.id, second.id]
    with db.sessions() as s:
        usual = s.get(Site, sites[0]).usual_duration_min
    assert rows[0].duration_min == usual and not rows[0].required  # the site's usual length, optional
    assert rows[1].label == "Краткий осмотр" and rows[1].group_ids == (groups[0],)
    changed = update_entry(UnitOfWork(db.sessions), first.id, {"priority": 2, "duration_min": 50})
    assert changed.old == {"priority": 0, "duration_min": usual}
    assert set_entry_groups(UnitOfWork(db.sessions), first.id, groups).old == []
    with pytest.raises(ValidationError, match="positive number of minutes"):
        update_entry(UnitOfWork(db.sessions), first.id, {"duration_min": 0})
    with pytest.raises(ValidationError, match="unknown site"):
        add_entry(UnitOfWork(db.sessions), visit_id, {"site_id": 99999})
    gone = remove_entry(UnitOfWork(db.sessions), first.id)
    assert [r.id for r in _rows(db, visit_id)] == [second.id]
    restore_entry(UnitOfWork(db.sessions), gone)
    back = _rows(db, visit_id)
    assert [r.id for r in back] == [first.id, second.id]
    assert back[0].priority == 2 and sorted(back[0].group_ids) == sorted(groups)
    with db.sessions() as s:
        log = s.execute(
            select(ChangeLog.action, ChangeLog.field).where(
                ChangeLog.table_name == "sites_to_place", ChangeLog.record_id == first.id
            )
        ).all()
    assert ("insert", "") in log and ("delete", "") in log and ("update", "priority") in log


def test_an_entry_is_changed_with_its_groups_in_one_step_and_the_same_call_undoes_it(
    sample_db: tuple[Database, int],
) -> None:
    db, visit_id = sample_db
    sites, groups = _ids(db, visit_id)
    entry = add_entry(
        UnitOfWork(db.sessions), visit_id, {"site_id": sites[0], "duration_min": 40, "required": True}
    )
    before = _rows(db, visit_id)
    changed = change_entry(
        UnitOfWork(db.sessions),
        entry.id,
        {"duration_min": 70, "required": False, "priority": 4, "group_ids": [groups[1], groups[0]]},
        entry.version,
    )
    assert changed.old == {"duration_min": 40, "required": True, "priority": 0, "group_ids": []}
    assert changed.new == {
        "duration_min": 70,
        "required": False,
        "priority": 4,
        "group_ids": sorted(groups[:2]),
    }
    (row,) = _rows(db, visit_id)
    assert (row.duration_min, row.required, row.priority) == (70, False, 4)
    assert sorted(row.group_ids) == sorted(groups[:2])
    assert changed.version == row.version > entry.version
    with db.sessions() as s:
        fields = set(
            s.scalars(
                select(ChangeLog.field).where(
                    ChangeLog.table_name == "sites_to_place",
                    ChangeLog.record_id == entry.id,
                    ChangeLog.action == "update",
                )
            )
        )
    assert {"duration_min", "required", "priority"} <= fields and len(fields) == 4  # and the groups
    # a stale copy is refused; nothing is changed
    with pytest.raises(Exception, match="changed by someone else"):
        change_entry(UnitOfWork(db.sessions), entry.id, {"duration_min": 20}, entry.version)
    with pytest.raises(ValidationError):
        change_entry(UnitOfWork(db.sessions), entry.id, {"group_ids": [999999]}, row.version)
    assert _rows(db, visit_id) == [row]
    # only the groups: the version still goes up, so undo checks the version it left
    groups_only = change_entry(UnitOfWork(db.sessions), entry.id, {"group_ids": [groups[0]]}, row.version)
    assert groups_only.old == {"group_ids": sorted(groups[:2])} and groups_only.version > row.version
    back = change_entry(UnitOfWork(db.sessions), entry.id, groups_only.old, groups_only.version)
    change_entry(UnitOfWork(db.sessions), entry.id, changed.old, back.version)
    (again,) = _rows(db, visit_id)
    assert (again.duration_min, again.required, again.priority, again.group_ids) == (
        before[0].duration_min,
        before[0].required,
        before[0].priority,
        before[0].group_ids,
    )


def test_placing_an_entry_makes_a_site_visit_and_taking_it_back_restores_the_entry(
    sample_db: tuple[Database, int],
) -> None:
    db, visit_id = sample_db
    sites, groups = _ids(db, visit_id)
    entry = add_entry(
        UnitOfWork(db.sessions), visit_id, {"site_id": sites[2], "duration_min": 35}, [groups[1]]
    )
    with db.sessions() as s:
        start = s.scalars(select(ItineraryItem.starts_at).where(ItineraryItem.visit_id == visit_id)).first()
    placed = place_entry(UnitOfWork(db.sessions), entry.id, start)
    assert _rows(db, visit_id) == []
    with db.sessions() as s:
        item = s.get(ItineraryItem, placed.item_id)
        assert item.kind == "site_visit" and item.site_id == sites[2]
        assert (item.ends_at - item.starts_at).total_seconds() == 35 * 60
        assert [g.id for g in item.groups] == [groups[1]]
    unplace_entry(UnitOfWork(db.sessions), placed)
    with db.sessions() as s:
        assert s.get(ItineraryItem, placed.item_id) is None
    rows = _rows(db, visit_id)
    assert [(r.id, r.duration_min, r.group_ids) for r in rows] == [(entry.id, 35, (groups[1],))]


def test_the_list_round_trips_through_the_visit_file_and_older_files_import_unchanged(
    sample_db: tuple[Database, int],
) -> None:
    db, visit_id = sample_db
    sites, groups = _ids(db, visit_id)
    add_entry(UnitOfWork(db.sessions), visit_id, {"site_id": sites[3], "priority": 1})
    add_entry(
        UnitOfWork(db.sessions),
        visit_id,
        {"site_id": sites[4], "required": True, "duration_min": 25, "notes": "по согласованию"},
        groups,
    )
    with UnitOfWork(db.sessions) as uow:
        data = export_visit(uow, visit_id)
    assert [e["priority"] for e in data["to_place"]] == [1, 0]
    assert data["to_place"][1]["groups"] == sorted(data["to_place"][1]["groups"]) and len(groups) == 2
    validate_visit_data(data)
    with UnitOfWork(db.sessions) as uow:
        copy = import_visit(uow, json.loads(dump_visit_json(data)))
        uow.commit()
    with UnitOfWork(db.sessions) as uow:
        again = export_visit(uow, copy)
    assert dump_visit_json(again) == dump_visit_json(data)
    rows = _rows(db, copy)
    assert [(r.required, r.duration_min, r.notes, len(r.groups)) for r in rows] == [
        (False, rows[0].duration_min, "", 0),
        (True, 25, "по согласованию", 2),
    ]
    # the sample file has no list: it imports unchanged and exports without the key
    older = read_visit_file(SAMPLE_VISIT)
    assert "to_place" not in older
    with UnitOfWork(db.sessions) as uow:
        plain = import_visit(uow, older)
        uow.commit()
    with UnitOfWork(db.sessions) as uow:
        exported = export_visit(uow, plain)
    assert "to_place" not in exported and _rows(db, plain) == []
    assert len(exported["itinerary"]) == len(older["itinerary"])


def test_a_file_naming_an_unknown_site_or_group_in_its_list_is_refused() -> None:
    data = read_visit_file(SAMPLE_VISIT)
    data["to_place"] = [{"site": "S999", "groups": ["G77"]}]
    with pytest.raises(ValidationError) as caught:
        validate_visit_data(data)
    text = str(caught.value)
    assert "$.to_place[0].site" in text and "$.to_place[0].groups[0]" in text


def test_show_lists_the_sites_to_place(tmp_path: Path) -> None:
    dbfile = str(tmp_path / "cli.db")
    out = io.StringIO()
    main(["--db", dbfile, "load-sample"], out=out)
    visit_id = int(out.getvalue())
    from planner.persistence.db import open_database

    db = open_database(dbfile)
    try:
        sites, groups = _ids(db, visit_id)
        add_entry(UnitOfWork(db.sessions), visit_id, {"site_id": sites[0], "duration_min": 40}, [groups[0]])
        with db.sessions() as s:
            site_name = s.get(Site, sites[0]).name
            group_name = s.get(Group, groups[0]).name
    finally:
        db.dispose()
    out = io.StringIO()
    assert main(["--db", dbfile, "show", str(visit_id)], out=out) == 0
    text = out.getvalue()
    tail = text.split("To place (no time yet)\n", 1)[1]
    assert tail == f"    40 min  {site_name}  [optional, priority 0]  ({group_name})\n"
    out = io.StringIO()
    main(["--db", dbfile, "show", str(visit_id), "--json"], out=out)
    assert [e["duration_min"] for e in json.loads(out.getvalue())["to_place"]] == [40]


def _items(db: Database, visit_id: int) -> dict[int, tuple]:
    with db.sessions() as s:
        rows = s.execute(
            select(
                ItineraryItem.id, ItineraryItem.site_id, ItineraryItem.starts_at, ItineraryItem.ends_at
            ).where(ItineraryItem.visit_id == visit_id)
        ).all()
    return {r[0]: tuple(r[1:]) for r in rows}


def test_plan_places_sites_from_the_list_and_undo_puts_them_back(sample_db: tuple[Database, int]) -> None:
    db, visit_id = sample_db
    sites, _ = _ids(db, visit_id)
    entry = add_entry(
        UnitOfWork(db.sessions), visit_id, {"site_id": sites[5], "duration_min": 20, "priority": 1}
    )
    before = _items(db, visit_id)
    proposal = propose_plan(UnitOfWork(db.sessions), visit_id, time_limit_s=0.5)
    assert [p.entry_id for p in proposal.placed] == [entry.id] and proposal.placed[0].why
    assert proposal.errors_after == []
    applied = apply_proposal(UnitOfWork(db.sessions), proposal)
    after = _items(db, visit_id)
    # on the visit's 5-minute grid the plan may leave an optional site out: it goes to the list
    assert applied.placed and set(after) == (set(before) - set(applied.dropped)) | set(applied.placed)
    new = after[applied.placed[0]]
    assert new[0] == sites[5] and (new[2] - new[1]).total_seconds() == 20 * 60
    assert sorted(r.id for r in _rows(db, visit_id)) == sorted(applied.returned)
    assert len(applied.returned) == len(applied.dropped)
    apply_proposal(UnitOfWork(db.sessions), applied.inverse)
    assert _items(db, visit_id) == before
    assert [r.id for r in _rows(db, visit_id)] == [entry.id]


def test_apply_never_deletes_a_site_visit_it_cannot_place_goes_back_to_the_list(
    sample_db: tuple[Database, int],
) -> None:
    db, visit_id = sample_db
    with db.sessions() as s:
        item = s.scalars(
            select(ItineraryItem).where(
                ItineraryItem.visit_id == visit_id,
                ItineraryItem.kind == "site_visit",
                ItineraryItem.pinned.is_(False),
                ItineraryItem.site_id.is_not(None),
            )
        ).first()
        item_id, site_id, title = item.id, item.site_id, item.title
        minutes = int((item.ends_at - item.starts_at).total_seconds() // 60)
        group_ids = sorted(g.id for g in item.groups)
    update_item(UnitOfWork(db.sessions), item_id, {"required": False, "priority": 3})
    # open on Saturdays only: the Thursday-Friday visit has no time for it
    set_opening_hours(UnitOfWork(db.sessions), site_id, "Sa 10:00-12:00")
    before = _items(db, visit_id)
    proposal = propose_plan(UnitOfWork(db.sessions), visit_id, time_limit_s=0.3)
    assert [d.item_id for d in proposal.dropped] == [item_id]
    applied = apply_proposal(UnitOfWork(db.sessions), proposal)
    assert item_id not in _items(db, visit_id) and len(applied.returned) == 1
    back = _rows(db, visit_id)
    assert [(r.site_id, r.duration_min, r.required, r.priority, sorted(r.group_ids)) for r in back] == [
        (site_id, minutes, False, 3, group_ids)
    ]
    assert back[0].label == title
    apply_proposal(UnitOfWork(db.sessions), applied.inverse)
    assert _items(db, visit_id) == before and _rows(db, visit_id) == []


def test_without_allowing_day_moves_no_item_of_the_sample_changes_day(
    sample_db: tuple[Database, int],
) -> None:
    db, visit_id = sample_db
    proposal = propose_plan(UnitOfWork(db.sessions), visit_id, time_limit_s=0.5, language="ru")
    tz = ZoneInfo("Asia/Atyrau")
    assert proposal.moves
    assert all(m.old_start.astimezone(tz).date() == m.new_start.astimezone(tz).date() for m in proposal.moves)
    assert not any(m.day_changed for m in proposal.moves)
    assert all(m.why and re.search("[а-я]", m.why) for m in proposal.moves)


def test_plan_prints_the_reason_of_every_move_and_flags_moves_between_days(tmp_path: Path) -> None:
    dbfile = str(tmp_path / "cli.db")
    out = io.StringIO()
    main(["--db", dbfile, "load-sample"], out=out)
    visit_id = out.getvalue().strip()
    out = io.StringIO()
    assert main(["--db", dbfile, "plan", visit_id, "--seconds", "0.5", "--lang", "ru"], out=out) == 0
    lines = out.getvalue().splitlines()
    moves = [n for n, line in enumerate(lines) if line.startswith("  move ")]
    assert moves and all(lines[n + 1].startswith("        why: ") for n in moves)
    assert "[ANOTHER DAY]" not in out.getvalue()
    out = io.StringIO()
    code = main(["--db", dbfile, "plan", visit_id, "--seconds", "1", "--allow-day-moves", "--json"], out=out)
    data = json.loads(out.getvalue())
    tz = ZoneInfo("Asia/Atyrau")
    for move in data["moves"]:
        other_day = datetime.fromisoformat(move["old_start"]).astimezone(tz).date() != (
            datetime.fromisoformat(move["new_start"]).astimezone(tz).date()
        )
        assert move["day_changed"] == other_day
        assert ("moved to another day" in move["why"]) == other_day
    assert code == 0


def test_a_site_on_a_list_cannot_be_deleted(sample_db: tuple[Database, int]) -> None:
    from planner.services.sites import add_site, delete_site

    db, visit_id = sample_db
    site = add_site(UnitOfWork(db.sessions), {"name": "Музей под открытым небом"})
    add_entry(UnitOfWork(db.sessions), visit_id, {"site_id": site.id})
    with pytest.raises(ValidationError, match="list"):
        delete_site(UnitOfWork(db.sessions), site.id)
