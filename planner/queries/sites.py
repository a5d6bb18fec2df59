"""Read rows of sites: all of them, or those a visit uses."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select

from planner.persistence.tables import ItineraryItem, Site
from planner.persistence.uow import UnitOfWork


@dataclass(frozen=True)
class SiteRow:
    """One site as the site list and editor show it; ``uses`` counts items of the asked visit there."""

    id: int
    name: str
    category: str
    address: str
    latitude: float | None
    longitude: float | None
    opening_hours: str
    usual_duration_min: int
    contact_name: str
    contact_phone: str
    contact_email: str
    notes: str
    uses: int
    version: int
    # the name, category and address in other languages (language -> text)
    name_i18n: dict[str, str] = field(default_factory=dict, hash=False)
    category_i18n: dict[str, str] = field(default_factory=dict, hash=False)
    address_i18n: dict[str, str] = field(default_factory=dict, hash=False)


def list_sites(uow: UnitOfWork, visit_id: int | None = None) -> list[SiteRow]:
    """Every site by name; with ``visit_id``, ``uses`` counts that visit's items at each site."""
    uses = select(ItineraryItem.site_id, func.count().label("n")).group_by(ItineraryItem.site_id)
    if visit_id is not None:
        uses = uses.where(ItineraryItem.visit_id == visit_id)
    counts = uses.subquery()
    stmt = (
        select(Site, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.site_id == Site.id)
        .order_by(Site.name, Site.id)
    )
    return [
        SiteRow(
            s.id,
            s.name,
            s.category,
            s.address,
            s.latitude,
            s.longitude,
            s.opening_hours,
            s.usual_duration_min,
            s.contact_name,
            s.contact_phone,
            s.contact_email,
            s.notes,
            int(n),
            s.version,
            dict(s.name_i18n or {}),
            dict(s.category_i18n or {}),
            dict(s.address_i18n or {}),
        )
        for s, n in uow.session.execute(stmt)
    ]
