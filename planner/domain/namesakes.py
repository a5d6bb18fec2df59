"""Namesakes: two people of one visit with the same name are told apart by what stands beside it.

One rule for paper and screen: a person whose name no one else in the visit has is shown by the name
alone; namesakes get their position, else their organisation, else both: ``Иванов Иван (Министр)``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Namesake:
    """What tells a person apart: their id, the name shown, position and organisation."""

    id: int
    name: str
    title: str
    organisation: str


def same_name(name: str) -> str:
    """A name compared the way people read it: case, ё/е and spacing do not matter."""
    return " ".join(name.replace("ё", "е").replace("Ё", "Е").split()).casefold()


def distinguished_names(people: Iterable[Namesake]) -> dict[int, str]:
    """Each person's name as shown, by id in the order given: namesakes with what tells them apart in
    brackets."""
    listed = list(people)
    groups: dict[str, list[Namesake]] = defaultdict(list)
    for person in listed:
        groups[same_name(person.name)].append(person)
    shown: dict[int, str] = {}
    for group in groups.values():
        for person in group:
            beside = _distinction(person, group) if len(group) > 1 else ""
            shown[person.id] = f"{person.name} ({beside})" if beside else person.name
    return {person.id: shown[person.id] for person in listed}  # in the order given


def _distinction(person: Namesake, group: list[Namesake]) -> str:
    """The first of position, organisation, or both, that no namesake shares (else the first given)."""
    ways: tuple[Callable[[Namesake], str], ...] = (
        lambda p: p.title,
        lambda p: p.organisation,
        lambda p: ", ".join(x for x in (p.title, p.organisation) if x),
    )
    for way in ways:
        mine = way(person)
        if mine and all(same_name(way(other)) != same_name(mine) for other in group if other is not person):
            return mine
    return person.title or person.organisation
