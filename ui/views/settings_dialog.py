"""Settings: host organisation and emblem, document language, travel estimate, database, UI language."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import time
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from planner.domain.kinds import Language
from planner.domain.vocabulary import LANGUAGE_NAMES, LANGUAGES
from ui.i18n import INTERFACE_LANGUAGES, tr
from ui.views.file_dialogs import get_open_file_name
from ui.views.pickers import searchable_combo

DISPLAY_NAME_KEY = "user/display_name"


def display_name() -> str:
    """The name this user signs changes with (Settings ▸ Your name), or "" when none was given."""
    return str(QSettings().value(DISPLAY_NAME_KEY, "") or "").strip()


def apply_display_name(db: Any) -> None:
    """Sign the change log's new rows on ``db`` with the display name, when one was given."""
    name = display_name()
    if name:
        db.user = name


class SettingsDialog(QDialog):
    """Saves to QSettings on OK; database buttons call back into the main window at once."""

    def __init__(
        self,
        database_label: str,
        open_database: Callable[[], None],
        new_database: Callable[[], None],
        backup_database: Callable[[], None],
        visit_travel: tuple[float, float] | None = None,
        parent: QWidget | None = None,
        visit_rules: Mapping[str, Any] | None = None,
        meal_places: Sequence[tuple[str, int]] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Settings"))
        settings = QSettings()
        self.organisation = QLineEdit(str(settings.value("documents/organisation", "")))
        self.emblem = QLineEdit(str(settings.value("documents/emblem", "")))
        browse = QPushButton(tr("Choose…"))
        browse.clicked.connect(self._choose_emblem)
        emblem_row = QHBoxLayout()
        emblem_row.addWidget(self.emblem)
        emblem_row.addWidget(browse)
        self.doc_language = QComboBox()
        for code in LANGUAGES:
            self.doc_language.addItem(LANGUAGE_NAMES[code], code.value)
        self.doc_language.setCurrentIndex(
            max(0, self.doc_language.findData(settings.value("documents/language", Language.RU.value)))
        )
        speed, factor = visit_travel or (
            float(settings.value("travel/speed_kmh", 40.0)),
            float(settings.value("travel/road_factor", 1.3)),
        )
        self.speed = QDoubleSpinBox()
        self.speed.setRange(5, 150)
        self.speed.setSuffix(tr(" km/h"))
        self.speed.setValue(speed)
        self.factor = QDoubleSpinBox()
        self.factor.setRange(1.0, 3.0)
        self.factor.setSingleStep(0.05)
        self.factor.setValue(factor)
        self.ui_language = QComboBox()
        for code in INTERFACE_LANGUAGES:
            self.ui_language.addItem(LANGUAGE_NAMES[code], code.value)
        self.ui_language.setCurrentIndex(
            max(0, self.ui_language.findData(settings.value("ui/language", Language.EN.value)))
        )

        documents = QGroupBox(tr("Printed documents"))
        form = QFormLayout(documents)
        form.addRow(tr("Host organisation"), self.organisation)
        form.addRow(tr("Emblem (PNG or JPEG)"), emblem_row)
        form.addRow(tr("Default language"), self.doc_language)
        travel = QGroupBox(tr("Travel time estimate (this visit)"))
        form = QFormLayout(travel)
        form.addRow(tr("Average speed"), self.speed)
        form.addRow(tr("Road factor"), self.factor)
        self.visit_rules = dict(visit_rules or {})
        self._meal_places = list(meal_places)
        planning = self._planning_box() if visit_rules is not None else None
        database = QGroupBox(tr("Database"))
        box = QVBoxLayout(database)
        label = QLabel(database_label)
        label.setWordWrap(True)
        box.addWidget(label)
        buttons_row = QHBoxLayout()
        for text, slot in (
            (tr("Open another…"), open_database),
            (tr("Create new…"), new_database),
            (tr("Back up now"), backup_database),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons_row.addWidget(button)
        box.addLayout(buttons_row)
        self.keep_days = QSpinBox()
        self.keep_days.setRange(1, 365)
        self.keep_days.setSuffix(tr(" days"))
        self.keep_days.setValue(int(settings.value("backup/keep_days", 14)))
        keep_row = QFormLayout()
        keep_row.addRow(tr("Keep daily backups for"), self.keep_days)
        box.addLayout(keep_row)
        self.display_name = QLineEdit(display_name())
        self.display_name.setPlaceholderText(tr("as colleagues should read it in the change log"))
        interface = QGroupBox(tr("Interface"))
        form = QFormLayout(interface)
        form.addRow(tr("Language"), self.ui_language)
        form.addRow(tr("Your name"), self.display_name)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (documents, travel, planning, database, interface):
            if widget is not None:
                layout.addWidget(widget)
        layout.addWidget(buttons)

    def _planning_box(self) -> QGroupBox:
        """The visit's planning rules: the time grid of planned times, the time to board, meals."""
        rules = self.visit_rules
        self.grid = QComboBox()
        for minutes in (1, 5, 10, 15):
            self.grid.addItem(tr("%1 min", str(minutes)), minutes)
        self.grid.setCurrentIndex(max(0, self.grid.findData(int(rules.get("plan_grid_min", 5)))))
        self.boarding = self._minutes(int(rules.get("boarding_min", 0)), 120)
        self.boarding_extra = self._minutes(int(rules.get("boarding_extra_min", 0)), 120)
        self.boarding_above = QSpinBox()
        self.boarding_above.setRange(0, 999)
        self.boarding_above.setSpecialValueText(tr("never"))
        self.boarding_above.setSuffix(tr(" people"))
        self.boarding_above.setValue(int(rules.get("boarding_above", 0)))
        box = QGroupBox(tr("Planning rules (this visit)"))
        form = QFormLayout(box)
        form.addRow(tr("Planned times on a grid of"), self.grid)
        form.addRow(tr("Time to board, added to every drive"), self.boarding)
        form.addRow(tr("More time to board for a party above"), self.boarding_above)
        form.addRow(tr("Extra time to board for such a party"), self.boarding_extra)
        self.meals: dict[str, tuple[QTimeEdit, QTimeEdit, QSpinBox]] = {}
        # where the planner puts the meal it adds: a restaurant, or wherever the group is ("lunch break")
        self.meal_places: dict[str, QComboBox] = {}
        for meal, label, start, end in (
            ("lunch", tr("Lunch for every group, between"), time(12, 0), time(14, 30)),
            ("dinner", tr("Dinner for every group, between"), time(19, 0), time(21, 0)),
        ):
            edits = (
                self._clock(rules.get(f"{meal}_start") or start),
                self._clock(rules.get(f"{meal}_end") or end),
                self._minutes(int(rules.get(f"{meal}_min") or 0), 240),
            )
            edits[2].setSpecialValueText(tr("none"))
            row = QHBoxLayout()
            row.addWidget(edits[0])
            row.addWidget(QLabel("–"))
            row.addWidget(edits[1])
            row.addWidget(QLabel(tr("for")))
            row.addWidget(edits[2])
            form.addRow(label, row)
            self.meals[meal] = edits
            place = searchable_combo(
                [(tr("wherever the group is (a break)"), None), *self._meal_places],
                rules.get(f"{meal}_site_id"),
            )
            form.addRow(tr("Lunch at") if meal == "lunch" else tr("Dinner at"), place)
            self.meal_places[meal] = place
        return box

    def _clock(self, value: time) -> QTimeEdit:
        edit = QTimeEdit(value)
        edit.setDisplayFormat("HH:mm")
        return edit

    def _minutes(self, value: int, top: int) -> QSpinBox:
        box = QSpinBox()
        box.setRange(0, top)
        box.setSuffix(tr(" min"))
        box.setValue(value)
        return box

    def planning_changes(self) -> dict[str, Any]:
        """The visit's planning fields the user changed (empty without a visit)."""
        if not self.visit_rules:
            return {}
        new = {
            "plan_grid_min": self.grid.currentData(),
            "boarding_min": self.boarding.value(),
            "boarding_extra_min": self.boarding_extra.value(),
            "boarding_above": self.boarding_above.value(),
        }
        for meal, (start, end, minutes) in self.meals.items():
            new[f"{meal}_start"] = start.time().toPython()
            new[f"{meal}_end"] = end.time().toPython()
            new[f"{meal}_min"] = minutes.value()
            new[f"{meal}_site_id"] = self.meal_places[meal].currentData()
            if not minutes.value() and self.visit_rules.get(f"{meal}_start") is None:
                # no rule before, none now: the window is left unset
                del new[f"{meal}_start"], new[f"{meal}_end"]
        return {k: v for k, v in new.items() if v != self.visit_rules.get(k)}

    def _choose_emblem(self) -> None:
        path, _ = get_open_file_name(self, tr("Emblem"), "", tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self.emblem.setText(path)

    def save(self) -> None:
        """Write the choices to QSettings (the travel values go to the visit through an undo command)."""
        settings = QSettings()
        settings.setValue("documents/organisation", self.organisation.text().strip())
        settings.setValue("documents/emblem", self.emblem.text().strip())
        settings.setValue("documents/language", self.doc_language.currentData())
        settings.setValue("travel/speed_kmh", self.speed.value())
        settings.setValue("travel/road_factor", self.factor.value())
        settings.setValue("ui/language", self.ui_language.currentData())
        settings.setValue("backup/keep_days", self.keep_days.value())
        settings.setValue(DISPLAY_NAME_KEY, self.display_name.text().strip())
