"""The programme, a day's agenda and the delegation list: the visit's items by day, its people by rank."""

from __future__ import annotations

from dataclasses import dataclass

from planner.persistence.uow import UnitOfWork
from planner.queries.documents.reader import DayBlock, PersonLine, VisitHeader, VisitReader


@dataclass(frozen=True)
class ProgrammeData:
    """The programme (or one day's agenda) of a visit."""

    visit: VisitHeader
    days: tuple[DayBlock, ...]


@dataclass(frozen=True)
class DelegationListData:
    """Both sides of a visit in protocol order."""

    visit: VisitHeader
    guests: tuple[PersonLine, ...]
    hosts: tuple[PersonLine, ...]


def visit_header(uow: UnitOfWork, visit_id: int, lang: str) -> VisitHeader:
    """The header every document of a visit prints."""
    return VisitReader(uow, visit_id, lang).header


def programme_data(uow: UnitOfWork, visit_id: int, lang: str, day: int | None = None) -> ProgrammeData:
    """The programme of the whole visit, or of day ``day`` (1 = first day) for an agenda; each day with
    the arrivals and departures no item stands for (:meth:`VisitReader.programme_bounds`)."""
    reader = VisitReader(uow, visit_id, lang)
    if day is not None:
        reader.header.day_date(day)  # a day out of range is the user's error, said before reading items
    return ProgrammeData(reader.header, reader.days(reader.items(), day, reader.programme_bounds()))


def delegation_list_data(uow: UnitOfWork, visit_id: int, lang: str) -> DelegationListData:
    """Both sides of the visit in protocol order."""
    reader = VisitReader(uow, visit_id, lang)
    return DelegationListData(reader.header, reader.guests, reader.hosts)
