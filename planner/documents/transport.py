"""The transport plan: each vehicle with its driver, passengers, departures and legs."""

from __future__ import annotations

from itertools import groupby
from typing import Any
from zoneinfo import ZoneInfo

from reportlab.platypus import Flowable, TableStyle

from planner.documents.catalogue import label, value_name
from planner.documents.common import cover_facts, day_title
from planner.documents.formatting import clock
from planner.documents.settings import DocumentSettings
from planner.documents.template import HEADER_FILL, Cell, Para, PdfDocument, Plain
from planner.documents.text import markup, seats_text, unbreakable
from planner.queries.documents import TransportData, VehicleBlock

# departs, from, to (and what for), arrives, passengers
COLUMNS = (0.1, 0.25, 0.31, 0.12, 0.22)


def _aboard(vehicle: VehicleBlock, names: tuple[str, ...], lang: str) -> str:
    """Who rides on a leg; "all passengers" when it is exactly the car's assigned passengers."""
    assigned = tuple(p.name for p in vehicle.passengers)
    if names and names == assigned:
        return label("all_aboard", lang, n=len(names))
    return ", ".join(names)


def render_transport(data: TransportData, settings: DocumentSettings, *, landscape: bool = False) -> bytes:
    """The transport plan of a visit as PDF bytes."""
    lang = settings.language
    visit = data.visit
    doc = PdfDocument(settings, label("transport", lang), visit.host_organisation, landscape_mode=landscape)
    st = doc.styles
    tz = ZoneInfo(visit.host_timezone)
    facts = cover_facts(visit, lang, stay=False)
    story: list[Flowable] = [*doc.title_block(label("transport", lang), visit.title), doc.facts(facts)]
    if not data.vehicles:
        story.append(doc.para(label("no_vehicles", lang), st.note))
    header = [
        label("departure", lang),
        label("from", lang),
        label("to", lang),
        label("arrive_by", lang),
        label("passengers", lang),
    ]
    for v in data.vehicles:
        kind = value_name("vehicle_kind", v.kind, lang)
        story.append(doc.heading(" — ".join(p for p in (v.label, kind, unbreakable(v.plate)) if p)))
        story.append(
            doc.facts(
                [
                    (label("driver", lang), ", ".join(p for p in (v.driver, v.driver_phone) if p)),
                    (label("seats", lang), seats_text(v.seats)),
                    (label("passengers", lang), "; ".join(p.name for p in v.passengers)),
                    (label("notes", lang), v.notes),
                ],
                label_share=0.22,
            )
        )
        if not v.legs:
            story.append(doc.para(label("no_legs", lang), st.note))
            continue
        rows: list[list[Cell]] = []
        day_rows = []
        for day, legs in groupby(v.legs, key=lambda leg: leg.day):
            number = (day - visit.start_date).days + 1
            day_rows.append(len(rows) + 1)  # +1: the header row comes first
            rows.append([Para(markup(day_title(number, day, lang)), st.cell_bold), "", "", "", ""])
            for leg in legs:
                drive = label("drive_minutes", lang, n=leg.estimated_minutes) if leg.estimated_minutes else ""
                rows.append(
                    [
                        Plain(clock(leg.departs_at, tz) if leg.from_known else "—"),
                        Para(markup(leg.from_place or label("start_of_day", lang)), st.cell),
                        doc.cell(leg.to_place, leg.item_title, drive),
                        Plain(clock(leg.arrives_by, tz)),
                        Para(markup(_aboard(v, leg.passengers, lang)), st.cell),
                    ]
                )
        table = doc.table(header, rows, COLUMNS)
        extra: list[tuple[Any, ...]] = []
        for row in day_rows:
            extra += [("SPAN", (0, row), (-1, row)), ("BACKGROUND", (0, row), (-1, row), HEADER_FILL)]
        table.setStyle(TableStyle(extra))
        story.append(table)
    return doc.render(story)
