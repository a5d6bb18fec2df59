"""Page layout rules every document shares: a heading never sits alone at the foot of a page."""

from __future__ import annotations

import io
import itertools
import re

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


NARROW_TEXT = {
    "ru": "Оптово-распределительный центр Атырауский нефтеперерабатывающий завод Ёлочный",
    "kk": "Қазақстанның мұнай-химия өнеркәсібі Жайық өзенінің жағалауындағы серуен",
    "en": 'Tom & "Jerry" <Ltd> interdisciplinary collaboration headquarters',
}


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
@pytest.mark.parametrize("width", [60, 90, 140])  # 21 to 49 mm: the narrow columns of our tables
def test_words_break_only_at_a_hyphen(lang: str, width: float) -> None:
    """In a narrow column every line ends with a whole word or a hyphen, also after a second layout at
    another width (a mixed-font cell once lost its hyphen then), and the words read back whole."""
    from planner.documents.text import markup

    doc = PdfDocument(DocumentSettings(language=lang), "T", "H")
    text = NARROW_TEXT["kk" if lang == "ru" and width == 140 else lang]  # Kazakh words in a Russian text
    plain = doc.para(text, doc.styles.cell)
    mixed = doc.rich(
        f"<b>{markup(text.split()[0])}</b> {markup(' '.join(text.split()[1:]))}", doc.styles.cell
    )
    mixed.wrap(width / 2, 500)  # laid out once at another width
    table = doc._table_class([[plain], [mixed]], colWidths=[width])
    lines = [line.strip() for line in _pages(doc.render([table]))[0].splitlines()]
    # the texts hold no digit; the footer's page number and print date do, whatever the year
    body = [line for line in lines if line and line not in {"H", "T"} and not any(c.isdigit() for c in line)]
    stream = [(token, n == len(line.split()) - 1) for line in body for n, token in enumerate(line.split())]
    expected = text.split() * 2
    for word in expected:
        token, at_line_end = stream.pop(0)
        while token != word:
            # a word goes on to the next line only after a hyphen: its own or one added at the break
            assert at_line_end and token.endswith("-"), (word, token, body)
            following, at_line_end = stream.pop(0)
            token = next(
                (
                    joined
                    for joined in (token[:-1] + following, token + following)
                    if word.startswith(joined) or (joined.endswith("-") and word.startswith(joined[:-1]))
                ),
                "",
            )
            assert token, (word, body)
    assert stream == []


def test_a_long_note_is_laid_out_in_pieces_that_keep_every_word() -> None:
    from planner.documents.template import text_pieces

    note = "Первая строка.\n" + "Очень длинное предложение примечания. " * 400 + "\n" + "x" * 4000
    pieces = text_pieces(note, size=1500)
    assert all(len(piece) <= 1500 for piece in pieces)
    assert " ".join(pieces).split() == [*note.split()[:-1], "x" * 1500, "x" * 1500, "x" * 1000]
    assert text_pieces("short") == ["short"]


def test_a_200_kb_note_prints_whole() -> None:
    doc = PdfDocument(DocumentSettings(language="ru"), "Программа", "Host")
    note = "Слово примечания номер {n}. "
    text = "".join(note.format(n=n) for n in range(7000))  # about 200 KB
    table = doc.table(["Время", "Мероприятие"], [["09:00", doc.cell("Встреча", text)]], [1, 4])
    printed = "".join(_pages(doc.render([table])))
    assert "номер 0." in printed and "номер 6999." in printed


QUOTED_NAMES = {
    "ru": "ООО «Вагонкомплект-Астрахань» и «Нефтехимпромышленность»",
    "kk": "«Вагонкомплект-Астрахань» ЖШС және «Мұнайхимөнеркәсібі»",
    "en": "“Vagonkomplekt-Astrakhan” LLC and “Interdisciplinary” (Headquarters)",
}


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_a_word_in_quotation_marks_is_hyphenated_not_cut(lang: str) -> None:
    """A quoted name too long for its column breaks at a hyphen like any word: it was cut without one
    ("«Вагонкомплект-Астра" / "хань»") or left its closing quote alone on the next line."""
    doc = PdfDocument(DocumentSettings(language=lang), "T", "H")
    table = doc._table_class([[doc.para(QUOTED_NAMES[lang], doc.styles.cell)]], colWidths=[90])
    lines = [line.strip() for line in _pages(doc.render([table]))[0].splitlines()]
    # the names hold no digit; the page number and the print date and time in the footer do (the footer
    # was let through whenever the clock showed no "1", say at 22:45 on 7 December 2026)
    body = [line for line in lines if line and line not in {"H", "T"} and not any(c.isdigit() for c in line)]
    assert re.sub(r"[\s-]", "", "".join(body)) == re.sub(r"[\s-]", "", QUOTED_NAMES[lang]), body
    words = QUOTED_NAMES[lang].split()
    for line, following in itertools.pairwise(body):
        # a line ends at a hyphen or with the end of a word, and no closing mark starts the next
        last = line.split()[-1]
        assert last.endswith("-") or any(word.endswith(last) for word in words), body
        assert following[0] not in "»”)", body


