"""Undo commands for a visit's details (title, dates with the items on them, delegation, zones, stay)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from planner.persistence.uow import UnitOfWork
from planner.services import visit_details
from planner.services.changes import Changes
from ui.i18n import tr
from ui.operations import ServiceCommandBase


class EditVisitDetailsCommand(ServiceCommandBase):
    """Change a visit's details; undo writes the old details and puts each moved item back exactly
    where it was; redo makes the same change again (items move by the same number of days)."""

    def __init__(
        self,
        visit_id: int,
        title: str,
        values: Mapping[str, Any],
        version: int | None = None,
        *,
        keep_clock_times: bool = True,
    ) -> None:
        super().__init__(tr("Edit visit details '%1'", title[:40]))
        self.visit_id = visit_id
        self._values = dict(values)
        self._version = version
        self._keep = keep_clock_times
        self.result: visit_details.DetailsChanged | None = None

    def do(self, uow: UnitOfWork) -> Changes:
        self.result = visit_details.change_visit_details(
            uow, self.visit_id, self._values, self._version, keep_clock_times=self._keep
        )
        self._version = self.result.version
        return self.result.changes

    def undo_it(self, uow: UnitOfWork) -> Changes:
        assert self.result is not None
        back = visit_details.restore_visit_details(uow, self.result, self._version)
        self._version = back.version
        return back.changes
