"""Bridge from the Print page to the printing service: the user's choices in, PDF bytes out.

The kinds of document and the options each takes are the printing service's registry
(:data:`planner.services.printing.DOCUMENT_KINDS`); importing it is cheap (ReportLab loads on first build).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from planner.documents.settings import DocumentSettings
from planner.domain.kinds import Language
from planner.persistence.uow import UnitOfWork
from planner.services import printing


@dataclass(frozen=True)
class PrintOptions:
    """What the user chose on the Print page."""

    kind: str
    language: str = Language.RU.value
    day: int | None = None
    participant_id: int | None = None
    meeting_id: int | None = None
    landscape: bool = False
    organisation: str = ""
    item_id: int | None = None  # a meeting or a meal (the seating plan)
    paper: str = ""  # the kind's default page size unless chosen
    emblem_path: str = ""
    guest_time: bool = True  # the guests' time beside the host's, where their clocks differ
    second_language: str | None = None  # place cards and badges: the names in this language too
    qr: bool = False  # badges: a QR code with the participant's key
    band: str = "side"  # badges: the colour band by "side" or "role"
    site_id: int | None = None  # briefing: the sheet of this site only (None: every site)


def document_settings(options: PrintOptions) -> DocumentSettings:
    """The office's settings (organisation, emblem, language) for the document chosen."""
    emblem = Path(options.emblem_path) if options.emblem_path else None
    return DocumentSettings(organisation=options.organisation, emblem_path=emblem, language=options.language)


def build_pdf(uow: UnitOfWork, visit_id: int, options: PrintOptions) -> bytes:
    """The PDF bytes of one document of a visit."""
    settings = document_settings(options)
    kind = printing.document_kind(options.kind)
    request = printing.PrintRequest(
        visit_id=visit_id,
        # a one-day document (the agenda) prints the first day unless another is chosen
        day=options.day or (1 if kind.one_day else None),
        participant_ids=(options.participant_id,) if options.participant_id else None,
        meeting_id=options.meeting_id,
        landscape=options.landscape,
        item_id=options.item_id,
        paper=options.paper or kind.papers[0],
        guest_time=options.guest_time,
        site_id=options.site_id,
        second_language=options.second_language,
        qr=options.qr,
        band=options.band,
    )
    return kind.render(uow, settings, request)


def write_pdf(path: Path, pdf: bytes) -> Path:
    """Write a PDF atomically."""
    return printing.write_pdf(path, pdf)
