"""Namesakes: two people of one visit with the same full name, told apart by their id (or file key).

The database keeps both (migration 0006), the list import keeps both with a warning naming their rows,
the visit file carries both, and every printed document shows what tells them apart beside the name.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from planner.cli import main as cli_main
from planner.documents.settings import DocumentSettings
from planner.domain.errors import ValidationError
from planner.interchange.visit_format import export_visit
from planner.persistence.db import Database
from planner.persistence.tables import ItineraryItem, Participant, item_attendees
from planner.persistence.uow import UnitOfWork
from planner.services import participants, printing
from planner.services.data_exchange import export_list, import_participants
from tests.integration.test_documents_support import load, page_texts, sample_file, squash
from tests.integration.test_import_tabular import write_csv, write_xlsx
from tests.support.synthetic import synthetic_visit

RU = DocumentSettings(language="ru")
BABUSHKIN = "Бабушкин Игорь Юрьевич"
UTEPOVA = "Утепова Гульнара Калиевна"


def _people(db: Database, visit_id: int) -> list[Participant]:
    with UnitOfWork(db.sessions) as uow:
        found = uow.session.scalars(
            select(Participant).where(Participant.visit_id == visit_id).order_by(Participant.id)
        ).all()
        uow.session.expunge_all()
    return list(found)


def _visit(db: Database, participants: int = 2) -> int:
    return load(UnitOfWork(db.sessions), synthetic_visit(sites=1, participants=participants, items=1))


# ------------------------------------------------------------------------------------------ the database


def test_migration_0006_keeps_every_row_and_lets_namesakes_in(sample_db: tuple[Database, int]) -> None:
    from alembic import command

    from planner.persistence.db import _alembic_config, current_revision, head_revision

    db, visit_id = sample_db
    counts = text(
        "SELECT (SELECT count(*) FROM participants), (SELECT count(*) FROM item_attendees),"
        " (SELECT count(*) FROM group_members), (SELECT count(*) FROM seatings),"
        " (SELECT group_concat(full_name, '|') FROM (SELECT full_name FROM participants ORDER BY id))"
    )
    with db.engine.connect() as conn:
        before = conn.execute(counts).one()
    config = _alembic_config(db.engine)
    command.downgrade(config, "0005")
    with db.engine.connect() as conn:
        assert conn.execute(counts).one() == before
    # at 0005 a second person of one name is refused by the database itself
    with pytest.raises(Exception, match="UNIQUE"), db.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO participants (visit_id, side, full_name, name_i18n, title, title_i18n,"
                " organisation, role, protocol_rank, languages, email, phone, dietary_needs,"
                " access_needs, notes) SELECT visit_id, 'host', full_name, '{}', '', '{}', '', '', 50,"
                " '[]', '', '', '', '', '' FROM participants WHERE id = (SELECT min(id) FROM participants)"
            )
        )
    command.upgrade(config, "head")  # 0006, and the later ones the tables of this program need
    assert current_revision(db.engine) == head_revision()
    with db.engine.connect() as conn:
        assert conn.execute(counts).one() == before
        versions = conn.execute(text("SELECT count(*) FROM participants WHERE version >= 1")).scalar()
        assert versions == before[0]

    twin = participants.add_participant(
        UnitOfWork(db.sessions),
        visit_id,
        {"full_name": BABUSHKIN, "side": "host", "title": "Аким Атырауской области"},
    )
    assert [p.id for p in _people(db, visit_id) if p.full_name == BABUSHKIN][-1] == twin.id

    # back to 0005 only once no two people share a name: it says who, and changes nothing
    with pytest.raises(RuntimeError, match=f"two participants named '{BABUSHKIN}'"):
        command.downgrade(config, "0005")
    assert current_revision(db.engine) == "0006"  # the later steps went down; 0006 refused
    command.upgrade(config, "head")
    participants.delete_participant(UnitOfWork(db.sessions), twin.id)
    command.downgrade(config, "0005")
    with db.engine.connect() as conn:
        assert conn.execute(counts).one() == before
    command.upgrade(config, "head")


def test_the_participant_service_adds_and_renames_to_a_namesake(uow: UnitOfWork, db: Database) -> None:
    visit_id = _visit(db)
    first = participants.add_participant(uow, visit_id, {"full_name": "Anna", "side": "host"})
    second = participants.add_participant(uow, visit_id, {"full_name": "Anna ", "side": "guest"})
    other = participants.add_participant(uow, visit_id, {"full_name": "Berik", "side": "guest"})
    participants.update_participant(uow, other.id, {"full_name": "Anna"})
    people = [p for p in _people(db, visit_id) if p.full_name == "Anna"]
    assert [p.id for p in people] == [first.id, second.id, other.id]
    assert [p.side for p in people] == ["host", "guest", "guest"]


# ------------------------------------------------------------------------------------------ list import

HEADER = ["ФИО", "Должность", "Сторона", "Ранг"]


def test_two_rows_with_one_name_import_as_two_people_with_a_warning_naming_both_rows(
    db: Database, tmp_path: Path
) -> None:
    visit_id = _visit(db)
    path = write_csv(
        tmp_path / "people.csv",
        [
            HEADER,
            [BABUSHKIN, "Губернатор", "гость", "1"],
            ["Шапкенов Серик", "Аким", "принимающая", "1"],
            [BABUSHKIN.upper(), "Аким района", "принимающая", "2"],
        ],
    )
    preview = import_participants(UnitOfWork(db.sessions), visit_id, path, dry_run=True)
    assert (preview.imported, preview.matched, preview.rejected) == (3, 0, 0)
    [warning] = preview.warnings
    assert "rows 2 and 4" in warning.where and "rows 2 and 4" in warning.reason
    assert BABUSHKIN in warning.reason and "namesakes" in warning.reason
    assert [bool(r.warnings) for r in preview.rows] == [True, False, True]

    report = import_participants(UnitOfWork(db.sessions), visit_id, path)
    assert report.written and report.warnings == preview.warnings
    namesakes = [p for p in _people(db, visit_id) if p.full_name.casefold() == BABUSHKIN.casefold()]
    assert sorted((p.side, p.title) for p in namesakes) == [("guest", "Губернатор"), ("host", "Аким района")]


def test_a_name_that_could_mean_two_people_is_refused_and_an_id_says_which(
    db: Database, tmp_path: Path
) -> None:
    visit_id = _visit(db)
    first = participants.add_participant(
        UnitOfWork(db.sessions), visit_id, {"full_name": "Anna", "side": "host"}
    )
    second = participants.add_participant(
        UnitOfWork(db.sessions), visit_id, {"full_name": "Anna", "side": "guest", "title": "Adviser"}
    )
    by_name = write_csv(tmp_path / "by-name.csv", [HEADER, ["Anna", "Minister", "", ""]])
    report = import_participants(UnitOfWork(db.sessions), visit_id, by_name)
    assert not report.written and report.rejected == 1
    [problem] = report.problems
    assert problem.where == "row 2, column 'ФИО'"
    assert f"id {first.id} (" in problem.reason and f"id {second.id} (Adviser)" in problem.reason
    assert "add an id column" in problem.reason
    assert [p.title for p in _people(db, visit_id) if p.full_name == "Anna"] == ["", "Adviser"]

    by_id = write_xlsx(
        tmp_path / "by-id.xlsx",
        [["id", *HEADER], [second.id, "Anna", "Minister", "", ""], [None, "Anna", "Guide", "host", 9]],
    )
    report = import_participants(UnitOfWork(db.sessions), visit_id, by_id)
    assert (report.imported, report.matched, report.rejected) == (1, 1, 0)
    assert report.rows[0].record_id == second.id
    # the row without an id is a third Anna: added, and the warning names the two already there
    assert any(f"id {first.id}" in w.reason and "adds another person" in w.reason for w in report.warnings)
    annas = {p.id: p.title for p in _people(db, visit_id) if p.full_name == "Anna"}
    assert annas[first.id] == "" and annas[second.id] == "Minister" and sorted(annas.values())[1] == "Guide"

    unknown = write_csv(tmp_path / "unknown.csv", [["id", *HEADER], ["99999", "Anna", "", "", ""]])
    [problem] = import_participants(UnitOfWork(db.sessions), visit_id, unknown).problems
    assert problem.where == "row 2, column 'id'" and "no participant with id 99999" in problem.reason


def test_one_person_in_the_visit_and_two_rows_of_that_name_is_refused_not_merged(
    db: Database, tmp_path: Path
) -> None:
    visit_id = _visit(db)
    participants.add_participant(UnitOfWork(db.sessions), visit_id, {"full_name": "Anna", "side": "host"})
    path = write_csv(tmp_path / "two.csv", [HEADER, ["Anna", "A", "", ""], ["Anna", "B", "", ""]])
    report = import_participants(UnitOfWork(db.sessions), visit_id, path)
    assert not report.written and report.rejected == 2
    assert all("rows 2 and 3 all name 'Anna'" in p.reason for p in report.problems)
    assert [p.title for p in _people(db, visit_id) if p.full_name == "Anna"] == [""]


def test_an_exported_list_with_namesakes_imports_back_onto_the_same_people(
    db: Database, tmp_path: Path
) -> None:
    visit_id = _visit(db, participants=3)
    for title in ("Governor", "Akim"):
        participants.add_participant(
            UnitOfWork(db.sessions), visit_id, {"full_name": BABUSHKIN, "side": "guest", "title": title}
        )
    before = {p.id: p.title for p in _people(db, visit_id)}
    for suffix in (".csv", ".xlsx"):
        path = tmp_path / f"people{suffix}"
        export_list(UnitOfWork(db.sessions), "participants", visit_id, path)
        report = import_participants(UnitOfWork(db.sessions), visit_id, path)
        assert (report.imported, report.matched, report.rejected) == (0, len(before), 0), report.problems
        assert {r.record_id for r in report.rows} == set(before)
        assert {p.id: p.title for p in _people(db, visit_id)} == before


def test_the_cli_prints_the_namesake_warning(sqlite_db: Database, tmp_path: Path, capsys) -> None:
    visit_id = _visit(sqlite_db)
    path = write_csv(tmp_path / "p.csv", [HEADER, ["Anna", "", "", ""], ["Anna", "", "", ""]])
    code = cli_main(["--db", str(sqlite_db.path), "import-participants", str(visit_id), str(path)])
    out = capsys.readouterr().out
    assert code == 0
    assert "warning: rows 2 and 3, column 'ФИО': rows 2 and 3 have the same name 'Anna'" in out
    assert (
        cli_main(["--db", str(sqlite_db.path), "import-participants", str(visit_id), str(path), "--json"])
        == 2
    )
    assert "could be any of 2 people" in json.loads(capsys.readouterr().out)["problems"][0]["reason"]


# ------------------------------------------------------------------------------------------ visit file


def _namesake_sample() -> dict[str, Any]:
    """The sample visit where the host akim has the guest governor's name, and two directors share one."""
    data = sample_file()
    people = {p["key"]: p for p in data["participants"]}
    people["P23"]["full_name"] = BABUSHKIN  # the akim (host head), namesake of the governor
    people["P14"]["full_name"] = UTEPOVA  # both "Генеральный директор", of two companies
    return data


