"""The day of the visit (issue 14, items 1–4): programme versions, "running late", notices to exactly the
people a change touches, and calendars that update."""

from __future__ import annotations

import email
import email.policy
import io
import json
import os
from collections.abc import Iterator
from datetime import date, timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest
from icalendar import Calendar
from pypdf import PdfReader
from sqlalchemy import select, text

from planner.cli import main as cli_main
from planner.documents.settings import DocumentSettings
from planner.persistence.db import Database
from planner.persistence.tables import ItineraryItem, Participant
from planner.persistence.uow import UnitOfWork
from planner.queries import documents as q
from planner.queries.programme_versions import changes_since, programme_version
from planner.services.data_exchange import export_ics
from planner.services.itinerary import delete_item, move_item, update_item
from planner.services.printing import programme_pdf
from tests.conftest import postgres_schema, postgres_url_or_skip

TALKS = "Переговоры в расширенном составе с участием делегаций"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def sample_db(
    request: pytest.FixtureRequest, sample_db: tuple[Database, int]
) -> Iterator[tuple[Database, int]]:
    """The sample visit on SQLite (a copy of the file) and on PostgreSQL (loaded into a schema of its own):
    programme versions are numbered in the database, so every test here runs on both."""
    if request.param == "sqlite":
        yield sample_db
        return
    from planner.persistence.db import open_database
    from planner.services.visits import load_sample

    with postgres_schema(postgres_url_or_skip()) as url:
        database = open_database(url)
        try:
            yield database, load_sample(UnitOfWork(database.sessions)).id
        finally:
            database.dispose()


def _cli(db: Database, *args: str) -> tuple[int, str]:
    out = io.StringIO()
    # the engine's own URL: ``db.url`` hides a server's password, which the CLI would then lack
    target = db.url if db.is_sqlite else db.engine.url.render_as_string(hide_password=False)
    code = cli_main(["--db", target, *args], out=out)
    return code, out.getvalue()


def _item_id(db: Database, visit_id: int, title: str) -> int:
    with UnitOfWork(db.sessions) as uow:
        found = uow.session.scalar(
            select(ItineraryItem.id).where(ItineraryItem.visit_id == visit_id, ItineraryItem.title == title)
        )
    assert found is not None
    return found


def _version(db: Database, visit_id: int) -> int:
    with UnitOfWork(db.sessions) as uow:
        return programme_version(uow, visit_id)


def _itineraries(db: Database, visit_id: int) -> dict[int, list[tuple[str, object, object, str, str]]]:
    """Each person's personal itinerary as it prints: item, times, place, car (the oracle for notices)."""
    with UnitOfWork(db.sessions) as uow:
        data = q.itinerary_data(uow, visit_id, "ru")
    return {
        d.person.id: [
            (
                line.item.title,
                line.item.starts_at,
                line.item.ends_at,
                line.item.place,
                line.vehicle.label if line.vehicle else "",
            )
            for _, _, lines in d.days
            for line in lines
        ]
        for d in data
    }


# -------------------------------------------------------------------------------------- versions


def test_every_change_of_the_programme_raises_its_version_and_show_json_says_it(
    sample_db: tuple[Database, int],
) -> None:
    db, visit_id = sample_db
    assert _version(db, visit_id) == 1  # the sample as loaded
    talks = _item_id(db, visit_id, TALKS)
    with UnitOfWork(db.sessions) as uow:
        start = uow.session.get(ItineraryItem, talks).starts_at  # type: ignore[union-attr]
    move_item(UnitOfWork(db.sessions), talks, start + timedelta(minutes=10))
    assert _version(db, visit_id) == 2
    # a note is not the programme: nobody's sheet changes, the version stays
    update_item(UnitOfWork(db.sessions), talks, {"notes": "Флаги на столе"})
    assert _version(db, visit_id) == 2
    move_item(UnitOfWork(db.sessions), talks, start)
    assert _version(db, visit_id) == 3
    code, out = _cli(db, "show", str(visit_id), "--json")
    assert code == 0 and json.loads(out)["version"] == 3


