"""What a Russian-speaking officer still found on the day of the visit and after it, outside the GUI: a
Russian room in the Kazakh notice that the missing-translations list did not name, and the wording of the
notices and of the command line's summaries."""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import select

from planner.cli import main as cli_main
from planner.documents.settings import DocumentSettings
from planner.persistence.db import Database
from planner.persistence.tables import ItineraryItem, Participant
from planner.persistence.uow import UnitOfWork
from planner.queries.programme_versions import programme_version
from planner.services.itinerary import move_item

PRESS = "Подход к прессе акима и Губернатора по итогам переговоров"


def _cli(db: Database, *args: str) -> tuple[int, str]:
    out = io.StringIO()
    code = cli_main(["--db", db.url, *args], out=out)
    return code, out.getvalue()


def _item(db: Database, visit_id: int, title: str) -> ItineraryItem:
    with UnitOfWork(db.sessions) as uow:
        item = uow.session.scalars(
            select(ItineraryItem).where(ItineraryItem.visit_id == visit_id, ItineraryItem.title == title)
        ).one()
        uow.session.expunge(item)
    return item


def _head(db: Database, visit_id: int) -> int:
    with UnitOfWork(db.sessions) as uow:
        found = uow.session.scalars(
            select(Participant.id).where(Participant.visit_id == visit_id).order_by(Participant.protocol_rank)
        ).first()
    assert found is not None
    return found


def _notice(db: Database, visit_id: int, since: int, lang: str, folder: Path) -> str:
    from planner.services.versions import write_notices

    settings = DocumentSettings(language=lang, printed_on=date(2023, 5, 11))
    write_notices(UnitOfWork(db.sessions), visit_id, since, folder, settings)
    head = _head(db, visit_id)
    path = next(folder.glob(f"participant-{head}-notice-v*.pdf"))
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def test_the_samples_notices_name_the_room_in_their_own_language(
    sample_db: tuple[Database, int], tmp_path: Path
) -> None:
    """The press point after the talks is at the akimat, in the 'Фойе 2-го этажа': the Kazakh notice of
    its move printed that Russian room after the Kazakh site name. Each language prints its own room."""
    db, visit_id = sample_db
    press = _item(db, visit_id, PRESS)
    with UnitOfWork(db.sessions) as uow:
        since = programme_version(uow, visit_id)
    move_item(UnitOfWork(db.sessions), press.id, press.starts_at + timedelta(minutes=10))
    rooms = {"ru": "Фойе 2-го этажа", "kk": "2-қабаттың фойесі", "en": "Second-floor foyer"}
    for lang, room in rooms.items():
        page = _notice(db, visit_id, since, lang, tmp_path / lang)
        assert room in page, (lang, page)
        if lang != "ru":
            assert "Фойе" not in page and "этажа" not in page, (lang, page)


def test_missing_translations_names_the_room_of_an_item_at_a_site(sample_db: tuple[Database, int]) -> None:
    """A room typed on an item at a site prints after the site's name (notices, calendar): without its
    Kazakh text the list names it, as it names the place of an item with no site."""
    db, visit_id = sample_db
    press = _item(db, visit_id, PRESS)
    with UnitOfWork(db.sessions) as uow:
        item = uow.session.get(ItineraryItem, press.id)
        assert item is not None and item.site_id is not None
        item.location_i18n = {}
        uow.commit()
    code, out = _cli(db, "missing-translations", str(visit_id), "--lang", "kk")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == f"1 name(s) of visit {visit_id} print untranslated in kk:", out
    assert "Фойе 2-го этажа" in lines[1] and "place" in lines[1], out
