"""The Meetings page: agenda, attendees by side, minutes, outcomes and action items of each meeting."""

from __future__ import annotations

from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain.kinds import Language
from planner.domain.vocabulary import LANGUAGE_NAMES
from planner.queries.meetings import (
    ActionItemRow,
    MeetingRow,
    OutcomeRow,
    items_without_meeting,
    visit_meetings,
)
from planner.queries.participants import shown_names, visit_participants
from planner.queries.visits import get_visit
from ui.commands.edit_commands import (
    AddActionItemCommand,
    AddOutcomeCommand,
    CreateMeetingCommand,
    DeleteActionItemCommand,
    DeleteOutcomeCommand,
    EditActionItemCommand,
    EditMeetingCommand,
    EditOutcomeCommand,
)
from ui.commands.itinerary_commands import SetAttendeesCommand
from ui.i18n import current_language, tr
from ui.models.row_table_model import ROW_ROLE
from ui.models.table_models import UNRECORDED, MeetingTableModel
from ui.models.value_labels import value_label
from ui.models.visit_list_model import short_date
from ui.operations import ITEMS, MEETINGS, PARTICIPANTS, Operations
from ui.views.common import Page, action, make_table, selected_rows, toolbar
from ui.views.editors import (
    action_item_dialog,
    meeting_format_choices,
    meeting_names_dialog,
    outcome_dialog,
)
from ui.views.forms import combo
from ui.views.wrapping_bar import WrappingBar

TYPING_PAUSE_MS = 700
NODE_ROLE = Qt.ItemDataRole.UserRole
OUTCOME, ACTION = "outcome", "action"

ATTENDEES_DIALOG_WIDEST = 640  # pixels: the attendees list of a meeting at most


