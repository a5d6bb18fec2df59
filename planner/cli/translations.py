"""Command-line command for names in other languages: ``missing-translations``."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import Any

from planner.cli.context import EXIT_OK, Context, command

# how the text output names each kind of name (planner.queries.translations.NameField values)
FIELD_LABELS: dict[str, str] = {
    "visit_title": "visit title",
    "delegation_name": "delegation",
    "home_region": "home region",
    "host_region": "host region",
    "host_organisation": "host organisation",
    "arrival_mode": "arrival",
    "purpose": "purpose",
    "person_name": "name",
    "person_title": "position",
    "person_organisation": "organisation",
    "group_name": "group",
    "site_name": "site",
    "site_address": "address",
    "item_title": "event",
    "item_place": "place",
    "item_notes": "notes",
    "meeting_agenda": "agenda point",
    "meeting_minutes": "minutes",
    "outcome_topic": "topic",
    "outcome_text": "decision",
    "action_task": "task",
    "action_owner": "task owner",
    "document_title": "document",
    "document_partner_region": "partner region",
    "document_party": "party",
    "document_place": "place signed",
    "document_notes": "document notes",
    "signatory_title": "signatory's position",
    "signatory_party": "signed for",
    "commitment_area": "area",
    "commitment_text": "commitment",
    "commitment_responsible": "responsible",
    "vehicle_label": "vehicle",
    "driver_name": "driver",
    "vehicle_notes": "vehicle notes",
}


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add the translation sub-commands."""
    p = sub.add_parser(
        "missing-translations",
        parents=[common],
        help="list the names of a visit that documents in a language would print untranslated",
    )
    p.add_argument("visit", type=int)
    p.add_argument("--lang", choices=("ru", "kk", "en"), required=True, help="language of the documents")


@command("missing-translations")
def _missing_translations(args: argparse.Namespace, ctx: Context) -> int:
    from planner.queries.translations import missing_translations

    with ctx.uow() as uow:
        rows = missing_translations(uow, args.visit, args.lang)
    if args.json:
        ctx.emit_json([asdict(r) for r in rows])
        return EXIT_OK
    if not rows:
        print(f"every name of visit {args.visit} has a text in {args.lang}", file=ctx.out)
        return EXIT_OK
    print(f"{len(rows)} name(s) of visit {args.visit} print untranslated in {args.lang}:", file=ctx.out)
    width = max(len(FIELD_LABELS[r.field]) for r in rows)
    for r in rows:
        owner = f"{r.owner}: " if r.owner and r.owner != r.text else ""
        print(f"  {FIELD_LABELS[r.field]:<{width}}  {owner}{r.text}", file=ctx.out)
    return EXIT_OK
