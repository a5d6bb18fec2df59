"""Read rows of signed documents with their signatories and commitments.

Each row keeps its texts as typed (what an editor changes) with their translations; read for a language
(``lang``), its ``*_shown`` properties give the texts in it, as typed where there is no translation.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from planner.domain.kinds import localized, localized_list
from planner.persistence.tables import SignedDocument
from planner.persistence.uow import UnitOfWork


@dataclass(frozen=True)
class SignatoryRow:
    """A person who signed, for a party."""

    participant_id: int | None
    name: str
    title: str
    party: str
    title_i18n: dict[str, str] = field(default_factory=dict)
    party_i18n: dict[str, str] = field(default_factory=dict)
    lang: str | None = None

    @property
    def title_shown(self) -> str:
        """The signatory's title in the row's language."""
        return localized(self.title, self.title_i18n, self.lang)

    @property
    def party_shown(self) -> str:
        """The party signed for in the row's language."""
        return localized(self.party, self.party_i18n, self.lang)


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
    area_i18n: dict[str, str] = field(default_factory=dict)
    text_i18n: dict[str, str] = field(default_factory=dict)
    responsible_i18n: dict[str, str] = field(default_factory=dict)
    lang: str | None = None

    @property
    def area_shown(self) -> str:
        """The area in the row's language."""
        return localized(self.area, self.area_i18n, self.lang)

    @property
    def text_shown(self) -> str:
        """The commitment in the row's language."""
        return localized(self.text, self.text_i18n, self.lang)

    @property
    def responsible_shown(self) -> str:
        """Who is responsible, in the row's language."""
        return localized(self.responsible, self.responsible_i18n, self.lang)


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
    title_i18n: dict[str, str] = field(default_factory=dict)
    partner_region_i18n: dict[str, str] = field(default_factory=dict)
    parties_i18n: dict[str, list[str]] = field(default_factory=dict)
    place_i18n: dict[str, str] = field(default_factory=dict)
    lang: str | None = None
    notes_i18n: dict[str, str] = field(default_factory=dict)

    @property
    def title_shown(self) -> str:
        """The title in the row's language."""
        return localized(self.title, self.title_i18n, self.lang)

    @property
    def place_shown(self) -> str:
        """Where it was signed, in the row's language."""
        return localized(self.place, self.place_i18n, self.lang)

    @property
    def notes_shown(self) -> str:
        """The notes in the row's language."""
        return localized(self.notes, self.notes_i18n, self.lang)

    @property
    def parties_shown(self) -> tuple[str, ...]:
        """The parties in the row's language."""
        return localized_list(self.parties, self.parties_i18n, self.lang)


def visit_documents(uow: UnitOfWork, visit_id: int, lang: str | None = None) -> list[SignedDocumentRow]:
    """Documents of a visit, by signing date then title (``lang``: the language their ``*_shown`` texts
    are in; None: as typed)."""
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
            tuple(
                SignatoryRow(
                    s.participant_id,
                    s.name,
                    s.title,
                    s.party,
                    dict(s.title_i18n or {}),
                    dict(s.party_i18n or {}),
                    lang,
                )
                for s in d.signatories
            ),
            tuple(
                CommitmentRow(
                    c.id,
                    c.area,
                    c.text,
                    c.responsible,
                    c.due_date,
                    c.status,
                    c.version,
                    dict(c.area_i18n or {}),
                    dict(c.text_i18n or {}),
                    dict(c.responsible_i18n or {}),
                    lang,
                )
                for c in d.commitments
            ),
            d.version,
            dict(d.title_i18n or {}),
            dict(d.partner_region_i18n or {}),
            {k: list(v) for k, v in (d.parties_i18n or {}).items()},
            dict(d.place_i18n or {}),
            lang,
            dict(d.notes_i18n or {}),
        )
        for d in uow.session.scalars(stmt)
    ]
