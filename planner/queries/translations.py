"""Which names of a visit have no translation into a language: what a document in that language would print
in another one.

Every name a document of the visit prints is looked at: the visit's title, host region, host organisation
and arrival; the delegation's name and home region; each person's name, position and organisation; each
group's name; the name and address of each site the programme goes to or the delegation, a group or a
person arrives at or leaves from; each item's title, place (the typed one: with no site its place, at a
site the room, which the change notices and the calendar print after the site's name) and notes; each
meeting's agenda (point by point) and minutes, each outcome's topic and decision and each action item's task
and owner typed as text (the minutes and the follow-up report print them); each signed document's title,
partner region, parties, place and notes, its signatories' titles and parties,
its commitments' areas, texts and responsible parties (the documents summary and the follow-up report print
them); each car's label, driver and notes. A name lacks language L when its map has no L text and the typed
value is not already written in L, judged by its letters: Kazakh letters (ә ғ қ ң ө ұ ү һ і) make it
Kazakh, other Cyrillic Russian, Latin letters without Cyrillic English; a value without letters (``24/7``)
is never missing.
Site categories are not listed: no document prints them. The visit's purpose is listed with the visit's
names: the Overview and the visit's documents show it in their language.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner.domain.errors import ValidationError
from planner.domain.kinds import Language, Side
from planner.domain.timeutil import zone
from planner.persistence.tables import (
    MOTORCADE_ORDER,
    ActionItem,
    Group,
    ItineraryItem,
    Meeting,
    Outcome,
    Participant,
    Signatory,
    SignedDocument,
    Site,
    Vehicle,
)
from planner.persistence.uow import UnitOfWork
from planner.queries.documents.reader import visit_or_fail


class NameField(StrEnum):
    """A kind of printed name, in the order the missing list shows them."""

    VISIT_TITLE = "visit_title"
    DELEGATION_NAME = "delegation_name"
    HOME_REGION = "home_region"
    HOST_REGION = "host_region"
    HOST_ORGANISATION = "host_organisation"
    ARRIVAL_MODE = "arrival_mode"
    PURPOSE = "purpose"
    PERSON_NAME = "person_name"
    PERSON_TITLE = "person_title"
    PERSON_ORGANISATION = "person_organisation"
    GROUP_NAME = "group_name"
    SITE_NAME = "site_name"
    SITE_ADDRESS = "site_address"
    ITEM_TITLE = "item_title"
    ITEM_PLACE = "item_place"
    ITEM_NOTES = "item_notes"
    MEETING_AGENDA = "meeting_agenda"
    MEETING_MINUTES = "meeting_minutes"
    OUTCOME_TOPIC = "outcome_topic"
    OUTCOME_TEXT = "outcome_text"
    ACTION_TASK = "action_task"
    ACTION_OWNER = "action_owner"
    DOCUMENT_TITLE = "document_title"
    DOCUMENT_PARTNER_REGION = "document_partner_region"
    DOCUMENT_PARTY = "document_party"
    DOCUMENT_PLACE = "document_place"
    DOCUMENT_NOTES = "document_notes"
    SIGNATORY_TITLE = "signatory_title"
    SIGNATORY_PARTY = "signatory_party"
    COMMITMENT_AREA = "commitment_area"
    COMMITMENT_TEXT = "commitment_text"
    COMMITMENT_RESPONSIBLE = "commitment_responsible"
    VEHICLE_LABEL = "vehicle_label"
    DRIVER_NAME = "driver_name"
    VEHICLE_NOTES = "vehicle_notes"


# what the row is a name of: where the officer goes to add the translation
VISIT, PARTICIPANT, GROUP, SITE, ITEM, VEHICLE = "visit", "participant", "group", "site", "item", "vehicle"
MEETING, OUTCOME, ACTION_ITEM = "meeting", "outcome", "action_item"
DOCUMENT, SIGNATORY, COMMITMENT = "signed_document", "signatory", "commitment"

# check(field, record, record_id, owner, text, translations): notes the name when it lacks the language
Check = Callable[["NameField", str, int, str, str, Mapping[str, str]], None]

_KAZAKH = re.compile(r"[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z]")


@dataclass(frozen=True)
class MissingName:
    """A name that a document in the asked language prints untranslated.

    ``record`` and ``record_id`` say whose name it is (visit, participant, group, site, item, outcome,
    action item, signed document, signatory, commitment, vehicle); ``owner`` is how the officer finds it
    (the person's, site's or car's name, the item's day, time and title, the meeting's for an outcome or a
    task, the document's title for its names and commitments, the signatory's name; empty for the visit's
    own names);
    ``text`` is the typed value that will print instead.
    """

    field: NameField
    record: str
    record_id: int
    owner: str
    text: str


def written_in(text: str, lang: str) -> bool:
    """True when ``text``'s letters show it is already in ``lang``, or it has no letters at all."""
    if not _CYRILLIC.search(text) and not _LATIN.search(text):
        return True
    if lang == Language.KK:
        return bool(_KAZAKH.search(text))
    if lang == Language.RU:
        return bool(_CYRILLIC.search(text)) and not _KAZAKH.search(text)
    if lang == Language.EN:
        return bool(_LATIN.search(text)) and not _CYRILLIC.search(text)
    return False


