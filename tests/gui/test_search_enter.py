"""Enter in a search list only picks: typed a word in the item dialog's site search ("Нысан"), Enter in
the list of matches took the site AND saved the half-filled item; the time-zone search of New visit
kept its dialog open. Now both only pick; Enter elsewhere in the dialog still saves."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from planner.queries.sites import SiteRow
from ui.views.item_dialog import ItemDialog

TZ = ZoneInfo("Asia/Atyrau")


def _site(site_id: int, name: str, address: str) -> SiteRow:
    return SiteRow(site_id, name, "museum", address, None, None, "", 60, "", "", "", "", 0, 1)


def test_enter_in_the_site_search_picks_the_site_and_keeps_the_item_dialog_open(qtbot: QtBot) -> None:
    saved: list[dict[str, Any]] = []
    sites = [_site(1, "Drama theatre", "Aiteke Bi St 5"), _site(2, "Regional museum", "Satpaev St 2")]
    dialog = ItemDialog(
        TZ, sites, [], default_start=datetime(2026, 12, 15, 10, 0, tzinfo=TZ), submit=saved.append
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.title.setText("Museum")
    picker = dialog.site
    picker.setFocus()
    picker.lineEdit().selectAll()
    QTest.keyClicks(picker.lineEdit(), "Satpaev")
    popup = picker.completer().popup()
    assert popup.isVisible()
    QTest.keyClick(popup, Qt.Key.Key_Return)
    assert picker.currentData() == 2  # picked
    assert dialog.isVisible() and saved == []  # and nothing saved
    # Enter in another field saves, with the site picked
    dialog.title.setFocus()
    QTest.keyClick(dialog.title, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert [v["site_id"] for v in saved] == [2]
