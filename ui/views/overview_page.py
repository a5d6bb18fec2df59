"""The Overview page: the visit at a glance, its status, and its planning settings."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from planner.domain.kinds import VisitStatus
from planner.domain.zones import zone_text
from planner.queries.visits import VisitOverview, VisitRow, get_visit, visit_overview
from ui.i18n import N_, current_language, plural, tr
from ui.operations import DOCUMENTS, ITEMS, MEETINGS, PARTICIPANTS, VEHICLES, VISITS, Operations
from ui.views.common import Page
from ui.views.forms import combo

if TYPE_CHECKING:
    from planner.queries.partner_history import PartnerHistory
    from planner.queries.stay import StayEnd

# how many open commitments the partner block lists before "and N more"
SHOWN_COMMITMENTS = 8

STATUS_NAMES = {
    VisitStatus.DRAFT: N_("draft"),
    VisitStatus.PLANNED: N_("planned"),
    VisitStatus.CONFIRMED: N_("confirmed"),
    VisitStatus.IN_PROGRESS: N_("in progress"),
    VisitStatus.COMPLETED: N_("completed"),
    VisitStatus.CANCELLED: N_("cancelled"),
    VisitStatus.ARCHIVED: N_("archived"),
}


def stay_text(bound: StayEnd | None, how: str, host_timezone: str) -> str:
    """An arrival or departure as the Overview shows it: '15.09.2026 10:40, Atyrau International Airport
    (Charter flight Astrakhan – Atyrau)', in the host's time; only ``how`` when the time is not known;
    '—' when nothing is."""
    parts = []
    if bound is not None:
        try:
            local = bound.at.astimezone(ZoneInfo(host_timezone))
        except (ZoneInfoNotFoundError, ValueError):
            local = bound.at  # a zone no longer known: the stored instant, in UTC, rather than nothing
        parts = [f"{local:%d.%m.%Y %H:%M}", bound.place]
    text = ", ".join(p for p in parts if p)
    if how:
        text = f"{text} ({how})" if text else how
    return text or "—"


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
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # a title typed with "<b>" is text, not markup
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
            ("organisation", tr("Host organisation")),
            ("zones", tr("Time zones")),
            ("arrival", tr("Arrival")),
            ("departure", tr("Departure")),
            ("purpose", tr("Purpose")),
            ("counts", tr("In the plan")),
            ("travel", tr("Travel estimate")),
        ):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.facts[key] = value
            form.addRow(label, value)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(box)
        self._build_partner_block()
        layout.addWidget(self.partner_box)
        layout.addStretch(1)
        self._loading = False

    def _build_partner_block(self) -> None:
        # what the earlier visits with the same partner promised: a new visit opens with it
        self.today: Callable[[], date] = date.today
        self.partner_history: PartnerHistory | None = None
        self.partner_box = QGroupBox()
        self.partner_summary = QLabel()
        self.partner_summary.setWordWrap(True)
        self.partner_open = QLabel()
        self.partner_open.setWordWrap(True)
        self.partner_open.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.partner_button = QPushButton(tr("Follow up with this partner…"))
        self.partner_button.clicked.connect(lambda _checked=False: self.open_partner_follow_up())
        for label in (self.partner_summary, self.partner_open):
            label.setTextFormat(Qt.TextFormat.PlainText)  # a commitment's "<b>" is text, not markup
        inner = QVBoxLayout(self.partner_box)
        inner.addWidget(self.partner_summary)
        inner.addWidget(self.partner_open)
        inner.addWidget(self.partner_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.partner_box.hide()
        # which visit the block was last read for (None: not read yet)
        self.partner_read_for: int | None = None
        self._painted = False
        self._partner_pending = False

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            if self._partner_pending:
                QTimer.singleShot(0, self.refresh_partner_history)
        return super().event(event)

    def refresh_partner_history(self) -> None:
        """Read and show what earlier visits with this visit's partner promised."""
        from planner.queries.partner_history import history_before_visit

        self._partner_pending = False
        visit_id = self.visit_id
        if visit_id is None:
            return
        today, lang = self.today(), current_language()
        self.partner_history = self.ops.read(lambda uow: history_before_visit(uow, visit_id, today, lang))
        self._show_partner_history(self.partner_history)
        self.partner_read_for = visit_id

    def refresh(self) -> None:
        visit_id = self.visit_id
        assert visit_id is not None

        known = self.visit_row(visit_id) if self.visit_row is not None else None

        lang = current_language()

        def read(uow: Any) -> tuple[VisitRow, VisitOverview]:
            return known or get_visit(uow, visit_id), visit_overview(uow, visit_id, lang)

        self.visit, facts = self.ops.read(read)
        # the partner's history reads through the ORM, which the first paint must not wait for
        if self._painted:
            self.refresh_partner_history()
        else:
            self._partner_pending = True
        v = self.visit
        self._loading = True
        # the names in the interface language (their translation, else as typed), from the overview
        self.title.setText(facts.title or v.title)
        self.status.setCurrentIndex(max(0, self.status.findData(v.status)))
        self._loading = False
        delegation = facts.delegation or v.delegation
        self.facts["delegation"].setText(
            f"{delegation} ({facts.home_region})" if facts.home_region else delegation
        )
        self.facts["dates"].setText(f"{v.start_date:%d.%m.%Y} – {v.end_date:%d.%m.%Y}")
        self.facts["host"].setText(facts.host_region)
        self.facts["organisation"].setText(facts.host_organisation or "—")
        # each zone by its city in the interface language with its offset on the first day
        host, guests = (zone_text(z, lang, v.start_date) for z in (v.host_timezone, v.guest_timezone))
        self.facts["zones"].setText(tr("host %1, guests %2", host, guests))
        self.facts["arrival"].setText(stay_text(facts.arrival, facts.arrival_mode, v.host_timezone))
        self.facts["departure"].setText(stay_text(facts.departure, "", v.host_timezone))
        self.facts["purpose"].setText(facts.purpose or "—")
        # each count in its own number's form ("1 meeting", not "1 meetings"); Russian and Kazakh
        # write "встреч: 1", one form for any number
        counts = (
            (tr("%1 item|%1 items"), v.item_count),
            (tr("%1 participant|%1 participants"), v.participant_count),
            (tr("%1 meeting|%1 meetings"), facts.meetings),
            (tr("%1 signed document|%1 signed documents"), facts.documents),
            (tr("%1 vehicle|%1 vehicles"), facts.vehicles),
        )
        self.facts["counts"].setText(", ".join(plural(phrase, n) for phrase, n in counts))
        self.facts["travel"].setText(
            tr("%1 km/h on average, road factor %2", f"{facts.travel_speed_kmh:g}", f"{facts.road_factor:g}")
        )

    def _show_partner_history(self, history: PartnerHistory | None) -> None:
        """The block "Earlier with <partner>": visits, documents, how far their commitments got, and the
        commitments still open (soonest due first); hidden when nothing came before."""
        self.partner_box.setVisible(history is not None)
        if history is None:
            return
        from planner.domain.kinds import ActionStatus
        from ui.models.value_labels import value_label

        self.partner_box.setTitle(tr("Earlier with %1", history.region))
        commitments = history.commitments
        self.partner_summary.setText(
            tr(
                "Earlier visits: %1, signed documents: %2; commitments: %3, done %4, open %5, overdue %6",
                len(history.visits),
                len(history.documents),
                len(commitments),
                sum(c.status == ActionStatus.DONE for c in commitments),
                len(history.open_commitments),
                sum(c.overdue for c in commitments),
            )
        )
        still_open = sorted(
            history.open_commitments, key=lambda c: (c.due_date is None, c.due_date or date.min)
        )
        lines = []
        for c in still_open[:SHOWN_COMMITMENTS]:
            due = c.due_date.strftime("%d.%m.%Y") if c.due_date else "—"
            mark = f" · {tr('overdue')}" if c.overdue else ""
            lines.append(f"{due} · {value_label('action_status', c.status)}{mark} — {c.text}")
        if len(still_open) > SHOWN_COMMITMENTS:
            lines.append(tr("and %1 more", len(still_open) - SHOWN_COMMITMENTS))
        if lines:
            self.partner_open.setText(tr("Open commitments:") + "\n" + "\n".join(lines))
        else:
            self.partner_open.setText(
                tr("Every commitment is done.") if commitments else tr("No commitments recorded.")
            )

    def open_partner_follow_up(self) -> None:
        """The Follow-up screen, filtered to this visit's partner."""
        if self.partner_history is None:
            return
        from ui.views.follow_up_page import open_follow_up

        open_follow_up(self.ops, self.partner_history.region, self.window())

    def _status_changed(self) -> None:
        if self._loading or self.visit is None or self.status.currentData() == self.visit.status:
            return
        from ui.commands.edit_commands import EditVisitCommand  # its services load the ORM: not at start-up

        self.ops.push(
            EditVisitCommand(self.visit.id, self.visit.title, {"status": self.status.currentData()}), self
        )
