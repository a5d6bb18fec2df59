"""Printing as a service: build the documents of a visit from the database, and the one list of them.

Every ``*_pdf`` function has one shape, :func:`_printed` (:func:`_of_visit` for a plain read model of
one visit): in one unit of work it reads the visit's programme version (which every page's footer prints)
and the document's data, then renders the frozen data outside it and returns the PDF as bytes.
:func:`write_pdf` and :func:`write_itinerary_files` write files. :data:`DOCUMENT_KINDS` is the registry of
every kind of document, with the options it takes and the function that builds it; the command line and
the GUI's Print page both list and build documents through it.

Importing this module is cheap: the read models (the ORM mapping) and the renderers (ReportLab, Babel)
are imported inside the functions, on first use, so the GUI and the CLI parser do not pay for them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from planner.documents.settings import DocumentSettings
from planner.domain.errors import PlannerError, ValidationError
from planner.interchange.safe_write import write_file

if TYPE_CHECKING:
    from planner.persistence.uow import UnitOfWork
    from planner.queries.documents import ItineraryData
    from planner.queries.documents.cards import CardsData

Data = TypeVar("Data")
Output = TypeVar("Output")


def with_version(uow: UnitOfWork, visit_id: int, settings: DocumentSettings) -> DocumentSettings:
    """``settings`` with the visit's programme version, which every page's footer prints (in an open
    unit of work)."""
    from dataclasses import replace

    from planner.queries.programme_versions import programme_version

    return replace(settings, programme_version=programme_version(uow, visit_id))


def with_host_zone(uow: UnitOfWork, visit_id: int, settings: DocumentSettings) -> DocumentSettings:
    """``settings`` in the visit's host zone, the zone of every time its documents print (in an open unit
    of work; unchanged when there is no such visit)."""
    from dataclasses import replace

    from sqlalchemy import select

    from planner.persistence.tables import Visit

    found = uow.session.scalar(select(Visit.host_timezone).where(Visit.id == visit_id))
    return replace(settings, zone=found) if found else settings


def with_names_whole(uow: UnitOfWork, visit_id: int | None, settings: DocumentSettings) -> DocumentSettings:
    """``settings`` that leave the words of people's names whole, those of the visit (of every visit
    when None) (in an open unit of work)."""
    from dataclasses import replace

    from planner.queries.documents.names import name_words

    return replace(settings, unbroken=name_words(uow, visit_id))


def _printed(
    uow: UnitOfWork,
    visit_id: int | None,
    settings: DocumentSettings,
    read: Callable[[], Data],
    render: Callable[[Data, DocumentSettings], Output],
) -> Output:
    """``render(read(), settings)``, the settings naming the visit's programme version (none without a
    visit; one the caller gave is kept).

    The version and the data are read in the same unit of work, so the footer names the version the
    pages show; rendering runs after it is closed, on frozen rows, so it holds no transaction open."""
    with uow:
        if visit_id is not None and settings.programme_version is None:
            settings = with_version(uow, visit_id, settings)
        if visit_id is not None and not settings.zone:  # the time of printing in the zone of the page's times
            settings = with_host_zone(uow, visit_id, settings)
        if not settings.unbroken:
            settings = with_names_whole(uow, visit_id, settings)
        data = read()
    return render(data, settings)


def _of_visit(
    uow: UnitOfWork,
    visit_id: int,
    settings: DocumentSettings,
    read: Callable[[UnitOfWork, int, str], Data],
    render: Callable[[Data, DocumentSettings], Output],
) -> Output:
    """:func:`_printed` for the common case: a read model of the visit, in the document's language."""
    return _printed(uow, visit_id, settings, lambda: read(uow, visit_id, settings.language), render)


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
    from planner.queries.documents import programme_data

    render = partial(render_programme, landscape=landscape, guest_time=guest_time)
    return _of_visit(uow, visit_id, settings, partial(programme_data, day=day), render)


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
    from planner.queries.partner_history import PartnerHistory, history_before_visit

    def read() -> tuple[q.ProgrammeData, PartnerHistory | None]:
        header = q.visit_header(uow, visit_id, settings.language)
        if day is None and header.day_count != 1:
            raise ValidationError(
                f"the agenda is for one day: give --day 1 to {header.day_count} (the visit has "
                f"{header.day_count} days)"
            )
        data = q.programme_data(uow, visit_id, settings.language, 1 if day is None else day)
        if not open_commitments:
            return data, None
        return data, history_before_visit(uow, visit_id, today or date.today(), settings.language)

    def render(found: tuple[q.ProgrammeData, PartnerHistory | None], versioned: DocumentSettings) -> bytes:
        data, history = found
        return render_agenda(
            data,
            versioned,
            landscape=landscape,
            history=history,
            with_commitments=open_commitments,
            guest_time=guest_time,
        )

    return _printed(uow, visit_id, settings, read, render)


