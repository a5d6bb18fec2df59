"""Undo commands for a visit's details (title, dates with the items on them, delegation, zones, stay)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from planner.persistence.uow import UnitOfWork
from planner.services import visit_details
from planner.services.changes import Changes
from planner.services.editing import Updated
from planner.services.translations import update_visit_names
from ui.commands.base import VISIT, expected_version, wrote_version
from ui.i18n import quoted, tr
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
        places: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(tr("Edit visit details %1", quoted(title[:40])))
        self.visit_id = visit_id
        self._values = dict(values)
        self._version = version
        self._keep = keep_clock_times
        # places typed for the arrival or departure, by site field; after an undo, the rows of the sites
        # it removed, so the redo puts the same sites back (later steps name them by id)
        self._places: dict[str, Any] = dict(places or {})
        self.result: visit_details.DetailsChanged | None = None

    def _expected(self, first_run: bool) -> int | None:
        if first_run:  # the version the dialog read
            return self._version
        # after edit, edit, undo the version this command left is stale: expect what the window wrote last
        return expected_version(self.ops, VISIT, self.visit_id, self._version)

    def _wrote(self, version: int) -> None:
        self._version = version
        wrote_version(self.ops, VISIT, self.visit_id, version)

    def do(self, uow: UnitOfWork) -> Changes:
        expected = self._expected(self.result is None)
        self.result = visit_details.change_visit_details(
            uow, self.visit_id, self._values, expected, keep_clock_times=self._keep, places=self._places
        )
        self._wrote(self.result.version)
        return self.result.changes

    def undo_it(self, uow: UnitOfWork) -> Changes:
        assert self.result is not None
        back = visit_details.restore_visit_details(uow, self.result, self._expected(False))
        self._places |= back.made_sites
        self._wrote(back.version)
        return back.changes


class EditVisitDetailsAndNamesCommand(EditVisitDetailsCommand):
    """Change a visit's details and the translations of its names (``title_i18n``…) as one undo step:
    both writes chain on the visit's version; undo takes the names back, then the details."""

    def __init__(
        self,
        visit_id: int,
        title: str,
        values: Mapping[str, Any],
        names: Mapping[str, Any],
        version: int | None = None,
        *,
        keep_clock_times: bool = True,
        places: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(visit_id, title, values, version, keep_clock_times=keep_clock_times, places=places)
        self._names = dict(names)
        self.names_result: Updated | None = None

    def do(self, uow: UnitOfWork) -> Changes:
        changes = super().do(uow)
        self.names_result = update_visit_names(uow, self.visit_id, self._names, self._version)
        self._wrote(self.names_result.version)
        return changes | self.names_result.changes

    def undo_it(self, uow: UnitOfWork) -> Changes:
        assert self.names_result is not None
        back = update_visit_names(uow, self.visit_id, self.names_result.old, self._expected(False))
        self._wrote(back.version)
        return back.changes | super().undo_it(uow)
