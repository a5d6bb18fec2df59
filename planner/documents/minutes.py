"""The minutes of a meeting: attendees by side, agenda, discussion, outcomes and action items."""

from __future__ import annotations

from collections.abc import Sequence
from zoneinfo import ZoneInfo

from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from planner.documents.catalogue import label, value_name
from planner.documents.common import status_markup
from planner.documents.fonts import REGULAR
from planner.documents.formatting import long_date, short_date, time_span
from planner.documents.settings import DocumentSettings
from planner.documents.template import Cell, Para, PdfDocument, Plain, column_room
from planner.documents.text import markup
from planner.queries.documents import MinutesData, PersonLine

# task, owner, due, status
ACTION_COLUMNS = (0.47, 0.24, 0.13, 0.16)
PEOPLE_COLUMNS = (0.06, 0.38, 0.56)


def _people(doc: PdfDocument, people: Sequence[PersonLine]) -> list[list[Cell]]:
    st = doc.styles
    return [
        [
            Plain(str(n)),
            Para(f"<b>{markup(p.name_beside(p.title or p.organisation))}</b>", st.cell),
            Para(markup(p.title or p.organisation), st.cell),
        ]
        for n, p in enumerate(people, start=1)
    ]


def render_minutes(data: MinutesData, settings: DocumentSettings, *, landscape: bool = False) -> bytes:
    """The minutes of one meeting as PDF bytes."""
    lang = settings.language
    visit, item = data.visit, data.item
    doc = PdfDocument(settings, label("minutes", lang), visit.host_organisation, landscape_mode=landscape)
    st = doc.styles
    tz = ZoneInfo(visit.host_timezone)
    story: list[Flowable] = [
        *doc.title_block(label("minutes", lang), item.title),
        doc.facts(
            [
                (label("visit", lang), visit.title),
                (
                    label("when", lang),
                    f"{long_date(item.starts_at.astimezone(tz).date(), lang)}, "
                    f"{time_span(item.starts_at, item.ends_at, tz)}",
                ),
                (label("place", lang), ", ".join(p for p in (item.place, item.address) if p)),
                (label("format", lang), value_name("meeting_format", data.format, lang)),
            ]
        ),
        doc.heading(label("attendees", lang)),
    ]
    people_header = [label("number", lang), label("full_name", lang), label("position", lang)]
    for side, people in (
        (f"{label('guest_side', lang)} — {visit.delegation}", data.guests),
        (" — ".join(p for p in (label("host_side", lang), visit.host_organisation) if p), data.hosts),
    ):
        story.append(doc.para(side, st.subheading))
        if people:
            story.append(doc.table(people_header, _people(doc, people), PEOPLE_COLUMNS))
        else:
            story.append(doc.para(label("nobody", lang), st.note))
    if data.agenda:
        story.append(doc.heading(label("meeting_agenda", lang)))
        story.extend(doc.rich(f"{n}. {markup(point)}") for n, point in enumerate(data.agenda, start=1))
    if data.minutes.strip():
        story.append(doc.heading(label("discussion", lang)))
        story.extend(doc.para(block) for block in data.minutes.split("\n\n") if block.strip())
    story.append(doc.heading(label("outcomes", lang)))
    if not data.outcomes:
        story.append(doc.para(label("no_outcomes", lang), st.note))
    action_header = [label("task", lang), label("owner", lang), label("due", lang), label("status", lang)]
    for n, outcome in enumerate(data.outcomes, start=1):
        topic = f"<b>{markup(outcome.topic)}.</b> " if outcome.topic else ""
        if n > 1:
            story.append(Spacer(1, st.size * 0.6))
        story.append(doc.rich(f"{n}. {topic}{markup(outcome.text)}"))
        if outcome.actions:
            rows: list[list[Cell]] = [
                [
                    a.description,
                    a.owner,
                    Plain(short_date(a.due_date)),
                    doc.whole_words(
                        status_markup("action_status", a.status, lang), column_room(doc, ACTION_COLUMNS)[-1]
                    ),
                ]
                for a in outcome.actions
            ]
            story.append(doc.table(action_header, rows, ACTION_COLUMNS))
    story.append(_signatures(doc, data))
    return doc.render(story)


def _signatures(doc: PdfDocument, data: MinutesData) -> Flowable:
    """Signature lines for the heads of both sides, as minutes handed to both delegations carry."""
    st, lang = doc.styles, doc.lang
    cells = []
    for side, people in (("guest_side", data.guests), ("host_side", data.hosts)):
        head = people[0].name if people else ""
        cells.append(
            [
                Para(markup(label(side, lang)), st.cell_bold),
                Spacer(1, st.size * 2.2),
                Para("_" * 28, st.cell),
                Para(markup(head), st.cell),
            ]
        )
    table = Table([cells], colWidths=[doc.width / 2] * 2, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR, st.size),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), st.size * 2),
            ]
        )
    )
    return KeepTogether([table])
