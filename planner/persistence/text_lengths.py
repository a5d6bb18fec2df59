"""Every text goes into its column whole, or is refused with a sentence before the database sees it.

A column of ``String(n)`` holds at most ``n`` characters. SQLite does not enforce it and PostgreSQL ends
the transaction with an error (a 3,000-character name imported into a file database broke the move to
the shared server), so each new or changed row is measured here, before every flush, on both.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Insert, String, Table, Update, event, inspect
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction

from planner.domain.errors import Problem, ValidationError
from planner.persistence.audit import AuditedSession


def _problem(what: str, field: str, value: str, limit: int) -> Problem:
    return Problem(
        field,
        f"is {len(value):,} characters long, but a {what}'s {field.replace('_', ' ')} holds at most"
        f" {limit:,}; shorten it",
    )


def too_long(row: Any) -> list[Problem]:
    """The text fields of a mapped row longer than their column holds."""
    problems = []
    mapper = inspect(row).mapper
    for column in mapper.columns:
        limit = getattr(column.type, "length", None)
        if not isinstance(column.type, String) or not limit:
            continue
        value = getattr(row, column.key, None)
        if isinstance(value, str) and len(value) > limit:
            problems.append(_problem(mapper.class_.__name__.lower(), column.key, value, limit))
    return problems


def too_long_values(table: Table, rows: list[dict[str, Any]]) -> list[Problem]:
    """The texts of rows written to ``table`` by a Core insert or update longer than their columns."""
    limits = {c.key: c.type.length for c in table.columns if isinstance(c.type, String) and c.type.length}
    what = table.name.removesuffix("s").replace("_", " ")
    return [
        _problem(what, key, value, limits[key])
        for row in rows
        for key, value in row.items()
        if isinstance(value, str) and key in limits and len(value) > limits[key]
    ]


@event.listens_for(AuditedSession, "before_flush")
def _refuse_texts_too_long(session: Session, _flush: UOWTransaction, _instances: Any) -> None:
    problems = [p for row in (*session.new, *session.dirty) for p in too_long(row)]
    if problems:
        raise ValidationError(problems)


@event.listens_for(AuditedSession, "do_orm_execute")
def _refuse_core_texts_too_long(state: ORMExecuteState) -> None:
    statement = state.statement
    if not isinstance(statement, Insert | Update) or not isinstance(statement.table, Table):
        return
    params: Any = state.parameters
    rows: list[Any] = list(params) if isinstance(params, list | tuple) else [params] if params else []
    problems = too_long_values(statement.table, [dict(r) for r in rows if isinstance(r, Mapping)])
    if problems:
        raise ValidationError(problems)
