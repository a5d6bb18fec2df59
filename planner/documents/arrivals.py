"""Arrivals and departures person by person: when, where, how (flight, train, car), who meets them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from reportlab.platypus import Flowable

from planner.documents.catalogue import label, value_name
from planner.documents.common import cover_facts
from planner.documents.formatting import clock, short_date
from planner.documents.settings import DocumentSettings
from planner.documents.template import Cell, Para, PdfDocument, Plain
from planner.documents.text import markup
from planner.queries.documents.arrivals import ArrivalsData, TravelLine

# date and time, name (position), how (number), place, met by
COLUMNS = (0.12, 0.29, 0.16, 0.21, 0.22)


def _when(doc: PdfDocument, at: datetime | None, tz: ZoneInfo) -> Cell:
    """The time in bold over the date."""
    if at is None:
        return Plain("—")
    return doc.cell(clock(at, tz), short_date(at.astimezone(tz).date()), bold=True)


def _rows(doc: PdfDocument, lines: Sequence[TravelLine], tz: ZoneInfo) -> list[list[Cell]]:
    lang, st = doc.lang, doc.styles
    rows: list[list[Cell]] = []
    for line in lines:
        mode = value_name("travel_mode", line.mode, lang) if line.mode else ""
        rows.append(
            [
                _when(doc, line.at, tz),
                doc.cell(line.person.name, line.person.title, bold=True),
                doc.cell(mode or "—", line.number),
                Para(markup(line.place or "—"), st.cell),
                Para(markup(line.meeter or "—"), st.cell),
            ]
        )
    return rows


def render_arrivals(data: ArrivalsData, settings: DocumentSettings, *, landscape: bool = False) -> bytes:
    """The arrivals and departures of a visit as PDF bytes."""
    lang = settings.language
    visit = data.visit
    doc = PdfDocument(settings, label("arrivals", lang), visit.host_organisation, landscape_mode=landscape)
    st = doc.styles
    tz = ZoneInfo(visit.host_timezone)
    facts = [f for f in cover_facts(visit, lang) if f[0] != label("host_side_head", lang)]
    story: list[Flowable] = [*doc.title_block(label("arrivals", lang), visit.title), doc.facts(facts)]
    for heading, meeter, lines in (
        ("arrivals_heading", "met_by", data.arrivals),
        ("departures_heading", "seen_off_by", data.departures),
    ):
        story.append(doc.heading(label(heading, lang)))
        if not lines:
            story.append(doc.para(label("no_travel", lang), st.note))
            continue
        header = [
            label("date_time", lang),
            label("participant", lang),
            label("travel_mode", lang),
            label("where", lang),
            label(meeter, lang),
        ]
        story.append(doc.table(header, _rows(doc, lines, tz), COLUMNS))
    return doc.render(story)
