"""The unit of work: one transaction per user action, committed explicitly or rolled back."""

from __future__ import annotations

from types import TracebackType
from typing import TYPE_CHECKING

from planner.persistence.db import Database

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session, sessionmaker


class UnitOfWork:
    """Open a transaction on enter; roll back on exit unless ``commit()`` was called.

    Services take a unit of work so that a whole user action is one transaction. Given a ``Database``
    (rather than its session factory) the ORM session is made only when ``session`` is first used: a
    read that needs only ``connection`` (Core) never loads the ORM, which keeps the desktop app's
    first screen quick. Session and connection, whichever comes first, share one transaction.
    """

    def __init__(self, sessions: sessionmaker[Session] | Database) -> None:
        self._source = sessions
        self._open = False
        self._session: Session | None = None
        self._connection: Connection | None = None

    @property
    def session(self) -> Session:
        """The ORM session of the open transaction."""
        if not self._open:
            raise RuntimeError("the unit of work is not open; use it in a 'with' block")
        if self._session is None:
            source = self._source
            factory = source.sessions if isinstance(source, Database) else source
            if self._connection is not None:
                # a Core read came first: the session joins its transaction (commit() ends both)
                self._session = factory(bind=self._connection)
            else:
                self._session = factory()
                self._session.begin()
        return self._session

    @property
    def connection(self) -> Connection:
        """A Core connection in the open transaction (the session's, once there is a session)."""
        if not self._open:
            raise RuntimeError("the unit of work is not open; use it in a 'with' block")
        if self._session is not None:
            if self._session.autoflush:
                self._session.flush()  # a Core read sees pending changes, as an ORM query would
            return self._session.connection()  # the unit's own connection once the session joined it
        if self._connection is None:
            if not isinstance(self._source, Database):  # made from a session factory: go through a session
                return self.session.connection()
            self._connection = self._source.engine.connect()
        return self._connection

    def __enter__(self) -> UnitOfWork:
        self._open = True
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._open = False
        session, connection = self._session, self._connection
        self._session = self._connection = None
        try:
            if session is not None:
                try:
                    session.rollback()
                finally:
                    session.close()
        finally:
            if connection is not None:
                connection.close()  # rolls back what was not committed

    def commit(self) -> None:
        """Commit the transaction; what follows in the same block starts a new one."""
        if self._session is not None:
            self.session.commit()
        if self._connection is not None:
            self._connection.commit()

    def flush(self) -> None:
        """Send pending changes so generated ids are known, without committing."""
        self.session.flush()
