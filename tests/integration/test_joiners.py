"""#11: a guest who comes later than their group joins it at the first item they can reach, instead of
the whole group being planned from their arrival: the check, the personal itinerary and the Meetings
page count them only from then on (the sample visit, read back from the database and the PDF)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import func, select

from planner.documents.settings import DocumentSettings
from planner.domain.timeutil import zone
from planner.persistence.db import Database
from planner.persistence.tables import Group, ItineraryItem, Visit, item_attendees, item_groups
from planner.persistence.uow import UnitOfWork
from planner.queries.documents.reader import VisitReader
from planner.services.planning import check_visit
from planner.services.planning_rules import set_stay
from planner.services.printing import itinerary_pdf
from tests.integration.test_documents_support import page_texts, squash


def _late_guest(
    db: Database, visit_id: int
) -> tuple[int, list[ItineraryItem], list[ItineraryItem], datetime]:
    """A member of the first group named on the fewest items, arriving at 13:00 on the first day; the
    group's first-day items before then that do not name them, and those from 14:00."""
    with UnitOfWork(db.sessions) as uow:
        s = uow.session
        visit = s.get(Visit, visit_id)
        tz = zone(visit.host_timezone)
        group = s.scalars(select(Group).where(Group.visit_id == visit_id).order_by(Group.id)).first()
        counted = select(item_attendees.c.participant_id, func.count()).group_by(
            item_attendees.c.participant_id
        )
        named = {pid: n for pid, n in s.execute(counted).all()}
        member = min(group.members, key=lambda p: (named.get(p.id, 0), p.id))
        arrives = datetime.combine(visit.start_date, datetime.min.time(), tz) + timedelta(hours=13)
        mine = s.scalars(
            select(ItineraryItem)
            .join(item_groups, item_groups.c.item_id == ItineraryItem.id)
            .where(item_groups.c.group_id == group.id)
        ).all()
        naming = set(
            s.scalars(select(item_attendees.c.item_id).where(item_attendees.c.participant_id == member.id))
        )
        first_day = [i for i in mine if i.starts_at.astimezone(tz).date() == visit.start_date]
        before = [i for i in first_day if i.ends_at <= arrives and i.id not in naming]
        after = [i for i in first_day if i.starts_at >= arrives + timedelta(hours=1)]
        s.expunge_all()
        return member.id, before, after, arrives


def test_a_guest_arriving_at_one_is_at_the_groups_items_from_then(sample_db: tuple[Database, int]) -> None:
    db, visit_id = sample_db
    member, before, after, arrives = _late_guest(db, visit_id)
    assert before and after, "the sample's first group has items before and after 13:00 on day 1"
    set_stay(UnitOfWork(db.sessions), "participant", member, arrival_at=arrives)
    # the check: no item of the group before 13:00 is outside their stay unless it names them
    errors = check_visit(UnitOfWork(db.sessions), visit_id).errors
    flagged = {i for c in errors if c.rule == "outside_stay" for i in c.item_ids}
    assert not flagged & {i.id for i in before}
    with UnitOfWork(db.sessions) as uow:
        reader = VisitReader(uow, visit_id, "en")
        lines = {line.id: line for line in reader.items()}
        assert all(member not in reader.people_of(lines[i.id]) for i in before)
        assert all(member in reader.people_of(lines[i.id]) for i in after)
    # the personal itinerary: the group's morning is not in it, the afternoon is
    settings = DocumentSettings(language="en", printed_on=date(2026, 9, 1))
    text = squash("\n".join(page_texts(itinerary_pdf(UnitOfWork(db.sessions), visit_id, settings, [member]))))
    title = lambda item: (item.title_i18n or {}).get("en") or item.title  # noqa: E731
    assert not any(squash(title(i)) in text for i in before if title(i) not in {title(a) for a in after})
    assert squash(title(after[0])) in text


def test_without_a_late_arrival_they_are_at_every_item_of_their_group(
    sample_db: tuple[Database, int],
) -> None:
    db, visit_id = sample_db
    member, before, after, _ = _late_guest(db, visit_id)
    with UnitOfWork(db.sessions) as uow:
        reader = VisitReader(uow, visit_id, "en")
        lines = {line.id: line for line in reader.items()}
        assert all(member in reader.people_of(lines[i.id]) for i in before + after)
