"""Reading a visit file: parse it, validate it, and write the whole visit in the caller's transaction.

File keys (``S01``, ``P01``, ``I001``) are mapped to the ids the new rows get; sites already known by
name and address are reused, so importing a visit twice does not duplicate the places.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from planner.domain.errors import ValidationError
from planner.domain.kinds import ActionStatus, DocumentStatus, MeetingFormat, VisitStatus
from planner.domain.timeutil import parse_hhmm
from planner.domain.vocabulary import PARTICIPANT_FIELDS, SITE_FIELDS, VEHICLE_FIELDS
from planner.interchange.visit_format_gifts import import_gifts, run_of_show_from_file
from planner.interchange.visit_format_seating import import_table_seating
from planner.interchange.visit_format_to_place import import_to_place
from planner.interchange.visit_rules import planning_from_file
from planner.interchange.visit_validation import parse_visit_json, validate_visit_data
from planner.persistence.tables import (
    ActionItem,
    Commitment,
    Delegation,
    Group,
    ItineraryItem,
    Meeting,
    Outcome,
    Participant,
    Seating,
    Signatory,
    SignedDocument,
    Site,
    TravelTimeOverride,
    Vehicle,
    Visit,
    VisitDay,
    group_members,
    item_attendees,
    item_groups,
)
from planner.persistence.uow import UnitOfWork

# what a new site gets for a column its row leaves out; every row gets every column, so the new sites go
# to the database as one batch
_SITE_DEFAULTS: dict[str, Any] = {
    "name_i18n": {},
    "category": "",
    "category_i18n": {},
    "address": "",
    "address_i18n": {},
    "opening_hours": "",
    "usual_duration_min": 45,
    "contact_name": "",
    "contact_phone": "",
    "contact_email": "",
    "notes": "",
    "latitude": None,
    "longitude": None,
}


def read_visit_file(path: Path) -> dict[str, Any]:
    """Read and parse a visit file (not yet validated: ``import_visit`` does that)."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ValidationError(f"cannot read {path}: {exc.strerror}") from exc
    return parse_visit_json(raw)


def import_visit(uow: UnitOfWork, data: dict[str, Any], *, validated: bool = False) -> int:
    """Validate then write a whole visit in the caller's transaction; return the new visit id.

    On any problem nothing is written (ValidationError lists them all). The caller commits.
    ``validated`` says the caller already ran ``validate_visit_data`` on this very data.
    """
    if not validated:
        validate_visit_data(data)
    return _VisitImporter(uow.session, data).run()


def import_visit_file(uow: UnitOfWork, path: Path) -> int:
    """Load, validate and import a visit file in the caller's transaction; return the visit id."""
    return import_visit(uow, read_visit_file(path))


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


