"""Use cases that move data in and out: site and participant lists, calendars, lists, backups.

Imports check every row first. A dry run writes nothing; a real import writes every valid row, or
nothing at all when any row has a problem (``skip_bad_rows=False``, the default). Sites already in the
database with the same name and address (ignoring case and spacing) are updated, never duplicated.

Participants are people, and two of them may share a name (namesakes): a row with an ``id`` (the
exported list's first column) updates that person; a row without one updates the one person of that name
in the visit, or adds a new person. A name that could mean two people is refused, never guessed, and two
rows with one name both import with a warning naming them.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from planner.domain.errors import NotFoundError, Problem
from planner.domain.kinds import Side
from planner.domain.vocabulary import (
    IMPORTED_PARTICIPANT_FIELDS,
    IMPORTED_SITE_FIELDS,
    LANGUAGES,
    PARTICIPANT_I18N,
    SITE_I18N,
)
from planner.interchange.tabular import (
    PARTICIPANT_COLUMNS,
    SITE_COLUMNS,
    ParsedRow,
    ParsedTable,
    parse_table,
    read_sheet,
)
from planner.persistence.tables import Participant, Site, Visit
from planner.persistence.uow import UnitOfWork
from planner.services.changes import NOTHING, Changes, DataKind

NEW, MATCHED, REJECTED = "new", "matched", "rejected"


@dataclass(frozen=True)
class RowOutcome:
    """What happened (or, in a dry run, would happen) to one row of the file."""

    number: int
    action: str  # new | matched | rejected
    values: dict[str, Any]
    problems: tuple[Problem, ...]
    record_id: int | None = None
    warnings: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class ImportReport:
    """The result of an import or a dry run: counts, every problem by row and column, each row's fate.

    ``imported`` counts new records, ``matched`` existing ones updated from the file, ``rejected`` rows
    with problems. ``written`` is False for a dry run and for an all-or-nothing import that found problems.
    """

    kind: str
    file: str
    file_format: str
    detail: str
    mapping: dict[str, str]
    ignored: tuple[str, ...]
    dry_run: bool
    written: bool
    imported: int
    matched: int
    rejected: int
    problems: tuple[Problem, ...]
    rows: tuple[RowOutcome, ...] = field(repr=False)
    changes: Changes = field(default=NOTHING, repr=False)
    # imported all the same, but worth a look (namesakes)
    warnings: tuple[Problem, ...] = ()

    @property
    def total(self) -> int:
        """Data rows in the file."""
        return len(self.rows)

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready summary (rows without their values)."""
        return {
            "kind": self.kind,
            "file": self.file,
            "format": self.file_format,
            "detail": self.detail,
            "columns": self.mapping,
            "ignored_columns": list(self.ignored),
            "dry_run": self.dry_run,
            "written": self.written,
            "rows": self.total,
            "imported": self.imported,
            "matched": self.matched,
            "rejected": self.rejected,
            "problems": [{"where": p.where, "reason": p.reason} for p in self.problems],
            "warnings": [{"where": w.where, "reason": w.reason} for w in self.warnings],
        }


def match_key(*parts: str) -> tuple[str, ...]:
    """Names compared the way people mean them: case, ё/е and spacing do not make a new record."""
    return tuple(re.sub(r"\s+", " ", p.replace("ё", "е").replace("Ё", "Е")).strip().casefold() for p in parts)


def _i18n(values: dict[str, Any], prefix: str, existing: dict[str, str] | None = None) -> dict[str, str]:
    # the translations in the row's ``{prefix}_{lang}`` cells over the ones already known; an empty cell
    # keeps what staff entered
    result = dict(existing or {})
    for lang in LANGUAGES:
        if values.get(f"{prefix}_{lang.value}"):
            result[lang.value] = values[f"{prefix}_{lang.value}"]
    return result


