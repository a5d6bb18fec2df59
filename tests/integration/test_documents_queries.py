"""Read rows behind the documents: transport legs, itinerary membership, language fallback."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from planner.persistence.db import Database
from planner.persistence.uow import UnitOfWork
from planner.queries.documents import delegation_list_data, itinerary_data, transport_data
from tests.integration.test_documents_support import load
from tests.support.synthetic import synthetic_visit

ATYRAU = ZoneInfo("Asia/Atyrau")


def _at(hhmm: str) -> str:
    return f"2023-05-11T{hhmm}:00+05:00"


def _visit() -> dict[str, Any]:
    data = synthetic_visit(sites=3, participants=3, items=0, days=1, groups=1)
    data["sites"][2].update(latitude=None, longitude=None)
    data["travel_time_overrides"] = [{"from": "S2", "to": "S1", "minutes": 17}]

    def item(key: str, site: str, start: str, end: str, attendees: list[str]) -> dict[str, Any]:
        return {
            "key": key,
            "kind": "site_visit",
            "title": f"Item {key}",
            "starts_at": _at(start),
            "ends_at": _at(end),
            "site": site,
            "attendees": attendees,
        }

    data["groups"] = []
    data["itinerary"] = [
        item("A", "S1", "09:00", "10:00", ["P1", "P2"]),
        item("B", "S1", "10:00", "11:00", ["P1"]),  # same place: the car waits, no drive
        item("C", "S2", "12:00", "13:00", ["P1", "P2"]),  # 17 min by override: leaves 11:40 (11:43 rounded)
        item("D", "S3", "13:10", "14:00", ["P1"]),  # no coordinates: leaves when C ends
        item("E", "S1", "15:00", "16:00", ["P3"]),  # nobody of car 1 goes
    ]
    data["participants"][0]["name_i18n"] = {"en": "First Person"}
    data["vehicles"] = [
        {
            "key": "V1",
            "label": "Car 1",
            "passengers": [{"participant": "P1", "item": None}, {"participant": "P2", "item": None}],
        },
        {"key": "V2", "label": "Car 2", "passengers": [{"participant": "P2", "item": "C"}]},
    ]
    return data


def test_legs_skip_waits_round_departures_and_follow_item_seats(db: Database) -> None:
    visit_id = load(UnitOfWork(db.sessions), _visit())
    with UnitOfWork(db.sessions) as uow:
        plan = transport_data(uow, visit_id, "ru")
    car1, car2 = plan.vehicles
    legs = [
        (leg.item_title, f"{leg.departs_at.astimezone(ATYRAU):%H:%M}", leg.passengers) for leg in car1.legs
    ]
    p1, p2 = (p.name for p in car1.passengers)
    assert legs == [
        ("Item A", "09:00", (p1, p2)),
        ("Item C", "11:40", (p1,)),  # P2 rides car 2 to C
        ("Item D", "13:00", (p1,)),
    ]
    assert car1.legs[1].estimated_minutes == 17 and car1.legs[2].estimated_minutes is None
    assert [(leg.item_title, leg.passengers) for leg in car2.legs] == [("Item C", (p2,))]
    assert car1.legs[1].from_place == car1.legs[0].to_place


def test_itinerary_items_and_car_per_item(db: Database) -> None:
    visit_id = load(UnitOfWork(db.sessions), _visit())
    with UnitOfWork(db.sessions) as uow:
        people = itinerary_data(uow, visit_id, "en")
    # protocol order: guests (P1, P3) before the host (P2)
    first, third, second = people
    assert [p.person.side for p in people] == ["guest", "guest", "host"]
    assert first.person.name == "First Person"  # the English name where one exists
    assert second.person.name == "Участник 2 Қайратұлы"  # else the name as stored
    titles = [line.item.title for _, _, lines in second.days for line in lines]
    assert titles == ["Item A", "Item C"]
    cars = {
        line.item.title: line.vehicle.label for _, _, lines in second.days for line in lines if line.vehicle
    }
    assert cars == {"Item A": "Car 1", "Item C": "Car 2"}
    assert [line.item.title for _, _, lines in third.days for line in lines] == ["Item E"]
    assert third.vehicle is None


def test_delegation_list_orders_by_side_then_rank(db: Database) -> None:
    data = _visit()
    data["participants"][0]["protocol_rank"] = 9  # a guest ranked below the other guest
    visit_id = load(UnitOfWork(db.sessions), data)
    with UnitOfWork(db.sessions) as uow:
        rows = delegation_list_data(uow, visit_id, "ru")
    assert [p.rank for p in rows.guests] == sorted(p.rank for p in rows.guests)
    assert all(p.side == "guest" for p in rows.guests) and all(p.side == "host" for p in rows.hosts)
    assert rows.visit.guest_head is not None and rows.visit.guest_head.id == rows.guests[0].id
