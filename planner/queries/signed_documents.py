"""Read rows of signed documents with their signatories and commitments."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from planner.persistence.tables import SignedDocument
from planner.persistence.uow import UnitOfWork


@dataclass(frozen=True)
class SignatoryRow:
    """A person who signed, for a party."""

    participant_id: int | None
    name: str
    title: str
    party: str


@dataclass(frozen=True)
class CommitmentRow:
    """One commitment of a document and how far it is."""

    id: int
    area: str
    text: str
    responsible: str
    due_date: date | None
    status: str
    version: int


@dataclass(frozen=True)
class SignedDocumentRow:
    """A signed document as the documents list and editor show it."""

    id: int
    visit_id: int | None
    title: str
    doc_type: str
    partner_region: str
    parties: tuple[str, ...]
    signed_on: date | None
    place: str
    term_start: date | None
    term_end: date | None
    copies: int
    status: str
    scan_path: str
    notes: str
    signatories: tuple[SignatoryRow, ...]
    commitments: tuple[CommitmentRow, ...]
    version: int


def visit_documents(uow: UnitOfWork, visit_id: int) -> list[SignedDocumentRow]:
    """Documents of a visit, by signing date then title."""
    stmt = (
        select(SignedDocument)
        .where(SignedDocument.visit_id == visit_id)
        .options(selectinload(SignedDocument.signatories), selectinload(SignedDocument.commitments))
        .order_by(SignedDocument.signed_on, SignedDocument.title)
    )
    return [
        SignedDocumentRow(
            d.id,
            d.visit_id,
            d.title,
            d.doc_type,
            d.partner_region,
            tuple(d.parties or ()),
            d.signed_on,
            d.place,
            d.term_start,
            d.term_end,
            d.copies,
            d.status,
            d.scan_path,
            d.notes,
            tuple(SignatoryRow(s.participant_id, s.name, s.title, s.party) for s in d.signatories),
            tuple(
                CommitmentRow(c.id, c.area, c.text, c.responsible, c.due_date, c.status, c.version)
                for c in d.commitments
            ),
            d.version,
        )
        for d in uow.session.scalars(stmt)
    ]
