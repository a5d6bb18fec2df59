"""The Print page and the command line offer the same documents: the printing service's registry."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from planner.cli import build_parser
from planner.persistence.db import Database
from planner.persistence.uow import UnitOfWork
from planner.services import visit_admin
from planner.services.printing import DOCUMENT_KINDS
from tests.gui.conftest import Messages
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
        # the run of show is always landscape; briefing sheets of every site or one (the site chooser)
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
    assert "Астрахань(UTC+04:00)" in "".join(_text(page.pdf_bytes or b"").split())
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


# the options of single kinds (issue 13): the same PrintRequest fields the command line sets


@pytest.fixture
def sample_page(qtbot: QtBot, sample_db: tuple[Database, int]) -> Iterator[tuple[PrintPage, int]]:
    """The Print page on the sample visit, on screen, its documents in Russian."""
    db, visit_id = sample_db
    ops = Operations(db)
    page = PrintPage(ops)
    qtbot.addWidget(page)
    page.language.setCurrentIndex(page.language.findData("ru"))
    page.set_visit(visit_id)
    page.show()
    yield page, visit_id
    ops.shutdown()


def _choose(qtbot: QtBot, page: PrintPage, kind: str) -> str:
    """Choose ``kind`` and wait for its preview; its text."""
    page.kind.setCurrentIndex(REGISTRY.index(kind))
    return _rendered(qtbot, page)


def _rendered(qtbot: QtBot, page: PrintPage) -> str:
    qtbot.waitUntil(lambda: page.pdf_bytes is not None, timeout=30000)
    return _text(page.pdf_bytes or b"")


def _rects(pdf: bytes) -> int:
    """How many rectangles the first page draws (a QR code is dozens of them)."""
    import io
    import re

    from pypdf import PdfReader

    data = PdfReader(io.BytesIO(pdf)).pages[0].get_contents()
    assert data is not None
    return len(re.findall(rb"\bre\b", data.get_data()))


def test_each_kinds_own_options_show_for_that_kind_only(qtbot: QtBot, ops: Operations) -> None:
    page = print_page(qtbot, ops)
    options = page.kind_options
    for n, kind in enumerate(DOCUMENT_KINDS):
        page.kind.setCurrentIndex(n)
        shown = (
            options.second_language.isVisible(),
            options.qr.isVisible(),
            options.band.isVisible(),
            options.site.isVisible(),
        )
        assert shown == (kind.second_language, kind.badge, kind.badge, kind.site), kind.name
    # the kinds the command line takes --second-language, --qr/--band and --site for
    takers = {
        kind.name: (kind.second_language, kind.badge, kind.site)
        for kind in DOCUMENT_KINDS
        if kind.second_language or kind.badge or kind.site
    }
    assert takers == {
        "briefing": (False, False, True),
        "place-cards": (True, False, False),
        "badges": (True, True, False),
    }
    # the choices an officer reads: no second language at first, then the languages as the Language box
    # names them; the band by side (the command line's default) or by role
    texts = [options.second_language.itemText(n) for n in range(options.second_language.count())]
    assert texts == ["(none)", "Русский", "Қазақша", "English"]
    assert [options.band.itemData(n) for n in range(options.band.count())] == ["side", "role"]
    assert options.band.currentText() == "By side (guests, hosts)"
    assert options.qr.text() == "QR code" and not options.qr.isChecked()
    assert options.site.currentText() == "All sites"


def test_badges_print_the_qr_code_and_band_chosen_and_keep_them_while_the_page_is_open(
    qtbot: QtBot, sample_page: tuple[PrintPage, int]
) -> None:
    page, _ = sample_page
    plain = _choose(qtbot, page, "badges")
    plain_rects = _rects(page.pdf_bytes or b"")
    assert "Гостевая сторона" in plain and "Глава делегации" not in plain  # the band by side
    page.kind_options.qr.setChecked(True)
    page.kind_options.band.setCurrentIndex(page.kind_options.band.findData("role"))
    assert page.pdf_bytes is None  # the preview follows the change
    coded = _rendered(qtbot, page)
    assert "Глава делегации" in coded  # the band by role
    # each of the ten badges of the page gets a code of dozens of squares
    assert _rects(page.pdf_bytes or b"") >= plain_rects + 10 * 30
    request = page.options()
    assert (request.qr, request.band, request.second_language) == (True, "role", None)
    # a look at another kind, and back: the badges' options are as they were
    _choose(qtbot, page, "delegation-list")
    assert not page.options().qr and page.options().band == "side"  # not the list's options
    _choose(qtbot, page, "badges")
    assert page.kind_options.qr.isChecked() and page.options().band == "role"
    # the QR code unticked: no code on the badges
    page.kind_options.qr.setChecked(False)
    _rendered(qtbot, page)
    assert _rects(page.pdf_bytes or b"") == plain_rects
    assert not page.options().qr


def test_place_cards_with_a_kazakh_second_language_carry_both_names(
    qtbot: QtBot, sample_page: tuple[PrintPage, int]
) -> None:
    from tests.integration.test_documents_support import squash

    page, _ = sample_page
    russian, kazakh = "Шапкенов Серик Жумангалиевич", "Шәпкенов Серік Жұмағалиұлы"  # the akim of Atyrau
    alone = squash(_choose(qtbot, page, "place-cards"))
    assert squash(russian) in alone and squash(kazakh) not in alone
    page.kind_options.second_language.setCurrentIndex(page.kind_options.second_language.findData("kk"))
    both = squash(_rendered(qtbot, page))
    # both faces of his card, each in both languages
    assert both.count(squash(russian)) == 2 and both.count(squash(kazakh)) == 2
    assert page.options().second_language == "kk"
    # badges share the choice of a second language (both take --second-language)
    page.kind.setCurrentIndex(REGISTRY.index("badges"))
    assert page.kind_options.second_language.isVisible()
    assert page.options().second_language == "kk"


def test_the_briefing_of_one_site_chosen_by_a_word_of_its_name_is_one_sheet(
    qtbot: QtBot, sample_page: tuple[PrintPage, int]
) -> None:
    import re

    page, _ = sample_page
    every = _choose(qtbot, page, "briefing")
    site = page.kind_options.site
    # "all sites", then the visit's 46 sites that have items, by name in the interface language
    assert site.itemText(0) == "All sites" and site.count() == 47
    assert "Atyrau Grand River Hotel — 15B Satbayev St, Atyrau" in [site.itemText(n) for n in range(47)]
    assert len(re.findall(r"Страница 1 из", every)) == 46  # one sheet a site
    # a word typed finds the site among the 46
    completer = site.completer()
    completer.setCompletionPrefix("grand river")
    assert completer.completionCount() == 1
    site.setCurrentIndex(site.findText(completer.currentCompletion()))
    assert page.pdf_bytes is None
    one = _rendered(qtbot, page)
    pages = re.findall(r"Страница (\d+) из (\d+)", one)
    assert pages == [(str(n), str(len(pages))) for n in range(1, len(pages) + 1)]  # one sheet
    assert "Гостиница «Атырау Гранд Ривер»" in one
    assert "Въездная стела" not in one  # no other site's sheet
    assert page.options().site_id == site.currentData() is not None
    # the site chosen is kept when the data changes, "all sites" again when chosen
    page.refresh()
    assert site.currentText().startswith("Atyrau Grand River Hotel")
    site.setCurrentIndex(0)
    assert page.options().site_id is None


@pytest.mark.parametrize(
    ("kind", "builder", "flags", "chosen"),
    [
        (
            "badges",
            "badges_pdf",
            ["--qr", "--band", "role", "--second-language", "kk"],
            {"qr": True, "band": "role", "second_language": "kk"},
        ),
        ("place-cards", "place_cards_pdf", ["--second-language", "en"], {"second_language": "en"}),
        ("briefing", "briefing_pdf", ["--site", "SITE"], {"site_id": "SITE"}),
    ],
)
def test_the_page_and_the_command_line_ask_the_registry_for_the_same_document(
    qtbot: QtBot,
    sample_page: tuple[PrintPage, int],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    kind: str,
    builder: str,
    flags: list[str],
    chosen: dict[str, object],
) -> None:
    """One path: the options chosen on the page reach the builder as the command line's flags do."""
    from planner.cli import main
    from planner.services import printing
    from ui.printing import build_pdf

    page, visit_id = sample_page
    options = page.kind_options
    site = next(n for n in range(options.site.count()) if "Grand River" in options.site.itemText(n))
    site_id = options.site.itemData(site)
    flags = [str(site_id) if flag == "SITE" else flag for flag in flags]
    chosen = {name: site_id if value == "SITE" else value for name, value in chosen.items()}
    asked: list[dict[str, object]] = []

    def spy(*args: object, **kwargs: object) -> bytes:
        asked.append(kwargs)
        return b"%PDF-1.4\n"

    monkeypatch.setattr(printing, builder, spy)
    db = page.ops.db
    assert db.path is not None
    assert (
        main(["--db", str(db.path), "print", kind, str(visit_id), *flags, "-o", str(tmp_path / "a.pdf")]) == 0
    )
    page.kind.setCurrentIndex(REGISTRY.index(kind))
    options.qr.setChecked(True)
    options.band.setCurrentIndex(options.band.findData("role"))
    options.second_language.setCurrentIndex(
        options.second_language.findData("kk" if kind == "badges" else "en")
    )
    options.site.setCurrentIndex(site)
    build_pdf(page.ops.uow(), visit_id, page.options())
    cli, gui = asked
    assert gui == cli
    assert {name: gui[name] for name in chosen} == chosen


