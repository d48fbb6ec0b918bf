"""A participant's right of access and erasure, retention of notes, and erasing a course.

Erasing reaches the backups: every backup in the store's backup folder is rewritten with
the same deletion and vacuumed (a backup that cannot be rewritten is deleted), so erased
rows survive nowhere this program keeps files. Backups written elsewhere with
`backup --out` are outside its reach; docs/records.md says so. The live file is
checkpointed afterwards and secure_delete is on, so no freed page keeps erased text.
"""

from __future__ import annotations

import calendar
import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Delete, Engine, delete, func, select

from facilitator.records import home_cache
from facilitator.records.backup import rewrite_backups
from facilitator.records.base import StoreBase
from facilitator.records.courses import participant_by_code
from facilitator.records.engine import checkpoint
from facilitator.records.errors import InvalidRecord, translate_errors
from facilitator.records.models import AttendanceMark, Course, Meeting, Note, Participant


@dataclass(frozen=True)
class Erasure:
    """What an erasure or purge removed."""

    rows: int
    backups_rewritten: int
    backups_deleted: int


def months_before(instant: datetime, months: int) -> datetime:
    """The same day and time `months` calendar months earlier (clamped to the month's end)."""
    total = instant.year * 12 + (instant.month - 1) - months
    year, month = divmod(total, 12)
    day = min(instant.day, calendar.monthrange(year, month + 1)[1])
    return instant.replace(year=year, month=month + 1, day=day)


def _apply(engine: Engine, statements: list[Delete]) -> int:
    with engine.begin() as connection:
        return sum(connection.execute(statement).rowcount or 0 for statement in statements)


class PrivacyUseCases(StoreBase):
    def participant_data(self, course_id: uuid.UUID, code: str) -> dict[str, Any]:
        """Everything recorded under one code, as plain JSON-ready data (right of access).

        Notes and concerns are never recorded per participant, so none are included.
        """
        with self._read() as session:
            course = self._get(session, Course, course_id, "course")
            person = participant_by_code(session, course_id, code)
            marks = session.execute(
                select(Meeting.id, Meeting.session_number, Meeting.started_at, AttendanceMark.value, AttendanceMark.updated_at)
                .join(AttendanceMark, AttendanceMark.meeting_id == Meeting.id)
                .where(AttendanceMark.participant_id == person.id)
                .order_by(Meeting.started_at)
            ).all()
            return {
                "code": person.code,
                "course": {
                    "id": str(course.id),
                    "title": course.title,
                    "programme": course.programme_id,
                    "location": course.location,
                },
                "age_band": person.age_band.value if person.age_band else None,
                "gender": person.gender.value if person.gender else None,
                "language": person.language,
                "recorded_at": person.created_at.isoformat(),
                "attendance": [
                    {
                        "meeting": str(meeting_id),
                        "session": number,
                        "meeting_started_at": started.isoformat(),
                        "attendance": value.value,
                        "marked_at": marked.isoformat(),
                    }
                    for meeting_id, number, started, value, marked in marks
                ],
                "not_recorded_per_participant": ["names", "notes", "concerns"],
            }

    def export_participant(self, course_id: uuid.UUID, code: str) -> str:
        """`participant_data` as UTF-8 JSON text, for the participant to take away."""
        return json.dumps(self.participant_data(course_id, code), ensure_ascii=False, indent=2)

    def erase_participant(self, course_id: uuid.UUID, code: str) -> Erasure:
        """Erase a code and everything recorded under it, here and in the backups."""
        with self._read() as session:
            person = participant_by_code(session, course_id, code)
        return self._erase([delete(Participant).where(Participant.id == person.id)])

    def erase_course(self, course_id: uuid.UUID) -> Erasure:
        """Erase a course and everything under it (meetings, codes, notes …), here and in
        the backups. The host stays; rehearsals are untouched."""
        with self._read() as session:
            self._get(session, Course, course_id, "course")
        return self._erase([delete(Course).where(Course.id == course_id)])

    def purge_notes(self, months: int | None = None) -> Erasure:
        """Delete notes older than `months` (default: the retention setting), deleted or not."""
        return self._erase([delete(Note).where(Note.created_at < self._notes_cutoff(months))])

    def purge_expired_notes(self) -> Erasure:
        """Delete the notes past the retention setting, here and in the backups, when there
        are any (the application does this once a day)."""
        cutoff = self._notes_cutoff(None)
        with self._read() as session:
            expired = session.scalar(select(func.count()).select_from(Note)
                                     .where(Note.created_at < cutoff))
        if not expired:
            return Erasure(0, 0, 0)
        return self._erase([delete(Note).where(Note.created_at < cutoff)])

    def _notes_cutoff(self, months: int | None) -> datetime:
        """Notes made before this instant are past `months` (default: the setting)."""
        if months is None:
            months = int(self.setting("retention.notes_months"))
        if months < 1:
            raise InvalidRecord("Notes are kept for at least one month.")
        return months_before(self.now(), months)

    def _erase(self, statements: list[Delete]) -> Erasure:
        home_cache.forget()  # the home screen's cache may hold what is erased
        with translate_errors():
            rows = _apply(self._engine, statements)
            if self.dialect == "sqlite":
                checkpoint(self._engine)
            rewritten, deleted = (0, 0)
            if self._location.is_file:
                rewritten, deleted = rewrite_backups(
                    self._location, self._key, lambda engine: _apply(engine, statements)
                )
        return Erasure(rows, rewritten, deleted)