def _itineraries(
    uow: UnitOfWork, visit_id: int, language: str, *, participant_ids: Sequence[int] | None
) -> list[ItineraryData]:
    """The itineraries' data (in an open unit of work); refused when there is nobody to print."""
    from planner.queries.documents import itinerary_data

    data = itinerary_data(uow, visit_id, language, participant_ids)
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

    read = partial(_itineraries, participant_ids=participant_ids)
    return _of_visit(
        uow, visit_id, settings, read, partial(render_itineraries, paper=paper, guest_time=guest_time)
    )


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

    def write(data: list[ItineraryData], versioned: DocumentSettings) -> list[Path]:
        if directory.exists() and not directory.is_dir():
            raise ValidationError(f"{directory} is a file; one file per participant needs a folder")
        try:
            directory.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise PlannerError(f"cannot create the folder {directory}: {exc.strerror}") from exc
        paths = []
        for position, person in enumerate(data, start=1):
            path = directory / file_name(person, position)
            write_pdf(path, render_itineraries([person], versioned, paper=paper, guest_time=guest_time))
            paths.append(path)
        return paths

    return _of_visit(uow, visit_id, settings, partial(_itineraries, participant_ids=participant_ids), write)


def transport_pdf(
    uow: UnitOfWork, visit_id: int, settings: DocumentSettings, *, landscape: bool = False
) -> bytes:
    """The transport plan of the visit."""
    from planner.documents.transport import render_transport
    from planner.queries.documents import transport_data

    return _of_visit(uow, visit_id, settings, transport_data, partial(render_transport, landscape=landscape))


def delegation_list_pdf(
    uow: UnitOfWork, visit_id: int, settings: DocumentSettings, *, landscape: bool = False
) -> bytes:
    """The list of participants of both sides in protocol order."""
    from planner.documents.delegation_list import render_delegation_list
    from planner.queries.documents import delegation_list_data

    return _of_visit(
        uow, visit_id, settings, delegation_list_data, partial(render_delegation_list, landscape=landscape)
    )


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

    def read() -> q.MinutesData:
        meeting = meeting_id
        if meeting is None:
            known = q.meeting_ids(uow, visit_id)
            if len(known) != 1:
                which = f"one of {', '.join(map(str, known))}" if known else "none: the visit has no meetings"
                raise ValidationError(f"say which meeting with --meeting ({which})")
            meeting = known[0]
        return q.minutes_data(uow, visit_id, meeting, settings.language)

    return _printed(uow, visit_id, settings, read, partial(render_minutes, landscape=landscape))


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
    from planner.queries.documents import documents_data

    read = partial(documents_data, uow, settings.language, visit_id=visit_id, partner_region=partner_region)
    return _printed(uow, visit_id, settings, read, partial(render_documents, landscape=landscape))


def seating_pdf(
    uow: UnitOfWork, visit_id: int, settings: DocumentSettings, *, item_id: int | None, paper: str = "a4"
) -> bytes:
    """The seating plan of a meeting or meal item on landscape A4 or A3: the stored plan, or, when none
    is stored, the plan the rules of protocol propose (marked as not saved)."""
    from planner.documents.seating import render_seating
    from planner.queries.seating import SeatingPlan, seating_plan_of_visit

    def render(found: tuple[SeatingPlan, bool], versioned: DocumentSettings) -> bytes:
        plan, proposed = found
        return render_seating(plan, versioned, paper=paper, proposed=proposed)

    return _printed(
        uow,
        visit_id,
        settings,
        lambda: seating_plan_of_visit(uow, visit_id, item_id, settings.language),
        render,
    )


