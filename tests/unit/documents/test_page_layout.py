"""Page layout rules every document shares: a heading never sits alone at the foot of a page."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from planner.documents.settings import DocumentSettings
from planner.documents.template import PdfDocument


def _pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


@pytest.mark.parametrize("filler_lines", range(44, 52))  # 47 and 48 left it alone before
def test_a_heading_keeps_with_the_start_of_its_table(filler_lines: int) -> None:
    """Wherever the filler ends, "Day 2" is on the same page as its table's first row."""
    doc = PdfDocument(DocumentSettings(language="en"), "Programme", "Host")
    story = [doc.para(f"filler line {n}") for n in range(filler_lines)]
    story.append(doc.heading("Day 2 — Friday"))
    rows = [[f"{9 + n}:00", f"visit number {n}"] for n in range(40)]
    story.append(doc.table(["Time", "Event"], rows, [1, 4]))
    pages = _pages(doc.render(story))
    (page,) = [text for text in pages if "Day 2 — Friday" in text]
    assert "visit number 0" in page
    assert len(pages) <= 3  # the table still starts right under its heading: no page left half empty


def test_a_long_table_starts_under_its_heading_not_on_a_new_page() -> None:
    doc = PdfDocument(DocumentSettings(language="en"), "Programme", "Host")
    story = [
        doc.para("one line"),
        doc.heading("Day 1"),
        doc.table(["Time", "Event"], [["9:00", f"x{n}"] for n in range(200)], [1, 4]),
    ]
    first = _pages(doc.render(story))[0]
    assert "Day 1" in first and "x0" in first
