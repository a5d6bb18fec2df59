"""What a write changed: the kinds of data and the items touched (Anki's ``OpChanges`` is the model).

Every service that writes returns a ``Changes`` (directly or as the ``changes`` field of its result), so
the GUI can tell each screen what to re-read without guessing. A service names what it knows from the
rows it already holds; it never runs an extra query to be more precise.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class DataKind(StrEnum):
    """A kind of data a screen shows; screens subscribe to the kinds they show."""

    VISITS = "visits"
    ITEMS = "items"
    PARTICIPANTS = "participants"
    SITES = "sites"
    MEETINGS = "meetings"
    DOCUMENTS = "documents"
    VEHICLES = "vehicles"
    SETTINGS = "settings"
    GIFTS = "gifts"


@dataclass(frozen=True)
class Changes:
    """The kinds of data a write changed and the ids of the itinerary items it touched.

    ``item_ids`` lists items written, added or removed when the service knows them; empty with
    ``ITEMS`` among the kinds means "items changed, which ones is not listed" (re-read them all).
    """

    kinds: frozenset[DataKind] = frozenset()
    item_ids: tuple[int, ...] = ()

    @classmethod
    def of(cls, *kinds: DataKind, item_ids: Iterable[int] = ()) -> Changes:
        """Changes of ``kinds``, touching the items ``item_ids`` (in order, each once)."""
        return cls(frozenset(kinds), tuple(dict.fromkeys(item_ids)))

    @classmethod
    def everything(cls) -> Changes:
        """Every kind changed (a reload, a whole visit added or removed)."""
        return cls(frozenset(DataKind))

    def __or__(self, other: Changes) -> Changes:
        """Both changes together: the union of the kinds, the item ids of both in order."""
        return Changes(self.kinds | other.kinds, tuple(dict.fromkeys(self.item_ids + other.item_ids)))

    def __bool__(self) -> bool:
        return bool(self.kinds)


NOTHING = Changes()

# the data a whole visit holds: importing, duplicating or deleting one changes all of it
WHOLE_VISIT = Changes.of(
    DataKind.VISITS,
    DataKind.ITEMS,
    DataKind.PARTICIPANTS,
    DataKind.SITES,
    DataKind.MEETINGS,
    DataKind.DOCUMENTS,
    DataKind.VEHICLES,
    DataKind.GIFTS,
)


def changes_of(result: object) -> Changes:
    """The changes a service's result reports: the result itself, its ``changes`` field, or nothing."""
    if isinstance(result, Changes):
        return result
    found = getattr(result, "changes", None)
    return found if isinstance(found, Changes) else NOTHING
