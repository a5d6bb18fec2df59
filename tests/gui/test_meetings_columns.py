"""The Meetings page's list at 1280×800 in English, Russian and Kazakh: every column in sight, the short
ones (when, format, outcomes) as wide as their header and values, the title taking the rest."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from planner.persistence.db import Database
from ui.main_window import MainWindow
from ui.models.table_models import MeetingTableModel
from ui.operations import Operations


def test_every_column_of_the_meeting_list_is_in_sight_and_wide_enough_for_its_texts(
    qtbot: QtBot, sample_db: tuple[Database, int], language: str
) -> None:
    db, visit_id = sample_db
    ops = Operations(db)
    try:
        window = MainWindow(ops, visit_id)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        page = window.meetings
        window.tabs.setCurrentWidget(page)
        QApplication.processEvents()
        table = page.table
        header = table.horizontalHeader()
        model = table.model()
        assert model.rowCount() == 4
        viewport = table.viewport().width()
        for column in range(header.count()):
            name = model.headerData(column, Qt.Orientation.Horizontal)
            right = header.sectionViewportPosition(column) + header.sectionSize(column)
            assert header.sectionViewportPosition(column) >= 0 and right <= viewport, f"{name} out of sight"
        for column in (MeetingTableModel.WHEN, MeetingTableModel.FORMAT, MeetingTableModel.OUTCOMES):
            name = model.headerData(column, Qt.Orientation.Horizontal)
            width = header.sectionSize(column)
            assert header.sectionSizeFromContents(column).width() <= width, f"header {name!r} cut"
            assert table.sizeHintForColumn(column) <= width, f"a value of {name!r} cut"
        # the title takes what is left, enough for two lines of words; the whole title on hover
        assert header.sectionSize(MeetingTableModel.TITLE) >= 150
        first = model.index(0, MeetingTableModel.TITLE)
        assert first.data(Qt.ItemDataRole.ToolTipRole) == first.data(Qt.ItemDataRole.DisplayRole)
        # and the outcomes below have their columns in sight too
        assert page.tree.header().length() <= page.tree.viewport().width()
    finally:
        ops.shutdown()
