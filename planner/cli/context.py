"""What every command shares: the exit codes, the command registry and the :class:`Context` it runs in."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import date, datetime
from typing import Any, TextIO

from planner.domain.vocabulary import LANGUAGES
from planner.persistence.db import Database, open_database
from planner.persistence.uow import UnitOfWork

EXIT_OK, EXIT_FINDINGS, EXIT_BAD_INPUT = 0, 1, 2
# the languages a --lang option offers, as plain codes: argparse names a refused value's choices by their
# repr, which for the enumeration's members would read "<Language.RU: 'ru'>"
LANGUAGE_CHOICES: tuple[str, ...] = tuple(language.value for language in LANGUAGES)

Handler = Callable[[argparse.Namespace, "Context"], int]
COMMANDS: dict[str, Handler] = {}


class Context:
    """What a command needs: the opened database, a unit-of-work factory and the output stream."""

    def __init__(self, db_target: str | None, out: TextIO) -> None:
        self._target = db_target
        self._db: Database | None = None
        self.out = out

    @property
    def db(self) -> Database:
        if self._db is None:
            self._db = open_database(self._target)
        return self._db

    def uow(self) -> UnitOfWork:
        """A fresh unit of work on the database."""
        return UnitOfWork(self.db.sessions)

    def close(self) -> None:
        if self._db is not None:
            self._db.dispose()

    def emit_json(self, value: Any) -> None:
        json.dump(value, self.out, ensure_ascii=False, indent=2, default=_json_default)
        self.out.write("\n")


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, tuple | set):
        return list(value)
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def command(name: str) -> Callable[[Handler], Handler]:
    """Register a CLI command handler under ``name``."""

    def register(func: Handler) -> Handler:
        COMMANDS[name] = func
        return func

    return register
