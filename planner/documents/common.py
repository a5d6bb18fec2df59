"""Pieces several documents print the same way: the cover facts, an item's cells, a day's heading."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from zoneinfo import ZoneInfo

from reportlab.platypus import Flowable

from planner.documents.catalogue import label, value_name
from planner.documents.formatting import date_range, day_heading, time_span, utc_offset
from planner.documents.template import Cell, PdfDocument, Plain
from planner.documents.text import markup
from planner.domain.kinds import ActionStatus, DocumentStatus
from planner.queries.documents import PersonLine, ProgrammeLine, VisitHeader


def person_with_title(person: PersonLine | None) -> str:
    """'Name, title' (plain text); a namesake told apart by the title printed after it has no brackets."""
    if person is None:
        return ""
    return ", ".join(part for part in (person.name_beside(person.title), person.title) if part)


def cover_facts(visit: VisitHeader, lang: str) -> list[tuple[str, str]]:
    """Who, where, when and headed by whom: the lines under a visit document's title."""
    who = visit.delegation + (f" ({visit.home_region})" if visit.home_region else "")
    tz = ZoneInfo(visit.host_timezone)
    return [
        (label("delegation", lang), who),
        (label("head_of_delegation", lang), person_with_title(visit.guest_head)),
        (label("host_side_head", lang), person_with_title(visit.host_head)),
        (label("where", lang), visit.host_region),
        (label("when", lang), date_range(visit.start_date, visit.end_date, lang)),
        (label("arrival_mode", lang), visit.arrival_mode),
        (
            label("time", lang),
            label("times_in", lang, zone=visit.host_timezone, offset=utc_offset(visit.start_date, tz)),
        ),
    ]


def day_title(number: int, day: date, lang: str) -> str:
    """'День 1 — пятница, 12 мая 2023 г.'."""
    heading = day_heading(day, lang)
    return f"{label('day_n', lang, n=number)} — {heading[:1].upper()}{heading[1:]}"


def participants_text(item: ProgrammeLine, lang: str, limit: int = 4) -> str:
    """Who takes part: the groups, else the first attendees, else the whole delegation."""
    if item.groups:
        return ", ".join(item.groups)
    if item.attendees:
        text = ", ".join(p.name for p in item.attendees[:limit])
        if len(item.attendees) > limit:
            text += " " + label("and_more", lang, n=len(item.attendees) - limit)
        return text
    return label("whole_delegation", lang)


def item_cells(doc: PdfDocument, item: ProgrammeLine, tz: ZoneInfo) -> list[Cell]:
    """Time, event (with its notes), place (with the address) and participants / host of one item."""
    lang = doc.lang
    host = f"{label('responsible', lang)}: {item.responsible.name}" if item.responsible is not None else ""
    return [
        Plain(time_span(item.starts_at, item.ends_at, tz)),
        doc.cell(item.title, item.notes, bold=True),
        doc.cell(item.place, item.address),
        doc.cell(participants_text(item, lang), host),
    ]


_STATUS_COLOURS: dict[str, str] = {
    ActionStatus.DONE: "rgb(46,107,48)",
    ActionStatus.LATE: "rgb(164,38,30)",
    DocumentStatus.EXPIRED: "rgb(164,38,30)",
    DocumentStatus.TERMINATED: "rgb(164,38,30)",
}


def status_markup(enumeration: str, value: str, lang: str) -> str:
    """A status's printed name; done in green and late in red, so a reader finds them at a glance."""
    text = markup(value_name(enumeration, value, lang))
    colour = _STATUS_COLOURS.get(value)
    return f'<font color="{colour}">{text}</font>' if colour else text


def rows_or_note(doc: PdfDocument, rows: Sequence[object], empty_key: str) -> list[Flowable]:
    """Nothing when there are rows; else a short note saying there is nothing."""
    return [] if rows else [doc.para(label(empty_key, doc.lang), doc.styles.note)]
