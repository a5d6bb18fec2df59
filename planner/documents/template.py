"""The one page template every printed document shares (imports ReportLab: load it only to build).

A page has a header (the emblem and the host organisation's name, the document's title on the right),
a body frame, and a footer (the print date on the left, "page n of N" on the right). "N" is only known
when the whole document is laid out, so the canvas keeps every page until ``save`` and then stamps the
numbers. A :class:`SectionStart` restarts the numbering, so one PDF can hold many personal itineraries
that each say "page 1 of 2".
"""

from __future__ import annotations

import html
import io
import itertools
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any, TypeAlias

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A3, A4, A5, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    FrameBreak,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from planner.documents.catalogue import label
from planner.documents.fonts import BOLD, ITALIC, REGULAR, register_fonts
from planner.documents.formatting import long_date
from planner.documents.settings import DocumentSettings
from planner.documents.text import NBSP, clean, markup, tie
from planner.domain.errors import ValidationError

INK = colors.HexColor("#1b2a3a")
ACCENT = colors.HexColor("#1f3a5f")
RULE = colors.HexColor("#8796a8")
HEADER_FILL = colors.HexColor("#e3e9f0")
MUTED = colors.HexColor("#5a6878")
ZEBRA = colors.HexColor("#f6f8fa")

PAPER = {"a4": A4, "a5": A5, "a3": A3}


PARSED_KEPT = 50_000  # paragraphs' parsed fragments kept for reuse (see Para._setup)
_PARSED: dict[tuple[str, ParagraphStyle], tuple[str, list[Any]]] = {}
_PARAGRAPH: Any = Paragraph  # for its private _setup (the parse), which ReportLab's stubs leave out


class Para(Paragraph):
    """A paragraph that remembers its last layout: a table wraps each cell two or three times at the same
    width (to size the row, to split it, to draw it), and the repeats cost a fifth of a programme's time.
    """

    _laid_out_at: float | None = None

    def _setup(
        self, text: str, style: ParagraphStyle, bulletText: Any, frags: Any, cleaner: Callable[[str], str]
    ) -> None:
        # the same text in the same style is parsed once a process: many documents drawn one after the
        # other (a notice and an itinerary per person) repeat the same titles, places and labels. Each
        # paragraph gets its own copies of the fragments, since laying them out may change them.
        if frags is not None or bulletText is not None:
            _PARAGRAPH._setup(self, text, style, bulletText, frags, cleaner)
            return
        key = (text, style)
        parsed = _PARSED.get(key)
        if parsed is None:
            _PARAGRAPH._setup(self, text, style, bulletText, frags, cleaner)
            if self.style is style and self.bulletText is None:
                if len(_PARSED) >= PARSED_KEPT:
                    _PARSED.clear()
                _PARSED[key] = (self.text, [f.clone() for f in self.frags])
            return
        cleaned, fragments = parsed
        _PARAGRAPH._setup(self, cleaned, style, None, [f.clone() for f in fragments], cleaner)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        # the height does not depend on availHeight, so the same width means the same lines; split()
        # may drop the layout (del self.blPara) to push the paragraph on, and then it is made again
        if availWidth == self._laid_out_at and "blPara" in self.__dict__:
            return self.width, self.height
        if self._laid_out_at is not None and self.text is not None:
            # (a part made by split() has no text, only its fragments, and lays them out as they are)
            # laid out before at another width: ReportLab 5.1 leaves a hyphenated word of mixed fonts
            # split in its fragments and drops the word's own hyphen on a second layout, so start afresh
            Paragraph.__init__(self, self.text, self.style)
        size = super().wrap(availWidth, availHeight)
        self._laid_out_at = availWidth if hasattr(self, "blPara") else None
        return size


class SplittingTable(Table):
    """A table that splits between rows as a reader expects a programme to break.

    ReportLab first splits between rows and only then inside one; with a row taller than a page that
    leaves the row's first part under a second copy of the header in the middle of the same page. Here:
    - a row that could never fit a page of its own is split where it starts;
    - a row taller than what is left of the page is split there too (under the header repeated on the
      next page) when moving it whole would leave more than :data:`MOST_LEFT_EMPTY` of the page empty;
    - the last row never goes alone to the next page (a widow): the row before it goes with it, and the
      first data row never stays alone at the foot of a page (an orphan): the table moves on.
    """

    frame_height: float = 0.0  # set per document (the body frame's height)
    MOST_LEFT_EMPTY = 0.25  # of the page's body, left empty at most by a row moved on whole

    if TYPE_CHECKING:
        # ReportLab's private layout API, which this split builds on; its stubs leave private names out
        _rowHeights: list[float]

        def _calc(self, availWidth: float, availHeight: float) -> None: ...
        def _getFirstPossibleSplitRowPosition(self, availHeight: float) -> int: ...
        def _splitRows(self, availHeight: float, doInRowSplit: int = 0) -> list[Flowable]: ...

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        if not self.frame_height:
            return super().split(availWidth, availHeight)
        self._calc(availWidth, availHeight)
        first_left_out = self._getFirstPossibleSplitRowPosition(availHeight)
        heights = self._rowHeights
        rows = len(heights)
        repeated = self.repeatRows if isinstance(self.repeatRows, int) else 0
        header = sum(heights[:repeated])
        if first_left_out >= rows:
            return self._splitRows(availHeight)
        left = availHeight - sum(heights[:first_left_out])
        never_fits = heights[first_left_out] + header > self.frame_height
        wasteful = left > self.frame_height * self.MOST_LEFT_EMPTY and first_left_out > repeated
        if never_fits or wasteful:
            # [] when too little of this page is left: then the table moves on and splits there
            split = self._splitRows(availHeight, doInRowSplit=1)
            if split or never_fits:
                return split or self._splitRows(availHeight)
        at_top = availHeight >= self.frame_height - 1e-6
        if first_left_out == repeated + 1 and rows > repeated + 1 and not at_top:
            return []  # the first row alone at the foot of the page: the table starts on the next one
        if first_left_out == rows - 1 and first_left_out - 1 >= repeated + 2:
            # the last row alone on the next page: the row before it goes with it
            return self._splitRows(sum(heights[: first_left_out - 1]) + 1e-3)
        return self._splitRows(availHeight)


