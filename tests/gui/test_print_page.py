"""The Print page and the command line offer the same documents: the printing service's registry."""

from __future__ import annotations

import argparse

from pytestqt.qtbot import QtBot

from planner.cli import build_parser
from planner.services.printing import DOCUMENT_KINDS
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
    }
