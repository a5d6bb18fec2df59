"""The run of show and the site briefing sheets: what they print for the sample and for hostile text."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from planner.cli import main
from planner.documents.settings import DocumentSettings
from planner.domain.errors import NotFoundError, ValidationError
from planner.persistence.db import Database
from planner.persistence.tables import ItineraryItem
from planner.persistence.uow import UnitOfWork
from planner.services import printing as service
from planner.services.itinerary import update_item
from tests.integration.test_documents_support import (
    HOSTILE_NAME,
    KAZAKH_LETTERS,
    LONG_SITE,
    font_dictionaries,
    hostile_visit,
    in_order,
    load,
    page_texts,
    sample_file,
    squash,
)

LANGS = ("ru", "kk", "en")
TITLES = {
    "ru": ("Сценарий проведения визита", "Памятка для объекта"),
    "kk": ("Сапарды өткізу сценарийі", "Нысанға арналған жадынама"),
    "en": ("Run of show", "Site briefing"),
}
PAGE_ONE = {"ru": "Страница 1 из", "kk": "беттің 1-беті", "en": "Page 1 of"}


def _uow(db: Database) -> UnitOfWork:
    return UnitOfWork(db.sessions)


def _embedded(pdf: bytes) -> None:
    fonts = font_dictionaries(pdf)
    assert fonts
    for font in fonts:
        assert "/FontFile2" in font["/FontDescriptor"].get_object(), font


@pytest.mark.parametrize("lang", LANGS)
def test_run_of_show_prints_every_item_in_time_order_with_cue_officer_and_staging(
    sample_db: tuple[Database, int], lang: str
) -> None:
    db, visit_id = sample_db
    pdf = service.run_of_show_pdf(_uow(db), visit_id, DocumentSettings(language=lang))
    pages = page_texts(pdf)
    text = "\n".join(pages)
    assert TITLES[lang][0] in pages[0]
    first = PdfReader(io.BytesIO(pdf)).pages[0]
    assert first.mediabox.width > first.mediabox.height  # landscape, always
    _embedded(pdf)
    data = sample_file()
    arrival = data["itinerary"][0]
    cue = arrival["run_of_show"]["cue"]
    # the officer (not a participant), the cue and the staging notes of the arrival, as typed
    for needle in (
        cue,
        arrival["run_of_show"]["officer_name"],
        "+7 701 000 00 21",
        "Оркестр — слева от стелы",
    ):
        assert squash(needle) in squash(text), needle
    # every item of every group, in time order (ru prints the typed titles)
    if lang == "ru":
        titles = [item["title"][:40] for item in data["itinerary"]]
        assert -1 not in in_order(text, titles)
    # the contacts: the protocol officer named as responsible host, with her phone
    assert squash("Құрманғалиева Әсел") in squash(text)
    assert squash("+7 7122 00-00-13") in squash(text)


def test_run_of_show_prints_hostile_text_literally(db: Database) -> None:
    data = hostile_visit()
    first = data["itinerary"][0]
    first["run_of_show"] = {
        "cue": f"When {HOSTILE_NAME} arrives",
        "staging_notes": 'Flags <left> & chairs "right"',
        "officer_name": f"Officer {KAZAKH_LETTERS}",
        "officer_phone": "+7 <701> & 2",
    }
    with _uow(db) as uow:
        visit_id = load(uow, data)
    text = "\n".join(page_texts(service.run_of_show_pdf(_uow(db), visit_id, DocumentSettings(language="kk"))))
    for needle in first["run_of_show"].values():
        assert squash(needle) in squash(text), needle


def test_an_item_edit_of_the_run_of_show_fields_prints_and_undoes(sample_db: tuple[Database, int]) -> None:
    db, visit_id = sample_db
    with _uow(db) as uow:
        item_id = uow.session.scalars(
            ItineraryItem.__table__.select()
            .with_only_columns(ItineraryItem.id)
            .where(ItineraryItem.visit_id == visit_id, ItineraryItem.cue == "")
        ).first()
    assert item_id is not None
    done = update_item(_uow(db), item_id, {"cue": "Гонг & <свет>", "officer_name": "Ә. Officer"})
    text = "\n".join(page_texts(service.run_of_show_pdf(_uow(db), visit_id, DocumentSettings(language="en"))))
    assert squash("Гонг & <свет>") in squash(text) and squash("Ә. Officer") in squash(text)
    update_item(_uow(db), item_id, done.old)  # undo
    with _uow(db) as uow:
        item = uow.session.get(ItineraryItem, item_id)
        assert item is not None and (item.cue, item.officer_name) == ("", "")


def test_a_run_of_show_field_too_long_is_refused_naming_the_field(sample_db: tuple[Database, int]) -> None:
    db, _ = sample_db
    with pytest.raises(ValidationError) as caught:
        update_item(_uow(db), 1, {"cue": "x" * 1001})
    assert "cue" in str(caught.value) and "1000" in str(caught.value)
    with _uow(db) as uow:
        item = uow.session.get(ItineraryItem, 1)
        assert item is not None and len(item.cue) < 1001


@pytest.mark.parametrize("lang", LANGS)
def test_briefing_prints_one_sheet_per_site_each_numbered_from_one(
    sample_db: tuple[Database, int], lang: str
) -> None:
    db, visit_id = sample_db
    pdf = service.briefing_pdf(_uow(db), visit_id, DocumentSettings(language=lang))
    pages = page_texts(pdf)
    _embedded(pdf)
    data = sample_file()
    sites_used = {item["site"] for item in data["itinerary"] if item.get("site")}
    starts = [n for n, page in enumerate(pages) if PAGE_ONE[lang] in page]
    assert len(starts) == len(sites_used)
    # every sheet starts with its title
    assert all(TITLES[lang][1] in pages[n] for n in starts)


def test_briefing_of_one_site_names_who_comes_in_protocol_order_and_who_speaks(
    sample_db: tuple[Database, int],
) -> None:
    db, visit_id = sample_db
    data = sample_file()
    # the talks with the akim: a meeting at a site, with its agenda as topics
    talks = next(i for i in data["itinerary"] if i["key"] == "I006")
    site_key = talks["site"]
    with _uow(db) as uow:
        from planner.persistence.tables import Site

        site_name = next(s["name"] for s in data["sites"] if s["key"] == site_key)
        site_id = uow.session.scalars(
            Site.__table__.select().with_only_columns(Site.id).where(Site.name == site_name)
        ).one()
    pdf = service.briefing_pdf(_uow(db), visit_id, DocumentSettings(language="ru"), site_id=site_id)
    text = "\n".join(page_texts(pdf))
    assert "Страница 1 из" in text and text.count("Страница 1 из") == 1
    assert squash(site_name) in squash(text)
    guests = [p for p in data["participants"] if p["side"] == "guest" and p["key"] in talks["attendees"]]
    assert -1 not in in_order(text, [p["full_name"] for p in guests])
    assert squash("от гостей: Бабушкин Игорь Юрьевич") in squash(text)
    meeting = next(m for m in data["meetings"] if m["item"] == "I006")
    assert squash(meeting["agenda"][0]) in squash(text)


def test_every_single_site_sheet_prints_even_where_a_row_of_facts_splits_across_pages(
    sample_db: tuple[Database, int],
) -> None:
    # the akimat's sheet (five visits) once split a facts row across pages and crashed on the second half
    from planner.queries.documents.briefing import briefing_data

    db, visit_id = sample_db
    with _uow(db) as uow:
        sites = briefing_data(uow, visit_id, "ru").sites
    busiest = sorted(sites, key=lambda s: len(s.visits), reverse=True)[:3]
    for site in busiest:
        for lang in LANGS:
            pages = page_texts(
                service.briefing_pdf(
                    _uow(db), visit_id, DocumentSettings(language=lang), site_id=site.site_id
                )
            )
            assert sum(PAGE_ONE[lang] in page for page in pages) == 1


def test_briefing_of_a_site_the_programme_does_not_use_says_which_it_does(
    sample_db: tuple[Database, int],
) -> None:
    db, visit_id = sample_db
    with pytest.raises(NotFoundError, match=r"no item of visit .* is at site 99999 \(sites used: "):
        service.briefing_pdf(_uow(db), visit_id, DocumentSettings(language="ru"), site_id=99999)


def test_briefing_prints_hostile_site_and_people_literally(db: Database) -> None:
    data = hostile_visit()
    with _uow(db) as uow:
        visit_id = load(uow, data)
    text = "\n".join(page_texts(service.briefing_pdf(_uow(db), visit_id, DocumentSettings(language="en"))))
    for needle in (HOSTILE_NAME, LONG_SITE, "+7 <1>", "Talks <b>not bold</b> &copy; & more"):
        assert squash(needle) in squash(text), needle


def _cli(db: Database, *args: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(["--db", str(db.path), "print", *args], out=out)
    return code, out.getvalue()


def test_cli_prints_the_three_documents_and_refuses_a_site_elsewhere(
    sample_db: tuple[Database, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, visit_id = sample_db
    for kind in ("run-of-show", "gifts", "briefing"):
        target = tmp_path / f"{kind}.pdf"
        code, out = _cli(db, kind, str(visit_id), "-o", str(target), "--lang", "kk")
        assert code == 0 and "page(s)" in out, out
        assert target.stat().st_size > 1000
    code, _ = _cli(db, "briefing", str(visit_id), "--site", "1", "-o", str(tmp_path / "one.pdf"))
    assert code in (0, 2)  # site 1 may or may not be on the programme: either a sheet or a clear message
    code, _ = _cli(db, "programme", str(visit_id), "--site", "1", "-o", str(tmp_path / "p.pdf"))
    assert code == 2
    assert "--site applies to briefing, not to programme" in capsys.readouterr().err
    code, _ = _cli(db, "run-of-show", str(visit_id), "--landscape", "-o", str(tmp_path / "r.pdf"))
    assert code == 2
    assert "the run-of-show is always landscape" in capsys.readouterr().err
