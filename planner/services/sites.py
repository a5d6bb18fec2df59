"""Editing sites (shared by all visits): add, change, delete and restore."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from planner.domain.errors import Problem, ValidationError
from planner.domain.messages import problem
from planner.domain.vocabulary import SITE_FIELDS
from planner.persistence.tables import Base, ItineraryItem, Site, SiteToPlace, row_dict
from planner.persistence.uow import UnitOfWork
from planner.persistence.versioning import check_version
from planner.scheduling.opening_hours import OpeningHoursError, read_opening_hours
from planner.services.changes import Changes, DataKind
from planner.services.editing import (
    Created,
    Deleted,
    Problems,
    Updated,
    apply_update,
    check_fields,
    check_text,
    get_or_fail,
)

SITES = Changes.of(DataKind.SITES)
# items show their site's name and are checked against its opening hours, so an edited site changes
# what the item screens show too
EDITED_SITE = Changes.of(DataKind.SITES, DataKind.ITEMS)


def opening_hours_problem(text: str) -> str | None:
    """Why ``text`` cannot be read as opening hours (in words, with an example), or None."""
    found = _hours_problem(text)
    return found.reason if found else None


def _hours_problem(text: str, where: str = "opening_hours") -> Problem | None:
    # the reader's own English sentence, with the catalogue's key for the interface languages
    try:
        read_opening_hours(text, where)
    except OpeningHoursError as exc:
        reason = exc.problems[0].reason
        if exc.fragment and exc.fragment != exc.text:
            return Problem(where, reason, "opening_hours_at", {"text": exc.text, "fragment": exc.fragment})
        return Problem(where, reason, "opening_hours", {"text": exc.text})
    return None


def _with_stored_hours(values: Mapping[str, Any]) -> Mapping[str, Any]:
    # hours typed in Russian, Kazakh or English day names are stored in the one syntax the engine reads
    hours = values.get("opening_hours")
    if not isinstance(hours, str) or opening_hours_problem(hours):
        return values  # _validate says what is wrong
    return {**values, "opening_hours": read_opening_hours(hours)}


def _validate(uow: UnitOfWork, values: Mapping[str, Any], current: Site | None = None) -> None:
    problems = Problems()
    problems.require_text(values, "name", "empty_site_name")
    problems.check_email(values, "contact_email")
    for name, low, high, label in (("latitude", -90, 90, "latitude"), ("longitude", -180, 180, "longitude")):
        value = values.get(name)
        if value is not None and (not isinstance(value, int | float) or not low <= value <= high):
            problems.say(name, f"{label}_range")  # "the latitude must be a number between -90 and 90"
    lat = values.get("latitude", getattr(current, "latitude", None))
    lon = values.get("longitude", getattr(current, "longitude", None))
    if (lat is None) != (lon is None):
        problems.say("longitude" if lon is None else "latitude", "both_coordinates")
    if "usual_duration_min" in values:
        minutes = values["usual_duration_min"]
        if not isinstance(minutes, int) or minutes <= 0:
            problems.say("usual_duration_min", "usual_duration")
    if "opening_hours" in values:
        hours = _hours_problem(str(values["opening_hours"] or ""))
        if hours:
            problems.items.append(hours)
    name = values.get("name", getattr(current, "name", ""))
    address = values.get("address", getattr(current, "address", ""))
    if name:
        clash = uow.session.scalar(select(Site.id).where(Site.name == name, Site.address == (address or "")))
        if clash is not None and (current is None or clash != current.id):
            problems.say("name", "site_exists", name=name)
    problems.raise_if_any()


def add_site(uow: UnitOfWork, values: Mapping[str, Any]) -> Created:
    """Add a site; ``name`` is required."""
    check_fields(values, SITE_FIELDS, "a site")
    values = _with_stored_hours(values)
    with uow:
        if not str(values.get("name") or "").strip():
            raise ValidationError(problem("name", "required"))
        _validate(uow, values)
        site = Site(**values)
        uow.session.add(site)
        uow.commit()
        return Created(site.id, site.version, SITES)


def update_site(
    uow: UnitOfWork, site_id: int, changes: Mapping[str, Any], expected_version: int | None = None
) -> Updated:
    """Change a site's fields (opening hours, coordinates, contact...)."""
    check_fields(changes, SITE_FIELDS, "a site")
    changes = _with_stored_hours(changes)
    with uow:
        site = get_or_fail(uow.session, Site, site_id, "site")
        _validate(uow, changes, site)
        result = apply_update(
            site, changes, expected_version, f"Site '{site.name}'", uow.session, EDITED_SITE
        )
        uow.commit()
        return result


def delete_site(uow: UnitOfWork, site_id: int, expected_version: int | None = None) -> Deleted:
    """Delete a site no item uses; refuse in words when items still go there."""
    with uow:
        site = get_or_fail(uow.session, Site, site_id, "site")
        check_version(site, expected_version, f"Site '{site.name}'")
        used = uow.session.scalar(select(func.count()).where(ItineraryItem.site_id == site_id)) or 0
        if used:
            raise ValidationError(problem("site", "site_in_use", name=site.name, count=used))
        listed = uow.session.scalar(select(func.count()).where(SiteToPlace.site_id == site_id)) or 0
        if listed:
            raise ValidationError(problem("site", "site_to_place", name=site.name, count=listed))
        snap = row_dict(site)
        uow.session.delete(site)
        uow.commit()
        return Deleted(site_id, {"row": snap}, SITES)


def restore_site(uow: UnitOfWork, deleted: Deleted) -> Created:
    """Undo ``delete_site``."""
    with uow:
        uow.session.execute(insert(Site), [deleted.snapshot["row"]])
        uow.commit()
        return Created(deleted.id, deleted.snapshot["row"]["version"], SITES)


