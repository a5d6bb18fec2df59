"""What belongs together stays on one line: initials and their surname ("И. Ю." / "Бабушкиным"), an
abbreviation and its word ("г." / "Атырау"), a street and its house number ("ул. Махамбета," / "118")."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from datetime import date

import pytest

from planner.documents.catalogue import label, value_name
from planner.documents.formatting import long_date
from planner.documents.settings import DocumentSettings
from planner.domain.kinds import ActionStatus
from planner.persistence.db import Database
from planner.persistence.uow import UnitOfWork
from planner.services import printing as service
from tests.integration.test_documents_support import page_texts, sample_file

Build = Callable[[UnitOfWork, int, DocumentSettings], bytes]

KINDS: dict[str, Build] = {
    "programme": lambda u, v, s: service.programme_pdf(u, v, s),
    "agenda": lambda u, v, s: service.agenda_pdf(u, v, s, day=1),
    "run-of-show": lambda u, v, s: service.run_of_show_pdf(u, v, s),
}

UPPER = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
# a line that ends with an initial, or with an abbreviation that names what follows it (not the year's
# "2023 г.")
LEFT_ALONE = re.compile(f"(?:^|(?<=[^\\d\\s])\\s)(?:[{UPPER}]\\.|г\\.|ул\\.|пр\\.|д\\.|пл\\.|№)$")
INITIALS_ONLY = re.compile(f"^(?:[{UPPER}]\\.\\s*)+$")  # a column head "Ф. И. О.", "Т. А. Ә."
# a line that starts with a house number (or the rest of the street before it)
NUMBER_ALONE = re.compile(r"^\d{1,4}(?:,|$)")


def _broken(pdf: bytes) -> list[str]:
    found = []
    for page in page_texts(pdf):
        lines = [line.strip() for line in page.splitlines()]
        for line, following in itertools.pairwise(lines):
            if LEFT_ALONE.search(line) and not INITIALS_ONLY.match(line):
                found.append(f"{line} / {following}")
            if line.endswith(",") and NUMBER_ALONE.match(following):
                found.append(f"{line} / {following}")
    return found


@pytest.mark.parametrize("kind", sorted(KINDS))
@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_initials_abbreviations_and_numbers_stay_with_their_word(
    sample_db: tuple[Database, int], kind: str, lang: str
) -> None:
    db, visit_id = sample_db
    pdf = KINDS[kind](UnitOfWork(db.sessions), visit_id, DocumentSettings(language=lang))
    assert _broken(pdf) == []


VEHICLE_KINDS: dict[str, Build] = {
    "transport": lambda u, v, s: service.transport_pdf(u, v, s),
    "motorcade": lambda u, v, s: service.motorcade_pdf(u, v, s),
}


@pytest.mark.parametrize("kind", sorted(VEHICLE_KINDS))
@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_a_plate_is_never_broken_over_two_lines(
    sample_db: tuple[Database, int], kind: str, lang: str
) -> None:
    """A car's heading may wrap, but before its plate, never inside: "— А" / "777 АС 30" was printed."""
    db, visit_id = sample_db
    plates = [v["plate"] for v in sample_file()["vehicles"] if v.get("plate")]
    pdf = VEHICLE_KINDS[kind](UnitOfWork(db.sessions), visit_id, DocumentSettings(language=lang))
    lines = [" ".join(line.split()) for page in page_texts(pdf) for line in page.splitlines()]
    missing = [plate for plate in plates if not any(plate in line for line in lines)]
    assert missing == []


WHOLE_WORD_KINDS: dict[str, Build] = {
    "programme": lambda u, v, s: service.programme_pdf(u, v, s),
    "follow-up": lambda u, v, s: service.follow_up_pdf(u, s, visit_id=v, today=date(2024, 1, 15)),
    "documents": lambda u, v, s: service.documents_pdf(u, s, visit_id=v),
}


# each document's title (also in the page header) and column heads
WHOLE_LABELS = {
    "programme": ("programme", "participants_responsible"),
    "follow-up": ("follow_up", "fu_what", "fu_overdue"),
    "documents": ("documents", "commitment", "signed"),  # and a label of the facts
}


def _never_hyphenated(kind: str, lang: str) -> set[str]:
    """The words of titles, page headers, column heads and one-word status cells."""
    texts = [label(key, lang) for key in WHOLE_LABELS[kind]]
    if kind != "programme":
        texts += [value_name("action_status", status.value, lang) for status in ActionStatus]
    return {word.strip("/(),.:") for text in texts for word in text.split() if len(word) >= 6}


