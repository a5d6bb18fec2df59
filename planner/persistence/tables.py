"""Typed tables of the whole domain (SQLAlchemy 2 declarative mapping).

Instants are ``UtcDateTime`` (UTC in storage, aware in Python). Texts shown to guests have a main
value plus an ``*_i18n`` mapping of language code to translation (ru, kk, en).
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy import text as sql_text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from planner.domain.kinds import ActionStatus, DocumentStatus, MeetingFormat, VehicleKind, VisitStatus
from planner.persistence.types import UtcDateTime

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

I18n = dict[str, str]


class Base(DeclarativeBase):
    """Declarative base with a naming convention so migrations can name every constraint."""

    # every class here maps one table (SQLAlchemy types it as any FromClause, which a join also is)
    __table__: ClassVar[Table]

    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dict[str, str]: JSON, list[str]: JSON, datetime: UtcDateTime()}


class Versioned:
    """Rows people edit carry a version, so a save over someone else's newer change is refused."""

    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}


def _i18n() -> Mapped[I18n]:
    return mapped_column(JSON, default=dict, nullable=False)


def _added_i18n() -> Mapped[I18n]:
    # a translation map added by a later migration (0007, 0014-0018): older rows hold an empty map
    return mapped_column(JSON, default=dict, server_default=sql_text("'{}'"), nullable=False)


item_groups = Table(
    "item_groups",
    Base.metadata,
    Column("item_id", ForeignKey("itinerary_items.id", ondelete="CASCADE"), primary_key=True),
    Column("group_id", ForeignKey("groups.id", ondelete="CASCADE"), primary_key=True, index=True),
)

item_attendees = Table(
    "item_attendees",
    Base.metadata,
    Column("item_id", ForeignKey("itinerary_items.id", ondelete="CASCADE"), primary_key=True),
    Column("participant_id", ForeignKey("participants.id", ondelete="CASCADE"), primary_key=True, index=True),
)

