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
