"""Writing a visit file: a whole visit read from the database into the visit-file structure.

Keys inside the file (``S01``, ``P01``, ``I001``) are derived from content order, never from database
ids, so export -> import -> export gives the same bytes in any database.
"""

from __future__ import annotations

import json
import math
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from planner.domain.errors import NotFoundError
from planner.domain.kinds import Side
from planner.domain.timeutil import zone
from planner.domain.vocabulary import PARTICIPANT_FIELDS, SITE_FIELDS, TRAVEL_FIELDS, VEHICLE_FIELDS
from planner.interchange.visit_format_gifts import export_gifts, run_of_show_to_file
from planner.interchange.visit_format_seating import export_table_seating
from planner.interchange.visit_format_to_place import export_to_place, to_place_site_ids
from planner.interchange.visit_rules import planning_site_ids, planning_to_file
from planner.persistence.tables import (
    ItineraryItem,
    Meeting,
    Participant,
    SignedDocument,
    Site,
    TravelTimeOverride,
    Visit,
)
from planner.persistence.uow import UnitOfWork

FORMAT = "delegation-planner/visit"
FORMAT_VERSION = 1


def _keys(prefix: str, count: int) -> list[str]:
    """``count`` file keys in order: ``P01``, ``P02``… (three digits from a hundred on)."""
    width = max(2, len(str(count)))
    return [f"{prefix}{n:0{width}d}" for n in range(1, count + 1)]


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _clock(value: time) -> str:
    return value.strftime("%H:%M")


def export_visit(uow: UnitOfWork, visit_id: int) -> dict[str, Any]:
    """Read a whole visit into the visit-file structure."""
    return _VisitExporter(uow.session, visit_id).build()


