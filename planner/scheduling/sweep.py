"""Small parts of the conflict sweep over columns: the slot cache, running maxima, token classes."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date

import numpy as np

from planner.scheduling.columns import Shape, SlotColumns
from planner.scheduling.facts import Slot, VisitFacts
from planner.scheduling.rule_findings import GROUP, PERSON, VEHICLE


class _SlotCache:
    """Slots of the items in sweep order, built once each and only when a rule names the item."""

    def __init__(self, cols: SlotColumns, order: np.ndarray) -> None:
        self.cols, self.order = cols, order
        self.made: dict[int, Slot] = {}

    def __call__(self, n: int) -> Slot:
        found = self.made.get(n)
        if found is None:
            found = self.made[n] = self.cols.slot(int(self.order[n]))
        return found


def _running_max(values: np.ndarray, run_of: np.ndarray, run_start: np.ndarray) -> np.ndarray:
    """The maximum of ``values`` so far within each run (runs are consecutive; ``run_of`` numbers them)."""
    low = int(values.min())
    width = int(values.max()) - low + 1
    if width * len(run_start) < 2**62:
        # lifting each run above all earlier ones makes one accumulate restart at every run
        lifted = (values - low) + run_of * width
        return np.maximum.accumulate(lifted) - run_of * width + low
    out = values.copy()
    for a, b in zip(run_start.tolist(), [*run_start[1:].tolist(), len(values)], strict=True):
        out[a:b] = np.maximum.accumulate(values[a:b])
    return out


def token_classes(shapes: Sequence[Shape]) -> tuple[dict[tuple[int, ...], list[int]], list[list[int]]]:
    """The classes of tokens found in exactly the same shapes, as (shape numbers -> tokens) in class
    order, and the class numbers of each shape (shared by the full check and ``LiveCheck``)."""
    where: dict[int, list[int]] = defaultdict(list)
    for number, key in enumerate(shapes):
        for token in _tokens(*key):
            where[token].append(number)
    classes: dict[tuple[int, ...], list[int]] = defaultdict(list)
    for token, numbers in where.items():
        classes[tuple(numbers)].append(token)
    of_shape: list[list[int]] = [[] for _ in shapes]
    for code, shape_numbers in enumerate(classes):
        for number in shape_numbers:
            of_shape[number].append(code)
    return dict(classes), of_shape


def _tokens(people: frozenset[int], groups: frozenset[int], vehicles: frozenset[int]) -> frozenset[int]:
    return frozenset(
        [p * 3 + PERSON for p in people]
        + [g * 3 + GROUP for g in groups]
        + [v * 3 + VEHICLE for v in vehicles]
    )


def _longest_free(window: tuple[int, int], busy: list[tuple[int, int]]) -> int:
    cursor, best = window[0], 0
    for start, end in sorted(busy):
        if start > cursor:
            best = max(best, min(start, window[1]) - cursor)
        cursor = max(cursor, end)
    return max(best, window[1] - cursor)


def day_of(stamp: int, facts: VisitFacts) -> date:
    """The host-zone date of an instant."""
    return facts.local(stamp).date()
