"""The Overview page: the visit at a glance, its status, and its planning settings."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from planner.domain.kinds import VisitStatus
from planner.queries.visits import VisitOverview, VisitRow, get_visit, visit_overview
from ui.i18n import N_, tr
from ui.operations import DOCUMENTS, ITEMS, MEETINGS, PARTICIPANTS, VEHICLES, VISITS, Operations
from ui.views.common import Page
from ui.views.forms import combo

STATUS_NAMES = {
    VisitStatus.DRAFT: N_("draft"),
    VisitStatus.PLANNED: N_("planned"),
    VisitStatus.CONFIRMED: N_("confirmed"),
    VisitStatus.IN_PROGRESS: N_("in progress"),
    VisitStatus.COMPLETED: N_("completed"),
    VisitStatus.CANCELLED: N_("cancelled"),
    VisitStatus.ARCHIVED: N_("archived"),
}


class OverviewPage(Page):
    KINDS = frozenset({VISITS, ITEMS, PARTICIPANTS, MEETINGS, DOCUMENTS, VEHICLES})

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.visit: VisitRow | None = None
        # the main window already holds the visit list's rows; reading the same header again is waste
        self.visit_row: Callable[[int], VisitRow | None] | None = None
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.status = combo([(tr(STATUS_NAMES[s.value]), s.value) for s in VisitStatus])
        self.status.currentIndexChanged.connect(self._status_changed)
        self.facts: dict[str, QLabel] = {}
        box = QGroupBox(tr("The visit"))
        form = QFormLayout(box)
        form.addRow(tr("Status"), self.status)
        for key, label in (
            ("delegation", tr("Delegation")),
            ("dates", tr("Dates")),
            ("host", tr("Host region")),
            ("zones", tr("Time zones")),
            ("arrival", tr("Arrival")),
            ("purpose", tr("Purpose")),
            ("counts", tr("In the plan")),
            ("travel", tr("Travel estimate")),
        ):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.facts[key] = value
            form.addRow(label, value)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(box)
        layout.addStretch(1)
        self._loading = False

    def refresh(self) -> None:
        visit_id = self.visit_id
        assert visit_id is not None

        known = self.visit_row(visit_id) if self.visit_row is not None else None

        def read(uow: Any) -> tuple[VisitRow, VisitOverview]:
            return known or get_visit(uow, visit_id), visit_overview(uow, visit_id)

        self.visit, facts = self.ops.read(read)
        v = self.visit
        self._loading = True
        self.title.setText(v.title)
        self.status.setCurrentIndex(max(0, self.status.findData(v.status)))
        self._loading = False
        self.facts["delegation"].setText(
            f"{v.delegation} ({v.home_region})" if v.home_region else v.delegation
        )
        self.facts["dates"].setText(f"{v.start_date:%d.%m.%Y} – {v.end_date:%d.%m.%Y}")
        self.facts["host"].setText(v.host_region)
        self.facts["zones"].setText(tr("host %1, guests %2", v.host_timezone, v.guest_timezone))
        self.facts["arrival"].setText(facts.arrival_mode or "—")
        self.facts["purpose"].setText(facts.purpose or "—")
        self.facts["counts"].setText(
            tr(
                "%1 items, %2 participants, %3 meetings, %4 signed documents, %5 vehicles",
                v.item_count,
                v.participant_count,
                facts.meetings,
                facts.documents,
                facts.vehicles,
            )
        )
        self.facts["travel"].setText(
            tr("%1 km/h on average, road factor %2", f"{facts.travel_speed_kmh:g}", f"{facts.road_factor:g}")
        )

    def _status_changed(self) -> None:
        if self._loading or self.visit is None or self.status.currentData() == self.visit.status:
            return
        from ui.commands.edit_commands import EditVisitCommand  # its services load the ORM: not at start-up

        self.ops.push(
            EditVisitCommand(self.visit.id, self.visit.title, {"status": self.status.currentData()}), self
        )