def _site_rules(table: ParsedTable) -> None:
    """Rules across cells of one row and across rows: coordinates in pairs, no duplicate sites."""
    header = {key: name for name, key in table.mapping.items()}
    seen: dict[tuple[str, ...], int] = {}
    for row in table.rows:
        v = row.values
        if v.get("coordinates") and v.get("latitude") is None and v.get("longitude") is None:
            v["latitude"], v["longitude"] = v["coordinates"]
        v.pop("coordinates", None)
        # a cell that failed to parse is already reported; only a missing partner is a new problem
        failed = any(k in header and k not in v for k in ("latitude", "longitude", "coordinates"))
        if not failed and (v.get("latitude") is None) != (v.get("longitude") is None):
            missing = "longitude" if v.get("longitude") is None else "latitude"
            row.problems.append(
                Problem(
                    f"row {row.number}, column {header.get(missing, missing)!r}",
                    f"{missing} is missing (give both coordinates or neither)",
                )
            )
        if not v.get("name"):
            continue
        key = match_key(v["name"], v.get("address", ""))
        if key in seen:
            row.problems.append(
                Problem(
                    f"row {row.number}, column {header.get('name', 'name')!r}",
                    f"duplicate of row {seen[key]} (same name and address {v.get('address', '')!r})",
                )
            )
        else:
            seen[key] = row.number


def _rows_text(numbers: Sequence[int]) -> str:
    return f"rows {', '.join(map(str, numbers[:-1]))} and {numbers[-1]}"


def _participant_rules(table: ParsedTable) -> None:
    """Rules across rows: one row per id; rows sharing a name are namesakes, kept with a warning."""
    header = {key: name for name, key in table.mapping.items()}
    name_column = header.get("full_name", "full_name")
    by_id: dict[int, int] = {}
    by_name: dict[tuple[str, ...], list[ParsedRow]] = defaultdict(list)
    for row in table.rows:
        person_id = row.values.get("id")
        if person_id is not None:
            if person_id in by_id:
                row.problems.append(
                    Problem(
                        f"row {row.number}, column {header.get('id', 'id')!r}",
                        f"id {person_id} is already on row {by_id[person_id]}: one row per person",
                    )
                )
            else:
                by_id[person_id] = row.number
        if row.values.get("full_name"):
            by_name[match_key(row.values["full_name"])].append(row)
    for rows in by_name.values():
        if len(rows) < 2:
            continue
        numbers = [r.number for r in rows]
        warning = Problem(
            f"{_rows_text(numbers)}, column {name_column!r}",
            f"{_rows_text(numbers)} have the same name {rows[0].values['full_name']!r}: each row is kept as"
            " its own person (namesakes); if two rows are one person, delete one of them",
        )
        for row in rows:
            row.warnings.append(warning)


def _who(people: Sequence[Participant]) -> str:
    """People of one name told apart: ``id 3 (Governor), id 9 (Adviser)``."""
    return ", ".join(
        f"id {p.id} ({p.title or p.organisation or p.side})" for p in sorted(people, key=lambda p: p.id)
    )


def _match_participants(table: ParsedTable, people: Sequence[Participant]) -> dict[int, Participant | None]:
    """The person each good row updates (None: a new person), by row number; rows that cannot say whom
    they mean get a problem instead.

    With an id the row means that person. Without one it means the one person of that name in the visit,
    unless the file has an id column (then a row without an id is someone new, with a warning) or the name
    could mean two people: two in the visit, or one in the visit and two rows in the file.
    """
    header = {key: name for name, key in table.mapping.items()}
    id_column = header.get("id", "id")
    name_column = header.get("full_name", "full_name")
    has_ids = "id" in header
    known = {p.id: p for p in people}
    named: dict[tuple[str, ...], list[Participant]] = defaultdict(list)
    for person in people:
        named[match_key(person.full_name)].append(person)
    rows_named: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for row in table.rows:
        if row.ok and row.values.get("id") is None:
            rows_named[match_key(row.values["full_name"])].append(row.number)
    plan: dict[int, Participant | None] = {}
    for row in table.rows:
        if not row.ok:
            continue
        name, person_id = row.values["full_name"], row.values.get("id")
        where = f"row {row.number}, column {name_column!r}"
        if person_id is not None:
            if person_id in known:
                plan[row.number] = known[person_id]
            else:
                row.problems.append(
                    Problem(
                        f"row {row.number}, column {id_column!r}",
                        f"there is no participant with id {person_id} in this visit; leave the cell empty"
                        " to add a new person (the exported participant list shows each person's id)",
                    )
                )
            continue
        same = named.get(match_key(name), [])
        rows = rows_named[match_key(name)]
        if not same:
            plan[row.number] = None
        elif has_ids:
            plan[row.number] = None
            row.warnings.append(
                Problem(
                    where,
                    f"no id, and the visit already has {name!r} ({_who(same)}): the row adds another person"
                    " of that name; write the id in the row to update that person instead",
                )
            )
        elif len(same) == 1 and len(rows) == 1:
            plan[row.number] = same[0]
        elif len(same) > 1:
            row.problems.append(
                Problem(
                    where,
                    f"{name!r} could be any of {len(same)} people in this visit ({_who(same)}); add an id"
                    " column with the id of the person to update (export the participant list to see them)",
                )
            )
        else:
            row.problems.append(
                Problem(
                    where,
                    f"{_rows_text(rows)} all name {name!r}, who is already in this visit ({_who(same)});"
                    " add an id column and write the id on the row that updates them (a row without one"
                    " adds a new person)",
                )
            )
    return plan


