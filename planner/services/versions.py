"""The day of the visit: "running late" on an item, and telling exactly the people a change touches.

:func:`running_late` proposes the engine's repair of the rest of the day after an item overran (and with
``apply`` writes it as one transaction, which raises the programme version); either way it says who is
affected and how. :func:`write_notices` writes, for everyone whose programme changed since a version, a
one-page notice, their new personal itinerary (participants) or transport sheet (drivers), and an e-mail
draft with those PDFs attached. Both are plain use cases the GUI's live mode can call as well.
"""

from __future__ import annotations

import binascii
import secrets
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import timedelta
from email.header import Header
from email.utils import formataddr, formatdate, make_msgid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planner.documents.settings import DocumentSettings
from planner.interchange.safe_write import write_file

if TYPE_CHECKING:
    from collections.abc import Iterator

    from planner.persistence.uow import UnitOfWork
    from planner.queries.programme_versions import ProgrammeChanges, Recipient
    from planner.scheduling.repair import RepairProposal
    from planner.services.planning import Applied


@dataclass(frozen=True)
class RunningLate:
    """A repair of the rest of the day after an item overran, who it affects, and whether it was applied.

    ``version_before``/``version_after``: the programme version before and after (the same when not
    applied). ``applied`` holds what was written and its inverse (for undo).
    """

    proposal: RepairProposal
    affected: ProgrammeChanges
    version_before: int
    version_after: int
    applied: Applied | None = field(default=None, repr=False)


def proposal_changes(uow: UnitOfWork, proposal: Any, lang: str = "ru") -> ProgrammeChanges:
    """Who a proposal not yet applied would affect: the stored programme against the one it would make.

    Moves change an item's times (and its groups' people); a dropped item leaves everyone's programme.
    """
    from sqlalchemy import select

    from planner.persistence.programme_versions import current_version, stored_states
    from planner.persistence.tables import group_members
    from planner.queries.programme_versions import programme_diff

    visit_id = proposal.visit_id
    with uow:
        conn = uow.connection
        version = current_version(conn, visit_id)
        old = stored_states(conn, visit_id)
        new = dict(old)
        members: dict[int, set[int]] = {}
        if any(m.new_groups != m.old_groups for m in proposal.moves):
            for group_id, person in conn.execute(
                select(group_members.c.group_id, group_members.c.participant_id)
            ):
                members.setdefault(group_id, set()).add(person)
        for move in proposal.moves:
            state = old.get(move.item_id)
            if state is None:
                continue
            state = {**state, "start": _utc(move.new_start), "end": _utc(move.new_end)}
            if move.new_groups != move.old_groups and state.get("people") is not None:
                gone = (
                    set().union(*(members.get(g, set()) for g in move.old_groups))
                    if move.old_groups
                    else set()
                )
                came = (
                    set().union(*(members.get(g, set()) for g in move.new_groups))
                    if move.new_groups
                    else set()
                )
                state["people"] = sorted((set(state["people"]) - gone) | came)
            new[move.item_id] = state
        for gone_item in proposal.dropped:
            if gone_item.item_id in new:
                new[gone_item.item_id] = None
        return programme_diff(uow, visit_id, old, new, lang, since=version, version=version)


def _utc(moment: Any) -> str:
    from datetime import UTC

    return str(moment.astimezone(UTC).isoformat())


def running_late(
    uow: UnitOfWork,
    visit_id: int,
    item_id: int,
    minutes: int,
    *,
    apply: bool = False,
    lang: str = "en",
    names_lang: str = "ru",
    time_limit_s: float = 1.0,
    grid: int | None = None,
    shift_pinned: bool = False,
) -> RunningLate:
    """The current item runs ``minutes`` over: the repair of the rest of its day and who it affects.

    The proposal's moves, reasons and conflicts, and the items, people and sites they name, are in
    ``lang``; who is affected is named in ``names_lang`` ("" keeps names as typed). A name is its
    translation when it has one, else as typed.

    With ``apply`` the repair is written (one transaction, recorded even if a conflict is left, as the
    overrun has happened) and the affected people are read from the programme versions it made.
    """
    from planner.queries.programme_versions import changes_since, programme_version
    from planner.services.planning import apply_proposal, propose_repair

    with uow:
        before = programme_version(uow, visit_id)
    proposal = propose_repair(
        uow,
        visit_id,
        item_id,
        timedelta(minutes=minutes),
        time_limit_s=time_limit_s,
        grid=grid,
        language=lang,
        shift_pinned=shift_pinned,
    )
    if not apply or proposal.is_empty:
        return RunningLate(proposal, proposal_changes(uow, proposal, names_lang), before, before)
    applied = apply_proposal(uow, proposal)
    with uow:
        after = programme_version(uow, visit_id)
        affected = changes_since(uow, visit_id, before, names_lang) if before else None
    if affected is None or after == before:
        from planner.queries.programme_versions import ProgrammeChanges

        affected = ProgrammeChanges(visit_id, before, after)
    return RunningLate(proposal, affected, before, after, applied)


