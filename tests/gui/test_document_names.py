"""Signed documents in other languages in the window: the document, commitment and signatories dialogs edit
the translations under "Names in other languages…" (one undo step that puts back exactly what was there),
and the Documents page shows a document in the interface language."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QGroupBox, QLineEdit, QPlainTextEdit, QToolButton
from pytestqt.qtbot import QtBot

from planner.persistence.db import Database
from planner.persistence.tables import Commitment, Signatory, SignedDocument
from planner.persistence.uow import UnitOfWork
from tests.gui.conftest import child, when_dialog_opens
from ui.i18n import install_language
from ui.operations import Operations
from ui.views.documents_page import DocumentsPage

PLACE_KK = "Атырау қ., «Қабылдау & <залы>»"
PARTY_KK = "Атырау облысының әкімдігі (жаңа)"
AREA_KK = "сауда & <жәрмеңке>"
RESPONSIBLE_EN = 'Chamber & <"Atyrau">'
TITLE_KK = "Атырау облысының әкімі (жаңа)"


@pytest.fixture
def page(
    qtbot: QtBot, sample_db: tuple[Database, int]
) -> Iterator[tuple[DocumentsPage, Operations, Database]]:
    db, visit_id = sample_db
    ops = Operations(db)
    documents = DocumentsPage(ops)
    qtbot.addWidget(documents)
    documents.resize(1200, 700)
    documents.show()
    documents.set_visit(visit_id)
    try:
        yield documents, ops, db
    finally:
        ops.shutdown()
        install_language("en")


def _select(page: DocumentsPage, document_id: int) -> None:
    page.table.selectRow(page.model.row_of_id(document_id))


def _plan(db: Database) -> dict[str, Any]:
    """The sample's plan of cooperation (the document with the most commitments) as stored now."""
    with UnitOfWork(db.sessions) as uow:
        documents = uow.session.query(SignedDocument).all()
        d = max(documents, key=lambda x: len(x.commitments))
        return {
            "id": d.id,
            "place_i18n": dict(d.place_i18n),
            "parties_i18n": {k: list(v) for k, v in d.parties_i18n.items()},
            "commitment_id": d.commitments[0].id,
            "area_i18n": dict(d.commitments[0].area_i18n),
            "responsible_i18n": dict(d.commitments[0].responsible_i18n),
            "signatories": [
                (s.name, s.participant_id, dict(s.title_i18n), dict(s.party_i18n)) for s in d.signatories
            ],
        }


def test_the_document_dialog_edits_the_place_and_parties_translations_and_undo_puts_back_exactly(
    page: tuple[DocumentsPage, Operations, Database],
) -> None:
    documents, ops, db = page
    before = _plan(db)
    assert before["place_i18n"] == {"kk": "Атырау қ.", "en": "Atyrau"}
    _select(documents, before["id"])
    seen: dict[str, Any] = {}

    def fill(dialog: QDialog) -> None:
        child(dialog, QToolButton, "translations_toggle").click()
        place = child(child(dialog, QGroupBox, "translations_place_i18n"), QLineEdit, "translation_kk")
        seen["place"] = place.text()
        place.setText(f"  {PLACE_KK} ")
        parties = child(
            child(dialog, QGroupBox, "translations_parties_i18n"), QPlainTextEdit, "translation_kk"
        )
        seen["parties"] = parties.toPlainText()
        _first, second = parties.toPlainText().splitlines()
        parties.setPlainText(f"{PARTY_KK}\n{second}")
        dialog.buttons.accepted.emit()  # type: ignore[attr-defined]

    steps = ops.undo_stack.count()
    problems = when_dialog_opens(fill)
    documents.edit_selected()
    assert problems == []
    assert seen["place"] == "Атырау қ."
    assert seen["parties"].splitlines() == before["parties_i18n"]["kk"]
    after = _plan(db)
    assert after["place_i18n"] == {"kk": PLACE_KK, "en": "Atyrau"}
    assert after["parties_i18n"]["kk"] == [PARTY_KK, before["parties_i18n"]["kk"][1]]
    assert after["parties_i18n"]["en"] == before["parties_i18n"]["en"]
    assert ops.undo_stack.count() == steps + 1
    ops.undo_stack.undo()
    assert _plan(db) == before
    ops.undo_stack.redo()
    assert _plan(db)["place_i18n"] == {"kk": PLACE_KK, "en": "Atyrau"}


