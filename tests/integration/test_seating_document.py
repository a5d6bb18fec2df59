"""The seating plan on paper: both heads at the centre of the drawn table, names in precedence order in
the list, every language, A3, hostile names and Kazakh letters printed literally."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from planner.documents.settings import DocumentSettings
from planner.domain.errors import NotFoundError, ValidationError
from planner.persistence.db import Database
from planner.persistence.uow import UnitOfWork
from planner.queries.seating import seating_items, seating_plan, seating_plan_of_visit
from planner.services import printing, seating
from tests.integration.test_documents_support import (
    HOSTILE_NAME,
    KAZAKH_LETTERS,
    hostile_visit,
    in_order,
    load,
    page_texts,
    squash,
)

TALKS, DINNER = 8, 13
GUEST_HEAD, HOST_HEAD = "Бабушкин Игорь Юрьевич", "Шапкенов Серик Жумангалиевич"


def _pdf(db: Database, visit_id: int, item: int, lang: str = "ru", paper: str = "a4") -> bytes:
    settings = DocumentSettings(language=lang)
    return printing.seating_pdf(UnitOfWork(db.sessions), visit_id, settings, item_id=item, paper=paper)


def _first_words_x(pdf: bytes) -> tuple[float, dict[str, float]]:
    """The page width and the x of the first fragment of every text drawn on page 1."""
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    found: dict[str, float] = {}

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip() and text.strip() not in found:
            found[text.strip()] = tm[4] * cm[0] + cm[4]

    page.extract_text(visitor_text=visit)
    return float(page.mediabox.width), found


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_the_heads_sit_at_the_centre_of_the_talks(sample_db: tuple[Database, int], lang: str) -> None:
    db, visit_id = sample_db
    seating.propose_seating(UnitOfWork(db.sessions), TALKS, "rect")
    with UnitOfWork(db.sessions) as uow:
        plan = seating_plan(uow, TALKS, lang)
    heads = [s.person for s in plan.seats if s.number == 1]
    assert sorted(p.role for p in heads) == ["head", "head"] and {p.side for p in heads} == {"guest", "host"}
    pdf = _pdf(db, visit_id, TALKS, lang)
    width, where = _first_words_x(pdf)
    assert width > 800  # landscape A4: 842 points wide
    text = "".join(page_texts(pdf))
    centre = {"ru": "в центре", "kk": "ортада", "en": "centre"}[lang]
    plan_word = {"ru": "План рассадки", "kk": "Отырғызу жоспары", "en": "Seating plan"}[lang]
    assert plan_word in text
    # the list names each head's place "at the centre", once per side
    assert text.count(centre) == 2
    for head in heads:
        # on the drawing the head's name is drawn about the middle of the page
        first_word = head.name.split()[0]
        xs = [x for t, x in where.items() if t.startswith(first_word[:5])]
        assert xs, f"{head.name} is not drawn"
        assert abs(xs[0] - width / 2) < 45, f"{head.name} is not at the centre ({xs[0]:.0f} of {width:.0f})"


def test_the_banquet_lists_each_table_by_precedence_and_prints_on_a3(sample_db: tuple[Database, int]) -> None:
    db, visit_id = sample_db
    seating.propose_seating(UnitOfWork(db.sessions), DINNER, "round", table_size=10)
    pdf = _pdf(db, visit_id, DINNER, "ru", paper="a3")
    assert float(PdfReader(io.BytesIO(pdf)).pages[0].mediabox.width) > 1150  # A3 landscape: 1191 points
    text = "".join(page_texts(pdf))
    # table 1: the host, the guest of honour on the host's right, then the next guest and host
    assert min(in_order(text, [HOST_HEAD, "хозяин стола", GUEST_HEAD, "1-е справа от хозяина"])) >= 0
    assert "Стол 4" in text and "не сохранено" not in text


def test_an_item_without_a_plan_prints_the_proposal_marked_unsaved(sample_db: tuple[Database, int]) -> None:
    db, visit_id = sample_db
    text = "".join(page_texts(_pdf(db, visit_id, DINNER, "en")))
    assert "Proposed by the rules of protocol (not saved)" in text
    assert "Banquet: round tables of 10 seats" in text


def test_a_wrong_item_is_refused_with_the_choices(sample_db: tuple[Database, int]) -> None:
    db, visit_id = sample_db
    with pytest.raises(ValidationError, match=r"--item ID.*8 \(Переговоры"):
        printing.seating_pdf(UnitOfWork(db.sessions), visit_id, DocumentSettings(), item_id=None)
    with pytest.raises(NotFoundError, match="no meeting or meal with id 1;"):
        _pdf(db, visit_id, 1)
    # the choices are named in the language asked for, as the plan would print them
    talks_in_english = r"--item ID.*8 \(Extended talks with both delegations\)"
    with pytest.raises(ValidationError, match=talks_in_english) as refused:
        printing.seating_pdf(UnitOfWork(db.sessions), visit_id, DocumentSettings(language="en"), item_id=None)
    assert "Переговоры" not in str(refused.value)


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_hostile_names_and_kazakh_letters_print_literally(db: Database, lang: str) -> None:
    visit_id = load(UnitOfWork(db.sessions), hostile_visit())
    with UnitOfWork(db.sessions) as uow:
        item = seating_items(uow, visit_id)[0].id
    seating.propose_seating(UnitOfWork(db.sessions), item, "rect")
    text = "".join(page_texts(_pdf(db, visit_id, item, lang)))
    assert squash(HOSTILE_NAME) in squash(text)
    assert "&amp;" not in text and "&lt;" not in text and "&quot;" not in text
    if lang == "kk":
        assert squash(f"Әлібек {KAZAKH_LETTERS}") in squash(text)


def _drawn_labels(pdf: bytes) -> list[tuple[str, float, float]]:
    """(text, font size, y) of every text drawn on the canvas of page 1 above the list (the labels)."""
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    drawn: list[tuple[str, float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            drawn.append((text.strip(), size, tm[5]))

    page.extract_text(visitor_text=visit)
    return drawn


@pytest.mark.parametrize("item", [6, DINNER])
@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_every_seat_label_has_the_same_size_and_a_cut_position_ends_with_an_ellipsis(
    sample_db: tuple[Database, int], item: int, lang: str
) -> None:
    """Labels shrank each to its own name ('Құрманғалиева' smaller than its neighbours), and a position
    longer than four lines was cut without a mark ('…бірінші' with 'орынбасары' missing)."""
    db, visit_id = sample_db
    with UnitOfWork(db.sessions) as uow:
        plan, _ = seating_plan_of_visit(uow, visit_id, item, lang)
    names = {s.person.name_beside(s.person.title or s.person.organisation) for s in plan.seats}
    pdf = _pdf(db, visit_id, item, lang)
    drawn = _drawn_labels(pdf)
    # the labels' name lines: a line that is a part of a seated person's name, drawn under 8.5 pt
    name_sizes = {round(size, 2) for text, size, _ in drawn if size < 8.5 and any(text in n for n in names)}
    assert len(name_sizes) == 1, name_sizes
    # a cut position ends with "…" and is whole in the list
    positions = [s.person.title or s.person.organisation for s in plan.seats]
    (name_size,) = name_sizes
    small = [text for text, size, _ in drawn if abs(size - (name_size - 1)) < 0.01]  # positions: 1 pt less
    cut = [text for text in small if text.endswith("…")]
    for line in small:
        assert any(line.rstrip("…") in p for p in positions) or line.endswith("…"), line
    if item == 6:  # the talks' narrow places: the longest positions take more than four lines
        assert cut
