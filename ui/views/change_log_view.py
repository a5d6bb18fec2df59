"""The change log of a visit for officers: who changed what and when, newest first (read-only).

Records are named by their kind and name, fields by the labels the editors use, values as the screens show
them (local times in the visit's host zone, names of statuses and kinds); rows can be filtered by kind of
record, by day and by person. Personal contact data reads "(private)" unless asked for.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QTableView, QVBoxLayout, QWidget

from planner.domain.vocabulary import LANGUAGE_NAMES, LANGUAGES
from planner.domain.zones import zone_text
from planner.queries.change_log import (
    PRIVATE_VALUE,
    VALUE_FIELDS,
    ChangeRow,
    changed_names,
    filter_changes,
    record_names,
    visit_changes,
)
from planner.queries.visits import get_visit
from ui.i18n import N_, current_language, tr
from ui.models.row_table_model import Column, RowTableModel
from ui.models.value_labels import hours_text, value_label
from ui.operations import Changes, Operations
from ui.views.common import fit_columns, make_table
from ui.views.forms import date_edit, date_value

# what each logged table holds, in the words of the office
RECORD_KINDS: dict[str, str] = {
    "visits": N_("Visit"),
    "delegations": N_("Delegation"),
    "participants": N_("Participant"),
    "groups": N_("Group"),
    "itinerary_items": N_("Programme item"),
    "meetings": N_("Meeting"),
    "outcomes": N_("Outcome"),
    "action_items": N_("Action item"),
    "signed_documents": N_("Document"),
    "signatories": N_("Signatory"),
    "commitments": N_("Commitment"),
    "vehicles": N_("Vehicle"),
    "seatings": N_("Seat in a vehicle"),
    "sites": N_("Site"),
    "sites_to_place": N_("Site to place"),
    "visit_days": N_("Day of the visit"),
    "travel_time_overrides": N_("Travel time"),
}
# the label of a logged field (by column name), as the editors name it
FIELD_LABELS: dict[str, str] = {
    "title": N_("Title"),
    "title_i18n": N_("Title in other languages"),
    "name": N_("Name"),
    "name_i18n": N_("Name in other languages"),
    "full_name": N_("Full name"),
    "kind": N_("Kind"),
    "side": N_("Side"),
    "role": N_("Role"),
    "protocol_rank": N_("Protocol rank"),
    "organisation": N_("Organisation"),
    "languages": N_("Languages"),
    "email": N_("E-mail"),
    "phone": N_("Phone"),
    "dietary_needs": N_("Dietary needs"),
    "access_needs": N_("Access needs"),
    "notes": N_("Notes"),
    "notes_i18n": N_("Notes in other languages"),
    "starts_at": N_("Start"),
    "ends_at": N_("End"),
    "site_id": N_("Site"),
    "location": N_("Place"),
    "responsible_host_id": N_("Responsible host"),
    "pinned": N_("Pinned"),
    "required": N_("Required"),
    "priority": N_("Priority"),
    "attendees": N_("Attendees"),
    "groups": N_("Groups"),
    "members": N_("Members"),
    "format": N_("Format"),
    "agenda": N_("Agenda"),
    "minutes": N_("Minutes"),
    "topic": N_("Topic"),
    "text": N_("Text"),
    "description": N_("Task"),
    "owner_id": N_("Owner"),
    "owner_text": N_("Owner"),
    "due_date": N_("Due date"),
    "status": N_("Status"),
    "doc_type": N_("Type"),
    "parties": N_("Parties"),
    "partner_region": N_("Partner region"),
    "signed_on": N_("Signed on"),
    "place": N_("Place"),
    "term_start": N_("Term from"),
    "term_end": N_("Term until"),
    "copies": N_("Copies"),
    "scan_path": N_("Scan (file)"),
    "label": N_("Label"),
    "label_i18n": N_("Label in other languages"),
    "plate": N_("Plate"),
    "driver_name": N_("Driver"),
    "driver_name_i18n": N_("Driver in other languages"),
    "driver_phone": N_("Driver's phone"),
    "seats": N_("Seats"),
    "motorcade_position": N_("Place in the motorcade"),
    "category": N_("Category"),
    "address": N_("Address"),
    "latitude": N_("Latitude"),
    "longitude": N_("Longitude"),
    "opening_hours": N_("Opening hours"),
    "usual_duration_min": N_("Usual visit (minutes)"),
    "contact_name": N_("Contact person"),
    "contact_phone": N_("Contact phone"),
    "contact_email": N_("Contact e-mail"),
    "start_date": N_("First day"),
    "end_date": N_("Last day"),
    "host_region": N_("Host region"),
    "host_organisation": N_("Host organisation"),
    "host_timezone": N_("Host time zone"),
    "home_timezone": N_("Guests' time zone"),
    "purpose": N_("Purpose"),
    "purpose_i18n": N_("Purpose in other languages"),
    "topic_i18n": N_("Topic in other languages"),
    "description_i18n": N_("Task in other languages"),
    "place_i18n": N_("Place in other languages"),
    "partner_region_i18n": N_("Partner region in other languages"),
    "parties_i18n": N_("Parties in other languages"),
    "party_i18n": N_("Party in other languages"),
    "area_i18n": N_("Area in other languages"),
    "responsible_i18n": N_("Responsible in other languages"),
    "agenda_i18n": N_("Agenda in other languages"),
    "minutes_i18n": N_("Minutes in other languages"),
    "owner_text_i18n": N_("Owner in other languages"),
    "day_start": N_("Working day starts"),
    "day_end": N_("Working day ends"),
    "duration_min": N_("Length (minutes)"),
    "area": N_("Area"),
    "responsible": N_("Responsible"),
    "arrival_mode": N_("Arrives by"),
    "arrival_number": N_("Arrival flight or train"),
    "arrival_meeter": N_("Met by"),
    "arrival_meeter_id": N_("Met by"),
    "departure_mode": N_("Leaves by"),
    "departure_number": N_("Departure flight or train"),
    "departure_meeter": N_("Seen off by"),
    "departure_meeter_id": N_("Seen off by"),
    # the rest of the logged columns, so no row of the log shows a column's own name
    "address_i18n": N_("Address in other languages"),
    "category_i18n": N_("Category in other languages"),
    "location_i18n": N_("Place in other languages"),
    "organisation_i18n": N_("Organisation in other languages"),
    "text_i18n": N_("Text in other languages"),
    "host_region_i18n": N_("Host region in other languages"),
    "host_organisation_i18n": N_("Host organisation in other languages"),
    "arrival_mode_i18n": N_("Arrives by, in other languages"),
    "home_country": N_("Home country"),
    "home_region": N_("Home region"),
    "home_region_i18n": N_("Home region in other languages"),
    "delegation_id": N_("Delegation"),
    "arrival_at": N_("Arrival"),
    "arrival_site_id": N_("Arrival place"),
    "departure_at": N_("Departure"),
    "departure_site_id": N_("Departure place"),
    "plan_grid_min": N_("Planned times on a grid of"),
    "boarding_min": N_("Time to board, added to every drive"),
    "boarding_above": N_("More time to board for a party above"),
    "boarding_extra_min": N_("Extra time to board for such a party"),
    "lunch_start": N_("Lunch from"),
    "lunch_end": N_("Lunch until"),
    "lunch_min": N_("Lunch (minutes)"),
    "lunch_site_id": N_("Lunch restaurant"),
    "dinner_start": N_("Dinner from"),
    "dinner_end": N_("Dinner until"),
    "dinner_min": N_("Dinner (minutes)"),
    "dinner_site_id": N_("Dinner restaurant"),
    "travel_speed_kmh": N_("Average speed"),
    "road_factor": N_("Road factor"),
    "day": N_("Day"),
    "window_start": N_("Day starts"),
    "window_end": N_("Day ends"),
    "note": N_("Note"),
    "from_site_id": N_("From site"),
    "to_site_id": N_("To site"),
    "cue": N_("Cue"),
    "staging_notes": N_("Staging notes"),
    "officer_name": N_("Officer in charge"),
    "officer_phone": N_("Officer's phone"),
    "planned_minutes": N_("Planned length (minutes)"),
    "state": N_("State"),
    "direction": N_("Given / received"),
    "giver_id": N_("Given by (participant)"),
    "giver_text": N_("Given by (other)"),
    "recipient_id": N_("Given to (participant)"),
    "recipient_text": N_("Given to (other)"),
    "estimated_value": N_("Estimated value"),
    "currency": N_("Currency"),
    "item_id": N_("Programme item"),
    "group_id": N_("Group"),
    "participant_id": N_("Participant"),
    "vehicle_id": N_("Vehicle"),
    "document_id": N_("Document"),
    "meeting_id": N_("Meeting"),
    "outcome_id": N_("Outcome"),
    "entry_id": N_("Site to place"),
    "party": N_("Party"),
    "position": N_("Order"),
    "layout": N_("Table layout"),
    "table_no": N_("Table"),
    "seat_no": N_("Seat"),
}


def field_label(field: str) -> str:
    """The label of a logged field in the interface language ("ends_at" → "End")."""
    label = FIELD_LABELS.get(field)
    return tr(label) if label else field.replace("_", " ").capitalize()


def record_kind(table_name: str) -> str:
    """What a logged table holds, in the interface language ("itinerary_items" → "Programme item")."""
    kind = RECORD_KINDS.get(table_name)
    return tr(kind) if kind else table_name.replace("_", " ").capitalize()


_ZONE_FIELDS = ("host_timezone", "home_timezone")
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def value_text(row: ChangeRow, value: str | None, tz: tzinfo | None) -> str:
    """A logged value as the screens show it: local time, a date, a status's name, yes or no."""
    if value is None or value == "":
        return "—"
    if value == PRIVATE_VALUE:
        return tr("(private)")
    enumeration = VALUE_FIELDS.get((row.table_name, row.field))
    if enumeration:
        return value_label(enumeration, value)
    if row.field == "opening_hours":
        return hours_text(value)
    if row.field in _ZONE_FIELDS:  # the zone's city in the interface language, as the Overview names it
        return zone_text(value, current_language())
    if value in ("True", "False"):
        return tr("yes") if value == "True" else tr("no")
    if _STAMP.match(value):
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return value
        if moment.tzinfo is not None and tz is not None:
            moment = moment.astimezone(tz)
        return moment.strftime("%d.%m.%Y %H:%M")
    if _DAY.match(value):
        return date.fromisoformat(value).strftime("%d.%m.%Y")
    if value.startswith("["):
        try:
            items = json.loads(value)
        except ValueError:
            return value
        if isinstance(items, list):
            return ", ".join(str(x) for x in items) or "—"
    if value.startswith("{"):
        return _translations_text(value)
    return value