TIED = {
    "ru": "г. Нефтеперерабатывающий, ул. Рыбоперерабатывающая, 118",
    "kk": "Атырау қ., Әбілқайырхандық даңғ., 2",
}


@pytest.mark.parametrize("lang", sorted(TIED))
def test_words_tied_by_a_no_break_space_are_hyphenated_not_cut(lang: str) -> None:
    """A group that must not break at its spaces ("г. Атырау", "Махамбета, 118") and is too long for its
    column breaks inside a word, with a hyphen; never at the tie, never cut without a hyphen."""
    doc = PdfDocument(DocumentSettings(language=lang), "T", "H")
    table = doc._table_class([[doc.para(TIED[lang], doc.styles.cell)]], colWidths=[70])
    lines = [line.strip() for line in _pages(doc.render([table]))[0].splitlines()]
    body = lines[lines.index("T") + 1 : -2]
    assert re.sub(r"[\s-]", "", "".join(body)) == re.sub(r"[\s-]", "", TIED[lang]), body
    words = TIED[lang].split()
    for line in body:
        last = line.split()[-1]
        assert last.endswith("-") or any(word.endswith(last) for word in words), body
        assert last not in {"г.", "ул.", "Атырау"}, body


def test_a_word_too_long_for_its_column_is_printed_smaller_not_hyphenated() -> None:
    """A status or a column head wraps at spaces only; a word longer than its column gets a smaller font."""
    from planner.documents.template import SMALLEST

    doc = PdfDocument(DocumentSettings(language="ru"), "T", "H")
    fits = doc.whole_words("Выполняется", 200)
    assert fits.style.fontSize == doc.styles.cell_whole.fontSize
    narrow = doc.whole_words("<b>Просрочено</b>", 45)
    assert SMALLEST <= narrow.style.fontSize < doc.styles.cell_whole.fontSize
    narrow.wrap(45, 100)
    assert len(narrow.blPara.lines) == 1


def _rows_on_pages(pages: list[str], prefix: str) -> list[int]:
    return [sum(line.strip().startswith(prefix) for line in page.splitlines()) for page in pages]


@pytest.mark.parametrize("filler_lines", range(30, 60, 3))
def test_the_last_row_of_a_table_never_goes_alone_to_the_next_page(filler_lines: int) -> None:
    doc = PdfDocument(DocumentSettings(language="en"), "Programme", "Host")
    story = [doc.para(f"filler line {n}") for n in range(filler_lines)]
    rows = [[f"row {n}", f"visit number {n}"] for n in range(12)]
    story.append(doc.table(["Time", "Event"], rows, [1, 4]))
    counts = [n for n in _rows_on_pages(_pages(doc.render(story)), "row ") if n]
    assert min(counts) >= 2, counts


def test_a_long_row_is_split_rather_than_leave_half_a_page_empty() -> None:
    """A row taller than what is left of the page (but not than a page) starts on this page, its rest
    under the repeated header on the next, instead of moving on whole and leaving the space empty."""
    doc = PdfDocument(DocumentSettings(language="en"), "Programme", "Host")
    story = [doc.para(f"filler line {n}") for n in range(25)]  # about two fifths of the page
    note = " ".join(f"note{n} words of a long note" for n in range(130))  # some 60% of a page
    story.append(
        doc.table(["Time", "Event"], [["09:00", "first"], ["10:00", doc.cell("long", note)]], [1, 4])
    )
    pages = _pages(doc.render(story))
    assert len(pages) == 2
    assert "note0 " in pages[0] and "note129 " in pages[1]
    assert "Time" in pages[1]  # the header repeated over the rest of the row


def test_initials_and_a_name_longer_than_the_column_break_at_a_space_not_inside_the_name() -> None:
    """'И. Ю. Бабушкиннің' is one group (no-break spaces) longer than a narrow column, and a name is never
    hyphenated: it broke at the tie ('И. Ю.' / 'Бабушкиннің'), never inside ('И. Ю. Бабуш' / 'киннің')."""
    text = "губернаторы И. Ю. Бабушкиннің шағын құрамдағы кездесуі"
    settings = DocumentSettings(language="kk", unbroken=frozenset({"Бабушкин"}))
    doc = PdfDocument(settings, "T", "H")
    table = doc._table_class([[doc.para(text, doc.styles.cell)]], colWidths=[80])
    lines = [line.strip() for line in _pages(doc.render([table]))[0].splitlines()]
    body = lines[lines.index("T") + 1 : -2]
    tokens = [token for line in body for token in line.split()]
    assert "Бабушкиннің" in tokens, body
