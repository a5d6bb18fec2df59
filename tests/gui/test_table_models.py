"""Every table model checked by pytest-qt's model tester, on the sample visit's real rows."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, Qt

from planner.persistence.db import Database
from planner.persistence.uow import UnitOfWork
from planner.queries.itinerary import visit_items
from planner.queries.meetings import visit_meetings
from planner.queries.participants import visit_participants
from planner.queries.signed_documents import visit_documents
from planner.queries.sites import list_sites
from planner.queries.vehicles import visit_vehicles
from planner.queries.visits import list_visits
from ui.models.row_table_model import ID_ROLE, ROW_ROLE, SORT_ROLE
from ui.models.table_models import (
    ActionItemTableModel,
    DocumentTableModel,
    ItineraryTableModel,
    MeetingTableModel,
    ParticipantTableModel,
    SiteTableModel,
    VehicleTableModel,
    VisitListModel,
)


def _rows(db: Database, visit_id: int) -> dict[str, list[Any]]:
    with UnitOfWork(db.sessions) as uow:
        meetings = visit_meetings(uow, visit_id)
        return {
            "visits": list_visits(uow),
            "items": visit_items(uow, visit_id),
            "participants": visit_participants(uow, visit_id),
            "sites": list_sites(uow, visit_id),
            "meetings": meetings,
            "actions": [a for m in meetings for o in m.outcomes for a in o.actions],
            "documents": visit_documents(uow, visit_id),
            "vehicles": visit_vehicles(uow, visit_id),
        }


CASES = [
    (VisitListModel, "visits"),
    (ItineraryTableModel, "items"),
    (ParticipantTableModel, "participants"),
    (SiteTableModel, "sites"),
    (MeetingTableModel, "meetings"),
    (ActionItemTableModel, "actions"),
    (DocumentTableModel, "documents"),
    (VehicleTableModel, "vehicles"),
]


@pytest.mark.parametrize(("model_class", "key"), CASES, ids=[c[0].__name__ for c in CASES])
# the C++ QAbstractItemModelTester: the Python one disconnects ~30 signals per model, and PySide6 6.12's
# disconnect() under-counts references to True, which crashes the interpreter after a few models
def test_model_passes_the_model_tester(
    qtmodeltester: Any, sample_db: tuple[Database, int], model_class: type[Any], key: str
) -> None:
    db, visit_id = sample_db
    rows = _rows(db, visit_id)[key]
    assert rows, f"the sample visit has no {key}"
    model = model_class()
    if hasattr(model, "tz"):
        model.tz = ZoneInfo("Asia/Atyrau")
    model.set_rows(rows)
    qtmodeltester.check(model)
    assert model.rowCount() == len(rows)
    assert model.columnCount() == len(model.COLUMNS)
    first = model.index(0, 0)
    assert model.data(first, ROW_ROLE) == rows[0]
    assert model.data(first, ID_ROLE) == rows[0].id
    assert model.data(first, SORT_ROLE) is not None
    assert all(model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount()))
    # a reset with fewer rows is a valid model too
    model.set_rows(rows[:1])
    qtmodeltester.check(model)
    assert model.rowCount() == 1


def test_itinerary_model_marks_conflicts(sample_db: tuple[Database, int]) -> None:
    db, visit_id = sample_db
    rows = _rows(db, visit_id)["items"]
    model = ItineraryTableModel()
    model.tz = ZoneInfo("Asia/Atyrau")
    model.set_rows(rows)
    model.set_conflicts({rows[0].id: ["Igor is in two places"]})
    index = model.index(0, ItineraryTableModel.CONFLICT)
    assert model.data(index) == "1"
    assert model.data(index, Qt.ItemDataRole.ToolTipRole) == "Igor is in two places"
    assert model.data(model.index(1, ItineraryTableModel.CONFLICT)) == ""
    assert model.data(model.index(0, ItineraryTableModel.START)) == rows[0].starts_at.astimezone(
        ZoneInfo("Asia/Atyrau")
    ).strftime("%H:%M")


def test_participant_model_turns_a_drop_and_a_typed_rank_into_new_ranks(
    sample_db: tuple[Database, int],
) -> None:
    db, visit_id = sample_db
    guests = [r for r in _rows(db, visit_id)["participants"] if r.side == "guest"]
    model = ParticipantTableModel()
    model.set_rows(guests)
    asked: list[dict[int, int]] = []
    model.on_reorder = asked.append
    # drag the third guest onto the first row: it becomes rank 1, the former first two shift down
    data = model.mimeData([model.index(2, 0)])
    assert isinstance(data, QMimeData)
    model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert asked[-1][guests[2].id] == 1
    assert asked[-1][guests[0].id] == 2
    assert asked[-1][guests[1].id] == 3
    # type a rank number into the rank column
    assert model.setData(model.index(0, ParticipantTableModel.RANK), "2")
    assert asked[-1] == {guests[1].id: 1, guests[0].id: 2}
    assert not model.setData(model.index(0, ParticipantTableModel.RANK), "not a number")
