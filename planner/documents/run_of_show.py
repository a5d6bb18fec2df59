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
from planner.documents.template import Cell, PdfDocument, Plain
from planner.queries.documents.reader import ProgrammeLine
from planner.queries.documents.run_of_show import RunOfShowData, RunOfShowFields

# time (and length), event and place, groups / participants, in charge, cue, staging notes
COLUMNS = (0.085, 0.235, 0.15, 0.17, 0.16, 0.20)
# name, role, phone
CONTACT_COLUMNS = (0.4, 0.4, 0.2)


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
    return doc.cell(main, *secondary)


def _row(doc: PdfDocument, item: ProgrammeLine, own: RunOfShowFields, tz: ZoneInfo) -> list[Cell]:
    lang = doc.lang
    minutes = int((item.ends_at - item.starts_at).total_seconds() // 60)
    return [
        doc.cell(Plain(time_span(item.starts_at, item.ends_at, tz)), label("minutes_long", lang, n=minutes)),
        doc.cell(item.title, value_name("item_kind", item.kind, lang), item.place, bold=True),
        doc.cell(participants_text(item, lang, limit=6)),
        _in_charge(doc, item, own),
        doc.cell(own.cue),
        doc.cell(own.staging_notes, item.notes),
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
                doc.cell(c.name),
                doc.cell(label(f"contact_role_{c.role}", lang), c.detail),
                doc.cell(c.phone),
            ]
            for c in data.contacts
        ]
        story.append(
            doc.table(
                [label("full_name", lang), label("role", lang), label("phone", lang)], rows, CONTACT_COLUMNS
            )
        )
    return doc.render(story)
