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


def _mail_text(folder: Path, key: str) -> str:
    import email

    path = next(folder.glob(f"{key}-v*.eml"))
    message = email.message_from_bytes(path.read_bytes())
    part = next(p for p in message.walk() if p.get_content_type() == "text/plain")
    payload = part.get_payload(decode=True)
    assert isinstance(payload, bytes)
    return payload.decode("utf-8")


def _moved(db: Database, visit_id: int, *titles: str) -> int:
    """Move the items called ``titles`` 10 minutes later; the version before."""
    with UnitOfWork(db.sessions) as uow:
        since = programme_version(uow, visit_id)
    for title in titles:
        item = _item(db, visit_id, title)
        move_item(UnitOfWork(db.sessions), item.id, item.starts_at + timedelta(minutes=10))
    return since


def test_the_notice_greets_by_name_and_patronymic_and_counts_grammatically(
    sample_db: tuple[Database, int], tmp_path: Path
) -> None:
    """The draft greeted «Бабушкин Игорь Юрьевич!» and said «изменилась: пунктов — 1»."""
    from planner.services.versions import write_notices

    db, visit_id = sample_db
    head = f"participant-{_head(db, visit_id)}"
    since = _moved(db, visit_id, PRESS)
    wanted = {
        "ru": ("Уважаемый Игорь Юрьевич!", "В вашей программе визита изменён 1 пункт."),
        "kk": ("Құрметті Игорь Юрьевич!", "Сапар бағдарламаңызда 1 тармақ өзгерді."),
        "en": ("Dear Igor Babushkin,", "1 item of your programme of the visit has changed."),
    }
    for lang, (greeting, count) in wanted.items():
        folder = tmp_path / lang
        write_notices(UnitOfWork(db.sessions), visit_id, since, folder, DocumentSettings(language=lang))
        lines = _mail_text(folder, head).splitlines()
        assert lines[0] == greeting, lines
        assert lines[2].startswith(count), lines
    since = _moved(db, visit_id, PRESS, "Прогулка по набережной реки Жайык")
    folder = tmp_path / "two"
    write_notices(UnitOfWork(db.sessions), visit_id, since, folder, DocumentSettings(language="ru"))
    assert "изменены 2 пункта." in _mail_text(folder, head)
    # a woman is greeted as one
    with UnitOfWork(db.sessions) as uow:
        woman = uow.session.scalars(
            select(Participant).where(Participant.full_name == "Ковалёва Ирина Сергеевна")
        ).one()
        key = f"participant-{woman.id}"
    if any(folder.glob(f"{key}-v*.eml")):
        assert _mail_text(folder, key).startswith("Уважаемая Ирина Сергеевна!")


def test_the_notice_says_its_times_are_the_hosts_local_time(
    sample_db: tuple[Database, int], tmp_path: Path
) -> None:
    db, visit_id = sample_db
    since = _moved(db, visit_id, PRESS)
    for lang, said in (
        ("ru", "Время местное: Атырау (UTC+05:00)"),
        ("kk", "Жергілікті уақыт: Атырау (UTC+05:00)"),
        ("en", "Local time: Atyrau (UTC+05:00)"),
    ):
        text = _notice(db, visit_id, since, lang, tmp_path / lang)
        # the zone named in the notice's language, as the other documents name it
        assert said in text and "Asia/" not in text, lang


def test_the_notices_summary_speaks_the_chosen_language(
    sample_db: tuple[Database, int], tmp_path: Path
) -> None:
    """`notices --lang ru` printed 'visit 1: programme version 1 -> 2; 28 to tell, … 1 change(s)'."""
    db, visit_id = sample_db
    since = _moved(db, visit_id, PRESS)
    code, out = _cli(db, "notices", str(visit_id), "--since", str(since), "-o", str(tmp_path), "--lang", "ru")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith(f"Визит {visit_id}: версия программы {since} → {since + 1}; кому сообщить: ")
    assert "получател" in lines[0] and "файл" in lines[0]
    head = next(line for line in lines if "Бабушкин Игорь Юрьевич" in line)
    assert head.split()[0] == "участник" and "1 изменение" in head
    assert not any(word in out for word in ("to tell", "change(s)", "file(s)", "participant"))


def test_the_change_log_gives_times_on_the_hosts_clock(sample_db: tuple[Database, int]) -> None:
    from zoneinfo import ZoneInfo

    from planner.queries.change_log import visit_changes

    db, visit_id = sample_db
    _moved(db, visit_id, PRESS)
    code, out = _cli(db, "change-log", str(visit_id), "--limit", "1")
    assert code == 0
    with UnitOfWork(db.sessions) as uow:
        newest = visit_changes(uow, visit_id, 1)[0]
    local = newest.changed_at.astimezone(ZoneInfo("Asia/Atyrau"))
    lines = out.splitlines()
    assert "Asia/Atyrau" in lines[0]
    assert lines[1].startswith(f"{local:%Y-%m-%d %H:%M} UTC+05:00 "), out
    assert " UTC " not in out