def typed_language(*texts: str) -> Language | None:
    """The language the first of ``texts`` with letters is written in (Kazakh letters: Kazakh, other
    Cyrillic: Russian, Latin: English); None when none has letters. A visit's names are typed in one
    language, which its documents print where a name has no translation."""
    for text in texts:
        if _CYRILLIC.search(text or "") or _LATIN.search(text or ""):
            return next(lang for lang in (Language.KK, Language.RU, Language.EN) if written_in(text, lang))
    return None


def lacks(text: str, translations: Mapping[str, str] | None, lang: str) -> bool:
    """True when a document in ``lang`` would print ``text`` untranslated."""
    text = (text or "").strip()
    if not text or (translations or {}).get(lang, "").strip():
        return False
    return not written_in(text, lang)


def nth_texts(translations: Mapping[str, list[str]] | None, n: int, length: int) -> dict[str, str]:
    """The n-th entry's texts of a list's translations (a document's parties, a meeting's agenda): language
    -> text, from each language's list as long as the typed one."""
    return {
        lang: shown[n] for lang, shown in (translations or {}).items() if len(shown) == length and shown[n]
    }


def missing_translations(uow: UnitOfWork, visit_id: int, lang: str) -> list[MissingName]:
    """Every name of the visit that a document in ``lang`` prints untranslated, in the order of
    :class:`NameField`, then as the visit lists them (people in protocol order, items in time order)."""
    known = [x.value for x in Language]
    if lang not in known:
        raise ValidationError(f"unknown language {lang!r}; choose one of {', '.join(known)}")
    session = uow.session
    visit = visit_or_fail(uow, visit_id)
    delegation = visit.delegation
    found: list[MissingName] = []

    def check(
        field: NameField, record: str, record_id: int, owner: str, text: str, i18n: Mapping[str, str]
    ) -> None:
        if lacks(text, i18n, lang):
            found.append(MissingName(field, record, record_id, owner, text))

    title = ""  # the visit's own names: the visit is the one asked about
    check(NameField.VISIT_TITLE, VISIT, visit.id, title, visit.title, visit.title_i18n)
    check(NameField.DELEGATION_NAME, VISIT, visit.id, title, delegation.name, delegation.name_i18n)
    check(NameField.HOME_REGION, VISIT, visit.id, title, delegation.home_region, delegation.home_region_i18n)
    check(NameField.HOST_REGION, VISIT, visit.id, title, visit.host_region, visit.host_region_i18n)
    check(
        NameField.HOST_ORGANISATION,
        VISIT,
        visit.id,
        title,
        visit.host_organisation,
        visit.host_organisation_i18n,
    )
    check(NameField.ARRIVAL_MODE, VISIT, visit.id, title, visit.arrival_mode, visit.arrival_mode_i18n)
    check(NameField.PURPOSE, VISIT, visit.id, title, visit.purpose, visit.purpose_i18n)

    people = session.scalars(
        select(Participant)
        .where(Participant.visit_id == visit_id)
        .order_by(Participant.side != Side.GUEST.value, Participant.protocol_rank, Participant.id)
    ).all()
    for field, text_of, i18n_of in (
        (NameField.PERSON_NAME, "full_name", "name_i18n"),
        (NameField.PERSON_TITLE, "title", "title_i18n"),
        (NameField.PERSON_ORGANISATION, "organisation", "organisation_i18n"),
    ):
        for p in people:
            check(field, PARTICIPANT, p.id, p.full_name, getattr(p, text_of), getattr(p, i18n_of))
    for g in session.scalars(select(Group).where(Group.visit_id == visit_id).order_by(Group.name, Group.id)):
        check(NameField.GROUP_NAME, GROUP, g.id, g.name, g.name, g.name_i18n)

    used = set(session.scalars(select(ItineraryItem.site_id).where(ItineraryItem.visit_id == visit_id)))
    # the places of arrival and departure print too (the covers, the day tables, the arrivals list)
    for owner in (visit, *session.scalars(select(Group).where(Group.visit_id == visit_id)), *people):
        used |= {owner.arrival_site_id, owner.departure_site_id}
    used.discard(None)
    sites = session.scalars(select(Site).where(Site.id.in_(used)).order_by(Site.name, Site.id)).all()
    for s in sites:
        check(NameField.SITE_NAME, SITE, s.id, s.name, s.name, s.name_i18n)
    for s in sites:
        check(NameField.SITE_ADDRESS, SITE, s.id, s.name, s.address, s.address_i18n)

    tz = zone(visit.host_timezone)
    items = session.scalars(
        select(ItineraryItem)
        .where(ItineraryItem.visit_id == visit_id)
        .order_by(ItineraryItem.starts_at, ItineraryItem.id)
    ).all()

    def item_owner(item: ItineraryItem) -> str:
        return f"{item.starts_at.astimezone(tz):%d.%m %H:%M} {item.title}"

    for item in items:
        check(NameField.ITEM_TITLE, ITEM, item.id, item_owner(item), item.title, item.title_i18n)
    site_names = {s.id: s.name for s in sites}
    for item in items:
        # at a site the typed place is a room ("Фойе 2-го этажа"), printed after the site's name; the same
        # text as the site's name is not printed twice
        if item.site_id is None or item.location != site_names.get(item.site_id):
            check(NameField.ITEM_PLACE, ITEM, item.id, item_owner(item), item.location, item.location_i18n)
    for item in items:
        check(NameField.ITEM_NOTES, ITEM, item.id, item_owner(item), item.notes, item.notes_i18n)

    # the meetings' agendas and minutes, outcomes and tasks, in the programme's order: whose is the
    # meeting's item
    meetings = session.execute(
        select(Meeting, ItineraryItem)
        .join(ItineraryItem, ItineraryItem.id == Meeting.item_id)
        .where(ItineraryItem.visit_id == visit_id)
        .order_by(ItineraryItem.starts_at, ItineraryItem.id)
    ).all()
    for meeting, item in meetings:
        for n, point in enumerate(meeting.agenda or ()):
            # point by point: a language's list gives the n-th point its text
            check(
                NameField.MEETING_AGENDA,
                MEETING,
                meeting.id,
                item_owner(item),
                point,
                nth_texts(meeting.agenda_i18n, n, len(meeting.agenda)),
            )
    for meeting, item in meetings:
        check(
            NameField.MEETING_MINUTES,
            MEETING,
            meeting.id,
            item_owner(item),
            meeting.minutes,
            meeting.minutes_i18n,
        )
    in_order = (ItineraryItem.starts_at, ItineraryItem.id, Outcome.position, Outcome.id)
    outcomes = session.execute(
        select(Outcome, ItineraryItem)
        .join(Meeting, Meeting.id == Outcome.meeting_id)
        .join(ItineraryItem, ItineraryItem.id == Meeting.item_id)
        .where(ItineraryItem.visit_id == visit_id)
        .order_by(*in_order)
    ).all()
    for outcome, item in outcomes:
        check(
            NameField.OUTCOME_TOPIC, OUTCOME, outcome.id, item_owner(item), outcome.topic, outcome.topic_i18n
        )
    for outcome, item in outcomes:
        check(NameField.OUTCOME_TEXT, OUTCOME, outcome.id, item_owner(item), outcome.text, outcome.text_i18n)
    tasks = session.execute(
        select(ActionItem, ItineraryItem)
        .join(Outcome, Outcome.id == ActionItem.outcome_id)
        .join(Meeting, Meeting.id == Outcome.meeting_id)
        .join(ItineraryItem, ItineraryItem.id == Meeting.item_id)
        .where(ItineraryItem.visit_id == visit_id)
        .order_by(*in_order, ActionItem.position, ActionItem.id)
    ).all()
    for task, item in tasks:
        check(
            NameField.ACTION_TASK,
            ACTION_ITEM,
            task.id,
            item_owner(item),
            task.description,
            task.description_i18n,
        )
    for task, item in tasks:
        if task.owner_id is None:  # a participant's name is listed with the people
            check(
                NameField.ACTION_OWNER,
                ACTION_ITEM,
                task.id,
                item_owner(item),
                task.owner_text,
                task.owner_text_i18n,
            )

    _check_documents(session, visit_id, check)

    cars = session.scalars(
        select(Vehicle).where(Vehicle.visit_id == visit_id).order_by(*MOTORCADE_ORDER)
    ).all()
    for field, text_of, i18n_of in (
        (NameField.VEHICLE_LABEL, "label", "label_i18n"),
        (NameField.DRIVER_NAME, "driver_name", "driver_name_i18n"),
        (NameField.VEHICLE_NOTES, "notes", "notes_i18n"),
    ):
        for car in cars:
            check(field, VEHICLE, car.id, car.label, getattr(car, text_of), getattr(car, i18n_of))
    return found