group_members = Table(
    "group_members",
    Base.metadata,
    Column("group_id", ForeignKey("groups.id", ondelete="CASCADE"), primary_key=True),
    Column("participant_id", ForeignKey("participants.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Delegation(Base):
    """A visiting party: its name, home region and home time zone."""

    __tablename__ = "delegations"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(500))
    name_i18n: Mapped[I18n] = _i18n()
    home_region: Mapped[str] = mapped_column(String(300), default="")
    home_region_i18n: Mapped[I18n] = _added_i18n()
    home_country: Mapped[str] = mapped_column(String(200), default="")
    home_timezone: Mapped[str] = mapped_column(String(64))

    visits: Mapped[list[Visit]] = relationship(back_populates="delegation")


class Visit(Versioned, Base):
    """One delegation's stay in the host region: dates, zones, status, planning settings."""

    __tablename__ = "visits"

    id: Mapped[int] = mapped_column(primary_key=True)
    delegation_id: Mapped[int] = mapped_column(ForeignKey("delegations.id", ondelete="RESTRICT"), index=True)
    title: Mapped[str] = mapped_column(String(500))
    title_i18n: Mapped[I18n] = _i18n()
    status: Mapped[str] = mapped_column(String(20), default=VisitStatus.DRAFT.value)
    host_region: Mapped[str] = mapped_column(String(300), default="")
    host_region_i18n: Mapped[I18n] = _added_i18n()
    host_organisation: Mapped[str] = mapped_column(String(500), default="")
    host_organisation_i18n: Mapped[I18n] = _added_i18n()
    host_timezone: Mapped[str] = mapped_column(String(64))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    arrival_mode: Mapped[str] = mapped_column(String(300), default="")
    arrival_mode_i18n: Mapped[I18n] = _added_i18n()
    purpose: Mapped[str] = mapped_column(Text, default="")
    purpose_i18n: Mapped[I18n] = _added_i18n()
    day_start: Mapped[time] = mapped_column(Time, default=time(9, 0))
    day_end: Mapped[time] = mapped_column(Time, default=time(18, 0))
    travel_speed_kmh: Mapped[float] = mapped_column(Float, default=40.0)
    road_factor: Mapped[float] = mapped_column(Float, default=1.3)
    # planning rules (migration 0004): the grid of planned times in minutes (1, 5, 10 or 15)
    plan_grid_min: Mapped[int] = mapped_column(Integer, default=5, server_default="5")
    # minutes to board added to every drive between two sites, more for a party above a size (0: none,
    # so that visits planned before keep passing their check until the office sets it)
    boarding_min: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    boarding_extra_min: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    boarding_above: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # meals every group has each day (migration 0004): lunch 12:00-14:30 for 60 min unless set (0: no
    # rule), dinner only when set; at a restaurant site if one is given
    lunch_start: Mapped[time] = mapped_column(Time, default=time(12, 0), server_default="12:00:00")
    lunch_end: Mapped[time] = mapped_column(Time, default=time(14, 30), server_default="14:30:00")
    lunch_min: Mapped[int] = mapped_column(Integer, default=60, server_default="60")
    lunch_site_id: Mapped[int | None] = mapped_column(ForeignKey("sites.id", ondelete="SET NULL"))
    dinner_start: Mapped[time | None] = mapped_column(Time)
    dinner_end: Mapped[time | None] = mapped_column(Time)
    dinner_min: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    dinner_site_id: Mapped[int | None] = mapped_column(ForeignKey("sites.id", ondelete="SET NULL"))
    # arrival and departure (migration 0004): when and where (a site: airport, station, border crossing)
    arrival_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    arrival_site_id: Mapped[int | None] = mapped_column(ForeignKey("sites.id", ondelete="SET NULL"))
    departure_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    departure_site_id: Mapped[int | None] = mapped_column(ForeignKey("sites.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())

    __table_args__ = (CheckConstraint("end_date >= start_date", name="dates_ordered"),)

    delegation: Mapped[Delegation] = relationship(back_populates="visits")
    days: Mapped[list[VisitDay]] = relationship(
        back_populates="visit", cascade="all, delete-orphan", order_by="VisitDay.day"
    )
    participants: Mapped[list[Participant]] = relationship(
        back_populates="visit", cascade="all, delete-orphan", order_by="Participant.protocol_rank"
    )
    groups: Mapped[list[Group]] = relationship(back_populates="visit", cascade="all, delete-orphan")
    items: Mapped[list[ItineraryItem]] = relationship(
        back_populates="visit", cascade="all, delete-orphan", order_by="ItineraryItem.starts_at"
    )
    vehicles: Mapped[list[Vehicle]] = relationship(back_populates="visit", cascade="all, delete-orphan")
    documents: Mapped[list[SignedDocument]] = relationship(back_populates="visit")


class VisitDay(Base):
    """A day of the visit whose working window differs from the visit's default."""

    __tablename__ = "visit_days"
    __table_args__ = (UniqueConstraint("visit_id", "day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"))
    day: Mapped[date] = mapped_column(Date)
    window_start: Mapped[time] = mapped_column(Time)
    window_end: Mapped[time] = mapped_column(Time)
    note: Mapped[str] = mapped_column(Text, default="")

    visit: Mapped[Visit] = relationship(back_populates="days")


class Participant(Versioned, Base):
    """A person in a visit, guest or host side, ordered by protocol rank (1 = head)."""

    __tablename__ = "participants"
    # no unique name: namesakes are common (migration 0006); a person is known by their id
    __table_args__ = (Index("ix_participants_visit_rank", "visit_id", "side", "protocol_rank"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"))
    side: Mapped[str] = mapped_column(String(10))
    full_name: Mapped[str] = mapped_column(String(300))
    name_i18n: Mapped[I18n] = _i18n()
    title: Mapped[str] = mapped_column(String(500), default="")
    title_i18n: Mapped[I18n] = _i18n()
    organisation: Mapped[str] = mapped_column(String(500), default="")
    organisation_i18n: Mapped[I18n] = _added_i18n()
    role: Mapped[str] = mapped_column(String(200), default="")
    protocol_rank: Mapped[int] = mapped_column(Integer, default=100)
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    email: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(100), default="")
    dietary_needs: Mapped[str] = mapped_column(Text, default="")
    access_needs: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # arrival and departure of a latecomer or early leaver (migration 0004): when, and where (a site)
    arrival_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    arrival_site_id: Mapped[int | None] = mapped_column(ForeignKey("sites.id", ondelete="SET NULL"))
    departure_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    departure_site_id: Mapped[int | None] = mapped_column(ForeignKey("sites.id", ondelete="SET NULL"))
    # how they come and go (migration 0009): the mode (TravelMode, "" unknown), the flight or train
    # number, and who meets them / sees them off: another participant, else free text
    arrival_mode: Mapped[str] = mapped_column(String(10), default="", server_default="")
    arrival_number: Mapped[str] = mapped_column(String(50), default="", server_default="")
    arrival_meeter_id: Mapped[int | None] = mapped_column(ForeignKey("participants.id", ondelete="SET NULL"))
    arrival_meeter: Mapped[str] = mapped_column(String(300), default="", server_default="")
    departure_mode: Mapped[str] = mapped_column(String(10), default="", server_default="")
    departure_number: Mapped[str] = mapped_column(String(50), default="", server_default="")
    departure_meeter_id: Mapped[int | None] = mapped_column(
        ForeignKey("participants.id", ondelete="SET NULL")
    )
    departure_meeter: Mapped[str] = mapped_column(String(300), default="", server_default="")

    visit: Mapped[Visit] = relationship(back_populates="participants")
    groups: Mapped[list[Group]] = relationship(secondary=group_members, back_populates="members")


class Group(Versioned, Base):
    """A part of the delegation with its own programme for a while."""

    __tablename__ = "groups"
    __table_args__ = (UniqueConstraint("visit_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(300))
    name_i18n: Mapped[I18n] = _i18n()
    # arrival and departure of the group when not the visit's (migration 0004): when, and where (a site)
    arrival_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    arrival_site_id: Mapped[int | None] = mapped_column(ForeignKey("sites.id", ondelete="SET NULL"))
    departure_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    departure_site_id: Mapped[int | None] = mapped_column(ForeignKey("sites.id", ondelete="SET NULL"))

    visit: Mapped[Visit] = relationship(back_populates="groups")
    members: Mapped[list[Participant]] = relationship(secondary=group_members, back_populates="groups")


class Site(Versioned, Base):
    """A place that can be visited; shared by all visits."""

    __tablename__ = "sites"
    __table_args__ = (
        UniqueConstraint("name", "address", name="name_address"),
        CheckConstraint("latitude IS NULL OR (latitude BETWEEN -90 AND 90)", name="latitude_range"),
        CheckConstraint("longitude IS NULL OR (longitude BETWEEN -180 AND 180)", name="longitude_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(500))
    name_i18n: Mapped[I18n] = _i18n()
    category: Mapped[str] = mapped_column(String(100), default="")
    category_i18n: Mapped[I18n] = _added_i18n()
    address: Mapped[str] = mapped_column(String(500), default="")
    address_i18n: Mapped[I18n] = _added_i18n()
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    opening_hours: Mapped[str] = mapped_column(String(500), default="")
    usual_duration_min: Mapped[int] = mapped_column(Integer, default=45)
    contact_name: Mapped[str] = mapped_column(String(300), default="")
    contact_phone: Mapped[str] = mapped_column(String(100), default="")
    contact_email: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class TravelTimeOverride(Base):
    """Staff-entered driving time between two sites, replacing the estimate (both directions)."""

    __tablename__ = "travel_time_overrides"
    __table_args__ = (
        UniqueConstraint("from_site_id", "to_site_id", name="one_per_pair"),
        CheckConstraint("minutes >= 0", name="minutes_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    from_site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"))
    to_site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"), index=True)
    minutes: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")


class ItineraryItem(Versioned, Base):
    """One timed block of a visit's programme."""

    __tablename__ = "itinerary_items"
    __table_args__ = (
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
        Index("ix_items_visit_start", "visit_id", "starts_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(500))
    title_i18n: Mapped[I18n] = _i18n()
    starts_at: Mapped[datetime] = mapped_column(UtcDateTime())
    ends_at: Mapped[datetime] = mapped_column(UtcDateTime())
    site_id: Mapped[int | None] = mapped_column(ForeignKey("sites.id", ondelete="RESTRICT"), index=True)
    location: Mapped[str] = mapped_column(String(500), default="")
    location_i18n: Mapped[I18n] = _added_i18n()
    responsible_host_id: Mapped[int | None] = mapped_column(
        ForeignKey("participants.id", ondelete="SET NULL"), index=True
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    notes_i18n: Mapped[I18n] = _added_i18n()
    pinned: Mapped[bool] = mapped_column(Boolean, default=False)
    required: Mapped[bool] = mapped_column(Boolean, default=True)
    priority: Mapped[int] = mapped_column(Integer, default=0)
    # the run of show (migration 0010): the office's own notes, never printed for guests
    cue: Mapped[str] = mapped_column(Text, default="", server_default="")
    staging_notes: Mapped[str] = mapped_column(Text, default="", server_default="")
    officer_name: Mapped[str] = mapped_column(String(300), default="", server_default="")
    officer_phone: Mapped[str] = mapped_column(String(100), default="", server_default="")
    # the length in minutes before a repair first shortened the item (migration 0012; None: never
    # shortened): a later repair's minimum counts from it, so repairs cannot shorten it step by step
    planned_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True, default=None)

    visit: Mapped[Visit] = relationship(back_populates="items")
    site: Mapped[Site | None] = relationship()
    responsible_host: Mapped[Participant | None] = relationship()
    groups: Mapped[list[Group]] = relationship(secondary=item_groups)
    attendees: Mapped[list[Participant]] = relationship(secondary=item_attendees)
    meeting: Mapped[Meeting | None] = relationship(
        back_populates="item", cascade="all, delete-orphan", uselist=False
    )


class Meeting(Versioned, Base):
    """Talks held in an itinerary item; attendees are the item's attendees, split by their side."""

    __tablename__ = "meetings"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("itinerary_items.id", ondelete="CASCADE"), unique=True)
    format: Mapped[str] = mapped_column(String(20), default=MeetingFormat.EXTENDED.value)
    agenda: Mapped[list[str]] = mapped_column(JSON, default=list)
    # the agenda and the minutes in other languages (migration 0018; older rows: {}); ``agenda_i18n`` maps
    # a language to a list as long as ``agenda``, point by point
    agenda_i18n: Mapped[dict[str, list[str]]] = mapped_column(
        JSON, default=dict, server_default=sql_text("'{}'"), nullable=False
    )
    minutes: Mapped[str] = mapped_column(Text, default="")
    minutes_i18n: Mapped[I18n] = _added_i18n()

    item: Mapped[ItineraryItem] = relationship(back_populates="meeting")
    outcomes: Mapped[list[Outcome]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="Outcome.position"
    )


class Outcome(Versioned, Base):
    """A decision or agreement reached in a meeting."""

    __tablename__ = "outcomes"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    topic: Mapped[str] = mapped_column(String(300), default="")
    topic_i18n: Mapped[I18n] = _added_i18n()
    text: Mapped[str] = mapped_column(Text)
    text_i18n: Mapped[I18n] = _i18n()

    meeting: Mapped[Meeting] = relationship(back_populates="outcomes")
    action_items: Mapped[list[ActionItem]] = relationship(
        back_populates="outcome", cascade="all, delete-orphan", order_by="ActionItem.position"
    )


class ActionItem(Versioned, Base):
    """A task that follows from an outcome: who does what by when, and how far it is."""

    __tablename__ = "action_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    outcome_id: Mapped[int] = mapped_column(ForeignKey("outcomes.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    description: Mapped[str] = mapped_column(Text)
    description_i18n: Mapped[I18n] = _added_i18n()
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("participants.id", ondelete="SET NULL"), index=True
    )
    owner_text: Mapped[str] = mapped_column(String(500), default="")
    # the owner typed as text in other languages (migration 0018; older rows: {})
    owner_text_i18n: Mapped[I18n] = _added_i18n()
    due_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default=ActionStatus.OPEN.value)

    outcome: Mapped[Outcome] = relationship(back_populates="action_items")
    owner: Mapped[Participant | None] = relationship()


class SignedDocument(Versioned, Base):
    """An agreement, memorandum, plan or protocol signed during (or outside) a visit."""

    __tablename__ = "signed_documents"
    __table_args__ = (CheckConstraint("copies >= 0", name="copies_not_negative"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visits.id", ondelete="SET NULL"), index=True)
    item_id: Mapped[int | None] = mapped_column(ForeignKey("itinerary_items.id", ondelete="SET NULL"))
    title: Mapped[str] = mapped_column(String(1000))
    title_i18n: Mapped[I18n] = _i18n()
    doc_type: Mapped[str] = mapped_column(String(20))
    partner_region: Mapped[str] = mapped_column(String(300), default="")
    # the partner region, the parties and the place in other languages (migration 0017; older rows: {});
    # ``parties_i18n`` maps a language to a list as long as ``parties``, party by party
    partner_region_i18n: Mapped[I18n] = _added_i18n()
    parties: Mapped[list[str]] = mapped_column(JSON, default=list)
    parties_i18n: Mapped[dict[str, list[str]]] = mapped_column(
        JSON, default=dict, server_default=sql_text("'{}'"), nullable=False
    )
    signed_on: Mapped[date | None] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(300), default="")
    place_i18n: Mapped[I18n] = _added_i18n()
    term_start: Mapped[date | None] = mapped_column(Date)
    term_end: Mapped[date | None] = mapped_column(Date)
    copies: Mapped[int] = mapped_column(Integer, default=2)
    status: Mapped[str] = mapped_column(String(20), default=DocumentStatus.SIGNED.value)
    scan_path: Mapped[str] = mapped_column(String(1000), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # the notes in other languages (migration 0018; older rows: {})
    notes_i18n: Mapped[I18n] = _added_i18n()

    visit: Mapped[Visit | None] = relationship(back_populates="documents")
    signatories: Mapped[list[Signatory]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="Signatory.position"
    )
    commitments: Mapped[list[Commitment]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="Commitment.position"
    )


class Signatory(Base):
    """A person who signed a document, for one of its parties."""

    __tablename__ = "signatories"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("signed_documents.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    participant_id: Mapped[int | None] = mapped_column(ForeignKey("participants.id", ondelete="SET NULL"))
    name: Mapped[str] = mapped_column(String(300))
    title: Mapped[str] = mapped_column(String(500), default="")
    # the title and the party in other languages (migration 0017; older rows: {})
    title_i18n: Mapped[I18n] = _added_i18n()
    party: Mapped[str] = mapped_column(String(500), default="")
    party_i18n: Mapped[I18n] = _added_i18n()

    document: Mapped[SignedDocument] = relationship(back_populates="signatories")


class Commitment(Versioned, Base):
    """Something a signed document commits a party to, with its own follow-up state."""

    __tablename__ = "commitments"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("signed_documents.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    area: Mapped[str] = mapped_column(String(200), default="")
    # the area and the responsible party in other languages (migration 0017; older rows: {})
    area_i18n: Mapped[I18n] = _added_i18n()
    text: Mapped[str] = mapped_column(Text)
    text_i18n: Mapped[I18n] = _i18n()
    responsible: Mapped[str] = mapped_column(String(500), default="")
    responsible_i18n: Mapped[I18n] = _added_i18n()
    due_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default=ActionStatus.OPEN.value)

    document: Mapped[SignedDocument] = relationship(back_populates="commitments")


class Vehicle(Versioned, Base):
    """A car or bus of the visit's motorcade."""

    __tablename__ = "vehicles"
    __table_args__ = (
        UniqueConstraint("visit_id", "label"),
        CheckConstraint("seats >= 0", name="seats_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"))
    label: Mapped[str] = mapped_column(String(100))
    # the label, the driver's name and the notes in other languages (migration 0014; older rows: {})
    label_i18n: Mapped[I18n] = _added_i18n()
    kind: Mapped[str] = mapped_column(String(20), default=VehicleKind.CAR.value)
    plate: Mapped[str] = mapped_column(String(50), default="")
    driver_name: Mapped[str] = mapped_column(String(300), default="")
    driver_name_i18n: Mapped[I18n] = _added_i18n()
    driver_phone: Mapped[str] = mapped_column(String(100), default="")
    seats: Mapped[int] = mapped_column(Integer, default=4)
    notes: Mapped[str] = mapped_column(Text, default="")
    notes_i18n: Mapped[I18n] = _added_i18n()
    # the car's place in the column (lead car first); numbers may have gaps after a delete, and a car
    # without one stands after the others in the order it was entered (see MOTORCADE_ORDER)
    motorcade_position: Mapped[int | None] = mapped_column(Integer, nullable=True)

    visit: Mapped[Visit] = relationship(back_populates="vehicles")
    seatings: Mapped[list[Seating]] = relationship(back_populates="vehicle", cascade="all, delete-orphan")


# The order of the motorcade's column, for ``order_by``: by position, cars without one last, then as entered.
MOTORCADE_ORDER = (Vehicle.motorcade_position.is_(None), Vehicle.motorcade_position, Vehicle.id)


class Seating(Base):
    """Who rides in a vehicle: for the whole visit (no item) or for the leg to one item."""

    __tablename__ = "seatings"
    __table_args__ = (
        UniqueConstraint("vehicle_id", "participant_id", "item_id", name="one_seat"),
        Index("ix_seatings_participant", "participant_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    vehicle_id: Mapped[int] = mapped_column(ForeignKey("vehicles.id", ondelete="CASCADE"))
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id", ondelete="CASCADE"))
    item_id: Mapped[int | None] = mapped_column(ForeignKey("itinerary_items.id", ondelete="CASCADE"))

    vehicle: Mapped[Vehicle] = relationship(back_populates="seatings")
    participant: Mapped[Participant] = relationship()


class TableSeat(Versioned, Base):
    """One person's place at the table of a meeting or meal item (migration 0008).

    ``layout`` is ``rect`` (talks: table 1 is the host side, table 2 the guest side facing it) or
    ``round`` (a banquet: tables 1, 2, … of ``seats`` places each). How seat numbers map to places is
    described in ``planner.scheduling.seating``.
    """

    __tablename__ = "table_seats"
    __table_args__ = (
        UniqueConstraint("item_id", "table_no", "seat_no", name="one_person_per_seat"),
        CheckConstraint("layout IN ('rect', 'round')", name="layout_known"),
        CheckConstraint("table_no >= 1 AND seat_no >= 1", name="numbers_positive"),
        Index("ix_table_seats_participant", "participant_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("itinerary_items.id", ondelete="CASCADE"))
    layout: Mapped[str] = mapped_column(String(10))
    table_no: Mapped[int] = mapped_column(Integer)
    seat_no: Mapped[int] = mapped_column(Integer)
    # places at a round table (0 for a rectangular one, whose length follows who sits at it)
    seats: Mapped[int] = mapped_column(Integer, default=0)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id", ondelete="CASCADE"))


to_place_groups = Table(
    "to_place_groups",
    Base.metadata,
    Column("entry_id", ForeignKey("sites_to_place.id", ondelete="CASCADE"), primary_key=True),
    Column("group_id", ForeignKey("groups.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class SiteToPlace(Versioned, Base):
    """A site a visit wants to see, with no time yet: how long, how much it is wanted, who may go.

    The planner places entries as site visits; a site visit it cannot place comes back here, so a
    wanted site is never lost. No groups listed: any group may go.
    """

    __tablename__ = "sites_to_place"
    __table_args__ = (
        CheckConstraint("duration_min > 0", name="duration_positive"),
        Index("ix_sites_to_place_visit", "visit_id", "position"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"))
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="RESTRICT"), index=True)
    title: Mapped[str] = mapped_column(String(500), default="")
    duration_min: Mapped[int] = mapped_column(Integer, default=45)
    required: Mapped[bool] = mapped_column(Boolean, default=False)
    priority: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)

    site: Mapped[Site] = relationship()
    groups: Mapped[list[Group]] = relationship(secondary=to_place_groups)


def row_dict(obj: Any) -> dict[str, Any]:
    """Column values of a mapped object, by attribute name (for snapshots and undo)."""
    return {c.key: getattr(obj, c.key) for c in obj.__mapper__.column_attrs}


class Gift(Versioned, Base):
    """A gift given or received on a visit (migration 0010): from whom, to whom, what, worth how much.

    Giver and recipient are each a participant of the visit or free text; the register of a partner
    region gathers the gifts of every visit of its delegations.
    """

    __tablename__ = "gifts"

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"), index=True)
    direction: Mapped[str] = mapped_column(String(20))
    giver_id: Mapped[int | None] = mapped_column(ForeignKey("participants.id", ondelete="SET NULL"))
    giver_text: Mapped[str] = mapped_column(String(300), default="")
    recipient_id: Mapped[int | None] = mapped_column(ForeignKey("participants.id", ondelete="SET NULL"))
    recipient_text: Mapped[str] = mapped_column(String(300), default="")
    description: Mapped[str] = mapped_column(Text)
    # whole units of ``currency``; None: not estimated
    estimated_value: Mapped[int | None] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3), default="KZT")
    item_id: Mapped[int | None] = mapped_column(ForeignKey("itinerary_items.id", ondelete="SET NULL"))
    notes: Mapped[str] = mapped_column(Text, default="")


class ChangeLog(Base):
    """One change of one field of one record: who, when (UTC), old and new value (written by audit.py).

    Inserts and deletes are one row each with an empty ``field`` and a short description as the value.
    ``record_version`` is the record's version after the change, so a refused save can say what it missed.
    """

    __tablename__ = "change_log"
    __table_args__ = (
        Index("ix_change_log_visit_time", "visit_id", "changed_at"),
        Index("ix_change_log_record", "table_name", "record_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    changed_at: Mapped[datetime] = mapped_column(UtcDateTime())
    changed_by: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(10))
    table_name: Mapped[str] = mapped_column(String(100))
    record_id: Mapped[int | None] = mapped_column(Integer)
    visit_id: Mapped[int | None] = mapped_column(Integer)
    field: Mapped[str] = mapped_column(String(100), default="")
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    record_version: Mapped[int | None] = mapped_column(Integer)


class DatabaseInfo(Base):
    """Facts about the database itself by key; ``database_id`` (a UUID made once) is used in calendar UIDs."""

    __tablename__ = "database_info"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ProgrammeVersion(Base):
    """One version of a visit's programme (migration 0011): raised by every committed change of it.

    Written by :mod:`planner.persistence.programme_versions`, never by hand; version 1 is the programme
    as first written (or as it stood when the database was upgraded).
    """

    __tablename__ = "programme_versions"
    __table_args__ = (UniqueConstraint("visit_id", "version", name="one_per_visit"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    created_by: Mapped[str] = mapped_column(String(200), default="")


class ProgrammeItemState(Base):
    """What one item was from a programme version on: times, place, people, cars (JSON; null: deleted).

    Only items that changed get a row in a version, so an item's state at version V is its row with the
    highest version not above V. Item id 0 holds the visit-wide facts (whole-visit seats, drivers).
    """

    __tablename__ = "programme_item_states"
    __table_args__ = (Index("ix_programme_item_states_visit_item", "visit_id", "item_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer)
    # no foreign key: a deleted item's history stays
    item_id: Mapped[int] = mapped_column(Integer)
    state: Mapped[dict[str, Any] | None] = mapped_column(JSON)
