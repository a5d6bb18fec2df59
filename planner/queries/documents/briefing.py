"""Site briefing sheets: for the hosts of each site, who comes and when, which group, who speaks, topics.

One sheet per site the programme uses: the site's contact, then each visit to it in time order with the
groups, the guests coming in protocol order (and how many), who speaks for each side (the item's
responsible host, or its officer, and the most senior guest coming), the topics (the agenda of a
meeting held there) and the notes, staging notes included.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from planner.domain.errors import NotFoundError
from planner.domain.kinds import Side, localized, localized_list
from planner.persistence.tables import ItineraryItem, Meeting, Site
from planner.persistence.uow import UnitOfWork
from planner.queries.documents.reader import PersonLine, VisitHeader, VisitReader, protocol_key
from planner.queries.documents.run_of_show import item_fields


@dataclass(frozen=True)
class BriefingVisit:
    """One item at a site, as its hosts need to know it."""

    item_id: int
    day_number: int
    day: date
    starts_at: datetime
    ends_at: datetime
    title: str
    kind: str
    groups: tuple[str, ...]
    guests: tuple[PersonLine, ...]
    hosts: tuple[PersonLine, ...]
    host_speaker: str
    guest_speaker: PersonLine | None
    topics: tuple[str, ...]
    notes: str
    staging_notes: str
    cue: str


@dataclass(frozen=True)
class SiteBriefing:
    """The sheet for one site: its name, address and contact, and the visits to it."""

    site_id: int
    name: str
    address: str
    contact_name: str
    contact_phone: str
    visits: tuple[BriefingVisit, ...]


@dataclass(frozen=True)
class BriefingData:
    """The briefing sheets of a visit, one per site, in the order the sites are first visited."""

    visit: VisitHeader
    sites: tuple[SiteBriefing, ...]


def briefing_data(uow: UnitOfWork, visit_id: int, lang: str, site_id: int | None = None) -> BriefingData:
    """One sheet per site the visit's items use, or the sheet of ``site_id`` alone."""
    reader = VisitReader(uow, visit_id, lang)
    items = reader.items()
    used = [item for item in items if reader.site_of.get(item.id) is not None]
    if site_id is not None:
        used = [item for item in used if reader.site_of.get(item.id) == site_id]
        if not used:
            known = sorted({sid for i in items if (sid := reader.site_of.get(i.id)) is not None})
            some = ", ".join(map(str, known)) if known else "none: no item names a site"
            raise NotFoundError(f"no item of visit {visit_id} is at site {site_id} (sites used: {some})")
    fields = item_fields(reader)
    agendas = {
        item_id: localized_list([str(a) for a in agenda or ()], agenda_i18n, lang)
        for item_id, agenda, agenda_i18n in reader.session.execute(
            select(Meeting.item_id, Meeting.agenda, Meeting.agenda_i18n)
            .join(ItineraryItem, ItineraryItem.id == Meeting.item_id)
            .where(ItineraryItem.visit_id == visit_id)
        )
    }
    by_site: dict[int, list[BriefingVisit]] = {}
    everyone = set(reader.people)
    for item in used:
        sid = reader.site_of[item.id]
        assert sid is not None
        ids = everyone - reader.absent_from(item) if item.for_everyone else reader.people_of(item)
        people = sorted((reader.people[p] for p in ids if p in reader.people), key=protocol_key)
        guests = tuple(p for p in people if p.side == Side.GUEST)
        hosts = tuple(p for p in people if p.side != Side.GUEST)
        own = fields.get(item.id)
        officer = own.officer_name.strip() if own is not None else ""
        host_speaker = item.responsible.name if item.responsible is not None else officer
        local_day = item.starts_at.astimezone(reader.tz).date()
        by_site.setdefault(sid, []).append(
            BriefingVisit(
                item.id,
                (local_day - reader.header.start_date).days + 1,
                local_day,
                item.starts_at,
                item.ends_at,
                item.title,
                item.kind,
                item.groups,
                guests,
                hosts,
                host_speaker,
                guests[0] if guests else None,
                agendas.get(item.id, ()),
                item.notes,
                own.staging_notes if own is not None else "",
                own.cue if own is not None else "",
            )
        )
    sheets = []
    for sid, visits in by_site.items():
        site: Site = reader.sites[sid]
        sheets.append(
            SiteBriefing(
                sid,
                localized(site.name, site.name_i18n, lang),
                localized(site.address, site.address_i18n, lang),
                site.contact_name,
                site.contact_phone,
                tuple(visits),
            )
        )
    return BriefingData(reader.header, tuple(sheets))
