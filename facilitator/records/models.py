"""The tables of the facilitator's store (SQLAlchemy 2, typed).

No names anywhere: participants are codes. Instants are UTC; schedules are local date and
time with the host's IANA zone. Every table under a course cascades on delete, so erasing
a course is one DELETE. Rehearsals live in their own tables and join nothing.
"""

from __future__ import annotations

import enum
import uuid
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    Time,
    TypeDecorator,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from facilitator.records.meeting_log import DeviationKind, GapKind
from facilitator.records.values import MeetingState
from facilitator.sessions.vocabulary import (
    AgeBand,
    Attendance,
    ConcernKind,
    Gender,
    ReferralDestination,
)

# Alembic's batch mode on SQLite recreates tables and needs every constraint named.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """An instant: aware UTC datetimes in and out; naive UTC text on SQLite."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("instants must be timezone-aware")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class Vocabulary(TypeDecorator[Any]):
    """An enum stored as its stable string value (no database enum type to migrate)."""

    impl = String(40)
    cache_ok = True

    def __init__(self, enum_type: type[enum.Enum]) -> None:
        super().__init__()
        self.enum_type = enum_type

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return str(self.enum_type(value).value)

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        return None if value is None else self.enum_type(value)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        datetime: UTCDateTime(),
        uuid.UUID: Uuid(),
        date: Date(),
        time: Time(),
        list[str]: JSON(),
    }


def _cascade(target: str) -> ForeignKey:
    return ForeignKey(target, ondelete="CASCADE")


class Host(Base):
    __tablename__ = "hosts"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    place: Mapped[str] = mapped_column(String(200))
    language: Mapped[str] = mapped_column(String(16))
    time_zone: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    safety_cards: Mapped[list[SafetyCardRow]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class SafetyCardRow(Base):
    """The host's local contacts and referral steps in one language."""

    __tablename__ = "safety_cards"

    host_id: Mapped[uuid.UUID] = mapped_column(_cascade("hosts.id"), primary_key=True)
    language: Mapped[str] = mapped_column(String(16), primary_key=True)
    contacts: Mapped[str] = mapped_column(Text)
    referral_steps: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime]


