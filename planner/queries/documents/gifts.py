"""The gifts register: gifts given and received on one visit, or on every visit of one partner region.

A gift belongs to a visit; the partner region of a visit is its delegation's home region (matched in any
of its languages, whatever the case), so the register of a region gathers the gifts of all its visits.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from planner.domain.errors import NotFoundError, ValidationError
from planner.domain.kinds import localized
from planner.persistence.tables import Delegation, Gift, ItineraryItem, Participant, Visit
from planner.persistence.uow import UnitOfWork
from planner.queries.documents.reader import VisitHeader, VisitReader, person_line, tell_namesakes_apart


@dataclass(frozen=True)
class GiftLine:
    """One gift as the register prints it."""

    id: int
    direction: str
    giver: str
    giver_title: str
    recipient: str
    recipient_title: str
    description: str
    estimated_value: int | None
    currency: str
    item_title: str
    item_starts_at: datetime | None
    notes: str


@dataclass(frozen=True)
class GiftVisitBlock:
    """The gifts of one visit (its title, dates and host time zone)."""

    visit_id: int
    title: str
    start_date: date
    end_date: date
    host_timezone: str
    gifts: tuple[GiftLine, ...]


@dataclass(frozen=True)
class GiftsData:
    """The register of one visit (``visit`` set) or of a partner region across its visits."""

    visit: VisitHeader | None
    partner_region: str
    visits: tuple[GiftVisitBlock, ...]
    # the page header's organisation: the visit's host, or the host of the partner's latest visit
    host_organisation: str = ""


def _region_names(delegation: Delegation) -> set[str]:
    names = [delegation.home_region, *(delegation.home_region_i18n or {}).values()]
    return {n.strip().casefold() for n in names if n and n.strip()}


def _block(uow: UnitOfWork, visit: Visit, lang: str) -> GiftVisitBlock:
    session = uow.session
    people = tell_namesakes_apart(
        person_line(p, lang)
        for p in session.scalars(select(Participant).where(Participant.visit_id == visit.id))
    )
    found = session.execute(
        select(Gift, ItineraryItem)
        .outerjoin(ItineraryItem, ItineraryItem.id == Gift.item_id)
        .where(Gift.visit_id == visit.id)
    ).all()
    lines = []
    for g, item in found:
        giver = people.get(g.giver_id) if g.giver_id is not None else None
        recipient = people.get(g.recipient_id) if g.recipient_id is not None else None
        lines.append(
            GiftLine(
                g.id,
                g.direction,
                giver.name if giver else g.giver_text,
                giver.title if giver else "",
                recipient.name if recipient else g.recipient_text,
                recipient.title if recipient else "",
                g.description,
                g.estimated_value,
                g.currency,
                localized(item.title, item.title_i18n, lang) if item is not None else "",
                item.starts_at if item is not None else None,
                g.notes,
            )
        )
    lines.sort(key=lambda line: (line.item_starts_at is None, line.item_starts_at or datetime.min, line.id))
    return GiftVisitBlock(
        visit.id,
        localized(visit.title, visit.title_i18n, lang),
        visit.start_date,
        visit.end_date,
        visit.host_timezone,
        tuple(lines),
    )


def gifts_data(
    uow: UnitOfWork, lang: str, visit_id: int | None = None, partner_region: str | None = None
) -> GiftsData:
    """The gifts of one visit, or of every visit whose delegation comes from ``partner_region``."""
    if (visit_id is None) == (partner_region is None):
        raise ValidationError("give either a visit or --partner-region for the gifts register")
    if visit_id is not None:
        reader = VisitReader(uow, visit_id, lang)
        return GiftsData(reader.header, reader.header.home_region, (_block(uow, reader.visit_row, lang),))
    assert partner_region is not None
    wanted = partner_region.strip().casefold()
    visits = uow.session.scalars(select(Visit).join(Delegation).order_by(Visit.start_date, Visit.id)).all()
    chosen = [v for v in visits if wanted and wanted in _region_names(v.delegation)]
    if not chosen:
        regions = sorted({v.delegation.home_region for v in visits if v.delegation.home_region})
        known = f"partner regions: {', '.join(regions)}" if regions else "no visit names a home region"
        raise NotFoundError(f"no visit of a delegation from {partner_region!r} ({known})")
    delegation = chosen[0].delegation
    shown = localized(delegation.home_region, delegation.home_region_i18n, lang)
    latest = max(chosen, key=lambda v: (v.start_date, v.id))
    host = localized(latest.host_organisation, latest.host_organisation_i18n, lang)
    return GiftsData(None, shown, tuple(_block(uow, v, lang) for v in chosen), host)
