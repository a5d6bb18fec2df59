"""Place cards (folded tent cards) and car placards, drawn straight onto the page.

These are cut and folded sheets, not reading documents: no header, footer or page numbers, the name as large
as it fits. A place card is half an A4 page folded along its middle; the name is on both faces, the upper one
turned upside down so that it reads from the other side of the table. A car placard is an A4 landscape sheet
for the windscreen: the car's number in the motorcade, large, and its group.

The helpers here (a canvas whose fonts are embedded, text made to fit a box) serve the badges too.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from planner.documents.catalogue import label, value_name
from planner.documents.fonts import BOLD, REGULAR, register_fonts
from planner.documents.settings import DocumentSettings
from planner.documents.template import ACCENT, INK, MUTED, RULE
from planner.documents.text import clean
from planner.domain.kinds import Side
from planner.queries.documents.cards import CardsData
from planner.queries.documents.motorcade import MotorcadeData
from planner.queries.documents.reader import PersonLine

HOST_COLOUR = colors.HexColor("#2e6b30")
SIDE_COLOURS = {Side.GUEST.value: ACCENT, Side.HOST.value: HOST_COLOUR}


def new_canvas(
    settings: DocumentSettings, title: str, pagesize: tuple[float, float]
) -> tuple[io.BytesIO, Canvas]:
    """A canvas for a sheet document: the shipped font embedded (never Helvetica), the title and language
    in the file's properties."""
    register_fonts()
    buffer = io.BytesIO()
    # ReportLab's stubs type initialFontName as a number; it is the face name (else Helvetica, unembedded)
    options: dict[str, Any] = {"pagesize": pagesize, "initialFontName": REGULAR, "lang": settings.language}
    canvas = Canvas(buffer, **options)
    canvas.setTitle(title)
    canvas.setCreator("Delegation Planner")
    if settings.organisation:
        canvas.setAuthor(settings.organisation)
    return buffer, canvas


def one_line(value: object) -> str:
    """User text for a line drawn on the canvas: literal (no markup), without control characters."""
    return " ".join(clean(value).split())


@dataclass(frozen=True)
class Fitted:
    """Text broken into lines at a font size so that it fits a box."""

    lines: tuple[str, ...]
    size: float

    @property
    def height(self) -> float:
        return len(self.lines) * self.size * 1.15


def _split_long(word: str, font: str, size: float, width: float) -> list[str]:
    """A word wider than the box on its own (a 300-letter name) cut into pieces that fit, in one pass over
    its letters (measuring each prefix again made a 5,000-letter word take minutes)."""
    pieces: list[str] = []
    start, used = 0, 0.0
    for at, letter in enumerate(word):
        letter_width = stringWidth(letter, font, size)
        if used + letter_width > width and at > start:
            pieces.append(word[start:at])
            start, used = at, 0.0
        used += letter_width
    pieces.append(word[start:])
    return pieces


