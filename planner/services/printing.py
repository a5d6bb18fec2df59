"""Printing as a service: build the documents of a visit from the database, and the one list of them.

Each ``*_pdf`` function reads frozen rows in one unit of work, then renders and returns the PDF as bytes;
:func:`write_pdf` and :func:`write_itinerary_files` write files. :data:`DOCUMENT_KINDS` is the registry
of every kind of document, with the options it takes and the function that builds it; the command line
and the GUI's Print page both list and build documents through it.

Importing this module is cheap: the read models (the ORM mapping) and the renderers (ReportLab, Babel)
are imported inside the functions, on first use, so the GUI and the CLI parser do not pay for them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planner.documents.settings import DocumentSettings
from planner.domain.errors import PlannerError, ValidationError
from planner.interchange.safe_write import write_file

if TYPE_CHECKING:
    from planner.persistence.uow import UnitOfWork


def with_version(uow: UnitOfWork, visit_id: int, settings: DocumentSettings) -> DocumentSettings:
    """``settings`` with the visit's programme version, which every page's footer prints (in an open
    unit of work)."""
    from dataclasses import replace

    from planner.queries.programme_versions import programme_version

    return replace(settings, programme_version=programme_version(uow, visit_id))


def programme_pdf(
    uow: UnitOfWork,
    visit_id: int,
    settings: DocumentSettings,
    *,
    day: int | None = None,
    landscape: bool = False,
    guest_time: bool = True,
) -> bytes:
    """The programme of the visit (or of one day of it); with the guests' time where their clock differs
    from the host's, unless ``guest_time`` is False."""
    from planner.documents.programme import render_programme
    from planner.queries import documents as q

    with uow:
        settings = with_version(uow, visit_id, settings)
        data = q.programme_data(uow, visit_id, settings.language, day)
    return render_programme(data, settings, landscape=landscape, guest_time=guest_time)


def agenda_pdf(
    uow: UnitOfWork,
    visit_id: int,
    settings: DocumentSettings,
    *,
    day: int | None = None,
    landscape: bool = False,
    guest_time: bool = True,
) -> bytes:
    """The agenda of day ``day`` (1 = first day; may be omitted for a one-day visit); with the guests'
    time where their clock differs from the host's, unless ``guest_time`` is False."""
    from planner.documents.agenda import render_agenda
    from planner.queries import documents as q

    with uow:
        settings = with_version(uow, visit_id, settings)
        header = q.visit_header(uow, visit_id, settings.language)
        if day is None:
            if header.day_count != 1:
                raise ValidationError(
                    f"the agenda is for one day: give --day 1 to {header.day_count} (the visit has "
                    f"{header.day_count} days)"
                )
            day = 1
        data = q.programme_data(uow, visit_id, settings.language, day)
    return render_agenda(data, settings, landscape=landscape, guest_time=guest_time)


def _itineraries(
    uow: UnitOfWork, visit_id: int, settings: DocumentSettings, participant_ids: Sequence[int] | None
) -> Any:
    from planner.queries import documents as q

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
    guest_time: bool = True,
) -> bytes:
    """Personal itineraries in one PDF: of the given participants, or of everyone in protocol order; with
    the guests' time where their clock differs from the host's, unless ``guest_time`` is False."""
    from planner.documents.itinerary import render_itineraries

    with uow:
        settings = with_version(uow, visit_id, settings)
    data = _itineraries(uow, visit_id, settings, participant_ids)
    return render_itineraries(data, settings, paper=paper, guest_time=guest_time)


def write_itinerary_files(
    uow: UnitOfWork,
    visit_id: int,
    settings: DocumentSettings,
    directory: Path,
    participant_ids: Sequence[int] | None = None,
    *,
    paper: str = "a5",
    guest_time: bool = True,
) -> list[Path]:
    """One itinerary file per participant in ``directory`` (created if needed); returns the paths."""
    from planner.documents.itinerary import file_name, render_itineraries

    with uow:
        settings = with_version(uow, visit_id, settings)
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
        write_pdf(path, render_itineraries([person], settings, paper=paper, guest_time=guest_time))
        paths.append(path)
    return paths