def test_a_new_arrival_or_departure_raises_the_version_and_an_e_mail_does_not(
    sample_db: tuple[Database, int],
) -> None:
    """The stay's bounds are printed on every programme and itinerary: a change of the visit's arrival,
    or of a person's own departure, is a new programme version (and its undo another); a phone number or
    an e-mail is not, nor an edit of a car after the upgrade of versions stored without the stay."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from planner.services.participants import update_participant
    from planner.services.planning_rules import set_stay
    from planner.services.visit_details import change_visit_details, restore_visit_details

    db, visit_id = sample_db
    assert _version(db, visit_id) == 1
    changed = change_visit_details(
        UnitOfWork(db.sessions),
        visit_id,
        {"arrival_at": datetime(2023, 5, 11, 8, 0, tzinfo=ZoneInfo("Asia/Atyrau"))},
    )
    assert _version(db, visit_id) == 2
    restore_visit_details(UnitOfWork(db.sessions), changed)
    assert _version(db, visit_id) == 3
    with UnitOfWork(db.sessions) as uow:
        person = uow.session.scalars(
            select(Participant).where(Participant.visit_id == visit_id).order_by(Participant.id)
        ).first()
        assert person is not None
        person_id, person_version = person.id, person.version
    edited = update_participant(
        UnitOfWork(db.sessions), person_id, {"email": "guest@example.org"}, person_version
    )
    assert _version(db, visit_id) == 3
    assert edited.version > person_version
    old = set_stay(
        UnitOfWork(db.sessions),
        "participant",
        person_id,
        departure_at=datetime(2023, 5, 12, 15, 0, tzinfo=ZoneInfo("Asia/Atyrau")),
    )
    assert _version(db, visit_id) == 4
    set_stay(UnitOfWork(db.sessions), "participant", person_id, **old)
    assert _version(db, visit_id) == 5


def _stored_is_current(db: Database, visit_id: int) -> None:
    """The last stored version holds the programme exactly as it stands (every item, the stays)."""
    from planner.persistence import programme_versions as pv

    with db.engine.connect() as conn:
        now = pv.current_states(conn, visit_id)
        stored = {k: v for k, v in pv.stored_states(conn, visit_id).items() if v is not None}
    assert set(stored) == set(now)
    assert [k for k in now if not pv._same(stored[k], now[k])] == []


def test_a_person_added_or_restored_is_compared_by_their_stay_and_their_items_only(
    sample_db: tuple[Database, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Adding a person compared the whole programme (386 ms on a 5,000-item visit): only the stays can
    change with it; the items a restored person attends again, and the groups they rejoin, are logged on
    their own and compared as such. The versions stay what they were."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from sqlalchemy import delete

    from planner.persistence import programme_versions as pv
    from planner.persistence.tables import Seating, group_members, item_attendees
    from planner.services.participants import add_participant, delete_participant, restore_participant
    from planner.services.planning_rules import set_stay

    db, visit_id = sample_db
    late = datetime(2023, 5, 11, 15, 0, tzinfo=ZoneInfo("Asia/Atyrau"))
    read: list[object] = []
    whole = pv.current_states
    monkeypatch.setattr(
        pv, "current_states", lambda c, v, ids=None, *a: read.append(ids) or whole(c, v, ids, *a)
    )
    assert _version(db, visit_id) == 1
    add_participant(UnitOfWork(db.sessions), visit_id, {"full_name": "Гость без своих дат", "side": "guest"})
    assert _version(db, visit_id) == 1  # nobody's sheet changed
    assert None not in read, "the whole programme was compared for a person added"
    # someone who attends items, with no group and no seat in a car: deleted, then restored by undo
    with UnitOfWork(db.sessions) as uow:
        person_id = uow.session.scalars(
            select(Participant.id)
            .where(
                Participant.visit_id == visit_id,
                Participant.id.in_(select(item_attendees.c.participant_id)),
                Participant.id.not_in(select(group_members.c.participant_id)),
            )
            .order_by(Participant.id)
        ).first()
        assert person_id is not None
        uow.session.execute(delete(Seating).where(Seating.participant_id == person_id))
        uow.commit()
    # and an arrival of their own, which the stays print
    set_stay(UnitOfWork(db.sessions), "participant", person_id, arrival_at=late)
    before = _version(db, visit_id)
    read.clear()
    deleted = delete_participant(UnitOfWork(db.sessions), person_id)
    assert _version(db, visit_id) == before + 1
    restore_participant(UnitOfWork(db.sessions), deleted)
    assert _version(db, visit_id) == before + 2
    assert read[-1] is not None  # the restore compared their items and the stays, not everything
    _stored_is_current(db, visit_id)


def test_every_printed_page_shows_the_programme_version(sample_db: tuple[Database, int]) -> None:
    db, visit_id = sample_db
    talks = _item_id(db, visit_id, TALKS)
    with UnitOfWork(db.sessions) as uow:
        start = uow.session.get(ItineraryItem, talks).starts_at  # type: ignore[union-attr]
    move_item(UnitOfWork(db.sessions), talks, start + timedelta(minutes=5))
    pdf = programme_pdf(UnitOfWork(db.sessions), visit_id, DocumentSettings(language="en"))
    pages = PdfReader(io.BytesIO(pdf)).pages
    assert all("programme version 2" in page.extract_text() for page in pages)


def test_the_upgrade_to_0011_starts_every_visit_at_version_1(sample_db: tuple[Database, int]) -> None:
    from alembic import command

    from planner.persistence.db import _alembic_config

    db, visit_id = sample_db
    config = _alembic_config(db.engine)
    command.downgrade(config, "0007")
    command.upgrade(config, "head")
    with db.engine.connect() as conn:
        items = conn.execute(
            text("SELECT count(*) FROM itinerary_items WHERE visit_id = :v"), {"v": visit_id}
        )
        states = conn.execute(
            text("SELECT count(*) FROM programme_item_states WHERE visit_id = :v AND item_id > 0"),
            {"v": visit_id},
        )
        assert items.scalar_one() == states.scalar_one() > 40
    assert _version(db, visit_id) == 1


# ---------------------------------------------------------------------------------- running late


def test_running_late_proposes_a_repair_and_names_who_it_affects(sample_db: tuple[Database, int]) -> None:
    db, visit_id = sample_db
    talks = _item_id(db, visit_id, TALKS)
    before = _itineraries(db, visit_id)
    code, out = _cli(db, "running-late", str(visit_id), "--item", str(talks), "--minutes", "25", "--json")
    assert code == 0
    proposal = json.loads(out)
    assert proposal["applied"] is False and proposal["version"] == 1
    moved = {m["item_id"] for m in proposal["moves"]}
    assert talks in moved
    people = {a["id"] for a in proposal["affected"] if a["kind"] == "participant"}
    assert {a["kind"] for a in proposal["affected"]} == {"participant", "driver", "site"}
    assert _itineraries(db, visit_id) == before  # nothing written

    code, out = _cli(
        db, "running-late", str(visit_id), "--item", str(talks), "--minutes", "25", "--apply", "--json"
    )
    applied = json.loads(out)
    assert applied["applied"] is True and applied["version"] == 2
    after = _itineraries(db, visit_id)
    changed = {pid for pid in after if after[pid] != before[pid]}
    # exactly the people whose printed itinerary differs, both in the proposal and after applying
    assert {a["id"] for a in applied["affected"] if a["kind"] == "participant"} >= changed
    assert people == {a["id"] for a in applied["affected"] if a["kind"] == "participant"}
    head = next(a for a in applied["affected"] if a["kind"] == "participant" and a["id"] in changed)
    talk_change = next(c for c in head["changes"] if c["item_id"] == talks)
    assert talk_change["what"] == "moved" and talk_change["new_end"] > talk_change["old_end"]


# -------------------------------------------------------------------------------------- notices


def test_notices_go_to_exactly_the_people_whose_programme_changed(
    sample_db: tuple[Database, int], tmp_path: Path
) -> None:
    db, visit_id = sample_db
    before = _itineraries(db, visit_id)
    talks = _item_id(db, visit_id, TALKS)
    code, _ = _cli(db, "running-late", str(visit_id), "--item", str(talks), "--minutes", "25", "--apply")
    # and one more change touching only the business delegation: a site visit of theirs is cancelled
    with UnitOfWork(db.sessions) as uow:
        business = uow.session.scalar(
            text(
                "SELECT i.id FROM itinerary_items i JOIN item_groups g ON g.item_id = i.id "
                "JOIN groups gr ON gr.id = g.group_id WHERE i.visit_id = :v "
                "AND gr.name = 'Деловая делегация' AND i.kind = 'site_visit' "
                "ORDER BY i.starts_at DESC LIMIT 1"
            ),
            {"v": visit_id},
        )
    delete_item(UnitOfWork(db.sessions), business)
    after = _itineraries(db, visit_id)
    changed = {pid for pid in after if after[pid] != before[pid]}
    assert changed and len(changed) < len(after)

    out_dir = tmp_path / "notices"
    code, out = _cli(db, "notices", str(visit_id), "--since", "1", "-o", str(out_dir), "--json")
    assert code == 0, out
    result = json.loads(out)
    told = {r["id"] for r in result["recipients"] if r["kind"] == "participant"}
    assert told == changed  # only they, and every one of them
    cancelled = [c for r in result["recipients"] for c in r["changes"] if c["item_id"] == business]
    assert cancelled and all(c["what"] == "cancelled" for c in cancelled)

    files = sorted(p.name for p in out_dir.iterdir())
    participants = [f for f in files if f.startswith("participant-")]
    assert {int(f.split("-")[1]) for f in participants} == changed
    for pid in changed:
        assert f"participant-{pid}-notice-v3.pdf" in files and f"participant-{pid}-itinerary-v3.pdf" in files
    drivers = [r for r in result["recipients"] if r["kind"] == "driver"]
    assert drivers and all(f"driver-{d['id']}-transport-v3.pdf" in files for d in drivers)

    with UnitOfWork(db.sessions) as uow:
        head = uow.session.scalars(
            select(Participant).where(Participant.visit_id == visit_id).order_by(Participant.protocol_rank)
        ).first()
        assert head is not None
        head_id, head_mail = head.id, head.email
    assert head_id in changed
    draft = email.message_from_bytes(
        (out_dir / f"participant-{head_id}-v3.eml").read_bytes(), policy=email.policy.default
    )
    assert head_mail in draft["To"]
    assert isinstance(draft, EmailMessage)
    attached = [part.get_filename() for part in draft.iter_attachments()]
    assert attached == [f"participant-{head_id}-notice-v3.pdf", f"participant-{head_id}-itinerary-v3.pdf"]
    notice = PdfReader(out_dir / f"participant-{head_id}-notice-v3.pdf")
    assert len(notice.pages) == 1
    page = notice.pages[0].extract_text()
    assert "версия 1 → версия 3" in page and "10:45–12:15" in page and "10:45–12:40" in page
    assert "версия программы 3" in page


def test_notices_refuse_a_version_the_visit_never_had(
    sample_db: tuple[Database, int], tmp_path: Path
) -> None:
    db, visit_id = sample_db
    code, _ = _cli(db, "notices", str(visit_id), "--since", "7", "-o", str(tmp_path / "n"))
    assert code == 2 and not (tmp_path / "n").exists()


def test_nobody_is_told_when_nothing_changed(sample_db: tuple[Database, int]) -> None:
    db, visit_id = sample_db
    with UnitOfWork(db.sessions) as uow:
        assert changes_since(uow, visit_id, 1).recipients == ()


# ------------------------------------------------------------------------------------- calendars


def test_a_re_exported_calendar_keeps_uids_raises_changed_sequences_and_cancels_deleted_items(
    sample_db: tuple[Database, int], tmp_path: Path
) -> None:
    db, visit_id = sample_db
    first, second = tmp_path / "v1.ics", tmp_path / "v2.ics"
    export_ics(UnitOfWork(db.sessions), visit_id, first)
    talks = _item_id(db, visit_id, TALKS)
    with UnitOfWork(db.sessions) as uow:
        items = uow.session.scalars(
            select(ItineraryItem).where(ItineraryItem.visit_id == visit_id).order_by(ItineraryItem.starts_at)
        ).all()
        start = next(i.starts_at for i in items if i.id == talks)
        gone = items[-1].id
    move_item(UnitOfWork(db.sessions), talks, start + timedelta(minutes=15))
    move_item(UnitOfWork(db.sessions), talks, start + timedelta(minutes=20))
    delete_item(UnitOfWork(db.sessions), gone)
    export_ics(UnitOfWork(db.sessions), visit_id, second)

    def events(path: Path) -> dict[str, object]:
        return {str(e["UID"]): e for e in Calendar.from_ical(path.read_bytes()).walk("VEVENT")}

    old, new = events(first), events(second)
    assert set(old) == set(new)  # every UID kept; the deleted item is still there, cancelled
    by_item = {uid.split(".")[0]: uid for uid in new}
    moved_uid, gone_uid = by_item[f"item-{talks}"], by_item[f"item-{gone}"]
    assert int(new[moved_uid]["SEQUENCE"]) == int(old[moved_uid]["SEQUENCE"]) + 2  # type: ignore[index]
    assert str(new[gone_uid]["STATUS"]) == "CANCELLED"  # type: ignore[index]
    assert int(new[gone_uid]["SEQUENCE"]) == int(old[gone_uid]["SEQUENCE"]) + 1  # type: ignore[index]
    for uid in set(new) - {moved_uid, gone_uid}:
        assert new[uid]["SEQUENCE"] == old[uid]["SEQUENCE"]  # type: ignore[index]
        assert "STATUS" not in new[uid]  # type: ignore[operator]


def test_notices_drawn_in_parallel_are_those_drawn_one_by_one(
    sample_db: tuple[Database, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Above a few recipients the PDFs are drawn by forked workers: the same files, the same text."""
    import threading

    from planner.services import versions

    db, visit_id = sample_db
    talks = _item_id(db, visit_id, TALKS)
    code, _ = _cli(db, "running-late", str(visit_id), "--item", str(talks), "--minutes", "25", "--apply")
    assert code in (0, 1)
    texts = {}
    for label, threshold in (("one by one", 10**9), ("parallel", 1)):
        monkeypatch.setattr(versions, "PARALLEL_FROM", threshold)
        folder = tmp_path / label.replace(" ", "-")
        # a fixed print date: no clock time in the footer to differ between the two runs
        settings = DocumentSettings(language="kk", printed_on=date(2023, 5, 11))
        versions.write_notices(UnitOfWork(db.sessions), visit_id, 1, folder, settings)
        if label == "parallel" and threading.active_count() == 1:
            assert versions.last_render_workers >= 2 or (os.cpu_count() or 1) < 2
        texts[label] = {
            p.name: "".join(page.extract_text() for page in PdfReader(p).pages)
            for p in sorted(folder.glob("*.pdf"))
        }
    assert texts["parallel"].keys() == texts["one by one"].keys() and len(texts["parallel"]) > 10
    assert texts["parallel"] == texts["one by one"]


