"""The programme of the visit: the cover line, then one table per day."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from reportlab.platypus import Flowable, Spacer

from planner.documents.catalogue import label
from planner.documents.common import (
    bound_cells,
    cover_facts,
    day_rows,
    day_title,
    item_cells,
    line_how,
    rows_or_note,
)
from planner.documents.guest_time import guest_zone
from planner.documents.settings import DocumentSettings
from planner.documents.template import PdfDocument
from planner.queries.documents import ProgrammeData, ProgrammeLine

# time, event, place, participants / host
COLUMNS = (0.13, 0.36, 0.26, 0.25)


def render_programme(
    data: ProgrammeData, settings: DocumentSettings, *, landscape: bool = False, guest_time: bool = True
) -> bytes:
    """The programme of the visit as PDF bytes; where the guests' clock differs from the host's (and
    ``guest_time``), the cover names both zones and each item gives the guests' time too. The cover says
    when and where the delegation arrives and leaves; a day whose arrival or departure no item stands
    for prints it as a line of its own (in italics: the stay's bound, not an item)."""
    lang = settings.language
    visit = data.visit
    doc = PdfDocument(settings, label("programme", lang), visit.host_organisation, landscape_mode=landscape)
    tz = ZoneInfo(visit.host_timezone)
    guest = guest_zone(
        visit.host_timezone, visit.guest_timezone, visit.start_date, visit.end_date, wanted=guest_time
    )
    story: list[Flowable] = [
        *doc.title_block(label("programme", lang), visit.title),
        doc.facts(cover_facts(visit, lang, guest)),
        Spacer(1, doc.styles.size * 0.5),
    ]
    header = [
        label("time", lang),
        label("event", lang),
        label("place", lang),
        label("participants_responsible", lang),
    ]
    for day in data.days:
        story.append(doc.heading(day_title(day.number, day.day, lang, visit.day_count)))
        story.extend(rows_or_note(doc, [*day.items, *day.bounds], "no_items"))
        if day.items or day.bounds:
            rows = day_rows(
                day.items,
                _start,
                lambda item: item_cells(doc, item, tz, guest),
                day.bounds,
                lambda line: bound_cells(doc, line, tz, guest, line_how(line, visit.arrival_mode)),
            )
            story.append(doc.table(header, rows, COLUMNS))
    return doc.render(story)


def _start(item: ProgrammeLine) -> datetime:
    return item.starts_at
