"""Helpers shared by the document tests: reading PDFs back, and visits built for printing.

(Named ``test_documents_*`` to live beside the tests; it holds no tests itself.)
"""

from __future__ import annotations

import io
import json
import re
from datetime import UTC, datetime
from typing import Any

from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from planner.interchange.visit_format import import_visit
from planner.persistence.uow import UnitOfWork
from tests.support.synthetic import synthetic_visit

HOSTILE_NAME = 'Tom & "Jerry" <Ltd>'
# 300 characters without a space: a site name typed (or pasted) by someone who never pressed space
LONG_SITE = ("ОбъектҚазақстанӘуежайы" * 14)[:300]
KAZAKH_LETTERS = "ӘҒҚҢӨҰҮҺІәғқңөұүһі"  # every letter Kazakh adds to Russian's alphabet


def page_texts(pdf: bytes) -> list[str]:
    """The extracted text of every page."""
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def squash(text: str) -> str:
    """Text without white space or hyphens: a word hyphenated over lines reads back whole, whether the
    line ends at its own hyphen ("Хлеб-|соль") or at one the layout added (tests/unit/documents/
    test_page_layout.py checks that every break inside a word has its hyphen)."""
    return re.sub(r"[\s-]+", "", text)


def in_order(haystack: str, needles: list[str]) -> list[int]:
    """Positions of ``needles`` found one after another in ``haystack`` (squashed); -1 for a miss."""
    text, position, found = squash(haystack), 0, []
    for needle in needles:
        at = text.find(squash(needle), position)
        found.append(at)
        if at >= 0:
            position = at + len(squash(needle))
    return found


def font_dictionaries(pdf: bytes) -> list[DictionaryObject]:
    """Every font dictionary used by any page (the descendant font for composite fonts)."""
    fonts = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        resources = page.get("/Resources")
        if resources is None:
            continue
        for ref in resources.get_object().get("/Font", {}).values():
            font = ref.get_object()
            if font.get("/Subtype") == "/Type0":
                font = font["/DescendantFonts"][0].get_object()
            fonts.append(font)
    return fonts


def hostile_visit() -> dict[str, Any]:
    """A small visit whose texts try every trap: markup characters, quotes, line breaks, a 300-char word.

    Every kind of record a document prints is present: a meeting with outcomes and action items, a signed
    document with signatories and commitments, vehicles with passengers.
    """
    data = synthetic_visit(sites=3, participants=6, items=6, days=2, groups=2, seed=4)
    people = data["participants"]
    people[0].update(
        full_name=HOSTILE_NAME,
        title='Director of "A<B" & Sons\nsecond line',
        organisation=LONG_SITE,
        phone="+7 701 <000> & 01",
        role="head",
    )
    people[1].update(full_name="Әлібек Ғалымжанұлы", name_i18n={"kk": f"Әлібек {KAZAKH_LETTERS}"})
    data["sites"][0].update(name=LONG_SITE, contact_name=HOSTILE_NAME, contact_phone="+7 <1>")
    data["sites"][1].update(name_i18n={"kk": f"Нысан {KAZAKH_LETTERS}"})
    first = data["itinerary"][0]
    first.update(
        kind="meeting",
        title="Talks <b>not bold</b> &copy; & more",
        notes="Line one\nLine two & <three>",
        site="S1",
        attendees=["P1", "P2", "P3", "P4"],
        responsible_host="P2",
    )
    for item in data["itinerary"]:
        item["groups"] = []
        item.setdefault("attendees", [])
        if "P1" not in item["attendees"]:
            item["attendees"] = ["P1", *item["attendees"]]
    data["meetings"] = [
        {
            "item": first["key"],
            "format": "narrow",
            "agenda": ["Point <1> & more", LONG_SITE],
            "minutes": 'They said "yes" & <no>.\n\nSecond paragraph.',
            "outcomes": [
                {
                    "topic": "Trade & <customs>",
                    "text": f"Agreed with {HOSTILE_NAME}",
                    "action_items": [
                        {"description": "Prepare <draft>", "owner": "P1", "due_date": "2023-06-01"},
                        {"description": LONG_SITE, "owner_text": "Someone & Co", "status": "late"},
                    ],
                }
            ],
        }
    ]
    data["signed_documents"] = [
        {
            "title": 'Memorandum "A&B" <draft>',
            "type": "memorandum",
            "partner_region": "Region <X>",
            "parties": [HOSTILE_NAME, "Party & Two"],
            "signatories": [
                {"name": HOSTILE_NAME, "title": "CEO <x>", "party": "Party & Two", "participant": "P1"}
            ],
            "signed_on": "2023-05-11",
            "place": LONG_SITE,
            "term_start": "2023-05-11",
            "commitments": [{"area": "trade & <x>", "text": LONG_SITE, "responsible": HOSTILE_NAME}],
        }
    ]
    data["vehicles"] = [
        {
            "key": "V1",
            "label": "Car <1> & co",
            "kind": "car",
            "plate": "A 777 <AA>",
            "driver_name": HOSTILE_NAME,
            "driver_phone": "+7 & 1",
            "seats": 4,
            "passengers": [{"participant": "P1", "item": None}, {"participant": "P2", "item": None}],
        }
    ]
    return data


def sample_file() -> dict[str, Any]:
    """The sample visit file, read directly (expected values come from it, not from our queries)."""
    from planner.services.visits import SAMPLE_VISIT

    return json.loads(SAMPLE_VISIT.read_text(encoding="utf-8"))


def concerned(data: dict[str, Any], key: str) -> list[dict[str, Any]]:
    """Items of a visit file that concern participant ``key``, in the order documents print them."""
    members = {g["key"]: set(g.get("members", [])) for g in data.get("groups", [])}
    mine = []
    for position, item in enumerate(data["itinerary"]):
        attendees, groups = item.get("attendees", []), item.get("groups", [])
        everyone = not attendees and not groups
        if everyone or key in attendees or any(key in members[g] for g in groups):
            mine.append((item["starts_at"], item["ends_at"], position, item))
    return [row[-1] for row in sorted(mine, key=lambda r: (_utc(r[0]), _utc(r[1]), r[2]))]


def _utc(stamp: str) -> datetime:
    return datetime.fromisoformat(stamp).astimezone(UTC)


def load(uow: UnitOfWork, data: dict[str, Any]) -> int:
    """Import a visit dict in one transaction and return its id."""
    with uow:
        visit_id = import_visit(uow, data)
        uow.commit()
    return visit_id