def run_of_show_pdf(uow: UnitOfWork, visit_id: int, settings: DocumentSettings) -> bytes:
    """The run of show: every item of every group minute by minute, on landscape pages."""
    from planner.documents.run_of_show import render_run_of_show
    from planner.queries.documents.run_of_show import run_of_show_data

    return _of_visit(uow, visit_id, settings, run_of_show_data, render_run_of_show)


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

    read = partial(gifts_data, uow, settings.language, visit_id=visit_id, partner_region=partner_region)
    return _printed(uow, visit_id, settings, read, partial(render_gifts, landscape=landscape))


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

    read = partial(briefing_data, site_id=site_id)
    return _of_visit(uow, visit_id, settings, read, partial(render_briefing, landscape=landscape))


def _cards(
    uow: UnitOfWork,
    visit_id: int,
    language: str,
    *,
    second_language: str | None,
    participant_ids: Sequence[int] | None,
) -> CardsData:
    """The names for place cards and badges (in an open unit of work), in a second language too if
    given."""
    from planner.documents.catalogue import check_language
    from planner.queries.documents.cards import cards_data

    second = check_language(second_language) if second_language is not None else None
    chosen = tuple(participant_ids) if participant_ids is not None else None
    return cards_data(uow, visit_id, language, second, chosen)


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

    read = partial(_cards, second_language=second_language, participant_ids=participant_ids)
    return _of_visit(uow, visit_id, settings, read, render_place_cards)


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

    read = partial(_cards, second_language=second_language, participant_ids=participant_ids)
    return _of_visit(uow, visit_id, settings, read, partial(render_badges, qr=qr, band_by=band))


def car_placards_pdf(uow: UnitOfWork, visit_id: int, settings: DocumentSettings) -> bytes:
    """One A4 landscape placard per car of the motorcade: its number in the column and its group."""
    from planner.documents.cards import render_car_placards
    from planner.queries.documents.motorcade import motorcade_data

    return _of_visit(uow, visit_id, settings, partial(motorcade_data, with_legs=False), render_car_placards)


def motorcade_pdf(
    uow: UnitOfWork, visit_id: int, settings: DocumentSettings, *, landscape: bool = False
) -> bytes:
    """The motorcade manifest: car by car, driver, passengers by precedence, legs."""
    from planner.documents.motorcade import render_motorcade
    from planner.queries.documents.motorcade import motorcade_data

    return _of_visit(uow, visit_id, settings, motorcade_data, partial(render_motorcade, landscape=landscape))


def arrivals_pdf(
    uow: UnitOfWork, visit_id: int, settings: DocumentSettings, *, landscape: bool = False
) -> bytes:
    """Arrivals and departures person by person: when, where, how, who meets them."""
    from planner.documents.arrivals import render_arrivals
    from planner.queries.documents.arrivals import arrivals_data

    return _of_visit(uow, visit_id, settings, arrivals_data, partial(render_arrivals, landscape=landscape))


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
    from planner.queries.follow_up import (
        FollowUpFilter,
        FollowUpReport,
        check_partner_region,
        follow_up_report,
        host_organisation,
        region_in_language,
    )
    from planner.queries.partner_history import partner_of_visit

    def read() -> FollowUpReport:
        region = partner_region
        if region is None and visit_id is not None:
            region = partner_of_visit(uow, visit_id) or None
        elif region is not None:
            check_partner_region(uow, region)
        where = FollowUpFilter(region, owner, due_before)
        lang = settings.language
        report = follow_up_report(uow, today or date.today(), where, lang)
        return replace(
            report,
            host_organisation=host_organisation(uow, lang, visit_id=visit_id, region=region),
            region_name=region_in_language(uow, region, lang) if region else "",
        )

    return _printed(uow, visit_id, settings, read, partial(render_follow_up, landscape=landscape))


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
        """The document as PDF bytes, its footer naming the visit's programme version."""
        return self.build(uow, settings, request)

    def render_files(
        self, uow: UnitOfWork, settings: DocumentSettings, request: PrintRequest, folder: Path
    ) -> list[Path]:
        """One file per participant in ``folder`` (kinds with ``build_files``)."""
        assert self.build_files is not None
        return self.build_files(uow, settings, request, folder)


def _visit(request: PrintRequest) -> int:
    if request.visit_id is None:
        raise ValidationError("say which visit to print")
    return request.visit_id


