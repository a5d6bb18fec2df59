"""The seating plan of a meeting or a meal: the table(s) drawn with every name and position, then the list.

Talks: one rectangle, the host side along the top edge and the guests along the bottom, facing them, each
head at the centre of their side. A banquet: one circle per table, the host of the table at the top and
the seats going round to the host's right (counter-clockwise on the page, as the host faces the table).
A list of every place follows, so a long name is always legible in full. Landscape A4, or A3 for a large
hall.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from zoneinfo import ZoneInfo

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Spacer

from planner.documents.catalogue import label, value_name
from planner.documents.fonts import BOLD, REGULAR
from planner.documents.formatting import long_date, time_span
from planner.documents.settings import DocumentSettings
from planner.documents.template import ACCENT, INK, MUTED, RULE, PdfDocument, Plain
from planner.documents.text import clean, markup
from planner.queries.seating import SeatingPlan, SeatLine
from planner.scheduling.seating import RECT_HOST_TABLE, Layout, rect_offset, round_angle

GUEST_FILL = colors.HexColor("#eef3e8")
HOST_FILL = colors.HexColor("#e3e9f0")
LIST_COLUMNS = (0.12, 0.15, 0.28, 0.31, 0.14)
MIN_LABEL_SIZE = 5.0
MAX_POSITION_LINES = 4  # a longer position is cut with "…", and is in full in the list below the drawing
ELLIPSIS = "…"


def _label_name(seat: SeatLine) -> str:
    return clean(seat.person.name_beside(seat.person.title or seat.person.organisation)).split("\n")[0]


def label_size(seats: Sequence[SeatLine], width: float, size: float) -> float:
    """One size for every label of a plan: the largest (up to ``size``) at which the longest word of every
    name fits ``width``; the labels of one drawing read alike rather than each shrunk its own way."""
    widest = max((stringWidth(w, BOLD, 1) for s in seats for w in _label_name(s).split()), default=0)
    return max(MIN_LABEL_SIZE, min(size, (width - 1) / widest)) if widest else size


def _lines_cut(text: str, font: str, size: float, width: float, most: int) -> list[str]:
    """``text`` wrapped at spaces to ``width``, at most ``most`` lines; a text cut short ends with "…"."""
    lines = simpleSplit(text, font, size, width)
    if len(lines) <= most:
        return lines
    last = f"{lines[most - 1]} {lines[most]}"
    # the words that fit with the ellipsis, else the letters (a word longer than the line)
    while last and stringWidth(last + ELLIPSIS, font, size) > width:
        words = last.split()
        last = " ".join(words[:-1]) if len(words) > 1 else last[:-1]
    return [*lines[: most - 1], last.rstrip(" ,;:") + ELLIPSIS]


class _SeatLabel:
    """A person's name (bold) and position under it, wrapped at spaces to a width and drawn straight on the
    canvas: canvas text is literal (no markup to escape), and a hundred labels cost no paragraph parsing.
    ``size`` is the plan's (see :func:`label_size`), so a narrow place never breaks a name inside a word.
    """

    def __init__(self, seat: SeatLine, width: float, size: float, align: int) -> None:
        position = " ".join(clean(seat.person.title or seat.person.organisation).split())
        name = _label_name(seat)
        self.size, self.small = size, size - 1
        self.names = simpleSplit(name, BOLD, self.size, width)
        self.positions = _lines_cut(position, REGULAR, self.small, width, MAX_POSITION_LINES)
        self.width, self.align = width, align
        self.height = len(self.names) * self.size * 1.18 + len(self.positions) * self.small * 1.18

    def draw(self, canvas: Canvas, x: float, top: float) -> None:
        """Draw with the top left corner of the label's box at (x, top)."""
        y = top
        for font, size, colour, lines in (
            (BOLD, self.size, INK, self.names),
            (REGULAR, self.small, MUTED, self.positions),
        ):
            canvas.setFont(font, size)
            canvas.setFillColor(colour)
            for line in lines:
                y -= size * 1.18
                baseline = y + size * 0.22
                if self.align == TA_CENTER:
                    canvas.drawCentredString(x + self.width / 2, baseline, line)
                elif self.align == TA_RIGHT:
                    canvas.drawRightString(x + self.width, baseline, line)
                else:
                    canvas.drawString(x, baseline, line)


def _fill(side: str) -> colors.Color:
    return HOST_FILL if side == "host" else GUEST_FILL


