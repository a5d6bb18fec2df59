"""Command-line commands of the day of the visit: ``running-late`` and ``notices``.

``running-late`` proposes (and with --apply writes) the repair of the rest of the day after an item
overran, and names everyone it affects with what changed for each. ``notices`` writes, for exactly the
people whose programme changed since a version, a notice, their new sheet and an e-mail draft.
Exit codes as ``repair``: 0, 1 when a conflict is left after applying, 2 bad input.
"""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path
from typing import Any

from planner.cli.context import EXIT_FINDINGS, EXIT_OK, LANGUAGE_CHOICES, Context, command
from planner.domain.kinds import Language


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    """Add the live-mode sub-commands."""
    p = subparsers.add_parser(
        "running-late",
        parents=[common],
        help="an item runs N minutes over: re-plan the rest of its day and name who is affected",
    )
    p.add_argument("visit", type=int)
    p.add_argument("--item", type=int, required=True, help="the item that runs late (see 'show --json')")
    p.add_argument("--minutes", type=int, required=True, help="how many minutes late it ends")
    p.add_argument("--apply", action="store_true", help="write the repair (raises the programme version)")
    p.add_argument(
        "--shift-pinned", action="store_true", help="shift a pinned item in the way if its people are free"
    )
    p.add_argument(
        "--lang",
        choices=LANGUAGE_CHOICES,
        default=Language.EN.value,
        help="language of reasons, conflicts and the names in them (default en)",
    )
    p = subparsers.add_parser(
        "notices",
        parents=[common],
        help="notices, new sheets and e-mail drafts for the people whose programme changed since a version",
    )
    p.add_argument("visit", type=int)
    p.add_argument("--since", type=int, required=True, help="the programme version they last received")
    p.add_argument("-o", "--output", type=Path, required=True, help="folder for the files (created)")
    p.add_argument(
        "--lang", choices=LANGUAGE_CHOICES, default=Language.RU.value, help="language of the documents"
    )
    p.add_argument("--from", dest="sender", default="", help="the office's address for the drafts' From")


def _when(start: datetime | None, end: datetime | None, tz: Any) -> str:
    if start is None or end is None:
        return "—"
    return f"{start.astimezone(tz):%d.%m %H:%M}–{end.astimezone(tz):%H:%M}"


def _print_affected(ctx: Context, affected: Any, tz: Any) -> None:
    print(f"affected: {len(affected.recipients)}", file=ctx.out)
    for r in affected.recipients:
        print(f"  {r.kind:<11} {r.name}" + (f" ({r.detail})" if r.detail else ""), file=ctx.out)
        for c in r.changes:
            span = f"{_when(c.old_start, c.old_end, tz)} -> {_when(c.new_start, c.new_end, tz)}"
            print(f"      {c.what:<9} {span}  {c.title}", file=ctx.out)


@command("running-late")
def _running_late(args: argparse.Namespace, ctx: Context) -> int:
    from planner.cli.scheduling import _show
    from planner.domain.timeutil import zone
    from planner.queries.visits import get_visit
    from planner.services.versions import running_late

    result = running_late(
        ctx.uow(),
        args.visit,
        args.item,
        args.minutes,
        apply=args.apply,
        lang=args.lang,
        names_lang=args.lang,
        shift_pinned=args.shift_pinned,
    )
    applied = result.applied is not None
    proposal = result.proposal
    if args.json:
        ctx.emit_json(
            {
                **proposal.as_dict(),
                "applied": applied,
                "version_before": result.version_before,
                "version": result.version_after,
                "affected": [r.as_dict() for r in result.affected.recipients],
            }
        )
    else:
        with ctx.uow() as uow:
            tz_name = get_visit(uow, args.visit).host_timezone
        _show(ctx, proposal, tz_name)
        _print_affected(ctx, result.affected, zone(tz_name))
        if applied:
            print(
                f"applied: programme version {result.version_before} -> {result.version_after}", file=ctx.out
            )
        else:
            print("nothing was changed (add --apply to write this repair)", file=ctx.out)
    return EXIT_FINDINGS if applied and proposal.errors_after else EXIT_OK


@command("notices")
def _notices(args: argparse.Namespace, ctx: Context) -> int:
    from planner.documents.catalogue import counted, label
    from planner.documents.settings import DocumentSettings
    from planner.queries.programme_versions import DRIVER, PARTICIPANT, SITE
    from planner.services.versions import write_notices

    written = write_notices(
        ctx.uow(),
        args.visit,
        args.since,
        args.output,
        DocumentSettings(language=args.lang),
        sender=args.sender,
    )
    changes = written.changes
    if args.json:
        ctx.emit_json(
            {
                "visit_id": args.visit,
                "since": changes.since,
                "version": changes.version,
                "recipients": [
                    {**r.as_dict(), "files": [str(p) for p in written.files[r.key]]}
                    for r in changes.recipients
                ],
            }
        )
    else:
        # in the notices' language, as the officer who asked for them reads
        lang = args.lang
        print(
            label(
                "notices_written",
                lang,
                visit=args.visit,
                since=changes.since,
                version=changes.version,
                people=counted("n_recipients", len(changes.recipients), lang),
                files=counted("n_files", len(written.paths), lang),
                folder=args.output,
            ),
            file=ctx.out,
        )
        kinds = {PARTICIPANT: "participant", DRIVER: "driver", SITE: "site_contact"}
        for r in changes.recipients:
            kind = label(kinds[r.kind], lang).lower() if r.kind in kinds else r.kind
            count = counted("n_changes", len(r.changes) + len(r.stays), lang)
            print(f"  {kind:<11} {r.name}: {count} -> {r.email or label('no_email', lang)}", file=ctx.out)
    return EXIT_OK
