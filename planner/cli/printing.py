"""``delegation-planner print KIND VISIT -o OUT.pdf``: the printed documents on the command line.

The kinds and the options each takes come from the printing service's registry
(:data:`planner.services.printing.DOCUMENT_KINDS`). ReportLab is imported only when a document is built,
never when the parser is assembled.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path
from typing import Any

from planner.cli.context import EXIT_OK, LANGUAGE_CHOICES, Context, command
from planner.documents.settings import DocumentSettings
from planner.domain.errors import ValidationError
from planner.domain.kinds import Language
from planner.services.printing import (
    DOCUMENT_KIND_NAMES,
    DOCUMENT_KINDS,
    DocumentKind,
    PrintRequest,
    document_kind,
    write_pdf,
)

_PAGE = re.compile(rb"/Type /Page\b(?!s)")


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    """Add the ``print`` command."""
    p = subparsers.add_parser(
        "print",
        parents=[common],
        help="print a document of a visit to PDF",
        description=(
            "Print a document of a visit. KIND is one of: " + ", ".join(DOCUMENT_KIND_NAMES) + ". "
            "Itineraries: --participant ID (repeat or comma-separate for several) prints those people; "
            "'--participant all' (the default) prints everyone into one PDF, or one file each when -o "
            "names a folder. The documents summary and the gifts register take a VISIT or "
            "--partner-region NAME; the follow-up report takes either, or neither (every partner). "
            "Briefing sheets: one per site, or --site ID for one. Place cards and "
            "badges may add the names in --second-language; badges take --qr and --band side|role."
        ),
    )
    p.add_argument("kind", choices=DOCUMENT_KIND_NAMES, metavar="KIND", help=", ".join(DOCUMENT_KIND_NAMES))
    p.add_argument("visit", type=int, nargs="?", help="visit id (see: delegation-planner list)")
    p.add_argument("-o", "--output", type=Path, required=True, help="PDF file, or a folder for itineraries")
    p.add_argument(
        "--lang",
        choices=LANGUAGE_CHOICES,
        default=Language.RU.value,
        help="language of the document (default ru)",
    )
    p.add_argument("--day", type=int, help="day number, 1 = first day (programme, agenda)")
    p.add_argument(
        "--participant", action="append", help="participant id(s) or 'all' (itinerary); may be repeated"
    )
    p.add_argument("--meeting", type=int, help="meeting id (minutes)")
    p.add_argument("--item", type=int, help="itinerary item id of a meeting or a meal (seating)")
    p.add_argument("--landscape", action="store_true", help="landscape pages (not for itineraries)")
    p.add_argument(
        "--paper",
        choices=("a5", "a4", "a3"),
        help="page size: itinerary a5 (default, pocket size) or a4; seating a4 (default) or a3",
    )
    p.add_argument(
        "--no-guest-time",
        action="store_true",
        help="leave out the guests' time, printed beside the host's where the clocks differ "
        "(programme, agenda, itinerary)",
    )
    p.add_argument("--partner-region", help="documents summary or follow-up report of this partner region")
    p.add_argument("--site", type=int, help="site id (briefing: the sheet of that site only)")
    p.add_argument(
        "--second-language",
        choices=LANGUAGE_CHOICES,
        help="place cards and badges: the name in this language too, under the first",
    )
    p.add_argument("--qr", action="store_true", help="badges: a QR code with the participant's key")
    p.add_argument(
        "--band", choices=("side", "role"), help="badges: the colour band by side (default) or by role"
    )
    p.add_argument(
        "--open-commitments",
        action="store_true",
        help="agenda: add the commitments still open from earlier visits with the visit's partner",
    )
    p.add_argument("--organisation", default="", help="organisation named in the page header")
    p.add_argument("--emblem", type=Path, help="PNG or JPEG emblem printed in the page header")


def _participants(values: list[str] | None) -> list[int] | None:
    """None for everyone; else the ids given (``all`` alone means everyone)."""
    if not values:
        return None
    tokens = [t.strip() for v in values for t in v.split(",") if t.strip()]
    if tokens == ["all"]:
        return None
    if "all" in tokens:
        raise ValidationError("--participant is either 'all' or participant ids, not both")
    try:
        return [int(t) for t in tokens]
    except ValueError as exc:
        raise ValidationError(f"--participant takes ids (numbers) or 'all', not {', '.join(tokens)}") from exc


def _takers(option: str) -> str:
    """The kinds that take ``option`` (a :class:`DocumentKind` flag), as a phrase: "programme and agenda"."""
    names = [kind.name for kind in DOCUMENT_KINDS if getattr(kind, option)]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _refuse(args: argparse.Namespace, option: str, kinds: str) -> None:
    if getattr(args, option.lstrip("-").replace("-", "_")) not in (None, False):
        raise ValidationError(f"{option} applies to {kinds}, not to {args.kind}")


def _check_options(args: argparse.Namespace, kind: DocumentKind) -> None:
    if not kind.day:
        _refuse(args, "--day", _takers("day"))
    if not kind.participants:
        _refuse(args, "--participant", _takers("participants"))
    if not kind.paper:
        _refuse(args, "--paper", f"{_takers('paper')} (the other documents are A4)")
    if not kind.landscape:
        # the run of show prints on landscape pages; cards, badges and placards have a layout of their own
        fixed = "is always landscape" if kind.name == "run-of-show" else "has a fixed layout"
        why = f"an {kind.name} is a pocket A5 page" if kind.paper else f"the {kind.name} {fixed}"
        _refuse(args, "--landscape", f"the other documents ({why})")
    if kind.paper and args.paper is not None and args.paper not in kind.papers:
        raise ValidationError(
            f"--paper for the {kind.name} is one of {', '.join(kind.papers)}, not {args.paper}"
        )
    if not kind.second_language:
        _refuse(args, "--second-language", _takers("second_language"))
    if not kind.badge:
        _refuse(args, "--qr", _takers("badge"))
        _refuse(args, "--band", _takers("badge"))
    if not kind.meeting:
        _refuse(args, "--meeting", _takers("meeting"))
    if not kind.item:
        _refuse(args, "--item", _takers("item"))
    if not kind.partner_region:
        _refuse(args, "--partner-region", _takers("partner_region"))
    if not kind.site:
        _refuse(args, "--site", _takers("site"))
    if not kind.open_commitments:
        _refuse(args, "--open-commitments", _takers("open_commitments"))
    if not kind.guest_time:
        _refuse(args, "--no-guest-time", _takers("guest_time"))
    if args.visit is None and not kind.visit_optional and not (kind.partner_region and args.partner_region):
        raise ValidationError(f"say which visit to print the {args.kind} of (see: delegation-planner list)")
    if kind.partner_region and args.visit is not None and args.partner_region:
        noun = {"documents": "summary", "gifts": "register"}.get(kind.name, "report")
        raise ValidationError(f"the {kind.name} {noun} is for a visit or for --partner-region, not both")
    if args.day is not None and args.day < 1:
        raise ValidationError(f"--day counts from 1 (the first day of the visit), not {args.day}")


def _wants_folder(output: Path) -> bool:
    return output.is_dir() or output.suffix.lower() != ".pdf"


@command("print")
def _print(args: argparse.Namespace, ctx: Context) -> int:
    kind = document_kind(args.kind)
    _check_options(args, kind)
    settings = DocumentSettings(organisation=args.organisation, emblem_path=args.emblem, language=args.lang)
    participants = _participants(args.participant)
    request = PrintRequest(
        visit_id=args.visit,
        day=args.day,
        participant_ids=tuple(participants) if participants is not None else None,
        meeting_id=args.meeting,
        landscape=args.landscape,
        paper=args.paper or kind.papers[0],
        partner_region=args.partner_region,
        item_id=args.item,
        site_id=args.site,
        second_language=args.second_language,
        qr=args.qr,
        band=args.band or "side",
        open_commitments=args.open_commitments,
        guest_time=not args.no_guest_time,
    )
    files: list[Path]
    if kind.build_files is not None and _wants_folder(args.output):
        files = kind.render_files(ctx.uow(), settings, request, args.output)
        pages = sum(len(_PAGE.findall(f.read_bytes())) for f in files)
    else:
        pdf = kind.render(ctx.uow(), settings, request)
        files = [write_pdf(args.output, pdf)]
        pages = len(_PAGE.findall(pdf))
    if args.json:
        ctx.emit_json(
            {
                "kind": kind.name,
                "visit_id": args.visit,
                "language": args.lang,
                "files": [str(f) for f in files],
                "pages": pages,
            }
        )
    elif len(files) == 1:
        print(f"{kind.name} written to {files[0]} ({pages} page(s))", file=ctx.out)
    else:
        print(f"{len(files)} itineraries written to {args.output} ({pages} page(s) in all)", file=ctx.out)
    return EXIT_OK