class Course(Base):
    __tablename__ = "courses"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    programme_id: Mapped[str] = mapped_column(String(100))
    programme_version: Mapped[str] = mapped_column(String(32))
    """The version new meetings use; each held meeting keeps its own."""
    host_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("hosts.id", ondelete="RESTRICT"), index=True)
    location: Mapped[str] = mapped_column(String(200))
    group_languages: Mapped[list[str]]
    facilitator_language: Mapped[str] = mapped_column(String(16))
    facilitator_initials: Mapped[list[str]]
    is_demo: Mapped[bool]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class ScheduledMeeting(Base):
    __tablename__ = "scheduled_meetings"
    __table_args__ = (UniqueConstraint("course_id", "session_number"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    course_id: Mapped[uuid.UUID] = mapped_column(_cascade("courses.id"))
    session_number: Mapped[int]
    local_date: Mapped[date] = mapped_column(index=True)
    local_time: Mapped[time]
    time_zone: Mapped[str] = mapped_column(String(64))


class Participant(Base):
    """A participant as a code the facilitator chose; never a name."""

    __tablename__ = "participants"
    __table_args__ = (UniqueConstraint("course_id", "code"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    course_id: Mapped[uuid.UUID] = mapped_column(_cascade("courses.id"))
    code: Mapped[str] = mapped_column(String(16))
    age_band: Mapped[AgeBand | None] = mapped_column(Vocabulary(AgeBand))
    gender: Mapped[Gender | None] = mapped_column(Vocabulary(Gender))
    language: Mapped[str | None] = mapped_column(String(16))
    created_at: Mapped[datetime]


class Meeting(Base):
    __tablename__ = "meetings"
    __table_args__ = (
        CheckConstraint("state IN ('running', 'paused', 'finished')", name="state"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    course_id: Mapped[uuid.UUID] = mapped_column(_cascade("courses.id"), index=True)
    session_number: Mapped[int]
    programme_version: Mapped[str] = mapped_column(String(32))
    state: Mapped[MeetingState] = mapped_column(Vocabulary(MeetingState))
    started_at: Mapped[datetime]
    finished_at: Mapped[datetime | None]
    paused_at: Mapped[datetime | None]
    last_seen_at: Mapped[datetime | None]
    """The last moment the program is known to have been running this meeting."""
    current_step_id: Mapped[str | None] = mapped_column(String(100))
    language: Mapped[str] = mapped_column(String(16))


class AttendanceMark(Base):
    __tablename__ = "attendance"

    meeting_id: Mapped[uuid.UUID] = mapped_column(_cascade("meetings.id"), primary_key=True)
    participant_id: Mapped[uuid.UUID] = mapped_column(
        _cascade("participants.id"), primary_key=True, index=True
    )
    value: Mapped[Attendance] = mapped_column(Vocabulary(Attendance))
    updated_at: Mapped[datetime]


class StepVisit(Base):
    """One visit of a step; its time is ended − started − paused_seconds."""

    __tablename__ = "step_visits"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    meeting_id: Mapped[uuid.UUID] = mapped_column(_cascade("meetings.id"), index=True)
    step_id: Mapped[str] = mapped_column(String(100))
    started_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]
    paused_seconds: Mapped[float] = mapped_column(Float, server_default="0")


class StepDeviation(Base):
    """A skipped step or another deviation from the manual, with its reason."""

    __tablename__ = "step_deviations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    meeting_id: Mapped[uuid.UUID] = mapped_column(_cascade("meetings.id"), index=True)
    step_id: Mapped[str | None] = mapped_column(String(100))
    kind: Mapped[DeviationKind] = mapped_column(Vocabulary(DeviationKind))
    reason: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]


class MeetingGap(Base):
    """Time that does not count: a pause, or the program not running (after a crash)."""

    __tablename__ = "meeting_gaps"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    meeting_id: Mapped[uuid.UUID] = mapped_column(_cascade("meetings.id"), index=True)
    kind: Mapped[GapKind] = mapped_column(Vocabulary(GapKind))
    started_at: Mapped[datetime]
    ended_at: Mapped[datetime]


class Note(Base):
    __tablename__ = "notes"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    meeting_id: Mapped[uuid.UUID] = mapped_column(_cascade("meetings.id"), index=True)
    step_id: Mapped[str | None] = mapped_column(String(100))
    text: Mapped[str] = mapped_column(Text)
    shareable: Mapped[bool]
    themes: Mapped[list[str]]
    created_at: Mapped[datetime] = mapped_column(index=True)
    updated_at: Mapped[datetime]
    deleted_at: Mapped[datetime | None]
    """Set when deleted, so the deletion can be undone; purged with retention."""


class Concern(Base):
    """A safety or referral event: kind and destination only, nothing about a person."""

    __tablename__ = "concerns"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    meeting_id: Mapped[uuid.UUID] = mapped_column(_cascade("meetings.id"), index=True)
    kind: Mapped[ConcernKind] = mapped_column(Vocabulary(ConcernKind))
    referral: Mapped[ReferralDestination] = mapped_column(Vocabulary(ReferralDestination))
    created_at: Mapped[datetime]


class FilmPlay(Base):
    __tablename__ = "film_plays"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    meeting_id: Mapped[uuid.UUID] = mapped_column(_cascade("meetings.id"), index=True)
    film_id: Mapped[str] = mapped_column(String(100))
    started_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]
    subtitle_language: Mapped[str | None] = mapped_column(String(16))
    audio_language: Mapped[str | None] = mapped_column(String(16))


class Rehearsal(Base):
    """A trainer's run of a session: apart from courses, never in any statistic."""

    __tablename__ = "rehearsals"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    programme_id: Mapped[str] = mapped_column(String(100))
    programme_version: Mapped[str] = mapped_column(String(32))
    session_number: Mapped[int]
    language: Mapped[str] = mapped_column(String(16))
    state: Mapped[MeetingState] = mapped_column(Vocabulary(MeetingState))
    started_at: Mapped[datetime]
    finished_at: Mapped[datetime | None]
    paused_at: Mapped[datetime | None]
    current_step_id: Mapped[str | None] = mapped_column(String(100))


class RehearsalVisit(Base):
    __tablename__ = "rehearsal_visits"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    rehearsal_id: Mapped[uuid.UUID] = mapped_column(_cascade("rehearsals.id"), index=True)
    step_id: Mapped[str] = mapped_column(String(100))
    started_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]
    paused_seconds: Mapped[float] = mapped_column(Float, server_default="0")


class SettingRow(Base):
    """One setting the user changed (defaults live in code, see settings.py)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)

