"""The Changes value: combining, the kinds' names screens subscribe to, reading it off a result."""

from __future__ import annotations

from planner.services.changes import NOTHING, Changes, DataKind, changes_of
from planner.services.editing import Created


def test_combining_joins_kinds_and_keeps_each_item_once_in_order() -> None:
    first = Changes.of(DataKind.ITEMS, item_ids=[3, 1])
    second = Changes.of(DataKind.ITEMS, DataKind.MEETINGS, item_ids=[1, 7])
    both = first | second
    assert both.kinds == {DataKind.ITEMS, DataKind.MEETINGS}
    assert both.item_ids == (3, 1, 7)
    assert first | NOTHING == first


def test_kinds_compare_as_the_names_screens_subscribe_to() -> None:
    assert Changes.of(DataKind.ITEMS).kinds & frozenset({"items", "sites"}) == {"items"}
    assert Changes.everything().kinds == frozenset(
        {"visits", "items", "participants", "sites", "meetings", "documents", "vehicles", "settings", "gifts"}
    )


def test_nothing_is_false_and_a_result_carries_its_changes() -> None:
    assert not NOTHING and Changes.of(DataKind.SITES)
    created = Created(5, changes=Changes.of(DataKind.SITES))
    assert changes_of(created) == Changes.of(DataKind.SITES)
    assert changes_of(Changes.of(DataKind.VEHICLES)) == Changes.of(DataKind.VEHICLES)
    assert changes_of(12) == NOTHING  # an export returns a count and changes nothing
