"""Lines of names drawn without a paragraph print exactly as the one paragraph with line breaks did.

The site briefings list their guests as lines (planner/documents/template.py ``Lines``): lines that fit
are drawn straight, a line that wraps is a paragraph of its own, anything unusual is one paragraph. The
reader sees the same text on the same pages either way, hostile names and Kazakh letters literal.
"""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from planner.documents.settings import DocumentSettings
from planner.documents.template import Lines, PdfDocument
from planner.documents.text import markup

HOSTILE = [
    'Tom & "Jerry" <Ltd> — Chairman & CEO',
    "Жұмағалиев Асқар Маратұлы — Атырау облысы әкімінің орынбасары",
    "Ivanov  Ivan   (two spaces typed)",
]
LONG = (
    "Сатыбалдиев Ерлан Болатович — Руководитель управления предпринимательства и индустриально-"
    "инновационного развития Атырауской области, оптово-распределительный центр «Каспий»"
)


def _pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def _both(texts: list[str], lang: str = "ru", *, before: int = 0) -> tuple[list[str], list[str]]:
    """The pages with the lines as :class:`Lines` and as one paragraph of ``<br/>``-separated lines."""
    printed = []
    for as_lines in (True, False):
        doc = PdfDocument(DocumentSettings(language=lang), "Briefing", "Host")
        story = [doc.para(f"filler {n}") for n in range(before)]
        if as_lines:
            story.append(doc.lines(texts, doc.styles.cell))
        else:
            story.append(doc.rich("<br/>".join(markup(t) for t in texts), doc.styles.cell))
        story.append(doc.para("the end"))
        printed.append(_pages(doc.render(story)))
    return printed[0], printed[1]


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_lines_that_fit_print_as_the_paragraph_did(lang: str) -> None:
    lines, paragraph = _both([f"{n}. {name}" for n, name in enumerate(HOSTILE, start=1)], lang)
    assert lines == paragraph
    assert 'Tom & "Jerry" <Ltd>' in lines[0] and "Жұмағалиев Асқар Маратұлы" in lines[0]


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_a_line_that_wraps_is_hyphenated_as_in_the_paragraph(lang: str) -> None:
    lines, paragraph = _both(["1. Short one", f"2. {LONG}", f"3. {LONG} {LONG}", "4. Last"], lang)
    assert lines == paragraph
    assert lines[0].index("1. Short one") < lines[0].index("2. Сатыбалдиев") < lines[0].index("4. Last")


def _body(page: str) -> list[str]:
    """A page's lines without the header (2 lines) and the footer (2 lines)."""
    return page.splitlines()[2:-2]


@pytest.mark.parametrize("before", [0, 40, 50, 53, 54, 55, 56, 57])
@pytest.mark.parametrize("wraps", [False, True])
def test_a_long_list_splits_over_pages_as_the_paragraph_did(before: int, wraps: bool) -> None:
    """Every line once, in order; never one line alone at the foot of a page; the first page breaks
    where the paragraph broke it, or, with a line that wraps, before that line. The next page starts
    with the next line, where the paragraph left an empty line first, so a page holds no fewer lines."""
    names = [f"{n}. {HOSTILE[n % 3]}" for n in range(1, 150)]
    if wraps:
        names.insert(10, f"10a. {LONG}")
    lines, paragraph = _both(names, before=before)
    assert [t for page in lines for t in _body(page)] == [t for page in paragraph for t in _body(page)]
    assert len(lines) <= len(paragraph)
    first = _body(lines[0])
    assert first == _body(paragraph[0]) or (wraps and _body(paragraph[0])[: len(first)] == first)
    for page in lines[:-1]:
        assert len([t for t in _body(page) if t[0].isdigit()]) != 1


def test_a_line_taller_than_the_page_splits_inside() -> None:
    huge = " ".join([LONG] * 120)
    lines, paragraph = _both(["1. first", f"2. {huge}", "3. last"])
    assert [t for page in lines for t in _body(page)] == [t for page in paragraph for t in _body(page)]
    assert len(lines) == len(paragraph)


def test_unusual_text_is_left_to_the_paragraph() -> None:
    """A newline in a name, a hard space, an empty line: printed as the paragraph prints them."""
    texts = ["first\nsecond", "hard\u00a0space", "", "tab\there"]
    lines, paragraph = _both(texts)
    assert lines == paragraph
    assert Lines(texts, PdfDocument(DocumentSettings(), "t", "o").styles.cell)._whole is not None


def test_facts_read_as_before_with_a_long_value() -> None:
    doc = PdfDocument(DocumentSettings(language="ru"), "Briefing", "Host")
    text = _pages(doc.render([doc.facts([("Событие", LONG), ("Место", 'Tom & "Jerry" <Ltd>')])]))[0]
    assert 'Место\nTom & "Jerry" <Ltd>' in text
    assert "Событие\nСатыбалдиев Ерлан Болатович" in text


@pytest.mark.parametrize("style", ["title", "subtitle", "heading", "cell", "note"])
@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_titles_and_headings_read_as_their_paragraphs(style: str, lang: str) -> None:
    """Centred or not, one line or wrapped (spaces narrowed where a line is a little long)."""
    texts = ['Tom & "Jerry" <Ltd>', LONG, f"{LONG} {HOSTILE[1]} {LONG}"]
    printed = []
    for as_lines in (True, False):
        doc = PdfDocument(DocumentSettings(language=lang), "Briefing", "Host")
        st = getattr(doc.styles, style)
        story = [doc.lines([t], st) if as_lines else doc.rich(markup(t), st) for t in texts]
        printed.append(_pages(doc.render(story)))
    assert printed[0] == printed[1]
