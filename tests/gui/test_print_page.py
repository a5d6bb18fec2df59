"""The Print page and the command line offer the same documents: the printing service's registry."""

from __future__ import annotations

import argparse
from datetime import date

from pytestqt.qtbot import QtBot

from planner.cli import build_parser
from planner.persistence.db import Database
from planner.persistence.uow import UnitOfWork
from planner.services import visit_admin
from planner.services.printing import DOCUMENT_KINDS
from ui.commands.edit_commands import AddParticipantCommand
from ui.operations import Operations
from ui.views.print_page import PrintPage

REGISTRY = tuple(kind.name for kind in DOCUMENT_KINDS)


def cli_kind_choices() -> tuple[str, ...]:
    """The KIND values ``delegation-planner print`` accepts, in the order its help lists them."""
    (commands,) = (a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    (kind,) = (a for a in commands.choices["print"]._actions if a.dest == "kind")
    assert kind.choices is not None
    return tuple(kind.choices)


def print_page(qtbot: QtBot, ops: Operations) -> PrintPage:
    page = PrintPage(ops)
    qtbot.addWidget(page)
    page.show()
    return page


def test_the_command_line_and_the_print_page_list_the_registrys_kinds(qtbot: QtBot, ops: Operations) -> None:
    assert REGISTRY == (
        "programme",
        "agenda",
        "itinerary",
        "transport",
        "delegation-list",
        "minutes",
        "documents",
        "seating",
        "run-of-show",
        "gifts",
        "briefing",
        "place-cards",
        "badges",
        "car-placards",
        "motorcade",
        "arrivals",
        "follow-up",
    )
    assert cli_kind_choices() == REGISTRY
    page = print_page(qtbot, ops)
    assert tuple(page.kind.itemData(n) for n in range(page.kind.count())) == REGISTRY
    assert page.kind.itemText(REGISTRY.index("delegation-list")) == "Delegation list"


def test_the_print_page_offers_the_options_each_kind_takes(qtbot: QtBot, ops: Operations) -> None:
    page = print_page(qtbot, ops)
    offered = {}
    for n, kind in enumerate(DOCUMENT_KINDS):
        page.kind.setCurrentIndex(n)
        offered[kind.name] = (
            page.day.isEnabled(),
            page.participant.isEnabled(),
            page.meeting.isEnabled(),
            page.landscape.isEnabled(),
            page.all_itineraries_button.isVisible(),
        )
        assert offered[kind.name] == (
            kind.day,
            kind.participants,
            kind.meeting,
            kind.landscape,
            kind.build_files is not None,
        )
        assert page.item.isEnabled() == kind.item
    # the same choices as before the registry: day for programme and agenda, people and no landscape for
    # the pocket itinerary, a meeting for the minutes
    assert offered == {
        "programme": (True, False, False, True, False),
        "agenda": (True, False, False, True, False),
        "itinerary": (False, True, False, False, True),
        "transport": (False, False, False, True, False),
        "delegation-list": (False, False, False, True, False),
        "minutes": (False, False, True, True, False),
        "documents": (False, False, False, True, False),
        "seating": (False, False, False, True, False),
        # the run of show is always landscape; briefing sheets of every site from the page
        "run-of-show": (False, False, False, False, False),
        "gifts": (False, False, False, True, False),
        "briefing": (False, False, False, True, False),
        # issue 13: cards and badges for a chosen person or everyone; sheets of a fixed layout
        "place-cards": (False, True, False, False, False),
        "badges": (False, True, False, False, False),
        "car-placards": (False, False, False, False, False),
        "motorcade": (False, False, False, True, False),
        "arrivals": (False, False, False, True, False),
        "follow-up": (False, False, False, True, False),
    }


def _text(pdf: bytes) -> str:
    import io

    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_the_preview_renders_on_open_and_follows_every_change(
    qtbot: QtBot, ops: Operations, db: Database
) -> None:
    """No Preview click needed; a new participant and another language show without one, undo too."""
    visit_id = visit_admin.create_visit(
        UnitOfWork(db.sessions),
        {
            "title": "Визит",
            "delegation_name": "Делегация",
            "start_date": date(2026, 5, 11),
            "end_date": date(2026, 5, 12),
            "host_timezone": "Asia/Atyrau",
            "home_timezone": "Europe/Astrakhan",
        },
    ).id
    page = PrintPage(ops)
    qtbot.addWidget(page)
    page.kind.setCurrentIndex(REGISTRY.index("delegation-list"))
    page.set_visit(visit_id)
    page.show()
    qtbot.waitUntil(lambda: page.pdf_bytes is not None and page.document.pageCount() > 0)
    ops.push(AddParticipantCommand(visit_id, {"full_name": "Әлия & <Қасымова>", "side": "guest"}), page)
    assert page.pdf_bytes is None  # stale bytes are never printed
    qtbot.waitUntil(lambda: page.pdf_bytes is not None)
    assert "Әлия & <Қасымова>" in _text(page.pdf_bytes or b"")
    ops.undo_stack.undo()
    qtbot.waitUntil(lambda: page.pdf_bytes is not None)
    assert "Әлия" not in _text(page.pdf_bytes or b"")
    page.language.setCurrentIndex(page.language.findData("en"))
    qtbot.waitUntil(lambda: page.pdf_bytes is not None)
    assert "List of participants" in _text(page.pdf_bytes or b"")


def test_the_print_page_warns_of_names_without_a_text_in_the_documents_language(
    qtbot: QtBot, ops: Operations, db: Database
) -> None:
    """Russian names: nothing to say for a Russian document; for Kazakh a line counts them and its button
    opens the missing-translations list on Kazakh; translating a name lowers the count."""
    from PySide6.QtWidgets import QApplication, QDialog

    from planner.queries.participants import visit_participants
    from tests.gui.conftest import when_dialog_opens
    from ui.commands.edit_commands import EditParticipantCommand
    from ui.views.translations_dialogs import MissingTranslationsDialog

    visit_id = visit_admin.create_visit(
        UnitOfWork(db.sessions),
        {
            "title": "Визит делегации",
            "delegation_name": "Делегация Астраханской области",
            "start_date": date(2026, 5, 11),
            "end_date": date(2026, 5, 12),
            "host_timezone": "Asia/Atyrau",
            "home_timezone": "Europe/Astrakhan",
        },
    ).id
    ops.push(AddParticipantCommand(visit_id, {"full_name": "Иван Петров & «сын»", "side": "guest"}))
    page = PrintPage(ops)
    qtbot.addWidget(page)
    page.set_visit(visit_id)
    page.show()
    page.language.setCurrentIndex(page.language.findData("ru"))
    assert page.missing_line.isHidden()
    page.language.setCurrentIndex(page.language.findData("kk"))
    assert page.missing_line.isVisible()
    before = page.missing_label.text()
    assert before == "3 names print as typed, untranslated.", before
    person = ops.read(lambda uow: visit_participants(uow, visit_id))[0]
    ops.push(
        EditParticipantCommand(
            person.id, person.full_name, {"name_i18n": {"kk": "Иван Петров"}}, person.version
        )
    )
    assert page.missing_label.text().startswith("2 names"), page.missing_label.text()
    seen: dict[str, str] = {}

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, MissingTranslationsDialog)
        seen["language"] = str(dialog.language.currentData())
        seen["rows"] = str(dialog.table.rowCount())
        dialog.reject()

    problems = when_dialog_opens(look)
    page.missing_button.click()
    QApplication.processEvents()
    assert problems == []
    assert seen == {"language": "kk", "rows": "2"}