def dump_visit_json(data: dict[str, Any]) -> str:
    """The canonical text of a visit file (UTF-8, two-space indent, trailing newline).

    A number that is not finite (a NaN coordinate stored before input was checked) is written as null:
    ``Infinity`` and ``NaN`` are not JSON, and no program could read the file back.
    """
    return json.dumps(_finite(data), ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def _finite(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {key: _finite(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_finite(item) for item in value]
    return value


def export_visit_file(uow: UnitOfWork, visit_id: int, path: Path) -> None:
    """Write a visit to ``path`` in the visit file format."""
    from planner.interchange.safe_write import write_file

    # a visit file names every participant with their contacts: private, like the database
    write_file(path, dump_visit_json(export_visit(uow, visit_id)).encode("utf-8"), private=True)


class _VisitExporter:
    """One export: the visit's records, and the file key given to each database id."""

    def __init__(self, session: Session, visit_id: int) -> None:
        visit = session.get(Visit, visit_id)
        if visit is None:
            raise NotFoundError(f"there is no visit with id {visit_id}")
        self.session = session
        self.visit = visit
        self.host_zone = zone(visit.host_timezone)

    def build(self) -> dict[str, Any]:
        visit, session = self.visit, self.session
        items = session.scalars(
            select(ItineraryItem)
            .where(ItineraryItem.visit_id == visit.id)
            .order_by(ItineraryItem.starts_at, ItineraryItem.ends_at, ItineraryItem.id)
            .options(
                selectinload(ItineraryItem.attendees),
                selectinload(ItineraryItem.groups),
                selectinload(ItineraryItem.meeting),
            )
        ).all()
        people = sorted(
            visit.participants,
            key=lambda person: (person.side != Side.GUEST, person.protocol_rank, person.full_name, person.id),
        )
        self.person_key = dict(zip((p.id for p in people), _keys("P", len(people)), strict=True))
        groups = sorted(visit.groups, key=lambda group: group.name)
        self.group_key = dict(zip((g.id for g in groups), _keys("G", len(groups)), strict=True))
        self.item_key = dict(zip((i.id for i in items), _keys("I", len(items)), strict=True))
        site_ids = {item.site_id for item in items if item.site_id is not None}
        site_ids |= to_place_site_ids(session, visit.id) | planning_site_ids(visit)
        overrides = self._overrides(site_ids)
        sites = sorted(
            session.scalars(select(Site).where(Site.id.in_(site_ids))),
            key=lambda site: (site.name, site.address),
        )
        self.site_key = dict(zip((s.id for s in sites), _keys("S", len(sites)), strict=True))
        return {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "delegation": self._delegation(),
            "visit": self._visit(),
            "days": [
                {
                    "date": day.day.isoformat(),
                    "start": _clock(day.window_start),
                    "end": _clock(day.window_end),
                    "note": day.note,
                }
                for day in visit.days
            ],
            "sites": [
                {"key": self.site_key[site.id], **{f: getattr(site, f) for f in SITE_FIELDS}}
                for site in sites
            ],
            "travel_time_overrides": [
                {
                    "from": self.site_key[override.from_site_id],
                    "to": self.site_key[override.to_site_id],
                    "minutes": override.minutes,
                    "note": override.note,
                }
                for override in sorted(
                    overrides, key=lambda o: (self.site_key[o.from_site_id], self.site_key[o.to_site_id])
                )
            ],
            "participants": [
                {"key": self.person_key[person.id], **self._person_fields(person)} for person in people
            ],
            "groups": [
                {
                    "key": self.group_key[group.id],
                    "name": group.name,
                    "name_i18n": group.name_i18n,
                    "members": self._people(group.members),
                }
                for group in groups
            ],
            "itinerary": [self._item(item) for item in items],
            "meetings": [self._meeting(item.meeting) for item in items if item.meeting is not None],
            "signed_documents": [self._document(doc) for doc in self._documents_in_order()],
            "vehicles": self._vehicles(),
            "planning": planning_to_file(
                self.visit, self.site_key, self.group_key, self.person_key, self._instant
            ),
            **export_to_place(self.session, self.visit.id, self.site_key, self.group_key),
            **export_table_seating(self.session, self.visit.id, self.item_key, self.person_key),
            **export_gifts(self.session, self.visit.id, self.person_key, self.item_key),
        }

    def _overrides(self, site_ids: set[int]) -> list[TravelTimeOverride]:
        return list(
            self.session.scalars(
                select(TravelTimeOverride).where(
                    TravelTimeOverride.from_site_id.in_(site_ids), TravelTimeOverride.to_site_id.in_(site_ids)
                )
            )
        )

    def _person_fields(self, person: Participant) -> dict[str, Any]:
        # how a person travels is written only when known: files of visits without it read as before
        fields = {
            f: getattr(person, f) for f in PARTICIPANT_FIELDS if f not in TRAVEL_FIELDS or getattr(person, f)
        }
        for end in ("arrival", "departure"):
            meeter = getattr(person, f"{end}_meeter_id")
            if meeter is not None and meeter in self.person_key:
                fields[f"{end}_meeter_key"] = self.person_key[meeter]
        return fields

    def _people(self, people: list[Participant]) -> list[str]:
        return sorted(self.person_key[person.id] for person in people)

    def _person(self, participant_id: int | None) -> str | None:
        return self.person_key.get(participant_id) if participant_id else None

    def _item_ref(self, item_id: int | None) -> str | None:
        return self.item_key.get(item_id) if item_id else None

    def _delegation(self) -> dict[str, Any]:
        delegation = self.visit.delegation
        return {
            "name": delegation.name,
            "name_i18n": delegation.name_i18n,
            "home_region": delegation.home_region,
            "home_region_i18n": delegation.home_region_i18n,
            "home_country": delegation.home_country,
            "home_timezone": delegation.home_timezone,
        }

    def _visit(self) -> dict[str, Any]:
        visit = self.visit
        return {
            "title": visit.title,
            "title_i18n": visit.title_i18n,
            "status": visit.status,
            "host_region": visit.host_region,
            "host_region_i18n": visit.host_region_i18n,
            "host_organisation": visit.host_organisation,
            "host_organisation_i18n": visit.host_organisation_i18n,
            "host_timezone": visit.host_timezone,
            "start_date": visit.start_date.isoformat(),
            "end_date": visit.end_date.isoformat(),
            "arrival_mode": visit.arrival_mode,
            "arrival_mode_i18n": visit.arrival_mode_i18n,
            "purpose": visit.purpose,
            "purpose_i18n": visit.purpose_i18n,
            "day_start": _clock(visit.day_start),
            "day_end": _clock(visit.day_end),
            "travel_speed_kmh": visit.travel_speed_kmh,
            "road_factor": visit.road_factor,
        }

    def _instant(self, moment: datetime) -> str:
        """A moment as the host's local time with its offset, as people on the spot read it."""
        return moment.astimezone(self.host_zone).isoformat(timespec="seconds")

    def _item(self, item: ItineraryItem) -> dict[str, Any]:
        return {
            "key": self.item_key[item.id],
            "kind": item.kind,
            "title": item.title,
            "title_i18n": item.title_i18n,
            "starts_at": self._instant(item.starts_at),
            "ends_at": self._instant(item.ends_at),
            "site": self.site_key.get(item.site_id) if item.site_id else None,
            "location": item.location,
            "location_i18n": item.location_i18n,
            "responsible_host": self._person(item.responsible_host_id),
            "groups": sorted(self.group_key[group.id] for group in item.groups),
            "attendees": self._people(item.attendees),
            "notes": item.notes,
            "notes_i18n": item.notes_i18n,
            "pinned": item.pinned,
            "required": item.required,
            "priority": item.priority,
            **run_of_show_to_file(item),
            # only for an item a repair has shortened, so the files of other items stay as they were
            **({} if item.planned_minutes is None else {"planned_minutes": item.planned_minutes}),
        }

    def _meeting(self, meeting: Meeting) -> dict[str, Any]:
        return {
            "item": self.item_key[meeting.item_id],
            "format": meeting.format,
            "agenda": meeting.agenda,
            "agenda_i18n": meeting.agenda_i18n,
            "minutes": meeting.minutes,
            "minutes_i18n": meeting.minutes_i18n,
            "outcomes": [
                {
                    "topic": outcome.topic,
                    "topic_i18n": outcome.topic_i18n,
                    "text": outcome.text,
                    "text_i18n": outcome.text_i18n,
                    "action_items": [
                        {
                            "description": action.description,
                            "description_i18n": action.description_i18n,
                            "owner": self._person(action.owner_id),
                            "owner_text": action.owner_text,
                            "owner_text_i18n": action.owner_text_i18n,
                            "due_date": _iso(action.due_date),
                            "status": action.status,
                        }
                        for action in outcome.action_items
                    ],
                }
                for outcome in meeting.outcomes
            ],
        }

    def _documents_in_order(self) -> list[SignedDocument]:
        return sorted(self.visit.documents, key=lambda doc: (doc.signed_on or date.min, doc.title, doc.id))

    def _document(self, doc: SignedDocument) -> dict[str, Any]:
        return {
            "title": doc.title,
            "title_i18n": doc.title_i18n,
            "type": doc.doc_type,
            "item": self._item_ref(doc.item_id),
            "partner_region": doc.partner_region,
            "partner_region_i18n": doc.partner_region_i18n,
            "parties": doc.parties,
            "parties_i18n": doc.parties_i18n,
            "signatories": [
                {
                    "name": signatory.name,
                    "title": signatory.title,
                    "title_i18n": signatory.title_i18n,
                    "party": signatory.party,
                    "party_i18n": signatory.party_i18n,
                    "participant": self._person(signatory.participant_id),
                }
                for signatory in doc.signatories
            ],
            "signed_on": _iso(doc.signed_on),
            "place": doc.place,
            "place_i18n": doc.place_i18n,
            "term_start": _iso(doc.term_start),
            "term_end": _iso(doc.term_end),
            "copies": doc.copies,
            "status": doc.status,
            "scan": doc.scan_path,
            "notes": doc.notes,
            "notes_i18n": doc.notes_i18n,
            "commitments": [
                {
                    "area": commitment.area,
                    "area_i18n": commitment.area_i18n,
                    "text": commitment.text,
                    "text_i18n": commitment.text_i18n,
                    "responsible": commitment.responsible,
                    "responsible_i18n": commitment.responsible_i18n,
                    "due_date": _iso(commitment.due_date),
                    "status": commitment.status,
                }
                for commitment in doc.commitments
            ],
        }

    def _vehicles(self) -> list[dict[str, Any]]:
        vehicles = sorted(self.visit.vehicles, key=lambda vehicle: vehicle.label)
        # each car's place in the column as its number 1..n (gaps left by deleted cars closed)
        column = sorted(
            self.visit.vehicles, key=lambda v: (v.motorcade_position is None, v.motorcade_position or 0, v.id)
        )
        number = {vehicle.id: n for n, vehicle in enumerate(column, start=1)}
        item_order = {key: n for n, key in enumerate(self.item_key.values())}
        result = []
        for key, vehicle in zip(_keys("V", len(vehicles)), vehicles, strict=True):
            passengers = [
                {"participant": self.person_key[seat.participant_id], "item": self._item_ref(seat.item_id)}
                for seat in vehicle.seatings
            ]
            # seats for the whole visit first, then by the order of the items they are for
            passengers.sort(
                key=lambda p: (-1 if p["item"] is None else item_order[p["item"]], p["participant"])
            )
            result.append(
                {
                    "key": key,
                    **{f: getattr(vehicle, f) for f in VEHICLE_FIELDS},
                    "motorcade_position": number[vehicle.id],
                    "passengers": passengers,
                }
            )
        return result
