"""The notice of a change: one page telling one person what moved in their programme, from when to when,
and where their car now waits.

Built from what :func:`planner.queries.programme_versions.changes_since` says changed for the person,
and the transport plan's legs (which car leaves from where, and when, to take them to each item).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from reportlab.platypus import Flowable

from planner.documents.catalogue import label
from planner.documents.common import times_fact
from planner.documents.settings import DocumentSettings
from planner.documents.template import Cell, Para, PdfDocument
from planner.documents.text import markup
from planner.queries.documents import VisitHeader
from planner.queries.programme_versions import (
    DRIVER,
    ItemChange,
    ProgrammeChanges,
    Recipient,
    StayChange,
)

# what, was, now
COLUMNS = (0.36, 0.30, 0.34)


def _when(start: datetime | None, end: datetime | None, tz: ZoneInfo) -> str:
    if start is None or end is None:
        return "—"
    local_start, local_end = start.astimezone(tz), end.astimezone(tz)
    return f"{local_start:%d.%m} {local_start:%H:%M}–{local_end:%H:%M}"


def _car_line(
    change: ItemChange, recipient: Recipient, legs: Mapping[tuple[int, int], Any], tz: ZoneInfo, lang: str
) -> str:
    """Where and when the car now waits to take the person to the item (empty when no car takes them)."""
    if change.new_start is None or change.vehicle_id is None:
        return ""
    leg = legs.get((change.vehicle_id, int(change.new_start.timestamp())))
    if leg is None:
        return ""
    car = recipient.detail if recipient.kind == DRIVER else change.new_vehicle.split(",")[0]
    return label(
        "car_waits",
        lang,
        car=car,
        time=f"{leg.departs_at.astimezone(tz):%H:%M}",
        place=leg.from_place or leg.to_place,
    )


def _stay_point(at: datetime | None, place: str, tz: ZoneInfo, lang: str) -> str:
    if at is None:
        return label("stay_unknown", lang)
    local = at.astimezone(tz)
    moment = f"{local:%d.%m} {local:%H:%M}"
    return label("stay_at", lang, time=moment, place=place) if place else moment


def stay_line(change: StayChange, tz: ZoneInfo, lang: str) -> str:
    """A changed arrival or departure as one line: "Arrival: 11.05 09:00 at X → 11.05 08:00 at Y"."""
    return label(
        "stay_changed",
        lang,
        end=label(f"{change.end}_line", lang),
        old=_stay_point(change.old_at, change.old_place, tz, lang),
        new=_stay_point(change.new_at, change.new_place, tz, lang),
    )


def render_notice(
    visit: VisitHeader,
    recipient: Recipient,
    changes: ProgrammeChanges,
    settings: DocumentSettings,
    legs: Mapping[tuple[int, int], Any],
) -> bytes:
    """One person's notice of change as PDF bytes (one A4 page for a day's usual changes)."""
    lang = settings.language
    tz = ZoneInfo(visit.host_timezone)
    doc = PdfDocument(settings, label("notice", lang), visit.host_organisation)
    st = doc.styles
    story: list[Flowable] = [
        *doc.title_block(label("notice", lang), visit.title),
        doc.facts(
            [
                (label("notice_for", lang), ", ".join(p for p in (recipient.name, recipient.detail) if p)),
                # the times below are the host's clock, named as the other documents name it
                (label("time", lang), times_fact(visit, visit.start_date, lang)),
            ],
            label_share=0.2,
        ),
        doc.para(label("notice_intro", lang, old=changes.since, new=changes.version), st.cell),
    ]
    # their arrival or departure changed: a line each, above the items
    story.extend(doc.para(stay_line(c, tz, lang), st.cell_bold) for c in recipient.stays)
    rows: list[list[Cell]] = []
    for change in recipient.changes:
        what: list[Flowable] = [
            Para(markup(change.title), st.cell_bold),
            Para(markup(label(f"change_{change.what}", lang)), st.cell_small),
        ]
        was: list[Flowable] = [Para(markup(_when(change.old_start, change.old_end, tz)), st.cell_bold)]
        if change.old_place:
            was.append(Para(markup(change.old_place), st.cell_small))
        if change.old_vehicle and change.old_vehicle != change.new_vehicle:
            was.append(Para(markup(change.old_vehicle), st.cell_small))
        now: list[Flowable] = [Para(markup(_when(change.new_start, change.new_end, tz)), st.cell_bold)]
        if change.new_place:
            now.append(Para(markup(change.new_place), st.cell_small))
        waits = _car_line(change, recipient, legs, tz, lang)
        if waits:
            now.append(Para(markup(waits), st.cell_small))
        elif change.new_vehicle and change.new_vehicle != change.old_vehicle:
            now.append(Para(markup(change.new_vehicle), st.cell_small))
        rows.append([what, was, now])
    header = [label("change_what", lang), label("change_was", lang), label("change_now", lang)]
    if rows:  # none when only their arrival or departure changed
        story.append(doc.table(header, rows, COLUMNS))
    # plain, not the italic note style: one font fewer to embed in each of many notices
    story.append(doc.para(label("notice_attached", lang), st.cell))
    return doc.render(story)
