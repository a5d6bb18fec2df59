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
from datetime import date
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
    open_commitments: bool = False,
    today: date | None = None,
    guest_time: bool = True,
) -> bytes:
    """The agenda of day ``day`` (1 = first day; may be omitted for a one-day visit); with
    ``open_commitments``, followed by the commitments still open from earlier visits with the visit's
    partner (overdue as of ``today``), for the talks of that day; with the guests' time where their
    clock differs from the host's, unless ``guest_time`` is False."""
    from planner.documents.agenda import render_agenda
    from planner.queries import documents as q
    from planner.queries.partner_history import history_before_visit

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
        history = None
        if open_commitments:
            history = history_before_visit(uow, visit_id, today or date.today(), settings.language)
    return render_agenda(
        data,
        settings,
        landscape=landscape,
        history=history,
        with_commitments=open_commitments,
        guest_time=guest_time,
    )


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


def run_of_show_pdf(uow: UnitOfWork, visit_id: int, settings: DocumentSettings) -> bytes:
    """The run of show: every item of every group minute by minute, on landscape pages."""
    from planner.documents.run_of_show import render_run_of_show
    from planner.queries.documents.run_of_show import run_of_show_data

    with uow:
        data = run_of_show_data(uow, visit_id, settings.language)
    return render_run_of_show(data, settings)


def gifts_pdf(
    uow: UnitOfWork,
    settings: DocumentSettings,
    *,
    visit_id: int | None = None,
    partner_region: str | None = None,
    landscape: bool = False,
) -> bytes:
    """The gifts register of one visit, or of every visit of a partner region."""
    from planner.documents.gifts import render_gifts
    from planner.queries.documents.gifts import gifts_data

    with uow:
        data = gifts_data(uow, settings.language, visit_id=visit_id, partner_region=partner_region)
    return render_gifts(data, settings, landscape=landscape)


def briefing_pdf(
    uow: UnitOfWork,
    visit_id: int,
    settings: DocumentSettings,
    *,
    site_id: int | None = None,
    landscape: bool = False,
) -> bytes:
    """Briefing sheets for the hosts of every site the visit uses (one sheet each), or of one site."""
    from planner.documents.briefing import render_briefing
    from planner.queries.documents.briefing import briefing_data

    with uow:
        data = briefing_data(uow, visit_id, settings.language, site_id)
    return render_briefing(data, settings, landscape=landscape)


def _second(second_language: str | None) -> str | None:
    if second_language is None:
        return None
    from planner.documents.catalogue import check_language

    return check_language(second_language)


def place_cards_pdf(
    uow: UnitOfWork,
    visit_id: int,
    settings: DocumentSettings,
    *,
    second_language: str | None = None,
    participant_ids: Sequence[int] | None = None,
) -> bytes:
    """Folded place cards for everyone (or the chosen people) in protocol order, the name on both faces."""
    from planner.documents.cards import render_place_cards
    from planner.queries.documents.cards import cards_data

    chosen = tuple(participant_ids) if participant_ids is not None else None
    with uow:
        data = cards_data(uow, visit_id, settings.language, _second(second_language), chosen)
    return render_place_cards(data, settings)


def badges_pdf(
    uow: UnitOfWork,
    visit_id: int,
    settings: DocumentSettings,
    *,
    second_language: str | None = None,
    participant_ids: Sequence[int] | None = None,
    qr: bool = False,
    band: str = "side",
) -> bytes:
    """Badges (86 × 54 mm, ten to an A4 page) for everyone or the chosen people, in protocol order."""
    from planner.documents.badges import render_badges
    from planner.queries.documents.cards import cards_data

    chosen = tuple(participant_ids) if participant_ids is not None else None
    with uow:
        data = cards_data(uow, visit_id, settings.language, _second(second_language), chosen)
    return render_badges(data, settings, qr=qr, band_by=band)


def car_placards_pdf(uow: UnitOfWork, visit_id: int, settings: DocumentSettings) -> bytes:
    """One A4 landscape placard per car of the motorcade: its number in the column and its group."""
    from planner.documents.cards import render_car_placards
    from planner.queries.documents.motorcade import motorcade_data

    with uow:
        data = motorcade_data(uow, visit_id, settings.language, with_legs=False)
    return render_car_placards(data, settings)


