"""Signed documents in other languages (migration 0017): a document's place, partner region and parties, a
signatory's position and party, a commitment's area and responsible party — kept by the migration, set and
undone with their record, logged, carried in the visit file, printed in the document's language (as typed
where there is no translation), and listed when missing."""

from __future__ import annotations

import copy
import io
import json
from datetime import date
from typing import Any

import pytest
from sqlalchemy import inspect, select, text

from planner.cli import main
from planner.domain.errors import ValidationError
from planner.interchange.visit_format import dump_visit_json, export_visit
from planner.persistence.db import Database
from planner.persistence.tables import ChangeLog, Commitment, Signatory, SignedDocument
from planner.persistence.uow import UnitOfWork
from planner.queries.follow_up import FollowUpFilter, follow_up_items
from planner.queries.signed_documents import visit_documents
from planner.queries.translations import NameField, missing_translations
from planner.services import signed_documents
from tests.integration.test_documents_support import load, page_texts, sample_file, squash

PLACE_RU = "г. Атырау, «Зал & <приёмов>»"
PLACE_KK = "Атырау қ., «Қабылдау & <залы>»"
PLACE_EN = 'Atyrau, "Reception & <hall>"'
REGION_RU = "Мангистауская область"
REGION_KK = "Маңғыстау облысы"
REGION_EN = "Mangystau Region"
PARTIES_RU = ["Акимат Мангистауской области", "Правительство Волгоградской области"]
PARTIES_KK = ["Маңғыстау облысының әкімдігі", "Волгоград облысының Үкіметі"]
PARTIES_EN = ["Akimat of Mangystau Region", "Government of Volgograd Region"]
SIGNER_TITLE_RU = "Заместитель акима Мангистауской области"
SIGNER_TITLE_KK = "Маңғыстау облысы әкімінің орынбасары"
SIGNER_PARTY_RU = "Акимат Мангистауской области"
SIGNER_PARTY_KK = "Маңғыстау облысының әкімдігі"
AREA_RU = "судоходство & <порты>"
AREA_KK = "кеме қатынасы & <порттар>"
AREA_EN = "shipping & <ports>"
RESPONSIBLE_RU = "Управление пассажирского транспорта Мангистауской области"
RESPONSIBLE_KK = "Маңғыстау облысының жолаушылар көлігі басқармасы"
RESPONSIBLE_EN = "Passenger Transport Department of Mangystau Region"
TODAY = date(2024, 1, 1)


def _add(db: Database, visit_id: int, *, translated: bool = True) -> tuple[int, int]:
    """A new document of the visit with one signatory and one open commitment: (document id, commitment
    id); with its Kazakh and English texts (the signatory's title in Kazakh only) unless ``translated``
    is False."""
    names: dict[str, Any] = {}
    if translated:
        names = {
            "place_i18n": {"kk": PLACE_KK, "en": PLACE_EN},
            "partner_region_i18n": {"kk": REGION_KK, "en": REGION_EN},
            "parties_i18n": {"kk": PARTIES_KK, "en": PARTIES_EN},
        }
    document = signed_documents.add_document(
        UnitOfWork(db.sessions),
        visit_id,
        {
            "title": "Соглашение о морском сообщении",
            "title_i18n": {"kk": "Теңіз қатынасы туралы келісім", "en": "Agreement on sea links"},
            "doc_type": "agreement",
            "place": PLACE_RU,
            "partner_region": REGION_RU,
            "parties": PARTIES_RU,
            "signed_on": date(2023, 5, 12),
            **names,
        },
    )
    signer: dict[str, Any] = {"name": "Ким Олег", "title": SIGNER_TITLE_RU, "party": SIGNER_PARTY_RU}
    if translated:
        signer |= {
            "title_i18n": {"kk": SIGNER_TITLE_KK},
            "party_i18n": {"kk": SIGNER_PARTY_KK, "en": PARTIES_EN[0]},
        }
    signed_documents.set_signatories(UnitOfWork(db.sessions), document.id, [signer])
    commitment = signed_documents.add_commitment(
        UnitOfWork(db.sessions),
        document.id,
        {
            "area": AREA_RU,
            "text": "Открыть паромную линию",
            "text_i18n": {"kk": "Паром желісін ашу", "en": "Open a ferry line"},
            "responsible": RESPONSIBLE_RU,
            "due_date": date(2024, 6, 1),
            "status": "open",
            **(
                {
                    "area_i18n": {"kk": AREA_KK, "en": AREA_EN},
                    "responsible_i18n": {"kk": RESPONSIBLE_KK, "en": RESPONSIBLE_EN},
                }
                if translated
                else {}
            ),
        },
    )
    return document.id, commitment.id


