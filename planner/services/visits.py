"""Use cases over whole visits: load the sample, import and export visit files."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from planner.interchange.visit_format import export_visit_file, import_visit, read_visit_file
from planner.persistence.uow import UnitOfWork
from planner.queries.visits import get_visit
from planner.services.changes import WHOLE_VISIT
from planner.services.editing import Created
from planner.services.sites import sites_for_places
from planner.services.visit_details import VisitCreated

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
SAMPLE_VISIT = RESOURCES / "sample" / "astrakhan-atyrau-2023.json"


def load_sample(uow: UnitOfWork) -> Created:
    """Import the sample visit (Astrakhan delegation in Atyrau); ``id`` is the new visit's."""
    return import_data(uow, read_visit_file(SAMPLE_VISIT))


def import_data(
    uow: UnitOfWork,
    data: dict[str, Any],
    *,
    validated: bool = False,
    places: Mapping[str, Mapping[str, Any]] | None = None,
) -> VisitCreated:
    """Import a parsed visit file in one transaction (on any problem nothing is written); ``id`` is the
    new visit's.

    ``places``: the rows of sites an undo of the new visit removed with it (``VisitDeleted.removed_sites``),
    put back first with their ids, so the file's sites of the same name and address are those very sites;
    the result's ``made_sites`` names them again for the next undo.
    """
    with uow:
        made: dict[str, dict[str, Any]] = {}
        if places:
            _ids, made = sites_for_places(uow, places)
        visit_id = import_visit(uow, data, validated=validated)
        uow.commit()
    # a visit file brings people, items, meetings, documents, vehicles and (new) sites
    return VisitCreated(visit_id, changes=WHOLE_VISIT, made_sites=made)


def export_file(uow: UnitOfWork, visit_id: int, path: Path) -> None:
    """Write a visit to a visit file."""
    with uow:
        get_visit(uow, visit_id)
        export_visit_file(uow, visit_id, path)
