"""The Edit menu's Undo and Redo texts name what they undo in the interface language: an item by its
translation (else as typed), inside the language's quotation marks (“ ” in English, « » in Russian and
Kazakh), never ASCII apostrophes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from planner.persistence.db import Database
from ui.i18n import install_language
from ui.main_window import MainWindow
from ui.operations import Operations

TALKS = {
    "en": "“Extended talks with both delegations”",
    "ru": "«Переговоры в расширенном составе с участием делегаций»",
}


@pytest.fixture
def sample_ops(sample_db: tuple[Database, int]) -> Iterator[tuple[Operations, int]]:
    db, visit_id = sample_db
    ops = Operations(db)
    yield ops, visit_id
    ops.shutdown()
    install_language("en")


@pytest.mark.parametrize(("lang", "undo", "redo"), [("en", "Undo Move", "Redo Move"), ("ru", "Отменить", "")])
def test_undo_of_a_move_names_the_item_in_the_language_and_its_quotes(
    qtbot: QtBot, sample_ops: tuple[Operations, int], lang: str, undo: str, redo: str
) -> None:
    ops, visit_id = sample_ops
    assert install_language(lang)
    window = MainWindow(ops, visit_id)
    qtbot.addWidget(window)
    window.show()
    page = window.itinerary
    window.tabs.setCurrentWidget(page)
    qtbot.waitUntil(lambda: bool(page.timeline.rows))
    talks = next(r for r in page.timeline.rows.values() if r.title.startswith("Переговоры в расширенном"))
    page.move_item(talks.id, talks.starts_at + timedelta(minutes=5), talks.ends_at + timedelta(minutes=5))
    text = window.undo_action.text()
    assert text.startswith(undo) and text.endswith(TALKS[lang])
    assert "'" not in text
    if lang == "ru":
        assert ops.undo_stack.undoText() == f"Перенос {TALKS['ru']}"
    ops.undo_stack.undo()
    assert window.redo_action.text().endswith(TALKS[lang])
    if redo:
        assert window.redo_action.text() == f"{redo} {TALKS['en']}"
    window.close()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Rename group “Официальная делегация”"),
        ("ru", "Переименовать группу «Официальная делегация»"),
        ("kk", "«Официальная делегация» тобының атауын өзгерту"),
    ],
)
def test_a_command_quotes_a_name_in_the_languages_quotation_marks(lang: str, text: str) -> None:
    from ui.commands.group_commands import RenameGroupCommand

    assert install_language(lang)
    try:
        command = RenameGroupCommand(1, "Официальная делегация", {"name": "Гости"}, 1)
        assert command.text() == text
    finally:
        install_language("en")


@pytest.mark.parametrize(
    ("lang", "name", "text", "change"),
    [
        # the name's own marks become the inner ones: «„…“» in Russian and Kazakh, “‘…’” in English
        (
            "en",
            "“Kazakhstan” village",
            "Rename group “‘Kazakhstan’ village”",
            "“‘Kazakhstan’ village” cancelled",
        ),
        (
            "ru",
            "«Қазақстан» ауылы",
            "Переименовать группу «„Қазақстан“ ауылы»",
            "«„Қазақстан“ ауылы» отменено",
        ),
        (
            "kk",
            "«Қазақстан» ауылы",
            "«„Қазақстан“ ауылы» тобының атауын өзгерту",
            "«„Қазақстан“ ауылы» күші жойылды",
        ),
    ],
)
def test_a_name_with_quotation_marks_of_its_own_is_not_quoted_twice(
    lang: str, name: str, text: str, change: str
) -> None:
    from types import SimpleNamespace
    from zoneinfo import ZoneInfo

    from ui.commands.group_commands import RenameGroupCommand
    from ui.views.live_page import _change_text

    assert install_language(lang)
    try:
        assert RenameGroupCommand(1, name, {"name": "Гости"}, 1).text() == text
        # the live page's line of what changes for someone quotes the same way
        cancelled = SimpleNamespace(title=name, what="cancelled", old_start=None, old_end=None,
                                    new_start=None, new_end=None, old_place="", new_place="")  # fmt: skip
        assert _change_text(cancelled, ZoneInfo("Asia/Atyrau")) == change
    finally:
        install_language("en")
