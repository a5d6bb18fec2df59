"""Benchmarks of the itinerary engine; prints each figure with the command that produced it.

Run from the repository root: ``uv run python bench/bench_scheduling.py`` (``--quick`` for a smaller run,
``--only check|plan|plan-stay|rc208`` for one of them).

1. ``check`` over a 100,000-item visit, loading from SQLite included (database built here once).
2. ``plan`` of 45 sites over 2 days with 2 groups: time to the first feasible plan, and travel
   minutes against a nearest-neighbour greedy baseline built in this script; the last variant (alone:
   ``--only plan-stay``) has meals as a rule, an arrival and a departure, boarding time and a 5-min grid.
   Under each city, "same sites" is the planner routing exactly the sites each baseline placed (all made
   required), so routing quality reads apart from site choice, and the optional sites each took by
   priority show what the plan's extra road minutes bought.
3. The plain solver, OR-Tools then PyVRP, on Solomon's RC208 (100 customers, 25 vehicles of capacity
   1000), in bench/data/solomon_rc208.vrp (copied from PyVRP's test data, MIT licence, pyvrp 0.14.1
   sdist), against the best-known distance 776.1 with 4 routes given in PyVRP's RC208.sol.
"""

from __future__ import annotations

import argparse
import math
import random
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert  # noqa: E402

from planner.persistence.db import Database, open_database  # noqa: E402
from planner.persistence.tables import (  # noqa: E402
    Delegation,
    Group,
    ItineraryItem,
    Participant,
    Site,
    Visit,
    group_members,
    item_attendees,
    item_groups,
)
from planner.persistence.uow import UnitOfWork  # noqa: E402
from planner.queries.scheduling_input import load_check_input, load_facts, load_slots, load_titles  # noqa: E402
from planner.scheduling.conflicts import check_pending, check_slots  # noqa: E402
from planner.scheduling.facts import SiteFacts, Slot, VisitFacts  # noqa: E402
from planner.scheduling.planner import (  # noqa: E402
    UnplacedError,
    apply_to_slots,
    lane_travel,
    lanes_of,
    plan_slots,
)
from planner.scheduling.rules import Bound, MealRule, PlanningRules, Stay, Stays  # noqa: E402
from planner.scheduling.solver import RoutingProblem, Stop, Vehicle, route_travel, solution_keys, solve  # noqa: E402
from planner.scheduling.travel import Boarding, TravelSettings, TravelTimes  # noqa: E402

COMMAND = "uv run python bench/bench_scheduling.py"  # run from the repository root
TZ = "Asia/Atyrau"
RC208_BEST_KNOWN = 776.1


