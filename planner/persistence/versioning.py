"""Optimistic concurrency: an edit names the version it was based on; a newer saved version wins."""

from __future__ import annotations

from typing import Any

from planner.domain.errors import ConcurrencyError


def check_version(record: Any, expected: int | None, what: str) -> None:
    """Refuse to change ``record`` when its stored version is not the one the user edited.

    ``expected`` None means the caller did not read the record first (command line, tests).
    """
    if expected is not None and record.version != expected:
        raise ConcurrencyError(
            f"{what} was changed by someone else since you opened it (your copy is version {expected}, "
            f"the saved one is version {record.version}); reload to see the change, then edit again"
        )