# The one list of printed documents, in the order the CLI's help and the GUI's Print page show them. Each
# kind passes the options it takes from the request to its ``*_pdf`` function, which reads the programme
# version for the footer.
DOCUMENT_KINDS: tuple[DocumentKind, ...] = (
    DocumentKind(
        "programme",
        lambda uow, s, r: programme_pdf(
            uow, _visit(r), s, day=r.day, landscape=r.landscape, guest_time=r.guest_time
        ),
        day=True,
        guest_time=True,
    ),
    DocumentKind(
        "agenda",
        lambda uow, s, r: agenda_pdf(
            uow,
            _visit(r),
            s,
            day=r.day,
            landscape=r.landscape,
            open_commitments=r.open_commitments,
            guest_time=r.guest_time,
        ),
        day=True,
        one_day=True,
        open_commitments=True,
        guest_time=True,
    ),
    DocumentKind(
        "itinerary",
        lambda uow, s, r: itinerary_pdf(
            uow, _visit(r), s, r.participant_ids, paper=r.paper, guest_time=r.guest_time
        ),
        participants=True,
        landscape=False,  # a pocket A5 page
        paper=True,
        build_files=lambda uow, s, r, folder: write_itinerary_files(
            uow, _visit(r), s, folder, r.participant_ids, paper=r.paper, guest_time=r.guest_time
        ),
        guest_time=True,
    ),
    DocumentKind("transport", lambda uow, s, r: transport_pdf(uow, _visit(r), s, landscape=r.landscape)),
    DocumentKind(
        "delegation-list", lambda uow, s, r: delegation_list_pdf(uow, _visit(r), s, landscape=r.landscape)
    ),
    DocumentKind(
        "minutes",
        lambda uow, s, r: minutes_pdf(uow, _visit(r), s, meeting_id=r.meeting_id, landscape=r.landscape),
        meeting=True,
    ),
    DocumentKind(
        "documents",
        lambda uow, s, r: documents_pdf(
            uow, s, visit_id=r.visit_id, partner_region=r.partner_region, landscape=r.landscape
        ),
        partner_region=True,
    ),
    DocumentKind(
        "seating",
        lambda uow, s, r: seating_pdf(
            uow, _visit(r), s, item_id=r.item_id, paper="a3" if r.paper == "a3" else "a4"
        ),
        item=True,
        paper=True,
        papers=("a4", "a3"),
    ),
    # always landscape pages
    DocumentKind("run-of-show", lambda uow, s, r: run_of_show_pdf(uow, _visit(r), s), landscape=False),
    DocumentKind(
        "gifts",
        lambda uow, s, r: gifts_pdf(
            uow, s, visit_id=r.visit_id, partner_region=r.partner_region, landscape=r.landscape
        ),
        partner_region=True,
    ),
    DocumentKind(
        "briefing",
        lambda uow, s, r: briefing_pdf(uow, _visit(r), s, site_id=r.site_id, landscape=r.landscape),
        site=True,
    ),
    # cut and folded sheets of a fixed layout: no landscape choice
    DocumentKind(
        "place-cards",
        lambda uow, s, r: place_cards_pdf(
            uow, _visit(r), s, second_language=r.second_language, participant_ids=r.participant_ids
        ),
        participants=True,
        landscape=False,
        second_language=True,
    ),
    DocumentKind(
        "badges",
        lambda uow, s, r: badges_pdf(
            uow,
            _visit(r),
            s,
            second_language=r.second_language,
            participant_ids=r.participant_ids,
            qr=r.qr,
            band=r.band,
        ),
        participants=True,
        landscape=False,
        second_language=True,
        badge=True,
    ),
    DocumentKind("car-placards", lambda uow, s, r: car_placards_pdf(uow, _visit(r), s), landscape=False),
    DocumentKind("motorcade", lambda uow, s, r: motorcade_pdf(uow, _visit(r), s, landscape=r.landscape)),
    DocumentKind("arrivals", lambda uow, s, r: arrivals_pdf(uow, _visit(r), s, landscape=r.landscape)),
    # not of one visit: of every partner, of one (--partner-region), or of a visit's partner
    DocumentKind(
        "follow-up",
        lambda uow, s, r: follow_up_pdf(
            uow, s, partner_region=r.partner_region, visit_id=r.visit_id, landscape=r.landscape
        ),
        partner_region=True,
        visit_optional=True,
    ),
)
DOCUMENT_KIND_NAMES: tuple[str, ...] = tuple(kind.name for kind in DOCUMENT_KINDS)


def document_kind(name: str) -> DocumentKind:
    """The registered kind called ``name``."""
    for kind in DOCUMENT_KINDS:
        if kind.name == name:
            return kind
    raise PlannerError(f"unknown document kind {name!r}")
