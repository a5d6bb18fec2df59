"""The check's fast reader parses exactly the text the column type stores on SQLite.

If the stored form of ``UtcDateTime`` changed and the reader did not follow, every check would
silently take the slow path (and a large visit would check several times slower): this test fails
instead.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import Column, Integer, MetaData, Table, create_engine, insert, select, text

from planner.persistence.types import SQLITE_STAMP_LENGTH, UtcDateTime
from planner.queries.stored_stamps import stamp_seconds

INSTANTS = [
    datetime(2024, 1, 1, 4, 0, tzinfo=UTC),
    datetime(1999, 12, 31, 23, 59, 59, 999999, tzinfo=ZoneInfo("Asia/Almaty")),
    datetime(2026, 6, 30, 12, 30, 15, 123456, tzinfo=ZoneInfo("Asia/Atyrau")),
    datetime(2100, 2, 28, 0, 0, 1, tzinfo=UTC),
]


def test_the_fast_reader_takes_the_fast_path_on_what_the_column_type_stores() -> None:
    engine = create_engine("sqlite://")
    meta = MetaData()
    stamps = Table("stamps", meta, Column("id", Integer, primary_key=True), Column("at", UtcDateTime()))
    meta.create_all(engine)
    with engine.begin() as conn:
        conn.execute(insert(stamps), [{"at": at} for at in INSTANTS])
        stored = conn.execute(
            text("SELECT group_concat(at, '') FROM (SELECT at FROM stamps ORDER BY id)")
        ).scalar()
        read_back = conn.execute(select(stamps.c.at).order_by(stamps.c.id)).scalars().all()
    assert isinstance(stored, str) and len(stored) == len(INSTANTS) * SQLITE_STAMP_LENGTH
    parsed = stamp_seconds(stored, len(INSTANTS))
    assert parsed is not None, (
        f"the fast reader no longer reads the stored form {stored[:SQLITE_STAMP_LENGTH]!r}"
    )
    # whole seconds, microseconds dropped (as SQLite's unixepoch() does)
    assert parsed.tolist() == [int(at.timestamp()) for at in INSTANTS]
    assert read_back == INSTANTS  # and the column type still reads its own text back
