"""Follow-up of the sample visit: the list, its filters, overdue as of a given day, status changes in the
change log, the partner's history, the commands and the printed report."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from planner.cli import main
from planner.persistence.db import Database
from planner.persistence.tables import ChangeLog
from planner.persistence.uow import UnitOfWork
from planner.queries.follow_up import FollowUpFilter, FollowUpKind, count_rows, follow_up_items
from planner.queries.partner_history import history_before_visit, partner_history
from planner.services import meetings, signed_documents
from planner.services.visit_details import duplicate_as_template
from tests.integration.test_documents_support import page_texts, squash

TODAY = date(2024, 1, 1)
PARTNER = "Астраханская область"


def run(db: Database, *args: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(["--db", str(db.path), *args], out=out)
    return code, out.getvalue()


def test_the_list_holds_every_commitment_and_action_item_of_the_sample(
    sample_db: tuple[Database, int],
) -> None:
    db, _ = sample_db
    with UnitOfWork(db.sessions) as uow:
        everything = follow_up_items(uow, TODAY, FollowUpFilter(include_finished=True))
        still_open = follow_up_items(uow, TODAY)
    commitments = [r for r in everything if r.kind is FollowUpKind.COMMITMENT]
    actions = [r for r in everything if r.kind is FollowUpKind.ACTION_ITEM]
    # the plan of cooperation 2023–2026 has 14 commitments, the two other documents 2 each
    assert sorted(r.record_id for r in commitments if r.source_id == 1) == list(range(1, 15))
    assert len(commitments) == 18 and len(actions) == 21
    assert {r.partner_region for r in everything} == {PARTNER}
    assert all(r.owner for r in actions)  # a participant's name or the owner typed
    assert count_rows(still_open).as_dict() == {
        "total": 22,
        "overdue": 8,
        "by_status": {"open": 6, "in_progress": 10, "late": 6},
    }
    # soonest due first, the undated last
    dues = [r.due_date for r in still_open]
    dated = [d for d in dues if d is not None]
    assert dated == sorted(dated) and dues[len(dated) :] == [None] * (len(dues) - len(dated))


@pytest.mark.parametrize(("today", "overdue"), [(date(2023, 5, 1), 0), (TODAY, 8), (date(2030, 1, 1), 21)])
def test_overdue_is_counted_as_of_the_day_given(
    sample_db: tuple[Database, int], today: date, overdue: int
) -> None:
    with UnitOfWork(sample_db[0].sessions) as uow:
        rows = follow_up_items(uow, today, FollowUpFilter(include_finished=True))
    assert sum(r.overdue for r in rows) == overdue
    # done and cancelled are never overdue; an undated item never is
    assert not any(r.overdue for r in rows if r.finished or r.due_date is None)


def test_filters_by_partner_owner_and_due_date(sample_db: tuple[Database, int]) -> None:
    with UnitOfWork(sample_db[0].sessions) as uow:

        def keys(**where: object) -> set[str]:
            return {r.key for r in follow_up_items(uow, TODAY, FollowUpFilter(**where))}  # type: ignore[arg-type]

        every = keys()
        assert keys(partner_region="  астраханская ") == every  # any case, part of the name
        assert keys(partner_region="Astrakhan Region") == every  # the delegation's English name
        assert keys(partner_region="Тверская область") == set()
        assert keys(owner="УПРАВЛЕНИЕ ЗДРАВООХРАНЕНИЯ") == {"commitment:8", "commitment:15"}
        early = follow_up_items(uow, TODAY, FollowUpFilter(due_before=date(2023, 12, 1)))
        assert {r.key for r in early} == {"action_item:7", "action_item:5", "action_item:9"}
        assert keys(owner="здрав", due_before=date(2024, 1, 1)) == {"commitment:15"}


def test_a_status_change_goes_through_the_services_and_into_the_change_log(
    sample_db: tuple[Database, int],
) -> None:
    db, visit_id = sample_db
    meetings.update_action_item(UnitOfWork(db.sessions), 5, {"status": "done"})
    signed_documents.update_commitment(UnitOfWork(db.sessions), 11, {"status": "in_progress"})
    with UnitOfWork(db.sessions) as uow:
        logged = {
            (c.table_name, c.record_id, c.field, c.old_value, c.new_value)
            for c in uow.session.scalars(select(ChangeLog).where(ChangeLog.visit_id == visit_id))
        }
        rows = {r.key: r for r in follow_up_items(uow, TODAY)}
    assert ("action_items", 5, "status", "late", "done") in logged
    assert ("commitments", 11, "status", "late", "in_progress") in logged
    assert "action_item:5" not in rows and rows["commitment:11"].status == "in_progress"


def test_partner_history_of_the_sample_partner(sample_db: tuple[Database, int]) -> None:
    db, visit_id = sample_db
    with UnitOfWork(db.sessions) as uow:
        history = partner_history(uow, "астраханская область", TODAY)
        assert history_before_visit(uow, visit_id, TODAY) is None  # nothing came before the sample
    assert history.region == PARTNER
    assert [v.id for v in history.visits] == [visit_id]
    assert (history.visits[0].actions_done, history.visits[0].actions_total) == (12, 21)
    assert [(len(d.commitments), d.done) for d in history.documents] == [(2, 1), (2, 0), (14, 4)]
    # a document's commitments in the order the document lists them
    assert [c.record_id for c in history.documents[2].commitments] == list(range(1, 15))
    assert len(history.open_commitments) == 13 and len(history.open_actions) == 9

    again = duplicate_as_template(UnitOfWork(db.sessions), visit_id, "Визит 2026 года", date(2026, 6, 1)).id
    with UnitOfWork(db.sessions) as uow:
        before = history_before_visit(uow, again, TODAY)
    assert before is not None
    # only the earlier visit and its documents: the new visit's own copies are not "last time"
    assert [v.id for v in before.visits] == [visit_id]
    assert {d.visit_title for d in before.documents} == {history.visits[0].title}


def test_follow_up_command_text_json_and_mistakes(sample_db: tuple[Database, int]) -> None:
    db, _ = sample_db
    code, out = run(db, "follow-up", "--today", "2024-01-01")
    assert code == 0
    assert out.splitlines()[0] == "follow-up as of 2024-01-01: 22 open, 8 overdue"
    assert "OVERDUE  action item 7: Подготовить предложения по водоснабжению" in out
    code, out = run(db, "follow-up", "--all", "--partner", "астрах", "--json", "--today", "2024-01-01")
    data = json.loads(out)
    assert code == 0 and data["total"] == 39
    assert sum(item["kind"] == "commitment" for item in data["items"]) == 18
    code, out = run(
        db, "follow-up", "--owner", "здрав", "--due-before", "2024-01-01", "--json", "--today", "2024-01-01"
    )
    (item,) = json.loads(out)["items"]
    assert (item["kind"], item["id"], item["overdue"], item["due_date"]) == (
        "commitment",
        15,
        True,
        "2023-12-15",
    )


def test_an_unknown_partner_is_refused_naming_the_known_ones(
    sample_db: tuple[Database, int], capsys: pytest.CaptureFixture[str]
) -> None:
    db, _ = sample_db
    for args in (("follow-up", "--partner", "Тверь"), ("partner-history", "Тверь")):
        code, out = run(db, *args)
        err = capsys.readouterr().err
        assert code == 2 and out == ""
        assert "no visit or signed document with partner region 'Тверь'" in err
        assert "known partner regions: Астраханская область" in err


def test_partner_history_command(sample_db: tuple[Database, int]) -> None:
    db, _ = sample_db
    code, out = run(db, "partner-history", PARTNER, "--json", "--today", "2024-01-01")
    data = json.loads(out)
    assert code == 0
    assert (data["commitments"], data["commitments_done"], data["commitments_open"]) == (18, 5, 13)
    assert len(data["visits"]) == 1 and len(data["documents"]) == 3
    code, out = run(db, "partner-history", PARTNER, "--today", "2024-01-01")
    assert "documents: 3; commitments: 18, done 5, open 13, overdue 2" in out
    assert "(plan, in_force): 4 of 14 done" in out


@pytest.mark.parametrize(
    ("lang", "title", "counts", "overdue"),
    [
        ("ru", "Контроль исполнения поручений и обязательств", "Всего: 22;", "просрочено"),
        ("kk", "Тапсырмалар мен міндеттемелердің орындалуын", "Барлығы: 22;", "мерзімі өтті"),
        ("en", "Follow-up of action items and commitments", "In all: 22;", "overdue"),
    ],
)
def test_the_printed_report(
    sample_db: tuple[Database, int], tmp_path: Path, lang: str, title: str, counts: str, overdue: str
) -> None:
    from planner.documents.settings import DocumentSettings
    from planner.services.printing import follow_up_pdf

    db, _ = sample_db
    pdf = follow_up_pdf(UnitOfWork(db.sessions), DocumentSettings(language=lang), today=TODAY)
    text = squash("\n".join(page_texts(pdf)))
    assert squash(title) in text and squash(counts) in text and squash(overdue) in text
    # the texts in the document's language where one is stored (the sample has en and kk for these)
    first = {"ru": "Подготовить предложения по водоснабжению", "kk": "", "en": ""}[lang]
    assert squash(first) in text
    # every open row is there, numbered, and nothing done
    assert squash("22") in text and "Доработать проект Плана" not in text


def test_print_follow_up_from_the_command_line(sample_db: tuple[Database, int], tmp_path: Path) -> None:
    db, visit_id = sample_db
    for args in ((), ("--partner-region", PARTNER), (str(visit_id),)):
        target = tmp_path / f"follow-up-{len(args)}.pdf"
        code, out = run(db, "print", "follow-up", *args, "-o", str(target), "--lang", "en")
        assert code == 0, out
        text = squash(" ".join(page_texts(target.read_bytes())))
        assert squash("Follow-up of action items and commitments") in text
        assert (squash("every partner region") in text) == (args == ())
        # the partner as English writes it (the delegation's home region has its translation)
        assert (squash("Partner region Astrakhan Region") in text) == (args != ())
        assert squash(PARTNER) not in text


def test_the_agenda_of_a_new_visit_lists_what_the_partner_still_owes(
    sample_db: tuple[Database, int], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, visit_id = sample_db
    again = duplicate_as_template(UnitOfWork(db.sessions), visit_id, "Визит 2026 года", date(2026, 6, 1)).id
    plain, listed = tmp_path / "plain.pdf", tmp_path / "listed.pdf"
    assert run(db, "print", "agenda", str(again), "--day", "1", "-o", str(plain))[0] == 0
    code, _ = run(db, "print", "agenda", str(again), "--day", "1", "--open-commitments", "-o", str(listed))
    assert code == 0
    before, after = (squash(" ".join(page_texts(p.read_bytes()))) for p in (plain, listed))
    heading = squash("Неисполненные обязательства по документам с регионом «Астраханская область»")
    assert heading not in before and heading in after
    # the open commitments of the earlier visit's documents, not the done ones
    assert squash("Создать совместную рабочую группу по мониторингу") in after
    assert squash("Провести Дни культуры Атырауской области") not in after
    # the first visit had nobody before it: the agenda says so
    code, _ = run(db, "print", "agenda", str(visit_id), "--day", "1", "--open-commitments", "-o", str(listed))
    assert code == 0
    assert squash("Прежних визитов и документов с этим регионом нет.") in squash(
        " ".join(page_texts(listed.read_bytes()))
    )
    code, _ = run(db, "print", "programme", str(visit_id), "--open-commitments", "-o", str(listed))
    assert code == 2 and "--open-commitments applies to agenda, not to programme" in capsys.readouterr().err