def _translations_text(value: str) -> str:
    """A logged map of translations ("{"en": "…", "kk": "…"}") as "Қазақша: …; English: …" (the languages
    in the order the dialogs list them, each named in its own words); anything else as logged."""
    try:
        found = json.loads(value)
    except ValueError:
        return value
    if not isinstance(found, dict) or not all(isinstance(v, str) for v in found.values()):
        return value
    names = {lang.value: LANGUAGE_NAMES[lang] for lang in LANGUAGES}
    order = [code for code in names if code in found] + sorted(set(found) - set(names))
    return "; ".join(f"{names.get(code, code)}: {found[code]}" for code in order) or "—"


def change_text(row: ChangeRow, tz: tzinfo | None) -> str:
    """What happened, in the interface language: "Added", "End: 15.12.2026 14:05 → 15.12.2026 14:30"."""
    if row.action == "insert":
        return tr("Added")
    if row.action == "delete":
        return tr("Deleted")
    label = field_label(row.field)
    if row.field in ("attendees", "groups", "members") and (row.old_value or "").startswith("["):
        added, removed = changed_names(row.old_value, row.new_value)
        parts = ([tr("added %1", ", ".join(added))] if added else []) + (
            [tr("removed %1", ", ".join(removed))] if removed else []
        )
        return f"{label}: {'; '.join(parts) or tr('unchanged')}"
    return f"{label}: {value_text(row, row.old_value, tz)} → {value_text(row, row.new_value, tz)}"


