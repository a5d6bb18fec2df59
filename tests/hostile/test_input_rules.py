"""The input rules of issue 15, each with the sentence a person sees and the database afterwards."""

from __future__ import annotations

import io
import json
import sqlite3
from contextlib import redirect_stderr
from pathlib import Path

import pytest

from planner.cli import main as cli_main
from planner.domain.errors import ValidationError
from planner.interchange.input_limits import text_problem
from planner.interchange.visit_validation import parse_visit_json, validate_visit_data
from planner.persistence.db import Database


def _run(argv: list[str]) -> tuple[int, str]:
    """Exit code and everything the command printed (its report and its errors)."""
    out, err = io.StringIO(), io.StringIO()
    with redirect_stderr(err):
        code = cli_main(argv, out=out)
    return code, out.getvalue() + err.getvalue()


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Иванов\x00", "control character (U+0000)"),
        ("Иванов \U0001f600", "emoji"),
        ("محمد", "right-to-left"),
        ("שלום", "right-to-left"),
        ("Ива\u202eнов", "invisible"),
        ("Примечание. " * 5000, "at most 50,000"),  # 60,000 characters: 2,000 printed pages at 5 MB
    ],
)
def test_text_a_pdf_cannot_print_as_typed_is_refused(text: str, reason: str) -> None:
    found = text_problem(text)
    assert found is not None and reason in found


def test_kazakh_letters_punctuation_and_line_breaks_are_welcome() -> None:
    assert text_problem("ӘҒҚҢӨҰҮҺІ әғқңөұүһі «Ақ Жайық» — № 5, 12° & <b>\n\tпримечание") is None


def test_non_finite_and_huge_numbers_and_far_years_are_refused_with_their_path() -> None:
    text = '{"a": Infinity, "b": [NaN, 1e400], "c": 1000000000000000000000000000000, "d": "9999-01-01"}'
    with pytest.raises(ValidationError) as caught:
        validate_visit_data(parse_visit_json(text))
    shown = [str(p) for p in caught.value.problems]
    assert shown == [
        "$.a: Infinity is not a number a visit file may hold (write a finite number)",
        "$.b[0]: NaN is not a number a visit file may hold (write a finite number)",
        "$.b[1]: 1e400 is not a number a visit file may hold (write a finite number)",
        "$.c: 100… (31 digits) is out of range (at most 1,000,000,000 either way)",
        "$.d: the year 9999 is out of range (1900–2100)",
    ]


def test_export_never_writes_infinity_or_nan() -> None:
    # the database's range checks keep them out; the writer still never emits a token JSON lacks
    from planner.interchange.visit_export import dump_visit_json

    def refuse(word: str) -> None:
        raise AssertionError(f"{word} is not JSON")

    text = dump_visit_json(
        {"sites": [{"latitude": float("nan"), "longitude": float("inf"), "n": [-float("inf")]}]}
    )
    assert json.loads(text, parse_constant=refuse) == {
        "sites": [{"latitude": None, "longitude": None, "n": [None]}]
    }


def test_a_russian_excel_file_with_a_quoted_organisation_is_read_with_semicolons(
    sample_db: tuple[Database, int], tmp_path: Path
) -> None:
    db, visit = sample_db
    assert db.path is not None
    file = tmp_path / "people.csv"
    file.write_text('ФИО;Организация;Ранг\nСидоров Сидор;"ТОО ""Атырау НПЗ"", офис";5\n', encoding="utf-8")
    assert _run(["--db", str(db.path), "import-participants", str(visit), str(file)])[0] == 0
    conn = sqlite3.connect(db.path)
    try:
        found = conn.execute(
            "SELECT organisation FROM participants WHERE full_name = 'Сидоров Сидор'"
        ).fetchone()
    finally:
        conn.close()
    assert found == ('ТОО "Атырау НПЗ", офис',)


def test_an_unterminated_quote_is_refused_not_merged(sample_db: tuple[Database, int], tmp_path: Path) -> None:
    db, visit = sample_db
    file = tmp_path / "people.csv"
    file.write_text('ФИО;Ранг\nИванов Иван;2\n"Петров Пётр;3\nСидоров Сидор;4\n', encoding="utf-8")
    code, err = _run(["--db", str(db.path), "import-participants", str(visit), str(file)])
    assert code == 2 and "row 3" in err and "never closed" in err


def test_a_huge_rank_is_refused_alike_by_the_dry_run_and_the_import(
    sample_db: tuple[Database, int], tmp_path: Path
) -> None:
    db, visit = sample_db
    file = tmp_path / "people.csv"
    file.write_text("ФИО;Ранг\nИванов Иван;1e30\n", encoding="utf-8")
    dry, dry_err = _run(["--db", str(db.path), "import-participants", str(visit), str(file), "--dry-run"])
    real, real_err = _run(["--db", str(db.path), "import-participants", str(visit), str(file)])
    assert (dry, real) == (1, 2)
    assert "rank '1e30' is too large (at most 100,000)" in dry_err
    assert "rank '1e30' is too large (at most 100,000)" in real_err


@pytest.mark.parametrize("name", ["Иванов \U0001f600", "محمد", "Иванов\x00", "Ива\u202eнов"])
def test_the_window_refuses_the_same_text_when_a_participant_is_added_or_edited(
    sample_db: tuple[Database, int], name: str
) -> None:
    from planner.persistence.uow import UnitOfWork
    from planner.services.participants import add_participant

    db, visit = sample_db
    with pytest.raises(ValidationError) as caught:
        add_participant(UnitOfWork(db.sessions), visit, {"full_name": name})
    assert caught.value.problems[0].where == "full_name"
    assert db.path is not None
    conn = sqlite3.connect(db.path)
    try:
        found = conn.execute("SELECT count(*) FROM participants WHERE full_name = ?", (name,)).fetchone()
        assert found == (0,)
    finally:
        conn.close()


@pytest.mark.postgres
def test_a_nul_in_a_name_is_refused_before_it_reaches_postgresql(
    sample_db: tuple[Database, int], tmp_path: Path
) -> None:
    from tests.conftest import postgres_schema, postgres_url_or_skip

    db, visit = sample_db
    exported = tmp_path / "visit.json"
    assert _run(["--db", str(db.path), "export-visit", str(visit), "-o", str(exported)])[0] == 0
    data = json.loads(exported.read_text(encoding="utf-8"))
    data["participants"][0]["full_name"] += "\x00"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with postgres_schema(postgres_url_or_skip()) as url:
        code, err = _run(["--db", url, "import-visit", str(bad)])
        assert code == 2 and "control character (U+0000)" in err
        code, out = _run(["--db", url, "list", "--json"])
        assert code == 0 and json.loads(out) == []  # nothing was written
