"""The interface in Russian and Kazakh: every phrase translated, the compiled files load, the window speaks
the language chosen."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from pytestqt.qtbot import QtBot

from ui.i18n import TRANSLATIONS, install_language, tr
from ui.main_window import MainWindow
from ui.operations import Operations

sys.path.insert(0, str(TRANSLATIONS))
from build_translations import PHRASE, phrases
from kazakh import KK
from russian import RU

TEXTS = {"ru": RU, "kk": KK}


@pytest.fixture
def russian() -> Iterator[None]:
    assert install_language("ru")
    yield
    install_language("en")


@pytest.fixture
def kazakh() -> Iterator[None]:
    assert install_language("kk")
    yield
    install_language("en")


@pytest.mark.parametrize("code", ["ru", "kk"])
def test_every_interface_phrase_has_a_text(code: str) -> None:
    found = phrases()
    assert len(found) > 300
    missing = [text for text in found if not TEXTS[code].get(text)]
    assert missing == []
    ts = (TRANSLATIONS / f"delegation_planner_{code}.ts").read_text(encoding="utf-8")
    assert 'type="unfinished"' not in ts
    assert Path(TRANSLATIONS / f"delegation_planner_{code}.qm").stat().st_size > 10_000


@pytest.mark.parametrize("code", ["ru", "kk"])
def test_placeholders_survive_translation(code: str) -> None:
    for text, translated in TEXTS[code].items():
        for n in range(1, 6):
            assert (f"%{n}" in text) == (f"%{n}" in translated), text


@pytest.mark.parametrize("code", ["ru", "kk"])
def test_accelerators_and_endings_survive_translation(code: str) -> None:
    for text, translated in TEXTS[code].items():
        assert ("&" in text) == ("&" in translated), text
        for ending in ("…", ":"):
            assert text.endswith(ending) == translated.endswith(ending), text
        if text.endswith("."):  # an abbreviation may end a translation with a full stop too
            assert translated.endswith("."), text


def test_the_window_speaks_russian(qtbot: QtBot, ops: Operations, russian: None) -> None:
    assert tr("Itinerary") == "Программа"
    assert tr("%1 conflicts", 3) == "конфликтов: 3"
    window = MainWindow(ops)
    qtbot.addWidget(window)
    assert [window.tabs.tabText(n) for n in range(3)] == ["Обзор", "Участники", "Объекты"]
    assert window.menuBar().actions()[0].text() == "&Файл"
    model = window.itinerary.model
    assert model.headerData(model.TITLE, Qt.Orientation.Horizontal) == "Мероприятие"


def test_the_window_speaks_kazakh(qtbot: QtBot, ops: Operations, kazakh: None) -> None:
    assert tr("Itinerary") == "Бағдарлама"
    assert tr("%1 conflicts", 3) == "қайшылықтар: 3"
    window = MainWindow(ops)
    qtbot.addWidget(window)
    assert [window.tabs.tabText(n) for n in range(3)] == ["Шолу", "Қатысушылар", "Нысандар"]
    assert [action.text() for action in window.menuBar().actions()][:2] == ["&Файл", "&Өңдеу"]
    model = window.itinerary.model
    assert model.headerData(model.TITLE, Qt.Orientation.Horizontal) == "Іс-шара"


def test_settings_offer_kazakh_and_the_next_start_speaks_it(qtbot: QtBot) -> None:
    from ui.app import apply_language
    from ui.views.settings_dialog import SettingsDialog

    dialog = SettingsDialog("sample.db", lambda: None, lambda: None, lambda: None)
    qtbot.addWidget(dialog)
    combo = dialog.ui_language
    assert [combo.itemData(n) for n in range(combo.count())] == ["en", "ru", "kk"]
    combo.setCurrentIndex(combo.findData("kk"))
    assert combo.currentText() == "Қазақша"
    dialog.save()
    assert QSettings().value("ui/language") == "kk"
    try:
        assert apply_language() == "kk"
        assert tr("&Edit") == "&Өңдеу"
    finally:
        install_language("en")


@pytest.mark.parametrize(
    ("locale", "expected"), [("kk_KZ", "kk"), ("ru_RU", "ru"), ("en_GB", "en"), ("ka_GE", "en")]
)
def test_the_system_language_decides_the_first_start(
    monkeypatch: pytest.MonkeyPatch, locale: str, expected: str
) -> None:
    import ui.i18n

    monkeypatch.setattr(ui.i18n.QLocale, "system", staticmethod(lambda: QLocale(locale)))
    assert ui.i18n.system_language() == expected


def test_kazakh_menus_have_distinct_access_keys(qtbot: QtBot, ops: Operations, kazakh: None) -> None:
    window = MainWindow(ops)
    qtbot.addWidget(window)

    def keys(actions: list[Any]) -> list[str]:
        texts = [action.text() for action in actions if "&" in action.text()]
        return [text[text.index("&") + 1].lower() for text in texts]

    menus = window.menuBar().actions()
    assert len(set(keys(menus))) == len(menus)
    for menu in menus:
        found = keys(menu.menu().actions())
        assert len(set(found)) == len(found), menu.text()


def test_every_phrase_written_in_the_interface_is_found_for_translation() -> None:
    """A phrase the builder misses (tr('dropped') inside an f-string was) stays English in every
    language: each tr/N_/Column call with a literal must be found where it is written."""
    import re

    call = re.compile(r"""\b(?:tr|N_|Column)\(\s*['"]""")
    root = Path(__file__).resolve().parents[2] / "ui"
    missed = []
    for path in sorted(root.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        found = {m.start() for m in PHRASE.finditer(source)}
        missed += [
            f"{path.name}:{source.count(chr(10), 0, m.start()) + 1}"
            for m in call.finditer(source)
            if m.start() not in found
        ]
    assert missed == []


def test_the_item_editor_names_kinds_in_kazakh(qtbot: QtBot, kazakh: None) -> None:
    from zoneinfo import ZoneInfo

    from ui.views.item_dialog import ItemDialog

    dialog = ItemDialog(ZoneInfo("Asia/Atyrau"), [], [])
    qtbot.addWidget(dialog)
    kind = dialog.kind
    names = {kind.itemData(n): kind.itemText(n) for n in range(kind.count())}
    assert names["site_visit"] == "Нысанды аралау" and names["press"] == "Баспасөзбен кездесу"
    assert kind.currentData() == "site_visit"
