"""User text becomes safe paragraph markup: escaped once, line breaks kept, control characters dropped."""

from __future__ import annotations

from planner.documents.text import clean, markup


def test_markup_characters_and_quotes_are_escaped() -> None:
    assert markup('Tom & "Jerry" <Ltd>') == "Tom &amp; &quot;Jerry&quot; &lt;Ltd&gt;"
    assert markup("&copy;") == "&amp;copy;"


def test_line_breaks_become_breaks_and_windows_endings_too() -> None:
    assert markup("one\ntwo\r\nthree\rfour") == "one<br/>two<br/>three<br/>four"


def test_control_characters_vanish_and_tabs_become_spaces() -> None:
    assert clean("a\x00b\x07c\td\x9fe") == "abc de"


def test_none_and_numbers_print() -> None:
    assert markup(None) == ""
    assert markup(42) == "42"


def test_no_break_spaces_tie_what_belongs_together() -> None:
    from planner.documents.text import tie

    assert tie("с Губернатором И. Ю. Бабушкиным") == "с Губернатором И.\xa0Ю.\xa0Бабушкиным"
    assert tie("Бабушкин И. Ю., Губернатор") == "Бабушкин\xa0И.\xa0Ю., Губернатор"
    assert tie("г. Атырау, ул. Махамбета, 118") == "г.\xa0Атырау, ул.\xa0Махамбета,\xa0118"
    assert tie("Атырау қ., Абай к-сі, 9") == "Атырау\xa0қ., Абай\xa0к-сі,\xa09"
    assert tie("12-й км, 11 мая 2023 г., № 5") == "12-й\xa0км, 11\xa0мая 2023\xa0г., №\xa05"
    assert tie("450 000 ₸") == "450\xa0000\xa0₸"
    # words that merely follow one another are not tied
    assert tie("Встреча акима области") == "Встреча акима области"