def transport_pdf(
    uow: UnitOfWork, visit_id: int, settings: DocumentSettings, *, landscape: bool = False
) -> bytes:
    """The transport plan of the visit."""
    from planner.documents.transport import render_transport
    from planner.queries import documents as q

    with uow:
        settings = with_version(uow, visit_id, settings)
        data = q.transport_data(uow, visit_id, settings.language)
    return render_transport(data, settings, landscape=landscape)


def delegation_list_pdf(
    uow: UnitOfWork, visit_id: int, settings: DocumentSettings, *, landscape: bool = False
) -> bytes:
    """The list of participants of both sides in protocol order."""
    from planner.documents.delegation_list import render_delegation_list
    from planner.queries import documents as q

    with uow:
        settings = with_version(uow, visit_id, settings)
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
    from planner.queries import documents as q

    with uow:
        settings = with_version(uow, visit_id, settings)
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
    from planner.queries import documents as q

    with uow:
        if visit_id is not None:
            settings = with_version(uow, visit_id, settings)
        data = q.documents_data(uow, settings.language, visit_id=visit_id, partner_region=partner_region)
    return render_documents(data, settings, landscape=landscape)


def seating_pdf(
    uow: UnitOfWork, visit_id: int, settings: DocumentSettings, *, item_id: int | None, paper: str = "a4"
) -> bytes:
    """The seating plan of a meeting or meal item on landscape A4 or A3: the stored plan, or, when none
    is stored, the plan the rules of protocol propose (marked as not saved)."""
    from planner.documents.seating import render_seating
    from planner.queries.seating import seating_plan_of_visit

    with uow:
        plan, proposed = seating_plan_of_visit(uow, visit_id, item_id, settings.language)
    return render_seating(plan, settings, paper=paper, proposed=proposed)


def write_pdf(path: Path, pdf: bytes) -> Path:
    """Write ``pdf`` to ``path`` atomically (a reader never sees half a file); return the path."""
    path = Path(path)
    if path.is_dir():
        raise ValidationError(f"{path} is a folder; give a file name ending in .pdf")
    # private: itineraries and lists name people (and mkstemp made every PDF 0600 before)
    write_file(path, pdf, private=True)
    return path


@dataclass(frozen=True)
class PrintRequest:
    """Which visit to print and the options chosen; a kind reads only the options it takes."""

    visit_id: int | None = None
    day: int | None = None
    participant_ids: tuple[int, ...] | None = None  # None: everyone
    meeting_id: int | None = None
    landscape: bool = False
    paper: str = "a5"
    partner_region: str | None = None
    item_id: int | None = None
    guest_time: bool = True  # the guests' time beside the host's, where their clocks differ


Build = Callable[["UnitOfWork", DocumentSettings, PrintRequest], bytes]
BuildFiles = Callable[["UnitOfWork", DocumentSettings, PrintRequest, Path], list[Path]]


@dataclass(frozen=True)
class DocumentKind:
    """One kind of printed document: its name (as on the command line), the options it takes, its builder.

    ``day``: a day of the visit may be chosen; ``one_day``: it prints one day only (the first, unless
    chosen). ``participants``: it is printed for chosen participants or for everyone; ``build_files``
    then writes one file per participant into a folder. ``meeting``: a meeting may be chosen.
    ``landscape``: it may be printed on landscape pages; ``paper``: its page size may be chosen.
    ``partner_region``: it may cover every visit of a partner region instead of one visit.
    ``item``: it is of one item (a meeting or a meal), which must be chosen; ``papers``: the page sizes
    it may be printed on, the first the default. ``guest_time``: it gives the guests' time beside the
    host's where their clocks differ, which may be left out.
    """

    name: str
    build: Build
    day: bool = False
    one_day: bool = False
    participants: bool = False
    meeting: bool = False
    landscape: bool = True
    paper: bool = False
    partner_region: bool = False
    build_files: BuildFiles | None = None
    item: bool = False
    papers: tuple[str, ...] = ("a5", "a4")
    guest_time: bool = False


