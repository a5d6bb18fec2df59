"""Read query of a visit's group names by id (what a proposal's added items name by id)."""

from __future__ import annotations

from sqlalchemy import select

from planner.persistence.tables import Group
from planner.persistence.uow import UnitOfWork


def group_names(uow: UnitOfWork, visit_id: int) -> dict[int, str]:
    """Each group of the visit: its id and name (the open unit of work reads them)."""
    found = uow.session.execute(select(Group.id, Group.name).where(Group.visit_id == visit_id))
    return {group_id: name for group_id, name in found}
