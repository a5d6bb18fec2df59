"""Errors the core raises for bad input; each carries a message a person can act on."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


class PlannerError(Exception):
    """Base of every error the core reports to a user (exit code 2 on the command line)."""


class NotFoundError(PlannerError):
    """A referenced record (visit, participant, item...) does not exist."""


class DatabaseError(PlannerError):
    """The database file cannot be opened or is not a Delegation Planner database."""


class ConcurrencyError(PlannerError):
    """Someone else saved a newer version of the record since it was read; reload before editing."""


@dataclass(frozen=True)
class Problem:
    """One problem in imported data: where it is (a JSON path or a row/column) and why it is wrong.

    ``reason`` is the English sentence (the command line and the logs show it). ``key`` and ``params``,
    when given, name the same sentence in the message catalogue (:mod:`planner.domain.messages`), so the
    interface can say it in its own language; they take no part in comparing problems.
    """

    where: str
    reason: str
    key: str = field(default="", compare=False)
    params: Mapping[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}" if self.where else self.reason


class ValidationError(PlannerError):
    """Input broke one or more rules; ``problems`` lists every one of them."""

    def __init__(self, problems: list[Problem] | Problem | str) -> None:
        if isinstance(problems, str):
            problems = [Problem("", problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems: list[Problem] = list(problems)
        super().__init__(self._summary())

    def _summary(self) -> str:
        lines = [str(p) for p in self.problems[:50]]
        if len(self.problems) > 50:
            lines.append(f"... and {len(self.problems) - 50} more problems")
        return "\n".join(lines)
