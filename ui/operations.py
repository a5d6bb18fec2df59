"""Operations: the one way the GUI changes data.

Each operation runs a service on a fresh unit of work, reports a PlannerError to the user (message box or
inline in a form), and then emits ``changed`` naming what changed so each screen decides whether to
redraw (the Anki pattern). Long work runs off the GUI thread with a progress dialog and Cancel.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from planner.domain.errors import ConcurrencyError, PlannerError
from planner.persistence.uow import UnitOfWork
from planner.services.database_admin import Database
from ui.i18n import tr

T = TypeVar("T")

# what changed; screens subscribe to the kinds they show
VISITS, ITEMS, PARTICIPANTS, SITES, MEETINGS, DOCUMENTS, VEHICLES, SETTINGS = (
    "visits",
    "items",
    "participants",
    "sites",
    "meetings",
    "documents",
    "vehicles",
    "settings",
)
ALL_KINDS = frozenset({VISITS, ITEMS, PARTICIPANTS, SITES, MEETINGS, DOCUMENTS, VEHICLES, SETTINGS})


@dataclass(frozen=True)
class Change:
    """What an operation changed: kinds of data and, when known, the ids of the items touched."""

    kinds: frozenset[str]
    item_ids: tuple[int, ...] = ()
    rows: tuple[Any, ...] = field(default=(), compare=False)


class Cancelled(Exception):
    """Raised inside background work when the user pressed Cancel."""


class Progress:
    """Handed to background work: report progress, and learn whether Cancel was pressed."""

    def __init__(self, emit: Callable[[int, int, str], None]) -> None:
        self._emit = emit
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def report(self, done: int, total: int, text: str = "") -> None:
        """Report progress; raises Cancelled if the user pressed Cancel since the last report."""
        if self.cancelled:
            raise Cancelled()
        self._emit(done, total, text)


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], signals: _Signals, progress: Progress) -> None:
        super().__init__()
        self.work, self.signals, self.progress = work, signals, progress

    def run(self) -> None:
        try:
            result = self.work(self.progress)
        except BaseException as exc:  # reported to the GUI thread, never lost in the pool
            self._emit(self.signals.failed, exc)
        else:
            self._emit(self.signals.finished, result)

    @staticmethod
    def _emit(signal: Any, value: Any) -> None:
        # RuntimeError: the application closed while the work ran, and nobody is waiting any more
        with contextlib.suppress(RuntimeError):
            signal.emit(value)


class Operations(QObject):
    """Runs services for the GUI; owns the undo stack and the database handle."""

    changed = Signal(object)  # Change
    database_replaced = Signal()

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.undo_stack = QUndoStack(self)
        self._tasks: list[tuple[_Signals, QProgressDialog | None]] = []
        self._quiet: list[_Signals] = []

    def switch_database(self, target: str) -> None:
        """Work on the database at ``target`` from now on; the undo stack starts empty.

        Raises a PlannerError (and keeps the current database) when ``target`` cannot be opened.
        """
        from planner.services.database_admin import switch_database

        new = switch_database(self.db, target)
        self.undo_stack.clear()
        self.db = new
        self.database_replaced.emit()

    def uow(self) -> UnitOfWork:
        """A fresh unit of work on the current database."""
        return UnitOfWork(self.db)  # the ORM session is made only if the work uses it

    def read(self, query: Callable[[UnitOfWork], T]) -> T:
        """Run a read query in its own short transaction."""
        with self.uow() as uow:
            return query(uow)

    def notify(self, kinds: Iterable[str], item_ids: Iterable[int] = (), rows: Iterable[Any] = ()) -> None:
        self.changed.emit(Change(frozenset(kinds), tuple(item_ids), tuple(rows)))

    def run(
        self,
        service: Callable[[UnitOfWork], T],
        kinds: Iterable[str],
        parent: QWidget | None = None,
        *,
        inline: bool = False,
    ) -> T | None:
        """Run ``service`` now and emit ``changed``; errors go to a message box (re-raised if ``inline``)."""
        try:
            result = service(self.uow())
        except PlannerError as exc:
            if inline:
                raise
            self.report(exc, parent)
            return None
        self.notify(kinds)
        return result

    def push(
        self, command: ServiceCommandBase, parent: QWidget | None = None, *, inline: bool = False
    ) -> bool:
        """Do ``command`` once and, if the service accepted it, put it on the undo stack."""
        try:
            command.first_run(self)
        except PlannerError as exc:
            if inline:
                raise
            self.report(exc, parent)
            return False
        self.undo_stack.push(command)
        return True

    def report(self, error: BaseException, parent: QWidget | None = None) -> None:
        """Tell the user what went wrong, in the service's words; offer a reload after a clash."""
        if isinstance(error, ConcurrencyError):
            answer = QMessageBox.question(
                parent,
                tr("Changed by someone else"),
                str(error) + "\n\n" + tr("Reload the visit now to see the saved version?"),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.reload()
            return
        QMessageBox.warning(parent, tr("Delegation Planner"), str(error))

    def reload(self) -> None:
        """Make every screen read again from the database (after someone else's change)."""
        self.notify(ALL_KINDS)

    def run_in_background(
        self,
        work: Callable[[Progress], T],
        title: str,
        on_done: Callable[[T], None],
        parent: QWidget | None = None,
        on_failed: Callable[[BaseException], None] | None = None,
    ) -> Progress:
        """Run ``work`` on the thread pool with progress and Cancel; ``on_done`` runs on the GUI thread."""
        signals = _Signals()
        progress = Progress(signals.progress.emit)
        dialog = QProgressDialog(title, tr("Cancel"), 0, 0, parent)
        dialog.setWindowTitle(title)
        dialog.setMinimumDuration(400)  # quick work finishes before the dialog would flash up
        dialog.canceled.connect(progress.cancel)
        entry = (signals, dialog)
        self._tasks.append(entry)

        def set_progress(done: int, total: int, text: str) -> None:
            dialog.setMaximum(total)
            dialog.setValue(done)
            if text:
                dialog.setLabelText(text)

        def finish() -> None:
            dialog.reset()
            dialog.deleteLater()
            if entry in self._tasks:
                self._tasks.remove(entry)

        def done(result: Any) -> None:
            finish()
            on_done(result)

        def failed(exc: BaseException) -> None:
            finish()
            if isinstance(exc, Cancelled):
                return
            if on_failed is not None:
                on_failed(exc)
            elif isinstance(exc, PlannerError):
                self.report(exc, parent)
            else:
                QMessageBox.critical(parent, tr("Delegation Planner"), f"{type(exc).__name__}: {exc}")

        signals.progress.connect(set_progress)
        signals.finished.connect(done)
        signals.failed.connect(failed)
        QThreadPool.globalInstance().start(_Task(work, signals, progress))
        return progress

    def run_quietly(self, work: Callable[[], T], on_done: Callable[[T], None]) -> None:
        """Run short background work (a conflict re-check) with no dialog; ``on_done`` on the GUI thread.

        Errors are dropped: the caller's screen keeps what it showed, and the next edit tries again.
        """
        signals = _Signals()
        self._quiet.append(signals)

        def finish(result: Any) -> None:
            if signals in self._quiet:
                self._quiet.remove(signals)
            on_done(result)

        def failed(_: BaseException) -> None:
            if signals in self._quiet:
                self._quiet.remove(signals)

        signals.finished.connect(finish)
        signals.failed.connect(failed)
        QThreadPool.globalInstance().start(
            _Task(lambda _progress: work(), signals, Progress(lambda *_: None))
        )

    def shutdown(self) -> None:
        """Silence the undo stack before Qt destroys it (it emits indexChanged while dying).

        Signals are blocked rather than disconnected: in PySide6 6.12 ``SignalInstance.disconnect()``
        returns ``True`` without a reference, and enough calls crash the interpreter at exit.
        """
        self.undo_stack.blockSignals(True)
        self.undo_stack.clear()
        QThreadPool.globalInstance().waitForDone(5000)


class ServiceCommandBase(QUndoCommand):
    """An undo command whose first run happens before it is pushed, so a refused edit is never pushed."""

    def __init__(self, text: str, kinds: Iterable[str]) -> None:
        super().__init__(text)
        self.kinds = frozenset(kinds)
        self.ops: Operations | None = None
        self._skip_redo = False
        self.touched: tuple[int, ...] = ()

    def first_run(self, ops: Operations) -> None:
        self.ops = ops
        self.do(ops.uow())
        self._skip_redo = True
        ops.notify(self.kinds, self.touched)

    def redo(self) -> None:
        if self._skip_redo:  # QUndoStack.push calls redo; the edit was already made by first_run
            self._skip_redo = False
            return
        if self.isObsolete():  # its rows were replaced (see AddVisitCommand); Qt drops it after this
            return
        self._guarded(self.do)

    def undo(self) -> None:
        self._guarded(self.undo_it)

    def _guarded(self, action: Callable[[UnitOfWork], None]) -> None:
        assert self.ops is not None
        try:
            action(self.ops.uow())
        except PlannerError as exc:
            # someone else changed the record meanwhile: say so; the stack position still moves
            self.ops.report(exc)
        self.ops.notify(self.kinds, self.touched)

    def do(self, uow: UnitOfWork) -> None:
        raise NotImplementedError

    def undo_it(self, uow: UnitOfWork) -> None:
        raise NotImplementedError
