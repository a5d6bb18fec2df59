"""Use cases of the itinerary engine: check a visit, propose a plan or a repair, apply or undo one,
and the planning settings staff edit (travel-time overrides, opening hours, recurring blocks).

Proposals are computed from plain rows with nothing written; ``apply_proposal`` writes one in a single
transaction and returns the inverse proposal, which undoes it when applied in turn.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from typing import Any

from sqlalchemy import delete, insert, select

from planner.domain.errors import ConcurrencyError, NotFoundError, Problem, ValidationError
from planner.domain.kinds import ItemKind, Language
from planner.domain.timeutil import to_utc
from planner.persistence.tables import (
    Group,
    ItineraryItem,
    Site,
    TravelTimeOverride,
    Visit,
    item_attendees,
    item_groups,
)
from planner.persistence.uow import UnitOfWork
from planner.queries.scheduling_input import load_check_input, load_facts, load_slots, load_titles
from planner.scheduling.conflicts import Conflict, check_pending
from planner.scheduling.facts import CheckSettings, Slot, VisitFacts
from planner.scheduling.messages import Messages
from planner.scheduling.opening_hours import read_opening_hours
from planner.scheduling.planner import DroppedItem, ItemMove, NewItem, Proposal, plan_slots
from planner.scheduling.reasons import explain_moves
from planner.scheduling.recurrence import RecurringBlock, expand
from planner.scheduling.repair import RepairProposal, repair_slots
from planner.scheduling.to_place import PlacedEntry
from planner.services.changes import Changes, DataKind
from planner.services.editing import Updated
from planner.services.sites import EDITED_SITE


@dataclass(frozen=True)
class CheckReport:
    """The conflicts of a visit and how many items were checked."""

    visit_id: int
    items: int
    conflicts: list[Conflict]

    @property
    def errors(self) -> list[Conflict]:
        """Conflicts of severity error."""
        return [c for c in self.conflicts if c.severity == "error"]

    @property
    def warnings(self) -> list[Conflict]:
        """Conflicts of severity warning."""
        return [c for c in self.conflicts if c.severity == "warning"]


def check_visit(uow: UnitOfWork, visit_id: int, settings: CheckSettings | None = None) -> CheckReport:
    """Every conflict of a visit (read-only); the sentences, and the names in them (items, people, groups,
    sites: each its translation when it has one, else as typed), in the settings' language."""
    language = (settings or CheckSettings()).language
    with uow:
        slots, facts = load_check_input(uow, visit_id, lang=language)
    # the rules run with no transaction open; a second short read fetches the titles the messages
    # name (a few thousand of 100,000 items: reading them all up front would cost more)
    pending = check_pending(slots, facts, settings)
    titles: dict[int, str] = {}
    if pending.title_ids:
        with uow:
            titles = load_titles(uow.session, pending.title_ids, language)
    return CheckReport(visit_id, len(slots), pending.conflicts(titles))


def _planning_input(uow: UnitOfWork, visit_id: int, language: str) -> tuple[list[Slot], VisitFacts]:
    # the names the reasons and conflicts use are read in their language (translation, else as typed)
    facts = load_facts(uow.session, visit_id, language)
    return load_slots(uow.session, visit_id, facts, titles=True, lang=language), facts


def propose_plan(
    uow: UnitOfWork,
    visit_id: int,
    time_limit_s: float = 1.0,
    grid: int | None = None,
    language: str = Language.EN,
    allow_day_moves: bool = False,
) -> Proposal:
    """A plan of the visit's site visits around its fixed items, placing sites from the visit's list
    (nothing is written); every planned start and end lies on ``grid`` minutes (the visit's own grid
    unless given); reasons and conflicts, and the names in them, are in ``language`` (en, ru, kk). Items
    keep their day unless ``allow_day_moves`` (such moves are flagged)."""
    from planner.queries.to_place import entries_for_planning

    with uow:
        slots, facts = _planning_input(uow, visit_id, language)
        entries = entries_for_planning(uow, visit_id, language)
    return plan_slots(
        slots,
        facts,
        time_limit_s=time_limit_s,
        grid=grid,
        language=language,
        to_place=entries,
        allow_day_moves=allow_day_moves,
    )


