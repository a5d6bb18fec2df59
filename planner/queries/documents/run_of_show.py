"""The run of show: every item of every group minute by minute, with who is in charge and what starts it.

The office's own document beside the public programme: each item's responsible host and phone, the
officer in charge when that is not a participant, the cue that starts it and the staging notes, then
the contacts of everyone named.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from planner.persistence.tables import ItineraryItem
from planner.persistence.uow import UnitOfWork
from planner.queries.documents.reader import DayBlock, ProgrammeLine, VisitHeader, VisitReader


@dataclass(frozen=True)
class RunOfShowFields:
    """An item's run-of-show fields as stored."""

    cue: str = ""
    staging_notes: str = ""
    officer_name: str = ""
    officer_phone: str = ""


@dataclass(frozen=True)
class ContactLine:
    """Someone the run of show names, with how to reach them and why they are listed."""

    name: str
    phone: str
    role: str  # "host", "officer" or "site"
    detail: str  # the host's position, or the site's name


@dataclass(frozen=True)
class RunOfShowData:
    """The run of show of a visit: its days, each item's run-of-show fields, and the contacts."""

    visit: VisitHeader
    days: tuple[DayBlock, ...]
    fields: dict[int, RunOfShowFields]
    contacts: tuple[ContactLine, ...]

    def of(self, item: ProgrammeLine) -> RunOfShowFields:
        """The run-of-show fields of ``item`` (empty when none were written)."""
        return self.fields.get(item.id, _EMPTY)


_EMPTY = RunOfShowFields()


def item_fields(reader: VisitReader) -> dict[int, RunOfShowFields]:
    """Item id -> its run-of-show fields, for the items that have any."""
    t = ItineraryItem
    rows = reader.session.execute(
        select(t.id, t.cue, t.staging_notes, t.officer_name, t.officer_phone).where(
            t.visit_id == reader.visit_row.id
        )
    )
    return {
        item_id: RunOfShowFields(cue or "", staging or "", name or "", phone or "")
        for item_id, cue, staging, name, phone in rows
        if cue or staging or name or phone
    }


def run_of_show_data(uow: UnitOfWork, visit_id: int, lang: str) -> RunOfShowData:
    """Every item of the visit by day, its run-of-show fields, and the contacts of the people named."""
    reader = VisitReader(uow, visit_id, lang)
    items = reader.items()
    fields = item_fields(reader)
    contacts: dict[tuple[str, str, str], ContactLine] = {}
    for item in items:
        host = item.responsible
        if host is not None:
            contacts.setdefault(
                ("host", host.name, host.phone), ContactLine(host.name, host.phone, "host", host.title)
            )
        own = fields.get(item.id)
        if own is not None and own.officer_name.strip():
            key = ("officer", own.officer_name.strip(), own.officer_phone.strip())
            contacts.setdefault(key, ContactLine(key[1], key[2], "officer", ""))
        if item.site_contact.strip():
            key = ("site", item.site_contact.strip(), item.site_phone.strip())
            contacts.setdefault(key, ContactLine(key[1], key[2], "site", item.place))
    order = {"host": 0, "officer": 1, "site": 2}
    listed = sorted(contacts.values(), key=lambda c: (order[c.role], c.name.casefold(), c.phone))
    return RunOfShowData(reader.header, reader.days(items), fields, tuple(listed))