def motorcade_pdf(
    uow: UnitOfWork, visit_id: int, settings: DocumentSettings, *, landscape: bool = False
) -> bytes:
    """The motorcade manifest: car by car, driver, passengers by precedence, legs."""
    from planner.documents.motorcade import render_motorcade
    from planner.queries.documents.motorcade import motorcade_data

    with uow:
        data = motorcade_data(uow, visit_id, settings.language)
    return render_motorcade(data, settings, landscape=landscape)


def arrivals_pdf(
    uow: UnitOfWork, visit_id: int, settings: DocumentSettings, *, landscape: bool = False
) -> bytes:
    """Arrivals and departures person by person: when, where, how, who meets them."""
    from planner.documents.arrivals import render_arrivals
    from planner.queries.documents.arrivals import arrivals_data

    with uow:
        data = arrivals_data(uow, visit_id, settings.language)
    return render_arrivals(data, settings, landscape=landscape)


def follow_up_pdf(
    uow: UnitOfWork,
    settings: DocumentSettings,
    *,
    partner_region: str | None = None,
    visit_id: int | None = None,
    owner: str | None = None,
    due_before: date | None = None,
    today: date | None = None,
    landscape: bool = False,
) -> bytes:
    """The follow-up report: every open action item and commitment, of one partner region if given (or
    of a visit's partner: its delegation's home region), of an owner, due before a day; overdue as of
    ``today`` (default: today)."""
    from planner.documents.follow_up import render_follow_up
    from planner.queries.follow_up import FollowUpFilter, check_partner_region, follow_up_report
    from planner.queries.partner_history import partner_of_visit

    with uow:
        if partner_region is None and visit_id is not None:
            partner_region = partner_of_visit(uow, visit_id) or None
        elif partner_region is not None:
            check_partner_region(uow, partner_region)
        where = FollowUpFilter(partner_region, owner, due_before)
        report = follow_up_report(uow, today or date.today(), where, settings.language)
    return render_follow_up(report, settings, landscape=landscape)


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
    site_id: int | None = None  # None: every site
    second_language: str | None = None  # place cards and badges: the name in a second language too
    qr: bool = False  # badges: a QR code with the participant's key
    band: str = "side"  # badges: the colour band by "side" or "role"
    open_commitments: bool = False
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
    it may be printed on, the first the default.
    ``site``: it may be printed for one site of the visit instead of all of them.
    ``second_language``: names may print in a second language too; ``badge``: it takes the badges'
    options (a QR code, the band by side or role).
    ``visit_optional``: it may be printed without a visit.
    ``open_commitments``: it may list the commitments still open from earlier visits with the partner.
    ``guest_time``: it gives the guests' time beside the
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
    site: bool = False
    build_files: BuildFiles | None = None
    item: bool = False
    papers: tuple[str, ...] = ("a5", "a4")
    second_language: bool = False
    badge: bool = False
    visit_optional: bool = False
    open_commitments: bool = False
    guest_time: bool = False

    def render(self, uow: UnitOfWork, settings: DocumentSettings, request: PrintRequest) -> bytes:
        """The document as PDF bytes, its footer naming the visit's programme version (every kind, so a
        new builder cannot forget it)."""
        return self.build(uow, _versioned(uow, settings, request), request)

    def render_files(
        self, uow: UnitOfWork, settings: DocumentSettings, request: PrintRequest, folder: Path
    ) -> list[Path]:
        """One file per participant in ``folder`` (kinds with ``build_files``), versioned like ``render``."""
        assert self.build_files is not None
        return self.build_files(uow, _versioned(uow, settings, request), request, folder)


def _versioned(uow: UnitOfWork, settings: DocumentSettings, request: PrintRequest) -> DocumentSettings:
    if request.visit_id is None or settings.programme_version is not None:
        return settings
    with uow:
        return with_version(uow, request.visit_id, settings)


def _visit(request: PrintRequest) -> int:
    if request.visit_id is None:
        raise ValidationError("say which visit to print")
    return request.visit_id


def _programme(uow: UnitOfWork, settings: DocumentSettings, r: PrintRequest) -> bytes:
    return programme_pdf(uow, _visit(r), settings, day=r.day, landscape=r.landscape, guest_time=r.guest_time)