# ------------------------------------------------------------------------------------------ 1. check
def build_large_visit(db: Database, groups: int, days: int, per_day: int, seed: int = 7) -> int:
    """A visit of groups x days x per_day items: each group's day is 8 site visits (one a meal) of
    40 min every 65 min from 09:00 over 200 sites; every 4th item also lists a host as attendee.
    Lunch-closed sites (one in five) give a realistic sprinkle of conflicts."""
    rng = random.Random(seed)
    tz = ZoneInfo(TZ)
    start = date(2024, 1, 1)
    with db.sessions.begin() as s:
        now = datetime.now(UTC)
        visit = Visit(
            delegation=Delegation(name="Нагрузочная делегация", home_timezone="Europe/Astrakhan"),
            title="100k",
            host_timezone=TZ,
            start_date=start,
            end_date=start + timedelta(days=days - 1),
            created_at=now,
            updated_at=now,
        )
        s.add(visit)
        s.flush()
        site_ids = list(
            s.scalars(
                insert(Site).returning(Site.id),
                [
                    {
                        "name": f"Объект нагрузки {n}",
                        "address": f"ул. Тестовая, {n}",
                        "latitude": 47.08 + rng.random() * 0.04,
                        "longitude": 51.88 + rng.random() * 0.06,
                        "opening_hours": "Mo-Su 08:00-13:00,14:00-20:00"
                        if n % 5 == 0
                        else "Mo-Su 08:00-20:00",
                    }
                    for n in range(200)
                ],
            )
        )
        people = list(
            s.scalars(
                insert(Participant).returning(Participant.id),
                [
                    {"visit_id": visit.id, "side": "guest", "full_name": f"Участник {n}", "protocol_rank": n}
                    for n in range(groups * 4)
                ],
            )
        )
        hosts = list(
            s.scalars(
                insert(Participant).returning(Participant.id),
                [
                    {
                        "visit_id": visit.id,
                        "side": "host",
                        "full_name": f"Сопровождающий {n}",
                        "protocol_rank": n,
                    }
                    for n in range(groups)
                ],
            )
        )
        gids = list(
            s.scalars(
                insert(Group).returning(Group.id),
                [{"visit_id": visit.id, "name": f"Группа {g}"} for g in range(groups)],
            )
        )
        s.execute(
            insert(group_members),
            [
                {"group_id": gids[g], "participant_id": people[g * 4 + k]}
                for g in range(groups)
                for k in range(4)
            ],
        )
        rows = []
        for day in range(days):
            for g in range(groups):
                t = datetime.combine(start + timedelta(days=day), clock(9, 0), tz)
                for k in range(per_day):
                    rows.append(
                        {
                            "visit_id": visit.id,
                            "kind": "meal" if k == 3 else "site_visit",
                            "title": f"Пункт {day}-{g}-{k}",
                            "starts_at": t,
                            "ends_at": t + timedelta(minutes=40),
                            "site_id": rng.choice(site_ids),
                        }
                    )
                    t += timedelta(minutes=65)
        ids = list(
            s.scalars(insert(ItineraryItem).returning(ItineraryItem.id, sort_by_parameter_order=True), rows)
        )
        links, attendees = [], []
        for n, item_id in enumerate(ids):
            g = (n // per_day) % groups
            links.append({"item_id": item_id, "group_id": gids[g]})
            if n % 4 == 0:
                attendees.append({"item_id": item_id, "participant_id": hosts[g]})
        s.execute(insert(item_groups), links)
        s.execute(insert(item_attendees), attendees)
        return visit.id


def bench_check(items: int, repeats: int) -> None:
    groups, per_day = 50, 8
    days = max(1, items // (groups * per_day))
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "large.db")
        t0 = time.perf_counter()
        visit_id = build_large_visit(db, groups, days, per_day)
        built = time.perf_counter() - t0
        walls, cpus, loads = [], [], []
        conflicts: list = []
        count = 0
        for _ in range(repeats):
            w0, c0 = time.perf_counter(), time.process_time()
            # as planner.services.planning.check_visit: the rules run with no transaction open, then a
            # short read fetches the titles their messages name (names in the sentences' language)
            with UnitOfWork(db.sessions) as uow:
                slots, facts = load_check_input(uow, visit_id, lang="en")
                w1 = time.perf_counter()
            pending = check_pending(slots, facts)
            with UnitOfWork(db.sessions) as uow:
                titles = load_titles(uow.session, pending.title_ids, "en")
            conflicts = pending.conflicts(titles)
            walls.append(time.perf_counter() - w0)
            cpus.append(time.process_time() - c0)
            loads.append(w1 - w0)
            count = len(slots)
        db.dispose()
    errors = sum(c.severity == "error" for c in conflicts)
    print(
        f"\n[1] check over a {count:,}-item visit ({groups} groups x {days} days x {per_day} items),"
        " loading included"
    )
    print(
        f"    command: {COMMAND} --only check --check-items {items} --check-repeats {repeats}"
        f"   (database built in {built:.1f} s, not counted)"
    )
    print(
        f"    wall: median {statistics.median(walls):.3f} s, best {min(walls):.3f} s over {repeats} runs"
        f" (loading {statistics.median(loads):.3f} s of it); CPU median {statistics.median(cpus):.3f} s"
    )
    print(f"    found {len(conflicts):,} conflicts ({errors:,} errors: lunch-closed sites); target 0.3 s")


# ------------------------------------------------------------------------------------------- 2. plan
def city_visit(
    sites: int, seed: int, appointments: bool = True, either_group: bool = False, stay_rules: bool = False
) -> tuple[list[Slot], VisitFacts]:
    """45 Atyrau-like sites over 2 days with 2 groups; with ``appointments``, also a pinned arrival,
    talks, two lunches and the signing that both groups must drive to. Each site visit is for one
    group, or with ``either_group`` for no group yet (the planner, like the greedy, chooses which).

    With ``stay_rules`` the visit is bounded and fed as a protocol office sets it up (issue 11): the
    arrival at the border crossing (site 1) at 09:00 on day 1 and the departure from it at 16:00 on
    day 2 bound the programme, the talks are at 10:15 and the signing at 14:30 on day 2, lunch is a
    rule (12:00-14:30, 60 min for each group; no pinned lunches), 5 minutes to board on every
    transfer, and a 5-minute grid."""
    rng = random.Random(seed)
    d1, d2 = date(2023, 5, 11), date(2023, 5, 12)
    hours = ["", "Mo-Fr 09:00-18:00", "Mo-Fr 09:00-13:00,14:00-18:00", "Mo-Su 10:00-19:00"]
    site_facts = {
        n: SiteFacts(
            n,
            f"Объект {n}",
            rng.choice(hours) if n > 3 else "",
            45,
            (47.06 + rng.random() * 0.10, 51.84 + rng.random() * 0.16),
        )
        for n in range(1, sites + 4)
    }
    members = {1: frozenset(range(1, 12)), 2: frozenset(range(12, 20))}
    facts = VisitFacts(
        tz_name=TZ,
        start_date=d1,
        end_date=d2,
        day_start=clock(9, 0),
        day_end=clock(18, 0),
        sites=site_facts,
        travel=TravelTimes({s.id: s.coords for s in site_facts.values()}, {}, TravelSettings(40, 1.3)),
        people={p: f"Участник {p}" for p in range(1, 20)},
        groups={1: "Официальная делегация", 2: "Деловая делегация"},
        group_members=members,
        visit_id=None,
    )
    tz = ZoneInfo(TZ)

    def at(day: date, hhmm: str) -> int:
        h, m = map(int, hhmm.split(":"))
        return int(datetime.combine(day, clock(h, m), tz).timestamp())

    everyone = members[1] | members[2]
    slots = [
        Slot(1, "arrival", "Встреча", at(d1, "09:00"), at(d1, "09:30"), 1, True, everyone, frozenset({1, 2})),
        Slot(
            2, "meeting", "Переговоры", at(d1, "10:00"), at(d1, "11:30"), 2, True, members[1], frozenset({1})
        ),
        Slot(3, "meal", "Обед", at(d1, "13:00"), at(d1, "14:00"), 3, True, everyone, frozenset({1, 2})),
        Slot(4, "meal", "Обед", at(d2, "13:00"), at(d2, "14:00"), 3, True, everyone, frozenset({1, 2})),
        Slot(
            5,
            "ceremony",
            "Подписание",
            at(d2, "16:30"),
            at(d2, "17:15"),
            2,
            True,
            everyone,
            frozenset({1, 2}),
        ),
    ]
    if not appointments:
        slots = []
    if stay_rules:
        # lunch is the rule's, the signing early enough to leave by 16:00
        slots = [s for s in slots if s.kind != "meal"]
        moved = {2: (at(d1, "10:15"), at(d1, "11:45")), 5: (at(d2, "14:30"), at(d2, "15:15"))}
        # the talks leave room for the drive from the border crossing with the boarding time
        slots = [replace(s, start=moved[s.id][0], end=moved[s.id][1]) if s.id in moved else s for s in slots]
        facts.rules = PlanningRules(grid=5, lunch=MealRule(clock(12, 0), clock(14, 30), 60))
        facts.stays = Stays(Stay(Bound(at(d1, "09:00"), 1), Bound(at(d2, "16:00"), 1)))
        facts.travel = TravelTimes(
            {s.id: s.coords for s in site_facts.values()}, {}, TravelSettings(40, 1.3), Boarding(5)
        )
    for n in range(sites):
        group = 1 + n % 2
        minutes = rng.choice([20, 30, 40, 45, 60])
        start = at(d1, "09:00")
        required = n < 24
        slots.append(
            Slot(
                100 + n,
                "site_visit",
                f"Посещение {n}",
                start,
                start + minutes * 60,
                n + 4,
                False,
                frozenset() if either_group else members[group],
                frozenset() if either_group else frozenset({group}),
                frozenset(),
                required,
                0 if required else rng.choice([1, 2, 3]),
            )
        )
    return slots, facts


def greedy_baseline(
    slots: list[Slot], facts: VisitFacts, required_first: bool = True
) -> tuple[int, int, list[Slot]]:
    """Nearest-neighbour: day by day, the group whose clock is earliest goes next to the nearest
    unvisited site it may see that fits (open for the whole visit, clear of its fixed items with travel,
    inside the day); a site with no group may be taken by either group. With ``required_first`` a
    required site that fits beats any optional one, and optional ones go by priority (nearest within a
    class); without it, plain nearest-neighbour, which may leave required sites out. Returns (travel
    minutes of the placed legs, sites placed, the resulting slots); the comparison uses ``lane_travel``
    on the slots.

    It keeps the visit's rules as the planner does, so both are held to the same instance: starts on
    the time grid, the boarding allowance on every transfer, nothing before a group's arrival (it starts
    from the arrival place) or after its departure less the drive back, and a lunch break (at the first
    moment in the window, sites before it ending in time for it) on each group's day that has no meal."""
    from planner.scheduling.lanes import lane_stay, stays_of
    from planner.scheduling.opening_hours import OpeningCalendar

    travel = facts.travel.minutes
    party = max((len(m) for m in facts.group_members.values()), default=0)
    unit = facts.rules.grid * 60
    lunch = facts.rules.lunch
    stays = stays_of(slots, facts)
    # like the planner, only site visits move; meetings and the rest stay where they are
    fixed = [s for s in slots if s.pinned or s.kind != "site_visit"]
    todo = [s for s in slots if s not in fixed]
    calendars = {
        s.id: OpeningCalendar(s.opening_hours, facts.tz) for s in facts.sites.values() if s.opening_hours
    }

    def drive(a: int | None, b: int | None) -> int:
        return (facts.travel.transfer(a, b, party) or 0) * 60 if a is not None and b is not None else 0

    def earliest(
        cand: Slot,
        t: int,
        here: int | None,
        busy: list[Slot],
        day_end: int,
        midnight: int,
        leave: Bound | None,
    ) -> int | None:
        """When ``cand`` can start at the earliest after ``t`` from ``here``, or None if not today."""
        length = cand.end - cand.start
        start = t + drive(here, cand.site_id)
        for _ in range(60):
            start = midnight + -(-(start - midnight) // unit) * unit  # on the grid
            end = start + length
            # a fixed item in the way, or one that ends too close before to drive from it
            clash = [
                b
                for b in busy
                if b.end + drive(b.site_id, cand.site_id) > start
                and b.start < end + drive(cand.site_id, b.site_id)
            ]
            if clash:
                last = max(clash, key=lambda b: b.end)
                start = last.end + drive(last.site_id, cand.site_id)
                continue
            cal = calendars.get(cand.site_id)
            if cal is not None and not cal.is_open(start, end):
                start += 600
                continue
            if leave is not None and end + drive(cand.site_id, leave.site_id) > leave.at:
                return None
            return start if end <= day_end else None
        return None

    placed: list[Slot] = []
    meals: list[Slot] = []
    total = 0
    groups = sorted(facts.group_members)
    lanes = {lane.key: lane for lane in lanes_of(facts, slots)}
    for day in facts.days():
        ws, we = facts.window_stamps(day)
        midnight = facts.stamp(day, clock(0, 0))
        busy = {
            g: sorted(
                (s for s in fixed if g in s.groups and facts.local(s.start).date() == day),
                key=lambda s: s.start,
            )
            for g in groups
        }
        clock_of: dict[int, tuple[int, int | None]] = {}
        leaves: dict[int, Bound | None] = {}
        lunched: dict[int, bool] = {}
        for g in groups:
            stay = lane_stay(stays, lanes[g], facts)
            start, here = ws, None
            if stay.arrival is not None:
                arrives = facts.local(stay.arrival.at).date()
                if arrives > day:
                    continue
                if arrives == day:
                    start, here = max(ws, stay.arrival.at), stay.arrival.site_id
            leaves[g] = None
            if stay.departure is not None:
                leaves_on = facts.local(stay.departure.at).date()
                if leaves_on < day:
                    continue
                if leaves_on == day:
                    leaves[g] = stay.departure
            clock_of[g] = (start, here)
            lunched[g] = lunch is None or any(
                s.kind == "meal"
                and s.start < facts.stamp(day, lunch.end)
                and s.end > facts.stamp(day, lunch.start)
                for s in busy[g]
            )
        while clock_of:
            group = min(clock_of, key=lambda g: (clock_of[g][0], g))
            t, here = clock_of[group]
            latest = we
            if not lunched[group] and lunch is not None:
                w0, w1 = facts.stamp(day, lunch.start), facts.stamp(day, lunch.end)
                latest = w1 - lunch.minutes * 60  # sites before the lunch end in time for it
                if t >= w0:
                    lunched[group] = True
                    meal = Slot(
                        -(len(meals) + 1), "meal", "Обед", 0, lunch.minutes * 60, None, False,
                        facts.group_members[group], frozenset({group}),
                    )  # fmt: skip
                    at = earliest(meal, t, None, busy[group], w1, midnight, None)
                    if at is not None:
                        meal = replace(meal, start=at, end=at + lunch.minutes * 60)
                        meals.append(meal)
                        busy[group].append(meal)
                        busy[group].sort(key=lambda s: s.start)
                        clock_of[group] = (meal.end, here)
                    continue
            best = None
            for cand in todo:
                if cand.groups and group not in cand.groups:
                    continue
                start = earliest(cand, t, here, busy[group], we, midnight, leaves[group])
                if start is None or start + cand.end - cand.start > latest:
                    continue
                # required sites first, then optional ones by priority; nearest (earliest) within a class
                rank = (
                    (not cand.required, max(cand.priority, 1) if not cand.required else 0, start)
                    if required_first
                    else (False, 0, start)
                )
                if best is None or rank < best[2]:
                    best = (start, cand, rank)
            if best is None:
                if latest < we and lunch is not None:
                    # nothing fits before the lunch: wait for its window
                    clock_of[group] = (max(t, facts.stamp(day, lunch.start)), here)
                    continue
                del clock_of[group]  # nothing more fits this group today
                continue
            start, cand, _ = best
            previous = [b for b in busy[group] if b.end <= start and b.site_id is not None]
            origin = max(previous, key=lambda b: b.end).site_id if previous else here
            if origin is not None:
                total += travel(origin, cand.site_id) or 0
            new = replace(
                cand,
                start=start,
                end=start + cand.end - cand.start,
                groups=frozenset({group}),
                people=facts.group_members[group],
            )
            placed.append(new)
            busy[group].append(new)
            busy[group].sort(key=lambda s: s.start)
            todo.remove(cand)
            clock_of[group] = (new.end, new.site_id)
    return total, len(placed), fixed + placed + meals


def bench_plan(seeds: int, seconds: float, only_stay: bool = False) -> None:
    print(f"\n[2] plan: 45 sites (24 required), 2 days 09:00-18:00, 2 groups; {seeds} random cities")
    which = "plan-stay" if only_stay else "plan"
    print(f"    command: {COMMAND} --only {which} --plan-seeds {seeds} --plan-seconds {seconds}")
    print("    baselines: NN = plain nearest-neighbour; NN-req = nearest-neighbour, required sites first")
    variants = [
        (False, False, False, "as the issue sets it, no fixed appointments; each site assigned to one group"),
        (
            False,
            True,
            False,
            "no fixed appointments; each site open to either group (planner and greedy choose)",
        ),
        (
            True,
            False,
            False,
            "with 5 pinned appointments (arrival, talks, 2 lunches, signing); sites assigned",
        ),
        (
            False,
            False,
            True,
            "as the issue sets it, now with meals, arrival and departure (issue 11): arrival 09:00 day 1,"
            " departure 16:00 day 2 at the border crossing, lunch rule 12:00-14:30 60 min per group,"
            " 5 min to board, 5-min grid; sites assigned",
        ),
        (
            True,
            False,
            True,
            "with meals, arrival and departure (issue 11), and pinned talks and signing: arrival 09:00"
            " day 1, departure 16:00 day 2 at the border crossing, talks 10:15, signing 14:30 day 2,"
            " lunch rule 12:00-14:30 60 min per group, 5 min to board, 5-min grid; sites assigned",
        ),
    ]
    for appointments, either_group, stay_rules, label in variants:
        if only_stay and not stay_rules:
            continue
        print(f"    -- {label}")
        firsts: list[float] = []
        savings: dict[str, list[float]] = {"NN": [], "NN-req": []}
        same_sites: dict[str, list[float]] = {"NN": [], "NN-req": []}
        per_site: dict[str, list[float]] = {"plan": [], "NN": [], "NN-req": []}
        for seed in range(1, seeds + 1):
            slots, facts = city_visit(45, seed, appointments, either_group, stay_rules)
            required = {s.id for s in slots if s.required and not s.pinned}
            unfit: set[int] = set()
            while True:
                try:
                    proposal = plan_slots(slots, facts, time_limit_s=seconds)
                    break
                except UnplacedError as error:
                    # required sites that do not fit in this city (with lunch and boarding taken
                    # honestly some cities have no room for all 24; NN-req leaves them out too):
                    # planned again as optional sites of priority 1, counted as left out below
                    unfit |= {int(p.where.split()[-1]) for p in error.problems}
                    slots = [replace(s, required=False, priority=1) if s.id in unfit else s for s in slots]
            after = apply_to_slots(slots, proposal, facts)
            errors = [c for c in check_slots(after, facts) if c.severity == "error"]
            lanes = lanes_of(facts, slots)
            travel = lane_travel(after, lanes, facts)
            placed = 45 - len(proposal.dropped)
            o_req = len(required - {d.item_id for d in proposal.dropped})
            line = (
                f"    seed {seed}: first feasible plan {proposal.first_solution_seconds * 1000:.0f} ms "
                f"(last call {proposal.seconds:.2f} s{', planned again' if unfit else ''}); plan {travel}"
                f" min, {placed} sites ({o_req}/{len(required)} required), {len(errors)} errors"
            )
            firsts.append(proposal.first_solution_seconds or math.nan)
            per_site["plan"].append(travel / placed)
            same = "      same sites (the planner routing exactly the baseline's sites, all required):"
            wanted = f"      optional sites by priority 1/2/3: plan {_by_priority(slots, after)}"
            for name, required_first in (("NN", False), ("NN-req", True)):
                # one yardstick for both: every group's drives between consecutive items, fixed ones included
                _, g_placed, g_slots = greedy_baseline(slots, facts, required_first)
                g_errors = [c for c in check_slots(g_slots, facts) if c.severity == "error"]
                g_travel = lane_travel(g_slots, lanes, facts)
                g_req = len(required & {s.id for s in g_slots})
                saving = 1 - travel / g_travel if g_travel else 0.0
                # a plan placing fewer sites than the baseline does not count as a saving
                savings[name].append(saving if placed >= g_placed else -math.inf)
                per_site[name].append(g_travel / g_placed)
                line += (
                    f" | {name} {g_travel} min, {g_placed} sites ({g_req} required), {len(g_errors)} errors:"
                    f" plan drives {saving:.0%} less"
                )
                s_travel, s_placed, s_errors = route_same_sites(slots, facts, g_slots, seconds)
                s_saving = 1 - s_travel / g_travel if g_travel else 0.0
                # routing quality alone: counted only when the planner places every one of the sites
                same_sites[name].append(s_saving if s_placed >= g_placed else -math.inf)
                same += (
                    f"{' |' if name != 'NN' else ''} {name}'s {g_placed} sites: {s_travel} min, {s_placed}"
                    f" placed, {s_errors} errors, {s_saving:.0%} less than {name}"
                )
                wanted += f", {name} {_by_priority(slots, g_slots)}"
            print(line)
            print(same)
            print(wanted)
        summary = ", ".join(f"{statistics.median(v):.0%} vs {k}" for k, v in savings.items())
        print(
            f"    median time to first feasible plan {statistics.median(firsts) * 1000:.0f} ms"
            f" (target 500 ms); median travel saving {summary} at the same or more sites (target >= 20%)"
        )
        routed = ", ".join(f"{statistics.median(v):.0%} vs {k}" for k, v in same_sites.items())
        print(f"    same sites: median saving {routed} (the planner routing exactly each baseline's sites)")
        behind = ", ".join(f"{sum(x == -math.inf for x in v)} vs {k}" for k, v in savings.items())
        road = ", ".join(f"{k} {statistics.median(v):.1f}" for k, v in per_site.items())
        print(f"    cities where the plan places fewer sites: {behind}; median road minutes per site: {road}")


def route_same_sites(
    slots: list[Slot], facts: VisitFacts, baseline: list[Slot], seconds: float
) -> tuple[int, int, int]:
    """The planner routing exactly the site visits a baseline placed (each made required, the others
    left out of the visit): road minutes, sites placed and check errors. Set against the baseline's
    own road minutes, this is the routing alone, apart from which sites each chose."""
    chosen = {s.id for s in baseline if s.kind == "site_visit" and not s.pinned}
    visit = [
        replace(s, required=True, priority=0) if s.id in chosen else s
        for s in slots
        if s.pinned or s.kind != "site_visit" or s.id in chosen
    ]
    try:
        proposal = plan_slots(visit, facts, time_limit_s=seconds)
    except UnplacedError as error:
        return 0, len(chosen) - len(error.problems), 0
    after = apply_to_slots(visit, proposal, facts)
    errors = sum(c.severity == "error" for c in check_slots(after, facts))
    return lane_travel(after, lanes_of(facts, visit), facts), len(chosen) - len(proposal.dropped), errors


def _by_priority(slots: list[Slot], placed: list[Slot]) -> str:
    """How many optional site visits of priority 1, 2 and 3 (or lower) are among ``placed``."""
    ids = {s.id for s in placed}
    counts = [0, 0, 0]
    for s in slots:
        if s.kind == "site_visit" and not s.pinned and not s.required and s.id in ids:
            counts[min(max(s.priority, 1), 3) - 1] += 1
    return "/".join(map(str, counts))


def bench_sample_plan(seconds: float) -> None:
    """The sample visit (the real Astrakhan-Atyrau programme): its road minutes as the protocol office
    drew it up, as the planner would, and as the two nearest-neighbour baselines would."""
    from planner.services.planning import propose_plan
    from planner.services.visits import load_sample

    print("\n[2b] plan on the sample visit (39 site visits, 15 required, 2 groups, 12 pinned items)")
    print(f"    command: {COMMAND} --only plan --plan-seconds {seconds}")
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "sample.db")
        visit_id = load_sample(UnitOfWork(db.sessions)).id
        uow = UnitOfWork(db.sessions)
        with uow:
            facts = load_facts(uow.session, visit_id)
            slots = load_slots(uow.session, visit_id, facts, titles=True)
        proposal = propose_plan(UnitOfWork(db.sessions), visit_id, time_limit_s=seconds)
        db.engine.dispose()
    lanes = lanes_of(facts, slots)
    movable = sum(1 for s in slots if not s.pinned and s.kind == "site_visit")
    line = (
        f"    as the office drew it up {lane_travel(slots, lanes, facts)} min; plan "
        f"{proposal.travel_minutes} min, {movable - len(proposal.dropped)}/{movable} site visits"
    )
    for name, required_first in (("NN", False), ("NN-req", True)):
        _, placed, g_slots = greedy_baseline(list(slots), facts, required_first)
        line += f"; {name} {lane_travel(g_slots, lanes, facts)} min, {placed} site visits"
    print(line)


# ----------------------------------------------------------------------------------------- 3. RC208
def read_vrplib(
    path: Path,
) -> tuple[dict[str, str], dict[int, tuple[float, float]], dict[int, int], dict[int, tuple[int, int]]]:
    """Read a VRPLIB CVRPTW instance (header, coordinates, demands, time windows)."""
    head: dict[str, str] = {}
    coords: dict[int, tuple[float, float]] = {}
    demand: dict[int, int] = {}
    windows: dict[int, tuple[int, int]] = {}
    section = ""
    for raw in path.read_text().splitlines():
        line = raw.strip()
        if not line or line == "EOF":
            continue
        if line.endswith("_SECTION"):
            section = line
            continue
        if not section and ":" in line:
            key, value = line.split(":", 1)
            head[key.strip()] = value.strip()
            continue
        parts = line.split()
        if section == "NODE_COORD_SECTION":
            coords[int(parts[0])] = (float(parts[1]), float(parts[2]))
        elif section == "DEMAND_SECTION":
            demand[int(parts[0])] = int(parts[1])
        elif section == "TIME_WINDOW_SECTION":
            windows[int(parts[0])] = (int(parts[1]), int(parts[2]))
    return head, coords, demand, windows


def bench_rc208(seconds: float) -> None:
    head, coords, demand, windows = read_vrplib(ROOT / "bench" / "data" / "solomon_rc208.vrp")
    scale = 100  # two decimals, as distances are real numbers in Solomon's convention
    ids = sorted(coords)
    service = int(head["SERVICE_TIME"]) * scale
    stops = [
        Stop(i, n, service, ((windows[i][0] * scale, windows[i][1] * scale),), demand=demand[i])
        for n, i in enumerate(ids)
        if i != 1
    ]
    vehicles = [
        Vehicle(k, (windows[1][0] * scale, windows[1][1] * scale), 0, 0, int(head["CAPACITY"]))
        for k in range(int(head["VEHICLES"]))
    ]
    print(f"\n[3] plain solver on Solomon RC208 (100 customers, time windows, capacity {head['CAPACITY']})")
    print(f"    command: {COMMAND} --only rc208 --rc208-seconds {seconds:g}")
    print("    (all 56 Solomon instances: bench/bench_solomon.py)")
    for backend in ("ortools", "pyvrp"):
        problem = RoutingProblem(
            stops,
            vehicles,
            points=[coords[i] for i in ids],
            scale=scale,
            time_limit_s=seconds,
            backend=backend,
        )
        solution = solve(problem)
        distance = route_travel(problem, solution_keys(solution))
        routes = sum(1 for r in solution.routes if r)
        first = solution.first_solution_seconds
        print(
            f"    {backend}: first solution {first if first is not None else math.nan:.2f} s; after"
            f" {seconds:g} s: distance {distance:.1f} with {routes} routes, {len(solution.dropped)}"
            f" customers unserved; best known {RC208_BEST_KNOWN} (4 routes) -> gap"
            f" {distance / RC208_BEST_KNOWN - 1:+.1%}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check-items", type=int, default=100_000)
    parser.add_argument("--check-repeats", type=int, default=5)
    parser.add_argument("--plan-seeds", type=int, default=10)
    parser.add_argument("--plan-seconds", type=float, default=1.0)
    parser.add_argument("--rc208-seconds", type=float, default=30.0)
    parser.add_argument("--quick", action="store_true", help="10,000 items, 2 seeds, 5 s on RC208")
    parser.add_argument(
        "--only",
        choices=["check", "plan", "plan-stay", "rc208"],
        help="run one benchmark (plan-stay: only the plans with meals, arrival and departure)",
    )
    args = parser.parse_args()
    if args.quick:
        args.check_items, args.check_repeats, args.plan_seeds, args.rc208_seconds = 10_000, 3, 2, 5.0
    print(f"bench_scheduling on {sys.platform}, Python {sys.version.split()[0]}")
    if args.only in (None, "check"):
        bench_check(args.check_items, args.check_repeats)
    if args.only in (None, "plan"):
        bench_plan(args.plan_seeds, args.plan_seconds)
        bench_sample_plan(args.plan_seconds)
    if args.only == "plan-stay":
        bench_plan(args.plan_seeds, args.plan_seconds, only_stay=True)
    if args.only in (None, "rc208"):
        bench_rc208(args.rc208_seconds)


if __name__ == "__main__":
    main()
