"""The command line over the services: ``delegation-planner [--db DB] COMMAND``.

Plain text by default, JSON with ``--json``. Exit codes: 0 success, 2 bad input or usage (the message on
stderr says what and where; the database is untouched).
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict
from datetime import date, datetime
from pathlib import Path
from typing import Any, NoReturn, TextIO

from planner.domain.errors import PlannerError, ValidationError
from planner.domain.timeutil import zone
from planner.persistence.db import Database, open_database
from planner.persistence.uow import UnitOfWork

EXIT_OK, EXIT_FINDINGS, EXIT_BAD_INPUT = 0, 1, 2

Handler = Callable[[argparse.Namespace, "Context"], int]
COMMANDS: dict[str, Handler] = {}


class Context:
    """What a command needs: the opened database, a unit-of-work factory and the output stream."""

    def __init__(self, db_target: str | None, out: TextIO) -> None:
        self._target = db_target
        self._db: Database | None = None
        self.out = out

    @property
    def db(self) -> Database:
        if self._db is None:
            self._db = open_database(self._target)
        return self._db

    def uow(self) -> UnitOfWork:
        """A fresh unit of work on the database."""
        return UnitOfWork(self.db.sessions)

    def close(self) -> None:
        if self._db is not None:
            self._db.dispose()

    def emit_json(self, value: Any) -> None:
        json.dump(value, self.out, ensure_ascii=False, indent=2, default=_json_default)
        self.out.write("\n")


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, tuple | set):
        return list(value)
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def command(name: str) -> Callable[[Handler], Handler]:
    """Register a CLI command handler under ``name``."""

    def register(func: Handler) -> Handler:
        COMMANDS[name] = func
        return func

    return register


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every command."""
    parser = _Parser(prog="delegation-planner", description="Plan, check and print delegation visits.")
    parser.add_argument("--db", help="database file or SQLAlchemy URL (default: the user's data folder)")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--json", action="store_true", help="print JSON instead of text")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
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
    for module in EXTENSION_MODULES:
        importlib.import_module(module).register(sub, common)
    return parser


# Modules that add sub-commands: each has ``register(subparsers, common)`` and marks its handlers with
# ``@command``; they import heavy libraries only inside the handlers.
EXTENSION_MODULES: tuple[str, ...] = (
    "planner.cli.exchange",
    "planner.cli.printing",
    "planner.cli.scheduling",
)


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run one command; return the exit code."""
    args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    ctx = Context(args.db, out or sys.stdout)
    try:
        return COMMANDS[args.command](args, ctx)
    except ValidationError as exc:
        print(
            f"delegation-planner {args.command}: {len(exc.problems)} problem(s), nothing was changed:",
            file=sys.stderr,
        )
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except PlannerError as exc:
        print(f"delegation-planner {args.command}: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        # the reader (e.g. `| head`) went away; that is not an error of ours
        sys.stderr.close()
        return EXIT_OK
    finally:
        ctx.close()


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

    return _print_id(args, ctx, load_sample(ctx.uow()))


@command("import-visit")
def _import_visit(args: argparse.Namespace, ctx: Context) -> int:
    from planner.interchange.visit_format import read_visit_file
    from planner.interchange.visit_validation import validate_visit_data
    from planner.services.visits import import_data

    data = read_visit_file(args.file)
    validate_visit_data(data)  # before the database is even opened, so a bad file creates nothing
    return _print_id(args, ctx, import_data(ctx.uow(), data, validated=True))


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
    from planner.queries.visits import get_visit

    with ctx.uow() as uow:
        visit = get_visit(uow, args.visit)
        rows = visit_items(uow, args.visit)
    host, guest = zone(visit.host_timezone), zone(visit.guest_timezone)
    days = items_by_day(rows, visit.host_timezone)
    if args.json:
        ctx.emit_json(
            {
                "visit": asdict(visit),
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
    return EXIT_OK