# -------------------------------------------------------------------------------------- the database


def test_migration_0017_keeps_every_document_signatory_and_commitment_and_adds_empty_maps(
    db: Database,
) -> None:
    """On SQLite and on PostgreSQL: down to 0016 and up again on the sample."""
    from alembic import command

    from planner.persistence.db import _alembic_config
    from planner.services.visits import load_sample

    load_sample(UnitOfWork(db.sessions))
    queries = (
        text(
            "SELECT id, title, partner_region, parties, place, copies, status, version FROM signed_documents"
        ),
        text("SELECT id, document_id, position, name, title, party FROM signatories"),
        text("SELECT id, document_id, area, text, text_i18n, responsible, due_date, status FROM commitments"),
    )

    def rows() -> list[list[Any]]:
        with db.engine.connect() as conn:
            return [sorted(conn.execute(q).all(), key=lambda r: r[0]) for q in queries]

    new_columns = {
        "signed_documents": {"place_i18n", "partner_region_i18n", "parties_i18n"},
        "signatories": {"title_i18n", "party_i18n"},
        "commitments": {"area_i18n", "responsible_i18n"},
    }
    before = rows()
    assert all(before)
    config = _alembic_config(db.engine)
    command.downgrade(config, "0016")
    for table, columns in new_columns.items():
        assert not columns & {c["name"] for c in inspect(db.engine).get_columns(table)}
    assert rows() == before
    command.upgrade(config, "head")
    assert rows() == before
    with db.engine.connect() as conn:
        for table, columns in new_columns.items():
            for column in columns:
                values = conn.execute(text(f"SELECT {column} FROM {table}")).scalars().all()
                assert values and all((json.loads(v) if isinstance(v, str) else v) == {} for v in values)
    # until a translation is given the documents show the typed texts
    with UnitOfWork(db.sessions) as uow:
        document = visit_documents(uow, 1, lang="kk")[0]
    assert document.place_shown == document.place and document.parties_shown == document.parties
    assert document.commitments[0].area_shown == document.commitments[0].area


# -------------------------------------------------------------------------------------- the services