class Plain(str):
    """A short cell text made by the program (a time, a date, a number): drawn as is, never wrapped.

    A table draws it straight onto the canvas; a paragraph would be parsed, wrapped and measured twice,
    which made up a third of the time of a long itinerary.
    """

    __slots__ = ()


Cell: TypeAlias = Flowable | list[Flowable] | str


# white space other than a plain or no-break space (drawn as a paragraph draws it), a soft hyphen
_UNUSUAL_SPACE = re.compile(r"[^\S \xa0]|\xad")
_ALIGNED: dict[object, float] = {
    TA_LEFT: 0.0,
    TA_CENTER: 0.5,
    TA_RIGHT: 1.0,
}  # of the room a line leaves, the share before it


class Lines(Flowable):
    """Lines of user text in one style, one under another, drawn as a paragraph with ``<br/>`` between them
    would draw them, without laying that paragraph out.

    A paragraph parses its markup, cuts its text into fragments and measures word by word; the lists of
    names on 46 site briefings made half their time so. Here a line that fits the width as it is (no word
    to wrap or hyphenate) is measured once and drawn straight; only a line that wraps is broken by a
    paragraph of its own, as the whole paragraph would break it (each line after a ``<br/>`` starts
    afresh), once per document, and its lines are drawn as that paragraph draws them.
    Anything else (an empty line, a hard space, justified text, a first-line indent) is left to one
    paragraph of all the lines. Across pages it splits between lines, as that paragraph did, but the next
    page starts with the next line: the paragraph left an empty line at its top (ReportLab 5.1 carries
    the line break over), and a line that wraps moves on whole rather than split in two.
    """

    def __init__(
        self,
        texts: Sequence[str],
        style: ParagraphStyle,
        laid_out: dict[tuple[str, str, float], Paragraph | tuple[tuple[str, float, float], ...]]
        | None = None,
    ) -> None:
        super().__init__()
        self.style = style
        self._texts = list(texts)
        # a document's lines that wrap, laid out once each: the same hosts come on every site's sheet
        self._laid_out = {} if laid_out is None else laid_out
        cleaned = [tie(clean(t)) for t in self._texts]
        # a paragraph joins a line's words with one space: the same line, spaces collapsed
        self._lines = [" ".join(t.split()) for t in cleaned]
        # a hard space, tab, newline or soft hyphen: a paragraph treats these its own way
        self._plain = [not _UNUSUAL_SPACE.search(t) for t in cleaned]
        self._whole: Paragraph | None = None
        if style.alignment not in _ALIGNED or style.firstLineIndent or not all(self._lines):
            self._whole = self._paragraph()
        # per text: its lines as drawn (each with where it starts), or, rarely, the paragraph that draws it
        self._parts: list[Paragraph | tuple[tuple[str, float, float], ...]] = []
        self._wrapped_at: float | None = None

    def _paragraph(self) -> Paragraph:
        return Para("<br/>".join(markup(t) for t in self._texts), self.style)

    def _layout(self, width: float) -> None:
        if width == self._wrapped_at:
            return
        st = self.style
        room = width - st.leftIndent - st.rightIndent
        share = _ALIGNED[st.alignment]
        parts: list[Paragraph | tuple[tuple[str, float, float], ...]] = []
        for text, line, plain in zip(self._texts, self._lines, self._plain, strict=True):
            used = stringWidth(line, st.fontName, st.fontSize) if plain else room
            if plain and used <= room - 1e-6:
                parts.append(((line, st.leftIndent + share * (room - used), 0.0),))
            else:
                key = (text, st.name, width)
                laid_out = self._laid_out.get(key)
                if laid_out is None:
                    laid_out = self._laid_out[key] = self._wrapped(text, width)
                parts.append(laid_out)
        self._parts, self._wrapped_at = parts, width
        self.width = width
        self.height = sum(
            part.height if isinstance(part, Paragraph) else len(part) * st.leading for part in parts
        )

    def _wrapped(self, text: str, width: float) -> Paragraph | tuple[tuple[str, float, float], ...]:
        """A text that does not fit one line, as its paragraph breaks it: the lines it draws, where it
        has one font and its words are drawn joined by spaces (a soft hyphen is drawn its own way), else
        the paragraph itself."""
        st = self.style
        part = Para(markup(text), st)
        part.wrap(width, 0xFFFFFF)
        bl = getattr(part, "blPara", None)
        if bl is None or bl.kind != 0 or "\xad" in text or "\xa0" in tie(clean(text)):
            return part
        share = _ALIGNED[st.alignment]
        lines = []
        # a line of such a paragraph is (the width it leaves, its words); a line a little too long has
        # its spaces narrowed (ReportLab's spaceShrinkage), and then starts at the left whatever the style
        for left, words in bl.lines:
            if left > -1e-8 or len(words) < 2:
                lines.append((" ".join(words), st.leftIndent + share * left, 0.0))
            else:
                lines.append((" ".join(words), st.leftIndent, left / (len(words) - 1)))
        return tuple(lines)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._whole is not None:
            self.width, self.height = self._whole.wrap(availWidth, availHeight)
        else:
            self._layout(availWidth)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        if self._whole is not None:
            return self._whole.split(availWidth, availHeight)
        self._layout(availWidth)
        leading = self.style.leading
        # as a paragraph splits: the lines that fit, never one line alone at the foot of a page
        fit = int(availHeight / leading)
        if fit <= 1:
            return []
        if self.height <= fit * leading + 1e-6:
            return [self]
        # the first line k that does not fit whole after the ``used`` lines before it
        k = used = 0
        while True:
            part = self._parts[k]
            lines = round(part.height / leading) if isinstance(part, Paragraph) else len(part)
            if used + lines > fit:
                break
            used += lines
            k += 1
        if used >= 2:
            # between two lines of the list: a wrapped line moves on whole rather than split in two
            return [self._like(self._texts[:k]), self._like(self._texts[k:])]
        # a line (or a first line) taller than what is left: split its own paragraph
        # (a paragraph of its own: the laid-out one may be drawn elsewhere, and a split may undo its layout)
        pieces = Para(markup(self._texts[k]), self.style).split(availWidth, availHeight - used * leading)
        if not pieces:
            return []
        head = [self._like(self._texts[:k])] if k else []
        tail = [self._like(self._texts[k + 1 :])] if k + 1 < len(self._texts) else []
        return [*head, *pieces, *tail]

    def _like(self, texts: Sequence[str]) -> Lines:
        return Lines(texts, self.style, self._laid_out)

    def draw(self) -> None:
        canvas = self.canv
        if self._whole is not None:
            self._whole.drawOn(canvas, 0, 0)
            return
        st = self.style
        top = self.height
        canvas.saveState()
        canvas.setFillColor(st.textColor)
        text = None
        for part in self._parts:
            if isinstance(part, Paragraph):
                if text is not None:
                    # the lines above first, so the page's text reads in order
                    canvas.drawText(text)
                    text = None
                part.drawOn(canvas, 0, top - part.height)
                top -= part.height
                continue
            if text is None:
                text = canvas.beginText(st.leftIndent, top - st.fontSize)
                text.setFont(st.fontName, st.fontSize, st.leading)
            for line, start, word_space in part:
                # as a paragraph does: a move along the line, the line, and a move to the next (T*),
                # which text readers take for the end of the line
                shift = start - st.leftIndent
                if abs(shift) > 1e-6:
                    text.moveCursor(shift, 0)
                if word_space:
                    text.setWordSpace(word_space)
                text.textLine(line)
                if word_space:
                    text.setWordSpace(0)
                if abs(shift) > 1e-6:
                    text.moveCursor(-shift, 0)
                top -= st.leading
        if text is not None:
            canvas.drawText(text)
        canvas.restoreState()


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of one type scale (A4 documents use 9 pt text, pocket A5 ones 8 pt)."""

    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    body: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_small: ParagraphStyle
    cell_head: ParagraphStyle
    cell_whole: ParagraphStyle  # a cell of one or two words (a status, "overdue"): never hyphenated
    cell_label: ParagraphStyle  # a label beside its value (a cover's "Signed", "Head of delegation")
    note: ParagraphStyle
    header_org: ParagraphStyle
    header_title: ParagraphStyle
    size: float


@cache
def styles(size: float = 9.0, lang: str = "", unbroken: frozenset[str] = frozenset()) -> Styles:
    """The shared styles at base size ``size`` for a document in ``lang`` (built once per size, language
    and words left whole, after the fonts are registered); words are hyphenated by the language's rules,
    except ``unbroken`` (people's names: a surname is not split over two lines)."""
    register_fonts()
    lead = size * 1.25
    hyphenation = hyphenator(lang, unbroken)
    # titles, headings, page headers, column heads and one-word cells wrap at spaces only: a title read
    # as "…орындалуын бақы-" / "лау" or a status as "просроче-" / "но" looks broken (a word too long for
    # its column is printed smaller instead, see PdfDocument.whole_words)
    whole: dict[str, Any] = {"hyphenationLang": ""}

    def style(name: str, **kw: Any) -> ParagraphStyle:
        # A word that does not fit its column is hyphenated where the language allows (pyphen's
        # patterns, with a visible hyphen); only a word with no such place left (a 300-letter name) is
        # still split by splitLongWords, so it cannot push a table off the page. embeddedHyphenation
        # stays off: with mixed fonts in a cell, ReportLab 5.1 drops the hyphen when a table wraps the
        # paragraph a second time ("Хлеб-соль" printed as "Хлебсоль").
        base: dict[str, Any] = {
            "fontName": REGULAR,
            "fontSize": size,
            "leading": lead,
            "textColor": INK,
            "hyphenationLang": hyphenation,
            "hyphenationMinWordLength": 6,
            "embeddedHyphenation": 2,
        }
        base.update(kw)
        return ParagraphStyle(f"dp-{name}-{size}-{lang}", **base)

    return Styles(
        title=style(
            "title",
            fontName=BOLD,
            fontSize=size + 6,
            leading=size + 9,
            alignment=TA_CENTER,
            textColor=ACCENT,
            **whole,
        ),
        subtitle=style(
            "subtitle",
            fontSize=size + 2,
            leading=size + 5,
            alignment=TA_CENTER,
            spaceAfter=size * 0.6,
            **whole,
        ),
        heading=style(
            "heading",
            **whole,
            fontName=BOLD,
            fontSize=size + 2,
            leading=size + 5,
            textColor=ACCENT,
            spaceBefore=size,
            spaceAfter=size * 0.5,
            keepWithNext=1,
        ),
        subheading=style(
            "subheading",
            fontName=BOLD,
            spaceBefore=size * 0.6,
            spaceAfter=size * 0.3,
            keepWithNext=1,
            **whole,
        ),
        body=style("body", spaceAfter=size * 0.4),
        cell=style("cell"),
        cell_bold=style("cell-bold", fontName=BOLD),
        cell_small=style("cell-small", fontSize=size - 1, leading=(size - 1) * 1.25, textColor=MUTED),
        cell_head=style("cell-head", fontName=BOLD, fontSize=size - 0.5, leading=(size - 0.5) * 1.2, **whole),
        cell_whole=style("cell-whole", **whole),
        cell_label=style("cell-label", fontName=BOLD, **whole),
        note=style("note", fontName=ITALIC, fontSize=size - 1, leading=(size - 1) * 1.25, textColor=MUTED),
        header_org=style(
            "header-org", fontName=BOLD, fontSize=size - 0.5, leading=(size - 0.5) * 1.2, **whole
        ),
        header_title=style(
            "header-title",
            fontSize=size - 1.5,
            leading=(size - 1.5) * 1.2,
            textColor=MUTED,
            alignment=TA_RIGHT,
            **whole,
        ),
        size=size,
    )


# A word is hyphenated by its script and language: Latin by English patterns, Russian by Russian ones
# (pyphen), Kazakh by its syllables (pyphen has no Kazakh patterns; the rule is the spelling rule's own:
# a consonant before a vowel starts a syllable). So an English name in a Russian programme breaks by
# English rules and a Kazakh word in any document by Kazakh ones.
CYRILLIC_PATTERNS = "ru_RU"
# US patterns: the British ones split by etymology and leave two letters ("Hospit-al", "res-ults",
# "memor-andum"); the US ones by pronunciation ("hos-pi-tal", "re-sults"), which reads better on paper
LATIN_PATTERNS = "en_US"
LATIN_MIN_PART = 3  # letters of an English word left on a line and carried over, at least
HYPHENATED_LANGUAGES = frozenset({"ru", "kk", "en"})
_LATIN = re.compile(r"[A-Za-z]")
_KAZAKH_ONLY = re.compile(r"[ӘәҒғҚқҢңӨөҰұҮүҺһІі]")
_VOWELS = frozenset("аәеёиіоөуұүыэюяАӘЕЁИІОӨУҰҮЫЭЮЯ")
_NO_LINE_START = frozenset("ьъЬЪ")
MIN_PART = 2  # letters left on a line and carried over, at least


def syllable_splits(word: str) -> list[tuple[str, str]]:
    """(head, tail) splits of a Cyrillic word at its syllables, longest head first: a break goes before
    the consonant that precedes a vowel (ба-ла, мек-теп, өнер-кә-сі-бі); never leaving fewer than
    :data:`MIN_PART` letters on either side, nor a soft or hard sign at the start of a line."""
    cuts = []
    for at in range(MIN_PART, len(word) - MIN_PART + 1):
        before, here, after = word[:at], word[at], word[at:]
        if here in _VOWELS or here in _NO_LINE_START or here == "-" or word[at - 1] == "-":
            continue
        starts_syllable = at + 1 < len(word) and word[at + 1] in _VOWELS
        if starts_syllable and any(c in _VOWELS for c in before) and any(c in _VOWELS for c in after):
            cuts.append(at)
    return [(word[:at], word[at:]) for at in reversed(cuts)]


def _hyphenate_all_cyrillic() -> None:
    """ReportLab 5.1 offers a word to the hyphenator only if every letter is in its own list, which has
    the Russian alphabet but not Ё/ё nor the Kazakh Ә Ғ Қ Ң Ө Ұ Ү Һ І: Kazakh words were cut without a
    hyphen. Its list gets the whole Cyrillic block, and a word in «» is offered without its marks
    (tests/unit/documents/test_page_layout.py)."""
    import importlib

    paragraph: Any = importlib.import_module("reportlab.platypus.paragraph")  # private names: untyped
    letters = paragraph._hy_letters + "\\u0400-\\u04ff\\-"
    # words tied by a no-break space ("г.\xa0Атырау", "Махамбета,\xa0118") are offered whole, and the
    # hyphenator splits one of their words (see _tied_splits): else a tied group too long for its column
    # was cut anywhere, without a hyphen
    tied = f"[{letters}.,0-9№\xa0]*\xa0[{letters}.,0-9№\xa0]*"
    paragraph._hy_letters_pat = re.compile(f"^(?:[{letters}]+|{tied})$")
    if not getattr(paragraph._hyGenPair, "breaks_ties", False):
        paragraph._hyGenPair = _breaking_a_tie_at_last(paragraph._hyGenPair)
    paragraph._hy_shy_letters_pat = re.compile(f"^(?:[{paragraph._hy_shy}{letters}]+|{tied})$")
    # The marks around a word are set aside before it is offered: ReportLab knows "quotes" and “these”
    # but not the Russian and Kazakh «ёлочки» and ‹›, so «Вагонкомплект-Астрахань» was never hyphenated,
    # only cut where the column ended, without a hyphen ("«Вагонкомплект-Астра" / "хань»").
    paragraph._hy_pfx_pat = re.compile("^['\"([{\xbf\u2018\u201a\u201c\u201e\xab\u2039]+")
    paragraph._hy_sfx_pat = re.compile("[]'\")}?!.,;:\u2019\u201b\u201d\u201f\xbb\u203a]+$")


def _breaking_a_tie_at_last(generate: Callable[..., Any]) -> Callable[..., Any]:
    """ReportLab's choice of where to break a word that overflows its line, which, for words tied by
    no-break spaces that are together longer than a whole line ("И.\xa0Ю.\xa0Бабушкиннің" in a narrow
    column) and have no hyphenation point left (a name), breaks at the last tie that fits, without a
    hyphen; ReportLab cut such a group anywhere ("И. Ю. Бабуш" / "киннің")."""

    def generate_pair(
        hyphenator: Any,
        s: Any,
        ww: float,
        newWidth: float,
        maxWidth: float,
        fontName: str,
        fontSize: float,
        *rest: Any,
    ) -> Any:
        found = generate(hyphenator, s, ww, newWidth, maxWidth, fontName, fontSize, *rest)
        if found or not isinstance(s, str) or NBSP not in s or ww <= maxWidth:
            return found
        used = newWidth - ww  # the line's width before the word
        words = s.split(NBSP)
        for k in range(len(words) - 1, 0, -1):
            head, tail = NBSP.join(words[:k]), NBSP.join(words[k:])
            head_width = stringWidth(head, fontName, fontSize)
            if used + head_width <= maxWidth:
                return "", 0, head_width, ww - head_width, head, tail
        return None

    generate_pair.breaks_ties = True  # type: ignore[attr-defined]
    return generate_pair


def hyphenator(
    lang: str, unbroken: frozenset[str] = frozenset()
) -> Callable[[str], list[tuple[str, str]]] | str:
    """ReportLab's hyphenator for a document language: a callable giving (head, tail) splits of a word,
    longest head first, none for a word of ``unbroken`` (it moves to the next line whole); "" (none)
    for an unknown language. Words are split once and remembered."""
    if lang not in HYPHENATED_LANGUAGES:
        return ""
    splits = _hyphenator(lang)
    if not unbroken:
        return _tied_splits(splits)

    def splits_but_names(word: str) -> list[tuple[str, str]]:
        # a name in another case is a name too: "Бабушкиным", "Шапкенова" (an ending of 1 to 3 letters)
        whole = any(word[: len(word) - cut] in unbroken for cut in range(4) if len(word) - cut >= 5)
        return [] if whole else splits(word)

    return _tied_splits(splits_but_names)


_EDGE_MARKS = re.compile(r"^([^\w]*)(.*?)([^\w]*)$")


def _tied_splits(splits: Callable[[str], list[tuple[str, str]]]) -> Callable[[str], list[tuple[str, str]]]:
    """``splits`` for words tied by no-break spaces too ("ул.\xa0Махамбета,\xa0118"): the group breaks only
    inside one of its words, at that word's hyphenation points, never at a tie."""

    def tied(word: str) -> list[tuple[str, str]]:
        if NBSP not in word:
            return splits(word)
        words = word.split(NBSP)
        found: list[tuple[str, str]] = []
        for k, part in enumerate(words):
            match = _EDGE_MARKS.match(part)
            assert match is not None  # the pattern matches any text
            lead, core, trail = match.groups()
            if not core or not core.replace("-", "").isalpha():
                continue
            before = NBSP.join(words[:k]) + NBSP if k else ""
            after = NBSP + NBSP.join(words[k + 1 :]) if k + 1 < len(words) else ""
            found.extend((before + lead + head, tail + trail + after) for head, tail in splits(core))
        return sorted(found, key=lambda split: len(split[0]), reverse=True)

    return tied


@cache
def _hyphenator(lang: str) -> Callable[[str], list[tuple[str, str]]]:
    """The splits of words by ``lang``'s rules (one per language: the patterns load once)."""
    import pyphen  # heavy dictionary load: only when a document is built

    _hyphenate_all_cyrillic()
    cyrillic = pyphen.Pyphen(lang=CYRILLIC_PATTERNS)
    latin = pyphen.Pyphen(lang=LATIN_PATTERNS, left=LATIN_MIN_PART, right=LATIN_MIN_PART)

    def part_splits(part: str) -> list[tuple[str, str]]:
        if _LATIN.search(part):
            return list(latin.iterate(part))
        if lang == "kk" or _KAZAKH_ONLY.search(part):
            return syllable_splits(part)
        return list(cyrillic.iterate(part))

    @cache
    def splits(word: str) -> list[tuple[str, str]]:
        # a compound ("мұнай-химия") breaks after its hyphen or inside a part; ReportLab adds the hyphen
        # at the end of the line itself, so a head never ends with the word's own
        parts = word.split("-")
        found: list[tuple[str, str]] = []
        for k, part in enumerate(parts):
            before = "-".join(parts[:k]) + "-" if k else ""
            after = "-" + "-".join(parts[k + 1 :]) if k + 1 < len(parts) else ""
            if k and before.strip("-") and part:
                found.append((before[:-1], part + after))
            found.extend((before + head, tail + after) for head, tail in part_splits(part) if head and tail)
        return sorted(found, key=lambda split: len(split[0]), reverse=True)

    return splits


PIECE_LENGTH = 1500  # characters of a long text laid out as one paragraph


def text_pieces(text: str, size: int = PIECE_LENGTH) -> list[str]:
    """A long text as paragraphs of at most about ``size`` characters, cut at its own line breaks, else
    after a sentence, else at a space.

    ReportLab lays a paragraph split over pages out again from the split on each page, so one 200 KB note
    cost time growing with the square of its length (37 s); pieces are laid out once each (see Para).
    """
    if len(text) <= size:
        return [text]
    pieces: list[str] = []
    for line in text.split("\n"):
        while len(line) > size:
            cut = max(line.rfind(". ", 0, size), line.rfind("! ", 0, size), line.rfind("? ", 0, size))
            cut = cut + 1 if cut > size // 2 else line.rfind(" ", 0, size)
            if cut <= 0:
                cut = size
            pieces.append(line[:cut].strip())
            line = line[cut:].lstrip()
        pieces.append(line)
    return pieces


class HeadingKeeper(KeepTogether):
    """A heading (or several) kept with the start of what follows it.

    ReportLab groups a flowable whose style says ``keepWithNext`` with the next one in its
    ``keepTogetherClass``. The stock class moves the whole group to a new page when it does not fit, which
    would start every long day table on a fresh page; this one breaks the page only when the heading and
    the first :data:`START_HEIGHT` points of what follows do not fit, so a heading never sits alone at
    the foot of a page and a long table still begins right under it.
    """

    START_HEIGHT = 60.0  # the table's header row and two rows of items, or four lines of text
    if TYPE_CHECKING:
        _content: list[Flowable]  # KeepTogether's flowables; its stubs leave private names out

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        # the stock wrap lays out everything kept together only to learn its height, which ``split``
        # below never reads: on 46 site briefings that was two fifths of the time. Ask for a split.
        self._wrapInfo = aW, aH
        return aW, 0xFFFFFF

    def split(self, aW: float, aH: float) -> list[Flowable]:
        *heads, following = self._content
        need = sum(f.wrap(aW, aH)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in heads)
        need += min(following.wrap(aW, aH)[1], self.START_HEIGHT)
        frame = getattr(self, "_frame", None)
        at_top = bool(frame is not None and getattr(frame, "_atTop", False))
        if need > aH and not at_top:
            return [FrameBreak(), *self._content]
        return list(self._content)


class SectionStart(Flowable):
    """Marks the page it lands on as the first page of a new section ("page 1 of N" again)."""

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        # the canvas is the document's NumberedCanvas (see _numbered_canvas), which reads this flag in
        # showPage; Flowable.canv is typed as ReportLab's plain Canvas, which has no such attribute
        self.canv._dp_section_start = True  # type: ignore[attr-defined]


def _numbered_canvas(footer: Callable[[Canvas, int, int], None]) -> type[Canvas]:
    """A canvas class that holds pages until save, then stamps "page n of N" (per section) on each."""

    class NumberedCanvas(Canvas):
        if TYPE_CHECKING:
            # ReportLab's private page reset (what showPage does after emitting); not in its stubs
            def _startPage(self) -> None: ...

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # else every page's preamble selects Helvetica, a font with no Cyrillic that is not embedded
            kwargs["initialFontName"] = REGULAR
            super().__init__(*args, **kwargs)
            self._dp_pages: list[dict[str, Any]] = []
            self._dp_section_start = False

        def showPage(self) -> None:
            self._dp_pages.append(dict(self.__dict__))
            self._startPage()
            self._dp_section_start = False

        def save(self) -> None:
            pages = self._dp_pages
            starts = [i for i, page in enumerate(pages) if i == 0 or page.get("_dp_section_start")]
            bounds = [*starts, len(pages)]
            for first, end in itertools.pairwise(bounds):
                for index in range(first, end):
                    self.__dict__.update(pages[index])
                    footer(self, index - first + 1, end - first)
                    Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


class PdfDocument:
    """One printed document: the shared page furniture around a story of flowables.

    Subclass-free on purpose: each document module makes a story and calls :meth:`render`.
    """

    def __init__(
        self,
        settings: DocumentSettings,
        title: str,
        organisation: str,
        *,
        landscape_mode: bool = False,
        paper: str = "a4",
    ) -> None:
        size = PAPER[paper]
        self.pagesize = landscape(size) if landscape_mode else size
        self.settings = settings
        self.lang = settings.language
        self.title = title
        self.organisation = settings.organisation or organisation
        self.pocket = paper == "a5"
        self.styles = styles(8.0 if self.pocket else 9.0, self.lang, settings.unbroken)
        self.margin = (10 if self.pocket else 15) * mm
        self._emblem = _emblem(settings)
        # the header's height (it may wrap) fixes the body frame, which tables need to know to split well
        self._header = self._header_parts()
        self._top = self.margin * 0.7 + self._header[3] + 4 * mm
        self._bottom = self.margin * 0.55 + self.styles.size + 6 * mm
        self.frame_height = self.pagesize[1] - self._top - self._bottom
        self._table_class = type("DocumentTable", (SplittingTable,), {"frame_height": self.frame_height})
        self._laid_out: dict[
            tuple[str, str, float], Paragraph | tuple[tuple[str, float, float], ...]
        ] = {}  # Lines

    @property
    def width(self) -> float:
        """Width of the body frame."""
        return self.pagesize[0] - 2 * self.margin

    # page furniture ------------------------------------------------------------------------------

    def _header_parts(self) -> tuple[Paragraph, Paragraph, float, float]:
        st = self.styles
        emblem_size = (11 if self.pocket else 14) * mm if self._emblem is not None else 0
        text_x = emblem_size + (3 * mm if emblem_size else 0)
        title_width = self.width * 0.38
        org = Para(markup(self.organisation), st.header_org)
        doc_title = Para(markup(self.title), st.header_title)
        _, org_h = org.wrap(self.width - text_x - title_width - 4 * mm, self.pagesize[1])
        _, title_h = doc_title.wrap(title_width, self.pagesize[1])
        height = max(emblem_size, org_h, title_h)
        return org, doc_title, text_x, height

    def _draw_header(self, canvas: Canvas, _doc: Any) -> None:
        org, doc_title, text_x, height = self._header
        top = self.pagesize[1] - self.margin * 0.7
        canvas.saveState()
        if self._emblem is not None:
            size = (11 if self.pocket else 14) * mm
            canvas.drawImage(
                self._emblem,
                self.margin,
                top - size,
                size,
                size,
                preserveAspectRatio=True,
                anchor="nw",
                mask="auto",
            )
        org.drawOn(canvas, self.margin + text_x, top - org.height)
        doc_title.drawOn(canvas, self.pagesize[0] - self.margin - doc_title.width, top - doc_title.height)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        line_y = top - height - 1.5 * mm
        canvas.line(self.margin, line_y, self.pagesize[0] - self.margin, line_y)
        canvas.restoreState()

    def _draw_footer(self, canvas: Canvas, number: int, total: int) -> None:
        size = self.styles.size - 1.5
        y = self.margin * 0.55
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(self.margin, y + size + 2, self.pagesize[0] - self.margin, y + size + 2)
        canvas.setFont(REGULAR, size)
        canvas.setFillColor(MUTED)
        printed = label("printed", self.lang, date=long_date(self.settings.print_date(), self.lang))
        if self.settings.print_time():
            printed += f", {self.settings.print_time()}"
        if self.settings.programme_version is not None:
            printed += " · " + label("programme_version", self.lang, n=self.settings.programme_version)
        canvas.drawString(self.margin, y, printed)
        canvas.drawRightString(
            self.pagesize[0] - self.margin, y, label("page_of", self.lang, n=number, total=total)
        )
        canvas.restoreState()

    # building ------------------------------------------------------------------------------------

    def render(self, story: Sequence[Flowable]) -> bytes:
        """Lay out ``story`` on as many pages as it needs and return the PDF."""
        top, bottom = self._top, self._bottom
        buffer = io.BytesIO()
        doc = BaseDocTemplate(
            buffer,
            pagesize=self.pagesize,
            leftMargin=self.margin,
            rightMargin=self.margin,
            topMargin=top,
            bottomMargin=bottom,
            title=self.title,
            author=self.organisation,
            creator="Delegation Planner",
            lang=self.lang,
        )
        frame = Frame(
            self.margin,
            bottom,
            self.width,
            self.frame_height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        doc.keepTogetherClass = HeadingKeeper  # headings keep with what follows them (see the class)
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._draw_header)])
        doc.build(list(story), canvasmaker=_numbered_canvas(self._draw_footer))
        return buffer.getvalue()

    # story helpers -------------------------------------------------------------------------------

    def para(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        """A paragraph of user text (escaped here)."""
        return Para(markup(text), style or self.styles.body)

    def lines(self, texts: Sequence[str], style: ParagraphStyle | None = None) -> Flowable:
        """Lines of user text (escaped here), one under another, as a left-aligned paragraph prints them;
        cheap when each fits the width (see :class:`Lines`)."""
        return Lines(texts, style or self.styles.body, self._laid_out)

    def rich(self, markup_text: str, style: ParagraphStyle | None = None) -> Paragraph:
        """A paragraph of markup whose user parts the caller already escaped."""
        return Para(markup_text, style or self.styles.body)

    def whole_words(self, markup_text: str, width: float, style: ParagraphStyle | None = None) -> Paragraph:
        """A paragraph of markup (user parts escaped by the caller) that wraps at spaces only, in a column
        ``width`` wide (inside its padding): a status, a column's head. A word longer than the column is
        printed smaller, as small as it must be to fit (down to :data:`SMALLEST`)."""
        return Para(markup_text, fitted(style or self.styles.cell_whole, markup_text, width))

    def cell(
        self, main: str, *secondary: str, bold: bool = False, width: float | None = None
    ) -> Flowable | list[Flowable]:
        """A table cell of user text: the main text, then each non-empty secondary text in small print.
        With ``width`` (the column's room) the main text is printed smaller where a word of a person's
        name in it is wider than that: a name, which is never hyphenated, is then not cut mid-word.

        Separate paragraphs rather than one with <b> and <font> tags: the markup parser was a quarter of
        the time of a programme.
        """
        st = self.styles
        style = st.cell_bold if bold else st.cell
        if width is not None and self.settings.unbroken:
            # only the words of names count (other words may be hyphenated), each on its own: initials
            # are tied to the surname by no-break spaces
            names = [
                word
                for word in main.replace("\u00a0", " ").split()
                if word.strip('.,;:()«»“”"') in self.settings.unbroken
            ]
            if names:
                style = fitted(style, markup(" ".join(names)), width)
        first = Para(markup(main), style)
        rest = [
            Para(markup(piece), st.cell_small)
            for text in secondary
            if text and text.strip()
            for piece in text_pieces(text)
        ]
        return [first, *rest] if rest else first

    def title_block(self, title: str, subtitle: str = "") -> list[Flowable]:
        """The document's title and an optional line under it."""
        st = self.styles
        parts: list[Flowable] = [self.lines([title], st.title), Spacer(1, st.size * 0.4)]
        if subtitle:
            parts.append(self.lines([subtitle], st.subtitle))
        return parts

    def heading(self, text: str) -> Flowable:
        """A section heading (a day, a vehicle, a document)."""
        return self.lines([text], self.styles.heading)

    def facts(self, pairs: Sequence[tuple[str, str]], label_share: float = 0.28) -> Table:
        """A two-column block of label / value lines (the cover line of a document)."""
        st = self.styles
        room = self.width * label_share - 4  # the label column's right padding
        rows = [
            [self.whole_words(markup(name), room, st.cell_label), self.lines([value], st.cell)]
            for name, value in pairs
            if value
        ]
        table = Table(
            rows or [["", ""]],
            colWidths=[self.width * label_share, self.width * (1 - label_share)],
            splitInRow=1,
            hAlign="LEFT",
        )
        table.setStyle(
            TableStyle(
                [
                    # a table sets its cells' font even around paragraphs: keep Helvetica out of the file
                    ("FONT", (0, 0), (-1, -1), REGULAR, st.size),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ]
            )
        )
        return table

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[Cell]],
        shares: Sequence[float],
        *,
        min_row_height: float | None = None,
    ) -> Table:
        """A data table: header row repeated on every page, rows split across pages (even inside one).

        ``shares`` are the columns' fractions of the body width. Strings in ``rows`` are user text (made
        into paragraphs here), except :class:`Plain` ones, which are drawn as they are.
        """
        st = self.styles
        total = sum(shares)
        widths = [self.width * s / total for s in shares]
        head = [
            self.whole_words(markup(h), w - 2 * CELL_PADDING, st.cell_head)
            for h, w in zip(header, widths, strict=False)
        ]
        body = [
            [
                cell if isinstance(cell, Plain) or not isinstance(cell, str) else Para(markup(cell), st.cell)
                for cell in row
            ]
            for row in rows
        ]
        table = self._table_class(
            [head, *body],
            colWidths=widths,
            repeatRows=1,
            # a row split across pages keeps at least two lines on each side
            splitInRow=round(st.size * 2.6),
            hAlign="LEFT",
            # measure only the rows that fit the page being filled, not the whole table on every split
            longTableOptimize=1,
            minRowHeights=[0] + [min_row_height] * len(body) if min_row_height else None,
        )
        commands: list[tuple[Any, ...]] = [
            ("FONT", (0, 0), (-1, -1), REGULAR, st.size, st.size * 1.25),
            ("TEXTCOLOR", (0, 0), (-1, -1), INK),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
            ("INNERGRID", (0, 1), (-1, -1), 0.3, RULE),
            ("LINEAFTER", (0, 0), (-2, 0), 0.3, RULE),
            ("BOX", (0, 0), (-1, -1), 0.6, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        if len(body) > 3:
            commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]))
        table.setStyle(TableStyle(commands))
        return table

    def keep(self, flowables: Sequence[Flowable]) -> KeepTogether:
        """Keep a heading with the start of what follows it."""
        return KeepTogether(list(flowables))


