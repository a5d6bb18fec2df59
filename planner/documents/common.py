"""Pieces several documents print the same way: the cover facts, an item's cells, a day's heading."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, tzinfo
from typing import TypeVar
from zoneinfo import ZoneInfo

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from planner.documents.catalogue import label, value_name
from planner.documents.fonts import REGULAR
from planner.documents.formatting import clock, date_range, day_heading, long_date, time_span
from planner.documents.template import INK, MUTED, Cell, PdfDocument, Plain
from planner.documents.text import markup
from planner.domain.kinds import ActionStatus, DocumentStatus
from planner.domain.zones import zone_text
from planner.queries.documents import BoundLine, PersonLine, ProgrammeLine, VisitHeader
from planner.queries.stay import ARRIVAL, StayEnd

T = TypeVar("T")


def person_with_title(person: PersonLine | None) -> str:
    """'Name, title' (plain text); a namesake told apart by the title printed after it has no brackets."""
    if person is None:
        return ""
    return ", ".join(part for part in (person.name_beside(person.title), person.title) if part)


def times_fact(visit: VisitHeader, day: date, lang: str, guest: tzinfo | None = None) -> str:
    """'Время местное: Атырау (UTC+05:00)', and where the guests' time is printed too, their zone:
    '…; время гостей — Астрахань (UTC+04:00)' (the zones named in ``lang``, the offsets those of ``day``)."""
    text = label("times_in", lang, zone=zone_text(visit.host_timezone, lang, day))
    if guest is None:
        return text
    guest_text = label("guest_times_in", lang, zone=zone_text(visit.guest_timezone, lang, day))
    return f"{text}; {guest_text}"


def guest_span(start: datetime, end: datetime, host: tzinfo, guest: tzinfo, lang: str) -> str:
    """'(гости: 09:00–10:00)'; with the guests' date when their clock is on another calendar day than the
    host's: '(гости: 10.05 23:30–00:30)'."""
    return _guest_text(start, time_span(start, end, guest), host, guest, lang)


def guest_moment(at: datetime, host: tzinfo, guest: tzinfo, lang: str) -> str:
    """'(гости: 09:40)' for one instant (an arrival, a departure); with the guests' date when it is
    another day on their clock: '(гости: 14.09 23:40)'."""
    return _guest_text(at, clock(at, guest), host, guest, lang)


def _guest_text(at: datetime, span: str, host: tzinfo, guest: tzinfo, lang: str) -> str:
    guest_day = at.astimezone(guest).date()
    if guest_day != at.astimezone(host).date():
        span = f"{guest_day:%d.%m} {span}"
    return label("guest_time_of_item", lang, span=span)