def test_the_translations_are_set_trimmed_logged_and_undone_exactly(sample_db: tuple[Database, int]) -> None:
    db, visit_id = sample_db
    document_id, commitment_id = _add(db, visit_id, translated=False)
    db.user = "aigerim"
    with UnitOfWork(db.sessions) as uow:
        document = uow.session.get(SignedDocument, document_id)
        assert document is not None
        version = document.version
    done = signed_documents.update_document(
        UnitOfWork(db.sessions),
        document_id,
        {
            "place_i18n": {"kk": f"  {PLACE_KK} ", "ru": ""},
            "partner_region_i18n": {"en": REGION_EN},
            "parties_i18n": {"kk": [f" {PARTIES_KK[0]}", PARTIES_KK[1]]},
        },
        version,
    )
    commitment_done = signed_documents.update_commitment(
        UnitOfWork(db.sessions),
        commitment_id,
        {"area_i18n": {"kk": AREA_KK}, "responsible_i18n": {"kk": RESPONSIBLE_KK, "en": ""}},
    )
    with UnitOfWork(db.sessions) as uow:
        document = uow.session.get(SignedDocument, document_id)
        commitment = uow.session.get(Commitment, commitment_id)
        assert document is not None and commitment is not None
        # trimmed, the empty texts left out, the typed texts untouched
        assert (document.place, document.place_i18n) == (PLACE_RU, {"kk": PLACE_KK})
        assert document.partner_region_i18n == {"en": REGION_EN}
        assert (document.parties, document.parties_i18n) == (PARTIES_RU, {"kk": PARTIES_KK})
        assert (commitment.area_i18n, commitment.responsible_i18n) == (
            {"kk": AREA_KK},
            {"kk": RESPONSIBLE_KK},
        )
        logged = {
            (c.table_name, c.field): (c.changed_by, json.loads(c.new_value or ""))
            for c in uow.session.scalars(select(ChangeLog).where(ChangeLog.field.like("%_i18n")))
        }
    assert logged[("signed_documents", "place_i18n")] == ("aigerim", {"kk": PLACE_KK})
    assert logged[("commitments", "area_i18n")] == ("aigerim", {"kk": AREA_KK})
    assert logged[("signed_documents", "parties_i18n")] == ("aigerim", {"kk": PARTIES_KK})
    # undo puts back exactly the old maps
    assert done.old == {"place_i18n": {}, "partner_region_i18n": {}, "parties_i18n": {}}
    signed_documents.update_document(UnitOfWork(db.sessions), document_id, done.old, done.version)
    signed_documents.update_commitment(UnitOfWork(db.sessions), commitment_id, commitment_done.old)
    with UnitOfWork(db.sessions) as uow:
        document = uow.session.get(SignedDocument, document_id)
        commitment = uow.session.get(Commitment, commitment_id)
        assert document is not None and commitment is not None
        assert (document.place_i18n, document.partner_region_i18n, document.parties_i18n) == ({}, {}, {})
        assert (commitment.area_i18n, commitment.responsible_i18n) == ({}, {})

    # a signatory's title and party: replaced with the list, the old list given back for undo
    signer = {"name": "Ким Олег", "title": SIGNER_TITLE_RU, "party": SIGNER_PARTY_RU}
    replaced = signed_documents.set_signatories(
        UnitOfWork(db.sessions),
        document_id,
        [signer | {"title_i18n": {"kk": f" {SIGNER_TITLE_KK} "}, "party_i18n": {"kk": SIGNER_PARTY_KK}}],
    )
    with UnitOfWork(db.sessions) as uow:
        stored = uow.session.scalars(select(Signatory).where(Signatory.document_id == document_id)).one()
        assert (stored.title_i18n, stored.party_i18n) == ({"kk": SIGNER_TITLE_KK}, {"kk": SIGNER_PARTY_KK})
    signed_documents.set_signatories(UnitOfWork(db.sessions), document_id, replaced.old)
    with UnitOfWork(db.sessions) as uow:
        stored = uow.session.scalars(select(Signatory).where(Signatory.document_id == document_id)).one()
        assert (stored.title, stored.title_i18n, stored.party_i18n) == (SIGNER_TITLE_RU, {}, {})

    # refused, naming the field: a language the documents do not have, a parties list of another length
    for call, field in (
        (lambda v: signed_documents.update_document(UnitOfWork(db.sessions), document_id, v), "place_i18n"),
        (
            lambda v: signed_documents.update_commitment(UnitOfWork(db.sessions), commitment_id, v),
            "responsible_i18n",
        ),
        (
            lambda v: signed_documents.set_signatories(UnitOfWork(db.sessions), document_id, [signer | v]),
            "signatory 1: party_i18n",
        ),
    ):
        with pytest.raises(ValidationError) as caught:
            call({field.split(": ")[-1]: {"de": "Partei"}})
        assert field in str(caught.value) and "'de'" in str(caught.value)
    with pytest.raises(ValidationError) as caught:
        signed_documents.update_document(
            UnitOfWork(db.sessions), document_id, {"parties_i18n": {"kk": PARTIES_KK[:1]}}
        )
    assert "parties_i18n" in str(caught.value) and "1 parties, the document 2" in str(caught.value)
    # new parties against old translations of another length: said, not stored half-translated
    signed_documents.update_document(
        UnitOfWork(db.sessions), document_id, {"parties_i18n": {"kk": PARTIES_KK}}
    )
    with pytest.raises(ValidationError) as caught:
        signed_documents.update_document(UnitOfWork(db.sessions), document_id, {"parties": PARTIES_RU[:1]})
    assert "parties_i18n" in str(caught.value)


