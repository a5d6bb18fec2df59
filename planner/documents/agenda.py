"""The agenda of one day: the programme's columns plus room for notes, portrait or landscape."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from planner.documents.catalogue import label
from planner.documents.common import (
    bound_cells,
    day_rows,
    day_title,
    item_cells,
    line_how,
    person_with_title,
    rows_or_note,
    stay_facts,
    times_fact,
)
from planner.documents.follow_up import open_commitments_section
from planner.documents.guest_time import guest_zone
from planner.documents.settings import DocumentSettings
from planner.documents.template import Para, PdfDocument
from planner.queries.documents import ProgrammeData, ProgrammeLine
from planner.queries.partner_history import PartnerHistory

# time, event, place, participants / host, notes (wider in landscape, where there is room to write)
PORTRAIT = (0.13, 0.28, 0.2, 0.2, 0.19)
LANDSCAPE = (0.09, 0.25, 0.19, 0.19, 0.28)


def render_agenda(
    data: ProgrammeData,
    settings: DocumentSettings,
    *,
    landscape: bool = False,
    history: PartnerHistory | None = None,
    with_commitments: bool = False,
    guest_time: bool = True,
) -> bytes:
    """The agenda of the single day in ``data`` as PDF bytes; with the guests' time beside the host's
    where their clocks differ that day (and ``guest_time``); ``with_commitments`` adds, for the day's
    talks, the commitments still open in ``history`` (what the partner promised on earlier visits)."""
    lang = settings.language
    visit = data.visit
    (day,) = data.days
    doc = PdfDocument(settings, label("agenda", lang), visit.host_organisation, landscape_mode=landscape)
    tz = ZoneInfo(visit.host_timezone)
    guest = guest_zone(visit.host_timezone, visit.guest_timezone, day.day, day.day, wanted=guest_time)
    subtitle = day_title(day.number, day.day, lang)
    story: list[Flowable] = [
        *doc.title_block(label("agenda", lang), subtitle),
        doc.facts(
            [
                (label("visit", lang), visit.title),
                (label("head_of_delegation", lang), person_with_title(visit.guest_head)),
                (label("where", lang), visit.host_region),
                *stay_facts(visit.arrival, visit.departure, (visit.arrival_mode, ""), tz, guest, lang),
                (label("time", lang), times_fact(visit, day.day, lang, guest)),
            ]
        ),
    ]
    story.extend(rows_or_note(doc, [*day.items, *day.bounds], "no_items"))
    if day.items or day.bounds:
        header = [
            label("time", lang),
            label("event", lang),
            label("place", lang),
            label("participants_responsible", lang),
            label("notes", lang),
        ]
        # the notes column stays empty: it is for the pen of whoever carries the agenda
        rows = day_rows(
            day.items,
            _start,
            lambda item: [*item_cells(doc, item, tz, guest), Para("", doc.styles.cell)],
            day.bounds,
            lambda line: [
                *bound_cells(doc, line, tz, guest, line_how(line, visit.arrival_mode)),
                Para("", doc.styles.cell),
            ],
        )
        story.append(
            doc.table(
                header,
                rows,
                LANDSCAPE if landscape else PORTRAIT,
                min_row_height=(14 if landscape else 12) * mm,
            )
        )
    if with_commitments:
        story.extend(open_commitments_section(doc, history))
    return doc.render(story)


def _start(item: ProgrammeLine) -> datetime:
    return item.starts_at