def _wrap(words: Sequence[str], font: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    current = ""
    current_width = 0.0
    space = stringWidth(" ", font, size)
    for word in words:
        word_width = stringWidth(word, font, size)
        if current and current_width + space + word_width <= width:
            current, current_width = f"{current} {word}", current_width + space + word_width
            continue
        if current:
            lines.append(current)
        if word_width > width:
            *whole, word = _split_long(word, font, size, width)
            lines.extend(whole)
            word_width = stringWidth(word, font, size)
        current, current_width = word, word_width
    if current:
        lines.append(current)
    return lines


def fit(text: str, font: str, largest: float, smallest: float, width: float, max_lines: int = 2) -> Fitted:
    """``text`` at the largest size from ``largest`` down to ``smallest`` at which it fits ``width`` on one
    line, else on up to ``max_lines`` lines; at the smallest size it takes as many lines as it needs."""
    text = one_line(text)
    if not text:
        return Fitted((), smallest)
    words = text.split(" ")
    full = stringWidth(text, font, largest)
    # the size at which one line just fits, found at once (width scales with the size)
    single = largest * width / full if full > width else largest
    if single >= largest or max_lines == 1:
        return (
            Fitted((text,), max(single, smallest))
            if single >= smallest
            else _many(words, font, smallest, width)
        )
    if single * max_lines * 1.1 < smallest:
        return _many(words, font, smallest, width)  # no size in range fits it in max_lines: don't try each
    size = largest
    while size > smallest:
        lines = _wrap(words, font, size, width)
        if len(lines) <= max_lines:
            # two lines only when they read clearly larger than one line would
            if size > single * 1.2 or single < smallest:
                return Fitted(tuple(lines), size)
            break
        size = max(smallest, size - max(1.0, size * 0.08))
    if single >= smallest:
        return Fitted((text,), single)
    return _many(words, font, smallest, width)


def _many(words: Sequence[str], font: str, size: float, width: float) -> Fitted:
    return Fitted(tuple(_wrap(words, font, size, width)), size)


def draw_centred(canvas: Canvas, fitted: Fitted, font: str, centre_x: float, top: float) -> float:
    """Draw fitted lines centred on ``centre_x`` from ``top`` down; return the y under the last line."""
    canvas.setFont(font, fitted.size)
    y = top
    for line in fitted.lines:
        y -= fitted.size
        canvas.drawCentredString(centre_x, y, line)
        y -= fitted.size * 0.15
    return y


def clip(canvas: Canvas, x: float, y: float, width: float, height: float) -> None:
    """Limit drawing to a box until the canvas state is restored."""
    path = canvas.beginPath()
    path.rect(x, y, width, height)
    canvas.clipPath(path, stroke=0, fill=0)


# place cards ---------------------------------------------------------------------------------------

CARD_WIDTH, CARD_HEIGHT = A4[0], A4[1] / 2  # two cards to an A4 page; each folds into a tent
FACE = CARD_HEIGHT / 2


def _face(canvas: Canvas, person: PersonLine, width: float, second: str, title: str) -> None:
    """One face of a place card, drawn upright in a box (0, 0)–(width, FACE); text that could never fit
    (a pasted page of text) is cut at the face's edge rather than spill over the fold."""
    margin = 12 * mm
    inner = width - 2 * margin
    name = fit(person.name, BOLD, 40, 14, inner)
    second_fit = fit(second, REGULAR, 22, 9, inner, 1) if second else None
    title_fit = fit(title, REGULAR, 13, 7, inner, 2) if title else None
    block = name.height + (second_fit.height + 2 * mm if second_fit else 0)
    block += title_fit.height + 3 * mm if title_fit else 0
    top = min(FACE / 2 + block / 2 + 2 * mm, FACE - 4 * mm)
    clip(canvas, 0, 0, width, FACE)
    canvas.setFillColor(INK)
    y = draw_centred(canvas, name, BOLD, width / 2, top)
    if second_fit:
        canvas.setFillColor(ACCENT)
        y = draw_centred(canvas, second_fit, REGULAR, width / 2, y - 2 * mm)
    if title_fit:
        canvas.setFillColor(MUTED)
        draw_centred(canvas, title_fit, REGULAR, width / 2, y - 3 * mm)


def render_place_cards(data: CardsData, settings: DocumentSettings) -> bytes:
    """Tent cards for everyone in protocol order, two to an A4 page, the name on both faces.

    The lower face is upright; the upper face is the same text turned half a turn, so once folded along the
    dashed line each side of the table reads the name. A second language, when asked, goes under the name.
    """
    lang = settings.language
    buffer, canvas = new_canvas(settings, label("place_cards", lang), A4)
    width = CARD_WIDTH
    people = data.people
    if not people:
        canvas.setFont(REGULAR, 14)
        canvas.setFillColor(MUTED)
        canvas.drawCentredString(width / 2, A4[1] / 2, label("nobody", lang))
    for start in range(0, max(len(people), 1), 2):
        for slot, card in enumerate(people[start : start + 2]):
            bottom = CARD_HEIGHT * (1 - slot)  # first card on the top half of the page
            canvas.saveState()
            canvas.translate(0, bottom)
            title = card.person.title
            second = card.second_name
            # lower face, upright
            canvas.saveState()
            _face(canvas, card.person, width, second, title)
            canvas.restoreState()
            # upper face, turned half a turn about its centre
            canvas.saveState()
            canvas.translate(width, CARD_HEIGHT)
            canvas.rotate(180)
            _face(canvas, card.person, width, second, title)
            canvas.restoreState()
            # the fold (dashed) and the cut between the cards (a thin rule)
            canvas.setStrokeColor(RULE)
            canvas.setLineWidth(0.4)
            canvas.setDash(3, 3)
            canvas.line(8 * mm, FACE, width - 8 * mm, FACE)
            canvas.setDash()
            if slot == 1:
                canvas.line(0, CARD_HEIGHT, width, CARD_HEIGHT)
            canvas.restoreState()
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


# car placards --------------------------------------------------------------------------------------


def render_car_placards(data: MotorcadeData, settings: DocumentSettings) -> bytes:
    """One A4 landscape sheet per car of the motorcade: its number in the column and its group, large."""
    lang = settings.language
    page = landscape(A4)
    buffer, canvas = new_canvas(settings, label("car_placards", lang), page)
    width, height = page
    margin = 15 * mm
    inner = width - 2 * margin
    for car in data.cars:
        band = SIDE_COLOURS.get(car.side, MUTED)
        canvas.setFillColor(band)
        canvas.rect(0, height - 22 * mm, width, 22 * mm, stroke=0, fill=1)
        canvas.setFillColor(colors.white)
        head = fit(data.visit.title, BOLD, 18, 9, inner, 1)
        draw_centred(canvas, head, BOLD, width / 2, height - 22 * mm / 2 + head.size / 2 + 1)
        canvas.setFillColor(INK)
        caption = fit(label("car_caption", lang), BOLD, 30, 12, inner, 1)
        y = draw_centred(canvas, caption, BOLD, width / 2, height - 30 * mm)
        number = fit(str(car.number), BOLD, 260, 60, inner, 1)
        canvas.setFillColor(band)
        y = draw_centred(canvas, number, BOLD, width / 2, y - 2 * mm)
        group = ", ".join(car.groups) or (value_name("side", car.side, lang) if car.side else "")
        if group:
            canvas.setFillColor(INK)
            draw_centred(canvas, fit(group, BOLD, 44, 16, inner, 2), BOLD, width / 2, y - 2 * mm)
        kind = value_name("vehicle_kind", car.kind, lang)
        foot = " — ".join(p for p in (one_line(car.label), kind, one_line(car.plate)) if p)
        canvas.setFillColor(MUTED)
        draw_centred(canvas, fit(foot, REGULAR, 14, 7, inner, 1), REGULAR, width / 2, margin + 14)
        canvas.showPage()
    if not data.cars:
        canvas.setFont(REGULAR, 14)
        canvas.setFillColor(MUTED)
        canvas.drawCentredString(width / 2, height / 2, label("no_vehicles", lang))
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()