@pytest.mark.parametrize("kind", sorted(WHOLE_WORD_KINDS))
@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_titles_headers_and_statuses_are_not_hyphenated(
    sample_db: tuple[Database, int], kind: str, lang: str
) -> None:
    """'…орындалуын бақы-' / 'лау' (a title), 'обяза-' / 'тельств' (the page header), 'просроче-' / 'но'
    (under a due date), 'ответствен-' / 'ный' (a column head) were printed."""
    db, visit_id = sample_db
    pdf = WHOLE_WORD_KINDS[kind](UnitOfWork(db.sessions), visit_id, DocumentSettings(language=lang))
    tokens = {token for page in page_texts(pdf) for token in page.split()}
    split = sorted(
        f"{word[:at]}-{word[at:]}"
        for word in _never_hyphenated(kind, lang)
        for at in range(2, len(word) - 1)
        if f"{word[:at]}-" in tokens and word[at:] in tokens
    )
    assert split == []


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_no_row_of_the_programme_is_alone_on_a_page(sample_db: tuple[Database, int], lang: str) -> None:
    """The farewell sat alone on the last page (ru, kk)."""
    db, visit_id = sample_db
    pdf = service.programme_pdf(UnitOfWork(db.sessions), visit_id, DocumentSettings(language=lang))
    starts = re.compile(r"^\d\d:\d\d–\d\d:\d\d(?: \(\+\d\))?$")  # an item's time, not the guests'
    counts = [sum(bool(starts.match(line.strip())) for line in page.splitlines()) for page in page_texts(pdf)]
    assert 1 not in counts, counts


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_the_documents_summary_writes_its_dates_in_one_form(
    sample_db: tuple[Database, int], lang: str
) -> None:
    """'Signed 11 May 2023' was printed next to 'Term 11.05.2023 – open-ended'."""
    db, visit_id = sample_db
    pdf = service.documents_pdf(UnitOfWork(db.sessions), DocumentSettings(language=lang), visit_id=visit_id)
    text = " ".join(" ".join(page_texts(pdf)).split())
    assert re.search(r"\d\d\.\d\d\.\d{4} –", text) is None  # a term written 11.05.2023 – …
    for document in sample_file()["signed_documents"]:
        start, end = (
            date.fromisoformat(d) if d else None for d in (document["term_start"], document["term_end"])
        )
        assert start is not None
        written = label("term_open", lang) if end is None else long_date(end, lang)
        assert f"{long_date(start, lang)} – {written}" in text
        assert long_date(date.fromisoformat(document["signed_on"]), lang) in text


@pytest.mark.parametrize(
    ("lang", "tenge", "rouble"), [("ru", "тенге", "руб."), ("kk", "теңге", "рубль"), ("en", "KZT", "RUB")]
)
def test_the_gifts_register_writes_currencies_as_the_language_does(
    sample_db: tuple[Database, int], lang: str, tenge: str, rouble: str
) -> None:
    """'450 000 KZT' and '40 000 RUB' were printed in Russian and Kazakh."""
    db, visit_id = sample_db
    pdf = service.gifts_pdf(UnitOfWork(db.sessions), DocumentSettings(language=lang), visit_id=visit_id)
    text = " ".join(" ".join(page_texts(pdf)).split())
    assert re.search(rf"\d {re.escape(tenge)}", text) and re.search(rf"\d {re.escape(rouble)}", text)
    if lang != "en":
        assert "KZT" not in text and "RUB" not in text
    # an amount and its currency on one line of the value column ("450 000 тен-" / "ге" was printed)
    lines = [" ".join(line.split()) for page in page_texts(pdf) for line in page.splitlines()]
    amount = {"en": "450,000 KZT"}.get(lang, f"450 000 {tenge}")
    assert any(line.startswith(amount) or line.endswith(amount) or f" {amount} " in line for line in lines)


@pytest.mark.parametrize("kind", sorted(VEHICLE_KINDS))
@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_a_car_with_no_seats_given_prints_a_dash(
    sample_db: tuple[Database, int], kind: str, lang: str
) -> None:
    """The escort car printed 'Seats 0' / 'Мест 0'."""
    db, visit_id = sample_db
    pdf = VEHICLE_KINDS[kind](UnitOfWork(db.sessions), visit_id, DocumentSettings(language=lang))
    lines = [" ".join(line.split()) for page in page_texts(pdf) for line in page.splitlines()]
    seats = label("seats", lang)
    assert f"{seats} —" in lines or any(line == seats for line in lines)
    assert f"{seats} 0" not in lines and "0" not in [b for a, b in itertools.pairwise(lines) if a == seats]


ENGLISH_KINDS: dict[str, Build] = {
    **KINDS,
    **WHOLE_WORD_KINDS,
    "delegation-list": lambda u, v, s: service.delegation_list_pdf(u, v, s),
    "minutes": lambda u, v, s: service.minutes_pdf(u, v, s, meeting_id=2),
}


@pytest.mark.parametrize("kind", sorted(ENGLISH_KINDS))
def test_english_words_break_where_english_readers_expect(sample_db: tuple[Database, int], kind: str) -> None:
    """'Hospit-al', 'res-ults' were printed (British patterns, two letters carried over): a word breaks by
    US patterns, with at least three letters on each side."""
    db, visit_id = sample_db
    pdf = ENGLISH_KINDS[kind](UnitOfWork(db.sessions), visit_id, DocumentSettings(language="en"))
    short = []
    for page in page_texts(pdf):
        lines = [line.split() for line in page.splitlines() if line.split()]
        for line, following in itertools.pairwise(lines):
            last, first = line[-1], following[0]
            if not re.fullmatch(r"[A-Za-z]+-", last):
                continue  # not an English word broken at the end of this line
            tail = re.match(r"[a-z]+", first)
            if tail and (len(last) - 1 < 3 or len(tail.group()) < 3):
                short.append(f"{last}{first}")
    assert short == []
