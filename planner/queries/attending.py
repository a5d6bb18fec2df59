"""Who attends an item: its listed attendees and the members of its groups.

The one read-side rule the check (``slot_rows``), the printed documents (``documents.reader``) and the
screens (the item dialog's count, the Meetings page's guests and hosts) count people by: a group ticked
for an item brings all its people, a person listed besides counts once.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping


def people_attending(
    attendee_ids: Iterable[int], group_ids: Iterable[int], members: Mapping[int, Iterable[int]]
) -> set[int]:
    """The ids of everyone attending: ``attendee_ids`` and the members (``members``: group id -> member
    ids) of the groups ``group_ids``."""
    people = set(attendee_ids)
    for group_id in group_ids:
        people.update(members.get(group_id, ()))
    return people