def test_a_visit_with_namesakes_round_trips_through_the_visit_file(db: Database) -> None:
    data = _namesake_sample()
    visit_id = load(UnitOfWork(db.sessions), copy.deepcopy(data))
    with UnitOfWork(db.sessions) as uow:
        exported = export_visit(uow, visit_id)
    again = load(UnitOfWork(db.sessions), json.loads(json.dumps(exported)))
    with UnitOfWork(db.sessions) as uow:
        exported_again = export_visit(uow, again)
    assert exported_again["participants"] == exported["participants"]
    assert exported_again["itinerary"] == exported["itinerary"]
    assert exported_again["vehicles"] == exported["vehicles"]
    governors = [p for p in exported["participants"] if p["full_name"] == BABUSHKIN]
    assert sorted(p["side"] for p in governors) == ["guest", "host"]
    # each namesake keeps their own items: the akim's attendances are not the governor's
    with UnitOfWork(db.sessions) as uow:
        rows = uow.session.execute(
            select(Participant.side, func.count())
            .join(item_attendees, item_attendees.c.participant_id == Participant.id)
            .join(ItineraryItem, ItineraryItem.id == item_attendees.c.item_id)
            .where(Participant.visit_id == again, Participant.full_name == BABUSHKIN)
            .group_by(Participant.side)
        ).all()
    original = {
        side: sum(key in i.get("attendees", []) for i in data["itinerary"])
        for side, key in (("guest", "P01"), ("host", "P23"))
    }
    assert dict(rows) == {k: v for k, v in original.items() if v}