# -------------------------------------------------------------------------------------- the visit file


def test_the_visit_file_carries_them_and_an_older_file_imports_unchanged(
    sample_db: tuple[Database, int],
) -> None:
    db, visit_id = sample_db
    _add(db, visit_id)
    with UnitOfWork(db.sessions) as uow:
        exported = export_visit(uow, visit_id)
    document = next(d for d in exported["signed_documents"] if d["place"] == PLACE_RU)
    assert document["place_i18n"] == {"kk": PLACE_KK, "en": PLACE_EN}
    assert document["partner_region_i18n"] == {"kk": REGION_KK, "en": REGION_EN}
    assert document["parties_i18n"] == {"kk": PARTIES_KK, "en": PARTIES_EN}
    assert document["signatories"][0]["title_i18n"] == {"kk": SIGNER_TITLE_KK}
    assert document["signatories"][0]["party_i18n"] == {"kk": SIGNER_PARTY_KK, "en": PARTIES_EN[0]}
    assert document["commitments"][0]["area_i18n"] == {"kk": AREA_KK, "en": AREA_EN}
    assert document["commitments"][0]["responsible_i18n"] == {"kk": RESPONSIBLE_KK, "en": RESPONSIBLE_EN}
    # round trip: the second export is the first
    again = load(UnitOfWork(db.sessions), json.loads(dump_visit_json(exported)))
    with UnitOfWork(db.sessions) as uow:
        assert dump_visit_json(export_visit(uow, again)) == dump_visit_json(exported)

    # a file written before 0017: the sample without the documents' new translations
    older: dict[str, Any] = copy.deepcopy(sample_file())
    for doc in older["signed_documents"]:
        for key in ("place_i18n", "partner_region_i18n", "parties_i18n"):
            del doc[key]
        for signer in doc["signatories"]:
            del signer["title_i18n"], signer["party_i18n"]
        for commitment in doc["commitments"]:
            del commitment["area_i18n"], commitment["responsible_i18n"]
    older_id = load(UnitOfWork(db.sessions), older)
    with UnitOfWork(db.sessions) as uow:
        rows = visit_documents(uow, older_id, lang="kk")
    assert rows and all(r.place_i18n == {} and r.place_shown == r.place for r in rows)
    assert all(r.parties_shown == r.parties for r in rows)
    commitments = [c for r in rows for c in r.commitments]
    assert commitments and all(c.area_shown == c.area and c.responsible_i18n == {} for c in commitments)
    # a translation in a language the documents do not have, a parties list of another length: refused
    for change, field in (
        (lambda d: d["commitments"][0].__setitem__("area_i18n", {"de": "Handel"}), "area_i18n"),
        (lambda d: d.__setitem__("parties_i18n", {"kk": ["Бір ғана тарап"]}), "parties_i18n"),
    ):
        wrong = copy.deepcopy(sample_file())
        change(wrong["signed_documents"][0])
        with pytest.raises(ValidationError) as caught:
            load(UnitOfWork(db.sessions), wrong)
        assert field in str(caught.value)


# -------------------------------------------------------------------------------------- printed


