"""A person's name is never hyphenated: a protocol office does not print "Тлеуова Жанар Ербо-ловна"."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from planner.documents.settings import DocumentSettings
from planner.persistence.db import Database
from planner.persistence.uow import UnitOfWork
from planner.queries.documents.names import words_of
from planner.services import printing as service
from tests.integration.test_documents_support import page_texts, sample_file

Build = Callable[[UnitOfWork, int, DocumentSettings], bytes]

KINDS: dict[str, Build] = {
    "programme": lambda u, v, s: service.programme_pdf(u, v, s),
    "agenda": lambda u, v, s: service.agenda_pdf(u, v, s, day=1),
    "delegation-list": lambda u, v, s: service.delegation_list_pdf(u, v, s),
    "minutes": lambda u, v, s: service.minutes_pdf(u, v, s, meeting_id=2),
    "arrivals": lambda u, v, s: service.arrivals_pdf(u, v, s),
}


def _name_words() -> frozenset[str]:
    people = sample_file()["participants"]
    return words_of([name for p in people for name in [p["full_name"], *p.get("name_i18n", {}).values()]])


@pytest.mark.parametrize("kind", sorted(KINDS))
@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_no_name_is_hyphenated(sample_db: tuple[Database, int], kind: str, lang: str) -> None:
    db, visit_id = sample_db
    pdf = KINDS[kind](UnitOfWork(db.sessions), visit_id, DocumentSettings(language=lang))
    names = _name_words()
    text = "\n".join(page_texts(pdf))
    tokens = {token.strip(".,;:()«»“”") for token in text.split()}
    # a name printed as its head with a hyphen at the end of one line and its tail on another
    split = sorted(
        f"{word[:at]}-{word[at:]}"
        for word in names
        for at in range(2, len(word) - 1)
        if f"{word[:at]}-" in tokens and word[at:] in tokens
    )
    assert not split, split


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_no_name_is_hyphenated_in_the_notices(
    sample_db: tuple[Database, int], lang: str, tmp_path: Path
) -> None:
    """Notices are drawn by their own path (in worker processes): they keep names whole too."""
    from datetime import timedelta

    from pypdf import PdfReader

    from planner.queries.itinerary import visit_items
    from planner.queries.programme_version import programme_version
    from planner.services.itinerary import move_item
    from planner.services.versions import write_notices

    db, visit_id = sample_db
    with UnitOfWork(db.sessions) as uow:
        since = programme_version(uow, visit_id)
        items = visit_items(uow, visit_id)
    for item in items[:12]:  # a morning's changes: most of the delegation is told
        move_item(UnitOfWork(db.sessions), item.id, item.starts_at + timedelta(minutes=5))
    write_notices(UnitOfWork(db.sessions), visit_id, since, tmp_path, DocumentSettings(language=lang))
    names = _name_words()
    split: list[str] = []
    notices = sorted(tmp_path.glob("*-notice-v*.pdf"))
    assert len(notices) > 20  # most of the delegation is told
    for path in notices:
        text = " ".join(page.extract_text() for page in PdfReader(path).pages)
        tokens = {t.strip(".,;:()«»“”") for t in text.split()}
        split += [
            f"{path.name}: {word[:at]}-{word[at:]}"
            for word in names
            for at in range(2, len(word) - 1)
            if f"{word[:at]}-" in tokens and word[at:] in tokens
        ]
    assert not split, split


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_a_name_wider_than_its_column_is_printed_smaller_not_cut(
    sample_db: tuple[Database, int], lang: str
) -> None:
    """The gifts register's From and To columns are narrow: "Жумангалиевич" was cut into "Жуман" and
    "галиевич" (names are never hyphenated); it is printed whole, a little smaller."""
    db, visit_id = sample_db
    pdf = service.gifts_pdf(UnitOfWork(db.sessions), DocumentSettings(language=lang), visit_id=visit_id)
    text = "\n".join(page_texts(pdf))
    tokens = {token.strip(".,;:()«»“”") for token in text.split()}
    names = _name_words()
    cut = sorted(
        f"{word[:at]}|{word[at:]}"
        for word in names
        for at in range(3, len(word) - 2)
        if word[:at] in tokens and word[at:] in tokens
    )
    assert not cut, cut
