"""Follow-up: every action item of every meeting and every commitment of every signed document, in one list.

A row names what is to be done, who does it, by when, how far it is, and whether it is overdue (due before
``today`` and neither done nor cancelled; ``today`` is an argument so tests and reports can fix it). Rows
can be filtered by partner region (the delegation's home region for a meeting's action items; the
document's partner region for its commitments, else its visit's delegation's), by owner and by due date.

By default only what still needs following is listed (open, in progress, late); ``include_finished`` adds
what is done or cancelled.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlalchemy import select

from planner.domain.errors import NotFoundError
from planner.domain.kinds import ActionStatus, localized
from planner.persistence.tables import (
    ActionItem,
    Commitment,
    Delegation,
    ItineraryItem,
    Meeting,
    Outcome,
    Participant,
    SignedDocument,
    Visit,
)
from planner.persistence.uow import UnitOfWork


class FollowUpKind(StrEnum):
    """What a follow-up row comes from."""

    ACTION_ITEM = "action_item"  # a meeting's outcome → an action item
    COMMITMENT = "commitment"  # a signed document → a commitment


# statuses that need no more following
FINISHED: frozenset[str] = frozenset({ActionStatus.DONE.value, ActionStatus.CANCELLED.value})


@dataclass(frozen=True)
class FollowUpRow:
    """One action item or commitment: what, who, by when, how far, and where it came from."""

    kind: FollowUpKind
    record_id: int
    text: str
    owner: str
    due_date: date | None
    status: str
    overdue: bool
    partner_region: str
    # the meeting (its item's title) or the document it comes from, and its visit
    source: str
    # the meeting's or the document's id
    source_id: int
    visit_id: int | None
    visit_title: str
    # the commitment's area, the action item's outcome topic
    area: str
    version: int

    @property
    def key(self) -> str:
        """Unique across both kinds: "commitment:4", "action_item:4"."""
        return f"{self.kind.value}:{self.record_id}"

    @property
    def finished(self) -> bool:
        """Done or cancelled."""
        return self.status in FINISHED

    def as_dict(self) -> dict[str, object]:
        """The row as JSON writes it."""
        return {
            "kind": self.kind.value,
            "id": self.record_id,
            "text": self.text,
            "owner": self.owner,
            "due_date": self.due_date.isoformat() if self.due_date else None,
            "status": self.status,
            "overdue": self.overdue,
            "partner_region": self.partner_region,
            "source": self.source,
            "visit_id": self.visit_id,
            "visit_title": self.visit_title,
            "area": self.area,
        }


@dataclass(frozen=True)
class FollowUpFilter:
    """What to list: a partner region and an owner (parts of the name, any case), due before a day."""

    partner_region: str | None = None
    owner: str | None = None
    due_before: date | None = None
    include_finished: bool = False

    def keeps(self, row: FollowUpRow, regions: Iterable[str] = (), owners: Iterable[str] = ()) -> bool:
        """True if ``row`` passes; ``regions`` are other names of its partner region, ``owners`` of its
        owner (translations: a filter typed in one language finds a row shown in another)."""
        if not self.include_finished and row.finished:
            return False
        if self.partner_region and self.partner_region.strip():
            wanted = fold(self.partner_region)
            if not any(wanted in fold(r) for r in (row.partner_region, *regions) if r):
                return False
        if self.owner and self.owner.strip():
            wanted = fold(self.owner)
            if not any(wanted in fold(name) for name in (row.owner, *owners) if name):
                return False
        return not (self.due_before is not None and (row.due_date is None or row.due_date >= self.due_before))


def fold(text: str) -> str:
    """Text compared without case or surrounding blanks (Cyrillic and Kazakh letters included)."""
    return " ".join(text.split()).casefold()


def is_overdue(due: date | None, status: str, today: date) -> bool:
    """Due before ``today`` and still not done or cancelled."""
    return due is not None and due < today and status not in FINISHED


def _sort_key(row: FollowUpRow) -> tuple[object, ...]:
    # soonest first, undated last; then by source so a document's commitments stay together
    return (row.due_date is None, row.due_date or date.min, row.source, row.kind.value, row.record_id)


def _all_rows(
    uow: UnitOfWork, today: date, lang: str | None
) -> list[tuple[FollowUpRow, tuple[str, ...], tuple[str, ...]]]:
    """Every row with the other names of its partner region and of its owner."""
    s = uow.session
    rows: list[tuple[FollowUpRow, tuple[str, ...], tuple[str, ...]]] = []
    names = dict(s.execute(select(Participant.id, Participant.full_name)).all())
    aliases = region_aliases(uow)
    shown_region = {
        fold(default): localized(default, translations, lang)
        for default, translations in s.execute(select(Delegation.home_region, Delegation.home_region_i18n))
        if default
    }
    actions = s.execute(
        select(ActionItem, Outcome.topic, Outcome.topic_i18n, Meeting.id, ItineraryItem, Visit, Delegation)
        .join(Outcome, Outcome.id == ActionItem.outcome_id)
        .join(Meeting, Meeting.id == Outcome.meeting_id)
        .join(ItineraryItem, ItineraryItem.id == Meeting.item_id)
        .join(Visit, Visit.id == ItineraryItem.visit_id)
        .join(Delegation, Delegation.id == Visit.delegation_id)
    )
    for a, topic, topic_i18n, meeting_id, item, visit, delegation in actions:
        # an owner typed as text is shown in ``lang`` and found by each of its names
        typed_owner = localized(a.owner_text, a.owner_text_i18n, lang)
        owner = names.get(a.owner_id, "") if a.owner_id is not None else typed_owner
        region = localized(delegation.home_region, delegation.home_region_i18n, lang)
        rows.append(
            (
                FollowUpRow(
                    FollowUpKind.ACTION_ITEM,
                    a.id,
                    localized(a.description, a.description_i18n, lang),
                    owner or typed_owner,
                    a.due_date,
                    a.status,
                    is_overdue(a.due_date, a.status, today),
                    region,
                    localized(item.title, item.title_i18n, lang),
                    meeting_id,
                    visit.id,
                    localized(visit.title, visit.title_i18n, lang),
                    localized(topic, topic_i18n, lang),
                    a.version,
                ),
                _other_names(delegation.home_region, delegation.home_region_i18n),
                _other_names(a.owner_text, a.owner_text_i18n),
            )
        )
    commitments = s.execute(
        select(Commitment, SignedDocument, Visit, Delegation)
        .join(SignedDocument, SignedDocument.id == Commitment.document_id)
        .outerjoin(Visit, Visit.id == SignedDocument.visit_id)
        .outerjoin(Delegation, Delegation.id == Visit.delegation_id)
    )
    for c, doc, v, d in commitments:
        # a document names its partner; one that does not is with its visit's delegation
        # the region's names in other languages, as its delegations give them; shown in ``lang``
        # the document's own translation of its partner first, then a delegation's
        other = (*aliases.get(fold(doc.partner_region), ()), *(doc.partner_region_i18n or {}).values())
        region = (doc.partner_region_i18n or {}).get(lang or "") or shown_region.get(
            fold(doc.partner_region), doc.partner_region
        )
        if not region and d is not None:
            region = localized(d.home_region, d.home_region_i18n, lang)
            other = _other_names(d.home_region, d.home_region_i18n)
        rows.append(
            (
                FollowUpRow(
                    FollowUpKind.COMMITMENT,
                    c.id,
                    localized(c.text, c.text_i18n, lang),
                    localized(c.responsible, c.responsible_i18n, lang),
                    c.due_date,
                    c.status,
                    is_overdue(c.due_date, c.status, today),
                    region,
                    localized(doc.title, doc.title_i18n, lang),
                    doc.id,
                    v.id if v is not None else None,
                    localized(v.title, v.title_i18n, lang) if v is not None else "",
                    localized(c.area, c.area_i18n, lang),
                    c.version,
                ),
                other,
                _other_names(c.responsible, c.responsible_i18n),
            )
        )
    return rows


def region_aliases(uow: UnitOfWork) -> dict[str, tuple[str, ...]]:
    """Every name of a region by each of its names folded: a delegation's home region in every stored
    language, so "Astrakhan Region" finds the documents naming "Астраханская область"."""
    aliases: dict[str, set[str]] = {}
    for default, translations in uow.session.execute(
        select(Delegation.home_region, Delegation.home_region_i18n)
    ):
        every = set(_other_names(default, translations))
        for name in every:
            aliases.setdefault(fold(name), set()).update(every)
    return {key: tuple(sorted(value)) for key, value in aliases.items()}


def _other_names(default: str, translations: Mapping[str, str] | None) -> tuple[str, ...]:
    return (default, *(t for t in (translations or {}).values() if t))


def follow_up_items(
    uow: UnitOfWork, today: date, where: FollowUpFilter | None = None, lang: str | None = None
) -> list[FollowUpRow]:
    """The action items and commitments ``where`` keeps (by default those still open), soonest due first.

    Texts are in ``lang`` where a translation exists (None: as entered). ``today`` decides what is overdue.
    """
    where = where or FollowUpFilter()
    rows = [row for row, regions, owners in _all_rows(uow, today, lang) if where.keeps(row, regions, owners)]
    return sorted(rows, key=_sort_key)


@dataclass(frozen=True)
class FollowUpCounts:
    """How many rows, how many overdue, and how many in each status."""

    total: int
    overdue: int
    by_status: tuple[tuple[str, int], ...]

    def as_dict(self) -> dict[str, object]:
        """The counts as JSON writes them."""
        return {"total": self.total, "overdue": self.overdue, "by_status": dict(self.by_status)}


def count_rows(rows: Iterable[FollowUpRow]) -> FollowUpCounts:
    """Totals of a list of rows, statuses in their vocabulary order."""
    rows = list(rows)
    statuses = Counter(r.status for r in rows)
    ordered = tuple((s.value, statuses[s.value]) for s in ActionStatus if statuses[s.value])
    return FollowUpCounts(len(rows), sum(r.overdue for r in rows), ordered)


def partner_regions(uow: UnitOfWork) -> list[str]:
    """Every partner region named by a document or a delegation's home region, in alphabetical order."""
    s = uow.session
    found = set(s.scalars(select(SignedDocument.partner_region).distinct()))
    found |= set(s.scalars(select(Delegation.home_region).distinct()))
    return sorted((r for r in found if r and r.strip()), key=fold)


