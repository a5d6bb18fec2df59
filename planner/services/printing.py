"""Build printed documents from the database: read frozen rows in one unit of work, then render.

Each function returns the PDF as bytes; :func:`write_pdf` and :func:`write_itinerary_files` write files.
The renderers (and with them ReportLab) are imported inside the functions, on first use.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from planner.documents.settings import DocumentSettings
from planner.domain.errors import PlannerError, ValidationError
from planner.persistence.uow import UnitOfWork
from planner.queries import documents as q


def programme_pdf(
    uow: UnitOfWork,
    visit_id: int,
    settings: DocumentSettings,
    *,
    day: int | None = None,
    landscape: bool = False,
) -> bytes:
    """The programme of the visit (or of one day of it)."""
    from planner.documents.programme import render_programme

    with uow:
        data = q.programme_data(uow, visit_id, settings.language, day)
    return render_programme(data, settings, landscape=landscape)


def agenda_pdf(
    uow: UnitOfWork,
    visit_id: int,
    settings: DocumentSettings,
    *,
    day: int | None = None,
    landscape: bool = False,
) -> bytes:
    """The agenda of day ``day`` (1 = first day; may be omitted for a one-day visit)."""
    from planner.documents.agenda import render_agenda

    with uow:
        header = q.visit_header(uow, visit_id, settings.language)
        if day is None:
            if header.day_count != 1:
                raise ValidationError(
                    f"the agenda is for one day: give --day 1 to {header.day_count} (the visit has "
                    f"{header.day_count} days)"
                )
            day = 1
        data = q.programme_data(uow, visit_id, settings.language, day)
    return render_agenda(data, settings, landscape=landscape)


def _itineraries(
    uow: UnitOfWork, visit_id: int, settings: DocumentSettings, participant_ids: Sequence[int] | None
) -> Any:
    with uow:
        data = q.itinerary_data(uow, visit_id, settings.language, participant_ids)
    if not data:
        raise ValidationError(f"visit {visit_id} has no participants, so there is no itinerary to print")
    return data


def itinerary_pdf(
    uow: UnitOfWork,
    visit_id: int,
    settings: DocumentSettings,
    participant_ids: Sequence[int] | None = None,
    *,
    paper: str = "a5",
) -> bytes:
    """Personal itineraries in one PDF: of the given participants, or of everyone in protocol order."""
    from planner.documents.itinerary import render_itineraries

    return render_itineraries(_itineraries(uow, visit_id, settings, participant_ids), settings, paper=paper)


def write_itinerary_files(
    uow: UnitOfWork,
    visit_id: int,
    settings: DocumentSettings,
    directory: Path,
    participant_ids: Sequence[int] | None = None,
    *,
    paper: str = "a5",
) -> list[Path]:
    """One itinerary file per participant in ``directory`` (created if needed); returns the paths."""
    from planner.documents.itinerary import file_name, render_itineraries

    data = _itineraries(uow, visit_id, settings, participant_ids)
    if directory.exists() and not directory.is_dir():
        raise ValidationError(f"{directory} is a file; one file per participant needs a folder")
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise PlannerError(f"cannot create the folder {directory}: {exc.strerror}") from exc
    paths = []
    for position, person in enumerate(data, start=1):
        path = directory / file_name(person, position)
        write_pdf(path, render_itineraries([person], settings, paper=paper))
        paths.append(path)
    return paths


def transport_pdf(
    uow: UnitOfWork, visit_id: int, settings: DocumentSettings, *, landscape: bool = False
) -> bytes:
    """The transport plan of the visit."""
    from planner.documents.transport import render_transport

    with uow:
        data = q.transport_data(uow, visit_id, settings.language)
    return render_transport(data, settings, landscape=landscape)


def delegation_list_pdf(
    uow: UnitOfWork, visit_id: int, settings: DocumentSettings, *, landscape: bool = False
) -> bytes:
    """The list of participants of both sides in protocol order."""
    from planner.documents.delegation_list import render_delegation_list

    with uow:
        data = q.delegation_list_data(uow, visit_id, settings.language)
    return render_delegation_list(data, settings, landscape=landscape)


def minutes_pdf(
    uow: UnitOfWork,
    visit_id: int,
    settings: DocumentSettings,
    *,
    meeting_id: int | None = None,
    landscape: bool = False,
) -> bytes:
    """The minutes of meeting ``meeting_id`` (may be omitted when the visit has exactly one meeting)."""
    from planner.documents.minutes import render_minutes

    with uow:
        if meeting_id is None:
            known = q.meeting_ids(uow, visit_id)
            if len(known) != 1:
                which = f"one of {', '.join(map(str, known))}" if known else "none: the visit has no meetings"
                raise ValidationError(f"say which meeting with --meeting ({which})")
            meeting_id = known[0]
        data = q.minutes_data(uow, visit_id, meeting_id, settings.language)
    return render_minutes(data, settings, landscape=landscape)


def documents_pdf(
    uow: UnitOfWork,
    settings: DocumentSettings,
    *,
    visit_id: int | None = None,
    partner_region: str | None = None,
    landscape: bool = False,
) -> bytes:
    """The signed-documents summary of one visit, or of all documents of a partner region."""
    from planner.documents.signed_documents import render_documents

    with uow:
        data = q.documents_data(uow, settings.language, visit_id=visit_id, partner_region=partner_region)
    return render_documents(data, settings, landscape=landscape)


def write_pdf(path: Path, pdf: bytes) -> Path:
    """Write ``pdf`` to ``path`` atomically (a reader never sees half a file); return the path."""
    path = Path(path)
    if path.is_dir():
        raise ValidationError(f"{path} is a folder; give a file name ending in .pdf")
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise ValidationError(f"the folder {parent} does not exist")
    try:
        fd, tmp = tempfile.mkstemp(dir=parent, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            handle.write(pdf)
        os.replace(tmp, path)
    except OSError as exc:
        raise PlannerError(f"cannot write {path}: {exc.strerror}") from exc
    return path
