"""What the office decides about every printed document: its name, its emblem, the language."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from planner.documents.catalogue import check_language
from planner.domain.errors import ValidationError
from planner.domain.kinds import Language
from planner.domain.zones import zone_city, zone_offset


@dataclass(frozen=True)
class DocumentSettings:
    """Settings passed to every builder.

    ``organisation`` heads every page; empty means the visit's host organisation. ``emblem_path`` is an
    optional PNG or JPEG printed beside it. ``printed_on`` is the date in the footer (default: today,
    with the time of printing). ``programme_version`` is the visit's programme version the document
    shows, printed in the footer too (None: a document of no one visit). ``zone`` is the time zone every
    time on the page is in (the visit's host zone, an IANA name): the date and time of printing are
    given in it, and the time names it when the computer's clock is in another zone (empty: the
    computer's clock). ``unbroken`` are the words of people's names: never hyphenated.
    """

    organisation: str = ""
    emblem_path: Path | None = None
    language: str = Language.RU.value
    printed_on: date | None = None
    programme_version: int | None = None
    zone: str = ""
    unbroken: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        check_language(self.language)
        if self.emblem_path is not None and not Path(self.emblem_path).is_file():
            raise ValidationError(f"the emblem image {self.emblem_path} does not exist or is not a file")

    def _now(self) -> datetime:
        """Now in the document's zone (the computer's when it has none or it is unknown)."""
        moment = _now()
        try:
            return moment.astimezone(ZoneInfo(self.zone)) if self.zone else moment.astimezone()
        except (ZoneInfoNotFoundError, ValueError):
            return moment.astimezone()

    def print_date(self) -> date:
        """The date printed in the footer."""
        return self.printed_on or self._now().date()

    def print_time(self) -> str:
        """The time of printing for the footer ("11:05"), in the document's zone, naming it in the
        document's language ("11:05 (Атырау)"; its offset where the language names no city for it) when
        the computer's clock shows another time; empty when the date was given (a reprint)."""
        if self.printed_on is not None:
            return ""
        now = self._now()
        if self.zone and now.utcoffset() != now.astimezone().utcoffset():
            named = zone_city(self.zone, self.language) or zone_offset(self.zone, now.date())
            return f"{now:%H:%M} ({named})"
        return f"{now:%H:%M}"


def _now() -> datetime:
    """The moment of printing (a function, so tests can fix the clock)."""
    return datetime.now(UTC)