@dataclass(frozen=True)
class FollowUpReport:
    """What the printed follow-up report shows: the rows a filter keeps as of a day, and their counts."""

    today: date
    where: FollowUpFilter
    rows: tuple[FollowUpRow, ...]
    counts: FollowUpCounts
    # the page header's organisation: the host of the visit or of the partner's visits ("" for none)
    host_organisation: str = ""
    # the partner region as the report's language writes it ("" for every partner)
    region_name: str = ""


def follow_up_report(
    uow: UnitOfWork, today: date, where: FollowUpFilter | None = None, lang: str | None = None
) -> FollowUpReport:
    """The follow-up report's data (texts in ``lang`` where translated)."""
    where = where or FollowUpFilter()
    rows = tuple(follow_up_items(uow, today, where, lang))
    return FollowUpReport(today, where, rows, count_rows(rows))


def check_partner_region(uow: UnitOfWork, region: str) -> None:
    """Raise NotFoundError naming the known partner regions when no visit or document names ``region``
    (or a part of it, in any stored language): a mistyped filter is said, not shown as an empty list."""
    wanted = fold(region)
    names: list[str] = []
    for default, translations in uow.session.execute(
        select(SignedDocument.partner_region, SignedDocument.partner_region_i18n)
    ):
        names.extend(_other_names(default, translations))
    for default, translations in uow.session.execute(
        select(Delegation.home_region, Delegation.home_region_i18n)
    ):
        names.extend(_other_names(default, translations))
    if any(wanted in fold(name) for name in names if name):
        return
    known = partner_regions(uow)
    listed = f"known partner regions: {', '.join(known)}" if known else "no visit or document names a region"
    raise NotFoundError(f"no visit or signed document with partner region {region!r} ({listed})")