def propose_repair(
    uow: UnitOfWork,
    visit_id: int,
    item_id: int,
    new_end: time | datetime | timedelta,
    time_limit_s: float = 1.0,
    grid: int | None = None,
    language: str = Language.EN,
    shift_pinned: bool = False,
) -> RepairProposal:
    """How the rest of the item's day absorbs its new end (a host wall-clock time on the item's day,
    an aware instant, or a timedelta: the overrun past its current end); nothing is written. Times it
    moves lie on ``grid`` (the visit's unless given); reasons and conflicts, and the names in them, are in
    ``language``.

    The proposal always records the new end, even when a conflict remains (``remaining`` names it);
    a pinned item in the way is shifted only with ``shift_pinned`` and when its attendees are free."""
    with uow:
        slots, facts = _planning_input(uow, visit_id, language)
    target = next((s for s in slots if s.id == item_id), None)
    if target is None:
        raise NotFoundError(f"visit {visit_id} has no item with id {item_id}")
    if isinstance(new_end, timedelta):
        end = target.end + int(new_end.total_seconds())
        if end <= target.start:
            raise ValidationError(
                Problem(
                    "minutes",
                    f"«{target.title}» lasts {(target.end - target.start) // 60} min; it cannot end "
                    f"{-int(new_end.total_seconds()) // 60} min earlier",
                )
            )
    elif isinstance(new_end, datetime):
        end = int(to_utc(new_end).timestamp())
    else:
        day = facts.local(target.start).date()
        end = facts.stamp(day, new_end)
        if end <= target.start:
            # an end after midnight of the item's day (e.g. a dinner running past 00:00)
            end = facts.stamp(day + timedelta(days=1), new_end)
            if end - target.start > 12 * 3600:
                raise ValidationError(
                    Problem(
                        "new_end",
                        f"the new end {new_end:%H:%M} is before the start of «{target.title}» "
                        f"({facts.clock(target.start)})",
                    )
                )
    proposal = repair_slots(
        slots,
        facts,
        item_id,
        end,
        time_limit_s=time_limit_s,
        grid=grid,
        language=language,
        shift_pinned=shift_pinned,
    )
    proposal.moves, _ = explain_moves(slots, proposal.moves, (), facts, Messages(language), proposal.kind)
    return proposal


@dataclass(frozen=True)
class Applied:
    """What applying a proposal changed, and the proposal that undoes it.

    ``dropped`` items went back to the list of sites to place (as ``returned`` entries), never deleted;
    ``placed`` are the items made from entries of the list.
    """

    moved: list[int]
    dropped: list[int]
    restored: list[int]
    inverse: Proposal = field(repr=False)
    returned: list[int] = field(default_factory=list)
    placed: list[int] = field(default_factory=list)
    added: list[int] = field(default_factory=list)  # new items (meals)
    changes: Changes = field(default=Changes(), repr=False)


def _refuse_if_programme_changed(uow: UnitOfWork, visit_id: int, made_at_version: int) -> None:
    # checked in the writing transaction, under the version numbering's lock on PostgreSQL, so no save
    # can slip in between this check and the write (a check in a transaction of its own left a gap)
    from planner.persistence.programme_versions import lock_numbering
    from planner.queries.programme_version import programme_version

    lock_numbering(uow.connection, visit_id)
    now = programme_version(uow, visit_id)
    if now != made_at_version:
        raise ConcurrencyError(
            f"the programme changed since the proposal was made (version {made_at_version}, now {now}); "
            "plan again"
        )