def _agenda(uow: UnitOfWork, settings: DocumentSettings, r: PrintRequest) -> bytes:
    return agenda_pdf(
        uow,
        _visit(r),
        settings,
        day=r.day,
        landscape=r.landscape,
        open_commitments=r.open_commitments,
        guest_time=r.guest_time,
    )


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


def _follow_up(uow: UnitOfWork, settings: DocumentSettings, r: PrintRequest) -> bytes:
    return follow_up_pdf(
        uow, settings, partner_region=r.partner_region, visit_id=r.visit_id, landscape=r.landscape
    )


def _seating(uow: UnitOfWork, settings: DocumentSettings, r: PrintRequest) -> bytes:
    return seating_pdf(uow, _visit(r), settings, item_id=r.item_id, paper="a3" if r.paper == "a3" else "a4")


def _run_of_show(uow: UnitOfWork, settings: DocumentSettings, r: PrintRequest) -> bytes:
    return run_of_show_pdf(uow, _visit(r), settings)


def _gifts(uow: UnitOfWork, settings: DocumentSettings, r: PrintRequest) -> bytes:
    return gifts_pdf(
        uow, settings, visit_id=r.visit_id, partner_region=r.partner_region, landscape=r.landscape
    )


def _briefing(uow: UnitOfWork, settings: DocumentSettings, r: PrintRequest) -> bytes:
    return briefing_pdf(uow, _visit(r), settings, site_id=r.site_id, landscape=r.landscape)


def _place_cards(uow: UnitOfWork, settings: DocumentSettings, r: PrintRequest) -> bytes:
    return place_cards_pdf(
        uow, _visit(r), settings, second_language=r.second_language, participant_ids=r.participant_ids
    )


def _badges(uow: UnitOfWork, settings: DocumentSettings, r: PrintRequest) -> bytes:
    return badges_pdf(
        uow,
        _visit(r),
        settings,
        second_language=r.second_language,
        participant_ids=r.participant_ids,
        qr=r.qr,
        band=r.band,
    )


def _car_placards(uow: UnitOfWork, settings: DocumentSettings, r: PrintRequest) -> bytes:
    return car_placards_pdf(uow, _visit(r), settings)


def _motorcade(uow: UnitOfWork, settings: DocumentSettings, r: PrintRequest) -> bytes:
    return motorcade_pdf(uow, _visit(r), settings, landscape=r.landscape)


def _arrivals(uow: UnitOfWork, settings: DocumentSettings, r: PrintRequest) -> bytes:
    return arrivals_pdf(uow, _visit(r), settings, landscape=r.landscape)


# The one list of printed documents, in the order the CLI's help and the GUI's Print page show them.
DOCUMENT_KINDS: tuple[DocumentKind, ...] = (
    DocumentKind("programme", _programme, day=True, guest_time=True),
    DocumentKind("agenda", _agenda, day=True, one_day=True, open_commitments=True, guest_time=True),
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
    DocumentKind("run-of-show", _run_of_show, landscape=False),  # always landscape pages
    DocumentKind("gifts", _gifts, partner_region=True),
    DocumentKind("briefing", _briefing, site=True),
    # cut and folded sheets of a fixed layout: no landscape choice
    DocumentKind("place-cards", _place_cards, participants=True, landscape=False, second_language=True),
    DocumentKind("badges", _badges, participants=True, landscape=False, second_language=True, badge=True),
    DocumentKind("car-placards", _car_placards, landscape=False),
    DocumentKind("motorcade", _motorcade),
    DocumentKind("arrivals", _arrivals),
    # not of one visit: of every partner, of one (--partner-region), or of a visit's partner
    DocumentKind("follow-up", _follow_up, partner_region=True, visit_optional=True),
)
DOCUMENT_KIND_NAMES: tuple[str, ...] = tuple(kind.name for kind in DOCUMENT_KINDS)


def document_kind(name: str) -> DocumentKind:
    """The registered kind called ``name``."""
    for kind in DOCUMENT_KINDS:
        if kind.name == name:
            return kind
    raise PlannerError(f"unknown document kind {name!r}")