class ChangeLogModel(RowTableModel[ChangeRow]):
    """Rows of ``visit_changes``, shown in the visit's host zone with records and fields named."""

    WHEN, WHO, KIND, RECORD, CHANGE = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.tz: tzinfo | None = None
        self.names: dict[tuple[str, int], str] = {}
        self.COLUMNS = (
            Column("When", self._when, sort=lambda r: r.changed_at),
            Column("Who", lambda r: r.changed_by),
            Column("Kind", lambda r: record_kind(r.table_name)),
            Column("Record", self._record),
            Column("Change", lambda r: change_text(r, self.tz), tooltip=lambda r: change_text(r, self.tz)),
        )

    def _when(self, row: ChangeRow) -> str:
        # the log is kept in UTC; an officer reads the visit's local time
        return row.changed_at.astimezone(self.tz).strftime("%d.%m.%Y %H:%M")

    def _record(self, row: ChangeRow) -> str:
        if row.record_id is None:
            return ""
        return self.names.get((row.table_name, row.record_id), f"#{row.record_id}")


class ChangeLogView(QWidget):
    """Lists a visit's changes; refreshes itself whenever the operations report a change."""

    def __init__(self, ops: Operations, visit_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.visit_id = visit_id
        self._rows: list[ChangeRow] = []
        self.model = ChangeLogModel(self)
        self.table: QTableView = make_table(self.model, self)
        self.empty = QLabel(tr("No changes recorded for this visit yet."))
        self.kind = QComboBox()
        self.person = QComboBox()
        self.first_day = date_edit(None)
        self.last_day = date_edit(None)
        self.private = QCheckBox(tr("Show private details"))
        self.private.setToolTip(tr("E-mail, phone, dietary and access needs of participants"))
        filters = QHBoxLayout()
        for label, widget in (
            (tr("Kind"), self.kind),
            (tr("Who"), self.person),
            (tr("From"), self.first_day),
            (tr("To"), self.last_day),
        ):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        filters.addWidget(self.private)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.empty)
        layout.addWidget(self.table)
        for combo in (self.kind, self.person):
            combo.currentIndexChanged.connect(self.apply_filters)
        for edit in (self.first_day, self.last_day):
            edit.dateChanged.connect(self.apply_filters)
        self.private.toggled.connect(self.refresh)
        ops.changed.connect(self._on_changed)
        self.refresh()

    def set_visit(self, visit_id: int | None) -> None:
        """Show another visit's log."""
        self.visit_id = visit_id
        self.refresh()

    def refresh(self) -> None:
        """Read the log again."""
        visit_id = self.visit_id
        # anyone at the workstation may open the log: personal contact data reads "(private)" unless asked
        private = self.private.isChecked()
        if visit_id is None:
            rows, names, zone = [], {}, None
        else:

            def read(uow: Any) -> tuple[list[ChangeRow], dict[tuple[str, int], str], str]:
                found = visit_changes(uow, visit_id, include_private=private)
                return found, record_names(uow, found), get_visit(uow, visit_id).host_timezone

            rows, names, zone = self.ops.read(read)
        self.model.tz = ZoneInfo(zone) if zone else None
        self.model.names = names
        self._rows = rows
        self._fill_choices()
        self.apply_filters()

    def _fill_choices(self) -> None:
        for combo, everything, choices in (
            (
                self.kind,
                tr("All kinds"),
                sorted(
                    {((record_kind(r.table_name)), r.table_name) for r in self._rows},
                ),
            ),
            (self.person, tr("Everyone"), sorted({(r.changed_by, r.changed_by) for r in self._rows})),
        ):
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for text, value in choices:
                combo.addItem(text, value)
            combo.setCurrentIndex(max(0, combo.findData(keep)))
            combo.blockSignals(False)

    def apply_filters(self) -> None:
        """Show the rows of the kind, days and person chosen."""
        kind = self.kind.currentData()
        rows = filter_changes(
            self._rows,
            tables={kind} if kind else None,
            first_day=date_value(self.first_day),
            last_day=date_value(self.last_day),
            tz=self.model.tz or ZoneInfo("UTC"),
            person=self.person.currentData(),
        )
        self.model.set_rows(rows)
        fit_columns(self.table)
        self.empty.setVisible(not self._rows)

    def _on_changed(self, _change: Changes | Any) -> None:
        # every saved edit adds log rows, whatever kind of record it touched
        self.refresh()
