"""Editor dialogs for participants, sites, visits, outcomes, action items, documents and vehicles.

Each dialog collects the fields a service takes; the service validates and a refused save is shown
inline next to the field (FormDialog), with nothing written.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, time
from typing import Any

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QLineEdit, QTimeEdit, QWidget

from planner.domain.kinds import ActionStatus, DocumentStatus, DocumentType, MeetingFormat, Side, VehicleKind
from planner.queries.meetings import ActionItemRow, OutcomeRow
from planner.queries.participants import ParticipantRow
from planner.queries.signed_documents import SignedDocumentRow
from planner.queries.sites import SiteRow
from planner.queries.vehicles import VehicleRow
from ui.i18n import N_, tr
from ui.views.forms import (
    FormDialog,
    combo,
    date_edit,
    date_value,
    line,
    spin,
    text_box,
)
from ui.views.translations_field import TranslationsSection

Submit = Callable[[dict[str, Any]], None]

STATUS_LABELS = {
    ActionStatus.OPEN: N_("open"),
    ActionStatus.IN_PROGRESS: N_("in progress"),
    ActionStatus.DONE: N_("done"),
    ActionStatus.LATE: N_("late"),
    ActionStatus.CANCELLED: N_("cancelled"),
}
FORMAT_LABELS = {
    MeetingFormat.NARROW: N_("narrow (heads only)"),
    MeetingFormat.EXTENDED: N_("extended (with delegations)"),
    MeetingFormat.ONE_ON_ONE: N_("one-to-one"),
    MeetingFormat.PLENARY: N_("plenary"),
    MeetingFormat.ROUND_TABLE: N_("round table"),
}


def _choices(values: Sequence[str], labels: dict[str, str] | None = None) -> list[tuple[str, Any]]:
    return [(tr(labels[v]) if labels and v in labels else v.replace("_", " "), v) for v in values]


def participant_dialog(
    submit: Submit, row: ParticipantRow | None = None, parent: QWidget | None = None
) -> FormDialog:
    """New or existing participant."""
    dialog = FormDialog(tr("Edit participant") if row else tr("New participant"), parent, submit)
    f = dialog.form
    name = f.add("full_name", tr("Full name"), line(row.full_name if row else ""))
    side = f.add(
        "side",
        tr("Side"),
        combo(
            [(tr("guest"), Side.GUEST.value), (tr("host"), Side.HOST.value)],
            row.side if row else Side.GUEST.value,
        ),
    )
    title = f.add("title", tr("Title"), line(row.title if row else ""))
    organisation = f.add("organisation", tr("Organisation"), line(row.organisation if row else ""))
    translations = _translations(
        f.add("translations", "", TranslationsSection()),
        row,
        [
            ("name_i18n", tr("Full name"), name),
            ("title_i18n", tr("Title"), title),
            ("organisation_i18n", tr("Organisation"), organisation),
        ],
    )
    role = f.add("role", tr("Role in the visit"), line(row.role if row else ""))
    rank = f.add("protocol_rank", tr("Protocol rank"), spin(row.protocol_rank if row else 0, 0, 9999))
    rank.setSpecialValueText(tr("last"))
    email = f.add("email", tr("E-mail"), line(row.email if row else ""))
    phone = f.add("phone", tr("Phone"), line(row.phone if row else ""))
    languages = f.add("languages", tr("Languages"), line(", ".join(row.languages) if row else ""))
    languages.setPlaceholderText("ru, kk, en")
    dietary = f.add("dietary_needs", tr("Dietary needs"), line(row.dietary_needs if row else ""))
    access = f.add("access_needs", tr("Access needs"), line(row.access_needs if row else ""))
    notes = f.add("notes", tr("Notes"), text_box(row.notes if row else ""))

    def collect() -> dict[str, Any]:
        values: dict[str, Any] = {
            "full_name": name.text().strip(),
            "side": side.currentData(),
            "title": title.text().strip(),
            "organisation": organisation.text().strip(),
            "role": role.text().strip(),
            "email": email.text().strip(),
            "phone": phone.text().strip(),
            "languages": [x.strip() for x in languages.text().split(",") if x.strip()],
            "dietary_needs": dietary.text().strip(),
            "access_needs": access.text().strip(),
            "notes": notes.toPlainText(),
            **translations.values(),
        }
        if rank.value() > 0:
            values["protocol_rank"] = rank.value()
        if row is not None:
            values = {k: v for k, v in values.items() if _differs(getattr(row, k, None), v)}
        return values

    dialog.collect = collect
    return dialog


def _translations(
    section: QWidget, row: Any, names: Sequence[tuple[str, str, QWidget]]
) -> TranslationsSection:
    # one group of lines per name (its field, label and the line it is typed in); the row's maps fill
    # them, a new record starts empty
    assert isinstance(section, TranslationsSection)
    for field, label, source in names:
        assert isinstance(source, QLineEdit)
        section.add(field, label, getattr(row, field, None) or {}, source)
    return section


def _differs(old: Any, new: Any) -> bool:
    if isinstance(old, tuple):
        old = list(old)
    return old != new


def site_dialog(submit: Submit, row: SiteRow | None = None, parent: QWidget | None = None) -> FormDialog:
    """New or existing site: opening hours, coordinates, contact."""
    dialog = FormDialog(tr("Edit site") if row else tr("New site"), parent, submit)
    f = dialog.form
    name = f.add("name", tr("Name"), line(row.name if row else ""))
    category = f.add("category", tr("Category"), line(row.category if row else ""))
    address = f.add("address", tr("Address"), line(row.address if row else ""))
    translations = _translations(
        f.add("translations", "", TranslationsSection()),
        row,
        [
            ("name_i18n", tr("Name"), name),
            ("category_i18n", tr("Category"), category),
            ("address_i18n", tr("Address"), address),
        ],
    )
    lat = f.add(
        "latitude", tr("Latitude"), line("" if not row or row.latitude is None else f"{row.latitude:.6f}")
    )
    lon = f.add(
        "longitude", tr("Longitude"), line("" if not row or row.longitude is None else f"{row.longitude:.6f}")
    )
    hours = f.add("opening_hours", tr("Opening hours"), line(row.opening_hours if row else ""))
    hours.setPlaceholderText("Mo-Fr 09:00-18:00; Sa 10:00-14:00")
    duration = f.add(
        "usual_duration_min", tr("Usual visit (minutes)"), spin(row.usual_duration_min if row else 45, 1, 600)
    )
    contact = f.add("contact_name", tr("Contact person"), line(row.contact_name if row else ""))
    phone = f.add("contact_phone", tr("Contact phone"), line(row.contact_phone if row else ""))
    email = f.add("contact_email", tr("Contact e-mail"), line(row.contact_email if row else ""))
    notes = f.add("notes", tr("Notes"), text_box(row.notes if row else ""))

    def number(text: str, field: str) -> float | None:
        from planner.domain.errors import Problem, ValidationError

        text = text.strip().replace(",", ".")
        if not text:
            return None
        try:
            return float(text)
        except ValueError:
            raise ValidationError(Problem(field, tr("this is not a number"))) from None

    def collect() -> dict[str, Any]:
        values: dict[str, Any] = {
            "name": name.text().strip(),
            "category": category.text().strip(),
            "address": address.text().strip(),
            "latitude": number(lat.text(), "latitude"),
            "longitude": number(lon.text(), "longitude"),
            "opening_hours": hours.text().strip(),
            "usual_duration_min": duration.value(),
            "contact_name": contact.text().strip(),
            "contact_phone": phone.text().strip(),
            "contact_email": email.text().strip(),
            "notes": notes.toPlainText(),
            **translations.values(),
        }
        if row is not None:
            values = {k: v for k, v in values.items() if _differs(getattr(row, k, None), v)}
        return values

    dialog.collect = collect
    return dialog


def visit_dialog(submit: Submit, parent: QWidget | None = None) -> FormDialog:
    """A new visit: title, delegation, dates, time zones, working day."""
    dialog = FormDialog(tr("New visit"), parent, submit)
    f = dialog.form
    today = date.today()
    title = f.add("title", tr("Title"), line())
    delegation = f.add("delegation_name", tr("Delegation"), line())
    home = f.add("home_region", tr("Home region"), line())
    home_tz = f.add("home_timezone", tr("Home time zone"), line("Europe/Astrakhan"))
    host_region = f.add("host_region", tr("Host region"), line("Atyrau region"))
    host_tz = f.add("host_timezone", tr("Host time zone"), line("Asia/Atyrau"))
    start = f.add("start_date", tr("First day"), date_edit(today, optional=False))
    end = f.add("end_date", tr("Last day"), date_edit(today, optional=False))
    day_start = f.add("day_start", tr("Working day starts"), QTimeEdit(QTime(9, 0)))
    day_end = f.add("day_end", tr("Working day ends"), QTimeEdit(QTime(18, 0)))
    purpose = f.add("purpose", tr("Purpose"), text_box())

    def collect() -> dict[str, Any]:
        ds, de = day_start.time(), day_end.time()
        return {
            "title": title.text().strip(),
            "delegation_name": delegation.text().strip(),
            "home_region": home.text().strip(),
            "home_timezone": home_tz.text().strip(),
            "host_region": host_region.text().strip(),
            "host_timezone": host_tz.text().strip(),
            "start_date": date_value(start, optional=False),
            "end_date": date_value(end, optional=False),
            "day_start": time(ds.hour(), ds.minute()),
            "day_end": time(de.hour(), de.minute()),
            "purpose": purpose.toPlainText(),
        }

    dialog.collect = collect
    return dialog


def outcome_dialog(
    submit: Submit, row: OutcomeRow | None = None, parent: QWidget | None = None
) -> FormDialog:
    dialog = FormDialog(tr("Edit outcome") if row else tr("New outcome"), parent, submit)
    topic = dialog.form.add("topic", tr("Topic"), line(row.topic if row else ""))
    text = dialog.form.add("text", tr("Decision"), text_box(row.text if row else "", 90))
    dialog.collect = lambda: {"topic": topic.text().strip(), "text": text.toPlainText().strip()}
    return dialog


def action_item_dialog(
    submit: Submit,
    people: Sequence[ParticipantRow],
    row: ActionItemRow | None = None,
    parent: QWidget | None = None,
) -> FormDialog:
    dialog = FormDialog(tr("Edit action item") if row else tr("New action item"), parent, submit)
    f = dialog.form
    description = f.add("description", tr("Task"), text_box(row.description if row else "", 60))
    owner = f.add(
        "owner_id",
        tr("Owner"),
        combo(
            [(tr("(someone else)"), None), *[(p.full_name, p.id) for p in people]],
            row.owner_id if row else None,
        ),
    )
    owner_text = f.add(
        "owner_text", tr("Owner (if not a participant)"), line(row.owner if row and not row.owner_id else "")
    )
    due = f.add("due_date", tr("Due date"), date_edit(row.due_date if row else None))
    status = f.add(
        "status",
        tr("Status"),
        combo(
            _choices([s.value for s in ActionStatus], STATUS_LABELS),
            row.status if row else ActionStatus.OPEN.value,
        ),
    )

    def collect() -> dict[str, Any]:
        values = {
            "description": description.toPlainText().strip(),
            "owner_id": owner.currentData(),
            "owner_text": owner_text.text().strip() if owner.currentData() is None else "",
            "due_date": date_value(due),
            "status": status.currentData(),
        }
        return values

    dialog.collect = collect
    return dialog


def meeting_format_choices() -> list[tuple[str, Any]]:
    return _choices([f.value for f in MeetingFormat], FORMAT_LABELS)


def document_dialog(
    submit: Submit, row: SignedDocumentRow | None = None, parent: QWidget | None = None
) -> FormDialog:
    """New or existing signed document; signatories and commitments are edited on the page."""
    dialog = FormDialog(tr("Edit document") if row else tr("New document"), parent, submit)
    f = dialog.form
    title = f.add("title", tr("Title"), line(row.title if row else ""))
    doc_type = f.add(
        "doc_type",
        tr("Type"),
        combo(
            _choices([t.value for t in DocumentType]),
            row.doc_type if row else DocumentType.AGREEMENT.value,
        ),
    )
    parties = f.add(
        "parties", tr("Parties (one per line)"), text_box("\n".join(row.parties) if row else "", 60)
    )
    region = f.add("partner_region", tr("Partner region"), line(row.partner_region if row else ""))
    signed = f.add("signed_on", tr("Signed on"), date_edit(row.signed_on if row else None))
    place = f.add("place", tr("Place"), line(row.place if row else ""))
    term_start = f.add("term_start", tr("Term from"), date_edit(row.term_start if row else None))
    term_end = f.add("term_end", tr("Term until"), date_edit(row.term_end if row else None))
    copies = f.add("copies", tr("Copies"), spin(row.copies if row else 2, 0, 100))
    status = f.add(
        "status",
        tr("Status"),
        combo(
            _choices([s.value for s in DocumentStatus]),
            row.status if row else DocumentStatus.SIGNED.value,
        ),
    )
    scan = f.add("scan_path", tr("Scan (file)"), line(row.scan_path if row else ""))
    notes = f.add("notes", tr("Notes"), text_box(row.notes if row else ""))

    def collect() -> dict[str, Any]:
        values: dict[str, Any] = {
            "title": title.text().strip(),
            "doc_type": doc_type.currentData(),
            "parties": [x.strip() for x in parties.toPlainText().splitlines() if x.strip()],
            "partner_region": region.text().strip(),
            "signed_on": date_value(signed),
            "place": place.text().strip(),
            "term_start": date_value(term_start),
            "term_end": date_value(term_end),
            "copies": copies.value(),
            "status": status.currentData(),
            "scan_path": scan.text().strip(),
            "notes": notes.toPlainText(),
        }
        if row is not None:
            values = {k: v for k, v in values.items() if _differs(getattr(row, k, None), v)}
        return values

    dialog.collect = collect
    return dialog


def vehicle_dialog(
    submit: Submit, row: VehicleRow | None = None, parent: QWidget | None = None
) -> FormDialog:
    dialog = FormDialog(tr("Edit vehicle") if row else tr("New vehicle"), parent, submit)
    f = dialog.form
    label = f.add("label", tr("Label"), line(row.label if row else ""))
    kind = f.add(
        "kind",
        tr("Kind"),
        combo(_choices([k.value for k in VehicleKind]), row.kind if row else VehicleKind.CAR.value),
    )
    plate = f.add("plate", tr("Plate"), line(row.plate if row else ""))
    driver = f.add("driver_name", tr("Driver"), line(row.driver_name if row else ""))
    phone = f.add("driver_phone", tr("Driver's phone"), line(row.driver_phone if row else ""))
    seats = f.add("seats", tr("Seats"), spin(row.seats if row else 4, 0, 120))
    notes = f.add("notes", tr("Notes"), text_box(row.notes if row else ""))

    def collect() -> dict[str, Any]:
        values: dict[str, Any] = {
            "label": label.text().strip(),
            "kind": kind.currentData(),
            "plate": plate.text().strip(),
            "driver_name": driver.text().strip(),
            "driver_phone": phone.text().strip(),
            "seats": seats.value(),
            "notes": notes.toPlainText(),
        }
        if row is not None:
            values = {k: v for k, v in values.items() if _differs(getattr(row, k, None), v)}
        return values

    dialog.collect = collect
    return dialog