def _update(
    record: Any, values: dict[str, Any], fields: tuple[str, ...], translations: tuple[tuple[str, str], ...]
) -> None:
    # an empty cell does not erase what staff already entered
    for name in fields:
        value = values.get(name)
        if value not in (None, "", []) and getattr(record, name) != value:
            setattr(record, name, value)
    for prefix, attribute in translations:
        current = getattr(record, attribute) or {}
        i18n = _i18n(values, prefix, current)
        if i18n != current:
            setattr(record, attribute, i18n)


def _report(
    kind: str,
    path: Path,
    table: ParsedTable,
    outcomes: list[RowOutcome],
    dry_run: bool,
    written: bool,
    changes: Changes,
) -> ImportReport:
    return ImportReport(
        kind=kind,
        file=str(path),
        file_format=table.file_format,
        detail=table.detail,
        mapping=table.mapping,
        ignored=tuple(table.ignored),
        dry_run=dry_run,
        written=written,
        imported=sum(o.action == NEW for o in outcomes),
        matched=sum(o.action == MATCHED for o in outcomes),
        rejected=sum(o.action == REJECTED for o in outcomes),
        problems=tuple(table.problems),
        rows=tuple(outcomes),
        changes=changes if written else NOTHING,
        warnings=tuple(table.warnings),
    )


def check_site_file(path: Path) -> ParsedTable:
    """Read and check a site list without touching the database (ValidationError for a bad file)."""
    table = parse_table(read_sheet(path), SITE_COLUMNS, path.name)
    _site_rules(table)
    return table


def import_sites(
    uow: UnitOfWork, path: Path, *, dry_run: bool = False, skip_bad_rows: bool = False
) -> ImportReport:
    """Import a site list (CSV or XLSX); see the module docstring for what is written when."""
    table = check_site_file(path)
    with uow:
        session = uow.session
        known = {match_key(s.name, s.address): s for s in session.scalars(select(Site))}
        plan: list[tuple[ParsedRow, Site | None]] = [
            (row, known.get(match_key(row.values["name"], row.values.get("address", ""))))
            for row in table.rows
        ]
        write = not dry_run and (skip_bad_rows or not table.problems)
        outcomes: list[RowOutcome] = []
        created: list[tuple[int, Site]] = []
        for row, existing in plan:
            if not row.ok:
                outcomes.append(RowOutcome(row.number, REJECTED, row.values, tuple(row.problems)))
                continue
            action = NEW if existing is None else MATCHED
            if write:
                if existing is None:
                    site = Site(name=row.values["name"], address=row.values.get("address", ""))
                    _update(site, row.values, IMPORTED_SITE_FIELDS, SITE_I18N)
                    session.add(site)
                    created.append((len(outcomes), site))
                else:
                    _update(existing, row.values, IMPORTED_SITE_FIELDS, SITE_I18N)
            outcomes.append(
                RowOutcome(row.number, action, row.values, (), existing.id if existing is not None else None)
            )
        if write:
            session.flush()
            for index, site in created:
                o = outcomes[index]
                outcomes[index] = RowOutcome(o.number, o.action, o.values, o.problems, site.id)
            uow.commit()
    # sites already known were updated: the items going there show their name
    updated = any(o.action == MATCHED for o in outcomes)
    changes = Changes.of(DataKind.SITES, *([DataKind.ITEMS] if updated else []))
    return _report("sites", path, table, outcomes, dry_run, write, changes)