def apply_proposal(uow: UnitOfWork, proposal: Proposal, *, made_at_version: int | None = None) -> Applied:
    """Write a proposal in one transaction: all of it or, on any problem, nothing.

    A site visit the proposal leaves out goes back to the visit's list of sites to place; an entry it
    places becomes a site visit. Refuses (ConcurrencyError) when an item was changed since the proposal
    was made, or an entry it places is no longer on the list; with ``made_at_version`` (the programme
    version the proposal was worked out from), also when any part of the programme changed since.
    A plan that leaves errors is refused (ValidationError naming each, in the proposal's language), as
    ``plan --apply`` refuses it; a repair is written even so (the overrun happened).
    """
    from planner.persistence.tables import SiteToPlace
    from planner.services.itinerary import restore_snapshot, snapshot_changes, snapshot_item
    from planner.services.to_place import (
        entry_from_item,
        item_from_entry,
        restore_entry_snapshot,
        snapshot_entry,
    )

    if proposal.kind == "plan" and proposal.errors_after:
        raise ValidationError([Problem("", c.message) for c in proposal.errors_after])
    snapshots = []
    returned: list[int] = []
    made: list[tuple[int, dict[str, Any]]] = []
    taken_back: list[PlacedEntry] = []
    with uow:
        s = uow.session
        if made_at_version is not None and proposal.visit_id is not None:
            _refuse_if_programme_changed(uow, proposal.visit_id, made_at_version)
        for move in proposal.moves:
            item = s.get(ItineraryItem, move.item_id)
            if item is None:
                raise NotFoundError(f"item {move.item_id} («{move.title}») no longer exists; plan again")
            if item.starts_at != move.old_start or item.ends_at != move.old_end:
                raise ConcurrencyError(
                    f"«{item.title}» was moved by someone else since the proposal was made; plan again"
                )
            _keep_planned_length(item, move)
            item.starts_at, item.ends_at = move.new_start, move.new_end
            if move.new_groups != move.old_groups:
                item.groups = list(s.scalars(select(Group).where(Group.id.in_(move.new_groups))))
        for gone in proposal.dropped:
            item = s.get(ItineraryItem, gone.item_id)
            if item is None:
                raise NotFoundError(f"item {gone.item_id} («{gone.title}») no longer exists; plan again")
            snap = snapshot_item(uow, item)
            # a site visit goes back to the list: a site that does not fit is never lost (a meal the
            # plan added and its undo takes away is not a site to see)
            if item.site_id is not None and item.kind == ItemKind.SITE_VISIT:
                entry = entry_from_item(s, item)
                snap["to_place_id"] = entry.id
                returned.append(entry.id)
            snapshots.append(snap)
            s.delete(item)
        s.flush()
        for snap in proposal.restore:
            entry_id = snap.get("to_place_id")
            if entry_id is not None:
                listed = s.get(SiteToPlace, entry_id)
                if listed is not None:
                    s.delete(listed)
                    s.flush()
            restore_snapshot(uow, snap)
        for item_id, entry_snap in proposal.unplace:
            item = s.get(ItineraryItem, item_id)
            if item is not None:
                taken_back.append(
                    PlacedEntry(
                        entry_snap["row"]["id"],
                        item.title,
                        entry_snap["row"]["site_id"],
                        item.starts_at,
                        item.ends_at,
                        tuple(sorted(g.id for g in item.groups)),
                    )
                )
                s.delete(item)
                s.flush()
            restore_entry_snapshot(s, entry_snap)
        for placed in proposal.placed:
            listed = s.get(SiteToPlace, placed.entry_id)
            if listed is None:
                raise ConcurrencyError(
                    f"«{placed.title}» is no longer on the list of sites to place; plan again"
                )
            entry_snap = snapshot_entry(listed)
            item = item_from_entry(s, listed, placed.new_start, placed.new_end, placed.groups)
            s.delete(listed)
            s.flush()
            made.append((item.id, entry_snap))
        added = _add_items(uow, proposal)
        s.flush()
        uow.commit()
    inverse = Proposal(
        proposal.visit_id,
        f"undo {proposal.kind}",
        moves=[m.inverse() for m in reversed(proposal.moves)],
        dropped=[
            DroppedItem(snap["item"]["id"], snap["item"]["title"], snap["item"]["required"], 0, "undo")
            for snap in proposal.restore
        ]
        + [DroppedItem(item_id, new.title, True, 0, "undo") for item_id, new in added],
        restore=snapshots,
        placed=taken_back,
        unplace=made,
    )
    moved = [m.item_id for m in proposal.moves]
    placed_ids = [item_id for item_id, _ in made]
    # the list of sites to place is shown with the itinerary, so ITEMS covers it
    changes = Changes.of(DataKind.ITEMS, item_ids=[*moved, *placed_ids, *(item_id for item_id, _ in added)])
    for snap in [*snapshots, *proposal.restore]:  # a dropped or restored item takes its meeting, seats...
        changes |= snapshot_changes(snap)
    return Applied(
        moved,
        [d.item_id for d in proposal.dropped],
        [snap["item"]["id"] for snap in proposal.restore],
        inverse,
        returned,
        placed_ids,
        [item_id for item_id, _ in added],
        changes,
    )


