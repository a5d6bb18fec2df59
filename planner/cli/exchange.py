"""Command-line commands for data in and out: list imports, calendar and list exports, backups, change log.

Exit codes follow ``planner.cli``: 0 done, 1 a dry run found problems, 2 bad input (nothing was written).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from planner.cli.context import EXIT_BAD_INPUT, EXIT_FINDINGS, EXIT_OK, LANGUAGE_CHOICES, Context, command
from planner.domain.errors import DatabaseError
from planner.domain.kinds import Language


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add this module's sub-commands to the parser."""
    for name, what in (("import-sites", "sites"), ("import-participants", "participants of a visit")):
        p = sub.add_parser(name, parents=[common], help=f"import {what} from CSV or XLSX")
        if name == "import-participants":
            p.add_argument("visit", type=int)
        p.add_argument("file", type=Path)
        p.add_argument("--dry-run", action="store_true", help="check every row and report; write nothing")
        mode = p.add_mutually_exclusive_group()
        mode.add_argument(
            "--all-or-nothing",
            dest="skip_bad_rows",
            action="store_false",
            help="write nothing if any row has a problem (the default)",
        )
        mode.add_argument("--skip-bad-rows", action="store_true", help="write the good rows, report the rest")
        # store_false would make "skip" the default; all or nothing is
        p.set_defaults(skip_bad_rows=False)
    p = sub.add_parser("export-ics", parents=[common], help="write a visit's programme as an iCalendar file")
    p.add_argument("visit", type=int)
    p.add_argument("-o", "--output", type=Path, required=True)
    p.add_argument("--participant", type=int, help="only the items of this participant (id)")
    p.add_argument(
        "--lang",
        choices=LANGUAGE_CHOICES,
        default=Language.RU.value,
        help="language of the calendar: its labels, kinds and names (default ru, as the documents)",
    )
    p = sub.add_parser(
        "export-list", parents=[common], help="write participants, sites or itinerary as CSV/XLSX"
    )
    p.add_argument("kind", choices=("participants", "sites", "itinerary"))
    p.add_argument("visit", type=int)
    p.add_argument("-o", "--output", type=Path, required=True, help="a .csv or .xlsx file")
    p.add_argument(
        "--include-private", action="store_true", help="include e-mail, phone, dietary and access needs"
    )
    p = sub.add_parser("backup", parents=[common], help="copy the database safely, even while it is in use")
    p.add_argument("-o", "--output", type=Path, required=True)
    p = sub.add_parser("restore", parents=[common], help="replace the database with a checked backup")
    p.add_argument("file", type=Path)
    p = sub.add_parser("change-log", parents=[common], help="who changed what in a visit, newest first")
    p.add_argument("visit", type=int)
    p.add_argument("--limit", type=int, default=100)
    p.add_argument(
        "--include-private",
        action="store_true",
        help="show old and new e-mail, phone, dietary and access needs (hidden as '(private)' otherwise)",
    )


def _sqlite_path(args: argparse.Namespace) -> Path:
    from planner.persistence.db import checked_url

    url = checked_url(args.db)
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        raise DatabaseError(
            "backup and restore work on a local database file; back up a shared PostgreSQL database with"
            " pg_dump (see docs/shared-database.md)"
        )
    return Path(url.database)


def _print_report(args: argparse.Namespace, ctx: Context, report: Any) -> int:
    if args.json:
        ctx.emit_json(report.as_dict())
    else:
        out = ctx.out
        verb = "would import" if not report.written else "imported"
        print(f"{report.file} ({report.file_format}, {report.detail}): {report.total} rows", file=out)
        print(f"  columns: {', '.join(f'{h} → {k}' for h, k in report.mapping.items())}", file=out)
        if report.ignored:
            print(f"  ignored columns: {', '.join(report.ignored)}", file=out)
        print(
            f"  {verb} {report.imported} new, matched {report.matched} existing,"
            f" rejected {report.rejected} {report.kind}",
            file=out,
        )
        for problem in report.problems:
            print(f"  {problem}", file=out)
        for warning in report.warnings:
            print(f"  warning: {warning}", file=out)
        if report.problems and not report.written and not report.dry_run:
            print("  nothing was written (all or nothing); fix the rows or use --skip-bad-rows", file=out)
        elif report.dry_run:
            print("  dry run: nothing was written", file=out)
    if report.problems and not report.written and not report.dry_run:
        return EXIT_BAD_INPUT
    if report.problems and report.dry_run:
        return EXIT_FINDINGS
    return EXIT_OK


