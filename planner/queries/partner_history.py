"""Partner history: what a partner region's earlier visits brought, and how far each promise got.

A partner region is a delegation's home region, or the partner region a signed document names; regions
are compared without case or extra blanks, in any of their stored languages. The history lists the
region's visits, the documents signed with it with their commitments, and how many of them are done. For
a new visit, :func:`history_before_visit` gives what came before it (earlier visits only), which its
Overview shows and its talks' agenda can list.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from planner.domain.errors import NotFoundError
from planner.domain.kinds import ActionStatus, localized
from planner.persistence.tables import Commitment, Delegation, SignedDocument, Visit
from planner.persistence.uow import UnitOfWork
from planner.queries.follow_up import (
    FollowUpFilter,
    FollowUpKind,
    FollowUpRow,
    fold,
    follow_up_items,
    partner_regions,
    region_aliases,
)


@dataclass(frozen=True)
class PartnerVisit:
    """An earlier visit of the partner: its dates, status, and how its meetings' action items stand."""

    id: int
    title: str
    start_date: date
    end_date: date
    status: str
    actions_total: int
    actions_done: int


@dataclass(frozen=True)
class PartnerDocument:
    """A document signed with the partner and its commitments."""

    id: int
    title: str
    doc_type: str
    signed_on: date | None
    status: str
    visit_title: str
    commitments: tuple[FollowUpRow, ...]

    @property
    def done(self) -> int:
        """How many of its commitments are done."""
        return sum(c.status == ActionStatus.DONE for c in self.commitments)


@dataclass(frozen=True)
class PartnerHistory:
    """Everything done with one partner region up to now (or before a visit)."""

    region: str
    visits: tuple[PartnerVisit, ...]
    documents: tuple[PartnerDocument, ...]
    # the meetings' action items still open, of the visits above
    open_actions: tuple[FollowUpRow, ...] = field(default=())

    @property
    def commitments(self) -> tuple[FollowUpRow, ...]:
        """Every commitment of every document, in document order."""
        return tuple(c for d in self.documents for c in d.commitments)

    @property
    def open_commitments(self) -> tuple[FollowUpRow, ...]:
        """The commitments neither done nor cancelled."""
        return tuple(c for c in self.commitments if not c.finished)

    @property
    def empty(self) -> bool:
        """Nothing earlier with this partner."""
        return not self.visits and not self.documents

    def as_dict(self) -> dict[str, object]:
        """The history as JSON writes it."""
        commitments = self.commitments
        return {
            "region": self.region,
            "visits": [
                {
                    "id": v.id,
                    "title": v.title,
                    "start_date": v.start_date.isoformat(),
                    "end_date": v.end_date.isoformat(),
                    "status": v.status,
                    "action_items": v.actions_total,
                    "action_items_done": v.actions_done,
                }
                for v in self.visits
            ],
            "documents": [
                {
                    "id": d.id,
                    "title": d.title,
                    "doc_type": d.doc_type,
                    "signed_on": d.signed_on.isoformat() if d.signed_on else None,
                    "status": d.status,
                    "visit_title": d.visit_title,
                    "commitments": [c.as_dict() for c in d.commitments],
                    "done": d.done,
                }
                for d in self.documents
            ],
            "commitments": len(commitments),
            "commitments_done": sum(c.status == ActionStatus.DONE for c in commitments),
            "commitments_open": len(self.open_commitments),
            "commitments_overdue": sum(c.overdue for c in commitments),
            "open_action_items": [a.as_dict() for a in self.open_actions],
        }


def _names(default: str, translations: Mapping[str, str] | None) -> set[str]:
    return {fold(t) for t in (default, *(translations or {}).values()) if t and t.strip()}