def _visit(db: Database, guests: str) -> int:
    return visit_admin.create_visit(
        UnitOfWork(db.sessions),
        {
            "title": "Визит",
            "delegation_name": "Делегация",
            "start_date": date(2026, 5, 11),
            "end_date": date(2026, 5, 12),
            "host_timezone": "Asia/Atyrau",
            "home_timezone": guests,
        },
    ).id


def test_guests_time_is_on_where_the_clocks_differ_and_may_be_left_out(
    qtbot: QtBot, ops: Operations, db: Database
) -> None:
    page = PrintPage(ops)
    qtbot.addWidget(page)
    page.kind.setCurrentIndex(REGISTRY.index("programme"))
    page.set_visit(_visit(db, "Europe/Astrakhan"))  # an hour behind Atyrau
    page.show()
    assert page.guest_time.text() == "Guests' time"
    assert page.guest_time.isChecked() and page.guest_time.isEnabled()
    qtbot.waitUntil(lambda: page.pdf_bytes is not None)
    assert "UTC+04:00(Europe/Astrakhan)" in "".join(_text(page.pdf_bytes or b"").split())
    page.guest_time.setChecked(False)
    assert page.pdf_bytes is None
    qtbot.waitUntil(lambda: page.pdf_bytes is not None)
    assert "Europe/Astrakhan" not in _text(page.pdf_bytes or b"")
    assert not page.options().guest_time
    # documents without times do not offer it
    page.kind.setCurrentIndex(REGISTRY.index("delegation-list"))
    assert not page.guest_time.isEnabled()
    for kind in ("programme", "agenda", "itinerary"):
        page.kind.setCurrentIndex(REGISTRY.index(kind))
        assert page.guest_time.isEnabled(), kind


def test_guests_on_the_hosts_clock_are_offered_no_guests_time(
    qtbot: QtBot, ops: Operations, db: Database
) -> None:
    page = PrintPage(ops)
    qtbot.addWidget(page)
    page.kind.setCurrentIndex(REGISTRY.index("programme"))
    page.set_visit(_visit(db, "Asia/Oral"))  # another name, the same clock as Atyrau
    page.show()
    assert not page.guest_time.isChecked() and not page.guest_time.isEnabled()
    assert not page.options().guest_time
