"""Column types that keep the domain's rules at the database boundary."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, Dialect
from sqlalchemy.dialects import sqlite
from sqlalchemy.types import TypeDecorator, TypeEngine

# How an instant is written on SQLite: naive UTC text of fixed width (SQLAlchemy's own default form,
# named here so that it cannot change unnoticed). The check's fast reader
# (planner.queries.stored_stamps) cuts this text by position, so it takes the form from here.
SQLITE_STAMP_FORMAT = (
    "%(year)04d-%(month)02d-%(day)02d %(hour)02d:%(minute)02d:%(second)02d.%(microsecond)06d"
)
SQLITE_STAMP_LENGTH = len("2024-01-01 04:00:00.000000")
# where year, month, day, hour, minute and second sit in the text, and the characters between them
SQLITE_STAMP_FIELDS = ((0, 4), (5, 7), (8, 10), (11, 13), (14, 16), (17, 19))
SQLITE_STAMP_SEPARATORS = ((4, "-"), (7, "-"), (10, " "), (13, ":"), (16, ":"), (19, "."))


class UtcDateTime(TypeDecorator[datetime]):
    """Store aware datetimes as UTC and always return them aware.

    SQLite drops the offset of ``DateTime(timezone=True)``, so we normalise to UTC on the way in and
    re-attach UTC on the way out; a naive datetime is refused rather than silently guessed.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(sqlite.DATETIME(timezone=True, storage_format=SQLITE_STAMP_FORMAT))
        return super().load_dialect_impl(dialect)

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"naive datetime {value.isoformat()} cannot be stored; attach a time zone")
        value = value.astimezone(UTC)
        if dialect.name == "sqlite":
            return value.replace(tzinfo=None)
        return value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)
