"""The import preview dialog and the change-log view, on a real database, offscreen."""

from __future__ import annotations

import csv
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from planner.interchange.visit_format import import_visit
from planner.persistence.db import Database
from planner.persistence.tables import ItineraryItem, Participant, Site
from planner.persistence.uow import UnitOfWork
from planner.services.changes import Changes, DataKind
from tests.support.synthetic import synthetic_visit
from ui.operations import Operations
from ui.views.change_log_view import ChangeLogView
from ui.views.import_preview_dialog import REJECTED_BACKGROUND, ImportPreviewDialog


def _csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows(rows)
    return path


def test_preview_highlights_bad_rows_and_imports_the_valid_ones(
    qtbot: QtBot, ops: Operations, db: Database, tmp_path: Path
) -> None:
    path = _csv(
        tmp_path / "sites.csv",
        [
            ["Название", "Широта", "Долгота"],
            ["Порт", "47,1", "51,9"],
            ["Музей", "123", "51,9"],
            ["Школа", "", ""],
        ],
    )
    dialog = ImportPreviewDialog(ops, "sites", path)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 3
    assert dialog.table.item(1, 1).text() == "rejected"
    assert dialog.table.item(1, 3).background().color() == REJECTED_BACKGROUND
    assert "123" in dialog.table.item(1, 3).toolTip()
    assert dialog.table.item(0, 3).background().color() != REJECTED_BACKGROUND
    assert not dialog.import_all.isEnabled() and dialog.import_valid.isEnabled()
    with UnitOfWork(db.sessions) as uow:
        assert uow.session.scalars(select(Site)).all() == []  # the preview wrote nothing
    dialog.import_valid.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.report is not None and (dialog.report.imported, dialog.report.rejected) == (2, 1)
    with UnitOfWork(db.sessions) as uow:
        assert set(uow.session.scalars(select(Site.name))) == {"Порт", "Школа"}


def test_preview_of_a_file_that_is_not_a_list_offers_nothing(
    qtbot: QtBot, ops: Operations, tmp_path: Path
) -> None:
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    dialog = ImportPreviewDialog(ops, "sites", path)
    qtbot.addWidget(dialog)
    assert "empty" in dialog.summary.text()
    assert not dialog.import_all.isEnabled() and not dialog.import_valid.isEnabled()


def test_change_log_view_shows_a_new_edit_first(
    qtbot: QtBot, ops: Operations, db: Database, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    with UnitOfWork(db.sessions) as uow:
        visit_id = import_visit(uow, synthetic_visit(sites=1, participants=2, items=2))
        uow.commit()
    db.user = "aigerim"
    view = ChangeLogView(ops, visit_id)
    qtbot.addWidget(view)
    before = view.model.rowCount()

    def rename(uow: UnitOfWork) -> Changes:
        with uow:
            item = uow.session.scalars(
                select(ItineraryItem).where(ItineraryItem.visit_id == visit_id)
            ).first()
            assert item is not None
            item.title = "Переговоры с акимом"
            uow.commit()
            return Changes.of(DataKind.ITEMS, item_ids=[item.id])

    ops.run(rename)
    assert view.model.rowCount() == before + 1
    newest = view.model.row_at(0)
    assert newest is not None and newest.changed_by == "aigerim" and "Переговоры с акимом" in newest.summary
    qtmodeltester.check(view.model)


def test_change_log_view_hides_private_participant_fields(
    qtbot: QtBot, ops: Operations, db: Database
) -> None:
    with UnitOfWork(db.sessions) as uow:
        visit_id = import_visit(uow, synthetic_visit(sites=1, participants=2, items=2))
        uow.commit()
    view = ChangeLogView(ops, visit_id)
    qtbot.addWidget(view)

    def edit(uow: UnitOfWork) -> Changes:
        with uow:
            person = uow.session.scalars(select(Participant).where(Participant.visit_id == visit_id)).first()
            assert person is not None
            person.phone, person.email, person.dietary_needs = (
                "+7 701 555 0101",
                "akim@example.invalid",
                "halal",
            )
            person.title = "Deputy akim"
            uow.commit()
        return Changes.of(DataKind.PARTICIPANTS)

    ops.run(edit)
    model = view.model
    shown = [
        str(model.data(model.index(r, c)))
        for r in range(model.rowCount())
        for c in range(model.columnCount())
    ]
    text = "\n".join(shown)
    assert "+7 701 555 0101" not in text and "akim@example.invalid" not in text and "halal" not in text
    for field in ("Phone", "E-mail", "Dietary needs"):  # each field by its label
        assert any(c.startswith(f"{field}: ") and c.endswith("→ (private)") for c in shown), field
    assert any("Deputy akim" in cell for cell in shown)  # other fields are shown as they are


# tables and columns the change log never shows as a changed field: the log itself, the database's own
# facts, and the keys and stamps every row has
_NOT_LOGGED_TABLES = {"change_log", "database_info", "programme_versions"}
_NOT_LOGGED_COLUMNS = {"id", "version", "visit_id", "created_at", "updated_at"}


def test_every_logged_column_has_a_label_in_each_language() -> None:
    """A change to a field the labels did not know showed its column's name ("Arrival site id",
    "Lunch min", "Boarding extra min") in every language."""
    from planner.persistence.tables import Base
    from ui.i18n import install_language
    from ui.views.change_log_view import FIELD_LABELS, field_label

    columns = {
        column.name
        for table in Base.metadata.sorted_tables
        if table.name not in _NOT_LOGGED_TABLES
        for column in table.columns
        if column.name not in _NOT_LOGGED_COLUMNS
    }
    assert sorted(columns - set(FIELD_LABELS)) == []
    try:
        for language in ("ru", "kk"):
            assert install_language(language)
            untranslated = [c for c in sorted(columns) if field_label(c) == FIELD_LABELS[c]]
            assert untranslated == [], language
    finally:
        install_language("en")
