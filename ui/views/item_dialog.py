"""The editor of one itinerary item: kind, title, times (host time), site, place, host, flags."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QDateTimeEdit, QListWidget, QListWidgetItem, QWidget

from planner.domain.kinds import ItemKind, Side
from planner.domain.vocabulary import ITEM_KIND_NAMES
from planner.queries.itinerary import ItemRow
from planner.queries.participants import ParticipantRow, shown_names
from planner.queries.sites import SiteRow
from ui.i18n import current_language, tr
from ui.views.forms import FormDialog, check, combo, line, spin, text_box


def _qdt(moment: datetime, tz: tzinfo) -> QDateTime:
    local = moment.astimezone(tz)
    # wall-clock of the host zone; the edit shows it as it is, _aware() re-attaches the host zone
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))


def _aware(value: QDateTime, tz: tzinfo) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=tz)


class ItemDialog(FormDialog):
    """New or existing item; ``values()`` gives only service fields; attendees come separately."""

    def __init__(
        self,
        tz: tzinfo,
        sites: Sequence[SiteRow],
        people: Sequence[ParticipantRow],
        row: ItemRow | None = None,
        default_start: datetime | None = None,
        submit: Callable[[dict[str, Any]], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tr("Edit item") if row else tr("New item"), parent, submit)
        self.tz = tz
        self.row = row
        f = self.form
        self.kind = f.add(
            "kind",
            tr("Kind"),
            combo(
                [(names.text(current_language()), kind.value) for kind, names in ITEM_KIND_NAMES.items()],
                row.kind if row else ItemKind.SITE_VISIT.value,
            ),
        )
        self.title = f.add("title", tr("Title"), line(row.title if row else ""))
        start = row.starts_at if row else default_start
        self.starts = f.add("starts_at", tr("Starts (host time)"), QDateTimeEdit())
        self.ends = f.add("ends_at", tr("Ends (host time)"), QDateTimeEdit())
        for edit in (self.starts, self.ends):
            edit.setDisplayFormat("dd.MM.yyyy HH:mm")
            edit.setCalendarPopup(True)
        if start is not None:
            self.starts.setDateTime(_qdt(start, tz))
            self.ends.setDateTime(
                _qdt(row.ends_at if row else start, tz) if row else _qdt(start, tz).addSecs(3600)
            )
        self.site = f.add(
            "site_id",
            tr("Site"),
            combo([(tr("(none)"), None), *[(s.name, s.id) for s in sites]], row.site_id if row else None),
        )
        self.location = f.add("location", tr("Place (if no site)"), line(row.location if row else ""))
        shown = shown_names(people)  # namesakes with their position beside the name
        host_choices = [(tr("(none)"), None), *[(shown[p.id], p.id) for p in people if p.side == Side.HOST]]
        # by id, not name: two hosts may share a name
        current_host = row.responsible_host_id if row else None
        self.host = f.add("responsible_host_id", tr("Responsible host"), combo(host_choices, current_host))
        self.pinned = f.add(
            "pinned",
            tr("Pinned"),
            check(row.pinned if row else False, tr("fixed time, planning must not move it")),
        )
        self.required = f.add(
            "required", tr("Required"), check(row.required if row else True, tr("planning must not drop it"))
        )
        self.priority = f.add("priority", tr("Priority"), spin(row.priority if row else 0, -100, 100))
        self.notes = f.add("notes", tr("Notes"), text_box(row.notes if row else ""))
        self.attendees = QListWidget()
        self.attendees.setFixedHeight(120)
        chosen = set(row.attendee_ids) if row else set()
        for p in people:
            item = QListWidgetItem(f"{shown[p.id]} ({tr('guest') if p.side == Side.GUEST else tr('host')})")
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            item.setCheckState(Qt.CheckState.Checked if p.id in chosen else Qt.CheckState.Unchecked)
            self.attendees.addItem(item)
        f.add("attendees", tr("Attendees"), self.attendees)
        self.collect = self.values

    def values(self) -> dict[str, Any]:
        values = {
            "kind": self.kind.currentData(),
            "title": self.title.text().strip(),
            "starts_at": _aware(self.starts.dateTime(), self.tz),
            "ends_at": _aware(self.ends.dateTime(), self.tz),
            "site_id": self.site.currentData(),
            "location": self.location.text().strip(),
            "responsible_host_id": self.host.currentData(),
            "pinned": self.pinned.isChecked(),
            "required": self.required.isChecked(),
            "priority": self.priority.value(),
            "notes": self.notes.toPlainText(),
        }
        return values

    def changed_values(self) -> dict[str, Any]:
        """Only the fields that differ from the row being edited (the undo record stays small)."""
        values = self.values()
        if self.row is None:
            return values
        current = {
            "kind": self.row.kind,
            "title": self.row.title,
            "starts_at": self.row.starts_at,
            "ends_at": self.row.ends_at,
            "site_id": self.row.site_id,
            "location": self.row.location,
            "responsible_host_id": self.row.responsible_host_id,
            "pinned": self.row.pinned,
            "required": self.row.required,
            "priority": self.row.priority,
            "notes": self.row.notes,
        }
        changed = {k: v for k, v in values.items() if k not in current or current[k] != v}
        if changed.get("responsible_host_id", "x") is None and not self.row.responsible_host:
            changed.pop("responsible_host_id")
        return changed

    def attendee_ids(self) -> list[int]:
        return [
            self.attendees.item(n).data(Qt.ItemDataRole.UserRole)
            for n in range(self.attendees.count())
            if self.attendees.item(n).checkState() == Qt.CheckState.Checked
        ]