# ------------------------------------------------------------ counts in the page's messages


@pytest.mark.parametrize(
    ("lang", "people", "expected"),
    [
        ("en", 1, "1 itinerary saved in "),
        ("en", 2, "2 itineraries saved in "),
        ("ru", 1, "Сохранена 1 личная программа, папка "),
        ("ru", 3, "Сохранены 3 личные программы, папка "),
        ("ru", 5, "Сохранено 5 личных программ, папка "),
        ("kk", 1, "1 жеке бағдарлама сақталды, қалта: "),
        ("kk", 5, "5 жеке бағдарлама сақталды, қалта: "),
    ],
)
def test_how_many_itineraries_were_saved_reads_in_the_right_form_for_the_number(
    qtbot: QtBot,
    ops: Operations,
    db: Database,
    tmp_path: Path,
    no_blocking_dialogs: Messages,
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
    people: int,
    expected: str,
) -> None:
    from ui.i18n import install_language
    from ui.views import print_page as module

    # the message is the point here, not the documents: a stand-in PDF for each person keeps it quick
    monkeypatch.setattr(module, "build_pdf", lambda *_args, **_kwargs: b"%PDF-1.4\n")

    visit_id = _visit(db, "Europe/Astrakhan")
    for n in range(people):
        ops.push(AddParticipantCommand(visit_id, {"full_name": f"Әлия Қасымова {n + 1}", "side": "guest"}))
    folder = tmp_path / "itineraries"
    folder.mkdir()
    no_blocking_dialogs.folder = str(folder)
    assert install_language(lang)
    try:
        page = print_page(qtbot, ops)
        page.set_visit(visit_id)
        page.kind.setCurrentIndex(REGISTRY.index("itinerary"))
        page.save_all_itineraries()
        qtbot.waitUntil(lambda: str(folder) in page.status.text(), timeout=60_000)
        assert page.status.text() == expected + str(folder)
        assert len(list(folder.glob("*.pdf"))) == people
    finally:
        install_language("en")


