"""The signed documents summary: agreements of one visit, or of every visit with one partner region."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from planner.domain.errors import NotFoundError, ValidationError
from planner.domain.kinds import localized, localized_list
from planner.persistence.tables import SignedDocument, Visit
from planner.persistence.uow import UnitOfWork
from planner.queries.documents.reader import VisitHeader, VisitReader
from planner.queries.follow_up import host_organisation, region_in_language


@dataclass(frozen=True)
class SignatoryLine:
    """Who signed a document, for which party."""

    name: str
    title: str
    party: str


@dataclass(frozen=True)
class CommitmentLine:
    """What a document commits a party to, and how far it is."""

    area: str
    text: str
    responsible: str
    due_date: date | None
    status: str


@dataclass(frozen=True)
class DocumentBlock:
    """A signed document with its signatories and commitments."""

    id: int
    title: str
    doc_type: str
    partner_region: str
    parties: tuple[str, ...]
    signatories: tuple[SignatoryLine, ...]
    signed_on: date | None
    place: str
    term_start: date | None
    term_end: date | None
    copies: int
    status: str
    notes: str
    commitments: tuple[CommitmentLine, ...]
    visit_title: str


@dataclass(frozen=True)
class DocumentsData:
    """Signed documents of one visit, or of every visit with one partner region."""

    visit: VisitHeader | None
    partner_region: str
    documents: tuple[DocumentBlock, ...]
    # the page header's organisation: the visit's host, or the host of the partner's latest visit
    host_organisation: str = ""


def _partner_region(uow: UnitOfWork, document: SignedDocument, lang: str) -> str:
    """The document's partner region in ``lang``: its own translation, else a delegation's name of it in
    ``lang`` (the region as a visit gives it), else as typed."""
    own = (document.partner_region_i18n or {}).get(lang)
    return own or region_in_language(uow, document.partner_region, lang)


def documents_data(
    uow: UnitOfWork, lang: str, visit_id: int | None = None, partner_region: str | None = None
) -> DocumentsData:
    """Signed documents of one visit, or of every visit whose documents name ``partner_region``."""
    if (visit_id is None) == (partner_region is None):
        raise ValidationError("give either a visit or a partner region for the documents summary")
    stmt = select(SignedDocument, Visit).outerjoin(Visit, Visit.id == SignedDocument.visit_id)
    header = None
    if visit_id is not None:
        header = VisitReader(uow, visit_id, lang).header
        stmt = stmt.where(SignedDocument.visit_id == visit_id)
    else:
        assert partner_region is not None
        stmt = stmt.where(SignedDocument.partner_region == partner_region)
    stmt = stmt.order_by(SignedDocument.signed_on, SignedDocument.title, SignedDocument.id).options(
        selectinload(SignedDocument.signatories), selectinload(SignedDocument.commitments)
    )
    found = uow.session.execute(stmt).all()
    if partner_region is not None and not found:
        regions = sorted(
            r for r in uow.session.scalars(select(SignedDocument.partner_region).distinct()) if r
        )
        known = f"regions with documents: {', '.join(regions)}" if regions else "no document names a region"
        raise NotFoundError(f"no signed document with partner region {partner_region!r} ({known})")
    docs = tuple(
        DocumentBlock(
            d.id,
            localized(d.title, d.title_i18n, lang),
            d.doc_type,
            _partner_region(uow, d, lang),
            localized_list(d.parties or (), d.parties_i18n, lang),
            tuple(
                SignatoryLine(
                    s.name, localized(s.title, s.title_i18n, lang), localized(s.party, s.party_i18n, lang)
                )
                for s in d.signatories
            ),
            d.signed_on,
            localized(d.place, d.place_i18n, lang),
            d.term_start,
            d.term_end,
            d.copies,
            d.status,
            localized(d.notes, d.notes_i18n, lang),
            tuple(
                CommitmentLine(
                    localized(c.area, c.area_i18n, lang),
                    localized(c.text, c.text_i18n, lang),
                    localized(c.responsible, c.responsible_i18n, lang),
                    c.due_date,
                    c.status,
                )
                for c in d.commitments
            ),
            localized(v.title, v.title_i18n, lang) if v is not None else "",
        )
        for d, v in found
    )
    if header is not None:
        return DocumentsData(header, docs[0].partner_region if docs else "", docs)
    assert partner_region is not None
    shown = region_in_language(uow, partner_region, lang)
    return DocumentsData(None, shown, docs, host_organisation(uow, lang, region=partner_region))