def test_the_commitment_dialog_edits_the_area_and_responsible_translations_and_undo_puts_back_exactly(
    page: tuple[DocumentsPage, Operations, Database],
) -> None:
    documents, ops, db = page
    before = _plan(db)
    _select(documents, before["id"])
    documents.commitments.setCurrentRow(0)
    assert documents.commitments.currentItem().data(Qt.ItemDataRole.UserRole) == before["commitment_id"]

    def fill(dialog: QDialog) -> None:
        child(dialog, QToolButton, "translations_toggle").click()
        area = child(dialog, QGroupBox, "translations_area_i18n")
        child(area, QLineEdit, "translation_kk").setText(AREA_KK)
        responsible = child(dialog, QGroupBox, "translations_responsible_i18n")
        child(responsible, QLineEdit, "translation_en").setText(RESPONSIBLE_EN)
        dialog.buttons.accepted.emit()  # type: ignore[attr-defined]

    steps = ops.undo_stack.count()
    problems = when_dialog_opens(fill)
    documents.edit_commitment()
    assert problems == []
    after = _plan(db)
    assert after["area_i18n"] == {**before["area_i18n"], "kk": AREA_KK}
    assert after["responsible_i18n"] == {**before["responsible_i18n"], "en": RESPONSIBLE_EN}
    assert ops.undo_stack.count() == steps + 1
    ops.undo_stack.undo()
    assert _plan(db) == before


def test_the_signatories_dialog_edits_their_titles_and_parties_and_undo_puts_back_exactly(
    page: tuple[DocumentsPage, Operations, Database],
) -> None:
    documents, ops, db = page
    before = _plan(db)
    _select(documents, before["id"])

    def fill(dialog: QDialog) -> None:
        child(dialog, QToolButton, "translations_toggle").click()
        box = child(
            child(dialog, QGroupBox, "translations_signatories_i18n"), QPlainTextEdit, "translation_kk"
        )
        lines = box.toPlainText().splitlines()
        box.setPlainText("\n".join([f"{TITLE_KK}; {PARTY_KK}", *lines[1:]]))
        dialog.buttons.accepted.emit()  # type: ignore[attr-defined]

    steps = ops.undo_stack.count()
    problems = when_dialog_opens(fill)
    documents.edit_signatories()
    assert problems == []
    after = _plan(db)["signatories"]
    name, participant, title, party = after[0]
    # the signatory keeps the participant they are linked to
    assert (name, participant) == before["signatories"][0][:2]
    assert title == {**before["signatories"][0][2], "kk": TITLE_KK}
    assert party == {**before["signatories"][0][3], "kk": PARTY_KK}
    assert after[1:] == before["signatories"][1:]
    assert ops.undo_stack.count() == steps + 1
    ops.undo_stack.undo()
    assert _plan(db) == before
    with UnitOfWork(db.sessions) as uow:
        assert uow.session.query(Signatory).count() and uow.session.query(Commitment).count()


def test_the_page_shows_a_document_in_the_interface_language(
    page: tuple[DocumentsPage, Operations, Database],
) -> None:
    documents, _, db = page
    install_language("kk")
    documents.refresh()
    before = _plan(db)
    _select(documents, before["id"])
    details = documents.details.text()
    assert "Атырау қ." in details and "г. Атырау" not in details
    assert before["parties_i18n"]["kk"][0] in details
    entry = documents.commitments.item(0).text()
    assert entry.split("] ", 1)[1].startswith(f"{before['area_i18n']['kk']}:")
