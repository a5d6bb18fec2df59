"""The visit file's "planning" part: the time grid, the boarding allowance, the lunch and dinner rules
and the arrivals and departures of the visit, its groups and its latecomers.

Optional: a file without it (every file written before) imports as it always did, with the visit's
defaults (a 5-minute grid, no boarding allowance, lunch 12:00-14:30 for 60 min, no dinner rule, no
stay but what arrival/departure items say).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from planner.domain.errors import Problem, ValidationError
from planner.domain.timeutil import parse_hhmm
from planner.persistence.tables import Group, Participant, Visit

STAY_ENDS = ("arrival", "departure")
MEALS = ("lunch", "dinner")


def planning_site_ids(visit: Visit) -> set[int]:
    """The sites the planning part names (arrival and departure places), which the file must carry."""
    owners: list[Any] = [visit, *visit.groups, *visit.participants]
    found = {
        site
        for owner in owners
        for end in STAY_ENDS
        if (site := getattr(owner, f"{end}_site_id")) is not None
    }
    return found | {site for meal in MEALS if (site := getattr(visit, f"{meal}_site_id")) is not None}


def planning_to_file(
    visit: Visit,
    site_key: Mapping[int, str],
    group_key: Mapping[int, str],
    person_key: Mapping[int, str],
    instant: Callable[[datetime], str],
) -> dict[str, Any]:
    """The visit's planning rules as the file carries them."""
    stays = []
    owners: list[tuple[str, Any]] = [("visit", visit)]
    owners += sorted(((group_key[g.id], g) for g in visit.groups), key=lambda o: o[0])
    owners += sorted(((person_key[p.id], p) for p in visit.participants), key=lambda o: o[0])
    for key, owner in owners:
        ends = {}
        for end in STAY_ENDS:
            at, site = getattr(owner, f"{end}_at"), getattr(owner, f"{end}_site_id")
            # a place chosen before its time is written too (with no time): the file carries its site,
            # and without the stay the place would come back unused and the stay without it
            if at is not None or site is not None:
                ends[end] = {
                    "at": instant(at) if at is not None else None,
                    "site": site_key.get(site) if site is not None else None,
                }
        if ends:
            stays.append({"for": key, **ends})
    return {
        "grid_minutes": visit.plan_grid_min,
        "boarding": {
            "minutes": visit.boarding_min,
            "extra_minutes": visit.boarding_extra_min,
            "above": visit.boarding_above,
        },
        **{meal: _meal_to_file(visit, meal, site_key) for meal in MEALS},
        "stays": stays,
    }


def _meal_to_file(visit: Visit, meal: str, site_key: Mapping[int, str]) -> dict[str, Any] | None:
    start, end = getattr(visit, f"{meal}_start"), getattr(visit, f"{meal}_end")
    if start is None or end is None:
        return None
    site = getattr(visit, f"{meal}_site_id")
    return {
        "start": f"{start:%H:%M}",
        "end": f"{end:%H:%M}",
        "minutes": getattr(visit, f"{meal}_min"),
        "site": site_key.get(site) if site is not None else None,
    }


def _meal_from_file(
    visit: Visit, meal: str, row: Mapping[str, Any] | None, site_id: Mapping[str, int]
) -> list[Problem]:
    if row is None:
        if meal == "dinner":
            visit.dinner_start = visit.dinner_end = None
            visit.dinner_min = 0
        else:
            visit.lunch_min = 0  # the file says: no lunch rule
        return []
    site = row.get("site")
    if site is not None and site not in site_id:
        return [Problem(f"planning.{meal}.site", f"there is no site with key {site!r}")]
    start, end = parse_hhmm(row["start"]), parse_hhmm(row["end"])
    if end <= start:
        return [Problem(f"planning.{meal}.end", f"the {meal} window ends before it starts")]
    setattr(visit, f"{meal}_start", start)
    setattr(visit, f"{meal}_end", end)
    setattr(visit, f"{meal}_min", row["minutes"])
    setattr(visit, f"{meal}_site_id", site_id[site] if site is not None else None)
    return []


def planning_from_file(
    data: Mapping[str, Any] | None,
    session: Session,
    visit: Visit,
    site_id: Mapping[str, int],
    group_id: Mapping[str, int],
    person_id: Mapping[str, int],
) -> None:
    """Set the visit's planning rules from the file's "planning" part (nothing when there is none)."""
    if not data:
        return
    if "grid_minutes" in data:
        visit.plan_grid_min = data["grid_minutes"]
    boarding = data.get("boarding") or {}
    visit.boarding_min = boarding.get("minutes", visit.boarding_min or 0)
    visit.boarding_extra_min = boarding.get("extra_minutes", visit.boarding_extra_min or 0)
    visit.boarding_above = boarding.get("above", visit.boarding_above or 0)
    problems: list[Problem] = []
    for meal in MEALS:
        if meal in data:
            problems += _meal_from_file(visit, meal, data[meal], site_id)
    for n, row in enumerate(data.get("stays", [])):
        where = f"planning.stays[{n}]"
        key = row["for"]
        owner: Any
        if key == "visit":
            owner = visit
        elif key in group_id:
            owner = session.get(Group, group_id[key])
        elif key in person_id:
            owner = session.get(Participant, person_id[key])
        else:
            problems.append(
                Problem(f"{where}.for", f"{key!r} is neither 'visit' nor a group or participant key")
            )
            continue
        for end in STAY_ENDS:
            bound = row.get(end)
            if bound is None:
                continue
            site = bound.get("site")
            if site is not None and site not in site_id:
                problems.append(Problem(f"{where}.{end}.site", f"there is no site with key {site!r}"))
                continue
            at = bound.get("at")
            setattr(owner, f"{end}_at", datetime.fromisoformat(at) if at is not None else None)
            setattr(owner, f"{end}_site_id", site_id[site] if site is not None else None)
        _check_order(owner, where, problems)
    if problems:
        raise ValidationError(problems)


def _check_order(owner: Any, where: str, problems: list[Problem]) -> None:
    arrives, leaves = owner.arrival_at, owner.departure_at
    if arrives is not None and leaves is not None and leaves <= arrives:
        problems.append(Problem(f"{where}.departure", "the departure must come after the arrival"))


__all__ = ["planning_from_file", "planning_site_ids", "planning_to_file"]
