"""``delegation-planner print``: files written, exit code 2 with a clear message for every mistake."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from planner.cli import main
from planner.persistence.db import Database
from planner.persistence.uow import UnitOfWork
from planner.queries.documents import meeting_ids
from tests.integration.test_documents_support import page_texts, sample_file

ROOT = Path(__file__).resolve().parents[2]


def run(db: Database, *args: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(["--db", str(db.path), "print", *args], out=out)
    return code, out.getvalue()


def test_print_programme_writes_a_pdf(sample_db: tuple[Database, int], tmp_path: Path) -> None:
    db, visit_id = sample_db
    target = tmp_path / "programme.pdf"
    code, out = run(db, "programme", str(visit_id), "-o", str(target), "--lang", "en")
    assert code == 0
    assert str(target) in out and "page(s)" in out
    assert "Programme of the visit" in page_texts(target.read_bytes())[0]


def test_print_json_reports_files_and_pages(sample_db: tuple[Database, int], tmp_path: Path) -> None:
    db, visit_id = sample_db
    target = tmp_path / "list.pdf"
    code, out = run(db, "delegation-list", str(visit_id), "-o", str(target), "--json", "--landscape")
    assert code == 0
    report = json.loads(out)
    assert report["files"] == [str(target)]
    assert report["pages"] == len(page_texts(target.read_bytes()))


def test_itineraries_one_file_each_into_a_folder(sample_db: tuple[Database, int], tmp_path: Path) -> None:
    db, visit_id = sample_db
    folder = tmp_path / "itineraries"
    code, out = run(db, "itinerary", str(visit_id), "--participant", "all", "-o", str(folder), "--json")
    assert code == 0
    files = sorted(folder.glob("*.pdf"))
    assert len(files) == len(sample_file()["participants"]) == len(json.loads(out)["files"])


def test_itinerary_of_two_participants_in_one_pdf(sample_db: tuple[Database, int], tmp_path: Path) -> None:
    db, visit_id = sample_db
    target = tmp_path / "two.pdf"
    code, _ = run(db, "itinerary", str(visit_id), "--participant", "1,2", "-o", str(target))
    assert code == 0
    pages = page_texts(target.read_bytes())
    assert sum("Страница 1 из" in p for p in pages) == 2


def test_itineraries_are_pocket_a5_unless_a4_is_asked_for(
    sample_db: tuple[Database, int], tmp_path: Path
) -> None:
    from pypdf import PdfReader

    db, visit_id = sample_db
    sizes = {}
    for paper in ("a5", "a4"):
        target = tmp_path / f"{paper}.pdf"
        args = ["itinerary", str(visit_id), "--participant", "1", "-o", str(target)]
        assert run(db, *args, *(["--paper", paper] if paper == "a4" else []))[0] == 0
        box = PdfReader(str(target)).pages[0].mediabox
        sizes[paper] = (round(float(box.width)), round(float(box.height)))
    assert sizes == {"a5": (420, 595), "a4": (595, 842)}


def test_minutes_and_documents_by_region(sample_db: tuple[Database, int], tmp_path: Path) -> None:
    db, visit_id = sample_db
    with UnitOfWork(db.sessions) as uow:
        meeting = meeting_ids(uow, visit_id)[-1]
    code, _ = run(db, "minutes", str(visit_id), "--meeting", str(meeting), "-o", str(tmp_path / "m.pdf"))
    assert code == 0
    region = sample_file()["signed_documents"][0]["partner_region"]
    code, _ = run(db, "documents", "--partner-region", region, "-o", str(tmp_path / "d.pdf"))
    assert code == 0
    assert (tmp_path / "d.pdf").read_bytes().startswith(b"%PDF")


def test_an_emblem_is_drawn_on_every_page(sample_db: tuple[Database, int], tmp_path: Path) -> None:
    from PIL import Image

    db, visit_id = sample_db
    emblem = tmp_path / "emblem.png"
    Image.new("RGB", (64, 64), (20, 60, 120)).save(emblem)
    target = tmp_path / "p.pdf"
    code, _ = run(
        db, "programme", str(visit_id), "-o", str(target), "--emblem", str(emblem), "--organisation", "X"
    )
    assert code == 0
    from pypdf import PdfReader

    reader = PdfReader(str(target))
    for page in reader.pages:
        objects = page["/Resources"]["/XObject"]
        assert any(o.get_object()["/Subtype"] == "/Image" for o in objects.values())


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["programme", "999", "-o", "{out}"], "no visit with id 999"),
        (["agenda", "{visit}", "--day", "3", "-o", "{out}"], "day 3 is out of range"),
        (["agenda", "{visit}", "--day", "0", "-o", "{out}"], "--day counts from 1"),
        (["agenda", "{visit}", "-o", "{out}"], "give --day 1 to 2"),
        (["minutes", "{visit}", "--meeting", "99999", "-o", "{out}"], "no meeting with id 99999"),
        (["minutes", "{visit}", "-o", "{out}"], "say which meeting with --meeting"),
        (["itinerary", "{visit}", "--participant", "99999", "-o", "{out}"], "no participant with id 99999"),
        (["itinerary", "{visit}", "--participant", "abc", "-o", "{out}"], "takes ids"),
        (["itinerary", "{visit}", "--landscape", "-o", "{out}"], "--landscape applies to"),
        (["programme", "{visit}", "--meeting", "1", "-o", "{out}"], "--meeting applies to minutes"),
        (["transport", "{visit}", "--day", "1", "-o", "{out}"], "--day applies to programme and agenda"),
        (["programme", "{visit}", "--paper", "a4", "-o", "{out}"], "--paper applies to itinerary"),
        (["documents", "-o", "{out}"], "say which visit"),
        (
            ["documents", "--partner-region", "Nowhere", "-o", "{out}"],
            "no signed document with partner region",
        ),
        (["programme", "{visit}", "-o", "{out}", "--emblem", "/no/such.png"], "emblem image /no/such.png"),
        (["programme", "{visit}", "-o", "/no/such/folder/p.pdf"], "folder /no/such/folder does not exist"),
        (
            ["programme", "{visit}", "-o", "{out}", "--lang", "de"],
            "invalid choice: 'de' (choose from 'ru', 'kk', 'en')",
        ),
        (["brochure", "{visit}", "-o", "{out}"], "invalid choice"),
    ],
)
def test_mistakes_exit_2_with_a_clear_message(
    sample_db: tuple[Database, int],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    db, visit_id = sample_db
    out = tmp_path / "out.pdf"
    argv = [a.format(visit=visit_id, out=out) for a in args]
    try:
        code = main(["--db", str(db.path), "print", *argv], out=io.StringIO())
    except SystemExit as exc:  # argparse refuses unknown choices itself
        code = exc.code
    assert code == 2
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_building_the_parser_does_not_import_reportlab_or_babel() -> None:
    code = (
        "import sys, planner.documents, planner.services.printing, planner.cli.printing, planner.cli;"
        "planner.cli.build_parser();"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('reportlab', 'babel')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
