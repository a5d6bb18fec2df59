"""Personal itineraries: one participant's items only, pocket size (A5 unless asked for A4), with the car
and whom to call.

Many itineraries can share one PDF; each starts on a new page and numbers its own pages.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from zoneinfo import ZoneInfo

from reportlab.platypus import Flowable, PageBreak

from planner.documents.catalogue import label, value_name
from planner.documents.common import (
    bound_event,
    bound_title,
    day_rows,
    day_title,
    moment_cell,
    stay_facts,
    time_cell,
    times_fact,
)
from planner.documents.formatting import date_range
from planner.documents.guest_time import guest_zone
from planner.documents.settings import DocumentSettings
from planner.documents.template import Cell, Para, PdfDocument, SectionStart
from planner.documents.text import markup, unbreakable
from planner.queries.documents import BoundLine, Contact, ItineraryData, ItineraryLine, VehicleRef
from planner.queries.stay import ARRIVAL

# time, event and place, vehicle
COLUMNS = (0.19, 0.55, 0.26)
COLUMNS_NO_CAR = (0.19, 0.81)


def _vehicle_text(vehicle: VehicleRef | None) -> str:
    if vehicle is None:
        return ""
    return " ".join(part for part in (vehicle.label, unbreakable(vehicle.plate)) if part)


def _contact_role(contact: Contact, lang: str) -> str:
    if contact.kind == "driver":
        return label("contact_driver", lang, detail=contact.detail)
    if contact.kind == "site":
        return label("contact_site", lang, detail=contact.detail)
    return ", ".join(p for p in (label("contact_host", lang), contact.detail) if p)


def _story(doc: PdfDocument, data: ItineraryData, guest_time: bool) -> list[Flowable]:
    st, lang = doc.styles, doc.lang
    visit, person = data.visit, data.person
    tz = ZoneInfo(visit.host_timezone)
    guest = guest_zone(
        visit.host_timezone, visit.guest_timezone, visit.start_date, visit.end_date, wanted=guest_time
    )
    story: list[Flowable] = [
        SectionStart(),
        *doc.title_block(label("itinerary", lang)),
        # the position line below tells a namesake apart: no brackets in the heading
        doc.rich(f"<b>{markup(person.name_beside(person.title, person.organisation))}</b>", st.subtitle),
    ]
    facts = [
        (label("position", lang), ", ".join(p for p in (person.title, person.organisation) if p)),
        (label("visit", lang), visit.title),
        (label("when", lang), date_range(visit.start_date, visit.end_date, lang)),
        *stay_facts(data.arrival, data.departure, (data.arrival_how, data.departure_how), tz, guest, lang),
    ]
    if guest is not None:
        # only then: an itinerary of one clock never said which it was, and stays as it was
        facts.append((label("time", lang), times_fact(visit, visit.start_date, lang, guest)))
    if data.vehicle is not None:
        v = data.vehicle
        kind = value_name("vehicle_kind", v.kind, lang)
        facts.append((label("your_vehicle", lang), f"{_vehicle_text(v)} ({kind})"))
        facts.append((label("driver", lang), ", ".join(p for p in (v.driver, v.driver_phone) if p)))
    story.append(doc.facts(facts, label_share=0.3))
    # the vehicle column appears only when some item is reached in another car than the usual one
    other_car = any(line.vehicle != data.vehicle for _, _, lines in data.days for line in lines)
    header = [label("time", lang), label("event", lang)] + ([label("vehicle", lang)] if other_car else [])
    # the days of the person's items and of their arrival and departure (a late arrival's day may have
    # no item of theirs)
    days: dict[date, tuple[int, list[ItineraryLine], list[BoundLine]]] = {
        day: (number, list(lines), []) for number, day, lines in data.days
    }
    for bound in data.bounds:
        day = bound.bound.at.astimezone(tz).date()
        days.setdefault(day, ((day - visit.start_date).days + 1, [], []))[2].append(bound)
    if not days:
        story.append(doc.para(label("no_items", lang), st.note))

    def item_row(line: ItineraryLine) -> list[Cell]:
        item = line.item
        event: list[Flowable] = [
            Para(markup(item.title), st.cell_bold),
            Para(markup(item.place), st.cell),
        ]
        if item.notes.strip():
            event.append(Para(markup(item.notes), st.cell_small))
        row: list[Cell] = [time_cell(doc, item.starts_at, item.ends_at, tz, guest), event]
        if other_car:
            row.append(Para(markup(_vehicle_text(line.vehicle)), st.cell))
        return row

    def bound_row(line: BoundLine) -> list[Cell]:
        how = data.arrival_how if line.bound.end == ARRIVAL else data.departure_how
        # laid out as an item's: the place under the title, how they travel in small print
        event = bound_event(doc, bound_title(line, lang, personal=True), how)
        if line.bound.place:
            event.insert(1, Para(markup(line.bound.place), st.cell))
        return [moment_cell(doc, line.bound.at, tz, guest), event] + ([""] if other_car else [])

    for day in sorted(days):
        number, lines, bounds = days[day]
        story.append(doc.heading(day_title(number, day, lang, visit.day_count)))
        rows = day_rows(lines, lambda line: line.item.starts_at, item_row, bounds, bound_row)
        story.append(doc.table(header, rows, COLUMNS if other_car else COLUMNS_NO_CAR))
    if data.contacts:
        story.append(doc.heading(label("contacts", lang)))
        rows = [
            [
                doc.cell(c.name, _contact_role(c, lang)),
                Para(markup(c.phone), st.cell),
            ]
            for c in data.contacts
        ]
        story.append(doc.table([label("full_name", lang), label("phone", lang)], rows, (0.66, 0.34)))
    return story


def render_itineraries(
    items: Sequence[ItineraryData], settings: DocumentSettings, *, paper: str = "a5", guest_time: bool = True
) -> bytes:
    """One PDF holding the itineraries of ``items`` (each on its own pages, numbered on its own).

    Pocket size (A5, half a sheet of A4) unless ``paper`` is "a4". Where the guests' clock differs from
    the host's (and ``guest_time``), each item gives the guests' time too and the facts name both zones.
    """
    if not items:
        raise ValueError("no itinerary to print")
    lang = settings.language
    doc = PdfDocument(settings, label("itinerary", lang), items[0].visit.host_organisation, paper=paper)
    story: list[Flowable] = []
    for index, data in enumerate(items):
        if index:
            story.append(PageBreak())
        story.extend(_story(doc, data, guest_time))
    return doc.render(story)


_UNSAFE = re.compile(r"[^\w.-]+", re.UNICODE)


def file_name(data: ItineraryData, position: int) -> str:
    """A file name for one person's itinerary: '003-Ivanov_Ivan.pdf'.

    ``position`` (protocol order) leads, so the folder sorts like the delegation list and two names that
    clean up to the same text still get different files.
    """
    stem = _UNSAFE.sub("_", data.person.name).strip("._")[:60] or "participant"
    return f"{position:03d}-{stem}.pdf"