def _check_documents(session: Session, visit_id: int, check: Check) -> None:
    """The names of the visit's signed documents, in the documents summary's order: each document's own
    names, then its signatories', then its commitments'."""
    documents = session.scalars(
        select(SignedDocument)
        .where(SignedDocument.visit_id == visit_id)
        .order_by(SignedDocument.signed_on, SignedDocument.title, SignedDocument.id)
    ).all()
    for d in documents:
        check(NameField.DOCUMENT_TITLE, DOCUMENT, d.id, d.title, d.title, d.title_i18n)
        check(
            NameField.DOCUMENT_PARTNER_REGION,
            DOCUMENT,
            d.id,
            d.title,
            d.partner_region,
            d.partner_region_i18n,
        )
        for n, party in enumerate(d.parties or ()):
            # party by party: a language's list gives the n-th party its text
            texts = nth_texts(d.parties_i18n, n, len(d.parties))
            check(NameField.DOCUMENT_PARTY, DOCUMENT, d.id, d.title, party, texts)
        check(NameField.DOCUMENT_PLACE, DOCUMENT, d.id, d.title, d.place, d.place_i18n)
        check(NameField.DOCUMENT_NOTES, DOCUMENT, d.id, d.title, d.notes, d.notes_i18n)
    signatories: list[Signatory] = [s for d in documents for s in d.signatories]
    for s in signatories:
        check(NameField.SIGNATORY_TITLE, SIGNATORY, s.id, s.name, s.title, s.title_i18n)
    for s in signatories:
        check(NameField.SIGNATORY_PARTY, SIGNATORY, s.id, s.name, s.party, s.party_i18n)
    commitments = [(c, d) for d in documents for c in d.commitments]
    for field, text_of, i18n_of in (
        (NameField.COMMITMENT_AREA, "area", "area_i18n"),
        (NameField.COMMITMENT_TEXT, "text", "text_i18n"),
        (NameField.COMMITMENT_RESPONSIBLE, "responsible", "responsible_i18n"),
    ):
        for c, d in commitments:
            check(field, COMMITMENT, c.id, d.title, getattr(c, text_of), getattr(c, i18n_of))