@pytest.mark.parametrize(
    ("lang", "place", "area", "responsible", "parties"),
    [
        ("kk", PLACE_KK, AREA_KK, RESPONSIBLE_KK, PARTIES_KK),
        ("en", PLACE_EN, AREA_EN, RESPONSIBLE_EN, PARTIES_EN),
        ("ru", PLACE_RU, AREA_RU, RESPONSIBLE_RU, PARTIES_RU),
    ],
)
def test_the_documents_summary_and_follow_up_print_them_in_their_language(
    sample_db: tuple[Database, int],
    lang: str,
    place: str,
    area: str,
    responsible: str,
    parties: list[str],
) -> None:
    from planner.documents.settings import DocumentSettings
    from planner.services.printing import documents_pdf, follow_up_pdf

    db, visit_id = sample_db
    _add(db, visit_id)
    settings = DocumentSettings(language=lang)
    summary = "\n".join(page_texts(documents_pdf(UnitOfWork(db.sessions), settings, visit_id=visit_id)))
    follow_up = "\n".join(page_texts(follow_up_pdf(UnitOfWork(db.sessions), settings)))
    for expected in (place, area, responsible, *parties):
        assert squash(expected) in squash(summary)
    assert squash(responsible) in squash(follow_up)
    signer = {"kk": SIGNER_TITLE_KK, "en": SIGNER_TITLE_RU, "ru": SIGNER_TITLE_RU}[lang]
    assert squash(signer) in squash(summary)  # the English falls back to the typed title
    if lang != "ru":
        russian = [PLACE_RU, AREA_RU, RESPONSIBLE_RU, *PARTIES_RU]
        assert not [ru for ru in russian if squash(ru) in squash(summary)]
        assert squash(RESPONSIBLE_RU) not in squash(follow_up)
        # the sample's own documents: no Russian area, responsible party or place line either (a text the
        # same in both languages, "экономика", aside)
        sample = sample_file()["signed_documents"]
        typed = {(d["place"], d["place_i18n"][lang]) for d in sample} | {
            (c[key], c[f"{key}_i18n"][lang])
            for d in sample
            for c in d["commitments"]
            for key in ("area", "responsible")
        }
        russian = {ru for ru, shown in typed if ru != shown}
        lines = {squash(line) for line in summary.splitlines()}
        assert not [ru for ru in russian if squash(ru) in lines]
        assert not [ru for ru in russian if len(ru) > 20 and squash(ru) in squash(summary)]


def test_the_follow_up_rows_give_them_in_their_language(sample_db: tuple[Database, int]) -> None:
    db, visit_id = sample_db
    _, commitment_id = _add(db, visit_id)
    for lang, area, responsible, region in (
        ("kk", AREA_KK, RESPONSIBLE_KK, REGION_KK),
        ("en", AREA_EN, RESPONSIBLE_EN, REGION_EN),
        ("ru", AREA_RU, RESPONSIBLE_RU, REGION_RU),
    ):
        with UnitOfWork(db.sessions) as uow:
            row = next(r for r in follow_up_items(uow, TODAY, lang=lang) if r.record_id == commitment_id)
        assert (row.area, row.owner, row.partner_region) == (area, responsible, region)
        # the owner filter typed in any language finds the row shown in another
        for typed in ("пассажирского транспорта", "жолаушылар көлігі", "passenger transport"):
            with UnitOfWork(db.sessions) as uow:
                found = follow_up_items(uow, TODAY, FollowUpFilter(owner=typed), lang=lang)
            assert commitment_id in {r.record_id for r in found}


# -------------------------------------------------------------------------------------- missing list