@dataclass(frozen=True)
class NoticeFiles:
    """What :func:`write_notices` wrote: per recipient key, its files (PDFs and the e-mail draft)."""

    changes: ProgrammeChanges
    files: dict[str, list[Path]]

    @property
    def paths(self) -> list[Path]:
        """Every file written."""
        return [p for paths in self.files.values() for p in paths]


def write_notices(
    uow: UnitOfWork,
    visit_id: int,
    since: int,
    folder: Path,
    settings: DocumentSettings,
    *,
    sender: str = "",
) -> NoticeFiles:
    """For everyone whose programme changed since version ``since``: a notice PDF, their new itinerary
    (participants) or transport sheet (drivers), and an ``.eml`` draft with those attached (addressed to
    their e-mail when known). Nobody else gets a file."""
    from planner.queries import documents as q
    from planner.queries.programme_versions import DRIVER, PARTICIPANT, changes_since, programme_version

    lang = settings.language
    with uow:
        changes = changes_since(uow, visit_id, since, lang)
        version = programme_version(uow, visit_id)
        header = q.visit_header(uow, visit_id, lang)
        people = [r.id for r in changes.of_kind(PARTICIPANT)]
        itineraries = (
            {d.person.id: d for d in q.itinerary_data(uow, visit_id, lang, people)} if people else {}
        )
        transport = q.transport_data(uow, visit_id, lang) if changes.of_kind(DRIVER) else None
    # every time on the notices, the time of printing included, is in the host zone
    settings = replace(settings, programme_version=version, zone=header.host_timezone)
    legs = _legs_by_item(transport)
    job = _NoticeJob(header, changes, settings, legs, itineraries, transport, version, sender, lang)
    folder.mkdir(parents=True, exist_ok=True)
    files: dict[str, list[Path]] = {}
    # each recipient's PDFs, then the e-mail draft with them attached (drawn and drafted in the workers),
    # written as they come while the rest is drawn. Writing is mostly waiting for the disk (each file
    # is synced), so several threads write at once: the disk takes their syncs together. The threads
    # start only after the first result, so that _render_all forks (if it does) from a single thread.
    pending: list[Future[Path]] = []
    with ThreadPoolExecutor(WRITERS, thread_name_prefix="notice-writer") as writers:
        for recipient, outputs in zip(changes.recipients, _render_all(job), strict=True):
            written = []
            for name, data in outputs:
                path = folder / name
                pending.append(writers.submit(write_file, path, data, private=True))
                written.append(path)
            files[recipient.key] = written
    for future in pending:
        future.result()  # the first failure, as write_file words it
    return NoticeFiles(changes, files)


@dataclass(frozen=True)
class _NoticeJob:
    """Everything the notices of one version are drawn from (read once, before any drawing)."""

    header: Any
    changes: Any
    settings: DocumentSettings
    legs: dict[tuple[int, int], Any]
    itineraries: dict[int, Any]
    transport: Any
    version: int
    sender: str
    lang: str


# drawing the PDFs is the whole cost (some 40 ms a person); above this many recipients it is shared out
# over the machine's cores, in forked workers that inherit the job and the registered fonts
PARALLEL_FROM = 24
_JOB: _NoticeJob | None = None  # the job a forked worker draws from
WRITERS = 8  # threads writing the files (each synced to the disk) while the rest is drawn
last_render_workers = 0  # processes that drew the last notices (1: drawn here), for tests and benchmarks


