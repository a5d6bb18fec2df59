"""Pieces several documents print the same way: the cover facts, an item's cells, a day's heading."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, tzinfo
from zoneinfo import ZoneInfo

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from planner.documents.catalogue import label, value_name
from planner.documents.fonts import REGULAR
from planner.documents.formatting import date_range, day_heading, time_span, utc_offset
from planner.documents.template import INK, MUTED, Cell, PdfDocument, Plain
from planner.documents.text import markup
from planner.domain.kinds import ActionStatus, DocumentStatus
from planner.queries.documents import PersonLine, ProgrammeLine, VisitHeader


def person_with_title(person: PersonLine | None) -> str:
    """'Name, title' (plain text); a namesake told apart by the title printed after it has no brackets."""
    if person is None:
        return ""
    return ", ".join(part for part in (person.name_beside(person.title), person.title) if part)


def times_fact(visit: VisitHeader, day: date, lang: str, guest: tzinfo | None = None) -> str:
    """'Время местное (Asia/Atyrau, UTC+05:00)', and where the guests' time is printed too, their zone:
    '…; время гостей — UTC+04:00 (Europe/Astrakhan)' (the offsets those of ``day``)."""
    text = label(
        "times_in", lang, zone=visit.host_timezone, offset=utc_offset(day, ZoneInfo(visit.host_timezone))
    )
    if guest is None:
        return text
    guest_text = label("guest_times_in", lang, zone=visit.guest_timezone, offset=utc_offset(day, guest))
    return f"{text}; {guest_text}"


def guest_span(start: datetime, end: datetime, host: tzinfo, guest: tzinfo, lang: str) -> str:
    """'(гости: 09:00–10:00)'; with the guests' date when their clock is on another calendar day than the
    host's: '(гости: 10.05 23:30–00:30)'."""
    span = time_span(start, end, guest)
    guest_day = start.astimezone(guest).date()
    if guest_day != start.astimezone(host).date():
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


def cover_facts(visit: VisitHeader, lang: str, guest: tzinfo | None = None) -> list[tuple[str, str]]:
    """Who, where, when and headed by whom: the lines under a visit document's title; the time line
    names the guests' zone too when ``guest`` (their time is printed beside the host's)."""
    who = visit.delegation + (f" ({visit.home_region})" if visit.home_region else "")
    return [
        (label("delegation", lang), who),
        (label("head_of_delegation", lang), person_with_title(visit.guest_head)),
        (label("host_side_head", lang), person_with_title(visit.host_head)),
        (label("where", lang), visit.host_region),
        (label("when", lang), date_range(visit.start_date, visit.end_date, lang)),
        (label("arrival_mode", lang), visit.arrival_mode),
        (label("time", lang), times_fact(visit, visit.start_date, lang, guest)),
    ]


def day_title(number: int, day: date, lang: str) -> str:
    """'День 1 — пятница, 12 мая 2023 г.'."""
    heading = day_heading(day, lang)
    return f"{label('day_n', lang, n=number)} — {heading[:1].upper()}{heading[1:]}"


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
