"""The day in progress: each item's times in the programme as it was handed out that morning.

The live mode says how far each group runs ahead of or behind that programme; the baseline is the last
programme version made before the day began (the first version when none was, e.g. a programme written
the same morning or a clock set in the past).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select

from planner.persistence.programme_versions import VISIT_WIDE, stored_states
from planner.persistence.tables import ProgrammeVersion
from planner.persistence.uow import UnitOfWork


def baseline_version(uow: UnitOfWork, visit_id: int, day_start: datetime) -> int:
    """The programme version that stood when the day began (0 when the visit has none)."""
    table = ProgrammeVersion.__table__
    conn = uow.connection
    before = conn.execute(
        select(func.max(table.c.version)).where(table.c.visit_id == visit_id, table.c.created_at < day_start)
    ).scalar()
    if before:
        return int(before)
    first = conn.execute(select(func.min(table.c.version)).where(table.c.visit_id == visit_id)).scalar()
    return int(first or 0)


def baseline_times(
    uow: UnitOfWork, visit_id: int, day_start: datetime
) -> dict[int, tuple[datetime, datetime]]:
    """Each item's start and end (aware, UTC) in the programme that stood when the day began.

    Items added since, or deleted by then, are absent."""
    version = baseline_version(uow, visit_id, day_start)
    if not version:
        return {}
    found: dict[int, tuple[datetime, datetime]] = {}
    for item_id, state in stored_states(uow.connection, visit_id, version).items():
        if item_id == VISIT_WIDE or not state:
            continue
        found[item_id] = (datetime.fromisoformat(state["start"]), datetime.fromisoformat(state["end"]))
    return found
