"""A change of someone's arrival or departure (their own, their group's or the visit's, as
planner.queries.stay decides whose applies to whom) is a change of their programme: they, and only they,
are told, with a line saying it in their notice and their new itinerary attached."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from pypdf import PdfReader
from sqlalchemy import select

from planner.documents.settings import DocumentSettings
from planner.domain.kinds import Side
from planner.persistence.db import Database
from planner.persistence.tables import Participant, Site
from planner.persistence.uow import UnitOfWork
from planner.queries.programme_versions import PARTICIPANT, changes_since, programme_version
from planner.services.planning_rules import set_stay
from planner.services.versions import write_notices

ATYRAU = ZoneInfo("Asia/Atyrau")
AIRPORT = "Аэропорт «Атырау» & Co"
BORDER = "Пункт пропуска «Құрманғазы» Әғқңөұүһі"


def _site(db: Database, name: str) -> int:
    with UnitOfWork(db.sessions) as uow:
        site = Site(name=name, category="transport")
        uow.session.add(site)
        uow.commit()
        return site.id


def _people(db: Database, visit_id: int) -> dict[int, Side]:
    with UnitOfWork(db.sessions) as uow:
        rows = uow.session.scalars(select(Participant).where(Participant.visit_id == visit_id))
        return {p.id: Side(p.side) for p in rows}


def _version(db: Database, visit_id: int) -> int:
    with UnitOfWork(db.sessions) as uow:
        return programme_version(uow, visit_id)


def _page(path: Path) -> str:
    return " ".join(PdfReader(path).pages[0].extract_text().split())


def test_a_new_arrival_of_the_visit_tells_every_guest(
    sample_db: tuple[Database, int], tmp_path: Path
) -> None:
    db, visit_id = sample_db
    airport, border = _site(db, AIRPORT), _site(db, BORDER)
    set_stay(
        UnitOfWork(db.sessions),
        "visit",
        visit_id,
        arrival_at=datetime(2023, 5, 11, 9, 0, tzinfo=ATYRAU),
        arrival_site_id=airport,
    )
    since = _version(db, visit_id)
    set_stay(
        UnitOfWork(db.sessions),
        "visit",
        visit_id,
        arrival_at=datetime(2023, 5, 11, 8, 0, tzinfo=ATYRAU),
        arrival_site_id=border,
    )
    assert _version(db, visit_id) == since + 1
    people = _people(db, visit_id)
    guests = {pid for pid, side in people.items() if side == Side.GUEST}
    with UnitOfWork(db.sessions) as uow:
        changes = changes_since(uow, visit_id, since, "en")
    told = changes.of_kind(PARTICIPANT)
    assert {r.id for r in told} == guests  # a host's arrival is their own only: no host is told
    assert changes.recipients == tuple(told)  # no item changed: no driver, no site
    for recipient in told:
        (stay,) = recipient.stays
        assert recipient.changes == ()
        assert (stay.end, stay.old_place, stay.new_place) == ("arrival", AIRPORT, BORDER)
    folder = tmp_path / "en"
    settings = DocumentSettings(language="en", printed_on=date(2023, 5, 10))
    written = write_notices(UnitOfWork(db.sessions), visit_id, since, folder, settings)
    for pid in guests:
        files = sorted(p.name for p in written.files[f"participant-{pid}"])
        assert any("itinerary" in f for f in files)  # their new itinerary, as for other changes
        notice = next(p for p in written.files[f"participant-{pid}"] if "notice" in p.name)
        text = _page(notice)
        assert f"Arrival: 11.05 09:00 at {AIRPORT} → 11.05 08:00 at {BORDER}" in text
    ru = write_notices(
        UnitOfWork(db.sessions),
        visit_id,
        since,
        tmp_path / "ru",
        DocumentSettings(language="ru", printed_on=date(2023, 5, 10)),
    )
    first = min(guests)
    notice = next(p for p in ru.files[f"participant-{first}"] if "notice" in p.name)
    assert f"Прибытие: 11.05 09:00, {AIRPORT} → 11.05 08:00, {BORDER}" in _page(notice)


def test_a_persons_own_departure_tells_only_them(sample_db: tuple[Database, int], tmp_path: Path) -> None:
    db, visit_id = sample_db
    border = _site(db, BORDER)
    guest = min(pid for pid, side in _people(db, visit_id).items() if side == Side.GUEST)
    since = _version(db, visit_id)
    set_stay(
        UnitOfWork(db.sessions),
        "participant",
        guest,
        departure_at=datetime(2023, 5, 12, 17, 0, tzinfo=ATYRAU),
        departure_site_id=border,
    )
    with UnitOfWork(db.sessions) as uow:
        changes = changes_since(uow, visit_id, since, "kk")
    (recipient,) = changes.recipients  # only that person: nobody else
    assert (recipient.kind, recipient.id, recipient.changes) == (PARTICIPANT, guest, ())
    (stay,) = recipient.stays
    assert stay.end == "departure" and stay.new_place == BORDER
    assert stay.old_at == datetime(2023, 5, 12, 19, 30, tzinfo=ATYRAU)  # the departure item's end
    settings = DocumentSettings(language="kk", printed_on=date(2023, 5, 10))
    written = write_notices(UnitOfWork(db.sessions), visit_id, since, tmp_path, settings)
    assert set(written.files) == {f"participant-{guest}"}
    notice = next(p for p in written.files[f"participant-{guest}"] if "notice" in p.name)
    text = _page(notice)
    # the departure item's end before (the rule's last resort), their own now; in Kazakh only
    assert "Кету: 12.05 19:30, " in text and f"→ 12.05 17:00, {BORDER}" in text
    assert "Departure" not in text and "Отъезд" not in text


def test_a_version_stored_before_the_stays_were_counts_them_unchanged(
    sample_db: tuple[Database, int],
) -> None:
    from sqlalchemy import update

    from planner.persistence.programme_versions import VISIT_WIDE
    from planner.persistence.tables import ProgrammeItemState

    db, visit_id = sample_db
    since = _version(db, visit_id)
    table = ProgrammeItemState.__table__
    mine = (table.c.visit_id == visit_id, table.c.item_id == VISIT_WIDE, table.c.version <= since)
    with db.engine.begin() as connection:  # as an older release stored it: no "stays"
        rows = connection.execute(select(table.c.id, table.c.state).where(*mine)).all()
        assert rows and all("stays" in state for _, state in rows)
        for row_id, state in rows:
            old = {k: v for k, v in state.items() if k != "stays"}
            connection.execute(update(table).where(table.c.id == row_id).values(state=old))
    guest = min(pid for pid, side in _people(db, visit_id).items() if side == Side.GUEST)
    set_stay(
        UnitOfWork(db.sessions),
        "participant",
        guest,
        departure_at=datetime(2023, 5, 12, 17, 0, tzinfo=ATYRAU),
    )
    with UnitOfWork(db.sessions) as uow:
        assert changes_since(uow, visit_id, since, "en").recipients == ()