class TimeCell(Flowable):
    """An item's time with the guests' time under it in small grey print, as one table cell.

    Drawn straight onto the canvas like :class:`Plain` (the host's time sits exactly where a Plain time
    would), the guests' line wrapped at its spaces: a paragraph per item would cost a tenth of the
    programme's build time. A row split across pages may split it between its lines.
    """

    def __init__(self, time_text: str, guest_text: str, size: float, lines: list[str] | None = None) -> None:
        super().__init__()
        self.time_text = time_text
        self.guest_text = guest_text
        self.size = size
        self.small = size - 1  # the styles' cell_small
        self._fixed = lines is not None  # a piece of a split cell keeps the lines it was given
        self._lines: list[str] = lines or []
        self._wrapped_at = -1.0

    def _wrap_guest(self, width: float) -> list[str]:
        lines: list[str] = []
        for word in self.guest_text.split(" "):
            if lines and stringWidth(f"{lines[-1]} {word}", REGULAR, self.small) <= width:
                lines[-1] = f"{lines[-1]} {word}"
            else:
                lines.append(word)
        return lines

    def _height(self, lines: Sequence[str]) -> float:
        return (self.size * 1.25 if self.time_text else 0.0) + len(lines) * self.small * 1.25

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if not self._fixed and self._wrapped_at != availWidth:
            self._lines = self._wrap_guest(availWidth) if self.guest_text else []
            self._wrapped_at = availWidth
        self.width, self.height = availWidth, self._height(self._lines)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        if self.height <= availHeight:
            return [self]
        lines = self._lines
        room = availHeight - (self.size * 1.25 if self.time_text else 0.0)
        fit = int(room // (self.small * 1.25)) if room >= 0 else -1
        if fit < 0 or (fit == 0 and not self.time_text):
            return []
        return [
            TimeCell(self.time_text, "", self.size, lines[:fit]),
            TimeCell("", "", self.size, lines[fit:]),
        ]

    def draw(self) -> None:
        # one text object for all lines: a drawString each cost a third more
        text = self.canv.beginText()
        y = self.height
        if self.time_text:
            text.setFont(REGULAR, self.size)
            text.setFillColor(INK)
            text.setTextOrigin(0, y - self.size)
            text.textOut(self.time_text)
            y -= self.size * 1.25
        text.setFont(REGULAR, self.small)
        text.setFillColor(MUTED)
        for line in self._lines:
            text.setTextOrigin(0, y - self.small)
            text.textOut(line)
            y -= self.small * 1.25
        self.canv.drawText(text)


def time_cell(doc: PdfDocument, start: datetime, end: datetime, host: tzinfo, guest: tzinfo | None) -> Cell:
    """An item's time in the host's zone; with the guests' time under it when ``guest`` is given."""
    text = time_span(start, end, host)
    if guest is None:
        return Plain(text)
    return [TimeCell(text, guest_span(start, end, host, guest, doc.lang), doc.styles.size)]


def stay_fact(bound: StayEnd | None, how: str, host: tzinfo, guest: tzinfo | None, lang: str) -> str:
    """An arrival or departure as a cover line says it: '15 сентября 2026 г., 10:40, Международный
    аэропорт Атырау (Чартерный рейс Астрахань – Атырау)'; the guests' time after the host's when
    ``guest``; only ``how`` when the time is not known; empty when nothing is."""
    parts = []
    if bound is not None:
        local = bound.at.astimezone(host)
        when = f"{long_date(local.date(), lang)}, {local:%H:%M}"
        if guest is not None:
            when = f"{when} {guest_moment(bound.at, host, guest, lang)}"
        parts = [when, bound.place] if bound.place else [when]
    text = ", ".join(parts)
    if not how:
        return text
    return f"{text} ({how})" if text else how


def stay_facts(
    arrival: StayEnd | None,
    departure: StayEnd | None,
    how: tuple[str, str],
    host: tzinfo,
    guest: tzinfo | None,
    lang: str,
) -> list[tuple[str, str]]:
    """The cover's "Arrival" and "Departure" lines (``how``: the ways of arriving and of leaving)."""
    return [
        (label("arrival_mode", lang), stay_fact(arrival, how[0], host, guest, lang)),
        (label("stay_departure", lang), stay_fact(departure, how[1], host, guest, lang)),
    ]


def cover_facts(
    visit: VisitHeader, lang: str, guest: tzinfo | None = None, *, stay: bool = True
) -> list[tuple[str, str]]:
    """Who, where, when and headed by whom: the lines under a visit document's title; with ``stay`` when
    and where the delegation arrives (and how) and leaves. The time line names the guests' zone too
    when ``guest`` (their time is printed beside the host's, the arrival's and departure's too)."""
    who = visit.delegation + (f" ({visit.home_region})" if visit.home_region else "")
    host = ZoneInfo(visit.host_timezone)
    facts = [
        (label("delegation", lang), who),
        (label("head_of_delegation", lang), person_with_title(visit.guest_head)),
        (label("host_side_head", lang), person_with_title(visit.host_head)),
        (label("where", lang), visit.host_region),
        (label("when", lang), date_range(visit.start_date, visit.end_date, lang)),
    ]
    if stay:
        facts += stay_facts(visit.arrival, visit.departure, (visit.arrival_mode, ""), host, guest, lang)
    facts.append((label("time", lang), times_fact(visit, visit.start_date, lang, guest)))
    return facts


def day_title(number: int, day: date, lang: str, days: int | None = None) -> str:
    """'День 1 — пятница, 12 мая 2023 г.'; a day outside the visit's ``days`` (before the first: an
    arrival the evening before; after the last, when ``days`` is given) is not numbered: 'Понедельник,
    14 сентября 2026 г.'."""
    heading = day_heading(day, lang)
    heading = f"{heading[:1].upper()}{heading[1:]}"
    if number < 1 or (days is not None and number > days):
        return heading
    return f"{label('day_n', lang, n=number)} — {heading}"


def moment_cell(doc: PdfDocument, at: datetime, host: tzinfo, guest: tzinfo | None) -> Cell:
    """An instant's time in the host's zone ('10:40'); with the guests' time under it when ``guest``."""
    text = clock(at, host)
    if guest is None:
        return Plain(text)
    return [TimeCell(text, guest_moment(at, host, guest, doc.lang), doc.styles.size)]


def bound_title(line: BoundLine, lang: str, *, personal: bool = False) -> str:
    """'Прибытие делегации' for the whole delegation's arrival, 'Прибытие' for a group's or a person's
    (their names are beside it) and in a personal itinerary (``personal``: it is the reader's own)."""
    arrival = line.bound.end == ARRIVAL
    if line.who or personal:
        return label("arrival_line" if arrival else "departure_line", lang)
    return label("arrival_of_delegation" if arrival else "departure_of_delegation", lang)


def bound_event(doc: PdfDocument, title: str, *secondary: str) -> list[Flowable]:
    """The event cell of an arrival or departure line: its title in italics (a bound of the stay, not an
    item of the programme), then each secondary text in small print."""
    st = doc.styles
    found: list[Flowable] = [doc.rich(f"<i>{markup(title)}</i>", st.cell)]
    found += [doc.para(text, st.cell_small) for text in secondary if text and text.strip()]
    return found


def bound_cells(
    doc: PdfDocument, line: BoundLine, tz: ZoneInfo, guest: tzinfo | None, how: str = ""
) -> list[Cell]:
    """An arrival or departure line in the programme's columns: time, event (and how they come), place
    (with the address) and whose it is."""
    who = ", ".join(line.who) if line.who else label("whole_delegation", doc.lang)
    return [
        moment_cell(doc, line.bound.at, tz, guest),
        bound_event(doc, bound_title(line, doc.lang), how),
        doc.cell(line.bound.place, line.bound.address),
        doc.cell(who),
    ]


def line_how(line: BoundLine, arrival_mode: str) -> str:
    """How the delegation arrives, under the line of its arrival (a group's or a person's line says
    nothing: the delegation's way need not be theirs)."""
    return arrival_mode if line.bound.end == ARRIVAL and not line.who else ""


def day_rows(
    items: Sequence[T],
    start: Callable[[T], datetime],
    item_row: Callable[[T], list[Cell]],
    bounds: Sequence[BoundLine],
    bound_row: Callable[[BoundLine], list[Cell]],
) -> list[list[Cell]]:
    """A day's rows in time order (``items`` in theirs, ``start`` the instant each starts): an arrival
    before the items that start with it, a departure after the items that start before it."""
    keyed: list[tuple[tuple[datetime, int], list[Cell]]] = [
        ((line.bound.at, 0 if line.bound.end == ARRIVAL else 2), bound_row(line)) for line in bounds
    ]
    keyed += [((start(item), 1), item_row(item)) for item in items]
    keyed.sort(key=lambda pair: pair[0])  # stable: the items keep their order
    return [row for _, row in keyed]


def participants_text(item: ProgrammeLine, lang: str, limit: int = 4) -> str:
    """Who takes part: the groups, else the first attendees, else the whole delegation."""
    if item.groups:
        return ", ".join(item.groups)
    if item.attendees:
        text = ", ".join(p.name for p in item.attendees[:limit])
        if len(item.attendees) > limit:
            text += " " + label("and_more", lang, n=len(item.attendees) - limit)
        return text
    return label("whole_delegation", lang)


def item_cells(
    doc: PdfDocument, item: ProgrammeLine, tz: ZoneInfo, guest: tzinfo | None = None
) -> list[Cell]:
    """Time (and the guests' time, when ``guest``), event (with its notes), place (with the address) and
    participants / host of one item."""
    lang = doc.lang
    host = f"{label('responsible', lang)}: {item.responsible.name}" if item.responsible is not None else ""
    return [
        time_cell(doc, item.starts_at, item.ends_at, tz, guest),
        doc.cell(item.title, item.notes, bold=True),
        doc.cell(item.place, item.address),
        doc.cell(participants_text(item, lang), host),
    ]


_STATUS_COLOURS: dict[str, str] = {
    ActionStatus.DONE: "rgb(46,107,48)",
    ActionStatus.LATE: "rgb(164,38,30)",
    DocumentStatus.EXPIRED: "rgb(164,38,30)",
    DocumentStatus.TERMINATED: "rgb(164,38,30)",
}


def status_markup(enumeration: str, value: str, lang: str) -> str:
    """A status's printed name; done in green and late in red, so a reader finds them at a glance."""
    text = markup(value_name(enumeration, value, lang))
    colour = _STATUS_COLOURS.get(value)
    return f'<font color="{colour}">{text}</font>' if colour else text


def rows_or_note(doc: PdfDocument, rows: Sequence[object], empty_key: str) -> list[Flowable]:
    """Nothing when there are rows; else a short note saying there is nothing."""
    return [] if rows else [doc.para(label(empty_key, doc.lang), doc.styles.note)]
