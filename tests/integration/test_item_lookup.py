"""A few items read by id equal the same items read with the whole visit (a screen compares them)."""

from __future__ import annotations

from planner.persistence.db import Database
from planner.persistence.uow import UnitOfWork
from planner.queries.item_lookup import items_by_ids
from planner.queries.itinerary import visit_items


def test_items_read_by_id_equal_those_read_with_the_visit(sample_db: tuple[Database, int]) -> None:
    db, visit_id = sample_db
    with UnitOfWork(db.sessions) as uow:
        whole = {row.id: row for row in visit_items(uow, visit_id)}
        by_id = items_by_ids(uow, list(whole))
    assert len(by_id) == len(whole)
    assert [row for row in by_id if row != whole[row.id]] == []


def test_rows_read_in_a_language_name_the_item_and_its_place_in_it(sample_db: tuple[Database, int]) -> None:
    """``name`` and ``place_name``: the translation when there is one, else as typed; read in the same
    language, a row by id still equals the visit's (read in none, each is as typed)."""
    from planner.domain.kinds import localized

    db, visit_id = sample_db
    with UnitOfWork(db.sessions) as uow:
        typed = {row.id: row for row in visit_items(uow, visit_id)}
        for lang in ("en", "kk", "ru"):
            whole = {row.id: row for row in visit_items(uow, visit_id, lang)}
            by_id = items_by_ids(uow, list(whole), lang)
            assert [row for row in by_id if row != whole[row.id]] == []
            for row in whole.values():
                assert row.name == localized(row.title, row.title_i18n, lang)
                assert row.place_name == (
                    localized(row.site_name, row.site_name_i18n, lang)
                    if row.site_name
                    else localized(row.location, row.location_i18n, lang)
                )
            talks = next(r for r in whole.values() if r.title.startswith("Переговоры в расширенном"))
            assert talks.name == talks.title_i18n.get(lang, talks.title)
        english = {row.id: row for row in items_by_ids(uow, list(typed), "en")}
    assert all(row.name == row.title and row.place_name == row.place for row in typed.values())
    assert any(english[i].name != typed[i].title for i in typed)