def test_a_proposal_is_not_written_once_the_programme_changed_after_it_was_made(
    sample_db: tuple[Database, int],
) -> None:
    """The version is checked in the writing transaction itself: a change elsewhere in the programme
    (an item the proposal does not move) made after the proposal refuses it, and nothing is written."""
    from planner.domain.errors import ConcurrencyError
    from planner.services.planning import apply_proposal
    from planner.services.versions import running_late

    db, visit_id = sample_db
    talks = _item_id(db, visit_id, TALKS)
    late = running_late(UnitOfWork(db.sessions), visit_id, talks, 25)
    moved = {m.item_id for m in late.proposal.moves}
    with UnitOfWork(db.sessions) as uow:
        other = uow.session.scalars(
            select(ItineraryItem).where(ItineraryItem.visit_id == visit_id, ItineraryItem.id.not_in(moved))
        ).first()
        assert other is not None
        other_id, other_title = other.id, other.title
    update_item(UnitOfWork(db.sessions), other_id, {"title": other_title + " (changed)"})
    before = _itineraries(db, visit_id)
    with pytest.raises(ConcurrencyError, match="programme changed since the proposal was made"):
        apply_proposal(UnitOfWork(db.sessions), late.proposal, made_at_version=late.version_before)
    assert _itineraries(db, visit_id) == before
    # made from the programme as it now stands, the same repair is written
    fresh = running_late(UnitOfWork(db.sessions), visit_id, talks, 25)
    apply_proposal(UnitOfWork(db.sessions), fresh.proposal, made_at_version=fresh.version_before)
    assert _version(db, visit_id) == fresh.version_before + 1
