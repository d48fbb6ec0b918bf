"""The coordinator store's tables: summaries imported from many laptops, never a person.

A separate metadata from the facilitator's store (a coordinator database holds none of its
tables). The unit of truth is the meeting: one row per meeting id, whoever sent it, with
the export revision and digest that decide "same", "newer" and "older". Meeting rows copy
their course's host and programme, so that the dashboard filters one table; a host merge
rewrites both. Counts are stored only when not zero.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Uuid,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from facilitator.records.models import NAMING_CONVENTION, UTCDateTime


class CoordinatorBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        datetime: UTCDateTime(),
        uuid.UUID: Uuid(),
        date: Date(),
        dict[str, Any]: JSON(),
        list[str]: JSON(),
    }


def _cascade(target: str) -> ForeignKey:
    return ForeignKey(target, ondelete="CASCADE")


class SchemaVersion(CoordinatorBase):
    """One row: the schema version this store was created at or migrated to."""

    __tablename__ = "coordinator_schema"

    version: Mapped[int] = mapped_column(Integer, primary_key=True)


class HostRow(CoordinatorBase):
    """A host as the coordinator knows it; several typed names may point at it."""

    __tablename__ = "hosts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    created_at: Mapped[datetime]


class HostName(CoordinatorBase):
    """A host name exactly as a laptop typed it, and the host it now counts for."""

    __tablename__ = "host_names"

    name: Mapped[str] = mapped_column(String(200), primary_key=True)
    host_id: Mapped[int] = mapped_column(_cascade("hosts.id"), index=True)


class ProgrammeRow(CoordinatorBase):
    """What the coordinator knows of a programme version: titles per language.

    `titles` maps language → title; `sessions`, `themes` and `films` map an id (or a
    session number) → {language: title}. Filled from the programme library when the
    programme is installed, else from the plan a bundle carried.
    """

    __tablename__ = "programmes"

    id: Mapped[str] = mapped_column(String(100), primary_key=True)
    version: Mapped[str] = mapped_column(String(32), primary_key=True)
    source: Mapped[str] = mapped_column(String(16))
    sessions_planned: Mapped[int]
    titles: Mapped[dict[str, Any]]
    sessions: Mapped[dict[str, Any]]
    themes: Mapped[dict[str, Any]]
    films: Mapped[dict[str, Any]]


class CourseRow(CoordinatorBase):
    __tablename__ = "courses"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    host_id: Mapped[int] = mapped_column(ForeignKey("hosts.id"), index=True)
    host_name_typed: Mapped[str] = mapped_column(String(200))
    programme_id: Mapped[str] = mapped_column(String(100))
    programme_version: Mapped[str] = mapped_column(String(32))
    place: Mapped[str] = mapped_column(String(200))
    is_demo: Mapped[bool]
    group_languages: Mapped[list[str]]
    # From the latest course bundle (None until one arrives).
    report_revision: Mapped[int | None]
    report_digest: Mapped[str | None] = mapped_column(String(64))
    participants: Mapped[int | None]
    reached: Mapped[int | None]
    sessions_planned: Mapped[int | None]
    last_held_on: Mapped[date | None]
    """The last meeting the course report lists: its course-level counts belong there."""
    updated_at: Mapped[datetime]


class CourseCell(CoordinatorBase):
    """One cell of a course's reach breakdowns: `gender_age` (row gender, column age band),
    `language` (row language, column "") or `reached` (one cell: how many attended at
    least once, so that one query sums reach and counts the courses that reported)."""

    __tablename__ = "course_cells"

    course_id: Mapped[uuid.UUID] = mapped_column(_cascade("courses.id"), primary_key=True)
    breakdown: Mapped[str] = mapped_column(String(16), primary_key=True)
    row: Mapped[str] = mapped_column(String(40), primary_key=True)
    column: Mapped[str] = mapped_column(String(40), primary_key=True)
    count: Mapped[int]


class CourseCount(CoordinatorBase):
    """Course-level counts from a course report (`theme`, `film`, `concern`, `referral`),
    used only for a course none of whose meetings arrived as a meeting bundle."""

    __tablename__ = "course_counts"

    course_id: Mapped[uuid.UUID] = mapped_column(_cascade("courses.id"), primary_key=True)
    measure: Mapped[str] = mapped_column(String(16), primary_key=True)
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    count: Mapped[int]


class MeetingRow(CoordinatorBase):
    __tablename__ = "meetings"
    __table_args__ = (
        Index("ix_meetings_held_on_host", "held_on", "host_id"),
        # Covering indexes in the order the dashboard groups by: SQLite (which aggregates
        # by sorting) then reads them in order instead of sorting 100,000 rows per figure.
        # PostgreSQL aggregates by hashing and needs none of that, only the course index.
        Index("ix_meetings_cube", "held_month", "session_number", "programme_id", "held_on", "host_id",
              "language", "is_demo", "attended", "enrolled", "planned_minutes", "actual_minutes",
              "skipped", "adherence").ddl_if(dialect="sqlite"),
        Index("ix_meetings_course", "course_id", "session_number", "held_on", "host_id", "programme_id",
              "language", "is_demo", "attended", "detailed").ddl_if(dialect="sqlite"),
        Index("ix_meetings_course_id", "course_id").ddl_if(dialect="postgresql"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    course_id: Mapped[uuid.UUID] = mapped_column(_cascade("courses.id"))
    host_id: Mapped[int] = mapped_column(ForeignKey("hosts.id"))
    programme_id: Mapped[str] = mapped_column(String(100))
    programme_version: Mapped[str] = mapped_column(String(32))
    language: Mapped[str] = mapped_column(String(16))
    is_demo: Mapped[bool]
    session_number: Mapped[int]
    held_on: Mapped[date]
    held_month: Mapped[str] = mapped_column(String(7))
    """YYYY-MM, so months group alike on SQLite and PostgreSQL."""
    present: Mapped[int]
    late: Mapped[int]
    excused: Mapped[int]
    absent: Mapped[int]
    not_marked: Mapped[int]
    attended: Mapped[int]
    enrolled: Mapped[int]
    adherence: Mapped[float | None] = mapped_column(Float)
    planned_minutes: Mapped[int]
    actual_minutes: Mapped[float] = mapped_column(Float)
    skipped: Mapped[int]
    overruns: Mapped[int]
    films_shown: Mapped[int]
    detailed: Mapped[bool]
    """True when it came as a meeting bundle (with films, themes and referrals by kind);
    False for a line of a course report."""
    revision: Mapped[int]
    digest: Mapped[str] = mapped_column(String(64))
    imported_at: Mapped[datetime]


class MeetingCount(CoordinatorBase):
    """A meeting's non-zero counts: `film` (times shown), `theme` (shared notes),
    `concern` and `referral` (events by kind). Only meeting bundles have them.

    The meeting's filter columns are copied here (and kept in step by the import and a
    host merge): summing counts over a period is then one scan of this table instead of a
    lookup of its meeting per row, which was most of a dashboard refresh.
    """

    __tablename__ = "meeting_counts"
    __table_args__ = (
        Index("ix_meeting_counts_cube", "measure", "key", "held_on", "host_id", "programme_id", "language",
              "is_demo", "count", "title").ddl_if(dialect="sqlite"),
    )

    meeting_id: Mapped[uuid.UUID] = mapped_column(_cascade("meetings.id"), primary_key=True)
    measure: Mapped[str] = mapped_column(String(16), primary_key=True)
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    count: Mapped[int]
    held_on: Mapped[date]
    host_id: Mapped[int] = mapped_column(ForeignKey("hosts.id"))
    programme_id: Mapped[str] = mapped_column(String(100))
    language: Mapped[str] = mapped_column(String(16))
    is_demo: Mapped[bool]


class CoordinatorSetting(CoordinatorBase):
    __tablename__ = "coordinator_settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
