"""Stored instants read in bulk: SQLite's text of ``UtcDateTime`` turned into epoch seconds by numpy.

The check's fast reader (``planner.queries.slot_columns``) receives a whole column of stored times as
one string; the text's form is owned by ``planner.persistence.types``, and a test fails if the two drift.
"""

from __future__ import annotations

import numpy as np

from planner.persistence.types import (
    SQLITE_STAMP_FIELDS,
    SQLITE_STAMP_LENGTH,
    SQLITE_STAMP_SEPARATORS,
)

_STAMP = SQLITE_STAMP_LENGTH
_FIELDS = SQLITE_STAMP_FIELDS  # year .. second
_SEPARATORS = tuple((at, ord(char)) for at, char in SQLITE_STAMP_SEPARATORS)


def stamp_seconds(text: str | None, count: int) -> np.ndarray | None:
    """Epoch seconds of ``count`` concatenated UTC times as UtcDateTime stores them on SQLite
    ('YYYY-MM-DD HH:MM:SS.ffffff'; microseconds dropped, as SQLite's unixepoch() does); None when the
    text is not exactly in that form."""
    if text is None or len(text) != count * _STAMP or not text.isascii():
        return None
    chars = np.frombuffer(text.encode("ascii"), dtype=np.uint8).reshape(count, _STAMP)
    if not all((chars[:, at] == char).all() for at, char in _SEPARATORS):
        return None
    # digit by digit on one byte column at a time in 32-bit ints: ten times faster than a product of
    # the digits with their place values in 64-bit ints
    fields = []
    for first, stop in _FIELDS:
        value = chars[:, first].astype(np.int32) - ord("0")
        for n in range(first + 1, stop):
            value = value * 10 + (chars[:, n].astype(np.int32) - ord("0"))
        fields.append(value.astype(np.int64))
    year, month, day, hour, minute, second = fields
    # days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil)
    y = year - (month <= 2)
    era = y // 400
    of_era = y - era * 400
    of_year = (153 * ((month + 9) % 12) + 2) // 5 + day - 1
    days = era * 146097 + of_era * 365 + of_era // 4 - of_era // 100 + of_year - 719468
    return days * 86400 + hour * 3600 + minute * 60 + second
