"""Editor dialogs for participants, sites, outcomes, action items, documents and vehicles.

Each dialog collects the fields a service takes; the service validates and a refused save is shown
inline next to the field (FormDialog), with nothing written.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from planner.domain.kinds import ActionStatus, DocumentStatus, DocumentType, Side, VehicleKind
from planner.queries.meetings import ActionItemRow, MeetingRow, OutcomeRow
from planner.queries.participants import ParticipantRow, shown_names
from planner.queries.signed_documents import SignedDocumentRow
from planner.queries.sites import SiteRow
from planner.queries.vehicles import VehicleRow
from ui.i18n import current_language, tr
from ui.models.value_labels import (
    hours_problem_text,
    hours_text,
    typed_value,
    value_choices,
    value_completer,
    value_label,
)
from ui.views.forms import (
    FieldForm,
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


def _choices(enumeration: str) -> list[tuple[str, Any]]:
    # the vocabulary's names, the ones the printed documents use: a value reads the same on screen and paper
    return list(value_choices(enumeration))


def participant_dialog(
    submit: Submit,
    row: ParticipantRow | None = None,
    parent: QWidget | None = None,
    extra: Callable[[FieldForm], object] | None = None,
) -> FormDialog:
    """New or existing participant; ``extra`` adds fields the page saves itself (arrival, departure)."""
    dialog = FormDialog(tr("Edit participant") if row else tr("New participant"), parent, submit)
    f = dialog.form
    name = f.add("full_name", tr("Full name"), line(row.full_name if row else ""))
    side = f.add(
        "side",
        tr("Side"),
        combo(
            _choices("side"),
            row.side if row else Side.GUEST.value,
        ),
    )
    # a person's post, not a thing's name: "Должность" / "Лауазымы", as the tables head it
    title = f.add("title", tr("Position"), line(row.title if row else ""))
    organisation = f.add("organisation", tr("Organisation"), line(row.organisation if row else ""))
    translations = _translations(
        f.add("translations", "", TranslationsSection()),
        row,
        [
            ("name_i18n", tr("Full name"), name),
            ("title_i18n", tr("Position"), title),
            ("organisation_i18n", tr("Organisation"), organisation),
        ],
    )
    role = f.add("role", tr("Role in the visit"), line(value_label("role", row.role) if row else ""))
    role.setCompleter(value_completer("role", role))
    rank = f.add("protocol_rank", tr("Protocol rank"), spin(row.protocol_rank if row else 0, 0, 9999))
    rank.setSpecialValueText(tr("last"))
    if row is not None:
        # a rank belongs to a side: moved to the other side, the person goes last there unless a rank
        # is typed; moved back, their own rank again
        def side_changed() -> None:
            rank.setValue(row.protocol_rank if side.currentData() == row.side else 0)

        side.currentIndexChanged.connect(side_changed)
    email = f.add("email", tr("E-mail"), line(row.email if row else ""))
    phone = f.add("phone", tr("Phone"), line(row.phone if row else ""))
    languages = f.add("languages", tr("Languages"), line(", ".join(row.languages) if row else ""))
    languages.setPlaceholderText("ru, kk, en")
    dietary = f.add("dietary_needs", tr("Dietary needs"), line(row.dietary_needs if row else ""))
    access = f.add("access_needs", tr("Access needs"), line(row.access_needs if row else ""))
    notes = f.add("notes", tr("Notes"), text_box(row.notes if row else ""))
    if extra is not None:
        extra(f)

    def collect() -> dict[str, Any]:
        values: dict[str, Any] = {
            "full_name": name.text().strip(),
            "side": side.currentData(),
            "title": title.text().strip(),
            "organisation": organisation.text().strip(),
            "role": typed_value("role", role.text()),
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


def stored_hours(typed: str) -> str:
    """Opening hours as typed, in the stored syntax; unreadable ones refused in the interface language."""
    from planner.domain.errors import Problem, ValidationError
    from planner.services.sites import OpeningHoursError, read_opening_hours

    try:
        return read_opening_hours(typed)
    except OpeningHoursError as exc:
        raise ValidationError(Problem("opening_hours", hours_problem_text(exc.fragment))) from None


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
    # not "Name": Russian reads that as a person's name (Имя)
    name = f.add("name", tr("Site name"), line(row.name if row else ""))
    category = f.add(
        "category", tr("Category"), line(value_label("site_category", row.category) if row else "")
    )
    category.setCompleter(value_completer("site_category", category))
    address = f.add("address", tr("Address"), line(row.address if row else ""))
    translations = _translations(
        f.add("translations", "", TranslationsSection()),
        row,
        [
            ("name_i18n", tr("Site name"), name),
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
    # shown and typed in words of the interface language (Пн-Пт, Дс-Жм or Mon-Fri), stored in one syntax
    hours = f.add("opening_hours", tr("Opening hours"), line(hours_text(row.opening_hours) if row else ""))
    hours.setPlaceholderText(hours_text("Mo-Fr 09:00-18:00; Sa 10:00-14:00"))
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
            "category": typed_value("site_category", category.text()),
            "address": address.text().strip(),
            "latitude": number(lat.text(), "latitude"),
            "longitude": number(lon.text(), "longitude"),
            "opening_hours": stored_hours(hours.text()),
            "usual_duration_min": duration.value(),
            "contact_name": contact.text().strip(),
            "contact_phone": phone.text().strip(),
            "contact_email": email.text().strip(),
            "notes": notes.toPlainText(),
            **translations.values(),
        }
        if row is not None:
            if hours.text() == hours_text(row.opening_hours):  # shown with "09:00" where stored "9:00"
                values["opening_hours"] = row.opening_hours
            if values["category"] == typed_value("site_category", row.category):  # "Museum" stored as typed
                values["category"] = row.category  # before museums were known is no change to save
            values = {k: v for k, v in values.items() if _differs(getattr(row, k, None), v)}
        return values

    dialog.collect = collect
    return dialog


def outcome_dialog(
    submit: Submit, row: OutcomeRow | None = None, parent: QWidget | None = None
) -> FormDialog:
    """New or existing outcome: its topic (with its names in other languages) and the decision."""
    dialog = FormDialog(tr("Edit outcome") if row else tr("New outcome"), parent, submit)
    topic = dialog.form.add("topic", tr("Topic"), line(row.topic if row else ""))
    text = dialog.form.add("text", tr("Decision"), text_box(row.text if row else "", 90))
    # the topic as Russian, Kazakh and English minutes print it
    translations = TranslationsSection()
    translations.add("topic_i18n", tr("Topic"), row.topic_i18n if row else {}, topic)
    dialog.form.add("translations", "", translations)

    def collect() -> dict[str, Any]:
        values: dict[str, Any] = {"topic": topic.text().strip(), "text": text.toPlainText().strip()}
        names = translations.values()
        if row is None or names["topic_i18n"] != row.topic_i18n:
            values.update(names)
        return values

    dialog.collect = collect
    return dialog


def action_item_dialog(
    submit: Submit,
    people: Sequence[ParticipantRow],
    row: ActionItemRow | None = None,
    parent: QWidget | None = None,
    outcomes: Sequence[OutcomeRow] = (),
    outcome_id: int | None = None,
    calendar_at: date | None = None,
) -> FormDialog:
    """A task; a new one names the outcome it follows from (``outcome_id`` preselected, else chosen)."""
    dialog = FormDialog(tr("Edit action item") if row else tr("New action item"), parent, submit)
    f = dialog.form
    outcome = None
    if row is None and outcomes:
        outcome = f.add(
            "outcome_id",
            tr("Follows from the outcome"),
            combo(
                [(tr("(choose an outcome)"), None), *[(_outcome_text(o), o.id) for o in outcomes]],
                outcome_id,
            ),
        )
    description = f.add("description", tr("Task"), text_box(row.description if row else "", 60))
    names = shown_names(people, current_language())  # namesakes with their position beside the name
    owner = f.add(
        "owner_id",
        tr("Owner"),
        combo(
            [(tr("(someone else)"), None), *[(names[p.id], p.id) for p in people]],
            row.owner_id if row else None,
        ),
    )
    owner_text = f.add(
        "owner_text", tr("Owner (if not a participant)"), line(row.owner if row and not row.owner_id else "")
    )
    due = f.add("due_date", tr("Due date"), date_edit(row.due_date if row else None, calendar_at=calendar_at))
    status = f.add(
        "status",
        tr("Status"),
        combo(
            _choices("action_status"),
            row.status if row else ActionStatus.OPEN.value,
        ),
    )
    # the task and the owner typed as text as Russian, Kazakh and English minutes and follow-up reports
    # print them
    translations = TranslationsSection()
    translations.add("description_i18n", tr("Task"), row.description_i18n if row else {}, description)
    translations.add(
        "owner_text_i18n", tr("Owner (if not a participant)"), row.owner_text_i18n if row else {}, owner_text
    )
    f.add("translations", "", translations)

    def collect() -> dict[str, Any]:
        values: dict[str, Any] = {
            "description": description.toPlainText().strip(),
            "owner_id": owner.currentData(),
            "owner_text": owner_text.text().strip() if owner.currentData() is None else "",
            "due_date": date_value(due),
            "status": status.currentData(),
        }
        names = translations.values()
        if owner.currentData() is not None:  # a participant: their own names print, no typed owner
            names["owner_text_i18n"] = {}
        # a map is sent when it changed: undo puts back exactly the old one
        for field, value in names.items():
            if row is None or value != getattr(row, field):
                values[field] = value
        if outcome is not None:
            if outcome.currentData() is None:
                from planner.domain.errors import Problem, ValidationError

                raise ValidationError(Problem("outcome_id", tr("Choose the outcome this task follows from")))
            values["outcome_id"] = outcome.currentData()
        return values

    dialog.collect = collect
    return dialog


def meeting_names_dialog(submit: Submit, row: MeetingRow, parent: QWidget | None = None) -> FormDialog:
    """The agenda (one point per line, in the typed order) and the minutes of a meeting as Russian, Kazakh
    and English minutes print them; collects the maps that changed."""
    dialog = FormDialog(tr("Agenda and minutes in other languages"), parent, submit)
    translations = TranslationsSection()
    agenda = translations.add_list("agenda_i18n", tr("Agenda (one point per line)"), row.agenda_i18n)
    agenda.show_typed("\n".join(row.agenda))
    minutes = translations.add_text("minutes_i18n", tr("Minutes"), row.minutes_i18n)
    minutes.show_typed(row.minutes)
    translations.open()
    dialog.form.add("translations", "", translations)

    def collect() -> dict[str, Any]:
        names: dict[str, Any] = {**translations.list_values(), **translations.values()}
        return {field: value for field, value in names.items() if value != getattr(row, field)}

    dialog.collect = collect
    return dialog


def _outcome_text(outcome: OutcomeRow) -> str:
    # in the interface's language, as the Meetings page lists it
    topic, decision = outcome.topic_name, outcome.text_shown
    text = f"{topic}: {decision}" if topic else decision
    return text if len(text) <= 80 else text[:79] + "…"


def meeting_format_choices() -> list[tuple[str, Any]]:
    return _choices("meeting_format")


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
            _choices("document_type"),
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
            _choices("document_status"),
            row.status if row else DocumentStatus.SIGNED.value,
        ),
    )
    scan = f.add("scan_path", tr("Scan (file)"), line(row.scan_path if row else ""))
    notes = f.add("notes", tr("Notes"), text_box(row.notes if row else ""))
    # the title, the partner region, the place and the parties as Russian, Kazakh and English documents
    # print them
    translations = TranslationsSection()
    for field, caption, source in (
        ("title_i18n", tr("Title"), title),
        ("partner_region_i18n", tr("Partner region"), region),
        ("place_i18n", tr("Place"), place),
    ):
        translations.add(field, caption, getattr(row, field, None) or {}, source)  # type: ignore[arg-type]
    translations.add_list(
        "parties_i18n", tr("Parties (one per line)"), row.parties_i18n if row else {}, parties
    )
    translations.add_text("notes_i18n", tr("Notes"), row.notes_i18n if row else {}, notes)
    f.add("translations", "", translations)

    def collect() -> dict[str, Any]:
        values: dict[str, Any] = {
            **translations.values(),
            **translations.list_values(),
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
    """New or existing vehicle: label, kind, plate, driver, seats, notes and their names in other
    languages."""
    dialog = FormDialog(tr("Edit vehicle") if row else tr("New vehicle"), parent, submit)
    f = dialog.form
    label = f.add("label", tr("Label"), line(row.label if row else ""))
    kind = f.add(
        "kind",
        tr("Kind"),
        combo(_choices("vehicle_kind"), row.kind if row else VehicleKind.CAR.value),
    )
    plate = f.add("plate", tr("Plate"), line(row.plate if row else ""))
    driver = f.add("driver_name", tr("Driver"), line(row.driver_name if row else ""))
    phone = f.add("driver_phone", tr("Driver's phone"), line(row.driver_phone if row else ""))
    seats = f.add("seats", tr("Seats"), spin(row.seats if row else 4, 0, 120))
    notes = f.add("notes", tr("Notes"), text_box(row.notes if row else ""))
    # the label, the driver and the notes as Russian, Kazakh and English documents print them
    translations = TranslationsSection()
    for field, caption, source in (
        ("label_i18n", tr("Label"), label),
        ("driver_name_i18n", tr("Driver"), driver),
        ("notes_i18n", tr("Notes"), notes),
    ):
        translations.add(field, caption, getattr(row, field, None) or {}, source)  # type: ignore[arg-type]
    f.add("translations", "", translations)

    def collect() -> dict[str, Any]:
        values: dict[str, Any] = {
            "label": label.text().strip(),
            "kind": kind.currentData(),
            "plate": plate.text().strip(),
            "driver_name": driver.text().strip(),
            "driver_phone": phone.text().strip(),
            "seats": seats.value(),
            "notes": notes.toPlainText(),
            **translations.values(),
        }
        if row is not None:
            values = {k: v for k, v in values.items() if _differs(getattr(row, k, None), v)}
        return values

    dialog.collect = collect
    return dialog
