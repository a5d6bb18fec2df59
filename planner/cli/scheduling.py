"""Command-line commands of the itinerary engine: ``check``, ``plan`` and ``repair``.

Exit codes: 0 no error, 1 errors found (check), a plan with errors (--apply refused) or a repair
recorded with errors left (--apply writes it: the overrun happened), 2 bad input (the message says
what; nothing was changed).
"""

from __future__ import annotations

import argparse
import math
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from planner.cli.context import EXIT_FINDINGS, EXIT_OK, LANGUAGE_CHOICES, Context, command
from planner.domain.kinds import Language


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    """Add the scheduling sub-commands."""
    p = subparsers.add_parser("check", parents=[common], help="list a visit's conflicts (exit 1 on errors)")
    p.add_argument("visit", type=int)
    p.add_argument(
        "--lang",
        choices=LANGUAGE_CHOICES,
        default=Language.EN.value,
        help="language of the conflict sentences and the names in them (default en)",
    )
    p = subparsers.add_parser("plan", parents=[common], help="propose (and with --apply write) a plan")
    p.add_argument("visit", type=int)
    _proposal_options(p)
    p.add_argument(
        "--allow-day-moves",
        action="store_true",
        help="let items move to another day (off: each item keeps its day); such moves are flagged",
    )
    p = subparsers.add_parser(
        "repair",
        parents=[common],
        help="record an overrun and re-plan the rest of its day (--apply records it even if a clash is left)",
    )
    p.add_argument("visit", type=int)
    p.add_argument("--item", type=int, required=True, help="the item that overran or moved")
    end = p.add_mutually_exclusive_group(required=True)
    end.add_argument("--new-end", help="its new end, HH:MM in the host's time")
    end.add_argument(
        "--minutes", type=int, help="how many minutes longer it runs (negative: it ended that much earlier)"
    )
    p.add_argument(
        "--shift-pinned",
        action="store_true",
        help="shift a pinned item the overrun runs into, when its attendees have no other commitment then",
    )
    _proposal_options(p)


def _proposal_options(p: argparse.ArgumentParser) -> None:
    """The options plan and repair share: write or not, search time, time grid, language."""
    p.add_argument("--apply", action="store_true", help="write the proposal (one transaction)")
    p.add_argument("--seconds", type=_seconds, default=1.0, help="search time for the route solver")
    p.add_argument(
        "--grid",
        type=int,
        default=None,
        choices=(1, 5, 10, 15),
        help="minutes between planned times, for this run (default: the visit's own, 5 unless set)",
    )
    p.add_argument(
        "--lang",
        choices=LANGUAGE_CHOICES,
        default=Language.EN.value,
        help="language of reasons and conflicts and the names in them",
    )


MAX_SECONDS = 3600.0


def _seconds(text: str) -> float:
    """``--seconds``: a search time of more than 0 seconds and at most an hour; else a usage error."""
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or not 0 < value <= MAX_SECONDS:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a search time; give seconds between 0 and {MAX_SECONDS:g}, e.g. --seconds 10"
        )
    return value


@command("check")
def _check(args: argparse.Namespace, ctx: Context) -> int:
    from planner.scheduling.facts import CheckSettings
    from planner.services.planning import check_visit

    report = check_visit(ctx.uow(), args.visit, CheckSettings(language=args.lang))
    if args.json:
        ctx.emit_json(
            {
                "visit_id": report.visit_id,
                "items": report.items,
                "errors": len(report.errors),
                "warnings": len(report.warnings),
                "conflicts": [c.as_dict() for c in report.conflicts],
            }
        )
    else:
        print(
            f"visit {report.visit_id}: {report.items} items checked — {len(report.errors)} error(s), "
            f"{len(report.warnings)} warning(s)",
            file=ctx.out,
        )
        for c in report.conflicts:
            print(f"  {c.severity:<7} {c.rule:<22} {c.message}", file=ctx.out)
    return EXIT_FINDINGS if report.errors else EXIT_OK


