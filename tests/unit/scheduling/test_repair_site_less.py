"""A repair around an item with no site (issue 11): a press point "in the hotel" is held where the group
is, so the drive from the site before it to the site after it must fit around it, as ``check`` says."""

from __future__ import annotations

from planner.scheduling.conflicts import check_slots
from planner.scheduling.planner import apply_to_slots
from planner.scheduling.repair import repair_slots
from tests.unit.scheduling.helpers import DAY1, at, make_facts, slot
from tests.unit.scheduling.test_repair import GROUPS, SITES


def test_an_overrun_before_a_press_point_with_no_site_leaves_the_drive_around_it() -> None:
    facts = make_facts(SITES, groups=GROUPS, overrides={(2, 3): 30})
    people, groups = GROUPS[1], {1}
    slots = [
        slot(1, at(DAY1, "09:00"), at(DAY1, "10:00"), site_id=1, people=people, groups=groups, title="Порт"),
        slot(2, at(DAY1, "10:05"), at(DAY1, "10:30"), site_id=2, people=people, groups=groups, title="Завод"),
        slot(
            3,
            at(DAY1, "11:00"),
            at(DAY1, "11:30"),
            people=people,
            groups=groups,
            kind="press",
            pinned=True,
            title="Подход к прессе в гостинице",
        ),
        slot(4, at(DAY1, "11:40"), at(DAY1, "12:10"), site_id=3, people=people, groups=groups, title="Школа"),
    ]
    assert [c for c in check_slots(slots, facts) if c.severity == "error"] == []
    # the plant runs until 10:55: 5 minutes before the press point and 10 after it are not 30 to drive
    proposal = repair_slots(slots, facts, 2, at(DAY1, "10:55"))
    assert proposal.errors_after == []
    after = {s.id: s for s in apply_to_slots(slots, proposal, facts)}
    assert (after[3].start, after[3].end) == (slots[2].start, slots[2].end)  # pinned
    # 25 of the 30 minutes' drive are left after the press point
    assert after[4].start >= at(DAY1, "11:55")
    assert [c for c in check_slots(list(after.values()), facts) if c.severity == "error"] == []
