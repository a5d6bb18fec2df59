"""The shipped font family (DejaVu Sans: Cyrillic and every Kazakh letter), registered once a process."""

from __future__ import annotations

import threading
from pathlib import Path

FONT_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"
FAMILY = "DejaVuSans"
# face name -> file; the face names are what styles refer to
FACES: dict[str, str] = {
    FAMILY: "DejaVuSans.ttf",
    f"{FAMILY}-Bold": "DejaVuSans-Bold.ttf",
    f"{FAMILY}-Oblique": "DejaVuSans-Oblique.ttf",
    f"{FAMILY}-BoldOblique": "DejaVuSans-BoldOblique.ttf",
}
REGULAR, BOLD, ITALIC, BOLD_ITALIC = FACES

_lock = threading.Lock()
_registered = False


def register_fonts() -> str:
    """Register the family with ReportLab (once per process; later calls are free); return its name.

    Parsing the four TrueType files costs tens of milliseconds, so it must not be paid per document.
    """
    global _registered
    if _registered:
        return FAMILY
    with _lock:
        if _registered:
            return FAMILY
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        from planner.domain.errors import PlannerError

        for face, file_name in FACES.items():
            path = FONT_DIR / file_name
            if not path.is_file():
                raise PlannerError(f"the document font {path} is missing; reinstall Delegation Planner")
            pdfmetrics.registerFont(TTFont(face, str(path)))
        # so <b> and <i> inside a paragraph pick the right face
        addMapping(FAMILY, 0, 0, REGULAR)
        addMapping(FAMILY, 1, 0, BOLD)
        addMapping(FAMILY, 0, 1, ITALIC)
        addMapping(FAMILY, 1, 1, BOLD_ITALIC)
        _registered = True
    return FAMILY
