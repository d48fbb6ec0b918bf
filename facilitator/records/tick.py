"""The attendance tick, the store's hot path, prepared once per engine.

A tick is a look-up (the code belongs to the meeting's course; the previous mark, for
undo) and an insert or update, committed before returning. The statements are written
with SQLAlchemy once, compiled once for the engine's dialect, and then run on the pooled
driver connection directly, values converted by the same type processors SQLAlchemy
would use. That keeps a tick close to a bare insert + commit (bench/store.py).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Engine, Uuid, bindparam, insert, select, update
from sqlalchemy.engine import Dialect

from facilitator.records.models import AttendanceMark, Meeting, Participant, UTCDateTime, Vocabulary
from facilitator.sessions.vocabulary import Attendance

_FIND = (
    select(Participant.id, AttendanceMark.value)
    .select_from(Meeting)
    .join(Participant, Participant.course_id == Meeting.course_id)
    .outerjoin(
        AttendanceMark,
        (AttendanceMark.meeting_id == Meeting.id) & (AttendanceMark.participant_id == Participant.id),
    )
    .where(Meeting.id == bindparam("meeting"), Participant.id == bindparam("person"))
)
_VALUES = {
    "meeting_id": bindparam("meeting", type_=Uuid()),
    "participant_id": bindparam("person", type_=Uuid()),
    "value": bindparam("value", type_=Vocabulary(Attendance)),
    "updated_at": bindparam("at", type_=UTCDateTime()),
}
_INSERT = insert(AttendanceMark).values(_VALUES)
_UPDATE = (
    update(AttendanceMark)
    .where(
        AttendanceMark.meeting_id == bindparam("meeting"),
        AttendanceMark.participant_id == bindparam("person"),
    )
    .values(value=_VALUES["value"], updated_at=_VALUES["updated_at"])
)


def _processor(type_: Any, dialect: Dialect) -> Callable[[Any], Any]:
    process = type_.dialect_impl(dialect).bind_processor(dialect)
    return process or (lambda value: value)


class PreparedTick:
    """The tick's SQL and value converters for one engine (build once, reuse)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        dialect = engine.dialect
        # pysqlite's qmark style needs positions; its named style takes the same dict as psycopg2.
        named = cast(Any, type(dialect))(paramstyle="named") if dialect.name == "sqlite" else dialect
        self.find = str(_FIND.compile(dialect=named))
        self.insert = str(_INSERT.compile(dialect=named))
        self.update = str(_UPDATE.compile(dialect=named))
        self._uuid = _processor(Uuid(), dialect)
        self._value = _processor(Vocabulary(Attendance), dialect)
        self._at = _processor(UTCDateTime(), dialect)
        result = Vocabulary(Attendance).dialect_impl(dialect).result_processor(dialect, None)
        self.read_value = result or (lambda value: value)
        self.begin = dialect.name == "sqlite"  # pysqlite runs in autocommit (see engine.py)

    def keys(self, meeting: uuid.UUID, person: uuid.UUID) -> dict[str, Any]:
        return {"meeting": self._uuid(meeting), "person": self._uuid(person)}

    def values(self, keys: dict[str, Any], value: Attendance, at: datetime) -> dict[str, Any]:
        return {**keys, "value": self._value(value), "at": self._at(at)}
