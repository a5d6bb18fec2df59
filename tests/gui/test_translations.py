"""The interface in Russian: every phrase translated, the compiled file loads, the window speaks Russian."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ui.i18n import TRANSLATIONS, install_language, tr
from ui.main_window import MainWindow
from ui.operations import Operations

sys.path.insert(0, str(TRANSLATIONS))
from build_translations import phrases
from russian import RU


@pytest.fixture
def russian() -> Iterator[None]:
    assert install_language("ru")
    yield
    install_language("en")


def test_every_interface_phrase_has_a_russian_text() -> None:
    found = phrases()
    assert len(found) > 300
    missing = [text for text in found if not RU.get(text)]
    assert missing == []
    ts = (TRANSLATIONS / "delegation_planner_ru.ts").read_text(encoding="utf-8")
    assert 'type="unfinished"' not in ts
    assert Path(TRANSLATIONS / "delegation_planner_ru.qm").stat().st_size > 10_000


def test_placeholders_survive_translation() -> None:
    for text, russian_text in RU.items():
        for n in range(1, 6):
            assert (f"%{n}" in text) == (f"%{n}" in russian_text), text


def test_the_window_speaks_russian(qtbot: QtBot, ops: Operations, russian: None) -> None:
    assert tr("Itinerary") == "Программа"
    assert tr("%1 conflicts", 3) == "конфликтов: 3"
    window = MainWindow(ops)
    qtbot.addWidget(window)
    assert [window.tabs.tabText(n) for n in range(3)] == ["Обзор", "Участники", "Объекты"]
    assert window.menuBar().actions()[0].text() == "&Файл"
    model = window.itinerary.model
    assert model.headerData(model.TITLE, Qt.Orientation.Horizontal) == "Мероприятие"
