"""main.py sends a command to the command line and everything else to the window."""

from __future__ import annotations

import pytest

from main import wants_cli


@pytest.mark.parametrize(
    ("argv", "cli"),
    [
        ([], False),
        (["--demo"], False),
        (["--demo", "--lang", "kk"], False),  # the README's form: "kk" is the language, not a command
        (["--lang", "ru", "--db", "planner.db"], False),
        (["--lang=kk", "--demo"], False),
        (["--demo", "--help"], False),
        (["list"], True),
        (["--db", "planner.db", "list"], True),
        (["--db", "planner.db", "check", "1", "--lang", "kk"], True),
        (["--help"], True),
    ],
)
def test_a_command_goes_to_the_command_line_and_the_rest_to_the_window(argv: list[str], cli: bool) -> None:
    assert wants_cli(argv) is cli
