"""The import's statements, built once: SQLAlchemy compiles each once and reuses it for
every bundle (building statements anew per bundle cost more than running them)."""

from __future__ import annotations

from sqlalchemy import Table, bindparam, literal_column, select

from facilitator.records.coordinator.models import (
    CoordinatorBase,
    CourseCell,
    CourseCount,
    CourseRow,
    HostName,
    HostRow,
    MeetingCount,
    MeetingRow,
    ProgrammeRow,
)


def _table(model: type[CoordinatorBase]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


MEETINGS = _table(MeetingRow)
MEETING_COUNTS = _table(MeetingCount)
COURSES = _table(CourseRow)
COURSE_CELLS = _table(CourseCell)
COURSE_COUNTS = _table(CourseCount)
PROGRAMMES = _table(ProgrammeRow)
HOSTS = _table(HostRow)
HOST_NAMES = _table(HostName)

PROGRAMME_SOURCE = select(PROGRAMMES.c.source).where(
    PROGRAMMES.c.id == bindparam("id"), PROGRAMMES.c.version == bindparam("version"))
UPDATE_PROGRAMME = PROGRAMMES.update().where(
    PROGRAMMES.c.id == bindparam("key_id"), PROGRAMMES.c.version == bindparam("key_version"))

HOST_BY_TYPED_NAME = select(HOST_NAMES.c.host_id).where(HOST_NAMES.c.name == bindparam("name"))
HOST_BY_NAME = select(HOSTS.c.id).where(HOSTS.c.name == bindparam("name"))
NEW_HOST = HOSTS.insert().returning(HOSTS.c.id)

_COURSE_COLUMNS = (
    COURSES.c.programme_id, COURSES.c.host_id, COURSES.c.host_name_typed, COURSES.c.place,
    COURSES.c.is_demo, COURSES.c.programme_version, COURSES.c.group_languages,
    COURSES.c.report_revision, COURSES.c.report_digest,
)
COURSE = select(*_COURSE_COLUMNS).where(COURSES.c.id == bindparam("id"))
COURSE_PREFIX = "course_"
UPDATE_COURSE = COURSES.update().where(COURSES.c.id == bindparam("key"))
MOVE_MEETINGS = MEETINGS.update().where(MEETINGS.c.course_id == bindparam("key"))
MOVE_COUNTS = MEETING_COUNTS.update().where(MEETING_COUNTS.c.meeting_id.in_(
    select(MEETINGS.c.id).where(MEETINGS.c.course_id == bindparam("key"))))
DELETE_CELLS = COURSE_CELLS.delete().where(COURSE_CELLS.c.course_id == bindparam("id"))
DELETE_COURSE_COUNTS = COURSE_COUNTS.delete().where(COURSE_COUNTS.c.course_id == bindparam("id"))

# A meeting and its course in one round trip (outer joins from a one-row anchor, so that
# either may be missing): the meeting's columns as they are, the course's prefixed.
_ANCHOR = select(literal_column("1").label("one")).subquery()
MEETING_AND_COURSE = (
    select(MEETINGS.c.course_id, MEETINGS.c.detailed, MEETINGS.c.digest, MEETINGS.c.revision,
           *(column.label(COURSE_PREFIX + column.name) for column in _COURSE_COLUMNS))
    .select_from(_ANCHOR)
    .outerjoin(MEETINGS, MEETINGS.c.id == bindparam("meeting_id"))
    .outerjoin(COURSES, COURSES.c.id == bindparam("course_id"))
)
COURSE_MEETINGS = select(MEETINGS.c.id, MEETINGS.c.detailed).where(MEETINGS.c.course_id == bindparam("id"))
MEETINGS_BY_ID = select(MEETINGS.c.id, MEETINGS.c.course_id, MEETINGS.c.detailed).where(
    MEETINGS.c.id.in_(bindparam("ids", expanding=True)))
UPDATE_MEETING = MEETINGS.update().where(MEETINGS.c.id == bindparam("key"))
DELETE_MEETING = MEETINGS.delete().where(MEETINGS.c.id == bindparam("id"))
DELETE_COUNTS = MEETING_COUNTS.delete().where(MEETING_COUNTS.c.meeting_id == bindparam("id"))