def _count(n: int, noun: str) -> str:
    """The count and the noun: 1 move, 2 moves."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _clock(moment: datetime, tz: Any) -> str:
    return f"{moment.astimezone(tz):%d.%m %H:%M}"


def _who(groups: tuple[int, ...], names: Mapping[int, str] | None) -> str:
    """Whom an added meal is for: " — groups A, B" by name when known, else the ids as before."""
    if not groups:
        return ""
    if names is None:
        return f" (groups {list(groups)})"
    word = "group" if len(groups) == 1 else "groups"
    return f" — {word} " + ", ".join(names.get(g, str(g)) for g in groups)


def _show(ctx: Context, proposal: Any, tz_name: str, group_names: Mapping[int, str] | None = None) -> None:
    from planner.domain.timeutil import zone

    tz = zone(tz_name)
    placed = f", {len(proposal.placed)} placed from the list" if proposal.placed else ""
    print(
        f"{proposal.kind} for visit {proposal.visit_id}: {_count(len(proposal.moves), 'move')}, "
        f"{len(proposal.dropped)} dropped{placed}; {proposal.travel_minutes} min on the road "
        f"(now {proposal.travel_before} min)",
        file=ctx.out,
    )
    for note in proposal.notes:
        print(f"  note: {note}", file=ctx.out)
    for m in proposal.moves:
        change = " (shortened)" if m.shortened else ""
        if m.new_groups != m.old_groups:
            change += f" (groups {list(m.old_groups)} -> {list(m.new_groups)})"
        print(
            f"  move  {_clock(m.old_start, tz)}–{m.old_end.astimezone(tz):%H:%M} -> "
            f"{_clock(m.new_start, tz)}–{m.new_end.astimezone(tz):%H:%M}  {m.title}{change}",
            file=ctx.out,
        )
        if m.why:
            flag = "  [ANOTHER DAY]" if m.day_changed else ""
            print(f"        why: {m.why}{flag}", file=ctx.out)
    for p in proposal.placed:
        print(
            f"  place {_clock(p.new_start, tz)}–{p.new_end.astimezone(tz):%H:%M}  {p.title}"
            + (f" (groups {list(p.groups)})" if p.groups else ""),
            file=ctx.out,
        )
        if p.why:
            print(f"        why: {p.why}", file=ctx.out)
    for a in getattr(proposal, "added", ()):
        print(
            f"  add   {_clock(a.start, tz)}–{a.end.astimezone(tz):%H:%M}  {a.title}"
            + _who(a.groups, group_names),
            file=ctx.out,
        )
    for d in proposal.dropped:
        print(f"  drop  {d.title}: {d.reason} (back to the list of sites to place)", file=ctx.out)
    for e in proposal.left:
        print(f"  list  {e.title}: stays on the list — {e.reason}", file=ctx.out)
    for item_id, reason in proposal.kept:
        print(f"  kept  item {item_id}: {reason}", file=ctx.out)
    if getattr(proposal, "infeasibility", None) is not None:
        _print_budget(ctx, proposal.infeasibility)
    for c in proposal.conflicts_after:
        print(f"  after {c.severity:<7} {c.message}", file=ctx.out)
    _show_repair(ctx, proposal)


def _show_repair(ctx: Context, proposal: Any) -> None:
    """A repair's pinned items in the way, the shortest a visit may become, and the errors it leaves."""
    if proposal.kind != "repair":
        return
    for p in proposal.pinned:
        if p.applied:
            state = "shifted"
        elif p.can_shift:
            state = "add --shift-pinned to shift it"
        else:
            state = "cannot shift"
        print(f"  pinned {p.title}: {p.minutes} min later ({state})", file=ctx.out)
    if any(m.shortened for m in proposal.moves):
        print(f"  minimum: {proposal.minimum_rule}", file=ctx.out)
    for r in proposal.remaining:
        print(f"  remains {r.rule:<22} {r.sentence}", file=ctx.out)


def _print_budget(ctx: Context, explanation: Any) -> None:
    """Each group's time budget per day, after the total: why the required sites do not fit."""
    print("  why the required sites do not fit:", file=ctx.out)
    for line in explanation.lines():
        print(f"    {line}", file=ctx.out)


