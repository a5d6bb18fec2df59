"""The editor of one itinerary item: kind, title, times (host time), site, place, host, flags, groups
and attendees."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from planner.domain.kinds import ItemKind, Side
from planner.domain.vocabulary import ITEM_KIND_NAMES
from planner.queries.attending import people_attending
from planner.queries.groups import GroupRow
from planner.queries.itinerary import ItemRow
from planner.queries.participants import ParticipantRow, shown_names
from planner.queries.sites import SiteRow
from ui.i18n import current_language, tr
from ui.models.value_labels import length_text
from ui.views.forms import ERROR_STYLE, NOTE_STYLE, FormDialog, check, combo, line, spin, text_box
from ui.views.pickers import CHOOSER_CHARACTERS, fill_width, searchable_combo, site_label, sites_by_name
from ui.views.run_of_show_section import RunOfShowSection
from ui.views.translations_field import TranslationsSection

# a site is chosen by its name and address: the chooser shows this many characters of them
SITE_CHARACTERS = 44
ATTENDEES_WIDEST = 420  # pixels: the attendee list's width at most, beside the fields
# the item's texts with lines for other languages: (translations field, label)
ITEM_NAME_FIELDS = ("title_i18n", "location_i18n", "notes_i18n")


def _qdt(moment: datetime, tz: tzinfo) -> QDateTime:
    local = moment.astimezone(tz)
    # wall-clock of the host zone; the edit shows it as it is, _aware() re-attaches the host zone
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))


def _aware(value: QDateTime, tz: tzinfo) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=tz)


class ItemDialog(FormDialog):
    """New or existing item; ``values()`` gives only service fields; attendees come separately."""

    def __init__(
        self,
        tz: tzinfo,
        sites: Sequence[SiteRow],
        people: Sequence[ParticipantRow],
        row: ItemRow | None = None,
        default_start: datetime | None = None,
        submit: Callable[[dict[str, Any]], None] | None = None,
        parent: QWidget | None = None,
        groups: Sequence[GroupRow] = (),
        names: Mapping[str, Mapping[str, str]] | None = None,
    ) -> None:
        """``names`` are the item's title, place and notes in other languages, by field (as stored)."""
        super().__init__(tr("Edit item") if row else tr("New item"), parent, submit)
        self.tz = tz
        self.row = row
        self.sites = {s.id: s for s in sites}
        f = self.form
        self.kind = f.add(
            "kind",
            tr("Kind"),
            combo(
                [(names.text(current_language()), kind.value) for kind, names in ITEM_KIND_NAMES.items()],
                row.kind if row else ItemKind.SITE_VISIT.value,
            ),
        )
        self.title = f.add("title", tr("Title"), line(row.title if row else ""))
        start = row.starts_at if row else default_start
        self.starts = f.add("starts_at", tr("Starts (host time)"), QDateTimeEdit())
        # the length beside the end, and a note under it when the program moved the end: a new start
        # carries the end along, and an end typed first moved unseen (13:30 became 15:28)
        self.length = QLabel()
        self.length.setObjectName("item_length")
        self.end_note = QLabel()
        self.end_note.setObjectName("end_moved_note")
        self.end_note.setWordWrap(True)
        self.end_note.setStyleSheet(NOTE_STYLE)
        self.end_note.hide()
        self._end_before_move: QDateTime | None = None
        self.ends = f.add(
            "ends_at", tr("Ends (host time)"), QDateTimeEdit(), beside=self.length, below=self.end_note
        )
        for edit in (self.starts, self.ends):
            edit.setDisplayFormat("dd.MM.yyyy HH:mm")
            edit.setCalendarPopup(True)
        if start is not None:
            self.starts.setDateTime(_qdt(start, tz))
            self.ends.setDateTime(
                _qdt(row.ends_at if row else start, tz) if row else _qdt(start, tz).addSecs(3600)
            )
        # typed words find a site among many (name or address); a site brings its usual visit length
        self.site = f.add(
            "site_id",
            tr("Site"),
            fill_width(
                searchable_combo(
                    [(tr("(none)"), None), *[(site_label(s), s.id) for s in sites_by_name(sites)]],
                    row.site_id if row else None,
                ),
                SITE_CHARACTERS,
            ),
        )
        self._site_shown = self.site.currentData()
        self._length_set_by_hand = False
        self._setting_length = False
        self.ends.dateTimeChanged.connect(self._end_edited)
        # a new start carries the end along, keeping the length (a meeting moved from 10:00 to 11:00
        # stayed ending at 11:00 and was refused as "the end is not after the start")
        self._start_shown = self.starts.dateTime()
        self.starts.dateTimeChanged.connect(self._start_edited)
        self.site.currentIndexChanged.connect(self._site_chosen)
        self._show_length()
        self.location = f.add("location", tr("Place (if no site)"), line(row.location if row else ""))
        shown = shown_names(people, current_language())  # namesakes with their position beside the name
        host_choices = [(tr("(none)"), None), *[(shown[p.id], p.id) for p in people if p.side == Side.HOST]]
        # by id, not name: two hosts may share a name
        current_host = row.responsible_host_id if row else None
        self.host = f.add(
            "responsible_host_id",
            tr("Responsible host"),
            fill_width(combo(host_choices, current_host), CHOOSER_CHARACTERS),
        )
        self._host_shown = self.host.currentData()
        self.pinned = f.add(
            "pinned",
            tr("Pinned"),
            check(row.pinned if row else False, tr("fixed time, planning must not move it")),
        )
        self.required = f.add(
            "required", tr("Required"), check(row.required if row else True, tr("planning must not drop it"))
        )
        self.priority = f.add("priority", tr("Priority"), spin(row.priority if row else 0, -100, 100))
        self.notes = f.add("notes", tr("Notes"), text_box(row.notes if row else ""))
        # the title, place and notes as Russian, Kazakh and English documents print them
        self._names_shown = {field: dict((names or {}).get(field, {})) for field in ITEM_NAME_FIELDS}
        self.translations = TranslationsSection()
        for field, label, source in (
            ("title_i18n", tr("Title"), self.title),
            ("location_i18n", tr("Place (if no site)"), self.location),
            ("notes_i18n", tr("Notes"), self.notes),
        ):
            self.translations.add(field, label, self._names_shown[field], source)  # type: ignore[arg-type]
        f.add("translations", "", self.translations)
        # the office's own run-of-show fields, folded away (ui/views/run_of_show_section.py)
        self.run_of_show = RunOfShowSection(row)
        self.extra.addWidget(self.run_of_show)
        self.extra.addStretch(1)
        # who takes part (groups, attendees) in a column beside the fields: below them, "Attending: 5 of 7"
        # was off a 768-pixel screen and seen only after scrolling
        # the groups whose programme the item is part of (none: the whole delegation's)
        self.groups = QListWidget()
        self.groups.setObjectName("item_groups")
        mine = set(row.groups) if row else set()
        for g in groups:
            item = QListWidgetItem(g.shown_name)  # the item's groups are matched by the names as typed
            item.setData(Qt.ItemDataRole.UserRole, g.id)
            item.setCheckState(Qt.CheckState.Checked if g.name in mine else Qt.CheckState.Unchecked)
            self.groups.addItem(item)
        self.groups.setFixedHeight(min(6, max(1, len(groups))) * 22 + 6)
        self._groups_shown = self.group_ids()
        self._members = {g.id: g.member_ids for g in groups}  # a ticked group's people attend
        self.groups.itemChanged.connect(lambda _: self._count_attendees())
        if groups:
            self.side.addWidget(QLabel(tr("Groups")))
            self.side.addWidget(self.groups)
        self.attendees = QListWidget()
        self.attendees.setObjectName("item_attendees")
        self.attendees.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        chosen = set(row.attendee_ids) if row else set()
        for p in people:
            item = QListWidgetItem(f"{shown[p.id]} ({tr('guest') if p.side == Side.GUEST else tr('host')})")
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            item.setCheckState(Qt.CheckState.Checked if p.id in chosen else Qt.CheckState.Unchecked)
            self.attendees.addItem(item)
        # the list takes the column's spare height (15 rows at first), is filtered by typing, and ticks
        # or clears all the people shown at once
        self.attendees.setMinimumHeight(min(15, max(4, len(people))) * 20 + 6)
        # and is as wide as its names (within reason): a name cut needs a sideways scroll to be read
        metrics = self.attendees.fontMetrics()
        names = (self.attendees.item(n).text() for n in range(self.attendees.count()))
        widest = max((metrics.horizontalAdvance(text) for text in names), default=0)
        self.attendees.setMinimumWidth(min(widest + 60, ATTENDEES_WIDEST))
        self.attendee_filter = QLineEdit()
        self.attendee_filter.setObjectName("attendee_filter")
        self.attendee_filter.setPlaceholderText(tr("Find a person…"))
        self.attendee_filter.setClearButtonEnabled(True)
        self.attendee_filter.textChanged.connect(self._filter_attendees)
        tick, clear = QPushButton(tr("Tick shown")), QPushButton(tr("Clear shown"))
        tick.clicked.connect(lambda: self._tick_shown(True))
        clear.clicked.connect(lambda: self._tick_shown(False))
        self.attendee_count = QLabel()
        self.attendee_count.setObjectName("attendee_count")
        self.attendees.itemChanged.connect(lambda _: self._count_attendees())
        heading = QHBoxLayout()
        heading.addWidget(QLabel(tr("Attendees")))
        heading.addStretch(1)
        heading.addWidget(self.attendee_count)  # the count first, in sight at once
        buttons = QHBoxLayout()  # under the list they act on; beside the filter they squeezed it
        buttons.addWidget(tick)
        buttons.addWidget(clear)
        buttons.addStretch(1)
        self.side.addLayout(heading)
        self.side.addWidget(self.attendee_filter)
        self.side.addWidget(self.attendees, 1)
        self.side.addLayout(buttons)
        self._count_attendees()
        # the note of a moved end stays until the officer's next edit
        for name, field in f.fields.items():
            if name not in ("starts_at", "ends_at", "site_id"):
                for signal in ("textChanged", "currentIndexChanged", "valueChanged", "toggled"):
                    changed = getattr(field, signal, None)
                    if changed is not None and hasattr(changed, "connect"):
                        changed.connect(self._forget_moved_end)
        self.collect = self.values

    # ---- the length, kept when the start moves, and the site's usual length
    def _start_edited(self) -> None:
        moved = self._start_shown.secsTo(self.starts.dateTime())
        self._start_shown = self.starts.dateTime()
        if moved == 0:
            return
        self._move_end(
            self.ends.dateTime().addSecs(moved), tr("The end moved with the start, keeping the length")
        )

    def _move_end(self, to: QDateTime, why: str) -> None:
        """Set the end for the officer and say so under it, with the end it replaced."""
        if self._end_before_move is None:  # several steps of one change (12, then 00) name the first end
            self._end_before_move = self.ends.dateTime()
        self._setting_length = True
        try:
            self.ends.setDateTime(to)
        finally:
            self._setting_length = False
        if self.ends.dateTime() == self._end_before_move:
            self._forget_moved_end()
            return
        before = self._end_before_move
        was = before.toString("HH:mm" if before.date() == to.date() else "dd.MM.yyyy HH:mm")
        self.end_note.setText(tr("%1 (was %2).", why, was))
        self.end_note.show()

    def _forget_moved_end(self) -> None:
        self._end_before_move = None
        self.end_note.clear()
        self.end_note.hide()

    def _end_edited(self) -> None:
        self._show_length()
        if not self._setting_length:
            self._length_set_by_hand = True
            self._forget_moved_end()

    def _show_length(self) -> None:
        minutes = self.starts.dateTime().secsTo(self.ends.dateTime()) // 60
        if minutes <= 0:
            self.length.setText(tr("the end is not after the start"))
            self.length.setStyleSheet(ERROR_STYLE)
            return
        self.length.setText(tr("length %1", length_text(minutes)))
        self.length.setStyleSheet("")

    def _site_chosen(self) -> None:
        site = self.sites.get(self.site.currentData())
        before = self.sites.get(self._site_shown)
        self._site_shown = self.site.currentData()
        if site is None or self._length_set_by_hand:
            self._forget_moved_end()
            return
        # an item already saved keeps a length the officer chose: only the usual length of its old
        # site (or of no site, for a new item) gives way to the new site's
        minutes = int(self.starts.dateTime().secsTo(self.ends.dateTime()) // 60)
        if self.row is not None and (before is None or minutes != before.usual_duration_min):
            self._forget_moved_end()
            return
        self._move_end(
            self.starts.dateTime().addSecs(site.usual_duration_min * 60),
            tr("The end is set by the site's usual length, %1", length_text(site.usual_duration_min)),
        )

    # ---- attendees
    def _filter_attendees(self, text: str) -> None:
        needle = text.strip().casefold()
        for n in range(self.attendees.count()):
            item = self.attendees.item(n)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def _tick_shown(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for n in range(self.attendees.count()):
            item = self.attendees.item(n)
            if not item.isHidden():
                item.setCheckState(state)

    def _count_attendees(self) -> None:
        # the people ticked and those of the groups ticked, as the check and the documents count them
        attending = people_attending(self.attendee_ids(), self.group_ids(), self._members)
        self.attendee_count.setText(tr("Attending: %1 of %2", len(attending), self.attendees.count()))

    def values(self) -> dict[str, Any]:
        values = {
            "kind": self.kind.currentData(),
            "title": self.title.text().strip(),
            "starts_at": _aware(self.starts.dateTime(), self.tz),
            "ends_at": _aware(self.ends.dateTime(), self.tz),
            "site_id": self.site.currentData(),
            "location": self.location.text().strip(),
            "responsible_host_id": self.host.currentData(),
            "pinned": self.pinned.isChecked(),
            "required": self.required.isChecked(),
            "priority": self.priority.value(),
            "notes": self.notes.toPlainText(),
        }
        # a new item takes the translations typed; an edit only those that changed (changed_values)
        names = self.translations.values()
        values |= {k: v for k, v in names.items() if v or self.row is not None}
        values.update(self.run_of_show.changed_values())  # only what differs from the item
        return values

    def changed_values(self) -> dict[str, Any]:
        """Only the fields that differ from the row being edited (the undo record stays small)."""
        values = self.values()
        if self.row is None:
            return values
        current = {
            "kind": self.row.kind,
            "title": self.row.title,
            "starts_at": self.row.starts_at,
            "ends_at": self.row.ends_at,
            "site_id": self.row.site_id,
            "location": self.row.location,
            "pinned": self.row.pinned,
            "required": self.row.required,
            "priority": self.row.priority,
            "notes": self.row.notes,
            **self._names_shown,
            # the host as the dialog found it: an untouched host is no change (no empty undo step)
            "responsible_host_id": self._host_shown,
        }
        return {k: v for k, v in values.items() if k not in current or current[k] != v}

    def group_ids(self) -> list[int]:
        """The groups ticked, by id."""
        return [
            self.groups.item(n).data(Qt.ItemDataRole.UserRole)
            for n in range(self.groups.count())
            if self.groups.item(n).checkState() == Qt.CheckState.Checked
        ]

    def groups_changed(self) -> bool:
        """Whether the officer ticked or cleared a group."""
        return sorted(self.group_ids()) != sorted(self._groups_shown)

    def attendee_ids(self) -> list[int]:
        return [
            self.attendees.item(n).data(Qt.ItemDataRole.UserRole)
            for n in range(self.attendees.count())
            if self.attendees.item(n).checkState() == Qt.CheckState.Checked
        ]
