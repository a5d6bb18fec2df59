"""Badges: credit-card size (CR80, 86 × 54 mm), ten to an A4 page with cut marks.

Each badge has a colour band naming the person's side (or role), the name, the position and the
organisation, and may carry a QR code with the participant's key (``DP:<visit>:<participant>``, the id
the delegation list and the exported participant list give) so a desk can scan who arrives.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from planner.documents.cards import SIDE_COLOURS, clip, draw_centred, fit, new_canvas
from planner.documents.catalogue import label, value_name
from planner.documents.fonts import BOLD, REGULAR
from planner.documents.settings import DocumentSettings
from planner.documents.template import ACCENT, INK, MUTED, RULE
from planner.queries.documents.cards import CardPerson, CardsData

BADGE_WIDTH, BADGE_HEIGHT = 86 * mm, 54 * mm
COLUMNS, ROWS = 2, 5
BAND = 9 * mm
QR_SIZE = 17 * mm
BAND_BY = ("side", "role")

# a colour per role the office uses (the vocabulary's roles); another role gets the side's colour
ROLE_COLOURS: dict[str, colors.Color] = {
    "head": colors.HexColor("#8c1d18"),
    "official": ACCENT,
    "business": colors.HexColor("#1d6b6b"),
    "press": colors.HexColor("#b35c00"),
    "protocol": colors.HexColor("#5b2a86"),
    "guide": colors.HexColor("#2e6b30"),
    "security": colors.HexColor("#3b3b3b"),
    "interpreter": colors.HexColor("#0f5e9c"),
}


def qr_payload(visit_id: int, participant_id: int) -> str:
    """What a badge's QR code holds: the visit and the participant's id."""
    return f"DP:{visit_id}:{participant_id}"


def draw_qr(canvas: Canvas, text: str, x: float, y: float, size: float) -> None:
    """A QR code of ``text`` as vector squares in the box at (x, y) of side ``size`` (quiet zone kept)."""
    import segno  # only when a badge asks for one

    # a fixed mask: choosing the best of eight took 4 ms a code (0.9 s for 200 badges); any mask scans
    code = segno.make_qr(text, error="m", mask=0, boost_error=False)
    matrix = code.matrix
    border = 2
    cell = size / (len(matrix) + 2 * border)
    runs: list[str] = []
    for r, row in enumerate(matrix):
        c, width = 0, len(row)
        while c < width:
            if row[c]:
                start = c
                while c < width and row[c]:
                    c += 1
                # a run of dark modules is one rectangle, in module units (the canvas is scaled below):
                # ReportLab's path object formatted each number and took most of a badge's time
                runs.append(f"{start} {r} {c - start} 1 re")
            else:
                c += 1
    canvas.saveState()
    canvas.setFillColor(colors.white)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColor(colors.black)
    canvas.translate(x + border * cell, y + size - border * cell)
    canvas.scale(cell, -cell)  # row 0 at the top
    canvas.addLiteral("\n".join(runs) + "\nf")
    canvas.restoreState()


def _band(card: CardPerson, band_by: str, lang: str) -> tuple[colors.Color, str]:
    person = card.person
    side_colour = SIDE_COLOURS.get(person.side, ACCENT)
    if band_by == "role" and person.role:
        key = person.role.strip().lower()
        return ROLE_COLOURS.get(key, side_colour), value_name("role", person.role, lang)
    return side_colour, value_name("side", person.side, lang)


def _badge(
    canvas: Canvas, card: CardPerson, x: float, y: float, band_by: str, lang: str, qr: str | None
) -> None:
    colour, band_text = _band(card, band_by, lang)
    pad = 3.5 * mm
    canvas.saveState()
    clip(canvas, x, y, BADGE_WIDTH, BADGE_HEIGHT)  # never over the neighbouring badge
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.3)
    canvas.rect(x, y, BADGE_WIDTH, BADGE_HEIGHT, stroke=1, fill=0)
    canvas.setFillColor(colour)
    canvas.rect(x, y + BADGE_HEIGHT - BAND, BADGE_WIDTH, BAND, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    band = fit(band_text, BOLD, 10, 6, BADGE_WIDTH - 2 * pad, 1)
    draw_centred(canvas, band, BOLD, x + BADGE_WIDTH / 2, y + BADGE_HEIGHT - BAND / 2 + band.size / 2 - 0.5)
    text_width = BADGE_WIDTH - 2 * pad - (QR_SIZE + 2 * mm if qr else 0)
    centre = x + pad + text_width / 2
    top = y + BADGE_HEIGHT - BAND - 3 * mm
    person = card.person
    canvas.setFillColor(INK)
    top = draw_centred(canvas, fit(person.name, BOLD, 15, 7, text_width, 2), BOLD, centre, top)
    if card.second_name:
        canvas.setFillColor(ACCENT)
        top = draw_centred(canvas, fit(card.second_name, REGULAR, 10, 6, text_width, 1), REGULAR, centre, top)
    if person.title:
        canvas.setFillColor(MUTED)
        top = draw_centred(
            canvas, fit(person.title, REGULAR, 8.5, 5.5, text_width, 2), REGULAR, centre, top - 1
        )
    if person.organisation:
        canvas.setFillColor(MUTED)
        draw_centred(
            canvas, fit(person.organisation, REGULAR, 7.5, 5, text_width, 2), REGULAR, centre, top - 1
        )
    if qr:
        draw_qr(canvas, qr, x + BADGE_WIDTH - pad - QR_SIZE + 1 * mm, y + 2 * mm, QR_SIZE)
    canvas.restoreState()


def _cut_marks(canvas: Canvas, left: float, bottom: float) -> None:
    """Short marks outside the grid at every cut line, so the sheet can be trimmed with a guillotine."""
    canvas.setStrokeColor(colors.black)
    canvas.setLineWidth(0.25)
    length, gap = 5 * mm, 1.5 * mm
    right, top = left + COLUMNS * BADGE_WIDTH, bottom + ROWS * BADGE_HEIGHT
    for c in range(COLUMNS + 1):
        x = left + c * BADGE_WIDTH
        canvas.line(x, top + gap, x, top + gap + length)
        canvas.line(x, bottom - gap, x, bottom - gap - length)
    for r in range(ROWS + 1):
        yy = bottom + r * BADGE_HEIGHT
        canvas.line(left - gap, yy, left - gap - length, yy)
        canvas.line(right + gap, yy, right + gap + length, yy)


def render_badges(
    data: CardsData, settings: DocumentSettings, *, qr: bool = False, band_by: str = "side"
) -> bytes:
    """Badges for everyone in protocol order, ten to an A4 page with cut marks.

    ``band_by`` colours and names the band by ``side`` (guest / host) or by ``role``; ``qr`` adds a QR
    code with the participant's key (:func:`qr_payload`).
    """
    if band_by not in BAND_BY:
        from planner.domain.errors import ValidationError

        raise ValidationError(f"the band of a badge shows the side or the role; {band_by!r} is neither")
    lang = settings.language
    buffer, canvas = new_canvas(settings, label("badges", lang), A4)
    left = (A4[0] - COLUMNS * BADGE_WIDTH) / 2
    bottom = (A4[1] - ROWS * BADGE_HEIGHT) / 2
    per_page = COLUMNS * ROWS
    people = data.people
    if not people:
        canvas.setFont(REGULAR, 14)
        canvas.setFillColor(MUTED)
        canvas.drawCentredString(A4[0] / 2, A4[1] / 2, label("nobody", lang))
    for start in range(0, max(len(people), 1), per_page):
        for n, card in enumerate(people[start : start + per_page]):
            row, col = divmod(n, COLUMNS)
            x = left + col * BADGE_WIDTH
            y = bottom + (ROWS - 1 - row) * BADGE_HEIGHT
            code = qr_payload(data.visit.id, card.person.id) if qr else None
            _badge(canvas, card, x, y, band_by, lang, code)
        _cut_marks(canvas, left, bottom)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()
