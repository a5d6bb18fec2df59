"""The run of show: the office's minute-by-minute sheet of every group, always on landscape pages.

Beside the public programme it prints, per item, how long it lasts, who is in charge and how to reach
them, the cue that starts it and the staging notes; then the contacts of everyone it names.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from reportlab.platypus import Flowable, Spacer

from planner.documents.catalogue import label, value_name
from planner.documents.common import cover_facts, day_title, participants_text, rows_or_note
from planner.documents.formatting import time_span
from planner.documents.settings import DocumentSettings
from planner.documents.template import Cell, Para, PdfDocument, Plain
from planner.documents.text import markup
from planner.queries.documents.reader import ProgrammeLine
from planner.queries.documents.run_of_show import RunOfShowData, RunOfShowFields

# time (and length), event and place, groups / participants, in charge, cue, staging notes
COLUMNS = (0.085, 0.235, 0.15, 0.17, 0.16, 0.20)
# name, role, phone
CONTACT_COLUMNS = (0.4, 0.4, 0.2)


def _lines(doc: PdfDocument, main: str, *secondary: str, bold: bool = False) -> Cell:
    """A cell of user text: the main text, then the other non-empty texts in one small paragraph, a line
    each (one paragraph, not one per line: paragraphs are most of the time of this long document)."""
    st = doc.styles
    rest = "<br/>".join(markup(t) for t in secondary if t and t.strip())
    if not main.strip() and not rest:
        return Plain("")
    first = Para(markup(main), st.cell_bold if bold else st.cell)
    return [first, Para(rest, st.cell_small)] if rest else first


def _in_charge(doc: PdfDocument, item: ProgrammeLine, own: RunOfShowFields) -> Cell:
    lang = doc.lang
    host = item.responsible
    main = host.name if host is not None else ""
    secondary = [host.title, host.phone] if host is not None else []
    if own.officer_name.strip():
        officer = label("officer", lang, name=own.officer_name.strip())
        line = ", ".join(p for p in (officer, own.officer_phone.strip()) if p)
        if main:
            secondary.append(line)
        else:
            main = line
    return _lines(doc, main, *secondary)


def _row(doc: PdfDocument, item: ProgrammeLine, own: RunOfShowFields, tz: ZoneInfo) -> list[Cell]:
    lang = doc.lang
    minutes = int((item.ends_at - item.starts_at).total_seconds() // 60)
    kind = value_name("item_kind", item.kind, lang)
    return [
        # a table draws a plain text's lines itself: no paragraph to parse for a time
        Plain(f"{time_span(item.starts_at, item.ends_at, tz)}\n{label('minutes_long', lang, n=minutes)}"),
        _lines(doc, item.title, " · ".join(p for p in (kind, item.place) if p), bold=True),
        _lines(doc, participants_text(item, lang, limit=6)),
        _in_charge(doc, item, own),
        _lines(doc, own.cue),
        _lines(doc, own.staging_notes),
    ]


def render_run_of_show(data: RunOfShowData, settings: DocumentSettings) -> bytes:
    """The run of show of a visit as PDF bytes (A4 landscape)."""
    lang = settings.language
    visit = data.visit
    doc = PdfDocument(settings, label("run_of_show", lang), visit.host_organisation, landscape_mode=True)
    st = doc.styles
    tz = ZoneInfo(visit.host_timezone)
    story: list[Flowable] = [
        *doc.title_block(label("run_of_show", lang), visit.title),
        doc.para(label("internal_use", lang), st.note),
        doc.facts(cover_facts(visit, lang), label_share=0.2),
        Spacer(1, st.size * 0.5),
    ]
    header = [
        label("time", lang),
        label("event", lang),
        label("groups_participants", lang),
        label("in_charge", lang),
        label("cue", lang),
        label("staging", lang),
    ]
    for day in data.days:
        story.append(doc.heading(day_title(day.number, day.day, lang)))
        story.extend(rows_or_note(doc, day.items, "no_items"))
        if day.items:
            rows = [_row(doc, item, data.of(item), tz) for item in day.items]
            story.append(doc.table(header, rows, COLUMNS))
    if data.contacts:
        story.append(doc.heading(label("contact_list", lang)))
        rows = [
            [
                _lines(doc, c.name),
                _lines(doc, label(f"contact_role_{c.role}", lang), c.detail),
                _lines(doc, c.phone),
            ]
            for c in data.contacts
        ]
        story.append(
            doc.table(
                [label("full_name", lang), label("role", lang), label("phone", lang)], rows, CONTACT_COLUMNS
            )
        )
    return doc.render(story)
