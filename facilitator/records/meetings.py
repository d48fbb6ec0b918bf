"""Use cases of the live session: start, attendance ticks, the step log, pauses, skips,
finishing, and resuming after a crash or power cut.

Each call is its own committed transaction, so whatever the program acknowledged
survives a killed process. Step time (DESIGN 4a) is kept exact: a pause adds its length
to the open visit's `paused_seconds` and logs a gap; after a crash the open visit is
closed at the last moment the meeting was known to run (`keep_alive`, or the latest
write) and the time the program was not running is logged as a gap.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta

from sqlalchemy import Connection, func, select, update
from sqlalchemy.orm import Session

from facilitator.records.base import StoreBase
from facilitator.records.errors import InvalidRecord, NotFound, translate_errors
from facilitator.records.meeting_log import (
    AttendanceChange,
    DeviationKind,
    DeviationRecord,
    GapKind,
    GapRecord,
    StepVisitRecord,
)
from facilitator.records.models import (
    AttendanceMark,
    Concern,
    Course,
    FilmPlay,
    Meeting,
    MeetingGap,
    Note,
    Participant,
    StepDeviation,
    StepVisit,
)
from facilitator.records.tick import PreparedTick
from facilitator.records.values import MeetingRecord, MeetingState
from facilitator.sessions import measures
from facilitator.sessions.vocabulary import Attendance


def meeting_record(row: Meeting, attended: int = 0, marked: int = 0) -> MeetingRecord:
    return MeetingRecord(
        id=row.id, course_id=row.course_id, session_number=row.session_number,
        programme_version=row.programme_version, state=row.state, started_at=row.started_at,
        finished_at=row.finished_at, current_step_id=row.current_step_id, language=row.language,
        attended=attended, marked=marked,
    )


def visit_record(row: StepVisit) -> StepVisitRecord:
    return StepVisitRecord(
        row.id, row.step_id, row.started_at, row.ended_at, timedelta(seconds=row.paused_seconds or 0)
    )


def deviation_record(row: StepDeviation) -> DeviationRecord:
    return DeviationRecord(row.id, row.step_id, row.kind, row.reason, row.created_at)


def _open_visit(session: Session, meeting_id: uuid.UUID) -> StepVisit | None:
    return session.scalars(
        select(StepVisit)
        .where(StepVisit.meeting_id == meeting_id, StepVisit.ended_at.is_(None))
        .order_by(StepVisit.id.desc())
    ).first()


class MeetingUseCases(StoreBase):
    _tick: PreparedTick | None = None
    @contextmanager
    def _core(self) -> Iterator[Connection]:
        """A Core connection in one committed transaction (the hot path skips the ORM)."""
        if self._batch is not None:
            with translate_errors():
                yield self._batch.connection()
            return
        with translate_errors(), self._engine.begin() as connection:
            yield connection

    def _live(self, session: Session, meeting_id: uuid.UUID) -> Meeting:
        meeting = self._get(session, Meeting, meeting_id, "meeting")
        if meeting.state is MeetingState.FINISHED:
            raise InvalidRecord("The meeting has finished, so its step log cannot change.")
        return meeting

    # Starting and finding ------------------------------------------------------------

    def start_meeting(
        self,
        course_id: uuid.UUID,
        session_number: int,
        *,
        language: str | None = None,
        first_step_id: str | None = None,
    ) -> MeetingRecord:
        """Start a session's meeting with the course's current programme version."""
        now = self.now()
        with self._write() as session:
            course = self._get(session, Course, course_id, "course")
            meeting = Meeting(
                id=self._new_id(), course_id=course_id, session_number=session_number,
                programme_version=course.programme_version, state=MeetingState.RUNNING,
                started_at=now, last_seen_at=now, current_step_id=first_step_id,
                language=language or course.group_languages[0],
            )
            session.add(meeting)
            if first_step_id is not None:
                session.add(StepVisit(meeting_id=meeting.id, step_id=first_step_id, started_at=now, paused_seconds=0))
            session.flush()
            return meeting_record(meeting)

    def meeting(self, meeting_id: uuid.UUID) -> MeetingRecord:
        with self._read() as session:
            row = self._get(session, Meeting, meeting_id, "meeting")
            marks = list(session.scalars(select(AttendanceMark.value).where(AttendanceMark.meeting_id == meeting_id)))
            return meeting_record(
                row, measures.attended(marks), sum(1 for m in marks if m is not Attendance.NOT_MARKED)
            )

    def find_unfinished_meeting(self) -> MeetingRecord | None:
        """The most recently started meeting that was never finished (to offer resuming)."""
        with self._read() as session:
            row = session.scalars(
                select(Meeting)
                .where(Meeting.state != MeetingState.FINISHED)
                .order_by(Meeting.started_at.desc())
            ).first()
            return None if row is None else meeting_record(row)

    def recover_meeting(self, meeting_id: uuid.UUID) -> MeetingRecord:
        """Resume after a crash: close the visit cut off at the last sign of life, log the
        time the program was not running as a gap, and reopen the current step now."""
        now = self.now()
        with self._write() as session:
            meeting = self._live(session, meeting_id)
            visit = _open_visit(session, meeting_id)
            if meeting.state is MeetingState.RUNNING and visit is not None:
                last_seen = max(self._last_sign_of_life(session, meeting), visit.started_at)
                if now > last_seen:
                    visit.ended_at = last_seen
                    session.add(MeetingGap(meeting_id=meeting_id, kind=GapKind.NOT_RUNNING, started_at=last_seen, ended_at=now))
                    session.add(StepVisit(meeting_id=meeting_id, step_id=visit.step_id, started_at=now, paused_seconds=0))
            meeting.last_seen_at = now
            session.flush()
            return meeting_record(meeting)

    def _last_sign_of_life(self, session: Session, meeting: Meeting) -> datetime:
        candidates: list[datetime | None] = [meeting.last_seen_at, meeting.started_at]
        for column, where in (
            (func.max(AttendanceMark.updated_at), AttendanceMark.meeting_id),
            (func.max(Note.updated_at), Note.meeting_id),
            (func.max(Concern.created_at), Concern.meeting_id),
            (func.max(FilmPlay.started_at), FilmPlay.meeting_id),
            (func.max(FilmPlay.ended_at), FilmPlay.meeting_id),
            (func.max(StepDeviation.created_at), StepDeviation.meeting_id),
        ):
            candidates.append(session.scalar(select(column).where(where == meeting.id)))
        return max(c for c in candidates if c is not None)

    def keep_alive(self, meeting_id: uuid.UUID) -> None:
        """Record that the meeting is still running (call every 30 s or so while it runs);
        after a crash, time since the last sign of life does not count as step time."""
        with self._core() as connection:
            connection.execute(
                update(Meeting).where(Meeting.id == meeting_id).values(last_seen_at=self.now())
            )

    # Attendance ------------------------------------------------------------------------

    def mark_attendance(
        self, meeting_id: uuid.UUID, participant_id: uuid.UUID, value: Attendance
    ) -> AttendanceChange:
        """One tick, committed before returning; undo by marking `previous` again."""
        now = self.now()
        if self._batch is not None:
            raise RuntimeError("ticks are committed one by one, never inside a batch")
        if self._tick is None or self._tick.engine is not self._engine:
            self._tick = PreparedTick(self._engine)
        tick = self._tick
        keys = tick.keys(meeting_id, participant_id)
        with translate_errors():
            connection = self._engine.raw_connection()
            try:
                cursor = connection.cursor()
                if tick.begin:
                    cursor.execute("BEGIN")
                cursor.execute(tick.find, keys)
                found = cursor.fetchone()
                if found is None:
                    raise NotFound("The participant or meeting does not exist, so the tick was not saved.")
                previous = None if found[1] is None else tick.read_value(found[1])
                cursor.execute(tick.insert if previous is None else tick.update, tick.values(keys, value, now))
                connection.commit()
            except BaseException:
                connection.rollback()
                raise
            finally:
                connection.close()
        return AttendanceChange(participant_id, previous or Attendance.NOT_MARKED, value)

    def attendance(self, meeting_id: uuid.UUID) -> dict[uuid.UUID, Attendance]:
        """Every participant of the meeting's course with their mark (not-marked if none)."""
        with self._read() as session:
            meeting = self._get(session, Meeting, meeting_id, "meeting")
            rows = session.execute(
                select(Participant.id, AttendanceMark.value)
                .outerjoin(
                    AttendanceMark,
                    (AttendanceMark.participant_id == Participant.id)
                    & (AttendanceMark.meeting_id == meeting_id),
                )
                .where(Participant.course_id == meeting.course_id)
                .order_by(Participant.code)
            )
            return {pid: value or Attendance.NOT_MARKED for pid, value in rows}

    # The step log ----------------------------------------------------------------------

    def enter_step(self, meeting_id: uuid.UUID, step_id: str) -> None:
        """Close the open visit and start a visit of `step_id` (resuming a pause first)."""
        now = self.now()
        with self._write() as session:
            meeting = self._live(session, meeting_id)
            self._close_visit(session, meeting, now)
            session.add(StepVisit(meeting_id=meeting_id, step_id=step_id, started_at=now, paused_seconds=0))
            meeting.current_step_id = step_id
            meeting.last_seen_at = now

    def leave_step(self, meeting_id: uuid.UUID) -> None:
        """Close the open visit without entering another (e.g. before wrap-up)."""
        now = self.now()
        with self._write() as session:
            meeting = self._live(session, meeting_id)
            self._close_visit(session, meeting, now)
            meeting.current_step_id = None
            meeting.last_seen_at = now

    def pause_meeting(self, meeting_id: uuid.UUID) -> None:
        now = self.now()
        with self._write() as session:
            meeting = self._live(session, meeting_id)
            if meeting.state is MeetingState.RUNNING:
                meeting.state = MeetingState.PAUSED
                meeting.paused_at = now
                meeting.last_seen_at = now

    def resume_meeting(self, meeting_id: uuid.UUID) -> None:
        now = self.now()
        with self._write() as session:
            meeting = self._live(session, meeting_id)
            self._account_pause(session, meeting, now)
            meeting.last_seen_at = now

    def _close_visit(self, session: Session, meeting: Meeting, now: datetime) -> None:
        """End a pause (its time leaves the step time), then end the open visit at `now`."""
        self._account_pause(session, meeting, now)
        visit = _open_visit(session, meeting.id)
        if visit is not None:
            visit.ended_at = now

    def _account_pause(self, session: Session, meeting: Meeting, now: datetime) -> None:
        if meeting.state is not MeetingState.PAUSED:
            return
        paused_at = meeting.paused_at or now
        visit = _open_visit(session, meeting.id)
        if visit is not None:
            visit.paused_seconds = (visit.paused_seconds or 0) + max(0.0, (now - paused_at).total_seconds())
        session.add(MeetingGap(meeting_id=meeting.id, kind=GapKind.PAUSED, started_at=paused_at, ended_at=now))
        meeting.state = MeetingState.RUNNING
        meeting.paused_at = None

    def finish_meeting(self, meeting_id: uuid.UUID) -> MeetingRecord:
        """Close the step log; attendance and notes can still be confirmed in wrap-up."""
        now = self.now()
        with self._write() as session:
            meeting = self._live(session, meeting_id)
            self._close_visit(session, meeting, now)
            meeting.state = MeetingState.FINISHED
            meeting.finished_at = now
            meeting.current_step_id = None
            meeting.last_seen_at = now
            session.flush()
            return meeting_record(meeting)

    def step_visits(self, meeting_id: uuid.UUID) -> list[StepVisitRecord]:
        with self._read() as session:
            rows = session.scalars(
                select(StepVisit).where(StepVisit.meeting_id == meeting_id).order_by(StepVisit.id)
            )
            return [visit_record(r) for r in rows]

    def step_times(self, meeting_id: uuid.UUID) -> dict[str, timedelta]:
        """Step time per step (DESIGN 4a); an open visit counts up to now, or to the pause."""
        meeting = self.meeting(meeting_id)
        with self._read() as session:
            paused_at = self._get(session, Meeting, meeting_id, "meeting").paused_at
        now = paused_at if meeting.state is MeetingState.PAUSED and paused_at else self.now()
        return measures.step_times(self.step_visits(meeting_id), now)

    def gaps(self, meeting_id: uuid.UUID) -> list[GapRecord]:
        with self._read() as session:
            rows = session.scalars(
                select(MeetingGap).where(MeetingGap.meeting_id == meeting_id).order_by(MeetingGap.id)
            )
            return [GapRecord(r.kind, r.started_at, r.ended_at) for r in rows]

    # Skips and deviations --------------------------------------------------------------

    def skip_step(self, meeting_id: uuid.UUID, step_id: str, reason: str) -> DeviationRecord:
        return self._deviate(meeting_id, step_id, DeviationKind.SKIPPED, reason)

    def record_deviation(self, meeting_id: uuid.UUID, step_id: str | None, reason: str) -> DeviationRecord:
        """Any other departure from the manual (changed order, shortened exercise …)."""
        return self._deviate(meeting_id, step_id, DeviationKind.CHANGED, reason)

    def _deviate(
        self, meeting_id: uuid.UUID, step_id: str | None, kind: DeviationKind, reason: str
    ) -> DeviationRecord:
        if not reason.strip():
            raise InvalidRecord("A skipped step or a deviation needs a reason.")
        with self._write() as session:
            self._get(session, Meeting, meeting_id, "meeting")
            row = StepDeviation(
                meeting_id=meeting_id, step_id=step_id, kind=kind, reason=reason.strip(), created_at=self.now()
            )
            session.add(row)
            session.flush()
            return deviation_record(row)

    def withdraw_deviation(self, deviation_id: int) -> None:
        """Undo a skip or deviation."""
        with self._write() as session:
            session.delete(self._get(session, StepDeviation, deviation_id, "deviation"))

    def deviations(self, meeting_id: uuid.UUID) -> list[DeviationRecord]:
        with self._read() as session:
            rows = session.scalars(
                select(StepDeviation).where(StepDeviation.meeting_id == meeting_id).order_by(StepDeviation.id)
            )
            return [deviation_record(r) for r in rows]