@pytest.mark.parametrize(
    ("lang", "forms"),
    [
        ("en", {1: "1 page, ", 2: "2 pages, "}),
        ("ru", {1: "1 страница, ", 2: "2 страницы, ", 5: "5 страниц, ", 21: "21 страница, "}),
        ("kk", {1: "1 бет, ", 5: "5 бет, "}),
    ],
)
def test_the_page_count_reads_in_the_right_form_for_the_number(
    qtbot: QtBot, ops: Operations, monkeypatch: pytest.MonkeyPatch, lang: str, forms: dict[int, str]
) -> None:
    """The preview's line under the buttons: "1 page", "2 страницы", "5 страниц" ("Страниц: 1" before)."""
    from ui.i18n import install_language

    visit_id = _visit(ops.db, "Europe/Astrakhan")
    assert install_language(lang)
    try:
        page = print_page(qtbot, ops)
        page.set_visit(visit_id)
        assert page.preview()
        for pages, start in forms.items():
            monkeypatch.setattr(page.document, "pageCount", lambda pages=pages: pages)
            assert page.preview()
            assert page.status.text().startswith(start), page.status.text()
            assert page.status.text().endswith(" KB") or page.status.text().endswith(" КБ")
    finally:
        install_language("en")


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "These documents print 3 names untranslated."),
        ("ru", "3 названия печатаются в этих документах без перевода."),
        ("kk", "Осы құжаттарда 3 атау аудармасыз басылады."),
    ],
)
def test_the_missing_translations_list_opened_from_the_page_counts_in_the_right_form(
    qtbot: QtBot, ops: Operations, db: Database, lang: str, expected: str
) -> None:
    from ui.i18n import install_language
    from ui.views.translations_dialogs import MissingTranslationsDialog

    visit_id = _visit(db, "Europe/Astrakhan")
    ops.push(AddParticipantCommand(visit_id, {"full_name": "Иван Петров", "side": "guest"}))
    assert install_language(lang)
    try:
        dialog = MissingTranslationsDialog(ops, visit_id)
        qtbot.addWidget(dialog)
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        dialog.refresh()
        assert dialog.table.rowCount() == 3
        assert dialog.summary.text() == expected
        dialog.reject()
    finally:
        install_language("en")