def partner_history(
    uow: UnitOfWork,
    region: str,
    today: date,
    *,
    lang: str | None = None,
    before: date | None = None,
    without_visit: int | None = None,
) -> PartnerHistory:
    """The history of ``region``: its visits (those starting before ``before``, if given, and not
    ``without_visit``), the documents signed with it (likewise) and their commitments.

    Raises NotFoundError naming the known regions when no visit or document names ``region`` at all.
    """
    wanted = fold(region)
    # the same region under its other names (a delegation's home region in other languages)
    same = {wanted, *(fold(n) for n in region_aliases(uow).get(wanted, ()))}
    s = uow.session
    visits = [
        (v, d)
        for v, d in s.execute(
            select(Visit, Delegation)
            .join(Delegation, Delegation.id == Visit.delegation_id)
            .order_by(Visit.start_date, Visit.id)
        )
        if wanted and wanted in _names(d.home_region, d.home_region_i18n)
    ]
    documents = [
        (doc, v, d)
        for doc, v, d in s.execute(
            select(SignedDocument, Visit, Delegation)
            .outerjoin(Visit, Visit.id == SignedDocument.visit_id)
            .outerjoin(Delegation, Delegation.id == Visit.delegation_id)
            .order_by(SignedDocument.signed_on, SignedDocument.title, SignedDocument.id)
        )
        if wanted
        and (
            fold(doc.partner_region) in same
            or (
                not doc.partner_region
                and d is not None
                and wanted in _names(d.home_region, d.home_region_i18n)
            )
        )
    ]
    if not visits and not documents:
        known = partner_regions(uow)
        names = (
            f"known partner regions: {', '.join(known)}" if known else "no visit or document names a region"
        )
        raise NotFoundError(f"no visit or signed document with partner region {region!r} ({names})")

    def earlier(visit: Visit | None, signed_on: date | None) -> bool:
        if visit is not None and visit.id == without_visit:
            return False
        if before is None:
            return True
        when = visit.start_date if visit is not None else signed_on
        return when is not None and when < before

    visits = [(v, d) for v, d in visits if earlier(v, None)]
    documents = [(doc, v, d) for doc, v, d in documents if earlier(v, doc.signed_on)]
    rows = follow_up_items(uow, today, FollowUpFilter(include_finished=True), lang)
    by_document: dict[int, list[FollowUpRow]] = {}
    actions_of_visit: dict[int, list[FollowUpRow]] = {}
    for row in rows:
        if row.kind is FollowUpKind.COMMITMENT:
            by_document.setdefault(row.source_id, []).append(row)
        elif row.visit_id is not None:
            actions_of_visit.setdefault(row.visit_id, []).append(row)
    positions = _commitment_positions(uow)
    partner_visits = tuple(
        PartnerVisit(
            v.id,
            localized(v.title, v.title_i18n, lang),
            v.start_date,
            v.end_date,
            v.status,
            len(actions_of_visit.get(v.id, [])),
            sum(a.status == ActionStatus.DONE for a in actions_of_visit.get(v.id, [])),
        )
        for v, _ in visits
    )
    partner_documents = tuple(
        PartnerDocument(
            doc.id,
            localized(doc.title, doc.title_i18n, lang),
            doc.doc_type,
            doc.signed_on,
            doc.status,
            localized(v.title, v.title_i18n, lang) if v is not None else "",
            tuple(sorted(by_document.get(doc.id, []), key=lambda c: positions.get(c.record_id, (0, 0)))),
        )
        for doc, v, _ in documents
    )
    open_actions = tuple(a for v in partner_visits for a in actions_of_visit.get(v.id, []) if not a.finished)
    shown = visits[0][1].home_region if visits else (documents[0][0].partner_region if documents else region)
    if lang and visits:
        shown = localized(visits[0][1].home_region, visits[0][1].home_region_i18n, lang)
    return PartnerHistory(shown, partner_visits, partner_documents, open_actions)


def _commitment_positions(uow: UnitOfWork) -> dict[int, tuple[int, int]]:
    """Each commitment's place in its document (the order the document lists them)."""
    return {
        c_id: (position, c_id)
        for c_id, position in uow.session.execute(select(Commitment.id, Commitment.position))
    }


def partner_of_visit(uow: UnitOfWork, visit_id: int) -> str:
    """The partner region of a visit: its delegation's home region ("" if none is given)."""
    region = uow.session.scalar(
        select(Delegation.home_region)
        .join(Visit, Visit.delegation_id == Delegation.id)
        .where(Visit.id == visit_id)
    )
    if region is None:
        raise NotFoundError(f"visit {visit_id} does not exist (see: delegation-planner list)")
    return region


def history_before_visit(
    uow: UnitOfWork, visit_id: int, today: date, lang: str | None = None
) -> PartnerHistory | None:
    """What came before a visit with its partner (its delegation's home region): the visits that started
    earlier and their documents. None when the visit names no home region or nothing came before."""
    region = partner_of_visit(uow, visit_id)
    if not region.strip():
        return None
    start = uow.session.scalar(select(Visit.start_date).where(Visit.id == visit_id))
    try:
        history = partner_history(uow, region, today, lang=lang, before=start, without_visit=visit_id)
    except NotFoundError:
        return None
    return None if history.empty else history