class RectTableDrawing(Flowable):
    """Talks: the rectangle, the hosts along the top edge facing the guests along the bottom edge."""

    def __init__(self, plan: SeatingPlan, width: float, size: float, lang: str) -> None:
        super().__init__()
        self.plan, self.lang = plan, lang
        # a page column per place: a host's right is the page's left (they face down the page)
        self.column = {
            (s.table, s.number): (-1 if s.table == RECT_HOST_TABLE else 1) * rect_offset(s.number)
            for s in plan.seats
        }
        columns = list(self.column.values()) or [0]
        self.lo, hi = min(min(columns), -1), max(max(columns), 1)
        self.pitch = width / (hi - self.lo + 1)
        size = label_size(plan.seats, self.pitch - 2 * mm, size)
        self.labels = {
            (s.table, s.number): _SeatLabel(s, self.pitch - 2 * mm, size, TA_CENTER) for s in plan.seats
        }
        self.top_band = max([lb.height for (t, _), lb in self.labels.items() if t == RECT_HOST_TABLE] or [0])
        self.bottom_band = max(
            [lb.height for (t, _), lb in self.labels.items() if t != RECT_HOST_TABLE] or [0]
        )
        self.table_height = 24 * mm
        self.width = width
        self.height = self.top_band + self.bottom_band + self.table_height + 12 * mm

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        table_bottom = self.bottom_band + 6 * mm
        table_top = table_bottom + self.table_height
        c.saveState()
        c.setStrokeColor(ACCENT)
        c.setFillColor(colors.white)
        c.setLineWidth(1.2)
        c.roundRect(
            self.pitch * 0.15, table_bottom, self.width - self.pitch * 0.3, self.table_height, 3 * mm, 1, 1
        )
        c.setFont(REGULAR, 8)
        c.setFillColor(MUTED)
        c.drawCentredString(self.width / 2, table_top - 5 * mm, value_name("side", "host", self.lang))
        c.drawCentredString(self.width / 2, table_bottom + 3 * mm, value_name("side", "guest", self.lang))
        for s in self.plan.seats:
            key = (s.table, s.number)
            x = (self.column[key] - self.lo + 0.5) * self.pitch
            host = s.table == RECT_HOST_TABLE
            y = table_top if host else table_bottom
            c.setStrokeColor(ACCENT if s.number == 1 else RULE)
            c.setFillColor(_fill(s.person.side))
            c.circle(x, y, (3.2 if s.number == 1 else 2.4) * mm, 1, 1)
            lb = self.labels[key]
            top = y + 4 * mm + lb.height if host else y - 4 * mm
            lb.draw(c, x - lb.width / 2, top)
        c.restoreState()


class RoundTablesDrawing(Flowable):
    """A row of round tables, each host at the top and the seats going round to the host's right."""

    def __init__(
        self, plan: SeatingPlan, tables: Sequence[int], width: float, columns: int, size: float, lang: str
    ) -> None:
        super().__init__()
        self.plan, self.tables, self.lang = plan, tables, lang
        self.cell = width / columns
        self.places = max(plan.table_size, 2)
        self.label_width = min(42 * mm, self.cell * 0.3)
        self.radius = min(24 * mm, self.cell * 0.18)
        # one size for every table of the plan, whichever row of tables this drawing holds
        size = label_size(plan.seats, self.label_width, size)
        self.labels = {
            (s.table, s.number): self._label(s, size) for s in plan.seats if s.table in set(tables)
        }
        tallest = max([lb.height for lb, _, _ in self.labels.values()] or [0])
        # the labels at the top and the bottom sit beyond their neighbours' so they never overlap them
        self.beyond = tallest * 0.7
        self.width = width
        self.height = 2 * (self.radius + 5 * mm + tallest + self.beyond) + 6 * mm

    def _label(self, seat: SeatLine, size: float) -> tuple[_SeatLabel, float, float]:
        angle = math.radians(90 + round_angle(seat.number, self.places))
        dx, dy = math.cos(angle), math.sin(angle)
        align = TA_LEFT if dx > 0.35 else TA_RIGHT if dx < -0.35 else TA_CENTER
        return _SeatLabel(seat, self.label_width, size, align), dx, dy

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        cy = self.height / 2
        for column, table in enumerate(self.tables):
            cx = self.cell * (column + 0.5)
            c.setStrokeColor(ACCENT)
            c.setFillColor(colors.white)
            c.setLineWidth(1.2)
            c.circle(cx, cy, self.radius, 1, 1)
            c.setFont(BOLD, 10)
            c.setFillColor(ACCENT)
            c.drawCentredString(cx, cy - 3, label("table_n", self.lang, n=table))
            for s in self.plan.seats:
                if s.table != table:
                    continue
                lb, dx, dy = self.labels[(s.table, s.number)]
                x, y = cx + dx * self.radius, cy + dy * self.radius
                c.setStrokeColor(ACCENT if s.number == 1 else RULE)
                c.setFillColor(_fill(s.person.side))
                c.circle(x, y, (3.2 if s.number == 1 else 2.4) * mm, 1, 1)
                reach = self.radius + 5 * mm + (self.beyond if abs(dx) <= 0.35 else 0)
                ax, ay = cx + dx * reach, cy + dy * reach
                left = ax if dx > 0.35 else ax - lb.width if dx < -0.35 else ax - lb.width / 2
                top = ay + lb.height if dy > 0.35 else ay if dy < -0.35 else ay + lb.height / 2
                lb.draw(c, left, top)
        c.restoreState()


