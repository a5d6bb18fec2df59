"""A printed document names the time zones in its own language: the city with its offset (``Атырау
(UTC+05:00)``), never the IANA name (``Asia/Atyrau``) — on the cover's time line and in the footer's time
of printing. The new officer's Kazakh programme read "Жергілікті уақыт (Asia/Atyrau, UTC+05:00);
қонақтардың уақыты — UTC+04:00 (Europe/Astrakhan)" and "21:07 (Asia/Atyrau)"."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import pytest

from planner.documents import settings as document_settings
from planner.documents.settings import DocumentSettings
from planner.persistence.db import Database
from planner.persistence.uow import UnitOfWork
from planner.services import printing as service
from tests.integration.test_documents_support import page_texts, squash

# the sample is hosted in Atyrau (UTC+05:00) for guests from Astrakhan (UTC+04:00 in May 2023)
TIMES = {
    "ru": "Время местное: Атырау (UTC+05:00); время гостей — Астрахань (UTC+04:00)",
    "kk": "Жергілікті уақыт: Атырау (UTC+05:00); қонақтардың уақыты — Астрахан (UTC+04:00)",
    "en": "Local time: Atyrau (UTC+05:00); guests' time — Astrakhan (UTC+04:00)",
}
PRINTED_AT = {"ru": "12:00 (Атырау)", "kk": "12:00 (Атырау)", "en": "12:00 (Atyrau)"}


@pytest.fixture
def computer_in_utc(monkeypatch: pytest.MonkeyPatch) -> None:
    """The computer's clock in UTC and printing at 07:00 UTC (12:00 in Atyrau): the footer names the zone."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    monkeypatch.setattr(document_settings, "_now", lambda: datetime(2023, 5, 1, 7, 0, tzinfo=UTC))
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_the_programme_names_the_zones_in_its_language(
    sample_db: tuple[Database, int], computer_in_utc: None, lang: str
) -> None:
    db, visit_id = sample_db
    settings = DocumentSettings(language=lang, zone="Asia/Atyrau")
    pdf = service.programme_pdf(UnitOfWork(db.sessions), visit_id, settings)
    pages = page_texts(pdf)
    text = "\n".join(pages)
    assert squash(TIMES[lang]) in squash(pages[0])
    assert squash(PRINTED_AT[lang]) in squash(pages[-1])
    assert "Asia/" not in text and "Europe/" not in text


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_an_itinerary_and_the_delegation_list_name_the_zones_in_their_language(
    sample_db: tuple[Database, int], computer_in_utc: None, lang: str
) -> None:
    db, visit_id = sample_db
    settings = DocumentSettings(language=lang, zone="Asia/Atyrau")
    uow = UnitOfWork(db.sessions)
    for pdf in (
        service.itinerary_pdf(uow, visit_id, settings, None),
        service.delegation_list_pdf(uow, visit_id, settings),
    ):
        text = "\n".join(page_texts(pdf))
        assert squash(PRINTED_AT[lang]) in squash(text)
        assert "Asia/" not in text and "Europe/" not in text