def _keep_planned_length(item: ItineraryItem, move: ItemMove) -> None:
    """Remember the item's length before the first shortening (a repair's minimum counts from it), and
    forget it when a move (the undo, say) gives the item that length again."""
    old = (item.ends_at - item.starts_at).total_seconds()
    new = (move.new_end - move.new_start).total_seconds()
    if new < old and item.planned_minutes is None:
        item.planned_minutes = -(-int(old) // 60)
    elif item.planned_minutes is not None and new >= item.planned_minutes * 60:
        item.planned_minutes = None


def _add_items(uow: UnitOfWork, proposal: Proposal) -> list[tuple[int, NewItem]]:
    """Create the items a proposal adds (meals), unpinned; returns their new ids."""
    s = uow.session
    if not proposal.added:
        return []
    if proposal.visit_id is None:
        raise ValidationError("a proposal that adds items must name its visit")
    from planner.queries.translations import typed_language
    from planner.scheduling.messages import meal_names

    visit = s.get(Visit, proposal.visit_id)
    # a meal's title is in the planner's (interface) language; the item is stored in the language the
    # visit's names are typed in, with its name in every language, so each document prints its own
    typed = visit and typed_language(visit.title, visit.host_organisation, visit.host_region)
    made = []
    for new in proposal.added:
        names = meal_names(new.title)
        item = ItineraryItem(
            visit_id=proposal.visit_id,
            kind=new.kind,
            title=names[typed] if names and typed else new.title,
            title_i18n=dict(names) if names else {},
            starts_at=new.start,
            ends_at=new.end,
            site_id=new.site_id,
            pinned=False,
        )
        s.add(item)
        s.flush()
        made.append((item.id, new))
    links_g = [{"item_id": i, "group_id": g} for i, new in made for g in new.groups]
    links_p = [{"item_id": i, "participant_id": p} for i, new in made for p in new.attendees]
    if links_g:
        s.execute(insert(item_groups), links_g)
    if links_p:
        s.execute(insert(item_attendees), links_p)
    return made


@dataclass(frozen=True)
class OverrideChange:
    """A travel-time override before and after (None: there was none / there is none)."""

    from_site_id: int
    to_site_id: int
    old_minutes: int | None
    new_minutes: int | None
    # the drive between two sites feeds the travel check of every item going there
    changes: Changes = field(default=Changes.of(DataKind.SITES, DataKind.ITEMS), repr=False)


def set_travel_override(
    uow: UnitOfWork, from_site_id: int, to_site_id: int, minutes: int | None, note: str = ""
) -> OverrideChange:
    """Set (or, with None, remove) the staff's driving time between two sites; it holds both ways
    unless the reverse has its own. Returns the old and new values for undo."""
    problems = []
    if minutes is not None and (not isinstance(minutes, int) or minutes < 0 or minutes > 24 * 60):
        problems.append(Problem("minutes", f"a drive takes 0 to 1440 minutes, not {minutes!r}"))
    if from_site_id == to_site_id:
        problems.append(Problem("to_site_id", "a travel time needs two different sites"))
    with uow:
        s = uow.session
        known = set(s.scalars(select(Site.id).where(Site.id.in_([from_site_id, to_site_id]))))
        for where, site_id in (("from_site_id", from_site_id), ("to_site_id", to_site_id)):
            if site_id not in known:
                problems.append(Problem(where, f"there is no site with id {site_id}"))
        if problems:
            raise ValidationError(problems)
        row = s.scalar(
            select(TravelTimeOverride).where(
                TravelTimeOverride.from_site_id == from_site_id, TravelTimeOverride.to_site_id == to_site_id
            )
        )
        old = row.minutes if row is not None else None
        if minutes is None:
            if row is not None:
                s.delete(row)
        elif row is None:
            s.add(
                TravelTimeOverride(
                    from_site_id=from_site_id, to_site_id=to_site_id, minutes=minutes, note=note
                )
            )
        else:
            row.minutes, row.note = minutes, note
        uow.commit()
    return OverrideChange(from_site_id, to_site_id, old, minutes)


def set_opening_hours(uow: UnitOfWork, site_id: int, text: str) -> Updated:
    """Set a site's opening hours after checking they parse; returns the old and new text for undo."""
    cleaned = read_opening_hours(text, where="opening_hours")
    with uow:
        site = uow.session.get(Site, site_id)
        if site is None:
            raise NotFoundError(f"there is no site with id {site_id}")
        old = site.opening_hours
        site.opening_hours = cleaned
        uow.commit()
        version = site.version
    return Updated(site_id, {"opening_hours": old}, {"opening_hours": cleaned}, version, EDITED_SITE)


@dataclass(frozen=True)
class AddedItems:
    """The items a recurring block became (``remove_items`` takes them away again)."""

    ids: list[int]
    changes: Changes


def add_recurring_block(uow: UnitOfWork, visit_id: int, block: RecurringBlock) -> AddedItems:
    """Expand a recurring block over the visit's days into items (pinned by default); returns their ids."""
    with uow:
        s = uow.session
        visit = s.get(Visit, visit_id)
        if visit is None:
            raise NotFoundError(f"there is no visit with id {visit_id}")
        if block.site_id is not None and s.get(Site, block.site_id) is None:
            raise ValidationError(Problem("site_id", f"there is no site with id {block.site_id}"))
        occurrences = expand(block, visit.start_date, visit.end_date, visit.host_timezone)
        if not occurrences:
            raise ValidationError(Problem("rule", f"{block.rule!r} has no occurrence during the visit"))
        ids: list[int] = []
        for start, end in occurrences:
            item = ItineraryItem(
                visit_id=visit_id,
                kind=block.kind,
                title=block.title,
                starts_at=start,
                ends_at=end,
                site_id=block.site_id,
                location=block.location,
                pinned=block.pinned,
            )
            s.add(item)
            s.flush()
            ids.append(item.id)
        links_g = [{"item_id": i, "group_id": g} for i in ids for g in block.group_ids]
        links_p = [{"item_id": i, "participant_id": p} for i in ids for p in block.attendee_ids]
        if links_g:
            s.execute(insert(item_groups), links_g)
        if links_p:
            s.execute(insert(item_attendees), links_p)
        uow.commit()
    return AddedItems(ids, Changes.of(DataKind.ITEMS, item_ids=ids))


def remove_items(uow: UnitOfWork, item_ids: Sequence[int]) -> Changes:
    """Delete items outright (used to undo ``add_recurring_block``)."""
    with uow:
        uow.session.execute(delete(ItineraryItem).where(ItineraryItem.id.in_(list(item_ids))))
        uow.commit()
    return Changes.of(DataKind.ITEMS, item_ids=item_ids)
