"""Unexpected errors: a short sentence for the person, the details in a log file with private values removed.

The command line and the desktop application both end here instead of printing a traceback: a traceback
can hold participants' e-mail addresses, phone numbers and needs (in an SQL statement's parameters, or in
a database's error message), and it tells the person nothing they can act on.
"""

from __future__ import annotations

import os
import re
import traceback
from datetime import UTC, datetime
from pathlib import Path

# what a traceback may carry that is private: SQL parameters (every value a statement wrote), e-mail
# addresses, phone numbers, and PostgreSQL's "DETAIL: Key (email)=(…)" lines
_PARAMETERS = re.compile(r"\[parameters: .*?\](?=\n|$)", re.S | re.M)
_DETAIL = re.compile(r"^(\s*DETAIL:).*$", re.M)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"\+\d[\d\s()\-]{6,}\d|\b\d{9,}\b")
_PASSWORD = re.compile(r"(://[^:/@\s]+:)[^@\s]+@")
_QUOTED = re.compile(r"""(?<=[=(,\s])'[^'\n]{0,500}'""")


def redact(text: str) -> str:
    """``text`` with SQL parameters, e-mail addresses, phone numbers, passwords and quoted values removed."""
    text = _PARAMETERS.sub("[parameters: (removed)]", text)
    text = _DETAIL.sub(r"\1 (removed)", text)
    text = _PASSWORD.sub(r"\1(removed)@", text)
    text = _EMAIL.sub("(e-mail removed)", text)
    text = _PHONE.sub("(number removed)", text)
    return _QUOTED.sub("'(removed)'", text)


def log_folder() -> Path:
    """Where error logs are written: ``logs`` in the user's data folder (created when needed)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("DelegationPlanner", appauthor=False)) / "logs"


def write_crash_log(exc: BaseException, context: str = "", folder: Path | None = None) -> Path | None:
    """Write the redacted traceback of ``exc`` to a new file readable by its owner; return its path.

    Returns None when no file can be written (the short message is shown anyway).
    """
    folder = folder or log_folder()
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    body = f"Delegation Planner error at {stamp} UTC{f' in {context}' if context else ''}\n\n{redact(text)}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"error-{stamp}.log"
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(body)
        return path
    except OSError:
        return None


def short_message(exc: BaseException, log: Path | None) -> str:
    """The sentence shown for an unexpected error: its kind and where the details are, never its text."""
    where = f"the details are in {log}" if log else "no log file could be written"
    return (
        f"an unexpected error ({type(exc).__name__}) stopped it; {where}"
        " (private values removed); please send that file to whoever supports the program"
    )
