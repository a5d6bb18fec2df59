"""Operations: the one way the GUI changes data.

Each operation runs a service on a fresh unit of work, reports a PlannerError to the user (message box or
inline in a form), and then emits ``changed`` with the ``Changes`` the service returned, so each screen
decides whether to redraw (the Anki pattern); nothing here guesses what a service touched. Long work
runs off the GUI thread with a progress dialog and Cancel.

On a server database every round trip can take tens of milliseconds, so saves, undo and redo steps and
the screens' re-reads after them run on a database thread of their own (``Operations.call``) while the GUI
thread waits in an event loop that keeps painting and running timers but holds back the user's input
until the work is done. Callers keep
their plain synchronous contract (a command is pushed only once its service accepted it, errors arrive
as exceptions in the same order), and edits cannot overtake each other. A local SQLite file answers in
well under a millisecond: there the work runs directly, as handing it to a thread would cost more.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QEventLoop, QObject, QRunnable, QThread, QThreadPool, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from planner.domain.errors import ConcurrencyError, PlannerError
from planner.domain.messages import localized_summary
from planner.persistence.uow import UnitOfWork
from planner.services.changes import NOTHING, Changes, DataKind, changes_of
from planner.services.database_admin import Database
from ui.i18n import current_language, tr

T = TypeVar("T")

# what changed (the services' ``Changes``); screens subscribe to the kinds they show
VISITS, ITEMS, PARTICIPANTS, SITES, MEETINGS, DOCUMENTS, VEHICLES, SETTINGS = (
    DataKind.VISITS,
    DataKind.ITEMS,
    DataKind.PARTICIPANTS,
    DataKind.SITES,
    DataKind.MEETINGS,
    DataKind.DOCUMENTS,
    DataKind.VEHICLES,
    DataKind.SETTINGS,
)
ALL_KINDS = frozenset(DataKind)


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


class _DbSignals(QObject):
    done = Signal(object)  # (call number, "result" or "error", value)


class _DbTask(QRunnable):
    """One call's work on the database thread; its outcome goes back through ``emit``."""

    def __init__(self, work: Callable[[], Any], token: int, emit: Callable[[Any], None]) -> None:
        super().__init__()
        self.work, self.token, self.emit = work, token, emit

    def run(self) -> None:
        try:
            message = (self.token, "result", self.work())
        except BaseException as exc:  # handed to the waiting GUI thread, which raises it there
            message = (self.token, "error", exc)
        with contextlib.suppress(RuntimeError):  # the application closed while the work ran
            self.emit(message)


def said(error: BaseException) -> str:
    """What went wrong, in the interface language where the service's refusal names its message."""
    if not isinstance(error, PlannerError):
        return str(error)
    return localized_summary(error, current_language(), tr("... and %1 more problems", "{n}"))


