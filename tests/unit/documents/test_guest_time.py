"""When the guests' time is printed, the words of the time cell, and the cell itself when a page splits it."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from planner.documents.common import TimeCell, guest_span
from planner.documents.fonts import register_fonts
from planner.documents.guest_time import guest_zone, zones_differ

ATYRAU, ASTRAKHAN, NEW_YORK = (
    ZoneInfo("Asia/Atyrau"),
    ZoneInfo("Europe/Astrakhan"),
    ZoneInfo("America/New_York"),
)
MAY_11 = date(2023, 5, 11)


def test_the_samples_zones_differ_on_its_dates() -> None:
    assert zones_differ("Asia/Atyrau", "Europe/Astrakhan", MAY_11, date(2023, 5, 12))


@pytest.mark.parametrize("guests", ["Asia/Atyrau", "Asia/Oral", "Asia/Aqtobe"])
def test_zones_on_the_same_clock_do_not_differ_whatever_their_names(guests: str) -> None:
    assert not zones_differ("Asia/Atyrau", guests, MAY_11, date(2023, 5, 12))
    assert guest_zone("Asia/Atyrau", guests, MAY_11, date(2023, 5, 12)) is None


def test_zones_that_part_on_a_later_day_of_the_visit_differ() -> None:
    """London leaves UTC (Abidjan's clock) on 26 March 2023: a visit over that night has two clocks."""
    assert not zones_differ("Europe/London", "Africa/Abidjan", date(2023, 3, 24), date(2023, 3, 25))
    assert zones_differ("Europe/London", "Africa/Abidjan", date(2023, 3, 25), date(2023, 3, 27))


@pytest.mark.parametrize("guests", ["", "Not/A_Zone"])
def test_an_unknown_or_missing_zone_prints_no_guests_time(guests: str) -> None:
    assert not zones_differ("Asia/Atyrau", guests, MAY_11, MAY_11)


def test_the_option_off_means_no_guest_zone() -> None:
    assert guest_zone("Asia/Atyrau", "Europe/Astrakhan", MAY_11, MAY_11) == ASTRAKHAN
    assert guest_zone("Asia/Atyrau", "Europe/Astrakhan", MAY_11, MAY_11, wanted=False) is None


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("ru", "(гости: 09:00–10:00)"), ("kk", "(қонақтар: 09:00–10:00)"), ("en", "(guests: 09:00–10:00)")],
)
def test_the_guests_time_of_an_item(lang: str, expected: str) -> None:
    start = datetime(2023, 5, 11, 10, tzinfo=ATYRAU)
    end = datetime(2023, 5, 11, 11, tzinfo=ATYRAU)
    assert guest_span(start, end, ATYRAU, ASTRAKHAN, lang) == expected


def test_a_guests_time_on_another_day_carries_its_date() -> None:
    start = datetime(2023, 5, 11, 8, 30, tzinfo=ATYRAU)  # 23:30 on 10 May in New York
    end = datetime(2023, 5, 11, 10, tzinfo=ATYRAU)
    assert guest_span(start, end, ATYRAU, NEW_YORK, "ru") == "(гости: 10.05 23:30–01:00 (+1))"
    late = datetime(2023, 5, 11, 23, 30, tzinfo=ASTRAKHAN)  # 00:30 on 12 May in Atyrau
    assert guest_span(late, late, ASTRAKHAN, ATYRAU, "en") == "(guests: 12.05 00:30–00:30)"


def test_the_time_cell_wraps_the_guests_line_at_its_spaces_and_splits_between_lines() -> None:
    register_fonts()  # a document registers them before any cell is measured
    cell = TimeCell("08:30–09:00", "(гости: 10.05 23:30–00:00 (+1))", 9)
    _, wide = cell.wrap(400, 1000)
    narrow_width, narrow = cell.wrap(40, 1000)
    assert narrow > wide  # more lines in a narrow column
    lines = cell._lines
    assert " ".join(lines) == "(гости: 10.05 23:30–00:00 (+1))"
    # a page with room for the time and one guests' line: the rest goes on, nothing is lost
    first, rest = cell.split(narrow_width, 9 * 1.25 + 8 * 1.25 + 0.5)
    assert isinstance(first, TimeCell) and isinstance(rest, TimeCell)
    first.wrap(narrow_width, 1000)
    rest.wrap(narrow_width, 1000)
    assert first.time_text == "08:30–09:00" and rest.time_text == ""
    assert first._lines + rest._lines == lines and len(first._lines) == 1
    assert cell.split(narrow_width, 5) == []  # not even the time fits: the row moves on whole
    assert cell.split(narrow_width, 1000) == [cell]


def test_asking_whether_zones_differ_loads_neither_reportlab_nor_babel() -> None:
    """The Print page and the command line's parser ask it; they must not pay for the renderers."""
    code = (
        "import sys; import planner.documents.guest_time; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('reportlab', 'babel')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
