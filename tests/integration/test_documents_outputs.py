"""Itinerary, transport plan, delegation list, minutes and documents summary of the sample visit."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from planner.documents.settings import DocumentSettings
from planner.domain.errors import NotFoundError, ValidationError
from planner.persistence.db import Database
from planner.persistence.tables import Participant
from planner.persistence.uow import UnitOfWork
from planner.queries.documents import meeting_ids
from planner.services import printing as service
from tests.integration.test_documents_support import (
    concerned,
    font_dictionaries,
    in_order,
    page_texts,
    sample_file,
    squash,
)

RU = DocumentSettings(language="ru")


def _ids_by_name(db: Database, visit_id: int) -> dict[str, int]:
    with UnitOfWork(db.sessions) as uow:
        rows = uow.session.query(Participant.full_name, Participant.id).filter_by(visit_id=visit_id)
        return dict(rows.all())


def _protocol(data: dict, side: str) -> list[dict]:
    people = [p for p in data["participants"] if p["side"] == side]
    return sorted(people, key=lambda p: (p.get("protocol_rank", 100), p["full_name"]))


def test_delegation_list_is_in_protocol_order_guests_first(sample_db: tuple[Database, int]) -> None:
    db, visit_id = sample_db
    data = sample_file()
    pdf = service.delegation_list_pdf(UnitOfWork(db.sessions), visit_id, RU)
    text = "".join(page_texts(pdf))
    names = [p["full_name"] for p in _protocol(data, "guest") + _protocol(data, "host")]
    assert len(names) == len(data["participants"])
    found = in_order(text, names)
    assert all(at >= 0 for at in found), [n for n, at in zip(names, found, strict=True) if at < 0][:3]
    for person in data["participants"]:
        assert squash(person.get("title", "")) in squash(text)
    assert squash(text).find(squash("Гостевая сторона")) < squash(text).find(squash(names[0]))


def test_itinerary_holds_only_the_persons_items_with_car_and_contacts(
    sample_db: tuple[Database, int],
) -> None:
    db, visit_id = sample_db
    data = sample_file()
    ids = _ids_by_name(db, visit_id)
    # a business delegate: in one group only, so many items of the visit are not theirs
    person = next(p for p in data["participants"] if p["key"] == "P10")
    mine = concerned(data, person["key"])
    others = [i for i in data["itinerary"] if i not in mine]
    assert mine and others
    pdf = service.itinerary_pdf(UnitOfWork(db.sessions), visit_id, RU, [ids[person["full_name"]]])
    text = "".join(page_texts(pdf))
    assert squash(person["full_name"]) in squash(text)
    found = in_order(text, [i["title"] for i in mine])
    assert all(at >= 0 for at in found), "an item of the person is missing or out of order"
    mine_text = " ".join(i["title"] for i in mine)
    for item in others:
        if squash(item["title"]) not in squash(mine_text):
            assert squash(item["title"]) not in squash(text), item["title"]
    car = next(
        v
        for v in data["vehicles"]
        if any(s["participant"] == person["key"] and not s["item"] for s in v["passengers"])
    )
    for value in (car["label"], car["plate"], car["driver_name"], car["driver_phone"]):
        assert squash(value) in squash(text), value
    assert "Контакты" in text


def test_itineraries_of_everyone_number_their_own_pages(sample_db: tuple[Database, int]) -> None:
    db, visit_id = sample_db
    data = sample_file()
    pdf = service.itinerary_pdf(UnitOfWork(db.sessions), visit_id, RU)
    pages = page_texts(pdf)
    starts = [n for n, page in enumerate(pages) if "Страница 1 из" in page]
    assert len(starts) == len(data["participants"])
    bounds = [*starts, len(pages)]
    for first, end in itertools.pairwise(bounds):
        for n in range(first, end):
            assert f"Страница {n - first + 1} из {end - first}" in pages[n]


def test_itinerary_files_one_per_participant(sample_db: tuple[Database, int], tmp_path) -> None:
    db, visit_id = sample_db
    data = sample_file()
    paths = service.write_itinerary_files(UnitOfWork(db.sessions), visit_id, RU, tmp_path / "out")
    assert len(paths) == len(data["participants"]) == len(set(paths))
    first = _protocol(data, "guest")[0]
    assert squash(first["full_name"]) in squash(page_texts(paths[0].read_bytes())[0])
    assert all(p.read_bytes().startswith(b"%PDF") for p in paths)


def test_transport_plan_lists_vehicles_drivers_passengers_and_legs(sample_db: tuple[Database, int]) -> None:
    db, visit_id = sample_db
    data = sample_file()
    text = "".join(page_texts(service.transport_pdf(UnitOfWork(db.sessions), visit_id, RU)))
    names = {p["key"]: p["full_name"] for p in data["participants"]}
    for vehicle in data["vehicles"]:
        for value in (vehicle["label"], vehicle["plate"], vehicle["driver_name"], vehicle["driver_phone"]):
            assert squash(value) in squash(text), value
        for seat in vehicle["passengers"]:
            assert squash(names[seat["participant"]]) in squash(text)
    assert "Выезд" in text and "Откуда" in text and "Куда" in text
    first = min(data["itinerary"], key=lambda i: i["starts_at"])
    assert first["starts_at"][11:16] in text  # the first leg arrives at the first item


def test_minutes_show_attendees_by_side_agenda_outcomes_and_actions(sample_db: tuple[Database, int]) -> None:
    db, visit_id = sample_db
    data = sample_file()
    with UnitOfWork(db.sessions) as uow:
        first_meeting = meeting_ids(uow, visit_id)[0]
    keys = [m["item"] for m in data["meetings"]]
    items = {i["key"]: i for i in data["itinerary"]}
    meeting = min(data["meetings"], key=lambda m: (items[m["item"]]["starts_at"], keys.index(m["item"])))
    pdf = service.minutes_pdf(UnitOfWork(db.sessions), visit_id, RU, meeting_id=first_meeting)
    text = "".join(page_texts(pdf))
    flat = squash(text)
    item = items[meeting["item"]]
    assert squash(item["title"]) in flat
    for point in meeting["agenda"]:
        assert squash(point) in flat, point
    for outcome in meeting["outcomes"]:
        assert squash(outcome["text"]) in flat
        for action in outcome.get("action_items", []):
            assert squash(action["description"]) in flat
            if action.get("due_date"):
                assert date.fromisoformat(action["due_date"]).strftime("%d.%m.%Y") in text
    people = {p["key"]: p for p in data["participants"]}
    guests = [people[k]["full_name"] for k in item["attendees"] if people[k]["side"] == "guest"]
    hosts = [people[k]["full_name"] for k in item["attendees"] if people[k]["side"] == "host"]
    guest_at, host_at = flat.find(squash("Гостевая сторона")), flat.find(squash("Принимающая сторона —"))
    assert 0 <= guest_at < host_at
    assert all(guest_at < flat.find(squash(n)) < host_at for n in guests)
    assert all(flat.find(squash(n), host_at) > host_at for n in hosts)


def test_minutes_refuse_a_meeting_of_another_visit(sample_db: tuple[Database, int]) -> None:
    db, visit_id = sample_db
    with pytest.raises(NotFoundError, match=r"no meeting with id 9999.*its meetings are"):
        service.minutes_pdf(UnitOfWork(db.sessions), visit_id, RU, meeting_id=9999)
    with pytest.raises(ValidationError, match="say which meeting"):
        service.minutes_pdf(UnitOfWork(db.sessions), visit_id, RU)


def test_documents_summary_for_the_visit_and_for_the_partner_region(sample_db: tuple[Database, int]) -> None:
    db, visit_id = sample_db
    data = sample_file()
    by_visit = "".join(page_texts(service.documents_pdf(UnitOfWork(db.sessions), RU, visit_id=visit_id)))
    region = data["signed_documents"][0]["partner_region"]
    by_region = "".join(page_texts(service.documents_pdf(UnitOfWork(db.sessions), RU, partner_region=region)))
    for doc in data["signed_documents"]:
        texts = [doc["title"], *doc.get("parties", []), *(s["name"] for s in doc.get("signatories", []))]
        texts += [c["text"] for c in doc.get("commitments", [])]
        for value in texts:
            assert squash(value) in squash(by_visit), value
        if doc.get("partner_region") == region:
            assert squash(doc["title"]) in squash(by_region)
    statuses = {c.get("status", "open") for d in data["signed_documents"] for c in d.get("commitments", [])}
    names = {
        "open": "Открыто",
        "in_progress": "Выполняется",
        "done": "Выполнено",
        "late": "Отстаёт от графика",
    }
    for status in statuses & names.keys():
        assert squash(names[status]) in squash(by_visit), status
    with pytest.raises(NotFoundError, match="no signed document with partner region"):
        service.documents_pdf(UnitOfWork(db.sessions), RU, partner_region="Nowhere")


def _first_meeting(uow: UnitOfWork, visit_id: int) -> int:
    with uow:
        return meeting_ids(uow, visit_id)[0]


@pytest.mark.parametrize(
    "build",
    [
        lambda u, v: service.transport_pdf(u, v, RU),
        lambda u, v: service.delegation_list_pdf(u, v, RU),
        lambda u, v: service.documents_pdf(u, RU, visit_id=v),
        lambda u, v: service.itinerary_pdf(u, v, RU, None),
        lambda u, v: service.minutes_pdf(u, v, RU, meeting_id=_first_meeting(u, v)),
    ],
    ids=["transport", "delegation-list", "documents", "itinerary", "minutes"],
)
def test_every_output_embeds_only_the_shipped_fonts(sample_db: tuple[Database, int], build) -> None:
    db, visit_id = sample_db
    uow = UnitOfWork(db.sessions)
    pdf = build(uow, visit_id)
    fonts = font_dictionaries(pdf)
    assert fonts
    for font in fonts:
        assert "DejaVuSans" in str(font["/BaseFont"])
        assert "/FontFile2" in font["/FontDescriptor"].get_object()
