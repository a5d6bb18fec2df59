"""The gifts of a visit as the Gifts screen lists them: frozen rows, in the order they changed hands."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from planner.domain.namesakes import Namesake, distinguished_names
from planner.domain.timeutil import zone
from planner.persistence.tables import Gift, ItineraryItem, Participant, Visit
from planner.persistence.uow import UnitOfWork


@dataclass(frozen=True)
class GiftRow:
    """One gift: who gave it to whom (a participant's name, else the text typed), what, worth, where."""

    id: int
    visit_id: int
    direction: str
    giver_id: int | None
    giver_text: str
    giver: str
    recipient_id: int | None
    recipient_text: str
    recipient: str
    description: str
    estimated_value: int | None
    currency: str
    item_id: int | None
    item_title: str
    item_starts_at: datetime | None
    notes: str
    version: int
    item_when: str = ""  # the item's start in the host's time: "11.05 10:15"


def visit_gifts(uow: UnitOfWork, visit_id: int) -> list[GiftRow]:
    """The gifts of a visit: those at an item in the item's time order, then the others by entry."""
    session = uow.session
    visit = session.get(Visit, visit_id)
    tz = zone(visit.host_timezone) if visit is not None else None
    # namesakes read apart here as everywhere: "Иванов Иван (Министр)"
    names = distinguished_names(
        Namesake(pid, name, title, organisation)
        for pid, name, title, organisation in session.execute(
            select(Participant.id, Participant.full_name, Participant.title, Participant.organisation).where(
                Participant.visit_id == visit_id
            )
        )
    )
    found = session.execute(
        select(Gift, ItineraryItem.title, ItineraryItem.starts_at)
        .outerjoin(ItineraryItem, ItineraryItem.id == Gift.item_id)
        .where(Gift.visit_id == visit_id)
    ).all()
    rows = [
        GiftRow(
            g.id,
            g.visit_id,
            g.direction,
            g.giver_id,
            g.giver_text,
            names.get(g.giver_id, "") if g.giver_id is not None else g.giver_text,
            g.recipient_id,
            g.recipient_text,
            names.get(g.recipient_id, "") if g.recipient_id is not None else g.recipient_text,
            g.description,
            g.estimated_value,
            g.currency,
            g.item_id,
            title or "",
            starts,
            g.notes,
            g.version,
            f"{starts.astimezone(tz):%d.%m %H:%M}" if starts is not None and tz is not None else "",
        )
        for g, title, starts in found
    ]
    # an item's gifts in time order; gifts at no item after them (datetime.max has no zone: use a flag)
    rows.sort(key=lambda r: (r.item_starts_at is None, r.item_starts_at or datetime.min, r.id))
    return rows
