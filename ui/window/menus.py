"""The main window's menu bar: File, Edit, View, Visit, Help, with their shortcuts."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.commands.undo_actions import undo_actions
from ui.i18n import N_, tr

if TYPE_CHECKING:
    from ui.main_window import MainWindow

PAGE_TITLES = (
    N_("Overview"),
    N_("Participants"),
    N_("Sites"),
    N_("Itinerary"),
    N_("Meetings"),
    N_("Documents"),
    N_("Transport"),
    N_("Print"),
)


def add_action(
    window: QWidget, menu: Any, text: str, slot: Callable[[], Any], shortcut: Any = None
) -> QAction:
    """A menu entry calling ``slot`` with no arguments (the ``checked`` of ``triggered`` is dropped)."""
    act = QAction(text, window)
    if shortcut is not None:
        act.setShortcut(QKeySequence(shortcut))
    act.triggered.connect(lambda _checked=False: slot())
    menu.addAction(act)
    return act


def build_menus(window: MainWindow) -> None:
    """Fill the menu bar; sets the window's undo, redo and visit-list actions and its View menu."""
    bar = window.menuBar()

    def act(menu: Any, text: str, slot: Callable[[], Any], shortcut: Any = None) -> QAction:
        return add_action(window, menu, text, slot, shortcut)

    file = bar.addMenu(tr("&File"))
    act(file, tr("&New visit…"), window.new_visit, QKeySequence.StandardKey.New)
    act(file, tr("&Duplicate visit…"), window.duplicate_visit, "Ctrl+Shift+D")
    act(file, tr("&Archive visit"), window.archive_visit)
    file.addSeparator()
    act(file, tr("&Open database…"), window.open_other_database, QKeySequence.StandardKey.Open)
    act(file, tr("New data&base…"), window.create_database)
    act(file, tr("Back &up database"), window.backup_database)
    file.addSeparator()
    act(file, tr("&Import visit file…"), window.import_visit_file)
    act(file, tr("&Export visit file…"), window.export_visit_file)
    act(file, tr("Import pa&rticipants (CSV, XLSX)…"), lambda: window.import_list("participants"))
    act(file, tr("Import si&tes (CSV, XLSX)…"), lambda: window.import_list("sites"))
    act(file, tr("Export programme to &calendar (.ics)…"), window.export_calendar)
    file.addSeparator()
    act(file, tr("&Print…"), window.show_print, QKeySequence.StandardKey.Print)
    act(file, tr("&Settings…"), window.show_settings, QKeySequence.StandardKey.Preferences)
    file.addSeparator()
    act(file, tr("&Quit"), window.close, QKeySequence.StandardKey.Quit)

    edit = bar.addMenu(tr("&Edit"))
    window.undo_action, window.redo_action = undo_actions(window.ops.undo_stack, window)
    window.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
    window.redo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Redo), QKeySequence("Ctrl+Y")])
    edit.addAction(window.undo_action)
    edit.addAction(window.redo_action)
    edit.addSeparator()
    act(edit, tr("&Find visit"), window.search.setFocus, QKeySequence.StandardKey.Find)

    view = bar.addMenu(tr("&View"))
    window.view_menu = view
    for n, title in enumerate(PAGE_TITLES):
        act(view, tr(title), lambda n=n: show_page(window, n), f"Ctrl+{n + 1}")
    act(view, tr("&Today…"), lambda: open_live_mode(window), "Ctrl+T")
    window.toggle_list = act(view, tr("Visit &list"), window.toggle_visit_list, "Ctrl+L")
    window.toggle_list.setCheckable(True)
    window.toggle_list.setChecked(True)

    # Alt+S: Alt+V opens View
    visit = bar.addMenu(tr("Vi&sit"))
    act(visit, tr("&Check conflicts"), window.check_conflicts, "F5")
    act(visit, tr("Plan &automatically…"), lambda: window.plan("plan"), "Ctrl+Shift+P")
    act(visit, tr("&Repair the plan…"), lambda: window.plan("repair"), "Ctrl+Shift+R")
    visit.addSeparator()
    act(visit, tr("Visit &details…"), window.edit_visit_details)
    act(visit, tr("&Edit visit title…"), window.rename_visit)
    act(visit, tr("&Groups…"), lambda: open_visit_groups(window))
    act(visit, tr("Change &log…"), window.show_change_log)
    act(visit, tr("&Follow-up…"), lambda: open_follow_up_screen(window))
    visit.addSeparator()
    act(visit, tr("&Names in other languages…"), lambda: open_visit_names(window))
    act(visit, tr("&Missing translations…"), lambda: open_missing_translations(window))

    help_menu = bar.addMenu(tr("&Help"))
    act(
        help_menu,
        tr("&Keyboard shortcuts"),
        lambda: show_shortcuts(window),
        QKeySequence.StandardKey.HelpContents,
    )
    act(help_menu, tr("&About Delegation Planner"), lambda: show_about(window))