# A place typed for an arrival or a departure (the visit's, a group's, a person's) names a site: the site of
# that name, or a new one made in the same transaction as the stay it is typed for. The forms that type a
# place do not say what kind of place it is (New visit's "how the delegation travels" is free text), so the
# words of the typed name, in any of the three languages, choose the new site's category: a border crossing,
# an airport or a railway station (in that order: "шекара бекеті" is a border post, "темір жол бекеті" a
# station); another word of travel that names no one kind ("terminal") makes it "transport"; any other
# typed place is a plain site. The new officer's "Атырау әуежайы" was classed transport, not airport.
_PLACE_STEMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "border_crossing",
        ("border", "checkpoint", "crossing", "границ", "погранич", "кпп", "пропуск", "шекара", "өткізу"),
    ),
    ("airport", ("airport", "airfield", "aerodrome", "аэропорт", "аэродром", "әуежай")),
    ("station", ("station", "railway", "вокзал", "станци", "бекет")),
    ("transport", ("terminal", "терминал")),
)
SITE_NAME_LIMIT = 500  # the length of sites.name
# the keys a form gives a place typed for a stay that is not a site yet, and the site field it names
TYPED_PLACE_KEYS = {"arrival_place": "arrival_site_id", "departure_place": "departure_site_id"}


def split_places(values: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
    """A form's values as (the rest, the places typed that are not sites yet, by site field), the second
    for the ``places`` of the stay and visit services."""
    places = {TYPED_PLACE_KEYS[k]: str(v) for k, v in values.items() if k in TYPED_PLACE_KEYS and v}
    return {k: v for k, v in values.items() if k not in TYPED_PLACE_KEYS}, places


def place_category(name: str) -> str:
    """The category of a site made from a typed place: "border_crossing", "airport" or "station" by a word
    of its name in Russian, Kazakh or English, "transport" for another word of travel, else none."""
    words = re.findall(r"\w+", name.casefold())
    for category, stems in _PLACE_STEMS:
        if any(w.startswith(stem) for w in words for stem in stems):
            return category
    return ""


def _used(session: Session, site_id: int) -> bool:
    """Whether any row refers to the site (an item, the list to place, a stay, a meal, a travel time)."""
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            if any(fk.column.table.name == Site.__tablename__ for fk in column.foreign_keys):
                found = session.execute(select(column).where(column == site_id).limit(1)).first()
                if found is not None:
                    return True
    return False


def sites_for_places(
    uow: UnitOfWork, places: Mapping[str, str | Mapping[str, Any]]
) -> tuple[dict[str, int], dict[str, dict[str, Any]]]:
    """The site of each typed place, in the caller's open unit of work (the caller commits).

    ``places`` maps a field (``arrival_site_id``) to the name typed for it, or to the row of a site an
    undo removed, which is put back with its id (the steps after it on the undo stack name that id).
    A typed name takes the site of that name (whatever its case and spaces) before a new one is made, and
    one name typed for two fields makes one site. Returns the site id by field, and the rows of the sites
    made, by field, for the undo to remove (``remove_places``). Refused in words, with the field, for a
    name that is empty, too long or holds what a document cannot print.
    """
    session = uow.session
    ids: dict[str, int] = {}
    made: dict[str, dict[str, Any]] = {}
    put_back: set[int] = set()
    known: dict[str, tuple[int, dict[str, Any] | None]] | None = None
    problems = Problems()
    for field, place in places.items():
        if isinstance(place, Mapping):  # a site an undo removed: the same row again, unless still there
            site_id = int(place["id"])
            if site_id not in put_back and session.get(Site, site_id) is None:
                session.execute(insert(Site), [dict(place)])
                put_back.add(site_id)
            if site_id in put_back:
                made[field] = dict(place)
            ids[field] = site_id
            continue
        name = " ".join(str(place or "").split())
        if not name:
            problems.say(field, "empty_site_name")
            continue
        if len(name) > SITE_NAME_LIMIT:
            problems.say(field, "place_name_too_long", length=len(name), limit=SITE_NAME_LIMIT)
            continue
        try:
            check_text({field: name})
        except ValidationError as exc:
            problems.items.extend(exc.problems)
            continue
        if known is None:
            # by name whatever its case, in Python (SQLite's lower() knows no Cyrillic); of namesakes
            # the one without an address, then the oldest
            known = {}
            stored = select(Site.id, Site.name).order_by(Site.address != "", Site.id)
            for site_id, stored_name in session.execute(stored):
                known.setdefault(" ".join(stored_name.split()).casefold(), (site_id, None))
        key = name.casefold()
        if key not in known:
            site = Site(name=name, category=place_category(name))
            session.add(site)
            session.flush()
            known[key] = (site.id, row_dict(site))
        site_id, row = known[key]
        ids[field] = site_id
        if row is not None:
            made[field] = row
    problems.raise_if_any()
    return ids, made


def remove_places(uow: UnitOfWork, made: Mapping[str, Mapping[str, Any]]) -> dict[str, dict[str, Any]]:
    """Undo of ``sites_for_places``, in the caller's open unit of work: remove the sites it made that
    nothing refers to any more. Returns the rows removed, by field, to pass as ``places`` to redo it."""
    session = uow.session
    session.flush()  # the stay that named the site is written back first
    removed: dict[str, dict[str, Any]] = {}
    gone: dict[int, dict[str, Any]] = {}
    for field, row in made.items():
        site_id = int(row["id"])
        if site_id not in gone:
            site = session.get(Site, site_id)
            if site is None or _used(session, site_id):
                continue  # used meanwhile (a colleague placed an item there): it stays
            gone[site_id] = row_dict(site)
            session.delete(site)
            session.flush()
        removed[field] = gone[site_id]
    return removed
