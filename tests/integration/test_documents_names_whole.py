"""A person's name is never hyphenated: a protocol office does not print "Тлеуова Жанар Ербо-ловна"."""

from __future__ import annotations

from collections.abc import Callable

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