@dataclass(frozen=True)
class VisitName:
    """One of the visit's own names: its field (as ``update_visit_names`` takes it), the typed value and
    its translations."""

    field: str
    text: str
    translations: dict[str, str]


@dataclass(frozen=True)
class VisitNames:
    """The visit's own names with their translations, and the visit's version (to refuse a stale save)."""

    visit_id: int
    version: int
    names: tuple[VisitName, ...]


def visit_names(uow: UnitOfWork, visit_id: int) -> VisitNames:
    """The visit's title, delegation, home region, host region, host organisation, arrival and purpose,
    each with its translations (the fields of :func:`planner.services.translations.update_visit_names`)."""
    visit = visit_or_fail(uow, visit_id)
    delegation = visit.delegation
    pairs = (
        ("title_i18n", visit.title, visit.title_i18n),
        ("delegation_name_i18n", delegation.name, delegation.name_i18n),
        ("home_region_i18n", delegation.home_region, delegation.home_region_i18n),
        ("host_region_i18n", visit.host_region, visit.host_region_i18n),
        ("host_organisation_i18n", visit.host_organisation, visit.host_organisation_i18n),
        ("arrival_mode_i18n", visit.arrival_mode, visit.arrival_mode_i18n),
        ("purpose_i18n", visit.purpose, visit.purpose_i18n),
    )
    return VisitNames(
        visit.id,
        visit.version,
        tuple(VisitName(field, text, dict(i18n or {})) for field, text, i18n in pairs),
    )


def item_names(uow: UnitOfWork, item_id: int) -> dict[str, dict[str, str]]:
    """An item's title, place and notes in other languages, by field (``title_i18n``, ``location_i18n``,
    ``notes_i18n``), as the item editor shows them; empty maps for an item that is gone."""
    item = uow.session.get(ItineraryItem, item_id)
    if item is None:
        return {"title_i18n": {}, "location_i18n": {}, "notes_i18n": {}}
    return {
        "title_i18n": dict(item.title_i18n or {}),
        "location_i18n": dict(item.location_i18n or {}),
        "notes_i18n": dict(item.notes_i18n or {}),
    }