# ------------------------------------------------------------ where the file dialogs open


def test_save_and_folder_dialogs_open_in_the_folder_last_used_else_in_documents(
    qtbot: QtBot, ops: Operations, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not in the program's working directory: the Documents folder at first, then the folder the officer
    last saved a PDF or the itineraries to (remembered in the settings, so the next session too)."""
    from PySide6.QtWidgets import QFileDialog

    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    elsewhere = tmp_path / "started-here"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)  # where the program happened to be started
    asked: list[str] = []
    answers: list[str] = []

    def save_dialog(_parent: object, _title: str, start: str = "", *_: object) -> tuple[str, str]:
        asked.append(start)
        return answers.pop(0), ""

    def folder_dialog(_parent: object, _title: str, start: str = "", *_: object) -> str:
        asked.append(start)
        return answers.pop(0)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(folder_dialog))
    visit_id = _visit(db, "Europe/Astrakhan")
    ops.push(AddParticipantCommand(visit_id, {"full_name": "Әлия Қасымова", "side": "guest"}))
    page = print_page(qtbot, ops)
    page.set_visit(visit_id)
    page.kind.setCurrentIndex(REGISTRY.index("programme"))

    office = tmp_path / "office papers"
    office.mkdir()
    answers.append(str(office / "programme ru.pdf"))
    page.save()
    assert asked[-1] == str(home / "Documents" / "programme.pdf")
    assert (office / "programme ru.pdf").exists()
    answers.append("")  # cancelled: nothing remembered
    page.save()
    assert asked[-1] == str(office / "programme.pdf")

    answers.append(str(office))
    page.save_all_itineraries()  # the folder of the last PDF
    assert asked[-1] == str(office)
    qtbot.waitUntil(lambda: str(office) in page.status.text(), timeout=60_000)

    # the next session (a new page, the settings as they were left) starts there too
    again = print_page(qtbot, ops)
    again.set_visit(visit_id)
    answers.append("")
    again.save_all_itineraries()
    assert asked[-1] == str(office)
    # a remembered folder that no longer exists: Documents again
    (office / "programme ru.pdf").unlink()
    for made in office.iterdir():
        made.unlink()
    office.rmdir()
    answers.append("")
    again.save()
    assert asked[-1] == str(home / "Documents" / "programme.pdf")
    assert not any(start.startswith(str(elsewhere)) for start in asked)


# ------------------------------------------------------------ a switch of the interface language


def test_the_officers_choices_on_the_print_page_survive_a_switch_of_the_interface_language(
    qtbot: QtBot, sample_db: tuple[Database, int]
) -> None:
    """Settings ▸ Language rebuilds the window in the new language; the document, its language, the
    person, the second language, QR code and band of badges, the briefing's site and the guests' time the
    officer chose are chosen again on the new Print page (before, it came back with its defaults)."""
    from PySide6.QtCore import QSettings

    from ui.app import relaunch_window
    from ui.i18n import install_language
    from ui.main_window import MainWindow

    db, visit_id = sample_db
    ops = Operations(db)
    windows: list[MainWindow] = []

    def launch(visit: int | None, choices: dict[str, object]) -> None:
        window = MainWindow(ops, visit, choices=choices)
        qtbot.addWidget(window)
        windows.append(window)

    def switch(language: str) -> PrintPage:
        QSettings().setValue("ui/language", language)
        relaunch_window(windows[-1], launch)
        windows[-1].show()  # as the application's own launch does
        return windows[-1].printing

    try:
        launch(visit_id, {})
        window = windows[0]
        window.show()
        page = window.printing
        window.tabs.setCurrentWidget(page)
        options = page.kind_options
        # the briefing of one site, in Kazakh, without the guests' time
        page.kind.setCurrentIndex(REGISTRY.index("briefing"))
        page.language.setCurrentIndex(page.language.findData("kk"))
        site = next(n for n in range(options.site.count()) if "Grand River" in options.site.itemText(n))
        options.site.setCurrentIndex(site)
        site_id = options.site.itemData(site)
        assert page.guest_time.isChecked()  # Astrakhan's clock differs from Atyrau's: on by default
        page.guest_time.setChecked(False)
        # badges' options and one person, chosen on the way
        options.qr.setChecked(True)
        options.band.setCurrentIndex(options.band.findData("role"))
        options.second_language.setCurrentIndex(options.second_language.findData("en"))
        person = page.participant.itemData(3)
        page.participant.setCurrentIndex(3)
        day = 2
        page.day.setCurrentIndex(page.day.findData(day))
        before = page.choices()

        new = switch("ru")
        assert new is not page and new.isVisible()  # the settings brought back the Print tab
        assert new.kind.currentText() == "Памятки для объектов"  # the page speaks Russian now
        assert new.kind.currentData() == "briefing"
        assert new.language.currentData() == "kk"
        assert new.kind_options.site.currentData() == site_id
        assert new.kind_options.qr.isChecked() and new.kind_options.band.currentData() == "role"
        assert new.kind_options.second_language.currentData() == "en"
        assert new.participant.currentData() == person and new.day.currentData() == day
        assert not new.guest_time.isChecked()
        assert new.choices() == before
        assert new.options().site_id == site_id

        # switched again before the new window built its pages: the choices are carried through it
        QSettings().setValue("ui/language", "kk")
        relaunch_window(windows[-1], launch)
        unbuilt = windows[-1]
        assert unbuilt.page_choices()["print"] == before
        third = switch("en")
        assert third.kind.currentText() == "Site briefing sheets"
        assert third.choices() == before
    finally:
        install_language("en")
        for window in windows:
            window.close()
        ops.shutdown()