def _render_all(job: _NoticeJob) -> Iterator[list[tuple[str, bytes]]]:
    """Each recipient's files, in the order of ``job.changes.recipients``, as they are drawn."""
    global _JOB, last_render_workers
    import os
    import threading

    count = len(job.changes.recipients)
    workers = min(os.cpu_count() or 1, 8)
    # fork only from a single-threaded process (the command line): forking beside the window's threads
    # could copy a held lock into the child
    if count < PARALLEL_FROM or workers < 2 or threading.active_count() > 1 or not hasattr(os, "fork"):
        last_render_workers = 1
        for n in range(count):
            yield _render_one(job, n)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    last_render_workers = workers
    _prepare_drawing(job.lang)
    _JOB = job
    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(workers, mp_context=context) as pool:
            # map submits every recipient (forking the workers) before it returns its first result;
            # small chunks, so that the files come back (to be written) from the start and no worker
            # is left drawing a long last chunk alone
            yield from pool.map(_render_in_worker, range(count), chunksize=max(1, count // (workers * 16)))
    finally:
        _JOB = None


def _prepare_drawing(lang: str) -> None:
    """Load the drawing code, the fonts and the language's styles (with its hyphenation patterns) here,
    once, so that every forked worker inherits them instead of each loading them again."""
    from planner.documents import itinerary, notice, transport  # noqa: F401  (imported to be inherited)
    from planner.documents.template import styles

    styles(8.0, lang)  # pocket itineraries
    styles(9.0, lang)  # notices and transport sheets


def _render_in_worker(n: int) -> list[tuple[str, bytes]]:
    assert _JOB is not None
    return _render_one(_JOB, n)


def _render_one(job: _NoticeJob, n: int) -> list[tuple[str, bytes]]:
    """One recipient's notice, new itinerary or transport sheet and e-mail draft, as (file name, bytes)."""
    from planner.documents.itinerary import render_itineraries
    from planner.documents.notice import render_notice
    from planner.documents.transport import render_transport
    from planner.queries.programme_versions import DRIVER, PARTICIPANT

    recipient = job.changes.recipients[n]
    version = job.version
    notice = render_notice(job.header, recipient, job.changes, job.settings, job.legs)
    attachments = [(f"{recipient.key}-notice-v{version}.pdf", notice)]
    if recipient.kind == PARTICIPANT and recipient.id in job.itineraries:
        pdf = render_itineraries([job.itineraries[recipient.id]], job.settings, paper="a5")
        attachments.append((f"{recipient.key}-itinerary-v{version}.pdf", pdf))
    elif recipient.kind == DRIVER and job.transport is not None:
        transport = job.transport
        own = replace(transport, vehicles=tuple(v for v in transport.vehicles if v.id == recipient.id))
        attachments.append((f"{recipient.key}-transport-v{version}.pdf", render_transport(own, job.settings)))
    draft = _draft(recipient, job.header.title, version, attachments, job.sender, job.lang)
    return [*attachments, (f"{recipient.key}-v{version}.eml", draft)]


def _legs_by_item(transport: Any) -> dict[tuple[int, int], Any]:
    """Each car's leg to each item (vehicle id, item start) -> leg: where and when the car now waits."""
    found: dict[tuple[int, int], Any] = {}
    if transport is None:
        return found
    for vehicle in transport.vehicles:
        for leg in vehicle.legs:
            found[(vehicle.id, int(leg.arrives_by.timestamp()))] = leg
    return found


def _draft(
    recipient: Recipient,
    visit_title: str,
    version: int,
    attachments: list[tuple[str, bytes]],
    sender: str,
    lang: str,
) -> bytes:
    """An e-mail draft (RFC 5322, for the office's own mail program) with the PDFs attached."""
    from email.mime.application import MIMEApplication
    from email.mime.multipart import MIMEMultipart
    from email.mime.text import MIMEText

    from planner.documents.catalogue import counted, label
    from planner.documents.salutation import salutation

    # the classic MIME classes (EmailMessage's content manager base64s line by line in Python); the
    # attachments go in as placeholders and their base64 text is put in place after: the generator
    # would otherwise split and write each of their lines again, a quarter of a second per draft
    msg = MIMEMultipart()
    # a Header, so that Cyrillic and Kazakh letters are encoded (RFC 2047) under the classic policy
    msg["Subject"] = Header(label("mail_subject", lang, visit=visit_title, n=version), "utf-8")  # type: ignore[assignment]
    if recipient.email:
        msg["To"] = formataddr((recipient.name, recipient.email), "utf-8")
    if sender:
        msg["From"] = sender
    msg["Date"] = formatdate(localtime=True)
    msg["Message-ID"] = make_msgid(domain="delegation-planner")
    msg["X-Unsent"] = "1"  # opens as a draft to send in Outlook and Thunderbird
    msg.attach(
        MIMEText(
            label(
                "mail_body",
                lang,
                greeting=salutation(recipient.name, lang),
                changed=counted("n_changed", len(recipient.changes) + len(recipient.stays), lang),
            ),
            "plain",
            "utf-8",
        )
    )
    token = secrets.token_hex(8)
    bodies: dict[bytes, bytes] = {}
    for number, (name, data) in enumerate(attachments):
        part = MIMEApplication(b"", "pdf", _encoder=_leave_as_is)
        part["Content-Transfer-Encoding"] = "base64"
        placeholder = f"<attachment {number} {token}>"
        part.set_payload(placeholder + "\n")
        part.add_header("Content-Disposition", "attachment", filename=name)
        msg.attach(part)
        bodies[placeholder.encode("ascii") + b"\n"] = _base64_lines(data)
    draft = msg.as_bytes()
    for marker, body in bodies.items():
        draft = draft.replace(marker, body, 1)
    return draft


def _leave_as_is(_part: Any) -> None:
    """The encoder of a part whose body is put in later (see :func:`_draft`)."""


def _base64_lines(data: bytes) -> bytes:
    """``data`` in base64, lines of 76 characters each ending in a line feed (as ``base64.encodebytes``
    writes it, with one C call instead of one a line)."""
    encoded = binascii.b2a_base64(data, newline=False)
    width = 76
    return b"".join(encoded[i : i + width] + b"\n" for i in range(0, len(encoded), width))
