"""People in a visit file are named by their key (``P01``); a reference by full name still reads.

Files written by hand or by other tools sometimes name a person where a key belongs (an attendee, a group
member, a passenger). Such a reference is replaced by the key of the one participant of that name; a name
two participants share (namesakes) is refused with both of them named, never guessed.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from typing import Any

from planner.domain.errors import Problem


def _name_key(name: str) -> str:
    return re.sub(r"\s+", " ", name.replace("ё", "е").replace("Ё", "Е")).strip().casefold()


# (path to the value, the value, a setter that replaces it)
_Ref = tuple[list[str | int], Any, Callable[[str], None]]


def _person_references(data: dict[str, Any]) -> Iterator[_Ref]:
    """Every place in the file that names a participant, in document order."""

    def slot(container: Any, name: str | int) -> Callable[[str], None]:
        def put(value: str) -> None:
            container[name] = value

        return put

    def each(rows: Any) -> Iterator[tuple[int, Any]]:
        return enumerate(rows if isinstance(rows, list) else [])

    for g, group in each(data.get("groups")):
        for m, member in each(group.get("members")):
            yield ["groups", g, "members", m], member, slot(group["members"], m)
    for i, item in each(data.get("itinerary")):
        if item.get("responsible_host") is not None:
            yield (
                ["itinerary", i, "responsible_host"],
                item["responsible_host"],
                slot(item, "responsible_host"),
            )
        for a, person in each(item.get("attendees")):
            yield ["itinerary", i, "attendees", a], person, slot(item["attendees"], a)
    for m, meeting in each(data.get("meetings")):
        for o, outcome in each(meeting.get("outcomes")):
            for a, action in each(outcome.get("action_items")):
                if action.get("owner") is not None:
                    path: list[str | int] = ["meetings", m, "outcomes", o, "action_items", a, "owner"]
                    yield path, action["owner"], slot(action, "owner")
    for d, doc in each(data.get("signed_documents")):
        for s, signer in each(doc.get("signatories")):
            if signer.get("participant") is not None:
                path = ["signed_documents", d, "signatories", s, "participant"]
                yield path, signer["participant"], slot(signer, "participant")
    for v, vehicle in each(data.get("vehicles")):
        for p, seat in each(vehicle.get("passengers")):
            yield (
                ["vehicles", v, "passengers", p, "participant"],
                seat.get("participant"),
                slot(seat, "participant"),
            )
    planning = data.get("planning")
    if isinstance(planning, dict):
        for n, stay in each(planning.get("stays")):
            if stay.get("for") != "visit":
                yield ["planning", "stays", n, "for"], stay.get("for"), slot(stay, "for")


def resolve_person_names(data: dict[str, Any], json_path: Callable[[list[str | int]], str]) -> list[Problem]:
    """Replace each reference by full name with that participant's key, in place; return the references
    that name two participants (namesakes) or more, each naming them all.

    A value that is a key of any kind stays as it is (a key wins over a name), so files that use keys, as
    the program writes them, are untouched.
    """
    people = [p for p in data.get("participants", []) if isinstance(p, dict)]
    keys = {p.get("key") for p in people}
    keys |= {g.get("key") for g in data.get("groups", []) if isinstance(g, dict)}
    named: dict[str, list[int]] = defaultdict(list)
    for index, person in enumerate(people):
        if isinstance(person.get("full_name"), str):
            named[_name_key(person["full_name"])].append(index)
    problems: list[Problem] = []
    for path, value, put in _person_references(data):
        if not isinstance(value, str) or value in keys:
            continue
        found = named.get(_name_key(value), [])
        if len(found) == 1:
            put(people[found[0]]["key"])
        elif len(found) > 1:
            who = "; ".join(
                f"$.participants[{i}] (key {people[i]['key']!r}"
                + "".join(f", {people[i][f]}" for f in ("title", "organisation") if people[i].get(f))
                + ")"
                for i in found
            )
            problems.append(
                Problem(
                    json_path(path),
                    f"{value!r} names {len(found)} participants with the same name: {who}; write the key of"
                    " the one meant",
                )
            )
    return problems
