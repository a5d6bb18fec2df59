"""The programme of the visit: the cover line, then one table per day."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from reportlab.platypus import Flowable, Spacer

from planner.documents.catalogue import label
from planner.documents.common import cover_facts, day_title, item_cells, rows_or_note
from planner.documents.guest_time import guest_zone
from planner.documents.settings import DocumentSettings
from planner.documents.template import PdfDocument
from planner.queries.documents import ProgrammeData

# time, event, place, participants / host
COLUMNS = (0.13, 0.36, 0.26, 0.25)


def render_programme(
    data: ProgrammeData, settings: DocumentSettings, *, landscape: bool = False, guest_time: bool = True
) -> bytes:
    """The programme of the visit as PDF bytes; where the guests' clock differs from the host's (and
    ``guest_time``), the cover names both zones and each item gives the guests' time too."""
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
        story.append(doc.heading(day_title(day.number, day.day, lang)))
        story.extend(rows_or_note(doc, day.items, "no_items"))
        if day.items:
            story.append(doc.table(header, [item_cells(doc, item, tz, guest) for item in day.items], COLUMNS))
    return doc.render(story)
