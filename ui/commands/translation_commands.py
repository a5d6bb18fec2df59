"""Undo command for the translations of a visit's own names (title, delegation, host, arrival)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from planner.services.translations import update_visit_names
from ui.commands.base import VISIT, UpdateCommand
from ui.i18n import quoted, tr


class EditVisitNamesCommand(UpdateCommand):
    def __init__(self, visit_id: int, title: str, changes: Mapping[str, Any], version: int | None) -> None:
        super().__init__(
            tr("Names of visit %1 in other languages", quoted(title[:40])),
            visit_id,
            changes,
            update_visit_names,
            version,
            row_kind=VISIT,
        )
