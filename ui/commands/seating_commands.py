"""Undo commands for seating plans: propose one, and swap two places (each one undo step)."""

from __future__ import annotations

from planner.persistence.uow import UnitOfWork
from planner.queries.seating import Arrangement
from planner.services import seating
from planner.services.changes import Changes
from ui.i18n import quoted, tr
from ui.operations import ServiceCommandBase


class _SeatingCommand(ServiceCommandBase):
    """A change of an item's seating plan; undo stores the plan as it was before."""

    def __init__(self, text: str, item_id: int) -> None:
        super().__init__(text)
        self.item_id = item_id
        self._old: Arrangement | None = None

    def change(self, uow: UnitOfWork) -> tuple[Arrangement, Changes]:
        raise NotImplementedError

    def do(self, uow: UnitOfWork) -> Changes:
        old, changes = self.change(uow)
        self._old = old
        return changes

    def undo_it(self, uow: UnitOfWork) -> Changes:
        assert self._old is not None
        return seating.save_seating(uow, self.item_id, self._old).changes


class ProposeSeatingCommand(_SeatingCommand):
    def __init__(self, item_id: int, title: str, layout: str, table_size: int) -> None:
        super().__init__(tr("Propose seating for %1", quoted(title)), item_id)
        self._layout, self._size = layout, table_size

    def change(self, uow: UnitOfWork) -> tuple[Arrangement, Changes]:
        result = seating.propose_seating(uow, self.item_id, self._layout, table_size=self._size)
        return result.old, result.changes


class SwapSeatsCommand(_SeatingCommand):
    def __init__(self, item_id: int, first: tuple[int, int], second: tuple[int, int], names: str) -> None:
        super().__init__(tr("Swap seats: %1", names), item_id)
        self._first, self._second = first, second

    def change(self, uow: UnitOfWork) -> tuple[Arrangement, Changes]:
        result = seating.swap_seats(uow, self.item_id, self._first, self._second)
        return result.old, result.changes
