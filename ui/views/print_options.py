"""The Print page's options of single kinds: the second language of place cards and badges, the badges'
QR code and colour band, and the one site of the briefing sheets.

Which rows show follows the printing service's registry (the :class:`DocumentKind` flags
``second_language``, ``badge`` and ``site``), the same flags by which the command line accepts
``--second-language``, ``--qr``/``--band`` and ``--site``. The widgets live as long as the page, so a choice
stays while the officer looks at other kinds.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QWidget

from planner.domain.kinds import localized
from planner.domain.vocabulary import LANGUAGE_NAMES, LANGUAGES
from planner.queries.sites import SiteRow
from planner.services.printing import DocumentKind
from ui.i18n import N_, current_language, tr
from ui.views.pickers import searchable_combo

# the badges' colour band, as the printing service names it (``--band side|role``)
BAND_NAMES = {"side": N_("By side (guests, hosts)"), "role": N_("By role")}


@dataclass(frozen=True)
class KindChoices:
    """What the officer chose of these options (the printing service's ``PrintRequest`` fields)."""

    second_language: str | None = None
    qr: bool = False
    band: str = "side"
    site_id: int | None = None


class KindOptions(QObject):
    """The rows of the options some kinds take, added to the page's form; ``changed`` on every choice."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.second_language = QComboBox()
        self.second_language.setObjectName("print_second_language")
        self.second_language.addItem(tr("(none)"), None)
        for language in LANGUAGES:
            self.second_language.addItem(LANGUAGE_NAMES[language], language.value)
        self.second_language.setToolTip(tr("Each name printed in this language too, under the first"))
        self.qr = QCheckBox(tr("QR code"))
        self.qr.setObjectName("print_qr")
        self.qr.setToolTip(tr("A QR code with the participant's key, for the desk that scans arrivals"))
        self.band = QComboBox()
        self.band.setObjectName("print_band")
        for value, name in BAND_NAMES.items():
            self.band.addItem(tr(name), value)
        self.band.setToolTip(tr("What the colour band at the top of each badge shows"))
        self.site = searchable_combo([(tr("All sites"), None)])
        self.site.setObjectName("print_site")
        self.site.setToolTip(tr("One sheet for each site the programme uses, or the sheet of one site"))
        for box in (self.second_language, self.band, self.site):
            box.currentIndexChanged.connect(self.changed)
        # a long name and address shows from its start, not scrolled to its end (the address)
        self.site.currentIndexChanged.connect(lambda: self.site.lineEdit().setCursorPosition(0))
        self.qr.toggled.connect(self.changed)
        self._form: QFormLayout | None = None
        self._wanted_site: int | None = None  # a site to choose once the visit's sites are offered

    def add_rows(self, form: QFormLayout) -> None:
        """Put the option rows into ``form`` (hidden until a kind that takes them is chosen)."""
        self._form = form
        form.addRow(tr("Second language"), self.second_language)
        form.addRow(tr("Colour band"), self.band)
        form.addRow("", self.qr)
        form.addRow(tr("Site"), self.site)

    def show_for(self, kind: DocumentKind) -> None:
        """Show the rows of the options ``kind`` takes, and only those."""
        assert self._form is not None
        self._form.setRowVisible(self.second_language, kind.second_language)
        self._form.setRowVisible(self.band, kind.badge)
        self._form.setRowVisible(self.qr, kind.badge)
        self._form.setRowVisible(self.site, kind.site)

    def choices(self) -> dict[str, Any]:
        """What is chosen, by value (a language code, a site id: not a position or a translated text)."""
        return {
            "second_language": self.second_language.currentData(),
            "qr": self.qr.isChecked(),
            "band": self.band.currentData(),
            "site": self._wanted_site if self._wanted_site is not None else self.site.currentData(),
        }

    def restore(self, choices: dict[str, Any]) -> None:
        """Choose again what :meth:`choices` returned (a window rebuilt in another language); the site
        once the visit's sites are offered (:meth:`set_sites`)."""
        for box, key in ((self.second_language, "second_language"), (self.band, "band")):
            found = box.findData(choices.get(key))
            if found >= 0:
                box.setCurrentIndex(found)
        self.qr.setChecked(bool(choices.get("qr", False)))
        site = choices.get("site")
        if site is not None and self.site.findData(site) >= 0:
            self.site.setCurrentIndex(self.site.findData(site))
        else:
            self._wanted_site = site

    def set_sites(self, sites: Sequence[SiteRow]) -> None:
        """Offer "all sites", then the visit's sites that have items, by name in the interface language;
        the site chosen stays chosen if the visit still uses it (else: all sites)."""
        lang = current_language()
        chosen = self.site.currentData() if self._wanted_site is None else self._wanted_site
        self._wanted_site = None
        labels = []
        for s in sites:
            if s.uses:
                name = localized(s.name, s.name_i18n, lang)
                address = localized(s.address, s.address_i18n, lang)
                labels.append((f"{name} — {address}" if address else name, s.id))
        labels.sort(key=lambda pair: pair[0].casefold())
        self.site.blockSignals(True)
        self.site.clear()
        self.site.addItem(tr("All sites"), None)
        for label, site_id in labels:
            self.site.addItem(label, site_id)
        self.site.setCurrentIndex(max(0, self.site.findData(chosen)))
        self.site.lineEdit().setCursorPosition(0)
        self.site.blockSignals(False)

    def values(self, kind: DocumentKind) -> KindChoices:
        """The chosen options ``kind`` takes; the others at their defaults, as the command line leaves an
        option not given."""
        return KindChoices(
            second_language=self.second_language.currentData() if kind.second_language else None,
            qr=self.qr.isChecked() and kind.badge,
            band=str(self.band.currentData()) if kind.badge else "side",
            site_id=self.site.currentData() if kind.site else None,
        )
