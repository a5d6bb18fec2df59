"""Enumerations of the domain, stored in the database by their string value."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import StrEnum


class Side(StrEnum):
    """Which side of the visit a participant is on."""

    GUEST = "guest"
    HOST = "host"


class VisitStatus(StrEnum):
    """Life cycle of a visit, from the first notice to the archive."""

    DRAFT = "draft"
    PLANNED = "planned"
    CONFIRMED = "confirmed"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    ARCHIVED = "archived"


class ItemKind(StrEnum):
    """What an itinerary item is; decides its colour, its icon and the rules that apply."""

    ARRIVAL = "arrival"
    DEPARTURE = "departure"
    SITE_VISIT = "site_visit"
    MEETING = "meeting"
    MEAL = "meal"
    TRANSFER = "transfer"
    CEREMONY = "ceremony"
    PRESS = "press"
    CULTURAL = "cultural"
    BRIEFING = "briefing"
    FREE_TIME = "free_time"


class MeetingFormat(StrEnum):
    """Format of talks: narrow (heads only), extended (with delegations), one-to-one, plenary."""

    NARROW = "narrow"
    EXTENDED = "extended"
    ONE_ON_ONE = "one_on_one"
    PLENARY = "plenary"
    ROUND_TABLE = "round_table"


class ActionStatus(StrEnum):
    """State of an action item or a commitment."""

    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    LATE = "late"
    CANCELLED = "cancelled"


class DocumentType(StrEnum):
    """Kind of signed document."""

    AGREEMENT = "agreement"
    MEMORANDUM = "memorandum"
    PLAN = "plan"
    PROTOCOL = "protocol"
    CONTRACT = "contract"
    DECLARATION = "declaration"


class DocumentStatus(StrEnum):
    """State of a signed document."""

    DRAFT = "draft"
    SIGNED = "signed"
    IN_FORCE = "in_force"
    EXPIRED = "expired"
    TERMINATED = "terminated"


class VehicleKind(StrEnum):
    """Kind of vehicle in a motorcade."""

    CAR = "car"
    MINIVAN = "minivan"
    MINIBUS = "minibus"
    BUS = "bus"
    ESCORT = "escort"
    MOTORCYCLE = "motorcycle"


class GiftDirection(StrEnum):
    """Whether the host side gave a gift or received it (the gifts register)."""

    GIVEN = "given"
    RECEIVED = "received"


class TravelMode(StrEnum):
    """How a person arrives or leaves (empty in the database: not known yet)."""

    FLIGHT = "flight"
    TRAIN = "train"
    CAR = "car"
    OTHER = "other"


class Language(StrEnum):
    """Languages a text shown to guests may be written in."""

    RU = "ru"
    KK = "kk"
    EN = "en"


def localized(default: str, translations: dict[str, str] | None, lang: str | None) -> str:
    """Return the text in ``lang`` if it exists, else the default text (the fallback rule)."""
    if lang and translations:
        text = translations.get(lang)
        if text:
            return text
    return default


def localized_list(
    default: Sequence[str], translations: Mapping[str, Sequence[str]] | None, lang: str | None
) -> tuple[str, ...]:
    """A list of texts (a document's parties) in ``lang``: its translation when there is one as long as
    ``default``, else ``default`` as typed; a blank translated entry falls back to its typed one."""
    if lang and translations:
        shown = translations.get(lang)
        if shown and len(shown) == len(default):
            return tuple(t or d for t, d in zip(shown, default, strict=True))
    return tuple(default)