CELL_PADDING = 3.5  # a data table's cell padding, left and right
SMALLEST = 6.0  # points: the smallest a word too long for its column is printed
_TAG = re.compile(r"<[^>]*>")
_BREAKABLE_SPACE = re.compile(r"[^\S\xa0]+")
_FITTED: dict[tuple[str, float], ParagraphStyle] = {}


def fitted(style: ParagraphStyle, markup_text: str, width: float) -> ParagraphStyle:
    """``style``, or a smaller copy of it in which the longest word of ``markup_text`` fits ``width``
    (measured in bold where the text has bold parts)."""
    # words as a paragraph sees them: joined by no-break spaces ("450 000 тенге") they are one
    words = _BREAKABLE_SPACE.split(html.unescape(_TAG.sub(" ", markup_text)).strip())
    font = BOLD if "<b>" in markup_text else style.fontName
    longest = max((stringWidth(w, font, style.fontSize) for w in words), default=0.0)
    if longest <= width or width <= 0:
        return style
    size = max(SMALLEST, math.floor(style.fontSize * width / longest * 4) / 4)
    key = (style.name, size)
    if key not in _FITTED:
        scale = size / style.fontSize
        _FITTED[key] = ParagraphStyle(
            f"{style.name}-{size}", parent=style, fontSize=size, leading=style.leading * scale
        )
    return _FITTED[key]


def _emblem(settings: DocumentSettings) -> ImageReader | None:
    if settings.emblem_path is None:
        return None
    try:
        return ImageReader(str(settings.emblem_path))
    except Exception as exc:  # ReportLab/Pillow raise many kinds for a file that is not an image
        raise ValidationError(
            f"the emblem {settings.emblem_path} is not a readable PNG or JPEG image"
        ) from exc


def column_room(doc: PdfDocument, shares: Sequence[float]) -> list[float]:
    """The room inside each column of a :meth:`PdfDocument.table` of these ``shares`` (padding taken off)."""
    total = sum(shares)
    return [doc.width * share / total - 2 * CELL_PADDING for share in shares]
