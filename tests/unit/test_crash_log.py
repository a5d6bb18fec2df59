"""Unexpected errors: one sentence, and a log file in the data folder with private values removed."""

from __future__ import annotations

import io
import stat
from contextlib import redirect_stderr
from pathlib import Path

import pytest

from planner.services.crash_log import redact, write_crash_log

PRIVATE = "[parameters: ('Иванов', 'ivanov@example.kz', '+7 701 555 12 34', 'без глютена')]"


def test_redact_removes_parameters_emails_phones_passwords_and_quoted_values() -> None:
    text = (
        f"IntegrityError: UNIQUE constraint failed: participants.email\n{PRIVATE}\n"
        "DETAIL:  Key (email)=(petrov@example.kz) already exists.\n"
        "could not connect to postgresql+psycopg://planner:s3cret@db/planner\n"
        "call +77015551234 or write to a.b@c.kz; value = 'диета без орехов'\n"
    )
    clean = redact(text)
    for value in ("ivanov@example.kz", "petrov@example.kz", "s3cret", "7015551234", "a.b@c.kz", "без орехов"):
        assert value not in clean
    assert "UNIQUE constraint failed: participants.email" in clean


def test_an_unexpected_cli_error_prints_one_sentence_and_writes_a_private_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import planner.cli as cli
    from planner.cli.context import COMMANDS

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))

    def broken(_args: object, _ctx: object) -> int:
        raise RuntimeError(f"boom {PRIVATE}")

    monkeypatch.setitem(COMMANDS, "list", broken)
    err = io.StringIO()
    with redirect_stderr(err):
        code = cli.main(["--db", str(tmp_path / "x.db"), "list"])
    assert code == 3
    message = err.getvalue()
    assert "Traceback" not in message and "ivanov@example.kz" not in message
    assert "unexpected error (RuntimeError)" in message
    logs = list((tmp_path / "DelegationPlanner" / "logs").glob("error-*.log"))
    assert len(logs) == 1 and str(logs[0]) in message
    assert stat.S_IMODE(logs[0].stat().st_mode) == 0o600
    body = logs[0].read_text(encoding="utf-8")
    assert "RuntimeError" in body and "Traceback" in body
    assert "ivanov@example.kz" not in body and "701 555" not in body and "без глютена" not in body


def test_a_log_that_cannot_be_written_still_gives_the_sentence(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("")
    assert write_crash_log(RuntimeError("x"), folder=blocked / "logs") is None


def test_a_database_error_names_its_first_line_but_never_the_values_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy.exc import IntegrityError

    import planner.cli as cli
    from planner.cli.context import COMMANDS

    def failing(_args: object, _ctx: object) -> int:
        raise IntegrityError(
            "INSERT INTO participants (full_name, email, phone) VALUES (?, ?, ?)",
            ("Иванов", "ivanov@example.kz", "+7 701 555 12 34"),
            Exception(
                "duplicate key value violates unique constraint\nDETAIL: Key (email)=(ivanov@example.kz)"
            ),
        )

    monkeypatch.setitem(COMMANDS, "list", failing)
    err = io.StringIO()
    with redirect_stderr(err):
        code = cli.main(["--db", str(tmp_path / "x.db"), "list"])
    assert code == 2
    assert "duplicate key value violates unique constraint" in err.getvalue()
    assert "ivanov@example.kz" not in err.getvalue() and "701 555" not in err.getvalue()
    assert "Traceback" not in err.getvalue()