class Operations(QObject):
    """Runs services for the GUI; owns the undo stack and the database handle."""

    changed = Signal(object)  # Changes
    database_replaced = Signal()

    def __init__(
        self, db: Database, parent: QObject | None = None, *, background: bool | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        # database work off the GUI thread: on a server database unless told otherwise
        self._background_choice = background
        self.background = (not db.is_sqlite) if background is None else background
        self.undo_stack = QUndoStack(self)
        self._tasks: list[tuple[_Signals, QProgressDialog | None]] = []
        self._shut = False  # shutdown() was called: background results are dropped
        self._quiet: list[_Signals] = []
        # one database thread: the work of successive calls reaches the database in the order it was asked
        self._db_thread = QThreadPool(self)
        self._db_thread.setMaxThreadCount(1)
        # one long-lived sender for every call's outcome: a QObject per call would be destroyed on the
        # database thread when its task is dropped there, which crashes Qt
        self._db_signals = _DbSignals(self)
        self._db_signals.done.connect(self._db_done)
        self._waiting: dict[int, tuple[QEventLoop, dict[str, Any]]] = {}
        self._calls = 0
        self._edits = 0

    def switch_database(self, target: str) -> None:
        """Work on the database at ``target`` from now on; the undo stack starts empty.

        Raises a PlannerError (and keeps the current database) when ``target`` cannot be opened.
        """
        from planner.services.database_admin import switch_database

        new = switch_database(self.db, target)
        self.undo_stack.clear()
        self.db = new
        if self._background_choice is None:
            self.background = not new.is_sqlite
        self.database_replaced.emit()

    def uow(self) -> UnitOfWork:
        """A fresh unit of work on the current database."""
        return UnitOfWork(self.db)  # the ORM session is made only if the work uses it

    def call(self, work: Callable[[], T]) -> T:
        """Do database work and return its result (or raise its exception), keeping the window painting.

        With ``background`` set (a server database) the work runs on the database thread while the GUI
        thread runs an event loop that paints and fires timers but holds back user input; otherwise, and
        when called off the GUI thread, it runs directly.
        """
        # Reads run here only inside an edit (see ``read``), so this loop never runs inside a show or
        # paint event, where a timer's handler changing the widget tree would crash Qt.
        if not self.background or self._waiting or QThread.currentThread() is not self.thread():
            # a call made while another waits (from a timer or a queued signal) does not nest a second
            # loop: it blocks for its round trips, as every call did before
            return work()
        self._calls += 1
        token = self._calls
        loop = QEventLoop()
        outcome: dict[str, Any] = {}
        self._waiting[token] = (loop, outcome)
        try:
            self._db_thread.start(_DbTask(work, token, self._db_signals.done.emit))
            while not outcome:  # the outcome arrives as a queued signal, delivered by this loop
                loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        finally:
            del self._waiting[token]
        if "error" in outcome:
            raise outcome["error"]
        return outcome["result"]  # type: ignore[no-any-return]

    def _db_done(self, message: tuple[int, str, Any]) -> None:
        token, kind, value = message
        waiting = self._waiting.get(token)
        if waiting is not None:
            loop, outcome = waiting
            outcome[kind] = value
            loop.quit()

    def read(self, query: Callable[[UnitOfWork], T]) -> T:
        """Run a read query in its own short transaction.

        During an edit (a command, its undo or redo, ``run``, a reload) the screens' re-reads go through
        ``call`` like the edit itself; elsewhere (a page shown, a visit opened) the read runs directly.
        """

        def work() -> T:
            with self.uow() as uow:
                return query(uow)

        return self.call(work) if self._edits else work()

    @contextlib.contextmanager
    def editing(self) -> Iterator[None]:
        """Mark an edit in progress: its service call and the re-reads it causes may run in the background."""
        self._edits += 1
        try:
            yield
        finally:
            self._edits -= 1

    def notify(self, changes: Changes) -> None:
        """Tell the screens what changed."""
        self.changed.emit(changes)

    def run(
        self,
        service: Callable[[UnitOfWork], T],
        parent: QWidget | None = None,
        *,
        inline: bool = False,
    ) -> T | None:
        """Run ``service`` now and emit the changes it returned (none for a service that only reads or
        writes a file); errors go to a message box (re-raised if ``inline``)."""
        with self.editing():
            try:
                result = self.call(lambda: service(self.uow()))
            except PlannerError as exc:
                if inline:
                    raise
                self.report(exc, parent)
                return None
            self.notify(changes_of(result))
            return result

    def push(
        self, command: ServiceCommandBase, parent: QWidget | None = None, *, inline: bool = False
    ) -> bool:
        """Do ``command`` once and, if the service accepted it, put it on the undo stack."""
        with self.editing():
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
                said(error) + "\n\n" + tr("Reload the visit now to see the saved version?"),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.reload()
            return
        QMessageBox.warning(parent, tr("Delegation Planner"), said(error))

    def reload(self) -> None:
        """Make every screen read again from the database (after someone else's change)."""
        with self.editing():
            self.notify(Changes.everything())

    def run_in_background(
        self,
        work: Callable[[Progress], T],
        title: str,
        on_done: Callable[[T], None],
        parent: QWidget | None = None,
        on_failed: Callable[[BaseException], None] | None = None,
    ) -> Progress:
        """Run ``work`` on the thread pool with progress and Cancel; ``on_done`` runs on the GUI thread."""
        dialog = QProgressDialog(title, tr("Cancel"), 0, 0, parent)
        # the dialog owns the signals: they are destroyed with it, on this thread, after the last one
        # was handled. Owned by Python, the last reference could be the pool's, dropped on the worker
        # thread as the finished signal was being handled here (a crash, now and then, in the tests).
        signals = _Signals(dialog)
        progress = Progress(signals.progress.emit)
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

        def gone() -> bool:
            # the screen that asked was closed meanwhile, or the program is shutting down: nobody to
            # tell, and a message box then would open over windows being torn down
            if self._shut:
                return True
            return parent is not None and not shiboken6.isValid(parent)

        def done(result: Any) -> None:
            finish()
            if not gone():
                on_done(result)

        def failed(exc: BaseException) -> None:
            finish()
            if isinstance(exc, Cancelled) or gone():
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
        # the signals belong to these operations, on this thread, and are deleted here once handled:
        # unparented, their last reference could be the finished task's, which the pool deletes on its
        # own thread (a QObject of the GUI thread destroyed on a worker: a segfault or a bus error, now
        # and then, in the Today window's tests)
        signals = _Signals(self)
        self._quiet.append(signals)

        def done_with() -> None:
            if signals in self._quiet:
                self._quiet.remove(signals)
            signals.deleteLater()

        def finish(result: Any) -> None:
            done_with()
            if not self._shut:
                on_done(result)

        def failed(_: BaseException) -> None:
            done_with()

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
        self._shut = True
        self.undo_stack.blockSignals(True)
        self.undo_stack.clear()
        self._db_thread.waitForDone(5000)
        QThreadPool.globalInstance().waitForDone(5000)


class ServiceCommandBase(QUndoCommand):
    """An undo command whose first run happens before it is pushed, so a refused edit is never pushed.

    ``do`` and ``undo_it`` return the ``Changes`` of the service they called, which the screens receive.
    """

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.ops: Operations | None = None
        self._skip_redo = False
        self.changes: Changes = NOTHING  # what the last run (do, undo or redo) changed

    def first_run(self, ops: Operations) -> None:
        self.ops = ops
        self.changes = ops.call(lambda: self.do(ops.uow()))
        self._skip_redo = True
        ops.notify(self.changes)

    def redo(self) -> None:
        if self._skip_redo:  # QUndoStack.push calls redo; the edit was already made by first_run
            self._skip_redo = False
            return
        if self.isObsolete():  # its rows were replaced (see AddVisitCommand); Qt drops it after this
            return
        self._guarded(self.do)

    def undo(self) -> None:
        self._guarded(self.undo_it, self.after_undo)

    def _guarded(
        self, action: Callable[[UnitOfWork], Changes], after: Callable[[], None] | None = None
    ) -> None:
        ops = self.ops
        assert ops is not None
        with ops.editing():
            try:
                self.changes = ops.call(lambda: action(ops.uow()))
            except PlannerError as exc:
                # someone else changed the record meanwhile: say so; the stack position still moves, and
                # the screens re-read what this command last changed, to show the other person's version
                ops.report(exc)
            else:
                if after is not None:
                    after()
            ops.notify(self.changes)

    def do(self, uow: UnitOfWork) -> Changes:
        """Make the edit (first run and redo); return what the service changed."""
        raise NotImplementedError

    def undo_it(self, uow: UnitOfWork) -> Changes:
        """Undo the edit with the inverse service; return what it changed."""
        raise NotImplementedError

    def after_undo(self) -> None:
        """GUI-thread follow-up of a successful undo (``undo_it`` may run on the database thread)."""