def test_a_file_naming_people_by_full_name_still_imports_and_a_shared_name_is_refused(db: Database) -> None:
    data = synthetic_visit(sites=2, participants=4, items=3, groups=1)
    people = data["participants"]
    by_name = copy.deepcopy(data)
    for item in by_name["itinerary"]:
        item["attendees"] = [people[0]["full_name"], people[1]["key"]]
    by_name["groups"][0]["members"] = [people[2]["full_name"]]
    visit_id = load(UnitOfWork(db.sessions), copy.deepcopy(by_name))
    with UnitOfWork(db.sessions) as uow:
        exported = export_visit(uow, visit_id)
    key_of = {p["full_name"]: p["key"] for p in exported["participants"]}
    assert {tuple(i["attendees"]) for i in exported["itinerary"]} == {
        tuple(sorted([key_of[people[0]["full_name"]], key_of[people[1]["full_name"]]]))
    }
    assert exported["groups"][0]["members"] == [key_of[people[2]["full_name"]]]

    ambiguous = copy.deepcopy(by_name)
    ambiguous["participants"][3]["full_name"] = people[0]["full_name"]
    ambiguous["participants"][3]["title"] = "Двойник"
    with pytest.raises(ValidationError) as error:
        load(UnitOfWork(db.sessions), ambiguous)
    problem = error.value.problems[0]
    assert [p.where for p in error.value.problems].count(problem.where) == 1
    assert problem.where == "$.itinerary[0].attendees[0]"
    assert "$.participants[0]" in problem.reason and "$.participants[3]" in problem.reason
    assert "Двойник" in problem.reason and "write the key" in problem.reason


