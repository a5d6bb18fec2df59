"""The visit file: round trip, validation of bad input, and an untouched database on any error."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from planner.domain.errors import ValidationError
from planner.interchange.visit_format import dump_visit_json, export_visit, import_visit, read_visit_file
from planner.interchange.visit_validation import schema_problems, validate_visit_data
from planner.persistence.db import Database, open_database
from planner.persistence.tables import Delegation, ItineraryItem, Participant, Site, Visit
from planner.persistence.uow import UnitOfWork
from planner.services.visits import SAMPLE_VISIT, import_data
from tests.support.synthetic import synthetic_visit


def counts(db: Database) -> dict[str, int]:
    with UnitOfWork(db.sessions) as uow:
        return {
            m.__tablename__: uow.session.scalar(select(func.count()).select_from(m)) or 0
            for m in (Delegation, Visit, Participant, Site, ItineraryItem)
        }


def hostile_visit() -> dict[str, Any]:
    """A small visit with names that break naive code: markup characters, quotes and Kazakh letters."""
    data = synthetic_visit(sites=3, participants=4, items=6)
    data["participants"][0]["full_name"] = 'Tom & "Jerry" <Ltd>'
    data["participants"][1]["full_name"] = "Әсел Құрманғалиева"
    data["sites"][0]["name"] = "ТОО «Атырау Ғылым Һ-Ү» & <Co>"
    data["itinerary"][0]["title_i18n"] = {"kk": "Өндіріс орнына бару", "en": "Visit to the plant"}
    return data


def test_round_trip_of_the_sample_is_byte_identical(db: Database, tmp_path: Path) -> None:
    first_id = import_data(UnitOfWork(db.sessions), read_visit_file(SAMPLE_VISIT)).id
    with UnitOfWork(db.sessions) as uow:
        first = dump_visit_json(export_visit(uow, first_id))
    other = open_database(tmp_path / "other.db")
    try:
        second_id = import_data(UnitOfWork(other.sessions), json.loads(first)).id
        with UnitOfWork(other.sessions) as uow:
            second = dump_visit_json(export_visit(uow, second_id))
    finally:
        other.dispose()
    assert second == first


def test_round_trip_in_the_same_database_keeps_names_exactly(db: Database) -> None:
    visit_id = import_data(UnitOfWork(db.sessions), hostile_visit()).id
    with UnitOfWork(db.sessions) as uow:
        first = export_visit(uow, visit_id)
    again = import_data(UnitOfWork(db.sessions), copy.deepcopy(first)).id
    with UnitOfWork(db.sessions) as uow:
        second = export_visit(uow, again)
    assert dump_visit_json(second) == dump_visit_json(first)
    names = [p["full_name"] for p in second["participants"]]
    assert 'Tom & "Jerry" <Ltd>' in names and "Әсел Құрманғалиева" in names
    # the same site is matched by name and address instead of being duplicated
    assert counts(db)["sites"] == 3


def test_sample_passes_its_own_schema_and_rules() -> None:
    data = json.loads(SAMPLE_VISIT.read_text(encoding="utf-8"))
    assert schema_problems(data) == []
    validate_visit_data(data)


def test_instants_are_exported_in_the_host_zone(db: Database) -> None:
    visit_id = import_data(UnitOfWork(db.sessions), synthetic_visit()).id
    with UnitOfWork(db.sessions) as uow:
        data = export_visit(uow, visit_id)
    assert data["itinerary"][0]["starts_at"] == "2023-05-11T06:00:00+05:00"


def expect_problem(db: Database, data: Any, where: str, words: str) -> None:
    before = counts(db)
    with pytest.raises(ValidationError) as caught:
        import_data(UnitOfWork(db.sessions), data)
    found = [(p.where, p.reason) for p in caught.value.problems]
    assert any(w == where and words in r for w, r in found), found
    assert counts(db) == before


def test_missing_required_field(db: Database) -> None:
    data = synthetic_visit()
    del data["itinerary"][2]["title"]
    expect_problem(db, data, "$.itinerary[2]", "missing required field 'title'")


def test_wrong_type(db: Database) -> None:
    data = synthetic_visit()
    data["sites"][1]["usual_duration_min"] = "forty"
    expect_problem(db, data, "$.sites[1].usual_duration_min", "expected integer")


def test_end_before_start(db: Database) -> None:
    data = synthetic_visit()
    item = data["itinerary"][3]
    item["ends_at"], item["starts_at"] = item["starts_at"], item["ends_at"]
    expect_problem(db, data, "$.itinerary[3].ends_at", "before or when it starts")


def test_unknown_site_reference(db: Database) -> None:
    data = synthetic_visit()
    data["itinerary"][1]["site"] = "S999"
    expect_problem(db, data, "$.itinerary[1].site", "unknown site 'S999'")


def test_participants_sharing_a_name_are_two_people(db: Database) -> None:
    data = synthetic_visit()
    data["participants"][3]["full_name"] = data["participants"][0]["full_name"]
    with UnitOfWork(db.sessions) as uow:
        visit_id = import_visit(uow, data)
        uow.commit()
    with UnitOfWork(db.sessions) as uow:
        names = uow.session.scalars(
            select(Participant.full_name).where(Participant.visit_id == visit_id)
        ).all()
    assert names.count(data["participants"][0]["full_name"]) == 2
    assert len(names) == len(data["participants"])


def test_unknown_time_zone(db: Database) -> None:
    data = synthetic_visit()
    data["visit"]["host_timezone"] = "Asia/Atlantis"
    expect_problem(db, data, "$.visit.host_timezone", "unknown time zone")


def test_every_problem_is_reported_at_once(db: Database) -> None:
    data = synthetic_visit()
    data["itinerary"][1]["site"] = "S999"
    data["visit"]["host_timezone"] = "Asia/Atlantis"
    with pytest.raises(ValidationError) as caught:
        import_data(UnitOfWork(db.sessions), data)
    assert {p.where for p in caught.value.problems} >= {"$.itinerary[1].site", "$.visit.host_timezone"}


def test_malformed_json(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"format": "delegation-planner/visit",\n "visit": {', encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        read_visit_file(path)
    assert caught.value.problems[0].where == "$"
    assert "not valid JSON" in caught.value.problems[0].reason and "line 2" in caught.value.problems[0].reason


def test_duplicate_group_name(db: Database) -> None:
    data = synthetic_visit()
    data["groups"][0]["name"] = data["groups"][1]["name"]
    expect_problem(db, data, "$.groups[1].name", "is listed twice")


def test_import_is_all_or_nothing_when_a_late_step_fails(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failure after most rows were already sent to the database leaves nothing behind."""
    from planner.interchange import visit_import

    def fail(self: object, visit_id: int) -> None:
        raise RuntimeError("disk full while writing vehicles")

    monkeypatch.setattr(visit_import._VisitImporter, "_vehicles", fail)
    before = counts(db)
    with pytest.raises(RuntimeError, match="disk full"):
        import_data(UnitOfWork(db.sessions), synthetic_visit())
    assert counts(db) == before


def test_import_visit_uses_the_callers_transaction(db: Database) -> None:
    with UnitOfWork(db.sessions) as uow:
        import_visit(uow, synthetic_visit())
        # no commit: leaving the block rolls back
    assert counts(db)["visits"] == 0
