"""The engine's sentences name items, people and sites in the language they are written in.

Each name is its translation into that language when it has one, else as typed (the rule the printed
documents follow): ``check``, ``plan``, ``repair`` and ``running-late`` in en/ru/kk, and the window's live
check, on SQLite and PostgreSQL.
"""

from __future__ import annotations

import io
import json
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from planner.cli import main
from planner.persistence.db import Database, open_database
from planner.persistence.tables import ItineraryItem, Participant
from planner.persistence.uow import UnitOfWork
from planner.services.checking import check_conflicts, open_live_check
from planner.services.visits import load_sample
from tests.conftest import database_for

TALKS = "Переговоры в расширенном"


def run(db: Database, *args: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(["--db", db.url, *args], out=out)
    return code, out.getvalue()


def item(db: Database, visit_id: int, starts_with: str) -> ItineraryItem:
    with db.sessions() as s:
        found = s.scalar(
            select(ItineraryItem).where(
                ItineraryItem.visit_id == visit_id, ItineraryItem.title.startswith(starts_with)
            )
        )
        s.expunge_all()
    assert found is not None
    return found


def site_visit_onto_lunch(db: Database, visit_id: int) -> ItineraryItem:
    """Put the first site visit at the pinned lunch's time: a double booking the check reports."""
    with db.sessions.begin() as s:
        visit = s.scalar(
            select(ItineraryItem)
            .where(ItineraryItem.visit_id == visit_id, ItineraryItem.kind == "site_visit")
            .order_by(ItineraryItem.id)
        )
        lunch = s.scalar(
            select(ItineraryItem)
            .where(
                ItineraryItem.visit_id == visit_id,
                ItineraryItem.kind == "meal",
                ItineraryItem.pinned.is_(True),
            )
            .order_by(ItineraryItem.starts_at)
        )
        visit.ends_at = lunch.starts_at + (visit.ends_at - visit.starts_at)
        visit.starts_at = lunch.starts_at
        s.flush()
        s.expunge_all()
    return visit


def test_check_in_english_names_the_item_by_its_english_title(sample_db: tuple[Database, int]) -> None:
    db, visit_id = sample_db
    moved = site_visit_onto_lunch(db, visit_id)
    code, text = run(db, "check", str(visit_id), "--lang", "en", "--json")
    assert code == 1
    about = [c["message"] for c in json.loads(text)["conflicts"] if moved.id in c["item_ids"]]
    assert about and any(f"“{moved.title_i18n['en']}”" in m for m in about), about
    assert not any(moved.title in m for m in about), about
    # the people and sites in the sentences are in English too: no Cyrillic letter is left
    assert not any(ch.isalpha() and "а" <= ch.lower() <= "я" for m in about for ch in m), about
    # in Russian the sentences name the item as typed (the sample is typed in Russian)
    code, text = run(db, "check", str(visit_id), "--lang", "ru", "--json")
    about = [c["message"] for c in json.loads(text)["conflicts"] if moved.id in c["item_ids"]]
    assert any(f"«{moved.title}»" in m for m in about), about


def test_running_late_in_kazakh_moves_items_named_by_their_kazakh_titles(
    sample_db: tuple[Database, int],
) -> None:
    db, visit_id = sample_db
    talks = item(db, visit_id, TALKS)
    walk = item(db, visit_id, "Прогулка по набережной")
    code, text = run(
        db, "running-late", str(visit_id), "--item", str(talks.id), "--minutes", "25", "--lang", "kk"
    )
    assert code in (0, 1), text
    moves = [line for line in text.splitlines() if line.startswith("  move ")]
    assert len(moves) == 2, text
    assert moves[0].endswith(talks.title_i18n["kk"]) and moves[1].endswith(walk.title_i18n["kk"]), moves
    # the notes and what remains name them in Kazakh too
    remains = [line for line in text.splitlines() if line.startswith("  remains ")]
    assert (
        remains
        and f"«{talks.title_i18n['kk']}»" in remains[0]
        and talks.title not in text.split("affected:")[0]
    )


def test_a_name_without_a_translation_stays_as_typed(sample_db: tuple[Database, int]) -> None:
    db, visit_id = sample_db
    typed = 'Переговоры «A & B» <Қазақ> "тур"'
    talks = item(db, visit_id, TALKS)
    with db.sessions.begin() as s:
        s.execute(
            update(ItineraryItem).where(ItineraryItem.id == talks.id).values(title=typed, title_i18n={})
        )
        # the first guest keeps no English name either
        guest = s.scalar(
            select(Participant)
            .where(Participant.visit_id == visit_id, Participant.side == "guest")
            .order_by(Participant.protocol_rank)
        )
        guest.name_i18n = {}
        guest_name = guest.full_name
    code, text = run(
        db, "running-late", str(visit_id), "--item", str(talks.id), "--minutes", "25", "--lang", "en"
    )
    assert code in (0, 1), text
    engine_part = text.split("affected:")[0]
    moves = [line for line in engine_part.splitlines() if line.startswith("  move ")]
    assert moves[0].endswith(typed), moves
    assert f"“{typed}”" in engine_part and guest_name in engine_part
    # the other item moved keeps its English title
    walk = item(db, visit_id, "Прогулка по набережной")
    assert moves[1].endswith(walk.title_i18n["en"]), moves


def _overlap_in_sample(db: Database) -> tuple[int, ItineraryItem]:
    visit_id = load_sample(UnitOfWork(db.sessions)).id
    return visit_id, site_visit_onto_lunch(db, visit_id)


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
@pytest.mark.parametrize("lang", ["en", "kk"])
def test_the_windows_live_check_names_items_in_its_language(backend: str, lang: str, tmp_path: Path) -> None:
    """The live check reads every title up front (in the language) and equals a full check."""
    with database_for(backend, tmp_path) as target:
        db = open_database(target)
        try:
            visit_id, moved = _overlap_in_sample(db)
            live = open_live_check(UnitOfWork(db.sessions), visit_id, lang)
            full = check_conflicts(UnitOfWork(db.sessions), visit_id, lang)
            assert live.conflicts() == full
            about = [c.message for c in full if moved.id in c.item_ids]
            opening, closing = ("“", "”") if lang == "en" else ("«", "»")
            assert any(f"{opening}{moved.title_i18n[lang]}{closing}" in m for m in about), about
            # a move elsewhere changes the conflicts; moving it back names it in the language again
            earlier = timedelta(hours=3)
            live.move([(moved.id, moved.starts_at - earlier, moved.ends_at - earlier)])
            assert live.conflicts() != full
            live.move([(moved.id, moved.starts_at, moved.ends_at)])
            assert live.conflicts() == full
        finally:
            db.dispose()


def test_plan_in_english_places_a_listed_site_by_its_english_name(sample_db: tuple[Database, int]) -> None:
    from planner.persistence.tables import Site
    from planner.services.to_place import add_entry

    db, visit_id = sample_db
    with db.sessions() as s:
        used = select(ItineraryItem.site_id).where(ItineraryItem.visit_id == visit_id)
        site = s.scalar(select(Site).where(Site.id.in_(used)).order_by(Site.id))
        s.expunge_all()
    add_entry(UnitOfWork(db.sessions), visit_id, {"site_id": site.id, "duration_min": 30})
    code, text = run(db, "plan", str(visit_id), "--lang", "en", "--seconds", "0.5")
    assert code == 0, text
    placed = [line for line in text.splitlines() if line.startswith("  place ")]
    # the line ends with the groups the plan sends, after the name
    assert placed and placed[0].split(" (groups ")[0].endswith(site.name_i18n["en"]), text
    assert site.name not in text