# ------------------------------------------------------------------------------------------ documents


def _printed(db: Database, visit_id: int, build: Any, *args: Any) -> str:
    return squash("".join(page_texts(build(UnitOfWork(db.sessions), visit_id, *args))))


def test_documents_print_namesakes_with_what_tells_them_apart(db: Database) -> None:
    visit_id = load(UnitOfWork(db.sessions), _namesake_sample())
    governor = f"{BABUSHKIN} (Губернатор Астраханской области)"
    akim = f"{BABUSHKIN} (Аким Атырауской области)"
    # same position, told apart by the company
    directors = [f"{UTEPOVA} (ООО «Бахча-Агро»)", f"{UTEPOVA} (АО «Волга-Композит»)"]

    listed = _printed(db, visit_id, printing.delegation_list_pdf, RU)
    # the list's own columns tell namesakes apart: each name is followed by its position, or its company
    for name in (governor, akim, *directors):
        assert squash(name) not in listed, name
    for position in ("Губернатор Астраханской области", "Аким Атырауской области"):
        assert squash(f"{BABUSHKIN}{position}") in listed, position
    for company in ("ООО «Бахча-Агро»", "АО «Волга-Композит»"):
        assert squash(f"{UTEPOVA}Генеральный директор{company}") in listed, company
    assert squash("Морозов Андрей Викторович (") not in listed  # everyone else as before

    programme = _printed(db, visit_id, printing.programme_pdf, RU)
    # the cover's heads of the two sides: the position after the name tells them apart
    assert squash(f"{BABUSHKIN}, Губернатор Астраханской области") in programme
    assert squash(f"{BABUSHKIN}, Аким Атырауской области") in programme

    transport = _printed(db, visit_id, printing.transport_pdf, RU)
    assert squash(governor) in transport and squash(akim) in transport

    with UnitOfWork(db.sessions) as uow:
        akim_id = uow.session.scalar(
            select(Participant.id).where(
                Participant.visit_id == visit_id,
                Participant.full_name == BABUSHKIN,
                Participant.side == "host",
            )
        )
    itinerary = printing.itinerary_pdf(UnitOfWork(db.sessions), visit_id, RU, participant_ids=[akim_id])
    # the heading: the name, then the position line that tells the akim from the governor
    assert squash(f"{BABUSHKIN}Должность Аким Атырауской области") in squash(page_texts(itinerary)[0])


def test_a_namesakes_position_prints_once_where_it_prints_beside_the_name_anyway(db: Database) -> None:
    """The cover's "name, position", the delegation list's columns and the itinerary's position line
    already say what tells namesakes apart: the name carries no bracket there, and reads once."""
    visit_id = load(UnitOfWork(db.sessions), _namesake_sample())
    governor, akim = "Губернатор Астраханской области", "Аким Атырауской области"

    programme = _printed(db, visit_id, printing.programme_pdf, RU)
    assert squash(f"{BABUSHKIN}, {governor}") in programme
    assert squash(f"{BABUSHKIN}, {akim}") in programme
    assert squash(f"{BABUSHKIN} ({governor}), {governor}") not in programme
    assert squash(f"{BABUSHKIN} ({akim}), {akim}") not in programme

    listed = _printed(db, visit_id, printing.delegation_list_pdf, RU)
    assert squash(f"{BABUSHKIN} ({governor})") not in listed
    assert squash(f"{UTEPOVA} (ООО «Бахча-Агро»)") not in listed
    assert listed.count(squash(BABUSHKIN)) == 2 and listed.count(squash(governor)) == 1

    with UnitOfWork(db.sessions) as uow:
        akim_id = uow.session.scalar(
            select(Participant.id).where(
                Participant.visit_id == visit_id,
                Participant.full_name == BABUSHKIN,
                Participant.side == "host",
            )
        )
    itinerary = printing.itinerary_pdf(UnitOfWork(db.sessions), visit_id, RU, participant_ids=[akim_id])
    first_page = squash(page_texts(itinerary)[0])
    assert squash(f"Личная программа{BABUSHKIN}Должность{akim}") in first_page
    assert squash(f"{BABUSHKIN} ({akim})") not in first_page