def region_in_language(uow: UnitOfWork, region: str, lang: str | None) -> str:
    """``region`` as ``lang`` writes it: the home region of a delegation that names it in any stored
    language (any case), in ``lang`` where a translation is stored; else as given."""
    wanted = fold(region)
    if not wanted:
        return region.strip()
    for default, translations in uow.session.execute(
        select(Delegation.home_region, Delegation.home_region_i18n)
    ):
        if any(fold(name) == wanted for name in _other_names(default, translations) if name):
            return localized(default, translations, lang)
    return region.strip()


def host_organisation(
    uow: UnitOfWork, lang: str | None, *, visit_id: int | None = None, region: str | None = None
) -> str:
    """The organisation a page header names: the host organisation of the visit, else of the latest visit
    with ``region`` (a delegation from it, or a document signed with it), else, for every partner, the one
    all visits name; in ``lang`` where translated, "" when there is none."""
    s = uow.session
    visits: list[Visit]
    if visit_id is not None:
        visits = [v for v in [s.get(Visit, visit_id)] if v is not None]
    elif region and region.strip():
        wanted = fold(region)
        visits = [
            v
            for v, default, translations in s.execute(
                select(Visit, Delegation.home_region, Delegation.home_region_i18n).join(
                    Delegation, Visit.delegation_id == Delegation.id
                )
            )
            if any(wanted in fold(name) for name in _other_names(default, translations) if name)
        ]
        if not visits:
            signed = s.execute(
                select(Visit, SignedDocument.partner_region).join(
                    SignedDocument, SignedDocument.visit_id == Visit.id
                )
            )
            visits = [v for v, partner in signed if partner and wanted in fold(partner)]
    else:
        visits = list(s.scalars(select(Visit)))
        if len({v.host_organisation for v in visits}) > 1:
            return ""
    if not visits:
        return ""
    latest = max(visits, key=lambda v: (v.start_date, v.id))
    return localized(latest.host_organisation, latest.host_organisation_i18n, lang)