@command("import-sites")
def _import_sites(args: argparse.Namespace, ctx: Context) -> int:
    from planner.services.data_exchange import check_site_file, import_sites

    check_site_file(args.file)  # a file that is not a list is refused before the database is opened
    report = import_sites(ctx.uow(), args.file, dry_run=args.dry_run, skip_bad_rows=args.skip_bad_rows)
    return _print_report(args, ctx, report)


@command("import-participants")
def _import_participants(args: argparse.Namespace, ctx: Context) -> int:
    from planner.services.data_exchange import check_participant_file, import_participants

    check_participant_file(args.file)
    report = import_participants(
        ctx.uow(), args.visit, args.file, dry_run=args.dry_run, skip_bad_rows=args.skip_bad_rows
    )
    return _print_report(args, ctx, report)


@command("export-ics")
def _export_ics(args: argparse.Namespace, ctx: Context) -> int:
    from planner.services.data_exchange import export_ics

    count = export_ics(ctx.uow(), args.visit, args.output, args.participant, args.lang)
    if args.json:
        ctx.emit_json({"visit_id": args.visit, "file": str(args.output), "events": count})
    else:
        print(f"{count} events written to {args.output}", file=ctx.out)
    return EXIT_OK


@command("export-list")
def _export_list(args: argparse.Namespace, ctx: Context) -> int:
    from planner.services.data_exchange import export_list

    rows = export_list(ctx.uow(), args.kind, args.visit, args.output, include_private=args.include_private)
    if args.json:
        ctx.emit_json({"visit_id": args.visit, "kind": args.kind, "file": str(args.output), "rows": rows})
    else:
        print(f"{rows} {args.kind} rows written to {args.output}", file=ctx.out)
    return EXIT_OK


@command("backup")
def _backup(args: argparse.Namespace, ctx: Context) -> int:
    from planner.interchange.backup import backup_database

    checked = backup_database(_sqlite_path(args), args.output)
    if args.json:
        ctx.emit_json({"file": str(checked.path), "revision": checked.revision})
    else:
        print(
            f"backup written to {checked.path} (checked: integrity ok, schema {checked.revision})",
            file=ctx.out,
        )
    return EXIT_OK


@command("restore")
def _restore(args: argparse.Namespace, ctx: Context) -> int:
    from planner.interchange.backup import restore_database

    path = _sqlite_path(args)
    safety = restore_database(path, args.file)
    try:
        db = ctx.db  # the restored database is already at the current schema: opening checks it
    except DatabaseError as exc:
        kept = f"; the database it replaced was saved as {safety}" if safety else ""
        raise DatabaseError(f"{exc}{kept}") from exc
    if args.json:
        ctx.emit_json(
            {"restored": str(args.file), "database": db.url, "previous": str(safety) if safety else None}
        )
    else:
        print(f"restored {args.file} into {path}", file=ctx.out)
        if safety:
            print(f"the database it replaced was saved as {safety}", file=ctx.out)
    return EXIT_OK


@command("change-log")
def _change_log(args: argparse.Namespace, ctx: Context) -> int:
    from dataclasses import asdict

    from planner.domain.timeutil import zone
    from planner.queries.change_log import visit_changes
    from planner.queries.visits import get_visit

    with ctx.uow() as uow:
        visit = get_visit(uow, args.visit)
        rows = visit_changes(uow, args.visit, args.limit, include_private=args.include_private)
    if args.json:
        ctx.emit_json([asdict(r) for r in rows])
        return EXIT_OK
    # on the host's clock, as the programme and the notices give times; the zone said once, at the top
    tz = zone(visit.host_timezone)
    if rows:
        print(f"times in {visit.host_timezone} (the visit's host zone)", file=ctx.out)
    for r in rows:
        local = r.changed_at.astimezone(tz)
        offset = local.strftime("%z")
        print(
            f"{local:%Y-%m-%d %H:%M} UTC{offset[:3]}:{offset[3:]}  {r.changed_by:<12} {r.table_name}"
            f" {r.record_id}: {r.summary}",
            file=ctx.out,
        )
    if not rows:
        print("no changes recorded for this visit", file=sys.stderr)
    return EXIT_OK
