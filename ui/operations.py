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
import itertools
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
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


class _Courier(QObject):
    """Brings background work's outcomes and progress to the GUI thread, by number.

    Work handed to a thread is kept here, on the GUI thread, from start to outcome, and the worker only
    ever holds a job's number once it is done: everything the work touched (its closure, the screen or
    the operations it names, its result or exception, its Progress) loses its last reference here. A
    pooled thread dropping the last reference to such an object ran its PySide clean-up there — a
    connection torn down, a QObject destroyed, on the wrong thread: the segfaults and bus errors the
    Today window's tests hit now and then. One for the program, made on the GUI thread, never destroyed.
    """

    arrived = Signal(int)  # the job's outcome is in _OUTBOX
    progressed = Signal(int, int, int, str)  # job number, done, total, text

    def __init__(self) -> None:
        super().__init__()
        self.arrived.connect(self._arrive)
        self.progressed.connect(self._progress)

    def _arrive(self, token: int) -> None:
        job = _JOBS.pop(token, None)
        kind, value = _OUTBOX.pop(token)
        if job is not None:
            job.deliver(kind, value)

    def _progress(self, token: int, done: int, total: int, text: str) -> None:
        job = _JOBS.get(token)
        if job is not None and job.on_progress is not None:
            job.on_progress(done, total, text)


@dataclass
class _Job:
    """Background work and what to do with its outcome ("result" or "error") on the GUI thread."""

    work: Callable[[Progress], Any]
    progress: Progress
    deliver: Callable[[str, Any], None]
    on_progress: Callable[[int, int, str], None] | None = None


_JOBS: dict[int, _Job] = {}  # started and not yet delivered, by number
_OUTBOX: dict[int, tuple[str, Any]] = {}  # done, waiting for the GUI thread to take it
_NUMBERS = itertools.count(1)
_COURIER: _Courier | None = None


def _courier() -> _Courier:
    """The program's courier; the first call must come from the GUI thread (Operations does it)."""
    global _COURIER
    if _COURIER is None:
        _COURIER = _Courier()
    return _COURIER


def _perform(token: int) -> None:
    """Do job ``token`` on this (pooled) thread and post its outcome; keep no reference to anything."""
    job = _JOBS[token]
    try:
        value: Any = job.work(job.progress)
        kind = "result"
    except BaseException as exc:  # handed to the GUI thread, never lost in the pool
        value, kind = exc, "error"
    del job  # the GUI thread's _JOBS entry is now the job's only holder
    _OUTBOX[token] = (kind, value)
    del value
    with contextlib.suppress(RuntimeError):  # the application closed while the work ran
        _courier().arrived.emit(token)


class _Run(QRunnable):
    """The pool's handle on a job: its number only (the pool destroys it on its own thread)."""

    def __init__(self, token: int) -> None:
        super().__init__()
        self.token = token

    def run(self) -> None:
        _perform(self.token)


def _start(
    pool: QThreadPool,
    work: Callable[[Progress], Any],
    deliver: Callable[[str, Any], None],
    on_progress: Callable[[int, int, str], None] | None = None,
) -> tuple[int, Progress]:
    """Start ``work`` on ``pool``; ``deliver(kind, value)`` runs on the GUI thread when it is done.

    Returns the job's number and the Progress the work reports to (and learns of Cancel from).
    """
    token = next(_NUMBERS)
    courier = _courier()
    progress = Progress(lambda done, total, text: courier.progressed.emit(token, done, total, text))
    _JOBS[token] = _Job(work, progress, deliver, on_progress)
    pool.start(_Run(token))
    return token, progress


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
        self._tasks: set[int] = set()  # background work with a progress dialog, not yet delivered
        self._shut = False  # shutdown() was called: background results are dropped
        # one database thread: the work of successive calls reaches the database in the order it was asked
        self._db_thread = QThreadPool(self)
        self._db_thread.setMaxThreadCount(1)
        _courier()  # made here, on the GUI thread, before any worker needs it
        self._waiting: dict[int, QEventLoop] = {}
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
        call = self._calls
        loop = QEventLoop()
        outcome: dict[str, Any] = {}

        def deliver(kind: str, value: Any) -> None:
            outcome[kind] = value
            loop.quit()

        self._waiting[call] = loop
        try:
            _start(self._db_thread, lambda _progress: work(), deliver)
            while not outcome:  # the outcome arrives as a queued signal, delivered by this loop
                loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        finally:
            del self._waiting[call]
        if "error" in outcome:
            raise outcome.pop("error")
        return outcome.pop("result")

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
        dialog.setWindowTitle(title)
        dialog.setMinimumDuration(400)  # quick work finishes before the dialog would flash up

        def set_progress(done: int, total: int, text: str) -> None:
            if not shiboken6.isValid(dialog):  # its parent, the screen that asked, was closed
                return
            dialog.setMaximum(total)
            dialog.setValue(done)
            if text:
                dialog.setLabelText(text)

        def gone() -> bool:
            # the screen that asked was closed meanwhile, or the program is shutting down: nobody to
            # tell, and a message box then would open over windows being torn down
            if self._shut:
                return True
            return parent is not None and not shiboken6.isValid(parent)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, Cancelled) or gone():
                return
            if on_failed is not None:
                on_failed(exc)
            elif isinstance(exc, PlannerError):
                self.report(exc, parent)
            else:
                QMessageBox.critical(parent, tr("Delegation Planner"), f"{type(exc).__name__}: {exc}")

        def deliver(kind: str, value: Any) -> None:
            self._tasks.discard(token)
            if shiboken6.isValid(dialog):
                dialog.reset()
                dialog.deleteLater()
            if kind == "error":
                failed(value)
            elif not gone():
                on_done(value)

        token, progress = _start(QThreadPool.globalInstance(), work, deliver, set_progress)
        self._tasks.add(token)
        dialog.canceled.connect(progress.cancel)
        return progress

    def run_quietly(self, work: Callable[[], T], on_done: Callable[[T], None]) -> None:
        """Run short background work (a conflict re-check) with no dialog; ``on_done`` on the GUI thread.

        Errors are dropped: the caller's screen keeps what it showed, and the next edit tries again.
        """

        def deliver(kind: str, value: Any) -> None:
            if kind == "result" and not self._shut:
                on_done(value)

        _start(QThreadPool.globalInstance(), lambda _progress: work(), deliver)

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