def place_words(plan: SeatingPlan, seat: SeatLine, lang: str) -> str:
    """Where a seat is, in words: "centre", "right, place 2", "3 to the host's left"."""
    if plan.layout == Layout.RECT:
        offset = rect_offset(seat.number)
        if offset == 0:
            return label("seat_centre", lang)
        return label("seat_right" if offset > 0 else "seat_left", lang, n=abs(offset))
    if seat.number == 1:
        return label("seat_host", lang)
    right, left = seat.number - 1, plan.table_size - seat.number + 1
    if right <= left:
        return label("seat_round_right", lang, n=right)
    return label("seat_round_left", lang, n=left)


def _table_name(plan: SeatingPlan, table: int, lang: str) -> str:
    if plan.layout == Layout.RECT:
        return value_name("side", "host" if table == RECT_HOST_TABLE else "guest", lang)
    return label("table_n", lang, n=table)


def render_seating(
    plan: SeatingPlan, settings: DocumentSettings, *, paper: str = "a4", proposed: bool = False
) -> bytes:
    """The seating plan as PDF bytes, on landscape A4 or A3 pages (``paper``)."""
    lang = settings.language
    visit, item = plan.header, plan.item
    paper = "a3" if paper == "a3" else "a4"
    doc = PdfDocument(
        settings, label("seating", lang), visit.host_organisation, landscape_mode=True, paper=paper
    )
    st = doc.styles
    tz = ZoneInfo(plan.timezone)
    size = 8.0 if paper == "a4" else 9.5
    layout_text = (
        label("layout_rect", lang)
        if plan.layout == Layout.RECT
        else label("layout_round", lang, n=plan.table_size)
    )
    story: list[Flowable] = [
        *doc.title_block(label("seating", lang), item.title),
        doc.facts(
            [
                (label("visit", lang), visit.title),
                (
                    label("when", lang),
                    f"{long_date(item.starts_at.astimezone(tz).date(), lang)}, "
                    f"{time_span(item.starts_at, item.ends_at, tz)}",
                ),
                (label("place", lang), ", ".join(p for p in (item.place, item.address) if p)),
                (label("seating_layout", lang), layout_text),
            ]
        ),
    ]
    if proposed:
        story.append(doc.rich(f"<i>{markup(label('seating_proposed', lang))}</i>", st.note))
    story.append(Spacer(1, 4 * mm))
    if plan.layout == Layout.RECT:
        story.append(RectTableDrawing(plan, doc.width, size, lang))
    else:
        tables = sorted({s.table for s in plan.seats})
        columns = max(1, min(len(tables), int(doc.width // (125 * mm)) or 1))
        for start in range(0, len(tables), columns):
            story.append(
                RoundTablesDrawing(plan, tables[start : start + columns], doc.width, columns, size, lang)
            )
    rows = [
        [
            _table_name(plan, s.table, lang),
            place_words(plan, s, lang),
            doc.cell(s.person.name_beside(s.person.title or s.person.organisation), bold=s.number == 1),
            s.person.title or s.person.organisation,
            Plain(value_name("role", s.person.role, lang)),
        ]
        for s in sorted(plan.seats, key=lambda s: (s.table, s.number))
    ]
    header = [
        label("table", lang) if plan.layout == Layout.ROUND else label("side", lang),
        label("seat", lang),
        label("full_name", lang),
        label("position", lang),
        label("role", lang),
    ]
    story += [Spacer(1, 4 * mm), doc.table(header, rows, LIST_COLUMNS)]
    if plan.unseated:
        story.append(doc.heading(label("unseated", lang)))
        story.append(
            doc.table(
                [label("full_name", lang), label("position", lang)],
                [
                    [p.name_beside(p.title or p.organisation), p.title or p.organisation]
                    for p in plan.unseated
                ],
                (0.4, 0.6),
            )
        )
    return doc.render(story)
