"""Every kind of printed document says, on every page, which programme version it shows."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from planner.documents.settings import DocumentSettings
from planner.persistence.db import Database
from planner.persistence.tables import Meeting
from planner.persistence.uow import UnitOfWork
from planner.services.printing import DOCUMENT_KINDS, PrintRequest

# sheets cut into cards, badges and placards carry no page furniture: a badge does not change with the
# programme, and a footer would print on the card
CUT_SHEETS = {"place-cards", "badges", "car-placards"}


@pytest.mark.parametrize(
    "kind", [k for k in DOCUMENT_KINDS if k.name not in CUT_SHEETS], ids=lambda kind: kind.name
)
def test_every_document_names_the_programme_version_on_every_page(
    sample_db: tuple[Database, int], kind: object
) -> None:
    db, visit_id = sample_db
    with UnitOfWork(db.sessions) as uow:
        meeting_id, talks_id = uow.session.execute(
            select(Meeting.id, Meeting.item_id).order_by(Meeting.id).limit(1)
        ).one()
    request = PrintRequest(visit_id=visit_id, day=1, meeting_id=meeting_id, item_id=talks_id, paper="a4")
    pdf = kind.render(UnitOfWork(db.sessions), DocumentSettings(language="en"), request)  # type: ignore[attr-defined]
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]
    assert pages and all("programme version 1" in page for page in pages), kind