def show_page(window: MainWindow, n: int) -> None:
    """Show page ``n`` and put the keyboard in it: its Ins, Enter and Del work at once (they act only
    while the focus is inside their page, and it stayed in the visit list)."""
    window.tabs.setCurrentIndex(n)
    page = window.tabs.currentWidget()
    if page is not None:
        page.setFocus()


def open_live_mode(window: MainWindow) -> None:
    """Live mode for the open visit: the day in progress in a window of its own (one per main window)."""
    if window.visit_id is None:
        return
    from ui.views.live_page import LiveWindow

    live = getattr(window, "live_window", None)
    if live is not None and live.visit_id != window.visit_id:
        live.close()
        live.deleteLater()
        live = None
    if live is None:
        live = LiveWindow(window.ops, window.visit_id, window)
        window.live_window = live  # type: ignore[attr-defined]
        # a window of its own has no Close button: Esc and Ctrl+W put it away from the keyboard
        for keys in (QKeySequence(Qt.Key.Key_Escape), QKeySequence("Ctrl+W")):
            QShortcut(keys, live, live.close, context=Qt.ShortcutContext.WindowShortcut)
    live.show()
    live.raise_()
    live.activateWindow()


def open_visit_groups(window: MainWindow) -> None:
    """The open visit's groups: make, rename, delete them and choose their members."""
    from ui.views.groups_page import open_groups

    open_groups(window.ops, window.visit_id, window)


def open_follow_up_screen(window: MainWindow) -> None:
    """Every open action item and commitment of every visit, filtered, with their status to change."""
    from ui.views.follow_up_page import open_follow_up

    open_follow_up(window.ops, parent=window)


def open_visit_names(window: MainWindow) -> None:
    """The open visit's title, delegation, host and arrival in ru, kk and en."""
    visit = window.current_visit()
    if visit is not None:
        from ui.views.translations_dialogs import edit_visit_names

        edit_visit_names(window.ops, visit.id, visit.title, window)


def open_missing_translations(window: MainWindow) -> None:
    """The names of the open visit a document in a language prints untranslated."""
    if window.visit_id is not None:
        from ui.views.translations_dialogs import MissingTranslationsDialog

        MissingTranslationsDialog(window.ops, window.visit_id, window).exec()


# shortcuts that live on a page rather than in the menu bar
PAGE_SHORTCUTS = (
    N_("Ins / Enter / Del  add, edit, delete on the current page"),
    N_("Alt+Up / Alt+Down  move the selected item 5 minutes, or a participant up and down"),
    N_("Ctrl++ / Ctrl+-  zoom the timeline in and out"),
    N_("Ctrl+G  show the guests' home time"),
)


def menu_shortcuts(window: MainWindow) -> list[str]:
    """One line per menu entry with a shortcut, read from the menus so the list never drifts."""
    lines: list[str] = []
    for top in window.menuBar().actions():
        menu = top.menu()
        if menu is None:
            continue
        for entry in menu.actions():
            keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in entry.shortcuts()]
            keys = [k for k in keys if k]
            if keys:
                lines.append(f"{' / '.join(keys)}  {entry.text().replace('&', '').rstrip('…')}")
    return lines


def show_shortcuts(window: MainWindow) -> None:
    """The keyboard shortcuts in a message box: every menu entry's, then the pages' own."""
    lines = menu_shortcuts(window) + [tr(text) for text in PAGE_SHORTCUTS]
    QMessageBox.information(window, tr("Keyboard shortcuts"), "\n".join(lines))


def show_about(parent: QWidget) -> None:
    """The About box."""
    QMessageBox.about(
        parent,
        tr("About Delegation Planner"),
        tr("Delegation Planner: plan, adjust and print the programme of an official delegation visit."),
    )