def _explain_unplaced(args: argparse.Namespace, ctx: Context, exc: Any) -> None:
    """The budget and what blocks each site, when required sites cannot be placed (the error itself
    goes to stderr as for any bad input; with --json, stdout gets the same as JSON)."""
    explanation = exc.explanation
    if args.json:
        ctx.emit_json(
            {
                "visit_id": args.visit,
                "kind": "plan",
                "applied": False,
                "problems": [str(p) for p in exc.problems],
                "infeasibility": explanation.as_dict(),
            }
        )
        return
    print(f"plan for visit {args.visit}: {len(exc.problems)} required site(s) cannot be placed", file=ctx.out)
    # the required ones are named on stderr with what blocks them; the optional ones left out too here
    for site in explanation.sites:
        if not site.required:
            print(f"  out   {site.title} (optional): {site.why}", file=ctx.out)
    _print_budget(ctx, explanation)
    print("nothing was changed", file=ctx.out)


def _finish(args: argparse.Namespace, ctx: Context, proposal: Any) -> int:
    from planner.queries.groups import visit_groups
    from planner.queries.visits import get_visit
    from planner.services.planning import apply_proposal

    with ctx.uow() as uow:
        tz_name = get_visit(uow, args.visit).host_timezone
        # the groups a meal is added for, by name in the language of the rest of the output
        names = {g.id: g.shown_name for g in visit_groups(uow, args.visit, args.lang)}
    applied = None
    # an overrun has happened: a repair is recorded even when a conflict remains (it is named); a
    # plan with errors is refused
    repair = proposal.kind == "repair"
    refused = bool(args.apply and proposal.errors_after and not repair)
    if args.apply and not refused and not proposal.is_empty:
        applied = apply_proposal(ctx.uow(), proposal)
    if args.json:
        ctx.emit_json(
            {
                **proposal.as_dict(),
                "applied": applied is not None,
                "refused": refused,
            }
        )
    else:
        _show(ctx, proposal, tz_name, names)
        if refused:
            print("not applied: the proposal still has errors (see 'after' above)", file=ctx.out)
        elif applied is not None:
            placed = f", {len(applied.placed)} placed from the list" if applied.placed else ""
            print(
                f"applied: {_count(len(applied.moved), 'item')} moved, {len(applied.dropped)} dropped "
                f"(returned to the list of sites to place){placed}"
                + (f", {len(applied.added)} added" if applied.added else ""),
                file=ctx.out,
            )
            if repair and proposal.errors_after:
                print(
                    f"recorded with {_count(len(proposal.errors_after), 'error')} left (see 'remains' above)",
                    file=ctx.out,
                )
        elif not args.apply:
            print("nothing was changed (add --apply to write this proposal)", file=ctx.out)
    # a repair recorded with errors left exits 1 like a check that finds errors
    return EXIT_FINDINGS if refused or (applied is not None and proposal.errors_after) else EXIT_OK


@command("plan")
def _plan(args: argparse.Namespace, ctx: Context) -> int:
    from planner.scheduling.planner import UnplacedError
    from planner.services.planning import propose_plan

    try:
        proposal = propose_plan(
            ctx.uow(),
            args.visit,
            time_limit_s=args.seconds,
            grid=args.grid,
            language=args.lang,
            allow_day_moves=args.allow_day_moves,
        )
    except UnplacedError as exc:
        if exc.explanation is not None:
            _explain_unplaced(args, ctx, exc)
        raise  # the problems on stderr, exit code 2
    return _finish(args, ctx, proposal)


@command("repair")
def _repair(args: argparse.Namespace, ctx: Context) -> int:
    from planner.domain.timeutil import parse_hhmm
    from planner.services.planning import propose_repair

    new_end = parse_hhmm(args.new_end) if args.new_end is not None else timedelta(minutes=args.minutes)
    proposal = propose_repair(
        ctx.uow(),
        args.visit,
        args.item,
        new_end,
        time_limit_s=args.seconds,
        grid=args.grid,
        language=args.lang,
        shift_pinned=args.shift_pinned,
    )
    return _finish(args, ctx, proposal)
