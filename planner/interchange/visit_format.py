"""The visit file: one JSON document that holds a whole visit, exported and imported losslessly.

Keys inside the file (``S01``, ``P01``, ``I001``) are derived from content order, never from database
ids, so export -> import -> export gives the same bytes in any database.
"""

from __future__ import annotations

import json
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session, selectinload

from planner.domain.errors import NotFoundError, ValidationError
from planner.domain.kinds import ActionStatus, DocumentStatus, MeetingFormat, Side, VisitStatus
from planner.domain.timeutil import parse_hhmm, zone
from planner.interchange.visit_format_to_place import export_to_place, import_to_place, to_place_site_ids
from planner.interchange.visit_validation import parse_visit_json, validate_visit_data
from planner.persistence.tables import (
    PARTICIPANT_FIELDS,
    SITE_FIELDS,
    VEHICLE_FIELDS,
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

FORMAT = "delegation-planner/visit"
FORMAT_VERSION = 1


def _keys(prefix: str, count: int) -> list[str]:
    width = max(2, len(str(count)))
    return [f"{prefix}{n:0{width}d}" for n in range(1, count + 1)]


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _clock(value: time) -> str:
    return value.strftime("%H:%M")


# ----------------------------------------------------------------------------------------------- export


def export_visit(uow: UnitOfWork, visit_id: int) -> dict[str, Any]:
    """Read a whole visit into the visit-file structure."""
    return _Exporter(uow.session, visit_id).build()


class _Exporter:
    def __init__(self, session: Session, visit_id: int) -> None:
        visit = session.get(Visit, visit_id)
        if visit is None:
            raise NotFoundError(f"there is no visit with id {visit_id}")
        self.session = session
        self.visit = visit
        self.tz = zone(visit.host_timezone)

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
            visit.participants, key=lambda p: (p.side != Side.GUEST, p.protocol_rank, p.full_name)
        )
        self.person_key = dict(zip((p.id for p in people), _keys("P", len(people)), strict=True))
        groups = sorted(visit.groups, key=lambda g: g.name)
        self.group_key = dict(zip((g.id for g in groups), _keys("G", len(groups)), strict=True))
        self.item_key = dict(zip((i.id for i in items), _keys("I", len(items)), strict=True))
        site_ids = {i.site_id for i in items if i.site_id is not None} | to_place_site_ids(session, visit.id)
        overrides = self._overrides(site_ids)
        sites = sorted(
            session.scalars(select(Site).where(Site.id.in_(site_ids))), key=lambda s: (s.name, s.address)
        )
        self.site_key = dict(zip((s.id for s in sites), _keys("S", len(sites)), strict=True))
        return {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "delegation": self._delegation(),
            "visit": self._visit(),
            "days": [
                {
                    "date": d.day.isoformat(),
                    "start": _clock(d.window_start),
                    "end": _clock(d.window_end),
                    "note": d.note,
                }
                for d in visit.days
            ],
            "sites": [{"key": self.site_key[s.id], **{f: getattr(s, f) for f in SITE_FIELDS}} for s in sites],
            "travel_time_overrides": [
                {
                    "from": self.site_key[o.from_site_id],
                    "to": self.site_key[o.to_site_id],
                    "minutes": o.minutes,
                    "note": o.note,
                }
                for o in sorted(
                    overrides, key=lambda o: (self.site_key[o.from_site_id], self.site_key[o.to_site_id])
                )
            ],
            "participants": [
                {"key": self.person_key[p.id], **{f: getattr(p, f) for f in PARTICIPANT_FIELDS}}
                for p in people
            ],
            "groups": [
                {
                    "key": self.group_key[g.id],
                    "name": g.name,
                    "name_i18n": g.name_i18n,
                    "members": self._people(g.members),
                }
                for g in groups
            ],
            "itinerary": [self._item(i) for i in items],
            "meetings": [self._meeting(i.meeting) for i in items if i.meeting is not None],
            "signed_documents": self._documents(),
            "vehicles": self._vehicles(),
            **export_to_place(session, visit.id, self.site_key, self.group_key),
        }

    def _overrides(self, site_ids: set[int]) -> list[TravelTimeOverride]:
        return list(
            self.session.scalars(
                select(TravelTimeOverride).where(
                    TravelTimeOverride.from_site_id.in_(site_ids), TravelTimeOverride.to_site_id.in_(site_ids)
                )
            )
        )

    def _people(self, people: list[Participant]) -> list[str]:
        return sorted(self.person_key[p.id] for p in people)

    def _delegation(self) -> dict[str, Any]:
        d = self.visit.delegation
        return {
            "name": d.name,
            "name_i18n": d.name_i18n,
            "home_region": d.home_region,
            "home_country": d.home_country,
            "home_timezone": d.home_timezone,
        }

    def _visit(self) -> dict[str, Any]:
        v = self.visit
        return {
            "title": v.title,
            "title_i18n": v.title_i18n,
            "status": v.status,
            "host_region": v.host_region,
            "host_organisation": v.host_organisation,
            "host_timezone": v.host_timezone,
            "start_date": v.start_date.isoformat(),
            "end_date": v.end_date.isoformat(),
            "arrival_mode": v.arrival_mode,
            "purpose": v.purpose,
            "day_start": _clock(v.day_start),
            "day_end": _clock(v.day_end),
            "travel_speed_kmh": v.travel_speed_kmh,
            "road_factor": v.road_factor,
        }

    def _instant(self, moment: datetime) -> str:
        return moment.astimezone(self.tz).isoformat(timespec="seconds")

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
            "responsible_host": self.person_key.get(item.responsible_host_id)
            if item.responsible_host_id
            else None,
            "groups": sorted(self.group_key[g.id] for g in item.groups),
            "attendees": self._people(item.attendees),
            "notes": item.notes,
            "pinned": item.pinned,
            "required": item.required,
            "priority": item.priority,
        }

    def _meeting(self, meeting: Meeting) -> dict[str, Any]:
        return {
            "item": self.item_key[meeting.item_id],
            "format": meeting.format,
            "agenda": meeting.agenda,
            "minutes": meeting.minutes,
            "outcomes": [
                {
                    "topic": o.topic,
                    "text": o.text,
                    "text_i18n": o.text_i18n,
                    "action_items": [
                        {
                            "description": a.description,
                            "owner": self.person_key.get(a.owner_id) if a.owner_id else None,
                            "owner_text": a.owner_text,
                            "due_date": _iso(a.due_date),
                            "status": a.status,
                        }
                        for a in o.action_items
                    ],
                }
                for o in meeting.outcomes
            ],
        }

    def _documents(self) -> list[dict[str, Any]]:
        docs = sorted(self.visit.documents, key=lambda d: (d.signed_on or date.min, d.title, d.id))
        return [
            {
                "title": d.title,
                "title_i18n": d.title_i18n,
                "type": d.doc_type,
                "item": self.item_key.get(d.item_id) if d.item_id else None,
                "partner_region": d.partner_region,
                "parties": d.parties,
                "signatories": [
                    {
                        "name": s.name,
                        "title": s.title,
                        "party": s.party,
                        "participant": self.person_key.get(s.participant_id) if s.participant_id else None,
                    }
                    for s in d.signatories
                ],
                "signed_on": _iso(d.signed_on),
                "place": d.place,
                "term_start": _iso(d.term_start),
                "term_end": _iso(d.term_end),
                "copies": d.copies,
                "status": d.status,
                "scan": d.scan_path,
                "notes": d.notes,
                "commitments": [
                    {
                        "area": c.area,
                        "text": c.text,
                        "text_i18n": c.text_i18n,
                        "responsible": c.responsible,
                        "due_date": _iso(c.due_date),
                        "status": c.status,
                    }
                    for c in d.commitments
                ],
            }
            for d in docs
        ]

    def _vehicles(self) -> list[dict[str, Any]]:
        vehicles = sorted(self.visit.vehicles, key=lambda v: v.label)
        order = {key: n for n, key in enumerate(self.item_key.values())}
        keys = _keys("V", len(vehicles))
        result = []
        for key, vehicle in zip(keys, vehicles, strict=True):
            seats = [
                {
                    "participant": self.person_key[s.participant_id],
                    "item": self.item_key.get(s.item_id) if s.item_id else None,
                }
                for s in vehicle.seatings
            ]
            seats.sort(key=lambda s: (-1 if s["item"] is None else order[s["item"]], s["participant"]))
            result.append(
                {"key": key, **{f: getattr(vehicle, f) for f in VEHICLE_FIELDS}, "passengers": seats}
            )
        return result


