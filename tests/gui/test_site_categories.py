"""Site categories read alike: the common places of an official visit (airport, hotel, museum...) are
words the planner knows, named in the interface language and capitalised as every other value, whether
typed now or stored as typed before; another category is kept and shown as typed (or as the site's own
translation of it). The new officer typed seven: three became built-in words shown in Russian
("Промышленность") and in lowercase in the visit's place lists ("— government"), four stayed English
("Airport", "Museum")."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from planner.persistence.db import Database
from planner.persistence.uow import UnitOfWork
from planner.queries.sites import SiteRow, list_sites
from planner.services import sites
from ui.i18n import install_language
from ui.models.table_models import SiteTableModel
from ui.views.editors import site_dialog
from ui.views.pickers import site_kind_label, sites_by_name

# (site, category as the officer typed it in the English interface)
TYPED = [
    ("Akimat of Atyrau region", "Government"),
    ("Atyrau International Airport", "Airport"),
    ("Atyrau Oil Refinery", "Industry"),
    ("Atyrau University of Oil and Gas", "Education"),
    ("Regional history museum", "Museum"),
    ("Renaissance Atyrau Hotel", "Hotel"),
    ('Restaurant "Zhaiyk"', "Restaurant"),
    ("Ethno-village «Жайық» & crafts", "Ethno-village"),
]
SHOWN = {
    "en": [
        "Government",
        "Airport",
        "Industry",
        "Education",
        "Museum",
        "Hotel",
        "Restaurant",
        "Ethno-village",
    ],
    "ru": [
        "Государственный орган",
        "Аэропорт",
        "Промышленность",
        "Образование",
        "Музей",
        "Гостиница",
        "Ресторан",
        "Ethno-village",
    ],
    "kk": [
        "Мемлекеттік орган",
        "Әуежай",
        "Өнеркәсіп",
        "Білім беру",
        "Мұражай",
        "Қонақ үй",
        "Мейрамхана",
        "Этноауыл",  # the site's own Kazakh name of its category
    ],
}


@pytest.fixture
def typed_sites(qtbot: QtBot, db: Database) -> Iterator[list[SiteRow]]:
    """The eight sites, each typed into the site dialog as the officer did."""
    for name, category in TYPED:
        dialog = site_dialog(lambda values: None)
        qtbot.addWidget(dialog)
        dialog.form.fields["name"].setText(name)  # type: ignore[attr-defined]
        dialog.form.fields["category"].setText(category)  # type: ignore[attr-defined]
        values = dialog.collect()
        if category == "Ethno-village":
            values["category_i18n"] = {"kk": "Этноауыл"}
        sites.add_site(UnitOfWork(db.sessions), values)
    with UnitOfWork(db.sessions) as uow:
        rows = list_sites(uow)
    yield sorted(rows, key=lambda r: [n for n, _ in TYPED].index(r.name))
    install_language("en")


def test_the_common_categories_are_stored_as_the_planners_words(typed_sites: list[SiteRow]) -> None:
    stored = [r.category for r in typed_sites]
    assert stored == [
        "government",
        "airport",
        "industry",
        "education",
        "museum",
        "hotel",
        "restaurant",
        "Ethno-village",
    ]


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_the_sites_page_names_every_category_in_the_interface_language(
    typed_sites: list[SiteRow], language: str
) -> None:
    assert install_language(language)
    model = SiteTableModel()
    model.set_rows(typed_sites)
    shown = [model.data(model.index(n, SiteTableModel.CATEGORY)) for n in range(model.rowCount())]
    assert shown == SHOWN[language]


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_the_place_lists_show_the_category_as_the_sites_page_does(
    typed_sites: list[SiteRow], language: str
) -> None:
    assert install_language(language)
    labels = [site_kind_label(r) for r in typed_sites]
    assert labels == [
        f"{name} — {category}" for (name, _), category in zip(TYPED, SHOWN[language], strict=True)
    ]
    assert "— government" not in " ".join(labels)


def test_a_category_stored_as_typed_before_is_shown_as_the_known_word(qapp: Any, db: Database) -> None:
    for name, category in (("Airport", "Airport"), ("Station", "Railway station"), ("Hotel", " HOTEL")):
        sites.add_site(UnitOfWork(db.sessions), {"name": name, "category": category})
    with UnitOfWork(db.sessions) as uow:
        rows = list_sites(uow)
    try:
        assert install_language("ru")
        model = SiteTableModel()
        model.set_rows(rows)
        shown = {model.data(model.index(n, SiteTableModel.CATEGORY)) for n in range(model.rowCount())}
        assert shown == {"Аэропорт", "Железнодорожный вокзал", "Гостиница"}
    finally:
        install_language("en")


def test_a_site_whose_category_was_stored_as_typed_is_saved_unchanged_when_nothing_is_changed(
    qtbot: QtBot, db: Database
) -> None:
    sites.add_site(UnitOfWork(db.sessions), {"name": "Regional history museum", "category": "Museum"})
    with UnitOfWork(db.sessions) as uow:
        row = list_sites(uow)[0]
    dialog = site_dialog(lambda values: None, row)
    qtbot.addWidget(dialog)
    assert dialog.form.fields["category"].text() == "Museum"  # type: ignore[attr-defined]
    assert dialog.collect() == {}  # no empty undo step, no change-log row
    dialog.form.fields["category"].setText("Theatre")  # type: ignore[attr-defined]
    assert dialog.collect() == {"category": "theatre"}


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_the_new_visits_arrival_place_lists_the_category_in_the_interface_language(
    qtbot: QtBot, typed_sites: list[SiteRow], language: str
) -> None:
    """The visit dialog's own place chooser used the stored word ("Akimat — government")."""
    from ui.views.visit_dialog import visit_dialog

    assert install_language(language)
    dialog = visit_dialog(lambda values: None, sites=typed_sites)
    qtbot.addWidget(dialog)
    arrival: Any = dialog.arrival  # type: ignore[attr-defined]
    listed = [arrival.site.itemText(n) for n in range(1, arrival.site.count())]
    assert listed == [site_kind_label(r) for r in sites_by_name(typed_sites)]  # by the names shown
    assert "— government" not in " ".join(listed)
