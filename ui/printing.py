"""Bridge to the document printer in planner.documents (imported on first use: ReportLab is heavy)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from planner.domain.errors import PlannerError
from planner.persistence.uow import UnitOfWork

KINDS = ("programme", "agenda", "itinerary", "transport", "delegation-list", "minutes", "documents")


@dataclass(frozen=True)
class PrintOptions:
    """What the user chose on the Print page."""

    kind: str
    language: str = "ru"
    day: int | None = None
    participant_id: int | None = None
    meeting_id: int | None = None
    landscape: bool = False
    organisation: str = ""
    emblem_path: str = ""


def _service() -> Any:
    # imported on first use: the document builders bring ReportLab, which start-up must not pay for
    from planner.services import printing as service

    return service


def document_settings(options: PrintOptions) -> Any:
    from planner.documents.settings import DocumentSettings

    emblem = Path(options.emblem_path) if options.emblem_path else None
    return DocumentSettings(organisation=options.organisation, emblem_path=emblem, language=options.language)


def build_pdf(uow: UnitOfWork, visit_id: int, options: PrintOptions) -> bytes:
    """The PDF bytes of one document of a visit."""
    service = _service()
    settings = document_settings(options)
    kind = options.kind
    if kind == "programme":
        return service.programme_pdf(uow, visit_id, settings, day=options.day, landscape=options.landscape)
    if kind == "agenda":
        return service.agenda_pdf(uow, visit_id, settings, day=options.day or 1, landscape=options.landscape)
    if kind == "itinerary":
        ids = [options.participant_id] if options.participant_id else None
        return service.itinerary_pdf(uow, visit_id, settings, ids)
    if kind == "transport":
        return service.transport_pdf(uow, visit_id, settings, landscape=options.landscape)
    if kind == "delegation-list":
        return service.delegation_list_pdf(uow, visit_id, settings, landscape=options.landscape)
    if kind == "minutes":
        return service.minutes_pdf(
            uow, visit_id, settings, meeting_id=options.meeting_id, landscape=options.landscape
        )
    if kind == "documents":
        return service.documents_pdf(uow, settings, visit_id=visit_id, landscape=options.landscape)
    raise PlannerError(f"unknown document kind {kind!r}")


def write_pdf(path: Path, pdf: bytes) -> Path:
    """Write a PDF atomically."""
    return _service().write_pdf(path, pdf)