class MeetingsPage(Page):
    KINDS = frozenset({MEETINGS, ITEMS, PARTICIPANTS})

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.current: MeetingRow | None = None
        self._loading = False
        self._saving = False
        self.model = MeetingTableModel(self)
        self.table = make_table(self.model)
        # the short columns (when, format, outcomes) as wide as their header and values in any language,
        # the title the rest: sized to contents and capped, the title pushed the format out of sight
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in (MeetingTableModel.WHEN, MeetingTableModel.FORMAT, MeetingTableModel.OUTCOMES):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MeetingTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        # a meeting's title is long: two lines of it, the whole of it in the tooltip
        self.table.setWordWrap(True)
        self.table.verticalHeader().setDefaultSectionSize(2 * self.table.fontMetrics().height() + 8)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show(self._selected_meeting()))
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # a title typed with "<b>" is text
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        # an item of kind meeting is listed before it has a record: say what starts one
        self.unrecorded = QLabel(tr(UNRECORDED))
        self.unrecorded.setWordWrap(True)
        self.unrecorded.setEnabled(False)  # greyed: a note, not a value
        self.unrecorded.hide()
        self.format = combo(meeting_format_choices())
        self.format.currentIndexChanged.connect(self._format_changed)
        self.guests = QLabel()
        self.hosts = QLabel()
        for label in (self.guests, self.hosts):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.agenda = QPlainTextEdit()
        self.agenda.setPlaceholderText(tr("One agenda point per line"))
        self.minutes = QPlainTextEdit()
        self.minutes.setPlaceholderText(tr("Minutes of the meeting"))
        for box in (self.agenda, self.minutes):  # Tab goes on to the next field, not into the text
            box.setTabChangesFocus(True)
            # six lines each, so the texts in the interface language below stay in sight
            box.setMaximumHeight(box.fontMetrics().lineSpacing() * 6 + 12)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.save_texts)
        self.agenda.textChanged.connect(self._typed)
        self.minutes.textChanged.connect(self._typed)
        # outcomes with their action items beneath: a task visibly belongs to the outcome it follows from
        self.tree = QTreeWidget()
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([tr("Outcome and its action items"), tr("Owner"), tr("Due"), tr("Status")])
        self.tree.setWordWrap(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.itemDoubleClicked.connect(lambda *_: self._edit_node())

        details = QWidget()
        form = QFormLayout(details)
        form.addRow(self.heading)
        form.addRow(self.unrecorded)
        form.addRow(tr("Format"), self.format)
        form.addRow(tr("Guests"), self.guests)
        form.addRow(tr("Hosts"), self.hosts)
        attendees = QHBoxLayout()
        attendees.addWidget(
            WrappingBar(
                action(self, tr("Change attendees…"), self.change_attendees),
                action(self, tr("Seating plan…"), self.open_seating),
            )
        )
        form.addRow("", attendees)
        form.addRow(tr("Agenda"), self.agenda)
        form.addRow(tr("Minutes"), self.minutes)
        # the agenda and the minutes are edited as typed; in the interface language (when it has its own
        # text) they are shown below, greyed, and given in every language by the button
        self.shown = QPlainTextEdit()
        self.shown.setObjectName("meeting_texts_shown")
        self.shown.setReadOnly(True)
        self.shown.setTabChangesFocus(True)
        self.shown.setMaximumHeight(self.shown.fontMetrics().lineSpacing() * 5 + 12)
        self.shown_label = QLabel()
        form.addRow(self.shown_label, self.shown)
        self._show_shown(False)
        self.names_action = action(self, tr("Agenda and minutes in other languages…"), self.edit_names)
        form.addRow("", WrappingBar(self.names_action))
        outcome_box = QGroupBox(tr("Outcomes and action items"))
        outcome_layout = QVBoxLayout(outcome_box)
        # two rows, each wrapping when narrow: in Kazakh the six actions do not fit in one, and a hidden
        # action (behind "»") is one nobody finds
        outcome_layout.addWidget(
            WrappingBar(
                action(self, tr("Add outcome"), self.add_outcome),
                action(self, tr("Edit outcome"), self.edit_outcome),
                action(self, tr("Delete outcome"), self.delete_outcome),
            )
        )
        outcome_layout.addWidget(
            WrappingBar(
                action(self, tr("Add action item"), self.add_action_item),
                action(self, tr("Edit action item"), self.edit_action_item),
                action(self, tr("Delete action item"), self.delete_action_item),
            )
        )
        outcome_layout.addWidget(self.tree)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(toolbar(action(self, tr("New meeting…"), self.new_meeting)))
        left_layout.addWidget(self.table)
        # the list wide enough for its four columns beside the meeting's details, and the outcomes with
        # their owners, dates and statuses across the whole page below both
        top = QSplitter()
        top.addWidget(left)
        # the details scroll when a long guest list and the texts need more height than the page has:
        # squeezed by the form, a wrapped list of thirty names was cut at its top and bottom lines
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # always there: appearing only once the text is laid out, it covered the text's right edge
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        scroll.setWidget(details)
        # never narrower than the details can be: the splitter would cut their right edge off
        bar = scroll.verticalScrollBar().sizeHint().width()
        scroll.setMinimumWidth(details.minimumSizeHint().width() + bar)
        top.addWidget(scroll)
        top.setSizes([540, 430])
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(outcome_box)
        splitter.setSizes([480, 250])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)
        self._set_enabled(False)

    def _set_enabled(self, on: bool) -> None:
        for widget in (self.format, self.agenda, self.minutes, self.tree):
            widget.setEnabled(on)
        self.names_action.setEnabled(on)

    def refresh(self) -> None:
        visit_id = self.visit_id
        assert visit_id is not None
        if self._timer.isActive():  # typing not saved yet: save it before the page is re-read
            self.save_texts()
        # kept by its item: a meeting listed without a record keeps its place when its first edit makes one
        keep = self.current.item_id if self.current else None
        lang = current_language()  # the meetings and the people named in it (translation, else as typed)
        visit, rows = self.ops.read(
            lambda uow: (
                get_visit(uow, visit_id),
                visit_meetings(uow, visit_id, with_unrecorded=True, lang=lang),
            )
        )
        self.model.tz = ZoneInfo(visit.host_timezone)
        self.model.set_rows(rows)
        target = next((r for r in rows if r.item_id == keep), rows[0] if rows else None)
        if target is not None:
            self.select_item(target.item_id)
        self._show(target)

    def select_item(self, item_id: int) -> bool:
        """Select the meeting of a programme item in the list; False if it is not there."""
        proxy = self.table.model()
        for n in range(proxy.rowCount()):
            row = proxy.index(n, 0).data(ROW_ROLE)
            if row is not None and row.item_id == item_id:
                self.table.selectRow(n)
                return True
        return False

    def _selected_meeting(self) -> MeetingRow | None:
        rows = selected_rows(self.table)
        return rows[0] if rows else None

    def _show(self, row: MeetingRow | None) -> None:
        moved = row is None or self.current is None or row.item_id != self.current.item_id
        if self.current is not None and moved and self._timer.isActive():
            self.save_texts()
        self._loading = True
        self.current = row
        self._set_enabled(row is not None)
        self.unrecorded.setVisible(row is not None and not row.recorded)
        if row is None:
            self.heading.setText(tr("No meeting selected"))
            # nothing of the last meeting shown: its guests and hosts stayed under "No meeting selected"
            for widget in (self.agenda, self.minutes, self.guests, self.hosts):
                widget.clear()
            self.shown.clear()
            self._show_shown(False)
            self.tree.clear()
            self._loading = False
            return
        tz = self.model.tz
        start = row.starts_at.astimezone(tz)
        self.heading.setText(f"{row.name} — {start:%d.%m.%Y %H:%M}")
        self.format.setCurrentIndex(max(0, self.format.findData(row.format)))
        self.guests.setText(", ".join(row.guests) or "—")
        self.hosts.setText(", ".join(row.hosts) or "—")
        if self.agenda.toPlainText() != "\n".join(row.agenda):
            self.agenda.setPlainText("\n".join(row.agenda))
        if self.minutes.toPlainText() != row.minutes:
            self.minutes.setPlainText(row.minutes)
        self._show_translated(row)
        self._fill_tree(row)
        self._loading = False

    def _show_translated(self, row: MeetingRow) -> None:
        """The agenda and the minutes in the interface language, when it has a text of its own."""
        agenda, minutes = row.agenda_shown, row.minutes_shown
        if tuple(row.agenda) == agenda and row.minutes == minutes:
            self.shown.clear()
            self._show_shown(False)
            return
        lines = [f"{n}. {point}" for n, point in enumerate(agenda, start=1)]
        if minutes:
            lines.extend(("", minutes))
        if self.shown.toPlainText() != "\n".join(lines):
            self.shown.setPlainText("\n".join(lines))
        self.shown_label.setText(LANGUAGE_NAMES[Language(current_language())])
        self._show_shown(True)

    def _show_shown(self, on: bool) -> None:
        self.shown.setVisible(on)
        self.shown_label.setVisible(on)

    def _fill_tree(self, row: MeetingRow) -> None:
        keep = self._node()
        self.tree.clear()
        chosen: QTreeWidgetItem | None = None
        for outcome in row.outcomes:
            # in the interface language (the row's), as typed where there is no translation
            topic, decision = outcome.topic_name, outcome.text_shown
            text = f"{topic}: {decision}" if topic else decision
            node = QTreeWidgetItem([text])
            node.setData(0, NODE_ROLE, (OUTCOME, outcome.id))
            node.setToolTip(0, text)
            font = node.font(0)
            font.setBold(True)
            node.setFont(0, font)
            self.tree.addTopLevelItem(node)
            if keep == (OUTCOME, outcome.id):
                chosen = node
            for task in outcome.actions:
                child = QTreeWidgetItem(
                    [
                        task.task,
                        task.owner_shown,
                        short_date(task.due_date),
                        value_label("action_status", task.status),
                    ]
                )
                child.setData(0, NODE_ROLE, (ACTION, task.id))
                child.setToolTip(0, task.task)
                child.setToolTip(1, task.owner_shown)
                node.addChild(child)
                if keep == (ACTION, task.id):
                    chosen = child
        self.tree.expandAll()
        for column in (1, 2, 3):
            self.tree.resizeColumnToContents(column)
        # a department typed as the owner is a long name: the task keeps most of the width, the owner's
        # whole name is in its tooltip
        widest = max(self.tree.viewport().width() // 3, 120)
        self.tree.setColumnWidth(1, min(self.tree.columnWidth(1), widest))
        if chosen is not None:
            self.tree.setCurrentItem(chosen)

    def _node(self) -> tuple[str, int] | None:
        """The selected node of the tree: (OUTCOME or ACTION, its id), or None."""
        entry = self.tree.currentItem()
        if entry is None or not entry.isSelected():
            return None
        node = entry.data(0, NODE_ROLE)
        return (str(node[0]), int(node[1])) if node else None

    def select_node(self, kind: str, node_id: int) -> bool:
        """Select an outcome (OUTCOME) or action item (ACTION) in the tree; False if it is not there."""
        for n in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(n)
            for entry in (top, *(top.child(c) for c in range(top.childCount()))):
                if entry.data(0, NODE_ROLE) == (kind, node_id):
                    self.tree.setCurrentItem(entry)
                    entry.setSelected(True)
                    return True
        return False

    def _outcome(self) -> OutcomeRow | None:
        """The selected outcome, or the outcome of the selected action item."""
        node, row = self._node(), self.current
        if node is None or row is None:
            return None
        for outcome in row.outcomes:
            if node == (OUTCOME, outcome.id) or any(node == (ACTION, a.id) for a in outcome.actions):
                return outcome
        return None

    def _action(self) -> ActionItemRow | None:
        node, row = self._node(), self.current
        if node is None or node[0] != ACTION or row is None:
            return None
        return next((a for o in row.outcomes for a in o.actions if a.id == node[1]), None)

    def _edit_node(self) -> None:
        node = self._node()
        if node is not None and node[0] == ACTION:
            self.edit_action_item()
        elif node is not None:
            self.edit_outcome()

    # ---- edits, each one undo step
    def _format_changed(self) -> None:
        row = self.current
        if self._loading or row is None or self.format.currentData() == row.format:
            return
        changes = {"format": self.format.currentData()}
        if row.id is None:  # the first edit of a meeting listed without a record makes it
            self.ops.push(CreateMeetingCommand(row.item_id, row.name, changes), self)
        else:
            self.ops.push(EditMeetingCommand(row.id, row.name, changes, row.version), self)

    def _typed(self) -> None:
        if not self._loading:
            self._timer.start()

    def save_texts(self) -> None:
        """Save agenda and minutes typed since the last save (called after a pause in typing)."""
        self._timer.stop()
        row = self.current
        if row is None or self._saving:
            return
        agenda = [x.strip() for x in self.agenda.toPlainText().splitlines() if x.strip()]
        changes: dict[str, Any] = {}
        if agenda != list(row.agenda):
            changes["agenda"] = agenda
        if self.minutes.toPlainText() != row.minutes:
            changes["minutes"] = self.minutes.toPlainText()
        if changes:
            command: CreateMeetingCommand | EditMeetingCommand
            if row.id is None:  # the first typing into a meeting listed without a record makes it
                command = CreateMeetingCommand(row.item_id, row.name, changes)
            else:
                command = EditMeetingCommand(row.id, row.name, changes, None)
            command.merge_typing = True
            self._saving = True
            try:
                self.ops.push(command, self)
            finally:
                self._saving = False

    def edit_names(self) -> None:
        """The agenda and the minutes in ru, kk and en; OK saves the changed maps as one undo step."""
        if self._timer.isActive():  # the agenda typed last is the one translated
            self.save_texts()
        row = self.current
        if row is None:
            return

        def submit(values: dict[str, Any]) -> None:
            if not values:  # nothing changed: no undo step
                return
            command: CreateMeetingCommand | EditMeetingCommand
            if row.id is None:
                command = CreateMeetingCommand(row.item_id, row.name, values)
            else:
                command = EditMeetingCommand(row.id, row.name, values, row.version)
            self.ops.push(command, self, inline=True)

        meeting_names_dialog(submit, row, self).exec()

    def new_meeting(self) -> None:
        visit_id = self.visit_id
        if visit_id is None:
            return
        lang = current_language()
        items = self.ops.read(lambda uow: items_without_meeting(uow, visit_id, lang))
        if not items:
            QMessageBox.information(
                self,
                tr("New meeting"),
                " ".join(
                    (
                        tr("Every item of kind meeting is on the list already, by itself."),
                        tr("Every other item of the programme has its meeting already."),
                        tr("New meeting… is for talks held during another item (a meal, a site visit)."),
                    )
                ),
            )
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(tr("New meeting"))
        chooser = QComboBox()
        for item in items:
            chooser.addItem(item.title, item.id)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QFormLayout(dialog)
        layout.addRow(tr("Programme item"), chooser)
        layout.addRow(buttons)
        if dialog.exec() and chooser.currentData() is not None:
            self.ops.push(CreateMeetingCommand(chooser.currentData(), chooser.currentText()), self)

    def open_seating(self) -> None:
        """The seating screen for the chosen meeting (its meals are chosen there too)."""
        from ui.views.seating_page import SeatingDialog

        if self.visit_id is None:
            return
        self.seating_dialog = SeatingDialog(
            self.ops, self.visit_id, self.current.item_id if self.current else None, self
        )
        self.seating_dialog.show()

    def change_attendees(self) -> None:
        row = self.current
        visit_id = self.visit_id
        if row is None or visit_id is None:
            return
        people = self.ops.read(lambda uow: visit_participants(uow, visit_id))
        dialog = QDialog(self)
        dialog.setWindowTitle(tr("Attendees of %1", row.name))
        checklist = QListWidget()
        shown = shown_names(people, current_language())  # namesakes with their position beside the name
        for person in people:
            entry = QListWidgetItem(f"{shown[person.id]} — {value_label('side', person.side)}")
            entry.setData(Qt.ItemDataRole.UserRole, person.id)
            entry.setCheckState(
                Qt.CheckState.Checked if person.id in row.attendee_ids else Qt.CheckState.Unchecked
            )
            checklist.addItem(entry)
        # as wide as its longest "name — side" (within reason): the list was 240 pixels wide and cut
        # both the names and the sides ("— Қабылдауш"), to be read only by scrolling sideways
        metrics = checklist.fontMetrics()
        widest = max(
            (metrics.horizontalAdvance(checklist.item(n).text()) for n in range(checklist.count())), default=0
        )
        checklist.setMinimumWidth(min(widest + 60, ATTENDEES_DIALOG_WIDEST))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(checklist)
        layout.addWidget(buttons)
        if dialog.exec():
            ids = [
                checklist.item(n).data(Qt.ItemDataRole.UserRole)
                for n in range(checklist.count())
                if checklist.item(n).checkState() == Qt.CheckState.Checked
            ]
            self.ops.push(SetAttendeesCommand(row.item_id, row.name, ids), self)

    def add_outcome(self) -> None:
        row = self.current
        if row is None:
            return
        if self._timer.isActive():  # typing not saved yet: saved first (it may start the record)
            self.save_texts()
            row = self.current
            assert row is not None

        def submit(values: dict[str, Any]) -> None:
            assert row is not None
            if row.id is None:  # a meeting listed without a record: the outcome and the record, one step
                self.ops.push(CreateMeetingCommand(row.item_id, row.name, outcome=values), self, inline=True)
            else:
                self.ops.push(AddOutcomeCommand(row.id, values), self, inline=True)

        outcome_dialog(submit, parent=self).exec()

    def edit_outcome(self) -> None:
        outcome = self._outcome()
        if outcome is not None:
            outcome_dialog(
                lambda v: self.ops.push(
                    EditOutcomeCommand(outcome.id, v, outcome.version), self, inline=True
                ),
                outcome,
                self,
            ).exec()

    def delete_outcome(self) -> None:
        outcome = self._outcome()
        node = self._node()
        if outcome is not None and node == (OUTCOME, outcome.id):
            self.ops.push(DeleteOutcomeCommand(outcome.id, outcome.version), self)

    def _people(self) -> list[Any]:
        visit_id = self.visit_id
        return self.ops.read(lambda uow: visit_participants(uow, visit_id)) if visit_id else []

    def add_action_item(self) -> None:
        """A new task under the outcome selected in the tree (or under one chosen in the dialog)."""
        row = self.current
        if row is None:
            return
        if not row.outcomes:
            QMessageBox.information(
                self,
                tr("Add action item"),
                tr("Add an outcome first: every action item follows from an outcome of the meeting."),
            )
            return
        selected = self._outcome()
        only = row.outcomes[0] if len(row.outcomes) == 1 else None
        target = selected or only

        def submit(values: dict[str, Any]) -> None:
            values = dict(values)
            outcome_id = values.pop("outcome_id")
            self.ops.push(AddActionItemCommand(outcome_id, values), self, inline=True)

        action_item_dialog(
            submit,
            self._people(),
            parent=self,
            outcomes=row.outcomes,
            outcome_id=target.id if target else None,
            calendar_at=self._calendar_day(),
        ).exec()

    def _calendar_day(self) -> date:
        # a due date is chosen from the meeting's day on, not from an empty date's January 1900
        row = self.current
        if row is None:
            return date.today()
        return row.starts_at.astimezone(self.model.tz).date()

    def edit_action_item(self) -> None:
        row = self._action()
        if row is not None:
            action_item_dialog(
                lambda v: self.ops.push(EditActionItemCommand(row.id, v, row.version), self, inline=True),
                self._people(),
                row,
                self,
                calendar_at=self._calendar_day(),
            ).exec()

    def delete_action_item(self) -> None:
        row = self._action()
        if row is not None:
            self.ops.push(DeleteActionItemCommand(row.id, row.version), self)