class _VisitImporter:
    """One import: the file's data, and the database id given to each file key."""

    def __init__(self, session: Session, data: dict[str, Any]) -> None:
        self.session = session
        self.data = data
        self.site_id: dict[str, int] = {}
        self.person_id: dict[str, int] = {}
        self.group_id: dict[str, int] = {}
        self.item_id: dict[str, int] = {}

    def run(self) -> int:
        visit = self._visit()
        self._sites()
        self._overrides()
        self._participants(visit.id)
        self._groups(visit.id)
        planning_from_file(
            self.data.get("planning"), self.session, visit, self.site_id, self.group_id, self.person_id
        )
        self._items(visit.id)
        self._meetings()
        self._documents(visit.id)
        self._vehicles(visit.id)
        import_to_place(self.session, visit.id, self.data, self.site_id, self.group_id)
        import_table_seating(self.session, self.data, self.item_id, self.person_id)
        import_gifts(self.session, visit.id, self.data, self.person_id, self.item_id)
        self.session.flush()
        return visit.id

    def _person(self, key: str | None) -> int | None:
        return self.person_id[key] if key else None

    def _item(self, key: str | None) -> int | None:
        return self.item_id[key] if key else None

    def _bulk(self, model: type[Any], rows: list[dict[str, Any]]) -> list[int]:
        """Insert many rows in one statement and return their ids in the rows' order."""
        if not rows:
            return []
        stmt = insert(model).returning(model.id, sort_by_parameter_order=True)
        return list(self.session.scalars(stmt, rows))

    def _visit(self) -> Visit:
        delegation_row, visit_row = self.data["delegation"], self.data["visit"]
        delegation = Delegation(
            name=delegation_row["name"],
            name_i18n=delegation_row.get("name_i18n", {}),
            home_region=delegation_row.get("home_region", ""),
            home_region_i18n=delegation_row.get("home_region_i18n", {}),
            home_country=delegation_row.get("home_country", ""),
            home_timezone=delegation_row["home_timezone"],
        )
        now = datetime.now().astimezone()
        visit = Visit(
            delegation=delegation,
            title=visit_row["title"],
            title_i18n=visit_row.get("title_i18n", {}),
            status=visit_row.get("status", VisitStatus.DRAFT.value),
            host_region=visit_row.get("host_region", ""),
            host_region_i18n=visit_row.get("host_region_i18n", {}),
            host_organisation=visit_row.get("host_organisation", ""),
            host_organisation_i18n=visit_row.get("host_organisation_i18n", {}),
            host_timezone=visit_row["host_timezone"],
            start_date=date.fromisoformat(visit_row["start_date"]),
            end_date=date.fromisoformat(visit_row["end_date"]),
            arrival_mode=visit_row.get("arrival_mode", ""),
            arrival_mode_i18n=visit_row.get("arrival_mode_i18n", {}),
            purpose=visit_row.get("purpose", ""),
            purpose_i18n=visit_row.get("purpose_i18n", {}),
            day_start=parse_hhmm(visit_row.get("day_start", "09:00")),
            day_end=parse_hhmm(visit_row.get("day_end", "18:00")),
            travel_speed_kmh=visit_row.get("travel_speed_kmh", 40.0),
            road_factor=visit_row.get("road_factor", 1.3),
            created_at=now,
            updated_at=now,
        )
        visit.days = [
            VisitDay(
                day=date.fromisoformat(day_row["date"]),
                window_start=parse_hhmm(day_row["start"]),
                window_end=parse_hhmm(day_row["end"]),
                note=day_row.get("note", ""),
            )
            for day_row in self.data.get("days", [])
        ]
        self.session.add(visit)
        self.session.flush()
        return visit

    def _sites(self) -> None:
        """Reuse a site that already exists with the same name and address instead of duplicating it."""
        rows = self.data["sites"]
        known = {
            (name, address): site_id
            for site_id, name, address in self.session.execute(
                select(Site.id, Site.name, Site.address).where(Site.name.in_({row["name"] for row in rows}))
            )
        }
        new = [row for row in rows if (row["name"], row.get("address", "")) not in known]
        ids = self._bulk(
            Site, [{**_SITE_DEFAULTS, **{f: row[f] for f in SITE_FIELDS if f in row}} for row in new]
        )
        known.update(((row["name"], row.get("address", "")), i) for row, i in zip(new, ids, strict=True))
        for row in rows:
            self.site_id[row["key"]] = known[(row["name"], row.get("address", ""))]

    def _overrides(self) -> None:
        for row in self.data.get("travel_time_overrides", []):
            from_id, to_id = self.site_id[row["from"]], self.site_id[row["to"]]
            existing = self.session.scalar(
                select(TravelTimeOverride).where(
                    TravelTimeOverride.from_site_id == from_id, TravelTimeOverride.to_site_id == to_id
                )
            )
            if existing is None:
                self.session.add(
                    TravelTimeOverride(
                        from_site_id=from_id,
                        to_site_id=to_id,
                        minutes=row["minutes"],
                        note=row.get("note", ""),
                    )
                )
            else:
                existing.minutes, existing.note = row["minutes"], row.get("note", "")

    def _participants(self, visit_id: int) -> None:
        rows = self.data["participants"]
        values = [
            {"visit_id": visit_id, **{f: row[f] for f in PARTICIPANT_FIELDS if f in row}} for row in rows
        ]
        for person in values:
            person.setdefault("protocol_rank", 100)
        self.person_id = dict(zip((row["key"] for row in rows), self._bulk(Participant, values), strict=True))
        # who meets or sees off whom: another participant, known by key once everyone has an id (one
        # statement per such person: the audit records updates by a WHERE clause, not in bulk)
        for row in rows:
            meeters = {
                f"{end}_meeter_id": self._person(row[f"{end}_meeter_key"])
                for end in ("arrival", "departure")
                if row.get(f"{end}_meeter_key")
            }
            if meeters:
                person_id = self.person_id[row["key"]]
                self.session.execute(update(Participant).where(Participant.id == person_id).values(**meeters))

    def _groups(self, visit_id: int) -> None:
        rows = self.data.get("groups", [])
        ids = self._bulk(
            Group,
            [
                {"visit_id": visit_id, "name": row["name"], "name_i18n": row.get("name_i18n", {})}
                for row in rows
            ],
        )
        self.group_id = dict(zip((row["key"] for row in rows), ids, strict=True))
        members = [
            {"group_id": self.group_id[row["key"]], "participant_id": self.person_id[member]}
            for row in rows
            for member in row.get("members", [])
        ]
        if members:
            self.session.execute(insert(group_members), members)

    def _items(self, visit_id: int) -> None:
        rows = self.data["itinerary"]
        values = [
            {
                "visit_id": visit_id,
                "kind": row["kind"],
                "title": row["title"],
                "title_i18n": row.get("title_i18n", {}),
                "starts_at": datetime.fromisoformat(row["starts_at"]),
                "ends_at": datetime.fromisoformat(row["ends_at"]),
                "site_id": self.site_id[row["site"]] if row.get("site") else None,
                "location": row.get("location", ""),
                "location_i18n": row.get("location_i18n", {}),
                "responsible_host_id": self._person(row.get("responsible_host")),
                "notes": row.get("notes", ""),
                "notes_i18n": row.get("notes_i18n", {}),
                "pinned": row.get("pinned", False),
                "required": row.get("required", True),
                "priority": row.get("priority", 0),
                "planned_minutes": row.get("planned_minutes"),  # older files: never shortened
                **run_of_show_from_file(row),
            }
            for row in rows
        ]
        self.item_id = dict(zip((row["key"] for row in rows), self._bulk(ItineraryItem, values), strict=True))
        attendees = [
            {"item_id": self.item_id[row["key"]], "participant_id": self.person_id[person]}
            for row in rows
            for person in row.get("attendees", [])
        ]
        groups = [
            {"item_id": self.item_id[row["key"]], "group_id": self.group_id[group]}
            for row in rows
            for group in row.get("groups", [])
        ]
        if attendees:
            self.session.execute(insert(item_attendees), attendees)
        if groups:
            self.session.execute(insert(item_groups), groups)

    def _meetings(self) -> None:
        for row in self.data.get("meetings", []):
            meeting = Meeting(
                item_id=self.item_id[row["item"]],
                format=row.get("format", MeetingFormat.EXTENDED.value),
                agenda=row.get("agenda", []),
                agenda_i18n=row.get("agenda_i18n", {}),
                minutes=row.get("minutes", ""),
                minutes_i18n=row.get("minutes_i18n", {}),
            )
            for position, outcome_row in enumerate(row.get("outcomes", [])):
                outcome = Outcome(
                    position=position,
                    topic=outcome_row.get("topic", ""),
                    topic_i18n=outcome_row.get("topic_i18n", {}),
                    text=outcome_row["text"],
                    text_i18n=outcome_row.get("text_i18n", {}),
                )
                outcome.action_items = [
                    ActionItem(
                        position=n,
                        description=action_row["description"],
                        description_i18n=action_row.get("description_i18n", {}),
                        owner_id=self._person(action_row.get("owner")),
                        owner_text=action_row.get("owner_text", ""),
                        owner_text_i18n=action_row.get("owner_text_i18n", {}),
                        status=action_row.get("status", ActionStatus.OPEN.value),
                        due_date=_day(action_row.get("due_date")),
                    )
                    for n, action_row in enumerate(outcome_row.get("action_items", []))
                ]
                meeting.outcomes.append(outcome)
            self.session.add(meeting)

    def _documents(self, visit_id: int) -> None:
        for row in self.data.get("signed_documents", []):
            doc = SignedDocument(
                visit_id=visit_id,
                item_id=self._item(row.get("item")),
                title=row["title"],
                title_i18n=row.get("title_i18n", {}),
                doc_type=row["type"],
                partner_region=row.get("partner_region", ""),
                partner_region_i18n=row.get("partner_region_i18n", {}),
                parties=row.get("parties", []),
                parties_i18n=row.get("parties_i18n", {}),
                signed_on=_day(row.get("signed_on")),
                place=row.get("place", ""),
                place_i18n=row.get("place_i18n", {}),
                term_start=_day(row.get("term_start")),
                term_end=_day(row.get("term_end")),
                copies=row.get("copies", 2),
                status=row.get("status", DocumentStatus.SIGNED.value),
                scan_path=row.get("scan", ""),
                notes=row.get("notes", ""),
                notes_i18n=row.get("notes_i18n", {}),
            )
            doc.signatories = [
                Signatory(
                    position=n,
                    name=signatory_row["name"],
                    title=signatory_row.get("title", ""),
                    title_i18n=signatory_row.get("title_i18n", {}),
                    party=signatory_row.get("party", ""),
                    party_i18n=signatory_row.get("party_i18n", {}),
                    participant_id=self._person(signatory_row.get("participant")),
                )
                for n, signatory_row in enumerate(row.get("signatories", []))
            ]
            doc.commitments = [
                Commitment(
                    position=n,
                    area=commitment_row.get("area", ""),
                    area_i18n=commitment_row.get("area_i18n", {}),
                    text=commitment_row["text"],
                    text_i18n=commitment_row.get("text_i18n", {}),
                    responsible=commitment_row.get("responsible", ""),
                    responsible_i18n=commitment_row.get("responsible_i18n", {}),
                    due_date=_day(commitment_row.get("due_date")),
                    status=commitment_row.get("status", ActionStatus.OPEN.value),
                )
                for n, commitment_row in enumerate(row.get("commitments", []))
            ]
            self.session.add(doc)

    def _vehicles(self, visit_id: int) -> None:
        rows = self.data.get("vehicles", [])
        # the column: by each car's motorcade_position; an older file has none, so its cars stand in the
        # file's order (as they always did), and cars without a place follow those with one
        given = [row.get("motorcade_position") for row in rows]
        column = sorted(range(len(rows)), key=lambda n: (given[n] is None, given[n] or 0, n))
        place = {n: position for position, n in enumerate(column, start=1)}
        for n, row in enumerate(rows):
            vehicle = Vehicle(
                visit_id=visit_id,
                **{f: row[f] for f in VEHICLE_FIELDS if f in row},
                motorcade_position=place[n],
            )
            vehicle.seatings = [
                Seating(
                    participant_id=self.person_id[passenger["participant"]],
                    item_id=self._item(passenger.get("item")),
                )
                for passenger in row.get("passengers", [])
            ]
            self.session.add(vehicle)
