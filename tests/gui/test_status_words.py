"""The state of an action item or a commitment reads the same on the screen and on paper, in each
language, in the sense the office means: an open one is "Открыто" / "Ашық" (it read "Не начато", not
started, for items well under way)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from planner.documents.settings import DocumentSettings
from planner.persistence.db import Database
from planner.persistence.uow import UnitOfWork
from planner.services.printing import follow_up_pdf
from tests.integration.test_documents_support import page_texts, squash
from ui.i18n import install_language
from ui.operations import Operations
from ui.views.follow_up_page import FollowUpModel, FollowUpView

TODAY = date(2024, 1, 1)


@pytest.fixture
def english() -> Iterator[None]:
    yield
    install_language("en")


@pytest.mark.parametrize(
    ("language", "open_word", "not_shown"),
    [("ru", "Открыто", "Не начато"), ("kk", "Ашық", "Басталмаған"), ("en", "Open", "Not started")],
)
def test_an_open_item_reads_open_on_the_follow_up_screen_and_in_its_report(
    qtbot: QtBot,
    sample_db: tuple[Database, int],
    english: None,
    language: str,
    open_word: str,
    not_shown: str,
) -> None:
    db, _ = sample_db
    assert install_language(language)
    ops = Operations(db)
    try:
        view = FollowUpView(ops, today=lambda: TODAY)
        qtbot.addWidget(view)
        model = view.table.model()
        shown = {model.index(n, FollowUpModel.STATUS).data() for n in range(model.rowCount())}
        assert open_word in shown and not_shown not in shown
    finally:
        ops.shutdown()
    paper = squash(
        "\n".join(
            page_texts(
                follow_up_pdf(UnitOfWork(db.sessions), DocumentSettings(language=language), today=TODAY)
            )
        )
    )
    assert squash(open_word) in paper and squash(not_shown) not in paper
