"""Notices of a change (issue 14, item 3): places in the notice's language, and files written while the
rest is drawn."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from planner.cli import main as cli_main
from planner.documents.settings import DocumentSettings
from planner.persistence.db import Database
from planner.persistence.tables import ItineraryItem, Participant
from planner.persistence.uow import UnitOfWork
from planner.queries.programme_versions import changes_since, programme_version
from planner.services.itinerary import move_item

TALKS = "Переговоры в расширенном составе с участием делегаций"


def _cli(db: Database, *args: str) -> tuple[int, str]:
    out = io.StringIO()
    code = cli_main(["--db", db.url, *args], out=out)
    return code, out.getvalue()


def _item_id(db: Database, visit_id: int, title: str) -> int:
    with UnitOfWork(db.sessions) as uow:
        found = uow.session.scalar(
            select(ItineraryItem.id).where(ItineraryItem.visit_id == visit_id, ItineraryItem.title == title)
        )
    assert found is not None
    return found


def _version(db: Database, visit_id: int) -> int:
    with UnitOfWork(db.sessions) as uow:
        return programme_version(uow, visit_id)


def test_a_notice_names_the_site_in_its_own_language(sample_db: tuple[Database, int], tmp_path: Path) -> None:
    """The place of a moved item is its site's name in the notice's language (and the room typed on the
    item in its translation), not the text as typed; a place with no site stays as typed."""
    from planner.services.versions import write_notices

    db, visit_id = sample_db
    talks = _item_id(db, visit_id, TALKS)
    with UnitOfWork(db.sessions) as uow:
        item = uow.session.get(ItineraryItem, talks)
        assert item is not None and item.site_id is not None
        item.location_i18n = {"kk": "Кіші мәжіліс залы, 3-қабат"}
        # a walk: its site taken away, its place free text (moved below)
        walk = uow.session.get(ItineraryItem, _item_id(db, visit_id, "Прогулка по набережной реки Жайык"))
        assert walk is not None
        walk.site_id, walk.location = None, "Набережная & «Урал»"
        walk_id, walk_start = walk.id, walk.starts_at
        uow.commit()
    since = _version(db, visit_id)
    code, _ = _cli(db, "running-late", str(visit_id), "--item", str(talks), "--minutes", "25", "--apply")
    assert code in (0, 1)
    move_item(UnitOfWork(db.sessions), walk_id, walk_start + timedelta(minutes=40))
    with UnitOfWork(db.sessions) as uow:
        head = uow.session.scalars(
            select(Participant).where(Participant.visit_id == visit_id).order_by(Participant.protocol_rank)
        ).first()
        assert head is not None
        head_id = head.id
        told = {c.item_id for r in changes_since(uow, visit_id, since).recipients for c in r.changes}
    assert walk_id in told
    folder = tmp_path / "kk"
    settings = DocumentSettings(language="kk", printed_on=date(2023, 5, 11))
    write_notices(UnitOfWork(db.sessions), visit_id, since, folder, settings)
    name = next(p.name for p in folder.glob(f"participant-{head_id}-notice-v*.pdf"))
    page = " ".join(PdfReader(folder / name).pages[0].extract_text().split())
    assert "Атырау облысының әкімдігі, Кіші мәжіліс залы, 3-қабат" in page
    assert "Акимат Атырауской области" not in page and "Малый зал" not in page
    assert "Набережная & «Урал»" in page


def test_a_notice_that_cannot_be_written_is_named(sample_db: tuple[Database, int], tmp_path: Path) -> None:
    """The files are written by threads while the rest is drawn: a failure still says which file, as an
    error the command reports (not a traceback)."""
    from planner.domain.errors import PlannerError
    from planner.services.versions import write_notices

    db, visit_id = sample_db
    talks = _item_id(db, visit_id, TALKS)
    code, _ = _cli(db, "running-late", str(visit_id), "--item", str(talks), "--minutes", "25", "--apply")
    assert code in (0, 1)
    with UnitOfWork(db.sessions) as uow:
        first = changes_since(uow, visit_id, 1).recipients[0]
    folder = tmp_path / "notices"
    blocked = folder / f"{first.key}-notice-v2.pdf"
    blocked.mkdir(parents=True)  # a folder where the notice should go
    settings = DocumentSettings(language="ru", printed_on=date(2023, 5, 11))
    with pytest.raises(PlannerError, match=f"{first.key}-notice-v2.pdf"):
        write_notices(UnitOfWork(db.sessions), visit_id, 1, folder, settings)
    assert blocked.is_dir()


def test_notices_give_the_time_of_printing_in_the_host_zone(
    sample_db: tuple[Database, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Printed at 06:30 UTC on a computer whose clock is in UTC, the sample's notices and new sheets say
    11:30 Atyrau time, naming the zone, as every other document does (they used to say 06:30)."""
    import time as clock

    from planner.documents import settings as settings_module
    from planner.services.versions import write_notices

    monkeypatch.setenv("TZ", "UTC")
    clock.tzset()
    monkeypatch.setattr(settings_module, "_now", lambda: datetime(2026, 12, 7, 6, 30, tzinfo=UTC))
    try:
        db, visit_id = sample_db
        since = _version(db, visit_id)
        talks = _item_id(db, visit_id, TALKS)
        code, _ = _cli(db, "running-late", str(visit_id), "--item", str(talks), "--minutes", "25", "--apply")
        assert code in (0, 1)
        folder = tmp_path / "en"
        write_notices(UnitOfWork(db.sessions), visit_id, since, folder, DocumentSettings(language="en"))
        pdfs = sorted(folder.glob("*.pdf"))
        assert any("notice" in p.name for p in pdfs) and any("itinerary" in p.name for p in pdfs)
        for pdf in pdfs:
            footer = PdfReader(pdf).pages[0].extract_text()
            assert "11:30 (Atyrau)" in footer and "06:30" not in footer, (pdf.name, footer[-160:])
    finally:
        monkeypatch.undo()
        clock.tzset()
