"""Command-line commands of the time after a visit: ``follow-up`` and ``partner-history``.

``follow-up`` lists every action item of every meeting and every commitment of every signed document that
still needs following (open, in progress, late; ``--all`` adds the done and the cancelled), soonest due
first, overdue ones marked, filtered by partner region, owner and due date. ``partner-history`` shows a
partner region's visits, the documents signed with it, and how far each of their commitments got. A
status is changed where it is kept (the meeting's or the document's editor, or the window's Follow-up
screen), through the services that write the change log.
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from planner.cli.context import EXIT_OK, Context, command
from planner.domain.errors import ValidationError


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date; write it as YYYY-MM-DD") from exc


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    """Add the follow-up sub-commands."""
    p = subparsers.add_parser(
        "follow-up",
        parents=[common],
        help="every open action item and commitment: owner, due date, status, overdue marked",
    )
    p.add_argument("--partner", metavar="REGION", help="only this partner region (part of its name will do)")
    p.add_argument("--owner", metavar="TEXT", help="only owners whose name contains TEXT")
    p.add_argument("--due-before", type=_day, metavar="DATE", help="only due before this day (YYYY-MM-DD)")
    p.add_argument("--all", action="store_true", help="also what is done or cancelled")
    p.add_argument("--today", type=_day, metavar="DATE", help="count overdue as of this day (default today)")
    p = subparsers.add_parser(
        "partner-history",
        parents=[common],
        help="a partner region's visits, documents signed with it, and how far each commitment got",
    )
    p.add_argument("region", help="the partner region (a delegation's home region, a document's partner)")
    p.add_argument("--today", type=_day, metavar="DATE", help="count overdue as of this day (default today)")


_KIND_WORDS = {"action_item": "action item", "commitment": "commitment"}


def _line(row: Any) -> str:
    due = row.due_date.isoformat() if row.due_date else "—"
    mark = "OVERDUE" if row.overdue else ""
    owner = f" — {row.owner}" if row.owner else ""
    what = f"{_KIND_WORDS[row.kind.value]} {row.record_id}"
    return f"  {due:<10}  {row.status:<11} {mark:<7}  {what}: {row.text}{owner}"


@command("follow-up")
def _follow_up(args: argparse.Namespace, ctx: Context) -> int:
    from planner.queries.follow_up import FollowUpFilter, check_partner_region, count_rows, follow_up_items

    if args.partner is not None and not args.partner.strip():
        raise ValidationError("--partner needs a region's name (or leave it out for every partner)")
    today = args.today or date.today()
    where = FollowUpFilter(args.partner, args.owner, args.due_before, include_finished=args.all)
    with ctx.uow() as uow:
        if args.partner is not None:
            check_partner_region(uow, args.partner)
        rows = follow_up_items(uow, today, where)
    counts = count_rows(rows)
    if args.json:
        ctx.emit_json(
            {
                "today": today,
                "filter": {
                    "partner": args.partner,
                    "owner": args.owner,
                    "due_before": args.due_before,
                    "all": args.all,
                },
                **counts.as_dict(),
                "items": [r.as_dict() for r in rows],
            }
        )
        return EXIT_OK
    which = "all" if args.all else "open"
    print(
        f"follow-up as of {today.isoformat()}: {counts.total} {which}, {counts.overdue} overdue", file=ctx.out
    )
    for row in rows:
        print(_line(row), file=ctx.out)
        place = f"{row.source} ({row.visit_title})" if row.visit_title else row.source
        print(f"      {row.partner_region or '—'}; {place}", file=ctx.out)
    if not rows:
        filtered = args.partner or args.owner or args.due_before
        print("  nothing to follow up" + (" with these filters" if filtered else ""), file=ctx.out)
    return EXIT_OK


@command("partner-history")
def _partner_history(args: argparse.Namespace, ctx: Context) -> int:
    from planner.domain.kinds import ActionStatus
    from planner.queries.partner_history import partner_history

    if not args.region.strip():
        raise ValidationError("give the partner region's name (see: delegation-planner list)")
    today = args.today or date.today()
    with ctx.uow() as uow:
        history = partner_history(uow, args.region, today)
    if args.json:
        ctx.emit_json({"today": today, **history.as_dict()})
        return EXIT_OK
    commitments = history.commitments
    print(f"partner region: {history.region}", file=ctx.out)
    print(f"visits: {len(history.visits)}", file=ctx.out)
    for v in history.visits:
        print(
            f"  {v.id}  {v.start_date.isoformat()} – {v.end_date.isoformat()}  {v.status:<11} {v.title}"
            f" (action items done: {v.actions_done} of {v.actions_total})",
            file=ctx.out,
        )
    print(
        f"documents: {len(history.documents)}; commitments: {len(commitments)}, "
        f"done {sum(c.status == ActionStatus.DONE for c in commitments)}, "
        f"open {len(history.open_commitments)}, overdue {sum(c.overdue for c in commitments)}",
        file=ctx.out,
    )
    for d in history.documents:
        signed = d.signed_on.isoformat() if d.signed_on else "—"
        progress = f"{d.done} of {len(d.commitments)} done"
        print(f"  {signed}  {d.title} ({d.doc_type}, {d.status}): {progress}", file=ctx.out)
        for c in d.commitments:
            print("  " + _line(c), file=ctx.out)
    if history.open_actions:
        print(f"open action items of these visits: {len(history.open_actions)}", file=ctx.out)
        for a in history.open_actions:
            print(_line(a), file=ctx.out)
    return EXIT_OK
