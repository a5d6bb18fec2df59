"""The gifts register of the open visit: a table of gifts given and received, edited through undo steps.

Opened from the Documents page ("Gifts…"); the window shows a :class:`GiftsPage`, which refreshes when
gifts, people or items change. Giver and recipient are picked among the visit's participants or typed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QSpinBox, QVBoxLayout, QWidget

from planner.domain.gifts import DEFAULT_CURRENCY, MAX_VALUE
from planner.domain.kinds import GiftDirection, Side
from planner.domain.timeutil import zone
from planner.queries.gifts import GiftRow, visit_gifts
from planner.queries.itinerary import ItemRow, visit_items
from planner.queries.participants import ParticipantRow, shown_names, visit_participants
from planner.queries.visits import get_visit
from planner.services.changes import DataKind
from ui.commands.gift_commands import AddGiftCommand, DeleteGiftCommand, EditGiftCommand
from ui.i18n import current_language, tr
from ui.models.row_table_model import Column, RowTableModel
from ui.models.value_labels import value_choices, value_label
from ui.operations import ITEMS, PARTICIPANTS, Operations, ServiceCommandBase
from ui.views.common import TablePage, action, fit_columns, make_table, toolbar
from ui.views.forms import FormDialog, combo, line, text_box


def _value(row: GiftRow) -> str:
    return (
        f"{row.estimated_value:,}".replace(",", "\u00a0") + f" {row.currency}"
        if row.estimated_value is not None
        else ""
    )


class GiftTableModel(RowTableModel[GiftRow]):
    DIRECTION, GIVER, RECIPIENT, DESCRIPTION, VALUE, ITEM = range(6)
    COLUMNS = (
        Column("Given / received", lambda r: value_label("gift_direction", r.direction)),
        Column("Given by", lambda r: r.giver),
        Column("Given to", lambda r: r.recipient),
        Column("Gift", lambda r: r.description, tooltip=lambda r: r.notes),
        Column("Estimated value", _value, sort=lambda r: r.estimated_value or 0, align_right=True),
        Column("At item", lambda r: f"{r.item_when} {r.item_title}".strip()),
    )


class GiftDialog(FormDialog):
    """New or existing gift; ``values()`` gives the service's fields (only the changed ones on edit)."""

    def __init__(
        self,
        people: Sequence[ParticipantRow],
        items: Sequence[tuple[str, int]],
        row: GiftRow | None = None,
        submit: Callable[[dict[str, Any]], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tr("Edit gift") if row else tr("New gift"), parent, submit)
        self.row = row
        f = self.form
        shown = shown_names(people, current_language())
        self.direction = f.add(
            "direction",
            tr("Given / received"),
            combo(value_choices("gift_direction"), row.direction if row else GiftDirection.GIVEN.value),
        )
        # a participant of either side, or (first choice) someone typed in the field below
        choices = [(tr("(someone else: type the name)"), None)] + [
            (f"{shown[p.id]} ({tr('guest') if p.side == Side.GUEST else tr('host')})", p.id) for p in people
        ]
        self.giver = f.add(
            "giver_id", tr("Given by (participant)"), combo(choices, row.giver_id if row else None)
        )
        self.giver_text = f.add("giver_text", tr("Given by (other)"), line(row.giver_text if row else ""))
        self.recipient = f.add(
            "recipient_id", tr("Given to (participant)"), combo(choices, row.recipient_id if row else None)
        )
        self.recipient_text = f.add(
            "recipient_text", tr("Given to (other)"), line(row.recipient_text if row else "")
        )
        self.description = f.add("description", tr("Gift"), line(row.description if row else ""))
        self.value = QSpinBox()
        self.value.setRange(-1, min(MAX_VALUE, 2**31 - 1))
        self.value.setSpecialValueText(tr("not estimated"))
        self.value.setGroupSeparatorShown(True)
        self.value.setValue(row.estimated_value if row and row.estimated_value is not None else -1)
        f.add("estimated_value", tr("Estimated value"), self.value)
        self.currency = f.add("currency", tr("Currency"), line(row.currency if row else DEFAULT_CURRENCY))
        self.item = f.add(
            "item_id", tr("At item"), combo([(tr("(none)"), None), *items], row.item_id if row else None)
        )
        self.notes = f.add("notes", tr("Notes"), text_box(row.notes if row else "", 50))
        for name, widget in (("giver_text", self.giver_text), ("recipient_text", self.recipient_text)):
            widget.setObjectName(f"gift_{name}")
        self.description.setObjectName("gift_description")
        self.collect = self.values

    def all_values(self) -> dict[str, Any]:
        value = self.value.value()
        return {
            "direction": self.direction.currentData(),
            "giver_id": self.giver.currentData(),
            "giver_text": self.giver_text.text().strip(),
            "recipient_id": self.recipient.currentData(),
            "recipient_text": self.recipient_text.text().strip(),
            "description": self.description.text().strip(),
            "estimated_value": None if value < 0 else value,
            "currency": self.currency.text().strip().upper(),
            "item_id": self.item.currentData(),
            "notes": self.notes.toPlainText().strip(),
        }

    def values(self) -> dict[str, Any]:
        values = self.all_values()
        if self.row is None:
            return values
        return {k: v for k, v in values.items() if getattr(self.row, k) != v}


class GiftsPage(TablePage):
    """The gifts of the open visit with Add, Edit and Delete (each an undo step)."""

    KINDS = frozenset({DataKind.GIFTS, PARTICIPANTS, ITEMS})

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.model = GiftTableModel(self)
        self.table = make_table(self.model)
        self.table.doubleClicked.connect(lambda _: self.edit_selected())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(
            toolbar(
                action(self, tr("Add gift"), self.add, "Ins"),
                action(self, tr("Edit gift"), self.edit_selected, "Return"),
                action(self, tr("Delete gift"), self.delete_selected, "Del"),
            )
        )
        layout.addWidget(self.table)

    def refresh(self) -> None:
        visit_id = self.visit_id
        assert visit_id is not None
        self.model.set_rows(self.ops.read(lambda uow: visit_gifts(uow, visit_id)))
        fit_columns(self.table)

    def _items(self, visit_id: int) -> list[tuple[str, int]]:
        visit = self.ops.read(lambda uow: get_visit(uow, visit_id))
        rows: list[ItemRow] = self.ops.read(lambda uow: visit_items(uow, visit_id))
        tz = zone(visit.host_timezone)
        return [(f"{r.starts_at.astimezone(tz):%d.%m %H:%M} {r.title}", r.id) for r in rows]

    def open_dialog(self, submit: Callable[[dict[str, Any]], Any], row: Any | None = None) -> None:
        visit_id = self.visit_id
        assert visit_id is not None
        people = self.ops.read(lambda uow: visit_participants(uow, visit_id))
        dialog = GiftDialog(people, self._items(visit_id), row, submit, self)
        dialog.exec()

    def add_command(self, values: dict[str, Any]) -> ServiceCommandBase:
        assert self.visit_id is not None
        return AddGiftCommand(self.visit_id, values)

    def edit_command(self, row: Any, values: dict[str, Any]) -> ServiceCommandBase:
        return EditGiftCommand(row.id, row.description, values, row.version)

    def delete_command(self, row: Any) -> ServiceCommandBase:
        return DeleteGiftCommand(row.id, row.description, row.version)


class GiftsDialog(QDialog):
    """A window over the gifts page of one visit (not modal: the officer may undo from the main window)."""

    def __init__(self, ops: Operations, visit_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Gifts register"))
        self.resize(1180, 420)
        self.page = GiftsPage(ops, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page)
        layout.addWidget(buttons)
        self.page.set_visit(visit_id)
        self.page.refresh_now()