def check_participant_file(path: Path) -> ParsedTable:
    """Read and check a participant list without touching the database."""
    table = parse_table(read_sheet(path), PARTICIPANT_COLUMNS, path.name)
    _participant_rules(table)
    return table


def import_participants(
    uow: UnitOfWork, visit_id: int, path: Path, *, dry_run: bool = False, skip_bad_rows: bool = False
) -> ImportReport:
    """Import a participant list into a visit: a row updates the person its id names (or the one person
    of its name), else adds a new one; see the module docstring for what is written when."""
    table = check_participant_file(path)
    with uow:
        session = uow.session
        if session.get(Visit, visit_id) is None:
            raise NotFoundError(f"there is no visit with id {visit_id}")
        people = session.scalars(
            select(Participant).where(Participant.visit_id == visit_id).order_by(Participant.id)
        ).all()
        plan = _match_participants(table, people)
        write = not dry_run and (skip_bad_rows or not table.problems)
        outcomes: list[RowOutcome] = []
        created: list[tuple[int, Participant]] = []
        for row in table.rows:
            if not row.ok:
                outcomes.append(
                    RowOutcome(
                        row.number, REJECTED, row.values, tuple(row.problems), None, tuple(row.warnings)
                    )
                )
                continue
            existing = plan[row.number]
            if write:
                if existing is None:
                    person = Participant(
                        visit_id=visit_id,
                        full_name=row.values["full_name"],
                        side=row.values.get("side") or Side.GUEST.value,
                        protocol_rank=row.values.get("protocol_rank") or 100,
                        languages=[],
                        name_i18n={},
                    )
                    _update(person, row.values, IMPORTED_PARTICIPANT_FIELDS, PARTICIPANT_I18N)
                    session.add(person)
                    created.append((len(outcomes), person))
                else:
                    if row.values.get("id") is not None and existing.full_name != row.values["full_name"]:
                        # matched by id, so the name in the file is a correction, not the match
                        existing.full_name = row.values["full_name"]
                    _update(existing, row.values, IMPORTED_PARTICIPANT_FIELDS, PARTICIPANT_I18N)
            outcomes.append(
                RowOutcome(
                    row.number,
                    NEW if existing is None else MATCHED,
                    row.values,
                    (),
                    existing.id if existing is not None else None,
                    tuple(row.warnings),
                )
            )
        if write:
            session.flush()
            for index, person in created:
                o = outcomes[index]
                outcomes[index] = RowOutcome(o.number, o.action, o.values, o.problems, person.id, o.warnings)
            uow.commit()
    changes = Changes.of(DataKind.PARTICIPANTS)
    return _report("participants", path, table, outcomes, dry_run, write, changes)


def export_ics(
    uow: UnitOfWork, visit_id: int, path: Path, participant_id: int | None = None, lang: str = "ru"
) -> int:
    """Write a visit's programme (or one participant's) as an .ics file in ``lang`` (labels, kinds and
    names); return the number of events."""
    from planner.interchange.ics import build_calendar, write_calendar

    with uow:
        calendar = build_calendar(uow, visit_id, participant_id, lang=lang)
    return write_calendar(calendar, path, personal=participant_id is not None)


def export_list(
    uow: UnitOfWork, kind: str, visit_id: int, path: Path, *, include_private: bool = False
) -> int:
    """Write a visit's participants, sites or itinerary as CSV or XLSX (by extension); return the rows."""
    from planner.interchange.lists import build_list, write_list

    with uow:
        table = build_list(uow, kind, visit_id, include_private)
    write_list(table, path)
    return len(table.rows)
