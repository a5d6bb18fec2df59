"""What the office decides about every printed document: its name, its emblem, the language."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from planner.documents.catalogue import check_language
from planner.domain.errors import ValidationError
from planner.domain.kinds import Language


@dataclass(frozen=True)
class DocumentSettings:
    """Settings passed to every builder.

    ``organisation`` heads every page; empty means the visit's host organisation. ``emblem_path`` is an
    optional PNG or JPEG printed beside it. ``printed_on`` is the date in the footer (default: today,
    with the time of printing). ``programme_version`` is the visit's programme version the document
    shows, printed in the footer too (None: a document of no one visit).
    """

    organisation: str = ""
    emblem_path: Path | None = None
    language: str = Language.RU.value
    printed_on: date | None = None
    programme_version: int | None = None

    def __post_init__(self) -> None:
        check_language(self.language)
        if self.emblem_path is not None and not Path(self.emblem_path).is_file():
            raise ValidationError(f"the emblem image {self.emblem_path} does not exist or is not a file")

    def print_date(self) -> date:
        """The date printed in the footer."""
        return self.printed_on or date.today()

    def print_time(self) -> str:
        """The time of printing for the footer ("11:05"); empty when the date was given (a reprint)."""
        return "" if self.printed_on is not None else f"{datetime.now():%H:%M}"
