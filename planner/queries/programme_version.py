"""A visit's programme version number, read with plain SQL.

Kept apart from :mod:`planner.queries.programme_versions` (which loads the ORM) because the window's
title bar shows it from the first paint on, which should not wait for the ORM mapping.
"""

from __future__ import annotations

from sqlalchemy import text

from planner.persistence.uow import UnitOfWork

_VERSION = text("SELECT max(version) FROM programme_versions WHERE visit_id = :visit_id")


def programme_version(uow: UnitOfWork, visit_id: int) -> int:
    """The visit's programme version (0 before its programme was first written)."""
    return int(uow.connection.execute(_VERSION, {"visit_id": visit_id}).scalar() or 0)