def _visit(request: PrintRequest) -> int:
    if request.visit_id is None:
        raise ValidationError("say which visit to print")
    return request.visit_id


def _programme(uow: UnitOfWork, settings: DocumentSettings, r: PrintRequest) -> bytes:
    return programme_pdf(uow, _visit(r), settings, day=r.day, landscape=r.landscape, guest_time=r.guest_time)


def _agenda(uow: UnitOfWork, settings: DocumentSettings, r: PrintRequest) -> bytes:
    return agenda_pdf(uow, _visit(r), settings, day=r.day, landscape=r.landscape, guest_time=r.guest_time)


def _itinerary(uow: UnitOfWork, settings: DocumentSettings, r: PrintRequest) -> bytes:
    return itinerary_pdf(uow, _visit(r), settings, r.participant_ids, paper=r.paper, guest_time=r.guest_time)


def _itinerary_files(
    uow: UnitOfWork, settings: DocumentSettings, r: PrintRequest, folder: Path
) -> list[Path]:
    return write_itinerary_files(
        uow, _visit(r), settings, folder, r.participant_ids, paper=r.paper, guest_time=r.guest_time
    )


def _transport(uow: UnitOfWork, settings: DocumentSettings, r: PrintRequest) -> bytes:
    return transport_pdf(uow, _visit(r), settings, landscape=r.landscape)


def _delegation_list(uow: UnitOfWork, settings: DocumentSettings, r: PrintRequest) -> bytes:
    return delegation_list_pdf(uow, _visit(r), settings, landscape=r.landscape)


def _minutes(uow: UnitOfWork, settings: DocumentSettings, r: PrintRequest) -> bytes:
    return minutes_pdf(uow, _visit(r), settings, meeting_id=r.meeting_id, landscape=r.landscape)


def _documents(uow: UnitOfWork, settings: DocumentSettings, r: PrintRequest) -> bytes:
    return documents_pdf(
        uow, settings, visit_id=r.visit_id, partner_region=r.partner_region, landscape=r.landscape
    )


def _seating(uow: UnitOfWork, settings: DocumentSettings, r: PrintRequest) -> bytes:
    return seating_pdf(uow, _visit(r), settings, item_id=r.item_id, paper="a3" if r.paper == "a3" else "a4")


# The one list of printed documents, in the order the CLI's help and the GUI's Print page show them.
DOCUMENT_KINDS: tuple[DocumentKind, ...] = (
    DocumentKind("programme", _programme, day=True, guest_time=True),
    DocumentKind("agenda", _agenda, day=True, one_day=True, guest_time=True),
    DocumentKind(
        "itinerary",
        _itinerary,
        participants=True,
        landscape=False,  # a pocket A5 page
        paper=True,
        build_files=_itinerary_files,
        guest_time=True,
    ),
    DocumentKind("transport", _transport),
    DocumentKind("delegation-list", _delegation_list),
    DocumentKind("minutes", _minutes, meeting=True),
    DocumentKind("documents", _documents, partner_region=True),
    DocumentKind("seating", _seating, item=True, paper=True, papers=("a4", "a3")),
)
DOCUMENT_KIND_NAMES: tuple[str, ...] = tuple(kind.name for kind in DOCUMENT_KINDS)


def document_kind(name: str) -> DocumentKind:
    """The registered kind called ``name``."""
    for kind in DOCUMENT_KINDS:
        if kind.name == name:
            return kind
    raise PlannerError(f"unknown document kind {name!r}")
