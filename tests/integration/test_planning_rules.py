"""The visit's planning rules through the services, the command line and the database: the time grid,
boarding, arrival and departure, meals."""

from __future__ import annotations

import io
import json

import pytest

from planner.cli import main
from planner.domain.errors import ValidationError
from planner.persistence.db import Database
from planner.persistence.uow import UnitOfWork
from planner.services.planning import check_visit, propose_plan
from planner.services.planning_rules import planning_settings
from planner.services.visit_admin import update_visit


def _on_grid(proposal, tz, grid: int) -> bool:
    return all(
        (moment.astimezone(tz).minute % grid, moment.second) == (0, 0)
        for m in proposal.moves
        for moment in (m.new_start, m.new_end)
    )


def test_a_visit_plans_on_five_minutes_unless_its_grid_says_otherwise(
    sample_db: tuple[Database, int],
) -> None:
    from planner.domain.timeutil import zone
    from planner.queries.visits import get_visit

    db, visit_id = sample_db
    with UnitOfWork(db.sessions) as uow:
        assert planning_settings(uow, visit_id)["plan_grid_min"] == 5
        tz = zone(get_visit(uow, visit_id).host_timezone)
    proposal = propose_plan(UnitOfWork(db.sessions), visit_id, time_limit_s=0.3)
    assert proposal.moves and _on_grid(proposal, tz, 5)
    update_visit(UnitOfWork(db.sessions), visit_id, {"plan_grid_min": 15})
    proposal = propose_plan(UnitOfWork(db.sessions), visit_id, time_limit_s=0.3)
    assert proposal.moves and _on_grid(proposal, tz, 15)
    with pytest.raises(ValidationError, match="1, 5, 10 or 15"):
        update_visit(UnitOfWork(db.sessions), visit_id, {"plan_grid_min": 7})


def test_cli_grid_overrides_the_visits_for_one_run(sample_db: tuple[Database, int]) -> None:
    db, visit_id = sample_db
    update_visit(UnitOfWork(db.sessions), visit_id, {"plan_grid_min": 15})
    out = io.StringIO()
    code = main(["--db", db.url, "plan", str(visit_id), "--json", "--seconds", "0.3", "--grid", "5"], out=out)
    assert code == 0
    moves = json.loads(out.getvalue())["moves"]
    minutes = {int(m["new_start"][14:16]) for m in moves} | {int(m["new_end"][14:16]) for m in moves}
    assert all(minute % 5 == 0 for minute in minutes)
    assert minutes - {0, 15, 30, 45}, "times on 5 minutes, not on the visit's quarter hours"


def test_check_holds_drives_to_the_visits_boarding_allowance(sample_db: tuple[Database, int]) -> None:
    db, visit_id = sample_db
    assert check_visit(UnitOfWork(db.sessions), visit_id).errors == []
    update_visit(UnitOfWork(db.sessions), visit_id, {"boarding_min": 5})
    errors = check_visit(UnitOfWork(db.sessions), visit_id).errors
    assert errors and {c.rule for c in errors} == {"travel_time"}
    assert all("plus 5 min to board" in c.message for c in errors)
    with pytest.raises(ValidationError, match="0 to 120"):
        update_visit(UnitOfWork(db.sessions), visit_id, {"boarding_min": -1})