def dump_visit_json(data: dict[str, Any]) -> str:
    """The canonical text of a visit file (UTF-8, two-space indent, trailing newline)."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def export_visit_file(uow: UnitOfWork, visit_id: int, path: Path) -> None:
    """Write a visit to ``path`` in the visit file format."""
    from planner.interchange.safe_write import write_file

    # a visit file names every participant with their contacts: private, like the database
    write_file(path, dump_visit_json(export_visit(uow, visit_id)).encode("utf-8"), private=True)


# ----------------------------------------------------------------------------------------------- import


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
    return _Importer(uow.session, data).run()


class _Importer:
    def __init__(self, session: Session, data: dict[str, Any]) -> None:
        self.s = session
        self.d = data
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
        self._items(visit.id)
        self._meetings()
        self._documents(visit.id)
        self._vehicles(visit.id)
        import_to_place(self.s, visit.id, self.d, self.site_id, self.group_id)
        self.s.flush()
        return visit.id

    def _visit(self) -> Visit:
        dd, vd = self.d["delegation"], self.d["visit"]
        delegation = Delegation(
            name=dd["name"],
            name_i18n=dd.get("name_i18n", {}),
            home_region=dd.get("home_region", ""),
            home_country=dd.get("home_country", ""),
            home_timezone=dd["home_timezone"],
        )
        now = datetime.now().astimezone()
        visit = Visit(
            delegation=delegation,
            title=vd["title"],
            title_i18n=vd.get("title_i18n", {}),
            status=vd.get("status", VisitStatus.DRAFT.value),
            host_region=vd.get("host_region", ""),
            host_organisation=vd.get("host_organisation", ""),
            host_timezone=vd["host_timezone"],
            start_date=date.fromisoformat(vd["start_date"]),
            end_date=date.fromisoformat(vd["end_date"]),
            arrival_mode=vd.get("arrival_mode", ""),
            purpose=vd.get("purpose", ""),
            day_start=parse_hhmm(vd.get("day_start", "09:00")),
            day_end=parse_hhmm(vd.get("day_end", "18:00")),
            travel_speed_kmh=vd.get("travel_speed_kmh", 40.0),
            road_factor=vd.get("road_factor", 1.3),
            created_at=now,
            updated_at=now,
        )
        visit.days = [
            VisitDay(
                day=date.fromisoformat(x["date"]),
                window_start=parse_hhmm(x["start"]),
                window_end=parse_hhmm(x["end"]),
                note=x.get("note", ""),
            )
            for x in self.d.get("days", [])
        ]
        self.s.add(visit)
        self.s.flush()
        return visit

    def _sites(self) -> None:
        """Reuse a site that already exists with the same name and address instead of duplicating it."""
        rows = self.d["sites"]
        known = {
            (name, address): site_id
            for site_id, name, address in self.s.execute(
                select(Site.id, Site.name, Site.address).where(Site.name.in_({r["name"] for r in rows}))
            )
        }
        new = [r for r in rows if (r["name"], r.get("address", "")) not in known]
        # every row gets every column, so the rows go to the database as one batch
        defaults = {"name_i18n": {}, "category": "", "address": "", "opening_hours": "",
                    "usual_duration_min": 45, "contact_name": "", "contact_phone": "", "contact_email": "",
                    "notes": "", "latitude": None, "longitude": None}  # fmt: skip
        ids = self._bulk(Site, [{**defaults, **{f: r[f] for f in SITE_FIELDS if f in r}} for r in new])
        known.update(((r["name"], r.get("address", "")), i) for r, i in zip(new, ids, strict=True))
        for row in rows:
            self.site_id[row["key"]] = known[(row["name"], row.get("address", ""))]

    def _overrides(self) -> None:
        for row in self.d.get("travel_time_overrides", []):
            pair = (self.site_id[row["from"]], self.site_id[row["to"]])
            existing = self.s.scalar(
                select(TravelTimeOverride).where(
                    TravelTimeOverride.from_site_id == pair[0], TravelTimeOverride.to_site_id == pair[1]
                )
            )
            if existing is None:
                self.s.add(
                    TravelTimeOverride(
                        from_site_id=pair[0],
                        to_site_id=pair[1],
                        minutes=row["minutes"],
                        note=row.get("note", ""),
                    )
                )
            else:
                existing.minutes, existing.note = row["minutes"], row.get("note", "")

    def _bulk(self, model: type[Any], rows: list[dict[str, Any]]) -> list[int]:
        """Insert many rows in one statement and return their ids in the rows' order."""
        if not rows:
            return []
        stmt = insert(model).returning(model.id, sort_by_parameter_order=True)
        return list(self.s.scalars(stmt, rows))

    def _participants(self, visit_id: int) -> None:
        rows = self.d["participants"]
        data = [{"visit_id": visit_id, **{f: r[f] for f in PARTICIPANT_FIELDS if f in r}} for r in rows]
        for row in data:
            row.setdefault("protocol_rank", 100)
        self.person_id = dict(zip((r["key"] for r in rows), self._bulk(Participant, data), strict=True))

    def _groups(self, visit_id: int) -> None:
        rows = self.d.get("groups", [])
        ids = self._bulk(
            Group,
            [{"visit_id": visit_id, "name": r["name"], "name_i18n": r.get("name_i18n", {})} for r in rows],
        )
        self.group_id = dict(zip((r["key"] for r in rows), ids, strict=True))
        links = [
            {"group_id": self.group_id[r["key"]], "participant_id": self.person_id[m]}
            for r in rows
            for m in r.get("members", [])
        ]
        if links:
            self.s.execute(insert(group_members), links)

    def _items(self, visit_id: int) -> None:
        rows = self.d["itinerary"]
        data = [
            {
                "visit_id": visit_id,
                "kind": r["kind"],
                "title": r["title"],
                "title_i18n": r.get("title_i18n", {}),
                "starts_at": datetime.fromisoformat(r["starts_at"]),
                "ends_at": datetime.fromisoformat(r["ends_at"]),
                "site_id": self.site_id[r["site"]] if r.get("site") else None,
                "location": r.get("location", ""),
                "responsible_host_id": self.person_id[r["responsible_host"]]
                if r.get("responsible_host")
                else None,
                "notes": r.get("notes", ""),
                "pinned": r.get("pinned", False),
                "required": r.get("required", True),
                "priority": r.get("priority", 0),
            }
            for r in rows
        ]
        self.item_id = dict(zip((r["key"] for r in rows), self._bulk(ItineraryItem, data), strict=True))
        attendees = [
            {"item_id": self.item_id[r["key"]], "participant_id": self.person_id[p]}
            for r in rows
            for p in r.get("attendees", [])
        ]
        groups = [
            {"item_id": self.item_id[r["key"]], "group_id": self.group_id[g]}
            for r in rows
            for g in r.get("groups", [])
        ]
        if attendees:
            self.s.execute(insert(item_attendees), attendees)
        if groups:
            self.s.execute(insert(item_groups), groups)

    def _person(self, key: str | None) -> int | None:
        return self.person_id[key] if key else None

    def _meetings(self) -> None:
        for row in self.d.get("meetings", []):
            meeting = Meeting(
                item_id=self.item_id[row["item"]],
                format=row.get("format", MeetingFormat.EXTENDED.value),
                agenda=row.get("agenda", []),
                minutes=row.get("minutes", ""),
            )
            for pos, o in enumerate(row.get("outcomes", [])):
                outcome = Outcome(
                    position=pos, topic=o.get("topic", ""), text=o["text"], text_i18n=o.get("text_i18n", {})
                )
                outcome.action_items = [
                    ActionItem(
                        position=n,
                        description=a["description"],
                        owner_id=self._person(a.get("owner")),
                        owner_text=a.get("owner_text", ""),
                        status=a.get("status", ActionStatus.OPEN.value),
                        due_date=date.fromisoformat(a["due_date"]) if a.get("due_date") else None,
                    )
                    for n, a in enumerate(o.get("action_items", []))
                ]
                meeting.outcomes.append(outcome)
            self.s.add(meeting)

    def _documents(self, visit_id: int) -> None:
        def day(value: str | None) -> date | None:
            return date.fromisoformat(value) if value else None

        for row in self.d.get("signed_documents", []):
            doc = SignedDocument(
                visit_id=visit_id,
                item_id=self.item_id[row["item"]] if row.get("item") else None,
                title=row["title"],
                title_i18n=row.get("title_i18n", {}),
                doc_type=row["type"],
                partner_region=row.get("partner_region", ""),
                parties=row.get("parties", []),
                signed_on=day(row.get("signed_on")),
                place=row.get("place", ""),
                term_start=day(row.get("term_start")),
                term_end=day(row.get("term_end")),
                copies=row.get("copies", 2),
                status=row.get("status", DocumentStatus.SIGNED.value),
                scan_path=row.get("scan", ""),
                notes=row.get("notes", ""),
            )
            doc.signatories = [
                Signatory(
                    position=n,
                    name=s["name"],
                    title=s.get("title", ""),
                    party=s.get("party", ""),
                    participant_id=self._person(s.get("participant")),
                )
                for n, s in enumerate(row.get("signatories", []))
            ]
            doc.commitments = [
                Commitment(
                    position=n,
                    area=c.get("area", ""),
                    text=c["text"],
                    text_i18n=c.get("text_i18n", {}),
                    responsible=c.get("responsible", ""),
                    due_date=day(c.get("due_date")),
                    status=c.get("status", ActionStatus.OPEN.value),
                )
                for n, c in enumerate(row.get("commitments", []))
            ]
            self.s.add(doc)

    def _vehicles(self, visit_id: int) -> None:
        for row in self.d.get("vehicles", []):
            vehicle = Vehicle(visit_id=visit_id, **{f: row[f] for f in VEHICLE_FIELDS if f in row})
            vehicle.seatings = [
                Seating(
                    participant_id=self.person_id[p["participant"]],
                    item_id=self.item_id[p["item"]] if p.get("item") else None,
                )
                for p in row.get("passengers", [])
            ]
            self.s.add(vehicle)


def import_visit_file(uow: UnitOfWork, path: Path) -> int:
    """Load, validate and import a visit file in the caller's transaction; return the visit id."""
    return import_visit(uow, read_visit_file(path))


__all__ = [
    "ValidationError",
    "dump_visit_json",
    "export_visit",
    "export_visit_file",
    "import_visit",
    "import_visit_file",
    "read_visit_file",
]
