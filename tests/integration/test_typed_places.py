"""A place typed for the visit's arrival or departure that is not a site yet becomes a site in the same
transaction as the visit or its details, and undoing the step removes it again (redo puts the same site
back); a name of a known site, in any case, takes that site instead of a duplicate."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from planner.domain.errors import ValidationError
from planner.persistence.tables import ItineraryItem, Site, Visit
from planner.persistence.uow import UnitOfWork
from planner.services import itinerary, sites, visit_admin, visit_details

ATYRAU = ZoneInfo("Asia/Atyrau")
AIRPORT = "Atyrau International Airport"
NEW_VISIT: dict[str, Any] = {
    "title": "Visit of the Astrakhan region delegation",
    "delegation_name": "Astrakhan region delegation",
    "start_date": date(2026, 9, 15),
    "end_date": date(2026, 9, 16),
    "host_timezone": "Asia/Atyrau",
    "home_timezone": "Europe/Astrakhan",
    "arrival_at": datetime(2026, 9, 15, 10, 40, tzinfo=ATYRAU),
    "departure_at": datetime(2026, 9, 16, 17, 30, tzinfo=ATYRAU),
}


def _sites(uow: UnitOfWork) -> list[tuple[str, str]]:
    with uow:
        return [(s.name, s.category) for s in uow.session.scalars(select(Site).order_by(Site.id))]


def _stay(uow: UnitOfWork, visit_id: int) -> tuple[int | None, int | None]:
    with uow:
        visit = uow.session.get(Visit, visit_id)
        assert visit is not None
        return visit.arrival_site_id, visit.departure_site_id


@pytest.mark.parametrize(
    ("name", "category"),
    [
        ("Atyrau International Airport", "airport"),
        ("Международный аэропорт Атырау", "airport"),
        ("Атырау халықаралық әуежайы", "airport"),
        ("Железнодорожный вокзал Атырау", "station"),
        ("Атырау темір жол бекеті", "station"),
        ("Border crossing Karaozek", "border_crossing"),
        ("Пункт пропуска «Караозек» на границе", "border_crossing"),
        ("Шекара өткізу пункті", "border_crossing"),
        ("Шекара бекеті «Қараөзек»", "border_crossing"),
        ("Bus terminal", "transport"),
        ("Renaissance Atyrau Hotel", ""),
        ("Sport complex «Жайық»", ""),
    ],
)
def test_a_new_site_is_an_airport_a_station_or_a_border_crossing_as_its_name_says(
    name: str, category: str
) -> None:
    assert sites.place_category(name) == category


def test_a_new_visit_makes_the_typed_place_a_site_and_undo_removes_both(uow: UnitOfWork) -> None:
    places = {"arrival_site_id": f"  {AIRPORT} ", "departure_site_id": AIRPORT.upper()}
    created = visit_details.create_visit_with_details(uow, NEW_VISIT, places)
    assert _sites(uow) == [(AIRPORT, "airport")]  # one name typed twice: one site, spaces trimmed
    with uow:
        (site_id,) = uow.session.scalars(select(Site.id)).all()
    assert _stay(uow, created.id) == (site_id, site_id)
    assert set(created.made_sites) == {"arrival_site_id", "departure_site_id"}
    visit_admin.delete_visit(uow, created.id, created.made_sites)  # undo of the new visit
    assert _sites(uow) == []
    with uow:
        assert uow.session.scalars(select(Visit)).all() == []


def test_a_refused_new_visit_leaves_no_site(uow: UnitOfWork) -> None:
    bad = {**NEW_VISIT, "end_date": date(2026, 9, 14)}
    with pytest.raises(ValidationError) as error:
        visit_details.create_visit_with_details(uow, bad, {"arrival_site_id": AIRPORT})
    assert "end_date" in {p.where for p in error.value.problems}
    assert _sites(uow) == []


def test_a_name_too_long_is_refused_for_its_field_and_nothing_is_written(uow: UnitOfWork) -> None:
    with pytest.raises(ValidationError) as error:
        visit_details.create_visit_with_details(uow, NEW_VISIT, {"departure_site_id": "Аэропорт " * 60})
    (found,) = error.value.problems
    assert found.where == "departure_site_id" and "at most 500" in found.reason
    assert _sites(uow) == []
    with uow:
        assert uow.session.scalars(select(Visit)).all() == []


def test_a_known_site_typed_in_another_case_is_taken_not_duplicated(uow: UnitOfWork) -> None:
    known = sites.add_site(uow, {"name": "Международный аэропорт Атырау", "category": "transport"}).id
    created = visit_details.create_visit_with_details(
        uow, NEW_VISIT, {"arrival_site_id": "международный  АЭРОПОРТ атырау"}
    )
    assert _stay(uow, created.id) == (known, None)
    assert created.made_sites == {}
    visit_admin.delete_visit(uow, created.id, created.made_sites)
    assert _sites(uow) == [("Международный аэропорт Атырау", "transport")]  # not made here: it stays


def test_details_make_the_typed_place_a_site_undo_removes_it_redo_puts_the_same_back(
    uow: UnitOfWork,
) -> None:
    visit_id = visit_details.create_visit_with_details(uow, NEW_VISIT).id
    changed = visit_details.change_visit_details(
        uow,
        visit_id,
        {"arrival_mode": "Charter flight"},
        places={"departure_site_id": "Вокзал «Атырау» & Co"},
    )
    assert _sites(uow) == [("Вокзал «Атырау» & Co", "station")]
    site_id = _stay(uow, visit_id)[1]
    assert site_id is not None and changed.new["departure_site_id"] == site_id
    back = visit_details.restore_visit_details(uow, changed)
    assert _sites(uow) == [] and _stay(uow, visit_id) == (None, None)
    assert back.made_sites["departure_site_id"]["id"] == site_id
    visit_details.change_visit_details(
        uow, visit_id, {"arrival_mode": "Charter flight"}, places=back.made_sites
    )  # redo
    assert _stay(uow, visit_id) == (None, site_id)
    assert _sites(uow) == [("Вокзал «Атырау» & Co", "station")]


def test_a_site_used_meanwhile_stays_when_the_details_are_undone(uow: UnitOfWork) -> None:
    visit_id = visit_details.create_visit_with_details(uow, NEW_VISIT).id
    changed = visit_details.change_visit_details(uow, visit_id, {}, places={"arrival_site_id": AIRPORT})
    site_id = _stay(uow, visit_id)[0]
    itinerary.add_item(
        uow,
        visit_id,
        {
            "kind": "arrival",
            "title": "Meeting at the airport",
            "starts_at": NEW_VISIT["arrival_at"],
            "ends_at": datetime(2026, 9, 15, 11, 10, tzinfo=ATYRAU),
            "site_id": site_id,
        },
    )
    back = visit_details.restore_visit_details(uow, changed)
    assert back.made_sites == {}
    assert _sites(uow) == [(AIRPORT, "airport")]
    with uow:
        assert uow.session.scalars(select(ItineraryItem.site_id)).all() == [site_id]


def test_a_place_is_typed_only_for_the_arrival_and_the_departure(uow: UnitOfWork) -> None:
    with pytest.raises(ValidationError) as error:
        visit_details.create_visit_with_details(uow, NEW_VISIT, {"lunch_site_id": "Canteen"})
    assert [p.where for p in error.value.problems] == ["lunch_site_id"]
