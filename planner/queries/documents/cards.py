"""The people a visit's place cards and badges are printed for, in protocol order and the chosen languages.

A card may carry the name in a second language or script (Kazakh under Russian, English under Kazakh):
each person's line then holds the name, position and organisation as documents in that language print
them, else nothing when they read the same.
"""

from __future__ import annotations

from dataclasses import dataclass

from planner.persistence.uow import UnitOfWork
from planner.queries.documents.reader import PersonLine, VisitHeader, VisitReader, protocol_key


@dataclass(frozen=True)
class CardPerson:
    """One person on a card or badge: their line in the document's language and, if asked, in a second."""

    person: PersonLine
    second: PersonLine | None  # None: no second language asked, or it reads the same

    @property
    def second_name(self) -> str:
        """The name in the second language, or "" when it reads the same as the first."""
        if self.second is None or self.second.name == self.person.name:
            return ""
        return self.second.name


@dataclass(frozen=True)
class CardsData:
    """Everyone of a visit in protocol order (guests first, then hosts), for cards and badges."""

    visit: VisitHeader
    people: tuple[CardPerson, ...]


def cards_data(
    uow: UnitOfWork,
    visit_id: int,
    lang: str,
    second_language: str | None = None,
    participant_ids: tuple[int, ...] | None = None,
) -> CardsData:
    """The visit's people (or the chosen ones) in protocol order, in ``lang`` and ``second_language``."""
    reader = VisitReader(uow, visit_id, lang)
    second = (
        VisitReader(uow, visit_id, second_language).people
        if second_language and second_language != lang
        else {}
    )
    ordered = sorted(reader.people.values(), key=protocol_key)
    if participant_ids is not None:
        from planner.domain.errors import ValidationError

        chosen = set(participant_ids)
        unknown = chosen - set(reader.people)
        if unknown:
            raise ValidationError(
                f"participant {', '.join(map(str, sorted(unknown)))} is not in visit {visit_id}; "
                "give ids from the delegation list"
            )
        ordered = [p for p in ordered if p.id in chosen]
    return CardsData(reader.header, tuple(CardPerson(p, second.get(p.id)) for p in ordered))
