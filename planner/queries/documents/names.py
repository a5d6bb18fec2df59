"""The words of people's names a document may print, which it never hyphenates.

A protocol office does not split a surname or a patronymic over two lines ("Тлеуова Жанар Ербо-ловна");
the PDF builders hyphenate every other word of a narrow column. The words are read here, in every
language the names are stored in, and handed to the builders with the document's settings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlalchemy import select

from planner.persistence.tables import Participant, Site, Vehicle
from planner.persistence.uow import UnitOfWork

SHORTEST = 4  # a shorter word is never hyphenated anyway
_MARKS = "«»‹›“”„‘’\"'()[].,;:!?"
_SPACES = re.compile(r"[\s-]+")


def name_words(uow: UnitOfWork, visit_id: int | None = None) -> frozenset[str]:
    """The words of the names of the visit's participants and drivers and of the sites' contacts, as
    typed and in each translation (every visit's, when ``visit_id`` is None: a report of a partner
    region covers several); in an open unit of work."""
    session = uow.session
    people = select(Participant.full_name, Participant.name_i18n)
    drivers = select(Vehicle.driver_name, Vehicle.driver_name_i18n)
    if visit_id is not None:
        people = people.where(Participant.visit_id == visit_id)
        drivers = drivers.where(Vehicle.visit_id == visit_id)
    names: list[str] = []
    for name, translations in [*session.execute(people), *session.execute(drivers)]:
        names += [name, *(translations or {}).values()]
    names += session.scalars(select(Site.contact_name).where(Site.contact_name != ""))
    return words_of(names)


def words_of(names: Iterable[str]) -> frozenset[str]:
    """The words of ``names`` as a hyphenator is offered them: without the marks around them, and the
    parts of a double name ("Иванова-Петрова") besides the whole."""
    found: set[str] = set()
    for name in names:
        for word in (name or "").split():
            word = word.strip(_MARKS)
            parts = [word, *_SPACES.split(word)] if "-" in word else [word]
            found.update(part for part in parts if len(part) >= SHORTEST)
    return frozenset(found)
