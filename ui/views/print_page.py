"""The Print page: choose a document and its options, preview it (QtPdf), print at 300 dpi, or save."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QPainter, QShowEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from planner.documents.guest_time import zones_differ
from planner.domain.kinds import Language
from planner.domain.vocabulary import LANGUAGE_NAMES, LANGUAGES
from planner.queries.meetings import visit_meetings
from planner.queries.participants import shown_names, visit_participants
from planner.queries.seating import seating_items
from planner.queries.sites import list_sites
from planner.queries.translations import missing_translations
from planner.queries.visits import get_visit
from planner.services.printing import DOCUMENT_KINDS, DocumentKind, document_kind
from ui.folders import PRINTED, remember_folder, start_folder
from ui.i18n import N_, current_language, plural, tr
from ui.operations import (
    DOCUMENTS,
    ITEMS,
    MEETINGS,
    PARTICIPANTS,
    SITES,
    VEHICLES,
    VISITS,
    Operations,
    Progress,
)
from ui.printing import PrintOptions, build_pdf, write_pdf
from ui.views.common import Page
from ui.views.file_dialogs import get_existing_directory, get_save_file_name
from ui.views.print_options import KindOptions
from ui.views.translations_dialogs import MissingTranslationsDialog

# the choices whose rows come from the visit, in the order of the boxes day, participant, meeting, item
VISIT_BOXES = ("day", "participant", "meeting", "item")
PREVIEW_DELAY_MS = 300  # one render after a burst of option or data changes, not one per keystroke
PRINT_DPI = 300  # HighResolution would render at 1200 dpi: seconds per page and huge spool files
# the labels of the printing service's document kinds (the list and each kind's options are its registry)
KIND_NAMES = {
    "programme": N_("Programme of the visit"),
    "agenda": N_("Daily agenda"),
    "itinerary": N_("Personal itinerary"),
    "transport": N_("Transport plan"),
    "delegation-list": N_("Delegation list"),
    "minutes": N_("Meeting minutes"),
    "documents": N_("Signed-documents summary"),
    "seating": N_("Seating plan"),
    "run-of-show": N_("Run of show"),
    "gifts": N_("Gifts register"),
    "briefing": N_("Site briefing sheets"),
    "place-cards": N_("Place cards"),
    "badges": N_("Badges"),
    "car-placards": N_("Car placards"),
    "motorcade": N_("Motorcade manifest"),
    "arrivals": N_("Arrivals and departures"),
    "follow-up": N_("Follow-up report"),
}


class PrintPage(Page):
    KINDS = frozenset({VISITS, ITEMS, PARTICIPANTS, MEETINGS, DOCUMENTS, VEHICLES, SITES})

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.pdf_bytes: bytes | None = None
        self._buffer: QBuffer | None = None
        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.kind = QComboBox()
        for kind in DOCUMENT_KINDS:
            self.kind.addItem(tr(KIND_NAMES[kind.name]), kind.name)
        self.language = QComboBox()
        for language in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[language], language.value)
        default_language = str(QSettings().value("documents/language", Language.RU.value))
        self.language.setCurrentIndex(max(0, self.language.findData(default_language)))
        self.day = QComboBox()
        self.participant = QComboBox()
        self.meeting = QComboBox()
        self.item = QComboBox()  # a meeting or a meal (the seating plan)
        self.landscape = QCheckBox(tr("Landscape"))
        # the second language of cards and badges, the badges' QR code and band, the briefing's site
        self.kind_options = KindOptions(self)
        self.kind_options.changed.connect(self.schedule_preview)
        # on by default where the guests' clock differs from the host's; nothing to show where it does not
        self.guest_time = QCheckBox(tr("Guests' time"))
        self.guest_time.setToolTip(tr("Give each item's time in the guests' time zone too"))
        self._zones_differ = False
        self._zones_of: tuple[int, str, str] | None = None  # the visit and zones the box was set for
        self._wanted: dict[str, Any] = {}  # choices carried over a rebuild, chosen on the next read
        self.status = QLabel()
        self.status.setWordWrap(True)
        # names with no text in the document's language print as typed: say how many, and where to fix them
        self.missing_label = QLabel()
        self.missing_label.setObjectName("missing_translations_line")
        self.missing_label.setWordWrap(True)
        self.missing_button = QPushButton(tr("Missing translations…"))
        self.missing_button.clicked.connect(self.show_missing_translations)
        self.missing_line = QWidget()
        missing_box = QHBoxLayout(self.missing_line)
        missing_box.setContentsMargins(0, 0, 0, 0)
        missing_box.addWidget(self.missing_label, 1)
        missing_box.addWidget(self.missing_button, 0, Qt.AlignmentFlag.AlignTop)
        self.missing_line.hide()
        self.preview_button = QPushButton(tr("Preview"))
        self.print_button = QPushButton(tr("Print…"))
        self.save_button = QPushButton(tr("Save as PDF…"))
        self.all_itineraries_button = QPushButton(tr("All personal itineraries…"))
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save)
        self.all_itineraries_button.clicked.connect(self.save_all_itineraries)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        # the preview follows every option and every change of the data it shows
        self._render_timer = QTimer(self)
        self._render_timer.setSingleShot(True)
        self._render_timer.setInterval(PREVIEW_DELAY_MS)
        self._render_timer.timeout.connect(lambda: self.preview(quiet=True))
        for box in (self.kind, self.language, self.day, self.participant, self.meeting, self.item):
            box.currentIndexChanged.connect(self.schedule_preview)
        self.landscape.toggled.connect(self.schedule_preview)
        self.language.currentIndexChanged.connect(self.count_missing_translations)
        self.guest_time.toggled.connect(self.schedule_preview)
        options = QWidget()
        form = QFormLayout(options)
        form.addRow(tr("Document"), self.kind)
        form.addRow(tr("Language"), self.language)
        form.addRow(tr("Day"), self.day)
        form.addRow(tr("Participant"), self.participant)
        form.addRow(tr("Meeting"), self.meeting)
        form.addRow(tr("Meeting or meal"), self.item)
        form.addRow(self.missing_line)
        self.kind_options.add_rows(form)
        form.addRow("", self.landscape)
        form.addRow("", self.guest_time)
        form.addRow(self.preview_button)
        form.addRow(self.print_button)
        form.addRow(self.save_button)
        form.addRow(self.all_itineraries_button)
        form.addRow(self.status)
        splitter = QSplitter()
        splitter.addWidget(options)
        splitter.addWidget(self.view)
        splitter.setSizes([320, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)
        self._kind_changed()

    def refresh(self) -> None:
        visit_id = self.visit_id
        assert visit_id is not None
        visit, people, meetings, seated, sites = self.ops.read(
            lambda uow: (
                get_visit(uow, visit_id),
                visit_participants(uow, visit_id),
                visit_meetings(uow, visit_id),
                seating_items(uow, visit_id),
                list_sites(uow, visit_id),
            )
        )
        boxes = (self.day, self.participant, self.meeting, self.item)
        chosen = [box.currentData() for box in boxes]
        # choices carried from a window rebuilt in another language, chosen now the visit's rows are offered
        wanted, self._wanted = self._wanted, {}
        chosen = [wanted.get(key, data) for key, data in zip(VISIT_BOXES, chosen, strict=True)]
        for box in boxes:
            box.blockSignals(True)
            box.clear()
        zones = (visit_id, visit.host_timezone, visit.guest_timezone)
        if zones != self._zones_of:
            # another visit, or its zones changed: the default again (the user's choice stands otherwise)
            self._zones_of = zones
            self._zones_differ = zones_differ(
                visit.host_timezone, visit.guest_timezone, visit.start_date, visit.end_date
            )
            # the default, unless the officer chose for these zones before a rebuild in another language
            carried_zones, carried_on = wanted.get("guest_time", (None, False))
            self.guest_time.blockSignals(True)
            self.guest_time.setChecked(carried_on if carried_zones == zones else self._zones_differ)
            self.guest_time.blockSignals(False)
        self.day.addItem(tr("All days"), None)
        for n in range((visit.end_date - visit.start_date).days + 1):
            day = visit.start_date + timedelta(days=n)
            self.day.addItem(tr("Day %1 (%2)", n + 1, f"{day:%d.%m.%Y}"), n + 1)
        self.participant.addItem(tr("Everyone"), None)
        shown = shown_names(people, current_language())  # namesakes with their position beside the name
        for p in people:
            self.participant.addItem(shown[p.id], p.id)
        for m in meetings:
            self.meeting.addItem(m.title, m.id)
        for i in seated:
            self.item.addItem(i.title, i.id)
        for box, data in zip(boxes, chosen, strict=True):
            box.setCurrentIndex(max(0, box.findData(data)))
            box.blockSignals(False)
        self.kind_options.set_sites(sites)
        self._kind_changed()
        self.count_missing_translations()
        self.schedule_preview()

    def choices(self) -> dict[str, Any]:
        """What the officer chose on the page, by value (a kind's name, a language code, a person's id: no
        position or translated text), for a window rebuilt in another interface language to choose again
        (:meth:`restore_choices`)."""
        found: dict[str, Any] = {
            "kind": self.kind.currentData(),
            "language": self.language.currentData(),
            "landscape": self.landscape.isChecked(),
            "guest_time": (self._zones_of, self.guest_time.isChecked()),
            "options": self.kind_options.choices(),
        }
        boxes = (self.day, self.participant, self.meeting, self.item)
        found.update({key: box.currentData() for key, box in zip(VISIT_BOXES, boxes, strict=True)})
        found.update(self._wanted)  # carried but not chosen yet: the page has not read the visit since
        return found

    def choose_language(self, language: str) -> None:
        """Print in ``language`` from now on (the default language just chosen in Settings)."""
        found = self.language.findData(language)
        if found >= 0:
            self.language.setCurrentIndex(found)

    def restore_choices(self, choices: dict[str, Any]) -> None:
        """Choose again what :meth:`choices` returned: the kind, languages and options now; the day, person,
        meeting, meal, site and guests' time when the page next reads the visit (their rows come from it)."""
        if not choices:
            return
        for box, key in ((self.kind, "kind"), (self.language, "language")):
            found = box.findData(choices.get(key))
            if found >= 0:
                box.setCurrentIndex(found)
        self.landscape.setChecked(bool(choices.get("landscape", False)))
        self.kind_options.restore(choices.get("options", {}))
        self._wanted = {key: choices[key] for key in (*VISIT_BOXES, "guest_time") if key in choices}
        self._zones_of = None  # the guests' time is set again (as carried) on the next read
        if self.visit_id is not None and self.isVisible():
            self.refresh_now()
        else:
            self._dirty = True

    def count_missing_translations(self) -> None:
        """Show how many of the visit's names have no text in the chosen language (none: no line)."""
        visit_id, lang = self.visit_id, str(self.language.currentData())
        if visit_id is None:
            self.missing_line.hide()
            return
        count = len(self.ops.read(lambda uow: missing_translations(uow, visit_id, lang)))
        self.missing_label.setText(
            plural(tr("%1 name prints as typed, untranslated.|%1 names print as typed, untranslated."), count)
        )
        self.missing_line.setVisible(count > 0)

    def show_missing_translations(self) -> None:
        """The list of the names without a text in the chosen language (the Visit menu's list)."""
        if self.visit_id is None:
            return
        dialog = MissingTranslationsDialog(self.ops, self.visit_id, self)
        dialog.language.setCurrentIndex(max(0, dialog.language.findData(self.language.currentData())))
        dialog.exec()

    def schedule_preview(self) -> None:
        """Forget the rendered document and render it again shortly, if the page is on screen."""
        self.pdf_bytes = None
        if self.isVisible() and self.visit_id is not None:
            self._render_timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.pdf_bytes is None:
            self.schedule_preview()

    def document_kind(self) -> DocumentKind:
        """The kind of document chosen, with the options it takes."""
        return document_kind(self.kind.currentData())

    def _kind_changed(self) -> None:
        kind = self.document_kind()
        self.day.setEnabled(kind.day)
        self.participant.setEnabled(kind.participants)
        self.meeting.setEnabled(kind.meeting)
        self.item.setEnabled(kind.item)
        self.landscape.setEnabled(kind.landscape)
        self.guest_time.setEnabled(kind.guest_time and self._zones_differ)
        self.all_itineraries_button.setVisible(kind.build_files is not None)
        self.kind_options.show_for(kind)

    def options(self) -> PrintOptions:
        settings = QSettings()
        kind = self.document_kind()
        day = self.day.currentData() if kind.day else None
        if kind.one_day and day is None:
            day = 1
        chosen = self.kind_options.values(kind)
        return PrintOptions(
            kind=kind.name,
            language=self.language.currentData(),
            day=day,
            participant_id=self.participant.currentData() if kind.participants else None,
            meeting_id=self.meeting.currentData() if kind.meeting else None,
            item_id=self.item.currentData() if kind.item else None,
            landscape=self.landscape.isChecked() and kind.landscape,
            guest_time=self.guest_time.isChecked() and kind.guest_time,
            organisation=str(settings.value("documents/organisation", "")),
            emblem_path=str(settings.value("documents/emblem", "")),
            second_language=chosen.second_language,
            qr=chosen.qr,
            band=chosen.band,
            site_id=chosen.site_id,
        )

    def build(self, quiet: bool = False) -> bytes | None:
        """The chosen document as PDF bytes; on failure the reason is shown (in a box unless ``quiet``)."""
        visit_id = self.visit_id
        if visit_id is None:
            return None
        options = self.options()
        try:
            pdf = build_pdf(self.ops.uow(), visit_id, options)
        except Exception as exc:  # the printer's errors are shown, never crash the window
            self.status.setText(str(exc))
            if not quiet:
                self.ops.report(exc, self)
            return None
        self.pdf_bytes = pdf
        return pdf

    def preview(self, quiet: bool = False) -> bool:
        """Render the chosen document into the preview; False when it could not be built."""
        self._render_timer.stop()
        pdf = self.build(quiet)
        if pdf is None:
            return False
        self.document.close()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.status.setText(
            plural(tr("%1 page, %2 KB|%1 pages, %2 KB"), self.document.pageCount(), len(pdf) // 1024)
        )
        return True

    def print_document(self) -> None:
        if self.pdf_bytes is None and not self.preview():
            return
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setResolution(PRINT_DPI)
        printer.setDocName(self.kind.currentText())
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        self.render_to(printer)

    def render_to(self, printer: QPrinter) -> int:
        """Render every page of the previewed PDF to ``printer`` at its resolution; returns pages printed."""
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, tr("Print"), tr("The printer could not be started."))
            return 0
        dpi = printer.resolution()
        pages = self.document.pageCount()
        for n in range(pages):
            if n:
                printer.newPage()
            points = self.document.pagePointSize(n)
            size = QSize(int(points.width() / 72 * dpi), int(points.height() / 72 * dpi))
            image = self.document.render(n, size)
            target = painter.viewport()
            scaled = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(
                target.x(), target.y(), image.scaled(scaled, Qt.AspectRatioMode.KeepAspectRatio)
            )
        painter.end()
        return pages

    def save(self) -> None:
        if self.pdf_bytes is None and not self.preview():
            return
        kind = self.kind.currentData()
        # in the folder last saved to (not the program's working directory), else in Documents
        suggested = str(start_folder(PRINTED) / f"{kind}.pdf")
        path, _ = get_save_file_name(self, tr("Save as PDF"), suggested, tr("PDF files (*.pdf)"))
        if path:
            try:
                write_pdf(Path(path), self.pdf_bytes or b"")
            except Exception as exc:
                self.ops.report(exc, self)
                return
            remember_folder(PRINTED, path, is_file=True)
            self.status.setText(tr("Saved %1", path))

    def save_all_itineraries(self) -> None:
        visit_id = self.visit_id
        if visit_id is None:
            return
        start = str(start_folder(PRINTED))
        folder = get_existing_directory(self, tr("Folder for the itineraries"), start)
        if not folder:
            return
        remember_folder(PRINTED, folder)
        options = self.options()
        people = [
            (self.participant.itemData(n), self.participant.itemText(n))
            for n in range(1, self.participant.count())
        ]
        ops = self.ops

        def work(progress: Progress) -> list[Path]:
            written = []
            for n, (pid, name) in enumerate(people):
                progress.report(n, len(people), tr("Itinerary of %1", name))
                pdf = build_pdf(
                    ops.uow(),
                    visit_id,
                    PrintOptions(**{**options.__dict__, "kind": "itinerary", "participant_id": pid}),
                )
                safe = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in name).strip() or str(pid)
                written.append(write_pdf(Path(folder) / f"{n + 1:02d} {safe}.pdf", pdf))
            progress.report(len(people), len(people))
            return written

        def done(paths: Any) -> None:
            self.status.setText(
                plural(tr("%1 itinerary saved in %2|%1 itineraries saved in %2"), len(paths), folder)
            )

        ops.run_in_background(work, tr("Printing personal itineraries"), done, self)
