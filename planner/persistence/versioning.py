"""Optimistic concurrency: an edit names the version it was based on; a newer saved version wins."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import object_session

from planner.domain.errors import ConcurrencyError


def check_version(record: Any, expected: int | None, what: str) -> None:
    """Refuse to change ``record`` when its stored version is not the one the user edited.

    ``expected`` None means the caller did not read the record first (command line, tests). The refusal
    says who changed what since, from the change log, so the user knows what a reload will show.
    """
    if expected is None or record.version == expected:
        return
    from planner.persistence.audit import changes_since

    session = object_session(record)
    who = changes_since(session, record, expected) if session is not None else ""
    raise ConcurrencyError(
        f"{what} was changed by someone else since you opened it (your copy is version {expected}, "
        f"the saved one is version {record.version})."
        + (f" {who}" if who else "")
        + " Reload to see the change, then edit again."
    )
