"""The motorcade manifest: car by car in the column's order, with driver and phone, passengers by
precedence, and each leg the car drives."""

from __future__ import annotations

from itertools import groupby
from typing import Any
from zoneinfo import ZoneInfo

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, TableStyle

from planner.documents.cards import one_line
from planner.documents.catalogue import label, value_name
from planner.documents.common import day_title
from planner.documents.fonts import REGULAR
from planner.documents.formatting import clock, date_range
from planner.documents.settings import DocumentSettings
from planner.documents.template import HEADER_FILL, Cell, PdfDocument, Plain
from planner.documents.text import seats_text, unbreakable
from planner.queries.documents.motorcade import MotorcadeCar, MotorcadeData

# number, name, position
PASSENGER_COLUMNS = (0.06, 0.38, 0.56)
# departs, route, arrives, passengers
LEG_COLUMNS = (0.09, 0.59, 0.09, 0.23)


def _aboard(car: MotorcadeCar, names: tuple[str, ...], lang: str) -> str:
    assigned = tuple(p.name for p in car.passengers)
    if names and names == assigned:
        return label("all_aboard", lang, n=len(names))
    return ", ".join(names)


def _legs(doc: PdfDocument, car: MotorcadeCar, tz: ZoneInfo, start: Any) -> list[Flowable]:
    """Each leg on one compact row: departs, the route, arrives, who rides (the transport plan has the
    items' titles and drive times; the manifest stays short enough to hand to every driver)."""
    lang, st = doc.lang, doc.styles
    header = [
        label("departure", lang),
        label("route", lang),
        label("arrive_by", lang),
        label("passengers", lang),
    ]
    rows: list[list[Cell]] = []
    day_rows = []
    everyone = label("all_aboard", lang, n=len(car.passengers))
    route_width = doc.width * LEG_COLUMNS[1] / sum(LEG_COLUMNS) - 8  # less the cell's padding
    aboard_width = doc.width * LEG_COLUMNS[3] / sum(LEG_COLUMNS) - 8
    # the usual "all passengers (n)" is drawn as is where it fits (a paragraph per leg was most of the
    # time); "Барлық жолаушылар (3)" does not, and ran over the table's edge
    everyone_fits = stringWidth(everyone, REGULAR, st.size) <= aboard_width
    for day, legs in groupby(car.legs, key=lambda leg: leg.day):
        day_rows.append(len(rows) + 1)  # +1: the header row comes first
        rows.append([doc.lines([day_title((day - start).days + 1, day, lang)], st.cell_bold), "", "", ""])
        for leg in legs:
            aboard = _aboard(car, leg.passengers, lang)
            route = one_line(f"{leg.from_place or label('start_of_day', lang)} → {leg.to_place}")
            rows.append(
                [
                    Plain(clock(leg.departs_at, tz) if leg.from_known else "—"),
                    # a route that fits its line is drawn as is: wrapping a paragraph per leg was most of
                    # the manifest's time
                    Plain(route)
                    if stringWidth(route, REGULAR, st.size) <= route_width
                    else doc.lines([route], st.cell),
                    Plain(clock(leg.arrives_by, tz)),
                    Plain(aboard) if aboard == everyone and everyone_fits else doc.lines([aboard], st.cell),
                ]
            )
    table = doc.table(header, rows, LEG_COLUMNS)
    extra: list[tuple[Any, ...]] = []
    for row in day_rows:
        extra += [("SPAN", (0, row), (-1, row)), ("BACKGROUND", (0, row), (-1, row), HEADER_FILL)]
    table.setStyle(TableStyle(extra))
    return [doc.lines([label("legs", lang)], st.subheading), table]


def render_motorcade(data: MotorcadeData, settings: DocumentSettings, *, landscape: bool = False) -> bytes:
    """The motorcade manifest of a visit as PDF bytes."""
    lang = settings.language
    visit = data.visit
    doc = PdfDocument(settings, label("motorcade", lang), visit.host_organisation, landscape_mode=landscape)
    st = doc.styles
    tz = ZoneInfo(visit.host_timezone)
    subtitle = f"{visit.title}, {date_range(visit.start_date, visit.end_date, lang)}"
    story: list[Flowable] = [*doc.title_block(label("motorcade", lang), subtitle)]
    if not data.cars:
        story.append(doc.para(label("no_vehicles", lang), st.note))
        return doc.render(story)
    riders = {p.id for car in data.cars for p in car.passengers}
    story.append(
        doc.para(
            label(
                "cars_count",
                lang,
                cars=len(data.cars),
                seats=sum(c.seats for c in data.cars),
                people=len(riders),
            ),
            st.note,
        )
    )
    for car in data.cars:
        kind = value_name("vehicle_kind", car.kind, lang)
        heading = " — ".join(
            p for p in (label("car_number", lang, n=car.number), car.label, kind, unbreakable(car.plate)) if p
        )
        story.append(doc.heading(heading))
        story.append(
            doc.facts(
                [
                    (label("driver", lang), ", ".join(p for p in (car.driver, car.driver_phone) if p)),
                    (label("group", lang), ", ".join(car.groups)),
                    (label("seats", lang), seats_text(car.seats)),
                    (label("notes", lang), car.notes),
                ],
                label_share=0.22,
            )
        )
        if car.passengers:
            header = [label("number", lang), label("full_name", lang), label("position", lang)]
            rows: list[list[Cell]] = [
                # lines, not parsed paragraphs: most names and positions fit their cell as they are
                [Plain(str(n)), doc.lines([p.name], st.cell_bold), doc.lines([p.title], st.cell)]
                for n, p in enumerate(car.passengers, start=1)
            ]
            story.append(doc.table(header, rows, PASSENGER_COLUMNS))
        if car.legs:
            story += _legs(doc, car, tz, visit.start_date)
        elif not car.passengers:
            story.append(doc.para(label("no_legs", lang), st.note))
    return doc.render(story)
