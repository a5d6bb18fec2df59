"""Command-line commands for visits: ``init``, ``load-sample``, ``list``, ``import-visit``,
``export-visit``, ``show``, ``edit-visit`` and ``duplicate-visit``."""

from __future__ import annotations

import argparse
import re
from dataclasses import asdict
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from planner.cli.context import EXIT_OK, Context, command
from planner.domain.timeutil import zone


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add the visit sub-commands."""
    sub.add_parser("init", parents=[common], help="create or upgrade the database")
    sub.add_parser("load-sample", parents=[common], help="load the sample visit and print its id")
    sub.add_parser("list", parents=[common], help="list visits")
    p = sub.add_parser("import-visit", parents=[common], help="import a visit file (JSON)")
    p.add_argument("file", type=Path)
    p = sub.add_parser("export-visit", parents=[common], help="export a visit to a visit file")
    p.add_argument("visit", type=int)
    p.add_argument("-o", "--output", type=Path, required=True)
    p = sub.add_parser("show", parents=[common], help="print a visit's itinerary day by day")
    p.add_argument("visit", type=int)
    p.add_argument("--guest-time", action="store_true", help="also show the guests' home time")
    p = sub.add_parser(
        "edit-visit",
        parents=[common],
        help="change a visit's details; a new start date moves its items at the same clock time",
    )
    p.add_argument("visit", type=int)
    for option, what in _EDIT_OPTIONS.items():
        if option.startswith("day-"):
            p.add_argument(f"--{option}", type=_clock_time, metavar="HH:MM", help=what)
        else:
            p.add_argument(f"--{option}", type=_day if option.endswith("date") else str, help=what)
    p = sub.add_parser(
        "duplicate-visit", parents=[common], help="copy a visit as a template on a new start date"
    )
    p.add_argument("visit", type=int)
    p.add_argument("--title", required=True, help="the new visit's title")
    p.add_argument("--start-date", type=_day, required=True, help="the new first day (YYYY-MM-DD)")


# edit-visit's options: the detail each one sets
_EDIT_OPTIONS = {
    "title": "the title",
    "start-date": "the first day (YYYY-MM-DD); the items move with it",
    "end-date": "the last day (YYYY-MM-DD)",
    "delegation": "the delegation's name",
    "home-region": "the delegation's home region",
    "guest-timezone": "the guests' IANA time zone",
    "host-region": "the host region",
    "host-organisation": "the host organisation",
    "host-timezone": "the host's IANA time zone (the items keep their clock times)",
    "day-start": "when the working day starts, HH:MM in the host's time (the timeline and the planner)",
    "day-end": "when the working day ends, HH:MM in the host's time (after it starts)",
    "purpose": "the purpose of the visit",
}
_FIELD_OF = {"delegation": "delegation_name", "guest-timezone": "home_timezone"}


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (use YYYY-MM-DD)") from None


_CLOCK = re.compile(r"(\d{1,2}):(\d{2})")


def _clock_time(text: str) -> time:
    """A time of day typed as HH:MM (9:00 too); argparse names the option and exits with code 2."""
    found = _CLOCK.fullmatch(text.strip())
    if found is None:
        raise argparse.ArgumentTypeError(f"{text!r} is not a time of day (use HH:MM, e.g. 09:00)")
    hours, minutes = int(found.group(1)), int(found.group(2))
    if hours > 23 or minutes > 59:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a time of day (hours 00-23, minutes 00-59; a day to midnight ends at 23:59)"
        )
    return time(hours, minutes)


@command("init")
def _init(args: argparse.Namespace, ctx: Context) -> int:
    db = ctx.db
    if args.json:
        ctx.emit_json({"database": db.url, "backup": str(db.backup) if db.backup else None})
    else:
        print(f"database ready: {db.url}", file=ctx.out)
        if db.backup:
            print(f"upgraded; the previous version was copied to {db.backup}", file=ctx.out)
    return EXIT_OK


def _print_id(args: argparse.Namespace, ctx: Context, visit_id: int) -> int:
    if args.json:
        ctx.emit_json({"visit_id": visit_id})
    else:
        print(visit_id, file=ctx.out)
    return EXIT_OK


@command("load-sample")
def _load_sample(args: argparse.Namespace, ctx: Context) -> int:
    from planner.services.visits import load_sample

    return _print_id(args, ctx, load_sample(ctx.uow()).id)


@command("import-visit")
def _import_visit(args: argparse.Namespace, ctx: Context) -> int:
    from planner.interchange.visit_format import read_visit_file
    from planner.interchange.visit_validation import validate_visit_data
    from planner.services.visits import import_data

    data = read_visit_file(args.file)
    validate_visit_data(data)  # before the database is even opened, so a bad file creates nothing
    return _print_id(args, ctx, import_data(ctx.uow(), data, validated=True).id)


@command("export-visit")
def _export_visit(args: argparse.Namespace, ctx: Context) -> int:
    from planner.services.visits import export_file

    export_file(ctx.uow(), args.visit, args.output)
    if args.json:
        ctx.emit_json({"visit_id": args.visit, "file": str(args.output)})
    else:
        print(f"visit {args.visit} written to {args.output}", file=ctx.out)
    return EXIT_OK


@command("list")
def _list(args: argparse.Namespace, ctx: Context) -> int:
    from planner.queries.visits import list_visits

    with ctx.uow() as uow:
        rows = list_visits(uow)
    if args.json:
        ctx.emit_json([asdict(r) for r in rows])
        return EXIT_OK
    if not rows:
        print("no visits yet (try: delegation-planner load-sample)", file=ctx.out)
    for r in rows:
        print(
            f"{r.id:>4}  {r.start_date:%Y-%m-%d} – {r.end_date:%Y-%m-%d}  {r.status:<11} {r.delegation}",
            file=ctx.out,
        )
    return EXIT_OK


@command("show")
def _show(args: argparse.Namespace, ctx: Context) -> int:
    from planner.queries.itinerary import items_by_day, visit_items
    from planner.queries.programme_version import programme_version
    from planner.queries.to_place import sites_to_place
    from planner.queries.visits import get_visit

    with ctx.uow() as uow:
        visit = get_visit(uow, args.visit)
        rows = visit_items(uow, args.visit)
        to_place = sites_to_place(uow, args.visit)
        version = programme_version(uow, args.visit)
    host, guest = zone(visit.host_timezone), zone(visit.guest_timezone)
    days = items_by_day(rows, visit.host_timezone)
    if args.json:
        ctx.emit_json(
            {
                "visit": asdict(visit),
                # the programme version: raised by every change of the programme, printed on every sheet
                "version": version,
                "days": [
                    {
                        "date": day,
                        "items": [
                            {
                                **asdict(r),
                                "starts_local": r.starts_at.astimezone(host).isoformat(),
                                "ends_local": r.ends_at.astimezone(host).isoformat(),
                            }
                            for r in items
                        ],
                    }
                    for day, items in days.items()
                ],
                # only when there is a list, so the output of visits without one stays as it was
                **({"to_place": [asdict(e) for e in to_place]} if to_place else {}),
            }
        )
        return EXIT_OK
    print(f"{visit.title}", file=ctx.out)
    print(
        f"{visit.delegation} — {visit.start_date:%d.%m.%Y}–{visit.end_date:%d.%m.%Y}, times in "
        f"{visit.host_timezone}" + (f" (guests' time in {visit.guest_timezone})" if args.guest_time else ""),
        file=ctx.out,
    )
    for number, (day, items) in enumerate(days.items(), start=1):
        offset = datetime.combine(day, datetime.min.time(), host).strftime("%z")
        print(f"\nDay {number} — {day:%A %d %B %Y} (UTC{offset[:3]}:{offset[3:]})", file=ctx.out)
        for r in items:
            span = f"{r.starts_at.astimezone(host):%H:%M}–{r.ends_at.astimezone(host):%H:%M}"
            if args.guest_time:
                span += f" [{r.starts_at.astimezone(guest):%H:%M}–{r.ends_at.astimezone(guest):%H:%M}]"
            place = f" — {r.place}" if r.place else ""
            groups = f"  ({', '.join(r.groups)})" if r.groups else ""
            print(f"  {span}  {r.title}{place}{groups}", file=ctx.out)
    if to_place:
        print("\nTo place (no time yet)", file=ctx.out)
        for e in to_place:
            wish = "required" if e.required else f"optional, priority {e.priority}"
            groups = f"  ({', '.join(e.groups)})" if e.groups else ""
            place = f" — {e.site_name}" if e.title and e.title != e.site_name else ""
            print(f"  {e.duration_min:>4} min  {e.label}{place}  [{wish}]{groups}", file=ctx.out)
    return EXIT_OK


@command("edit-visit")
def _edit_visit(args: argparse.Namespace, ctx: Context) -> int:
    from planner.services.visit_details import change_visit_details

    values: dict[str, Any] = {}
    for option in _EDIT_OPTIONS:
        value = getattr(args, option.replace("-", "_"))
        if value is not None:
            values[_FIELD_OF.get(option, option.replace("-", "_"))] = value
    changed = change_visit_details(ctx.uow(), args.visit, values)
    if args.json:
        ctx.emit_json(
            {"visit_id": args.visit, "changed": sorted(changed.new), "items_moved": changed.moved_items}
        )
    else:
        fields = ", ".join(sorted(changed.new)) or "nothing"
        print(f"visit {args.visit}: changed {fields}; {changed.moved_items} item(s) moved", file=ctx.out)
    return EXIT_OK


@command("duplicate-visit")
def _duplicate_visit(args: argparse.Namespace, ctx: Context) -> int:
    from planner.services.visit_details import duplicate_as_template

    return _print_id(args, ctx, duplicate_as_template(ctx.uow(), args.visit, args.title, args.start_date).id)
