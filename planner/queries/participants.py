"""Read rows of a visit's participants, in protocol order."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import select

from planner.domain.kinds import Side, localized
from planner.domain.namesakes import Namesake, distinguished_names
from planner.persistence.tables import Participant
from planner.persistence.uow import UnitOfWork


@dataclass(frozen=True)
class ParticipantRow:
    """One participant as lists and editors show them."""

    id: int
    visit_id: int
    side: str
    full_name: str
    title: str
    organisation: str
    role: str
    protocol_rank: int
    languages: tuple[str, ...]
    email: str
    phone: str
    dietary_needs: str
    access_needs: str
    notes: str
    version: int
    # the name, position and organisation in other languages (language -> text)
    name_i18n: dict[str, str] = field(default_factory=dict, hash=False)
    title_i18n: dict[str, str] = field(default_factory=dict, hash=False)
    organisation_i18n: dict[str, str] = field(default_factory=dict, hash=False)
    # how they come and go (migration 0009): mode, flight or train number, who meets / sees them off
    arrival_mode: str = ""
    arrival_number: str = ""
    arrival_meeter_id: int | None = None
    arrival_meeter: str = ""
    departure_mode: str = ""
    departure_number: str = ""
    departure_meeter_id: int | None = None
    departure_meeter: str = ""


def visit_participants(uow: UnitOfWork, visit_id: int, side: str | None = None) -> list[ParticipantRow]:
    """Participants of a visit: guests first, then hosts, each side by protocol rank."""
    stmt = select(Participant).where(Participant.visit_id == visit_id)
    if side is not None:
        stmt = stmt.where(Participant.side == side)
    stmt = stmt.order_by(
        # the id last: namesakes of one rank keep one order
        Participant.side != Side.GUEST.value,
        Participant.protocol_rank,
        Participant.full_name,
        Participant.id,
    )
    return [
        ParticipantRow(
            p.id,
            p.visit_id,
            p.side,
            p.full_name,
            p.title,
            p.organisation,
            p.role,
            p.protocol_rank,
            tuple(p.languages or ()),
            p.email,
            p.phone,
            p.dietary_needs,
            p.access_needs,
            p.notes,
            p.version,
            dict(p.name_i18n or {}),
            dict(p.title_i18n or {}),
            dict(p.organisation_i18n or {}),
            p.arrival_mode,
            p.arrival_number,
            p.arrival_meeter_id,
            p.arrival_meeter,
            p.departure_mode,
            p.departure_number,
            p.departure_meeter_id,
            p.departure_meeter,
        )
        for p in uow.session.scalars(stmt)
    ]


def shown_names(rows: Iterable[ParticipantRow], lang: str | None = None) -> dict[int, str]:
    """Names as lists and pickers show them, by id: namesakes with their position (or organisation);
    in ``lang`` (a screen's interface language) where a name has a translation, else as typed."""
    return distinguished_names(
        Namesake(
            r.id,
            localized(r.full_name, r.name_i18n, lang),
            localized(r.title, r.title_i18n, lang),
            localized(r.organisation, r.organisation_i18n, lang),
        )
        for r in rows
    )