def test_the_missing_list_names_each_untranslated_text_of_a_document(sample_db: tuple[Database, int]) -> None:
    db, visit_id = sample_db
    document_id, commitment_id = _add(db, visit_id, translated=False)
    with UnitOfWork(db.sessions) as uow:
        signer_id = uow.session.scalars(
            select(Signatory.id).where(Signatory.document_id == document_id)
        ).one()
        kk = [(m.field, m.record, m.record_id, m.text) for m in missing_translations(uow, visit_id, "kk")]
        ru = missing_translations(uow, visit_id, "ru")
    # the sample's own documents have their kk: only the new one's texts are missing (its title and the
    # commitment's text have theirs)
    assert kk == [
        (NameField.DOCUMENT_PARTNER_REGION, "signed_document", document_id, REGION_RU),
        (NameField.DOCUMENT_PARTY, "signed_document", document_id, PARTIES_RU[0]),
        (NameField.DOCUMENT_PARTY, "signed_document", document_id, PARTIES_RU[1]),
        (NameField.DOCUMENT_PLACE, "signed_document", document_id, PLACE_RU),
        (NameField.SIGNATORY_TITLE, "signatory", signer_id, SIGNER_TITLE_RU),
        (NameField.SIGNATORY_PARTY, "signatory", signer_id, SIGNER_PARTY_RU),
        (NameField.COMMITMENT_AREA, "commitment", commitment_id, AREA_RU),
        (NameField.COMMITMENT_RESPONSIBLE, "commitment", commitment_id, RESPONSIBLE_RU),
    ]
    assert [m for m in ru if m.record in ("signed_document", "signatory", "commitment")] == []
    # one party translated: the other is still missing
    signed_documents.update_document(
        UnitOfWork(db.sessions), document_id, {"parties_i18n": {"kk": [PARTIES_KK[0], ""]}}
    )
    with UnitOfWork(db.sessions) as uow:
        parties = [
            m.text for m in missing_translations(uow, visit_id, "kk") if m.field == NameField.DOCUMENT_PARTY
        ]
    assert parties == [PARTIES_RU[1]]


def test_the_missing_list_names_an_untranslated_decision(sample_db: tuple[Database, int]) -> None:
    from planner.queries.documents import meeting_ids
    from planner.services import meetings

    db, visit_id = sample_db
    with UnitOfWork(db.sessions) as uow:
        meeting_id = meeting_ids(uow, visit_id)[0]
    outcome = meetings.add_outcome(
        UnitOfWork(db.sessions),
        meeting_id,
        {"topic": "Торговля", "topic_i18n": {"kk": "Сауда", "en": "Trade"}, "text": "Провести ярмарку"},
    )
    with UnitOfWork(db.sessions) as uow:
        kk = [(m.field, m.record_id, m.text) for m in missing_translations(uow, visit_id, "kk")]
    assert kk == [(NameField.OUTCOME_TEXT, outcome.id, "Провести ярмарку")]


def test_missing_translations_on_the_command_line_names_the_documents_texts(
    sample_db: tuple[Database, int],
) -> None:
    db, visit_id = sample_db
    _add(db, visit_id, translated=False)
    target = str(db.engine.url.database)
    out = io.StringIO()
    assert main(["--db", target, "missing-translations", str(visit_id), "--lang", "kk"], out) == 0
    lines = out.getvalue().splitlines()
    assert lines[0] == f"8 name(s) of visit {visit_id} print untranslated in kk:"
    labels = [line.split(":")[0].strip() for line in lines[1:]]
    assert labels[0].startswith("partner region") and labels[-1].startswith("responsible")
    assert any(line.strip().startswith("place signed") and line.endswith(PLACE_RU) for line in lines)
    assert any(line.strip().startswith("signatory's position") for line in lines)
    assert any(line.strip().startswith("area") and line.endswith(AREA_RU) for line in lines)
    out = io.StringIO()
    assert main(["--db", target, "missing-translations", str(visit_id), "--lang", "en", "--json"], out) == 0
    fields = [r["field"] for r in json.loads(out.getvalue())]
    assert fields == [
        "document_partner_region",
        "document_party",
        "document_party",
        "document_place",
        "signatory_title",
        "signatory_party",
        "commitment_area",
        "commitment_responsible",
    ]
