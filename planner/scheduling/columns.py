"""A visit's items as columns of numbers (numpy arrays), for the rules to check 100,000 items at once.

Building a Python object per item costs about 1 µs and every attribute read in a per-item loop a bit
more; the rules touch each item several times. Columns let the checker find the few items involved in
a conflict with whole-array operations and build ``Slot`` objects only for those (``SlotTable``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import overload

import numpy as np

from planner.scheduling.facts import Slot

NO_SITE = -1

Shape = tuple[frozenset[int], frozenset[int], frozenset[int]]  # people, groups, vehicles


@dataclass
class SlotColumns:
    """Items as parallel arrays; ``shape`` indexes ``shapes`` (who attends, which groups and vehicles).

    ``site`` is ``NO_SITE`` for items without a site; ``kind`` indexes ``kinds``. ``slots`` holds the
    original objects when the columns were made from them (so messages use their titles).
    """

    id: np.ndarray
    start: np.ndarray
    end: np.ndarray
    site: np.ndarray
    pinned: np.ndarray
    kind: np.ndarray
    kinds: list[str]
    shape: np.ndarray
    shapes: list[Shape]
    slots: Sequence[Slot] | None = None

    def __len__(self) -> int:
        return len(self.id)

    def slot(self, n: int) -> Slot:
        """The item at row ``n`` as a Slot (the original object when there is one)."""
        if self.slots is not None:
            return self.slots[n]
        people, groups, vehicles = self.shapes[int(self.shape[n])]
        site = int(self.site[n])
        return Slot(
            int(self.id[n]),
            self.kinds[int(self.kind[n])],
            "",
            int(self.start[n]),
            int(self.end[n]),
            None if site == NO_SITE else site,
            bool(self.pinned[n]),
            people,
            groups,
            vehicles,
        )

    @classmethod
    def from_slots(cls, slots: Sequence[Slot]) -> SlotColumns:
        """Columns of a list of slots (a few ms per 100,000)."""
        n = len(slots)
        shape_of: dict[Shape, int] = {}
        kind_of: dict[str, int] = {}
        return cls(
            np.fromiter((s.id for s in slots), np.int64, n),
            np.fromiter((s.start for s in slots), np.int64, n),
            np.fromiter((s.end for s in slots), np.int64, n),
            np.fromiter((NO_SITE if s.site_id is None else s.site_id for s in slots), np.int64, n),
            np.fromiter((s.pinned for s in slots), np.bool_, n),
            np.fromiter((kind_of.setdefault(s.kind, len(kind_of)) for s in slots), np.int64, n),
            list(kind_of),
            np.fromiter(
                (shape_of.setdefault((s.people, s.groups, s.vehicles), len(shape_of)) for s in slots),
                np.int64,
                n,
            ),
            list(shape_of),
            slots,
        )


class SlotTable(Sequence[Slot]):
    """A read-only sequence of slots over ``SlotColumns``; each Slot is built when it is asked for.

    ``check_slots`` reads the columns directly, so checking a loaded visit builds no Slot at all
    except for the items a conflict names.
    """

    def __init__(self, columns: SlotColumns) -> None:
        self.columns = columns

    def __len__(self) -> int:
        return len(self.columns)

    @overload
    def __getitem__(self, index: int) -> Slot: ...

    @overload
    def __getitem__(self, index: slice) -> list[Slot]: ...

    def __getitem__(self, index: int | slice) -> Slot | list[Slot]:
        if isinstance(index, slice):
            return [self.columns.slot(n) for n in range(len(self))[index]]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self.columns.slot(index)

    def __iter__(self) -> Iterator[Slot]:
        slot = self.columns.slot
        return (slot(n) for n in range(len(self)))


def columns_of(slots: Sequence[Slot]) -> SlotColumns:
    """The columns behind a SlotTable, or new columns made from a plain list of slots."""
    if isinstance(slots, SlotTable):
        return slots.columns
    return SlotColumns.from_slots(slots)
