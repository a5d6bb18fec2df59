"""Reports about a partner (the follow-up, and the documents summary and gifts register of a partner
region) name the host organisation in every page's header and the partner region in the report's language,
as the documents of one visit do."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from planner.documents.settings import DocumentSettings
from planner.persistence.db import Database
from planner.persistence.uow import UnitOfWork
from planner.services import printing as service
from tests.integration.test_documents_support import page_texts, sample_file

PARTNER = "Астраханская область"
TODAY = date(2024, 1, 15)

Build = Callable[[UnitOfWork, int, DocumentSettings], bytes]

REPORTS: dict[str, Build] = {
    "follow-up of the visit": lambda u, v, s: service.follow_up_pdf(u, s, visit_id=v, today=TODAY),
    "follow-up of the partner": lambda u, v, s: service.follow_up_pdf(
        u, s, partner_region=PARTNER, today=TODAY
    ),
    "follow-up of every partner": lambda u, v, s: service.follow_up_pdf(u, s, today=TODAY),
    "documents of the partner": lambda u, v, s: service.documents_pdf(u, s, partner_region=PARTNER),
    "gifts of the partner": lambda u, v, s: service.gifts_pdf(u, s, partner_region=PARTNER),
}


def _in(lang: str, default: str, translations: dict[str, str]) -> str:
    return translations.get(lang) or default


@pytest.mark.parametrize("report", sorted(REPORTS))
@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_every_page_names_the_host_organisation(
    sample_db: tuple[Database, int], report: str, lang: str
) -> None:
    db, visit_id = sample_db
    visit = sample_file()["visit"]
    host = _in(lang, visit["host_organisation"], visit["host_organisation_i18n"])
    pdf = REPORTS[report](UnitOfWork(db.sessions), visit_id, DocumentSettings(language=lang))
    pages = page_texts(pdf)
    assert [n for n, text in enumerate(pages, 1) if host not in " ".join(text.split())] == []


@pytest.mark.parametrize("report", sorted(r for r in REPORTS if "every" not in r))
@pytest.mark.parametrize("lang", ["kk", "en"])
def test_the_partner_region_is_printed_in_the_reports_language(
    sample_db: tuple[Database, int], report: str, lang: str
) -> None:
    db, visit_id = sample_db
    delegation = sample_file()["delegation"]
    region = _in(lang, delegation["home_region"], delegation["home_region_i18n"])
    pdf = REPORTS[report](UnitOfWork(db.sessions), visit_id, DocumentSettings(language=lang))
    first = " ".join(page_texts(pdf)[0].split())
    assert region in first
    assert PARTNER not in first
